#include "DestinationsPage.h"

#include "DestinationEditor.h"
#include "DestinationStore.h"
#include "DispatcherThread.h"
#include "Icons.h"
#include "JobStore.h"
#include "MessagePreviewPanel.h"
#include "SecretStore.h"
#include "TwilioErrorCatalog.h"
#include "Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadRails {

namespace {
const QString kLastRecipientKey = QStringLiteral("sendTest/lastRecipient");
// Another process sending for this profile changes the row without telling this one: read it again this
// often (one row by id).
constexpr int kFollowIntervalMs = 1000;
// A dispatcher looks at the queue every couple of seconds: a test still queued after this long has nobody
// sending it.
constexpr qint64 kWaitingHintMs = 5000;
} // namespace

DestinationsPage::DestinationsPage(Workspace &workspace, StartUp startUp, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *splitter = m_splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("destinationsSplitter"));
    splitter->setChildrenCollapsible(false);

    // The list.
    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *newButton = new QPushButton(Icons::icon(Icons::Glyph::Add), tr("&New destination"), listPane);
    newButton->setObjectName(QStringLiteral("newDestinationButton"));
    m_list = new QListWidget(listPane);
    m_list->setObjectName(QStringLiteral("destinationList"));
    m_list->setAccessibleName(tr("Destinations"));
    listLayout->addWidget(newButton);
    listLayout->addWidget(m_list);
    splitter->addWidget(listPane);

    // The editor.
    m_editor = new DestinationEditor(workspace.destinations(), workspace.secrets().backendName(),
                                     startUp == StartUp::Deferred ? DestinationEditor::FirstCheck::Deferred
                                                                  : DestinationEditor::FirstCheck::Now);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form narrows instead
    splitter->addWidget(scroll);

    // Scrolls rather than forcing a tall window on small screens.
    m_sideScroll = new QScrollArea(splitter);
    m_sideScroll->setWidgetResizable(true);
    m_sideScroll->setFrameShape(QFrame::NoFrame);
    m_sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    splitter->addWidget(m_sideScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    // Until the user moves them (restoreSplitterState), the columns share the width in these proportions
    // (what the full page's size hints gave at 1280 px), not by what is in them: so the first frame of a
    // StartUp::Deferred page, whose side is still empty, is laid out as the finished page.
    splitter->setSizes({125, 485, 395});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_verifier = new TwilioVerifier(&workspace.twilio(), this);
    m_followTimer = new QTimer(this);
    m_followTimer->setInterval(kFollowIntervalMs);
    connect(m_followTimer, &QTimer::timeout, this, &DestinationsPage::showTestJob);
    connect(workspace.jobs(), &JobStore::jobChanged, this, [this](qint64 jobId) {
        if (m_testJobId && (jobId == m_testJobId || jobId == 0))
            showTestJob();
    });

    connect(newButton, &QPushButton::clicked, this, &DestinationsPage::newDestination);
    connect(m_list, &QListWidget::currentRowChanged, this, &DestinationsPage::showDestination);
    connect(m_editor, &DestinationEditor::formChanged, this, &DestinationsPage::updatePreview);
    connect(m_editor, &DestinationEditor::saved, this, [this](const Destination &saved) {
        reload();
        for (int row = 0; row < m_destinations.size(); ++row) {
            if (m_destinations[row].id == saved.id) {
                const QSignalBlocker block(m_list);
                m_list->setCurrentRow(row);
                m_currentRow = row;
            }
        }
        if (m_pendingTest) {
            const PendingTest pending = std::move(*m_pendingTest);
            m_pendingTest.reset();
            enqueueTest(pending.preview, pending.lead);
        }
        if (m_leaveAfterSave)
            std::exchange(m_leaveAfterSave, nullptr)();
    });
    connect(m_editor, &DestinationEditor::saveFailed, this, [this](const QString &message) {
        m_leaveAfterSave = nullptr; // stay: the editor says what went wrong
        if (!m_pendingTest)
            return;
        m_pendingTest.reset();
        side().testStatus->setText(tr("Not sent: the destination could not be saved. %1").arg(message));
    });
    connect(m_editor, &DestinationEditor::removed, this, [this] { reload(); });
    connect(m_editor, &DestinationEditor::verifyRequested, this, &DestinationsPage::startVerify);
    connect(m_editor, &DestinationEditor::sendTestRequested, this, &DestinationsPage::startSendTest);
    connect(m_verifier, &TwilioVerifier::checkStarted, this, [this](VerifyCheck::Kind kind) {
        setBusy(true, kind == VerifyCheck::Kind::Account ? tr("Checking the account with Twilio…")
                                                         : tr("Checking the sender with Twilio…"));
    });
    connect(m_verifier, &TwilioVerifier::checkFinished, this, [this](const VerifyCheck &check) {
        const Icons::Glyph icon = check.status == VerifyCheck::Status::Passed    ? Icons::Glyph::Passed
                                  : check.status == VerifyCheck::Status::Warning ? Icons::Glyph::Warning
                                  : check.status == VerifyCheck::Status::Failed  ? Icons::Glyph::Error
                                                                                 : Icons::Glyph::Skipped;
        QString text = check.title + QLatin1Char('\n') + check.detail;
        if (!check.fix.isEmpty())
            text += QLatin1Char('\n') + tr("Fix: %1").arg(check.fix);
        auto *item = new QListWidgetItem(Icons::icon(icon), text, side().results);
        item->setData(Qt::UserRole, VerifyCheck::statusId(check.status));
    });
    connect(m_verifier, &TwilioVerifier::finished, this, [this](const QList<VerifyCheck> &, bool allPassed) {
        setBusy(false, allPassed ? tr("Verified: this destination can send.")
                                 : tr("Verification failed: see what to fix below."));
    });

    if (startUp == StartUp::Complete)
        buildSide();
    reload();
    // The first preview loads the phone number library (tens of ms): not in the constructor.
    if (startUp == StartUp::Complete)
        QTimer::singleShot(0, this, &DestinationsPage::updatePreview);
}

