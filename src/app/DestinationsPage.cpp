#include "DestinationsPage.h"

#include "DestinationEditor.h"
#include "DestinationStore.h"
#include "DispatcherThread.h"
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

namespace LeadRails {

namespace {
const QString kLastRecipientKey = QStringLiteral("sendTest/lastRecipient");
constexpr int kPollIntervalMs = 1500;
constexpr int kMaxPolls = 80; // two minutes
} // namespace

DestinationsPage::DestinationsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("destinationsSplitter"));
    splitter->setChildrenCollapsible(false);

    // The list.
    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *newButton =
        new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&New destination"), listPane);
    newButton->setObjectName(QStringLiteral("newDestinationButton"));
    m_list = new QListWidget(listPane);
    m_list->setObjectName(QStringLiteral("destinationList"));
    m_list->setAccessibleName(tr("Destinations"));
    listLayout->addWidget(newButton);
    listLayout->addWidget(m_list);
    splitter->addWidget(listPane);

    // The editor.
    m_editor = new DestinationEditor(workspace.destinations(), workspace.secrets().backendName());
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form narrows instead
    splitter->addWidget(scroll);

    // The preview, then what Verify and Send Test found.
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new MessagePreviewPanel(side);
    sideLayout->addWidget(m_preview, 3);
    auto *resultsBox = new QGroupBox(tr("Connection"), side);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    m_activity = new QLabel(
        tr("Verify checks the credentials and the sender with Twilio without sending anything."), resultsBox);
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    m_activity->setWordWrap(true);
    m_progress = new QProgressBar(resultsBox);
    m_progress->setObjectName(QStringLiteral("activityProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_results = new QListWidget(resultsBox);
    m_results->setObjectName(QStringLiteral("verifyResults"));
    m_results->setAccessibleName(tr("Verify results"));
    m_results->setWordWrap(true);
    m_results->setMinimumHeight(90);
    m_testStatus = new QLabel(resultsBox);
    m_testStatus->setObjectName(QStringLiteral("sendTestStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultsLayout->addWidget(m_activity);
    resultsLayout->addWidget(m_progress);
    resultsLayout->addWidget(m_results);
    resultsLayout->addWidget(m_testStatus);
    sideLayout->addWidget(resultsBox, 2);
    // Scrolls rather than forcing a tall window on small screens.
    auto *sideScroll = new QScrollArea(splitter);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_verifier = new TwilioVerifier(&workspace.twilio(), this);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &DestinationsPage::pollTestMessage);

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
    });
    connect(m_editor, &DestinationEditor::removed, this, [this] { reload(); });
    connect(m_editor, &DestinationEditor::verifyRequested, this, &DestinationsPage::startVerify);
    connect(m_editor, &DestinationEditor::sendTestRequested, this, &DestinationsPage::startSendTest);
    connect(m_preview, &MessagePreviewPanel::issueActivated, this, [this](const PreviewIssue &issue) {
        if (issue.start < 0)
            return;
        if (issue.field == PreviewIssue::Field::BodyTemplate)
            m_editor->selectInBody(issue.start, issue.end);
        else if (issue.field == PreviewIssue::Field::RecipientTemplate)
            m_editor->selectInRecipient(issue.start, issue.end);
    });
    connect(m_verifier, &TwilioVerifier::checkStarted, this, [this](VerifyCheck::Kind kind) {
        setBusy(true, kind == VerifyCheck::Kind::Account ? tr("Checking the account with Twilio…")
                                                         : tr("Checking the sender with Twilio…"));
    });
    connect(m_verifier, &TwilioVerifier::checkFinished, this, [this](const VerifyCheck &check) {
        const QStyle::StandardPixmap icon =
            check.status == VerifyCheck::Status::Passed    ? QStyle::SP_DialogApplyButton
            : check.status == VerifyCheck::Status::Warning ? QStyle::SP_MessageBoxWarning
            : check.status == VerifyCheck::Status::Failed  ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_DialogCancelButton;
        QString text = check.title + QLatin1Char('\n') + check.detail;
        if (!check.fix.isEmpty())
            text += QLatin1Char('\n') + tr("Fix: %1").arg(check.fix);
        auto *item = new QListWidgetItem(style()->standardIcon(icon), text, m_results);
        item->setData(Qt::UserRole, VerifyCheck::statusId(check.status));
    });
    connect(m_verifier, &TwilioVerifier::finished, this, [this](const QList<VerifyCheck> &, bool allPassed) {
        setBusy(false, allPassed ? tr("Verified: this destination can send.")
                                 : tr("Verification failed: see what to fix below."));
    });

    reload();
    // The first preview loads the phone number metadata and geocoder (tens of ms): after the first paint.
    QTimer::singleShot(0, this, &DestinationsPage::updatePreview);
}

