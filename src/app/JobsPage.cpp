#include "JobsPage.h"

#include "RowTableView.h"

#include "Database.h"
#include "DestinationStore.h"
#include "JobCsvExporter.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "Modules.h"
#include "TwilioErrorCatalog.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

namespace LeadRails {

namespace {

struct StatusChoice
{
    const char *label;
    QList<JobState> states;
};

// Null when the module is missing (a broken installation).
const JobsChartApi::Functions *chartsModule()
{
    static const JobsChartApi::Functions *const functions = Modules::functions<JobsChartApi::Functions>(
        LEADRAILS_CHARTS_FILE, LEADRAILS_CHARTS_BUILD_PATH, JobsChartApi::kFunctions);
    return functions;
}

const QString kSortColumnKey = QStringLiteral("jobsView/sortColumn");
const QString kSortOrderKey = QStringLiteral("jobsView/sortOrder");

// Clicking the Created or Status header sorts, in the order last chosen (newest first the first time). The
// other columns do not sort: a click there puts the indicator back where the rows are sorted.
void enableSorting(QTableView *view, JobListModel *model, const Profile &profile)
{
    QHeaderView *header = view->horizontalHeader();
    {
        const auto settings = profile.settings();
        const int column = settings->value(kSortColumnKey, int(JobListModel::Created)).toInt();
        const int order = settings->value(kSortOrderKey, int(Qt::DescendingOrder)).toInt();
        if (JobListModel::isSortable(column) && (order == Qt::AscendingOrder || order == Qt::DescendingOrder))
            header->setSortIndicator(column, Qt::SortOrder(order));
        else
            header->setSortIndicator(JobListModel::Created, Qt::DescendingOrder);
    }
    view->setSortingEnabled(true); // sorts the model as the indicator says
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view,
                     [header, model, &profile](int column, Qt::SortOrder order) {
                         if (!JobListModel::isSortable(column)) {
                             header->setSortIndicator(model->sortColumn(), model->sortOrder());
                             return;
                         }
                         const auto settings = profile.settings();
                         settings->setValue(kSortColumnKey, column);
                         settings->setValue(kSortOrderKey, int(order));
                     });
}

// Putting a selection back after a refresh: rowOf() for the first few kept jobs finds how far the rows
// moved; the rows around the old place (a page either side) are then read for the others, and the few
// still missing (moved further: an order by status) are looked up one by one. Jobs that left the filter
// are no longer selected.
constexpr int kShiftLookups = 8;
constexpr int kMissingLookups = 50;

bool askToConfirm(QWidget *parent, const QString &question, const QString &confirmLabel)
{
    QMessageBox box(QMessageBox::Question, JobsPage::tr("Cancel jobs"), question, QMessageBox::NoButton,
                    parent);
    QPushButton *confirm = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(JobsPage::tr("Keep them"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace

JobsPage::JobsPage(Workspace &workspace, QWidget *parent)
    : JobsPage(workspace, chartsModule(), parent)
{}

JobsPage::JobsPage(Workspace &workspace, const JobsChartApi::Functions *charts, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    // Filters.
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), QVariantList{});
    const auto addStatus = [this](const QString &label, const QList<JobState> &states) {
        QVariantList ids;
        for (JobState s : states)
            ids << int(s);
        m_status->addItem(label, ids);
    };
    addStatus(tr("Waiting (queued, retrying, checking)"),
              {JobState::Queued, JobState::Sending, JobState::RetryWait, JobState::Unknown});
    addStatus(tr("Sent, not yet delivered"), {JobState::Accepted});
    addStatus(tr("Delivered"), {JobState::Delivered});
    addStatus(tr("Failed or undelivered"), {JobState::Failed, JobState::Undelivered});
    addStatus(tr("Gave up (dead letter)"), {JobState::Dead});
    addStatus(tr("Suppressed (opted out)"), {JobState::Suppressed});
    addStatus(tr("Canceled"), {JobState::Canceled});

    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("destinationFilter"));
    m_destination->setAccessibleName(tr("Destination filter"));

    m_useDates = new QCheckBox(tr("From"), this);
    m_useDates->setObjectName(QStringLiteral("dateFilterEnabled"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("First day shown"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("Last day shown"));
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setPlaceholderText(tr("Search phone, message or SID (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setToolTip(tr("Finds messages with these words (or words beginning with them, in any order, "
                            "accents ignored), numbers containing these digits, and Twilio SIDs."));
    m_search->setClearButtonEnabled(true);

    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("jobCount"));

    // Two rows, so the window stays usable at small widths and large text.
    for (QComboBox *combo : {m_status, m_destination}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    auto *filters = new QVBoxLayout;
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_search, 2);
    firstRow->addWidget(m_status, 1);
    firstRow->addWidget(m_destination, 1);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_useDates);
    secondRow->addWidget(m_from);
    secondRow->addWidget(new QLabel(tr("to"), this));
    secondRow->addWidget(m_to);
    secondRow->addStretch();
    secondRow->addWidget(exportButton);
    filters->addLayout(firstRow);
    filters->addLayout(secondRow);

    // Table.
    m_model = new JobListModel(*workspace.jobs(), this);
    // Shift/Ctrl+click and Ctrl+A select many rows: Retry and Cancel then act on all of them.
    m_view = makeRowTableView(m_model, QStringLiteral("jobsTable"), tr("Jobs"), this,
                              QAbstractItemView::ExtendedSelection);
    // Tab leaves the table (for Retry N / Cancel N) instead of stepping through the cells of one row.
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(JobListModel::Created, 170);
    m_view->setColumnWidth(JobListModel::Status, 150);
    m_view->setColumnWidth(JobListModel::Recipient, 130);
    m_view->setColumnWidth(JobListModel::Body, 320);
    m_view->setColumnWidth(JobListModel::Segments, 70);
    m_view->setColumnWidth(JobListModel::Sid, 260);
    enableSorting(m_view, m_model, workspace.profile());

    // Details and actions.
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(detailPane);
    m_detail->setObjectName(QStringLiteral("jobDetail"));
    m_detail->setOpenExternalLinks(true);
    m_detail->setPlaceholderText(tr("Select a job to see its attempts and what Twilio said."));
    auto *actions = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry"), detailPane);
    m_retry->setObjectName(QStringLiteral("retryJobButton"));
    m_retry->setToolTip(tr("Send this failed job again"));
    m_replay = new QPushButton(tr("Re&play"), detailPane);
    m_replay->setObjectName(QStringLiteral("replayJobButton"));
    m_replay->setToolTip(tr("Queue a new job with the same lead and message"));
    m_cancel = new QPushButton(tr("&Cancel job"), detailPane);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_copySid = new QPushButton(tr("Copy &SID"), detailPane);
    m_copySid->setObjectName(QStringLiteral("copySidButton"));
    for (QPushButton *b : {m_retry, m_replay, m_cancel, m_copySid})
        actions->addWidget(b);
    actions->addStretch();
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_detail);
    // From the table straight to what acts on its selection, then the details.
    setTabOrder(m_view, m_retry);
    setTabOrder(m_retry, m_replay);
    setTabOrder(m_replay, m_cancel);
    setTabOrder(m_cancel, m_copySid);
    setTabOrder(m_copySid, m_detail);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The last 30 days above the table, at its own height (no stretch); drag the handle up to hide it. It
    // follows the destination filter and reads again whenever the table does (filters, F5, the dispatcher).
    if (charts) {
        JobStore *jobs = workspace.jobs();
        m_chart = charts->create(
            [jobs](const QDate &firstDay, const QDate &lastDay, const QString &destinationId) {
                return jobs->dailyCounts(firstDay, lastDay, destinationId);
            },
            this);
        QWidget *chart = m_chart->widget();
        chart->setObjectName(QStringLiteral("jobsChart"));
        splitter->insertWidget(0, chart);
        connect(jobs, &JobStore::jobChanged, chart, [this] { m_chart->scheduleRefresh(); });
        connect(m_model, &QAbstractItemModel::modelReset, chart, [this] {
            if (m_model->filter().destinationId != m_chart->destination())
                m_chart->setDestination(m_model->filter().destinationId);
            else
                m_chart->scheduleRefresh();
        });
    } else {
        auto *missing = new QLabel(
            tr("The chart is not shown: LeadRails is not installed completely (%1 is missing). Reinstall "
               "LeadRails.")
                .arg(QStringLiteral(LEADRAILS_CHARTS_FILE)),
            this);
        missing->setObjectName(QStringLiteral("jobsChartMissing"));
        missing->setWordWrap(true);
        splitter->insertWidget(0, missing);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // typing a phone number runs one query, not one per digit
    connect(m_searchDelay, &QTimer::timeout, this, &JobsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilter);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &JobsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &JobsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::keepSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_restoring)
                    return;
                const Job *job = m_model->jobAt(current.row());
                m_kept.currentId = job ? job->id : 0;
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPage::restoreSelection);
    connect(m_retry, &QPushButton::clicked, this, &JobsPage::retrySelected);
    connect(m_replay, &QPushButton::clicked, this, &JobsPage::replayCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelSelected);
    connect(m_copySid, &QPushButton::clicked, this, [this] {
        if (m_kept.ids.size() == 1) {
            if (const Job *job = m_model->jobAt(m_kept.rows.constFirst()))
                QApplication::clipboard()->setText(job->twilioSid);
        }
    });
    // Export: the rows are written on a worker thread with its own database connection.
    m_exportButton = exportButton;
    m_exporter = new JobCsvExporter(workspace.database().path(), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QStringLiteral("leadrails-jobs.csv");
        const QString path =
            m_exportPathPrompt
                ? m_exportPathPrompt(suggested)
                : QFileDialog::getSaveFileName(this, tr("Export jobs"), suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    const auto endExport = [this](const QString &message) {
        m_count->setText(message);
        m_exportButton->setEnabled(true);
        if (m_exportProgress) {
            m_exportProgress->hide();
            m_exportProgress->deleteLater();
            m_exportProgress = nullptr;
        }
    };
    connect(m_exporter, &JobCsvExporter::progress, this, [this](qint64 written, qint64 total) {
        if (m_exportProgress) {
            m_exportProgress->setMaximum(int(total));
            m_exportProgress->setValue(int(written));
        }
    });
    connect(m_exporter, &JobCsvExporter::finished, this, [endExport](qint64 rows, const QString &path) {
        endExport(
            tr("Exported %1 jobs to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
    });
    connect(m_exporter, &JobCsvExporter::canceled, this,
            [endExport] { endExport(tr("Export canceled: no file was written.")); });
    connect(m_exporter, &JobCsvExporter::failed, this, endExport);

    refresh();
}

void JobsPage::refresh()
{
    // Destinations may have changed since the last visit.
    const QString selected = m_destination->currentData().toString();
    QHash<QString, QString> names;
    {
        const QSignalBlocker block(m_destination);
        m_destination->clear();
        m_destination->addItem(tr("Any destination"), QString());
        for (const Destination &d : m_workspace.destinations().list()) {
            names.insert(d.id, d.name);
            m_destination->addItem(d.name, d.id);
        }
        const int index = m_destination->findData(selected);
        m_destination->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_model->setDestinationNames(names);
    applyFilter();
}

void JobsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void JobsPage::applyFilter()
{
    JobFilter filter;
    for (const QVariant &state : m_status->currentData().toList())
        filter.states << JobState(state.toInt());
    filter.destinationId = m_destination->currentData().toString();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date().startOfDay();
        filter.to = m_to->date().addDays(1).startOfDay();
    }
    filter.text = m_search->text().trimmed();
    filter.order = m_model->filter().order; // the header's choice outlives the filters
    m_model->setFilter(filter);
    m_count->setText(m_model->rowCount() == 1 ? tr("1 job")
                                              : tr("%1 jobs").arg(QLocale().toString(m_model->rowCount())));
}

qint64 JobsPage::currentJobId() const
{
    return m_kept.ids.size() == 1 ? m_kept.ids.constFirst() : 0;
}

void JobsPage::keepSelection()
{
    if (m_restoring)
        return;
    KeptSelection kept;
    kept.filter = m_model->filter();
    const QItemSelection selection = m_view->selectionModel()->selection();
    qint64 selected = 0;
    for (const QItemSelectionRange &range : selection)
        selected += range.height();
    if (selected > maxBulkJobs) {
        // Reading a million ids row by row would freeze the window: too many to act on or keep.
        kept.tooMany = int(qMin(selected, qint64(std::numeric_limits<int>::max())));
    } else {
        QList<int> rows;
        rows.reserve(selected);
        for (const QItemSelectionRange &range : selection) {
            for (int row = range.top(); row <= range.bottom(); ++row)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (int row : std::as_const(rows)) {
            const Job *job = m_model->jobAt(row);
            if (!job)
                continue;
            kept.ids.append(job->id);
            kept.rows.append(row);
            ++kept.states[job->state];
            if (canRetryByHand(*job))
                ++kept.retryable;
            if (canCancelByHand(*job))
                ++kept.cancelable;
        }
    }
    if (const Job *current = m_model->jobAt(m_view->currentIndex().row()))
        kept.currentId = current->id;
    m_kept = std::move(kept);
    showCurrent();
}

void JobsPage::restoreSelection()
{
    // The view has dropped its selection with the old rows; m_kept still says what it was.
    const KeptSelection kept = std::exchange(m_kept, KeptSelection{});
    // Put back only among the same rows in the same order.
    if (kept.ids.isEmpty() || kept.filter != m_model->filter()) {
        showCurrent();
        return;
    }
    const JobStore &store = *m_workspace.jobs();
    const JobFilter &filter = m_model->filter();
    int shift = 0;
    for (int i = 0; i < qMin(int(kept.ids.size()), kShiftLookups); ++i) {
        const int row = store.rowOf(filter, kept.ids[i]);
        if (row >= 0) {
            shift = row - kept.rows[i];
            break;
        }
    }
    QSet<qint64> wanted(kept.ids.cbegin(), kept.ids.cend());
    QHash<qint64, int> found;
    const int first = qMax(0, kept.rows.constFirst() + shift - JobListModel::pageSize);
    const int last = qMin(m_model->rowCount() - 1, kept.rows.constLast() + shift + JobListModel::pageSize);
    for (int row = first; row <= last && !wanted.isEmpty(); ++row) {
        const Job *job = m_model->jobAt(row);
        if (job && wanted.remove(job->id))
            found.insert(job->id, row);
    }
    if (wanted.size() <= kMissingLookups) {
        for (qint64 id : std::as_const(wanted)) {
            const int row = store.rowOf(filter, id);
            if (row >= 0 && row < m_model->rowCount())
                found.insert(id, row);
        }
    }
    QList<int> rows = found.values();
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype end = i;
        while (end + 1 < rows.size() && rows[end + 1] == rows[end] + 1)
            ++end;
        selection.append(QItemSelectionRange(m_model->index(rows[i], 0),
                                             m_model->index(rows[end], JobListModel::ColumnCount - 1)));
        i = end + 1;
    }
    m_restoring = true;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (found.contains(kept.currentId))
        m_view->selectionModel()->setCurrentIndex(m_model->index(found.value(kept.currentId), 0),
                                                  QItemSelectionModel::NoUpdate);
    m_restoring = false;
    keepSelection();
}

void JobsPage::showJob(qint64 jobId)
{
    int row = m_workspace.jobs()->rowOf(m_model->filter(), jobId);
    if (row < 0) {
        // The filters hide it: clear them (the order stays) and look again.
        {
            const QSignalBlocker blockSearch(m_search), blockStatus(m_status),
                blockDestination(m_destination), blockDates(m_useDates);
            m_search->clear();
            m_status->setCurrentIndex(0);
            m_destination->setCurrentIndex(0);
            m_useDates->setChecked(false);
            m_from->setEnabled(false);
            m_to->setEnabled(false);
        }
        applyFilter();
        row = m_workspace.jobs()->rowOf(m_model->filter(), jobId);
    }
    if (row < 0 || row >= m_model->rowCount())
        return; // gone meanwhile
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void JobsPage::showCurrent()
{
    if (m_kept.ids.size() > 1 || m_kept.tooMany > 0) {
        showSelection();
        return;
    }
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Send this failed job again"));
    m_replay->setToolTip(tr("Queue a new job with the same lead and message"));
    m_cancel->setText(tr("&Cancel job"));
    m_cancel->setToolTip({});
    for (QPushButton *b : {m_retry, m_cancel})
        b->setAccessibleName({});
    const Job *job = m_kept.ids.isEmpty() ? nullptr : m_model->jobAt(m_kept.rows.constFirst());
    for (QPushButton *b : {m_retry, m_replay, m_cancel, m_copySid})
        b->setEnabled(job != nullptr);
    if (!job) {
        m_detail->clear();
        return;
    }
    m_retry->setEnabled(canRetryByHand(*job));
    m_replay->setEnabled(canReplayByHand(*job));
    m_cancel->setEnabled(canCancelByHand(*job));
    // The buttons say so instead of failing when clicked.
    if (!isFinal(job->state))
        m_replay->setToolTip(
            tr("It is still on its way: replay it once it has finished (or cancel it first)."));
    if (!hasDestination(*job)) {
        const QString why = tr("Its destination was removed, so this job cannot be sent again.");
        m_retry->setToolTip(why);
        m_replay->setToolTip(why);
        m_replay->setEnabled(false);
    }
    m_copySid->setEnabled(!job->twilioSid.isEmpty());

    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 → %2</h3>").arg(esc(jobStateLabel(job->state)), esc(job->to));
    html += QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(esc(job->body));
    html += tr("<p>%n segment(s), %1 · created %2%3</p>", nullptr, job->segments)
                .arg(esc(job->encoding),
                     esc(QLocale().toString(job->createdAt.toLocalTime(), QLocale::ShortFormat)),
                     job->twilioSid.isEmpty() ? QString() : QStringLiteral(" · ") + esc(job->twilioSid));
    if (job->errorCode) {
        const TwilioError error = TwilioErrorCatalog::lookup(job->errorCode, job->errorMessage);
        html += tr("<p><b>Twilio error %1 — %2</b><br>%3<br><b>Fix:</b> %4<br><a href='%5'>%5</a></p>")
                    .arg(job->errorCode)
                    .arg(esc(error.title), esc(error.explanation), esc(error.fix), esc(error.moreInfoUrl));
    } else if (!job->errorMessage.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(job->errorMessage));
    }
    const QList<JobAttempt> attempts = m_workspace.jobs()->attempts(job->id);
    if (!attempts.isEmpty()) {
        html += tr("<p><b>Attempts</b></p><ol>");
        for (const JobAttempt &a : attempts)
            html += QStringLiteral("<li>%1 · %2 ms · %3%4</li>")
                        .arg(esc(QLocale().toString(a.at.toLocalTime(), QLocale::LongFormat)))
                        .arg(a.durationMs)
                        .arg(a.httpStatus ? QStringLiteral("HTTP %1").arg(a.httpStatus) : tr("no answer"),
                             esc(a.message.isEmpty() ? QString() : QStringLiteral(" · ") + a.message));
        html += QStringLiteral("</ol>");
    }
    m_detail->setHtml(html);
}

void JobsPage::showSelection()
{
    const int selected = m_kept.tooMany > 0 ? m_kept.tooMany : int(m_kept.ids.size());
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("%Ln job(s) selected", nullptr, selected));
    if (m_kept.tooMany > 0) {
        html += tr("<p>Retry and Cancel act on at most %1 jobs at a time: narrow the filters or select fewer "
                   "rows.</p>")
                    .arg(QLocale().toString(maxBulkJobs));
    } else {
        QStringList tally;
        for (JobState state : jobStatesInLifecycleOrder()) {
            if (const int count = m_kept.states.value(state))
                tally.append(tr("%1: %2", "a state and how many selected jobs are in it")
                                 .arg(jobStateLabel(state).toHtmlEscaped(), QLocale().toString(count)));
        }
        html += QStringLiteral("<p>%1</p>").arg(tally.join(QStringLiteral(" · ")));
        // What the buttons would do, leaving out what none of them allows.
        QStringList can;
        if (m_kept.retryable > 0)
            can << tr("%Ln can be sent again (failed, undelivered or gave up).", nullptr, m_kept.retryable);
        if (m_kept.cancelable > 0)
            can << tr("%Ln can be canceled (not sent yet).", nullptr, m_kept.cancelable);
        if (!can.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(can.join(QStringLiteral("<br>")));
    }
    m_detail->setHtml(html);

    m_replay->setEnabled(false);
    m_copySid->setEnabled(false);
    m_retry->setEnabled(m_kept.retryable > 0);
    m_cancel->setEnabled(m_kept.cancelable > 0);
    m_retry->setText(m_kept.retryable > 0 ? tr("&Retry %Ln", nullptr, m_kept.retryable) : tr("&Retry"));
    m_cancel->setText(m_kept.cancelable > 0 ? tr("&Cancel %Ln", nullptr, m_kept.cancelable) : tr("&Cancel"));
    m_retry->setAccessibleName(tr("Retry %Ln selected job(s)", nullptr, m_kept.retryable));
    m_cancel->setAccessibleName(tr("Cancel %Ln selected job(s)", nullptr, m_kept.cancelable));
    m_retry->setToolTip(tr("Send the selected failed, undelivered or dead jobs again; the others stay as "
                           "they are."));
    m_cancel->setToolTip(tr("Cancel the selected jobs that have not been sent yet; the others stay as "
                            "they are."));
}

void JobsPage::retrySelected()
{
    QString error;
    if (m_kept.ids.size() > 1) {
        QApplication::setOverrideCursor(Qt::WaitCursor); // 10,000 jobs take about a second
        const auto result = m_workspace.jobs()->retryMany(m_kept.ids, &error);
        QApplication::restoreOverrideCursor();
        m_count->setText(result ? result->summary : error);
    } else if (!m_workspace.jobs()->retry(currentJobId(), &error)) {
        m_count->setText(error);
    }
    m_model->refresh();
}

void JobsPage::replayCurrent()
{
    QString error;
    const qint64 id = m_workspace.jobs()->replay(currentJobId(), &error);
    m_count->setText(id ? tr("Queued again as job %1.").arg(id) : error);
    m_model->refresh();
}

void JobsPage::cancelSelected()
{
    QString error;
    if (m_kept.ids.size() > 1) {
        // What the user agrees to: the jobs selected now (a refresh behind the dialog may move the rows).
        const QList<qint64> ids = m_kept.ids;
        const int count = m_kept.cancelable;
        const QString question = tr("Cancel %Ln queued job(s)? They will not be sent.", nullptr, count);
        const QString confirm = tr("Cancel %Ln job(s)", nullptr, count);
        if (!(m_confirmPrompt ? m_confirmPrompt(question, confirm) : askToConfirm(this, question, confirm)))
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto result = m_workspace.jobs()->cancelMany(ids, &error);
        QApplication::restoreOverrideCursor();
        m_count->setText(result ? result->summary : error);
    } else if (!m_workspace.jobs()->cancel(currentJobId(), &error)) {
        m_count->setText(error);
    }
    m_model->refresh();
}

bool JobsPage::exportCsv(const QString &path)
{
    if (!m_exporter->start(m_model->filter(), path))
        return false;
    m_exportButton->setEnabled(false);
    // Not modal: a modal QProgressDialog runs the event loop inside setValue(), re-entering the handlers
    // above. The user can go on browsing jobs meanwhile; the filter was copied when the export started.
    m_exportProgress = new QProgressDialog(tr("Exporting jobs to %1…").arg(QDir::toNativeSeparators(path)),
                                           tr("Cancel"), 0, qMax(1, m_model->rowCount()), this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWindowTitle(tr("Export jobs"));
    m_exportProgress->setWindowModality(Qt::NonModal);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    m_exportProgress->setMinimumDuration(400); // small exports end before a dialog would flash up
    m_exportProgress->setValue(0);
    connect(m_exportProgress, &QProgressDialog::canceled, m_exporter, &JobCsvExporter::cancel);
    return true;
}

} // namespace LeadRails