DestinationsPage::~DestinationsPage() = default;

QByteArray DestinationsPage::splitterState() const
{
    return m_splitter->saveState();
}

void DestinationsPage::restoreSplitterState(const QByteArray &state)
{
    m_splitter->restoreState(state); // ignores what is not a state it saved
}

void DestinationsPage::buildSide()
{
    if (m_side)
        return;
    Side built;
    // The preview, then what Verify and Send Test found.
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    built.preview = new MessagePreviewPanel(side);
    sideLayout->addWidget(built.preview, 3);
    auto *resultsBox = new QGroupBox(tr("Connection"), side);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    built.activity = new QLabel(
        tr("Verify checks the credentials and the sender with Twilio without sending anything."), resultsBox);
    built.activity->setObjectName(QStringLiteral("activityLabel"));
    built.activity->setWordWrap(true);
    built.progress = new QProgressBar(resultsBox);
    built.progress->setObjectName(QStringLiteral("activityProgress"));
    built.progress->setRange(0, 0);
    built.progress->setMaximumHeight(8);
    built.progress->setTextVisible(false);
    built.progress->setVisible(false);
    built.results = new QListWidget(resultsBox);
    built.results->setObjectName(QStringLiteral("verifyResults"));
    built.results->setAccessibleName(tr("Verify results"));
    built.results->setWordWrap(true);
    built.results->setMinimumHeight(90);
    built.results->setMaximumHeight(built.results->fontMetrics().lineSpacing() *
                                    10); // three checks, with their fixes
    built.testStatus = new QLabel(resultsBox);
    built.testStatus->setObjectName(QStringLiteral("sendTestStatus"));
    built.testStatus->setWordWrap(true);
    built.testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    built.showTestJob = new QPushButton(resultsBox);
    built.showTestJob->setObjectName(QStringLiteral("showTestJobButton"));
    built.showTestJob->setVisible(false);
    resultsLayout->addWidget(built.activity);
    resultsLayout->addWidget(built.progress);
    resultsLayout->addWidget(built.results);
    resultsLayout->addWidget(built.testStatus);
    resultsLayout->addWidget(built.showTestJob, 0, Qt::AlignLeft);
    sideLayout->addWidget(resultsBox, 2);
    m_sideScroll->setWidget(side);
    m_side = built;

    connect(built.showTestJob, &QPushButton::clicked, this, [this] {
        if (m_testJobId)
            Q_EMIT showJobRequested(m_testJobId);
    });
    connect(built.preview, &MessagePreviewPanel::issueActivated, this, [this](const PreviewIssue &issue) {
        if (issue.start < 0)
            return;
        if (issue.field == PreviewIssue::Field::BodyTemplate)
            m_editor->selectInBody(issue.start, issue.end);
        else if (issue.field == PreviewIssue::Field::RecipientTemplate)
            m_editor->selectInRecipient(issue.start, issue.end);
    });
}

