#include "JobsPage.h"

#include "RowTableView.h"

#include "Database.h"
#include "DestinationStore.h"
#include "JobCsvExporter.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsChart.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace LeadRails {

namespace {

struct StatusChoice
{
    const char *label;
    QList<JobState> states;
};

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

} // namespace

JobsPage::JobsPage(Workspace &workspace, QWidget *parent)
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
    m_view = makeRowTableView(m_model, QStringLiteral("jobsTable"), tr("Jobs"), this);
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The last 30 days above the table, at its own height (no stretch); drag the handle up to hide it. It
    // follows the destination filter and reads again whenever the table does (filters, F5, the dispatcher).
    auto *chart = new JobsChart(*workspace.jobs(), this);
    chart->setObjectName(QStringLiteral("jobsChart"));
    splitter->insertWidget(0, chart);
    connect(m_model, &QAbstractItemModel::modelReset, chart, [this, chart] {
        if (m_model->filter().destinationId != chart->destination())
            chart->setDestination(m_model->filter().destinationId);
        else
            chart->scheduleRefresh();
    });

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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPage::showCurrent);
    connect(m_retry, &QPushButton::clicked, this, &JobsPage::retryCurrent);
    connect(m_replay, &QPushButton::clicked, this, &JobsPage::replayCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelCurrent);
    connect(m_copySid, &QPushButton::clicked, this, [this] {
        if (const Job *job = m_model->jobAt(m_view->currentIndex().row()))
            QApplication::clipboard()->setText(job->twilioSid);
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
    const Job *job = m_model->jobAt(m_view->currentIndex().row());
    return job ? job->id : 0;
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
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void JobsPage::showCurrent()
{
    const Job *job = m_model->jobAt(m_view->currentIndex().row());
    for (QPushButton *b : {m_retry, m_replay, m_cancel, m_copySid})
        b->setEnabled(job != nullptr);
    if (!job) {
        m_detail->clear();
        return;
    }
    m_retry->setEnabled(transition(job->state, JobEvent::ManualRetry).has_value());
    m_cancel->setEnabled(transition(job->state, JobEvent::Cancel).has_value());
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

void JobsPage::retryCurrent()
{
    QString error;
    if (!m_workspace.jobs()->retry(currentJobId(), &error))
        m_count->setText(error);
    m_model->refresh();
}

void JobsPage::replayCurrent()
{
    QString error;
    const qint64 id = m_workspace.jobs()->replay(currentJobId(), &error);
    m_count->setText(id ? tr("Queued again as job %1.").arg(id) : error);
    m_model->refresh();
}

void JobsPage::cancelCurrent()
{
    QString error;
    if (!m_workspace.jobs()->cancel(currentJobId(), &error))
        m_count->setText(error);
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
