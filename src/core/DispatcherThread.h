#pragma once

#include "DispatcherHost.h"

#include <QObject>
#include <QThread>

namespace LeadRails {

// The dispatcher and poller running on their own thread while the app is open, so sending, retrying and
// polling never touch the GUI thread. Re-emits the dispatcher's signals on the owner's thread.
class DispatcherThread : public QObject
{
    Q_OBJECT

public:
    explicit DispatcherThread(DispatcherHost::Config config, QObject *parent = nullptr);
    ~DispatcherThread() override;

    // Starts the thread and the dispatcher; started() or failed() follows.
    void start();
    bool isRunning() const { return m_host != nullptr; }
    // Asks the dispatcher to look at the queue now (after an enqueue, a retry, a resume).
    void wake();
    // Sends this job now (Send Test), whatever else is queued.
    void sendNow(qint64 jobId);

Q_SIGNALS:
    void started();
    void failed(const QString &error);
    void jobChanged(qint64 jobId);
    void queueDepthChanged(int depth);
    void destinationPaused(const QString &destinationId, const QString &reason);
    void destinationResumed(const QString &destinationId);
    void jobBlocked(qint64 jobId, const QString &reason);

private:
    DispatcherHost::Config m_config;
    QThread m_thread;
    DispatcherHost *m_host = nullptr;
};

} // namespace LeadRails