DestinationsPage::Side &DestinationsPage::side()
{
    buildSide();
    return *m_side;
}

void DestinationsPage::finishBuilding()
{
    buildSide();
    if (!m_editor->isChecked())
        m_editor->checkNow();
    updatePreview();
}

QString DestinationsPage::currentDestinationId() const
{
    // The editor's, not the list's: reload() (a rename, a pause by the dispatcher) leaves the list without a
    // current row while the form still shows the destination.
    return m_editor->savedDestination().id;
}

void DestinationsPage::openAtStart(const QString &id)
{
    if (m_destinations.isEmpty())
        return;
    const auto found = std::find_if(m_destinations.cbegin(), m_destinations.cend(),
                                    [&id](const Destination &d) { return d.id == id; });
    const int row = found == m_destinations.cend() ? 0 : int(found - m_destinations.cbegin());
    if (isBuilt()) {
        m_list->setCurrentRow(row);
        return;
    }
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(row);
    m_currentRow = row;
    m_editor->editUnchecked(m_destinations.at(row));
}

void DestinationsPage::setBusy(bool busy, const QString &what)
{
    side().progress->setVisible(busy);
    side().activity->setText(what);
}

void DestinationsPage::reload()
{
    QString error;
    m_destinations = m_workspace.destinations().list(&error);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Destination &d : std::as_const(m_destinations)) {
        // Paused is said in words: an icon alone is lost to screen readers, and the style's pause glyph is
        // black, invisible on a dark palette.
        auto *item = new QListWidgetItem(d.paused ? tr("%1 (paused)").arg(d.name) : d.name, m_list);
        const QString sender = d.messagingServiceSid.isEmpty() ? d.fromNumber : d.messagingServiceSid;
        item->setToolTip(d.paused && !d.pausedReason.isEmpty()
                             ? tr("%1\nPaused: %2").arg(sender, d.pausedReason)
                             : sender);
    }
    if (!error.isEmpty())
        side().activity->setText(error);
    m_currentRow = -1;
    Q_EMIT destinationsChanged(int(m_destinations.size()));
}

bool DestinationsPage::confirmLeaving(std::function<void()> leave)
{
    if (!m_editor->isDirty() || (m_editor->isNew() && m_editor->formDestination().name.isEmpty()))
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The destination has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (!m_editor->isValid()) {
            side().activity->setText(tr("Fix the fields marked in red before saving."));
            return false;
        }
        m_leaveAfterSave = std::move(leave);
        m_editor->save();
        return false;
    }
    return true;
}

void DestinationsPage::newDestination()
{
    if (!confirmLeaving([this] { newDestination(); }))
        return;
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_currentRow = -1;
    m_editor->editNew();
    side().results->clear();
    stopFollowingTest();
}

void DestinationsPage::showDestination(int row)
{
    if (row == m_currentRow)
        return;
    // Rows move when a save renames the destination: go back to this one by id.
    const QString id = row >= 0 && row < m_destinations.size() ? m_destinations.at(row).id : QString();
    if (!confirmLeaving([this, id] {
            for (int r = 0; r < m_destinations.size(); ++r) {
                if (m_destinations.at(r).id == id)
                    m_list->setCurrentRow(r);
            }
        })) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_currentRow);
        return;
    }
    m_currentRow = row;
    side().results->clear();
    stopFollowingTest();
    if (row >= 0 && row < m_destinations.size())
        m_editor->edit(m_destinations.at(row));
}

