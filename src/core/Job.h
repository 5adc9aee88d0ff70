#pragma once

#include "JobState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace LeadRails {

// One send: a lead rendered for a destination, and everything that happened to it.
struct Job
{
    qint64 id = 0;
    QString destinationId;   // empty once the destination was removed (its finished jobs stay)
    QString destinationName; // read: the destination's current name, or its last one when it was removed
    QJsonObject lead;        // the lead as received: nothing a user sent is ever lost
    QString to;              // rendered recipient, E.164
    QString body;            // rendered body, exactly as sent
    int segments = 0;
    QString encoding; // "GSM-7" / "UCS-2"
    JobState state = JobState::Queued;
    int attempts = 0;        // HTTP tries made to create the message
    QDateTime nextAttemptAt; // retry-wait: when; queued: when it may go (now)
    QString twilioSid;
    QString twilioStatus;
    int errorCode = 0;
    QString errorMessage;
    QString category;    // categoryId() of the last outcome
    bool test = false;   // Send Test
    qint64 replayOf = 0; // the job this one replays
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt; // when the create request last left (for reconciling)
    QDateTime finalAt;
    QDateTime nextPollAt; // accepted: when to ask Twilio again
    int polls = 0;
};

// Whether the job can go out again at all (retried or replayed): removing a destination keeps its jobs'
// history, but nothing can send them any more.
inline bool hasDestination(const Job &job)
{
    return !job.destinationId.isEmpty();
}
// What a person can do to a job by hand (Retry, Cancel; one job or a selection).
inline bool canRetryByHand(const Job &job)
{
    return transition(job.state, JobEvent::ManualRetry).has_value() && hasDestination(job);
}
// Replay queues a copy: only of a job that has finished, or the person would be texted twice.
inline bool canReplayByHand(const Job &job)
{
    return isFinal(job.state) && hasDestination(job);
}
inline bool canCancelByHand(const Job &job)
{
    return transition(job.state, JobEvent::Cancel).has_value();
}

// One HTTP try to create the message.
struct JobAttempt
{
    qint64 id = 0;
    qint64 jobId = 0;
    QDateTime at;
    qint64 durationMs = 0;
    int httpStatus = 0; // 0: no HTTP answer
    int twilioCode = 0;
    QString outcome; // categoryId()
    QString message; // redacted
};

struct Alert
{
    enum class Severity { Info, Warning, Error };
    qint64 id = 0;
    Severity severity = Severity::Warning;
    QString destinationId;
    qint64 jobId = 0; // the latest job it concerns, 0 when none
    QString code;     // "authentication_failed", "destination_config_failed", "delivery_failed"…
    QString message;  // translated, says what to do
    QDateTime firstSeen;
    QDateTime lastSeen;
    int count = 1; // repeats fold into one alert
    bool acknowledged = false;
};

struct Suppression
{
    QString number; // E.164
    QString reason;
    QString source; // "twilio_21610" or "manual"
    QDateTime at;
};

// The order of the jobs list. Equal creation times fall back to the id, so every order is total and pages
// never overlap.
enum class JobOrder {
    NewestFirst,
    OldestFirst,
    StatusThenNewest,         // jobStatesInLifecycleOrder(), newest first within a status
    StatusReversedThenNewest, // the statuses backwards, still newest first within each
};

// What the jobs list shows; every field optional.
struct JobFilter
{
    QList<JobState> states;
    QString destinationId;
    QDateTime from;
    QDateTime to;
    QString text; // matches recipient, body or SID
    bool onlyTest = false;
    JobOrder order = JobOrder::NewestFirst; // JobStore::count() ignores it

    friend bool operator==(const JobFilter &, const JobFilter &) = default;
};

// The jobs created on one local day, by what became of them (JobStore::dailyCounts, the Jobs chart). A job
// counts on the day it was created, in the state it is in now:
//   sent      Twilio took it: accepted (delivery not yet known), delivered, undelivered
//   delivered delivered
//   failed    it did not reach the phone: failed, undelivered, dead (the retry budget ran out)
// Undelivered is both sent and failed. Waiting (queued, sending, retry-wait), unknown, suppressed and
// canceled jobs are in none: they neither reached Twilio nor failed. A job Twilio accepted and then reported
// failed (30008) is "failed" only, since its state does not say Twilio had taken it.
struct DailyJobCounts
{
    QDate day;
    int sent = 0;
    int delivered = 0;
    int failed = 0;

    friend bool operator==(const DailyJobCounts &, const DailyJobCounts &) = default;
};

} // namespace LeadRails