DestinationsPage::~DestinationsPage() = default;

void DestinationsPage::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    m_activity->setText(what);
}

void DestinationsPage::reload()
{
    QString error;
    m_destinations = m_workspace.destinations().list(&error);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Destination &d : std::as_const(m_destinations)) {
        auto *item = new QListWidgetItem(d.name, m_list);
        item->setToolTip(d.messagingServiceSid.isEmpty() ? d.fromNumber : d.messagingServiceSid);
        if (d.paused)
            item->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    }
    if (!error.isEmpty())
        m_activity->setText(error);
    m_currentRow = -1;
    Q_EMIT destinationsChanged(int(m_destinations.size()));
}

bool DestinationsPage::confirmLeaving()
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
            m_activity->setText(tr("Fix the fields marked in red before saving."));
            return false;
        }
        m_editor->save();
    }
    return true;
}

void DestinationsPage::newDestination()
{
    if (!confirmLeaving())
        return;
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_currentRow = -1;
    m_editor->editNew();
    m_results->clear();
    m_testStatus->clear();
}

void DestinationsPage::showDestination(int row)
{
    if (row == m_currentRow)
        return;
    if (!confirmLeaving()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_currentRow);
        return;
    }
    m_currentRow = row;
    m_results->clear();
    m_testStatus->clear();
    if (row >= 0 && row < m_destinations.size())
        m_editor->edit(m_destinations.at(row));
}

void DestinationsPage::updatePreview()
{
    m_preview->setSettings(m_editor->formDestination().messageSettings());
}

void DestinationsPage::withCredentials(std::function<void(const TwilioCredentials &)> use)
{
    const Destination d = m_editor->formDestination();
    const QString typed = m_editor->typedSecret();
    if (!typed.isEmpty() || m_editor->isNew()) {
        if (typed.isEmpty()) {
            m_activity->setText(tr("Enter the Auth Token (or API key secret) first."));
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
        m_activity->setText(tr("Fill in the Account SID and a From number or Messaging Service first."));
        return;
    }
    m_results->clear();
    setBusy(true, tr("Reading the secret from the keychain…"));
    withCredentials([this, d](const TwilioCredentials &credentials) {
        m_verifier->start({credentials, d.fromNumber.trimmed(), d.messagingServiceSid.trimmed()});
    });
}

void DestinationsPage::startSendTest()
{
    if (!m_editor->isValid() && m_editor->isNew()) {
        m_activity->setText(tr("Fix the fields marked in red before sending a test."));
        return;
    }
    const auto settings = m_workspace.profile().settings();
    const QString last = settings->value(kLastRecipientKey).toString();
    const QString summary = segmentSummary(m_preview->preview().segments);
    const RecipientPrompt prompt =
        m_prompt ? m_prompt : [this](const QString &s, const QString &l) -> std::optional<QString> {
        bool ok = false;
        const QString to = QInputDialog::getText(
            this, tr("Send a test message"),
            tr("Send the sample lead's message (%1) to this number (E.164, e.g. +14155552671):").arg(s),
            QLineEdit::Normal, l, &ok);
        return ok ? std::optional<QString>(to) : std::nullopt;
    };
    const auto to = prompt(summary, last);
    if (!to)
        return;

    QJsonObject lead = m_preview->sampleLead();
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
        m_testStatus->setText(tr("Not sent: %1").arg(errors.join(QLatin1Char(' '))));
        return;
    }
    settings->setValue(kLastRecipientKey, preview.to());
    if (sendTestAsJob(preview, lead))
        return;

    const Destination d = m_editor->formDestination();
    m_testStatus->setText(tr("Sending to %1…").arg(preview.to()));
    setBusy(true, tr("Sending a test message…"));
    withCredentials([this, d, preview](const TwilioCredentials &credentials) {
        m_workspace.twilio().sendMessage(
            credentials,
            {preview.to(), d.fromNumber.trimmed(), d.messagingServiceSid.trimmed(), preview.body}, this,
            [this, credentials, preview](const TwilioResult &result) {
                setBusy(false, QString());
                if (!result.ok()) {
                    QString text = tr("Not sent to %1.").arg(preview.to());
                    if (result.errorCode) {
                        text += QLatin1Char(' ') + TwilioErrorCatalog::lookup(
                                                       result.errorCode, result.errorMessage, result.moreInfo)
                                                       .summary();
                    } else {
                        text += QLatin1Char(' ') + result.errorMessage;
                    }
                    m_testStatus->setText(text);
                    return;
                }
                m_testCredentials = credentials;
                const TwilioMessage message = TwilioMessage::fromJson(result.body);
                m_testSid = message.sid;
                m_polls = 0;
                showTestMessage(message);
                if (!message.isFinal())
                    m_pollTimer->start();
            });
    });
}