void DestinationsPage::updatePreview()
{
    side().preview->setSettings(m_editor->formDestination().messageSettings());
}

void DestinationsPage::withCredentials(std::function<void(const TwilioCredentials &)> use)
{
    const Destination d = m_editor->formDestination();
    const QString typed = m_editor->typedSecret();
    if (!typed.isEmpty() || m_editor->isNew()) {
        if (typed.isEmpty()) {
            side().activity->setText(tr("Enter the Auth Token (or API key secret) first."));
            return;
        }
        use(Workspace::credentialsFor(d, typed));
        return;
    }
    m_workspace.destinations().readSecret(d.id,
                                          [this, d, use = std::move(use)](const DestinationStore::Result &r) {
                                              if (!r.ok) {
                                                  setBusy(false, r.message);
                                                  return;
                                              }
                                              use(Workspace::credentialsFor(d, r.destination.secret));
                                          });
}

void DestinationsPage::startVerify()
{
    if (m_verifier->isRunning())
        return;
    const Destination d = m_editor->formDestination();
    if (d.accountSid.trimmed().isEmpty() || (d.fromNumber.isEmpty() && d.messagingServiceSid.isEmpty())) {
        side().activity->setText(tr("Fill in the Account SID and a From number or Messaging Service first."));
        return;
    }
    side().results->clear();
    reveal(side().results);
    setBusy(true, tr("Reading the secret from the keychain…"));
    withCredentials([this, d](const TwilioCredentials &credentials) {
        m_verifier->start({credentials, d.fromNumber.trimmed(), d.messagingServiceSid.trimmed()});
    });
}

void DestinationsPage::startSendTest()
{
    // The test is a job of the saved destination: unsaved changes are saved first, so they must be valid.
    if (m_editor->isDirty() && !m_editor->isValid()) {
        side().activity->setText(tr("Fix the fields marked in red before sending a test."));
        return;
    }
    if (m_pendingTest)
        return; // already saving for a test
    const auto settings = m_workspace.profile().settings();
    const QString last = settings->value(kLastRecipientKey).toString();
    const QString summary = segmentSummary(side().preview->preview().segments);
    const RecipientPrompt prompt =
        m_prompt ? m_prompt : [this](const QString &s, const QString &l) -> std::optional<QString> {
        QString label =
            tr("Send the sample lead's message (%1) to this number (E.164, e.g. +14155552671):").arg(s);
        if (m_editor->isDirty())
            label += QLatin1Char('\n') + tr("Your changes to this destination are saved first.");
        bool ok = false;
        const QString to =
            QInputDialog::getText(this, tr("Send a test message"), label, QLineEdit::Normal, l, &ok);
        return ok ? std::optional<QString>(to) : std::nullopt;
    };
    const auto to = prompt(summary, last);
    if (!to)
        return;

    QJsonObject lead = side().preview->sampleLead();
    lead.insert(QStringLiteral("phone"), to->trimmed());
    MessageSettings messageSettings = m_editor->formDestination().messageSettings();
    messageSettings.recipientTemplate = QStringLiteral("{{phone}}");
    const MessagePreview preview = MessagePreviewer(messageSettings).preview(lead);
    if (!preview.sendable) {
        QStringList errors;
        for (const PreviewIssue &issue : preview.issues) {
            if (issue.isError())
                errors << issue.message;
        }
        side().testStatus->setText(tr("Not sent: %1").arg(errors.join(QLatin1Char(' '))));
        return;
    }
    settings->setValue(kLastRecipientKey, preview.to());
    if (m_editor->isDirty()) {
        stopFollowingTest();
        m_pendingTest = PendingTest{preview, lead};
        side().testStatus->setText(tr("Saving the destination before sending the test…"));
        m_editor->save();
        return;
    }
    enqueueTest(preview, lead);
}

