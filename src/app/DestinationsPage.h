#pragma once

#include "Destination.h"
#include "MessagePreview.h"
#include "TwilioClient.h"
#include "TwilioVerifier.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace LeadRails {

class DestinationEditor;
class DispatcherThread;
class MessagePreviewPanel;
class Workspace;

// Destinations: the list, the editor beside its live preview, and the results of Verify and Send Test.
class DestinationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DestinationsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~DestinationsPage() override;

    DestinationEditor *editor() const { return m_editor; }
    MessagePreviewPanel *previewPanel() const { return m_preview; }

    // Asks for the test recipient; the default shows a dialog. Tests replace it.
    using RecipientPrompt =
        std::function<std::optional<QString>(const QString &summary, const QString &last)>;
    void setRecipientPrompt(RecipientPrompt prompt) { m_prompt = std::move(prompt); }
    // Asks what to do with unsaved changes: true to go on (after saving or discarding), false to stay.
    bool confirmLeaving();
    // With a running dispatcher, Send Test goes through the job path (a test job, sent now, followed live);
    // without one (another process sends for this profile) it sends and polls directly.
    void setDispatcher(DispatcherThread *dispatcher);

public Q_SLOTS:
    void newDestination();
    void reload();

Q_SIGNALS:
    void destinationsChanged(int count);

private:
    void showDestination(int row);
    void updatePreview();
    void startVerify();
    void startSendTest();
    void withCredentials(std::function<void(const TwilioCredentials &)> use);
    void pollTestMessage();
    void showTestMessage(const TwilioMessage &message);
    void setBusy(bool busy, const QString &what);
    bool sendTestAsJob(const MessagePreview &preview, const QJsonObject &lead);
    void showTestJob(qint64 jobId);

    Workspace &m_workspace;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    DestinationEditor *m_editor = nullptr;
    MessagePreviewPanel *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_activity = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_testStatus = nullptr;
    TwilioVerifier *m_verifier = nullptr;
    QTimer *m_pollTimer = nullptr;
    RecipientPrompt m_prompt;
    QList<Destination> m_destinations;
    std::optional<TwilioCredentials> m_testCredentials;
    QString m_testSid;
    int m_polls = 0;
    int m_currentRow = -1;
    QPointer<DispatcherThread> m_dispatcher;
    qint64 m_testJobId = 0;
};

} // namespace LeadRails