void DestinationsPage::setDispatcher(DispatcherThread *dispatcher)
{
    m_dispatcher = dispatcher;
    connect(dispatcher, &DispatcherThread::jobChanged, this, [this](qint64 jobId) {
        if (m_testJobId && (jobId == m_testJobId || jobId == 0))
            showTestJob(m_testJobId);
    });
    connect(dispatcher, &DispatcherThread::jobBlocked, this, [this](qint64 jobId, const QString &reason) {
        if (jobId == m_testJobId)
            m_testStatus->setText(tr("Test job %1 was not sent: %2").arg(jobId).arg(reason));
    });
}

bool DestinationsPage::sendTestAsJob(const MessagePreview &preview, const QJsonObject &lead)
{
    // A job needs a saved destination; unsaved edits would make the job send something else than shown.
    if (!m_dispatcher || !m_dispatcher->isRunning() || m_editor->isNew() || m_editor->isDirty())
        return false;
    QString error;
    const qint64 id = m_workspace.jobs()->enqueue(m_editor->savedDestination(), lead, preview, true, &error);
    if (!id) {
        m_testStatus->setText(tr("Not sent: %1").arg(error));
        return true;
    }
    m_testJobId = id;
    m_pollTimer->stop();
    showTestJob(id);
    m_dispatcher->sendNow(id);
    return true;
}

void DestinationsPage::showTestJob(qint64 jobId)
{
    const auto job = m_workspace.jobs()->job(jobId);
    if (!job)
        return;
    QString text = tr("Test job %1 to %2: %3").arg(jobId).arg(job->to, jobStateLabel(job->state));
    if (!job->twilioSid.isEmpty())
        text += QStringLiteral(" (%1, %2)").arg(job->twilioSid, job->twilioStatus);
    if (job->state == JobState::Delivered)
        text += QStringLiteral(" ✓");
    if (job->errorCode) {
        text += QLatin1Char('\n') + TwilioErrorCatalog::lookup(job->errorCode, job->errorMessage).summary();
    } else if (!job->errorMessage.isEmpty() && isFinal(job->state)) {
        text += QLatin1Char('\n') + job->errorMessage;
    }
    m_testStatus->setText(text);
}

void DestinationsPage::pollTestMessage()
{
    if (!m_testCredentials || m_testSid.isEmpty() || ++m_polls > kMaxPolls) {
        m_pollTimer->stop();
        return;
    }
    m_workspace.twilio().fetchMessage(*m_testCredentials, m_testSid, this,
                                      [this](const TwilioResult &result) {
                                          if (!result.ok())
                                              return; // a failed poll is tried again at the next tick
                                          const TwilioMessage message = TwilioMessage::fromJson(result.body);
                                          showTestMessage(message);
                                          if (message.isFinal())
                                              m_pollTimer->stop();
                                      });
}

void DestinationsPage::showTestMessage(const TwilioMessage &message)
{
    QString text = tr("Test message %1 to %2: %3").arg(message.sid, message.to, message.status);
    if (message.status == QLatin1String("delivered"))
        text += QStringLiteral(" ✓");
    if (message.errorCode) {
        text +=
            QLatin1Char('\n') + TwilioErrorCatalog::lookup(message.errorCode, message.errorMessage).summary();
    }
    m_testStatus->setText(text);
}

} // namespace LeadRails