void DestinationsPage::setDispatcher(DispatcherThread *dispatcher)
{
    m_dispatcher = dispatcher;
    // The dispatcher's own store tells about its changes on its thread; this window's store does not see
    // them, so they come through the dispatcher's signals.
    connect(dispatcher, &DispatcherThread::jobChanged, this, [this](qint64 jobId) {
        if (m_testJobId && (jobId == m_testJobId || jobId == 0))
            showTestJob();
    });
    connect(dispatcher, &DispatcherThread::jobBlocked, this, [this](qint64 jobId, const QString &reason) {
        if (jobId != m_testJobId)
            return;
        m_testBlocked = reason;
        showTestJob();
    });
}

void DestinationsPage::enqueueTest(const MessagePreview &preview, const QJsonObject &lead)
{
    stopFollowingTest();
    QString error;
    const qint64 id = m_workspace.jobs()->enqueue(m_editor->savedDestination(), lead, preview, true, &error);
    if (!id) {
        side().testStatus->setText(tr("Not sent: %1").arg(error));
        return;
    }
    m_testJobId = id;
    m_testQueuedFor.start();
    side().showTestJob->setText(tr("Show job %1 in Jobs").arg(id));
    side().showTestJob->setVisible(true);
    m_followTimer->start();
    showTestJob();
    // This window's dispatcher sends it now, ahead of the queue; another process finds it in the queue.
    if (m_dispatcher && m_dispatcher->isRunning())
        m_dispatcher->sendNow(id);
}

void DestinationsPage::reveal(QWidget *widget)
{
    // After the layout has placed what was just shown or filled in.
    QTimer::singleShot(0, this, [this, widget] { m_sideScroll->ensureWidgetVisible(widget); });
}

void DestinationsPage::stopFollowingTest()
{
    m_followTimer->stop();
    m_testJobId = 0;
    m_testBlocked.clear();
    m_testShownState.reset();
    m_pendingTest.reset();
    side().testStatus->clear();
    side().showTestJob->setVisible(false);
}

void DestinationsPage::showTestJob()
{
    if (!m_testJobId)
        return;
    const auto job = m_workspace.jobs()->job(m_testJobId);
    if (!job) {
        m_followTimer->stop();
        side().showTestJob->setVisible(false);
        side().testStatus->setText(tr("Test job %1 no longer exists.").arg(m_testJobId));
        return;
    }
    QString text = tr("Test job %1 to %2: %3").arg(job->id).arg(job->to, jobStateLabel(job->state));
    if (!job->twilioSid.isEmpty())
        text += QStringLiteral(" (%1, %2)").arg(job->twilioSid, job->twilioStatus);
    if (job->state == JobState::Delivered)
        text += QStringLiteral(" ✓");
    if (job->errorCode) {
        text += QLatin1Char('\n') + TwilioErrorCatalog::lookup(job->errorCode, job->errorMessage).summary();
    } else if (!job->errorMessage.isEmpty() && (isFinal(job->state) || job->state == JobState::RetryWait)) {
        text += QLatin1Char('\n') + job->errorMessage;
    }
    if (job->state == JobState::Queued) {
        if (!m_testBlocked.isEmpty()) {
            text += QLatin1Char('\n') + tr("This window cannot send it now: %1").arg(m_testBlocked);
        } else if (!(m_dispatcher && m_dispatcher->isRunning()) && m_testQueuedFor.isValid() &&
                   m_testQueuedFor.elapsed() >= kWaitingHintMs) {
            text += QLatin1Char('\n') +
                    tr("Waiting for the sender… Nothing has picked this test up yet. Is LeadRails open in "
                       "another window, or `leadrails-cli run` running for this profile? The test stays "
                       "queued and goes out as soon as one of them runs.");
        }
    }
    side().testStatus->setText(text);
    // Each step may add a line: keep the outcome on screen without fighting a user who scrolled away.
    if (m_testShownState != job->state) {
        m_testShownState = job->state;
        reveal(side().showTestJob);
    }
    if (isFinal(job->state))
        m_followTimer->stop();
}

} // namespace LeadRails
