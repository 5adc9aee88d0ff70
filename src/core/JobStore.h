#pragma once

#include "Job.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace LeadRails {

class Database;
struct Destination;
class JobStoreCache;
struct MessagePreview;

// Durable jobs, attempts, alerts and the suppression list, in the profile's database. Every method is one
// transaction: a crash between two calls leaves the database consistent. Use from the thread that opened
// the Database; the dispatcher opens its own Database on its own thread.
class JobStore : public QObject
{
    Q_OBJECT

public:
    explicit JobStore(Database &database, QString osUser = {}, QObject *parent = nullptr);
    ~JobStore() override;

    // Above this many jobs matching the search text (50,000), a page walks the creation-order index past
    // the jobs that do not match instead of looking up every match: both give the same rows, at different
    // costs. Tests lower it to run the walk on a small database.
    void setSearchWalkThreshold(qint64 matches);

    // --- creating jobs ---
    // A job for a rendered, sendable message. Lands in "queued", or straight in "suppressed" when the
    // recipient is on the suppression list. Returns the id, or 0 and *error.
    qint64 enqueue(const Destination &destination, const QJsonObject &lead, const MessagePreview &preview,
                   bool test, QString *error = nullptr);
    // Many at once, in one transaction (bulk imports, benchmarks). Returns how many were stored.
    int enqueueMany(const Destination &destination, const QList<QJsonObject> &leads,
                    const QList<MessagePreview> &previews, QString *error = nullptr);

    // --- reading ---
    std::optional<Job> job(qint64 id, QString *error = nullptr) const;
    QList<JobAttempt> attempts(qint64 jobId) const;
    // In filter.order. Pages are index walks, so the last page of a million costs about what the first does
    // (a free-text search aside: it reads the rows it skips).
    QList<Job> jobs(const JobFilter &filter, int limit, int offset = 0, QString *error = nullptr) const;
    int count(const JobFilter &filter) const;
    // Where the job is in jobs(filter, ...) (0 first), or -1 when the filter does not show it. Counts, never
    // reads the rows before it: fast anywhere in a million.
    int rowOf(const JobFilter &filter, qint64 jobId) const;
    // Jobs not final, per state (for the status bar and `run --until-idle`).
    int pendingCount() const;
    // Every state with its number of jobs, without scanning the table (kept by triggers).
    QMap<JobState, int> stateCounts() const;

    // --- the dispatcher's steps (each a transaction, committed before anything leaves the machine) ---
    // The oldest due job of a destination (queued, or retry-wait whose time has come) moved to "sending",
    // attempts + 1, sentAt = now. Nothing when none is due.
    std::optional<Job> claimNextDue(const QString &destinationId, const QDateTime &now);
    // Destination ids with at least one due job.
    QStringList destinationsWithDueJobs(const QDateTime &now) const;
    // The earliest time any queued/retry-wait job becomes due (to sleep until then).
    std::optional<QDateTime> nextDueTime() const;
    // Records the HTTP try and moves the job by event, with the fields the event brings.
    struct Outcome
    {
        JobEvent event = JobEvent::Accepted;
        QString twilioSid;
        QString twilioStatus;
        int errorCode = 0;
        QString errorMessage;
        QString category;
        QDateTime nextAttemptAt; // RetryLater
        QDateTime nextPollAt;    // Accepted / StatusUpdate
    };
    bool recordAttempt(qint64 jobId, const JobAttempt &attempt, const Outcome &outcome,
                       QString *error = nullptr);
    // Applies an event without an HTTP try (polling, reconcile, crash recovery, manual actions).
    bool apply(qint64 jobId, const Outcome &outcome, QString *error = nullptr);
    // Start-up: every job found in "sending" becomes "unknown". Returns how many.
    int recoverInterrupted(QString *error = nullptr);
    QList<Job> jobsInState(JobState state, int limit = 1000) const;
    // Accepted jobs whose nextPollAt has come, oldest first.
    QList<Job> duePolls(const QDateTime &now, int limit) const;
    std::optional<QDateTime> nextPollTime() const;

