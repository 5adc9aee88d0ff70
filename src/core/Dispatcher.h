#pragma once

#include "Destination.h"
#include "DispatcherSettings.h"
#include "Job.h"
#include "JobStore.h"
#include "TwilioClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace LeadRails {

class Database;
class DestinationStore;

// Sends due jobs to Twilio, reconciles the ones whose outcome is unknown, and polls accepted ones for their
// delivery status, all on the thread it lives on (its event loop; nothing blocks). The collaborators must
// live on that thread too: the GUI builds them all in a worker thread through DispatcherHost.
//
// Per destination a pace limit (ratePerSecond, a token bucket holding one token); per Twilio account a cap
// on requests in flight; retries with exponential backoff and full jitter, never earlier than a
// Retry-After. What happens after an answer is decided by its OutcomeCategory (see onSendFinished()).
// Crash safety comes from the store: a job is committed as "sending" before its request leaves, and
// start() turns whatever is still "sending" into "unknown", which is reconciled against Twilio's message
// list before anything is sent again.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    Dispatcher(Database &database, JobStore &jobs, DestinationStore &destinations, TwilioClient &twilio,
               const DispatcherSettings &settings, QObject *parent = nullptr);
    ~Dispatcher() override;

    const DispatcherSettings &settings() const { return m_settings; }

    // Recovers jobs a crash left in "sending", then sends, reconciles and polls until stop().
    void start();
    // Starts no new request and emits stopped() once the ones in flight have answered. A process that
    // ends before that leaves its create requests in "sending", recovered at the next start().
    void stop();
    bool isRunning() const { return m_running; }
    // Started, and nothing is left that could move without the user: nothing queued or waiting to retry,
    // no outcome to reconcile, no delivery status to poll, except for destinations that are paused,
    // disabled or whose secret cannot be read.
    bool isIdle() const { return m_idle; }
    int requestsInFlight() const { return m_inFlight; }

    // Sends this queued job as soon as its destination's pace and its account's cap allow, whether or not
    // the dispatcher is started, without touching any other job (Send Test). attemptFinished() tells the
    // answer; jobBlocked() that it cannot be sent now (destination paused, disabled, secret unreadable).
    void sendNow(qint64 jobId);

    // The pause reason the breaker writes when Twilio refuses a destination's credentials. A destination
    // paused with it resumes by itself once its secret is replaced.
    static QString breakerReason();

public Q_SLOTS:
    // Something changed elsewhere (jobs enqueued, a destination edited, resumed or given a new secret):
    // look again now instead of at the next refresh.
    void wake();

Q_SIGNALS:
    void jobChanged(qint64 jobId); // 0 when many changed
    // Jobs queued, waiting to retry, being sent or being reconciled.
    void queueDepthChanged(int depth);
    void destinationPaused(const QString &destinationId, const QString &reason);
    void destinationResumed(const QString &destinationId);
    // One create request answered (or failed to), after the job was updated.
    void attemptFinished(qint64 jobId, const LeadRails::TwilioResult &result);
    // A sendNow() job that cannot be sent now.
    void jobBlocked(qint64 jobId, const QString &reason);
    void idle();
    void stopped();

private:
    struct DestinationState
    {
        Destination destination;
        enum class Secret { Missing, Loading, Ready, Failed } secretState = Secret::Missing;
        QString secret; // in memory only
        int secretGeneration = 0;
        qint64 secretRetryAtMs = 0; // m_clock time
        QString secretProblem;
        qint64 nextSlotNs = -1; // the pace: when the next create may leave (m_clock time)
        qint64 holdUntilNs = 0; // a Retry-After for the whole destination
        bool breakerChecked = false;
    };

    void schedule();
    void pass();
    void refreshDestinations();
    DestinationState *stateFor(const QString &destinationId);
    bool isBlocked(const DestinationState &state) const;
    QString blockedReason(const DestinationState &state) const;
    // Ready to send with: enabled, not paused, secret in memory. Starts reading the secret when needed.
    bool ensureReady(DestinationState &state);
    void loadSecret(const QString &destinationId);
    bool secretReplacedSincePause(const QString &destinationId) const;
    TwilioCredentials credentials(const DestinationState &state) const;

    bool hasCapacity(const QString &accountSid) const;
    void acquire(const QString &accountSid);
    void release(const QString &accountSid);
    bool paceAllows(const DestinationState &state, qint64 *wakeMs) const;
    void consumePace(DestinationState &state);

    void sendPass(const QDateTime &now, qint64 *wakeMs);
    void send(const Job &job, DestinationState &state, bool checkSuppression);
    void onSendFinished(const Job &job, const QString &destinationId, const TwilioResult &result);
    QDateTime retryTime(const Job &job, const TwilioResult &result, const QDateTime &now) const;

    void reconcilePass(const QDateTime &now, qint64 *wakeMs);
    void reconcile(const Job &job, DestinationState &state);
    void onReconcileFinished(const Job &job, const QString &destinationId, const TwilioResult &result,
                             const QList<TwilioMessage> &messages);
    bool ownedByAnotherJob(const QString &sid, qint64 jobId) const;

    void pollPass(const QDateTime &now, qint64 *wakeMs);
    void poll(const Job &job, DestinationState &state);
    // A poll was scheduled for `when` (invalid: as soon as possible).
    void notePollAt(const QDateTime &when);
    void onPollFinished(const Job &job, const QString &destinationId, const TwilioResult &result);
    void stopPolling(const Job &job, const JobStore::Outcome &last, const QString &note);
    static QString duration(double seconds);
    // When to poll next, counted from sentAt along the schedule; invalid once polling should stop.
    QDateTime nextPollAt(const QDateTime &sentAt, const QDateTime &now) const;

    void openBreaker(const QString &destinationId, qint64 jobId, const TwilioResult &result);
    void alert(Alert::Severity severity, const QString &destinationId, qint64 jobId, const QString &code,
               const QString &message);
    void updateDepth(bool force);
    void finishStop();

    Database &m_database;
    JobStore &m_jobs;
    DestinationStore &m_destinationStore;
    TwilioClient &m_twilio;
    DispatcherSettings m_settings;

    QHash<QString, DestinationState> m_destinations;
    QHash<QString, int> m_inFlightPerAccount;
    int m_inFlight = 0;
    QSet<qint64> m_busyJobs;                    // a poll or a reconcile is in flight for these
    QHash<qint64, qint64> m_reconcileRetryAtMs; // m_clock time
    QSet<qint64> m_sendNow;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_lastRefreshMs = -1;
    qint64 m_lastDepthMs = -1;
    int m_lastDepth = -1;
    int m_roundRobin = 0;
    bool m_running = false;
    bool m_stopping = false;
    bool m_passQueued = false;
    bool m_idle = false;
    bool m_refreshWanted = true;
    bool m_refreshedInPass = false;
    // What the last pass saw, for isIdle().
    bool m_sawWork = false;
    // When the unknown and the accepted jobs need looking at again (m_clock time), and whether the last
    // look found any that will move without the user.
    qint64 m_lastScanMs = -1;
    qint64 m_reconcileCheckAtMs = 0;
    qint64 m_pollCheckAtMs = 0;
    bool m_unknownWork = false;
    bool m_pollWork = false;
};

} // namespace LeadRails
