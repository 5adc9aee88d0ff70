#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace LeadRails {

// Every state a send can be in. The only way between them is transition() below: one table, one place.
//
//   queued ──claim──▶ sending ──accepted──▶ accepted ──delivered/undelivered/failed──▶ (final)
//     ▲                 │  │  └─retry later──▶ retry-wait ──claim──▶ sending
//     │                 │  └─outcome unknown──▶ unknown ──reconcile found──▶ accepted
//     └─reconcile not found / manual retry ◀─────┘
//   sending ──permanent──▶ failed · budget spent──▶ dead · 21610──▶ suppressed
//   queued / retry-wait ──cancel──▶ canceled ; queued ──suppressed number──▶ suppressed
enum class JobState {
    Queued,      // waiting to be sent
    Sending,     // claimed; committed before the request leaves, so a crash here is found on restart
    Accepted,    // Twilio took it (queued/accepted/sending/sent at Twilio); delivery status being polled
    Delivered,   // final
    Undelivered, // final: the carrier could not deliver it (30xxx)
    Failed,      // final: Twilio refused it permanently, or delivery failed
    RetryWait,   // a retryable failure; waits for nextAttemptAt
    Dead,        // final: the retry budget is spent (the dead-letter queue)
    Suppressed,  // final: the recipient opted out (STOP); never sent
    Canceled,    // final: canceled by the user before it was sent
    Unknown,     // the request may have reached Twilio: reconciled before anything is resent
};

enum class JobEvent {
    Claim,             // the dispatcher takes a due job (queued, or retry-wait whose time has come)
    Accepted,          // Twilio answered with a message SID
    StatusUpdate,      // polling saw a non-final Twilio status (stays accepted)
    Delivered,         // polling saw delivered
    Undelivered,       // polling saw undelivered
    DeliveryFailed,    // polling saw failed
    PermanentFailure,  // Twilio refused it for good (config or recipient)
    RetryLater,        // transient or rate limited, budget left
    RetryBudgetSpent,  // transient or rate limited, no budget left
    Unsubscribed,      // 21610, or the number is on the suppression list
    OutcomeUnknown,    // timeout or connection lost after the request went out
    CrashRecovered,    // found in "sending" at start-up
    ReconcileFound,    // Twilio has it: carry on with its SID
    ReconcileNotFound, // Twilio does not have it: safe to send again
    Cancel,            // the user cancels
    ManualRetry,       // the user retries a failed or dead job
    Requeue,           // the destination was paused while the job was claimed: back to the queue
};

// The state after event, or nothing when the event is not allowed in that state.
std::optional<JobState> transition(JobState from, JobEvent event);

bool isFinal(JobState state);
// Stable ids for the database, JSON and the CLI: "queued", "sending", "accepted", "delivered", "undelivered",
// "failed", "retry_wait", "dead", "suppressed", "canceled", "unknown".
QString jobStateId(JobState state);
std::optional<JobState> jobStateFromId(const QString &id);
// Translated label for the GUI: "Queued", "Waiting to retry"…
QString jobStateLabel(JobState state);
// Every state in the order a job's life reads: waiting and in flight first (queued, sending, retry-wait,
// unknown, accepted), then delivered, then the ways a job ends without delivery (undelivered, failed, dead,
// suppressed, canceled). Sorting by status follows it.
QList<JobState> jobStatesInLifecycleOrder();

} // namespace LeadRails