    // --- manual operations, each audited ---
    bool retry(qint64 jobId, QString *error = nullptr);    // failed/dead/undelivered → queued
    qint64 replay(qint64 jobId, QString *error = nullptr); // a new queued job from the same lead and text
    bool cancel(qint64 jobId, QString *error = nullptr);   // queued/retry-wait → canceled
    // Many at once (the Jobs view's selection, `jobs retry ID...`), in one transaction: every job whose
    // state allows it moves and is audited as retry() / cancel() do (one entry each); the others are
    // skipped and counted by why, never an error. When a write fails nothing changes: nothing is returned
    // and *error says why. One jobChanged for them all.
    struct BulkResult
    {
        QList<qint64> changed;              // in the order asked
        QMap<JobState, int> skippedByState; // their state does not allow it
        int skippedWithoutDestination = 0;  // retry: the destination was removed
        int notFound = 0;
        QString summary; // one line for the user: "Retried 12 jobs; 3 skipped (delivered)."
        int skipped() const;
    };
    std::optional<BulkResult> retryMany(const QList<qint64> &jobIds, QString *error = nullptr);
    std::optional<BulkResult> cancelMany(const QList<qint64> &jobIds, QString *error = nullptr);

    // --- suppression list ---
    bool isSuppressed(const QString &number) const;
    bool suppress(const QString &number, const QString &reason, const QString &source,
                  QString *error = nullptr);
    bool unsuppress(const QString &number, QString *error = nullptr);
    QList<Suppression> suppressions() const;
    // The E.164 form of a number for the suppression list, or nothing and *error saying what is wrong. The
    // input must be written with + and the country code.
    static std::optional<QString> suppressionNumber(const QString &input, QString *error = nullptr);

    // --- alerts ---
    // Raises an alert, or folds it into the open one with the same destination and code (count + 1,
    // lastSeen, latest message and job).
    qint64 raiseAlert(Alert::Severity severity, const QString &destinationId, qint64 jobId,
                      const QString &code, const QString &message);
    QList<Alert> alerts(bool includeAcknowledged = true) const;
    bool acknowledge(qint64 alertId, QString *error = nullptr);
    int unacknowledgedAlertCount() const;
    // "info" / "warning" / "error", as stored and shown by the CLI.
    static QString alertSeverityId(Alert::Severity severity);
    static std::optional<Alert::Severity> alertSeverityFromId(const QString &id);

    // --- added for the dispatcher (implemented in JobStoreExtras.cpp) ---
    // Polling gave up (no final status in time, or Twilio no longer answers for the message): the job
    // stays accepted with the note as its message and no next poll, so it no longer keeps `run
    // --until-idle` busy.
    bool stopPolling(qint64 jobId, const QString &note, QString *error = nullptr);

    // --- the Jobs chart (JobStoreStats.cpp) ---
    // One entry per local day from firstDay to lastDay, oldest first, zeros included (see DailyJobCounts for
    // what counts as sent, delivered and failed). Reads the hourly counts the triggers keep, never the jobs,
    // so it costs the same at a million jobs. Every destination when destinationId is empty. Empty on a
    // database error or when lastDay is before firstDay.
    QList<DailyJobCounts> dailyCounts(const QDate &firstDay, const QDate &lastDay,
                                      const QString &destinationId = {},
                                      const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

Q_SIGNALS:
    // Something changed (for views to refresh); jobId 0 when many did.
    void jobChanged(qint64 jobId);
    void alertsChanged();
    void suppressionsChanged();

private:
    bool applyOutcome(qint64 jobId, const Outcome &outcome, const JobAttempt *attempt, QString *error);
    // Moves the job by the event inside the caller's transaction.
    bool moveJob(qint64 jobId, const Outcome &outcome, const QDateTime &now, bool *suppressionAdded,
                 QString *error);
    // A manual retry or cancel of a job its state allows it for, with its audit entry, inside the caller's
    // transaction. batchSize > 0 notes in the entry how many were changed together.
    bool manualStep(const Job &current, JobEvent event, int batchSize, QString *error);
    std::optional<BulkResult> manualSteps(const QList<qint64> &jobIds, JobEvent event, QString *error);

    Database &m_database;
    QString m_osUser;
    // Prepared statements and search counts kept between calls (JobStore.cpp).
    std::unique_ptr<JobStoreCache> m_cache;
};

} // namespace LeadRails
