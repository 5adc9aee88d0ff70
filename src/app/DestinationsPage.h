#pragma once

#include "Destination.h"
#include "JobState.h"
#include "MessagePreview.h"
#include "StartUp.h"
#include "TwilioClient.h"
#include "TwilioVerifier.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;
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
    explicit DestinationsPage(Workspace &workspace, StartUp startUp = StartUp::Complete,
                              QWidget *parent = nullptr);
    ~DestinationsPage() override;
    // Built StartUp::Deferred: finishBuilding() builds the preview and results side (buildSide(), once),
    // checks the form and renders the preview; the last two load the phone library. Anything that needs the
    // side before then builds it.
    void buildSide();
    void finishBuilding();
    bool isBuilt() const { return m_side.has_value(); }
    // Where the user put the dividers between the list, the form and the preview.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

    DestinationEditor *editor() const { return m_editor; }
    // As listed (reload()).
    int destinationCount() const { return int(m_destinations.size()); }
    // The destination in the form; empty for a new one.
    QString currentDestinationId() const;
    // Opens the destination with this id, or the first one when it is gone (or empty); the new-destination
    // form stays when there are none. Before the side is built (StartUp::Deferred) it only fills the form,
    // which finishBuilding() then checks; after, it is a click on the destination in the list.
    void openAtStart(const QString &id);
    // Null until the side is built (StartUp::Deferred: finishBuilding()).
    MessagePreviewPanel *previewPanel() const { return m_side ? m_side->preview : nullptr; }

    // Asks for the test recipient; the default shows a dialog. Tests replace it.
    using RecipientPrompt =
        std::function<std::optional<QString>(const QString &summary, const QString &last)>;
    void setRecipientPrompt(RecipientPrompt prompt) { m_prompt = std::move(prompt); }
    // Asks what to do with unsaved changes. True: go on now (nothing to save, or discarded). False: stay
    // (canceled, or the form cannot be saved); after Save also false, and `leave` runs once the save
    // succeeded, since saving goes through the keychain and finishes later.
    bool confirmLeaving(std::function<void()> leave);
    // Send Test always enqueues a durable test job and follows its row in the database, whoever sends it.
    // With this window's dispatcher running the job is sent at once and followed through its signals;
    // otherwise another process (another window, `leadrails-cli run`) picks it up from the queue.
    void setDispatcher(DispatcherThread *dispatcher);
    // The test job being followed, 0 when none.
    qint64 testJobId() const { return m_testJobId; }

public Q_SLOTS:
    // Renders the preview again (as typing does): when the phone geocoder has loaded, say.
    void updatePreview();
    void newDestination();
    void reload();

Q_SIGNALS:
    void destinationsChanged(int count);
    // The user wants to see this job in the Jobs view.
    void showJobRequested(qint64 jobId);

private:
    void showDestination(int row);
    void startVerify();
    void startSendTest();
    void withCredentials(std::function<void(const TwilioCredentials &)> use);
    void setBusy(bool busy, const QString &what);
    void enqueueTest(const MessagePreview &preview, const QJsonObject &lead);
    void showTestJob();
    void stopFollowingTest();
    // Scrolls the side pane so that the widget is on screen (the results sit below the preview).
    void reveal(QWidget *widget);

    Workspace &m_workspace;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    DestinationEditor *m_editor = nullptr;
    // The preview and what Verify and Send Test found (buildSide()). Reached through side(), which builds it
    // first, so nothing can use it unbuilt.
    struct Side
    {
        MessagePreviewPanel *preview = nullptr;
        QProgressBar *progress = nullptr;
        QLabel *activity = nullptr;
        QListWidget *results = nullptr;
        QLabel *testStatus = nullptr;
        QPushButton *showTestJob = nullptr;
    };
    Side &side();
    std::optional<Side> m_side;
    QScrollArea *m_sideScroll = nullptr;
    TwilioVerifier *m_verifier = nullptr;
    QTimer *m_followTimer = nullptr;
    RecipientPrompt m_prompt;
    QList<Destination> m_destinations;
    int m_currentRow = -1;
    QPointer<DispatcherThread> m_dispatcher;
    // A test waiting for the destination's unsaved changes to be saved before it is enqueued.
    struct PendingTest
    {
        MessagePreview preview;
        QJsonObject lead;
    };
    std::optional<PendingTest> m_pendingTest;
    // Where the user was going when they chose Save in confirmLeaving().
    std::function<void()> m_leaveAfterSave;
    qint64 m_testJobId = 0;
    QElapsedTimer m_testQueuedFor; // since the test job was enqueued
    QString m_testBlocked;         // why this window's dispatcher cannot send it now
    std::optional<JobState> m_testShownState;
};

} // namespace LeadRails
