#include "JobState.h"

#include <QCoreApplication>

#include <array>

namespace LeadRails {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::JobState)
};

struct Rule
{
    JobState from;
    JobEvent event;
    JobState to;
};

using S = JobState;
using E = JobEvent;

// The whole state machine. Anything not listed is refused.
constexpr std::array kRules = {
    Rule{S::Queued, E::Claim, S::Sending},
    Rule{S::RetryWait, E::Claim, S::Sending},
    Rule{S::Sending, E::Accepted, S::Accepted},
    Rule{S::Sending, E::PermanentFailure, S::Failed},
    Rule{S::Sending, E::RetryLater, S::RetryWait},
    Rule{S::Sending, E::RetryBudgetSpent, S::Dead},
    Rule{S::Sending, E::Unsubscribed, S::Suppressed},
    Rule{S::Sending, E::OutcomeUnknown, S::Unknown},
    Rule{S::Sending, E::CrashRecovered, S::Unknown},
    Rule{S::Sending, E::Requeue, S::Queued},
    Rule{S::Accepted, E::StatusUpdate, S::Accepted},
    Rule{S::Accepted, E::Delivered, S::Delivered},
    Rule{S::Accepted, E::Undelivered, S::Undelivered},
    Rule{S::Accepted, E::DeliveryFailed, S::Failed},
    Rule{S::Unknown, E::ReconcileFound, S::Accepted},
    Rule{S::Unknown, E::ReconcileNotFound, S::Queued},
    Rule{S::Queued, E::Unsubscribed, S::Suppressed},
    Rule{S::RetryWait, E::Unsubscribed, S::Suppressed},
    Rule{S::Queued, E::Cancel, S::Canceled},
    Rule{S::RetryWait, E::Cancel, S::Canceled},
    Rule{S::Failed, E::ManualRetry, S::Queued},
    Rule{S::Dead, E::ManualRetry, S::Queued},
    Rule{S::Undelivered, E::ManualRetry, S::Queued},
};

constexpr std::array kLifecycleOrder = {S::Queued,   S::Sending,    S::RetryWait,   S::Unknown,
                                        S::Accepted, S::Delivered,  S::Undelivered, S::Failed,
                                        S::Dead,     S::Suppressed, S::Canceled};
static_assert(kLifecycleOrder.size() == size_t(S::Unknown) + 1, "every state has its place");

constexpr std::array kIds = {"queued",     "sending", "accepted",   "delivered", "undelivered", "failed",
                             "retry_wait", "dead",    "suppressed", "canceled",  "unknown"};

} // namespace

std::optional<JobState> transition(JobState from, JobEvent event)
{
    for (const Rule &rule : kRules) {
        if (rule.from == from && rule.event == event)
            return rule.to;
    }
    return std::nullopt;
}

bool isFinal(JobState state)
{
    switch (state) {
    case S::Delivered:
    case S::Undelivered:
    case S::Failed:
    case S::Dead:
    case S::Suppressed:
    case S::Canceled:
        return true;
    case S::Queued:
    case S::Sending:
    case S::Accepted:
    case S::RetryWait:
    case S::Unknown:
        return false;
    }
    return false;
}

QString jobStateId(JobState state)
{
    return QLatin1String(kIds[size_t(state)]);
}

std::optional<JobState> jobStateFromId(const QString &id)
{
    for (size_t i = 0; i < kIds.size(); ++i) {
        if (id == QLatin1String(kIds[i]))
            return JobState(i);
    }
    return std::nullopt;
}

QList<JobState> jobStatesInLifecycleOrder()
{
    return QList<JobState>(kLifecycleOrder.begin(), kLifecycleOrder.end());
}

QString jobStateLabel(JobState state)
{
    switch (state) {
    case S::Queued:
        return Text::tr("Queued");
    case S::Sending:
        return Text::tr("Sending");
    case S::Accepted:
        return Text::tr("Sent to Twilio");
    case S::Delivered:
        return Text::tr("Delivered");
    case S::Undelivered:
        return Text::tr("Undelivered");
    case S::Failed:
        return Text::tr("Failed");
    case S::RetryWait:
        return Text::tr("Waiting to retry");
    case S::Dead:
        return Text::tr("Gave up (dead letter)");
    case S::Suppressed:
        return Text::tr("Suppressed (opted out)");
    case S::Canceled:
        return Text::tr("Canceled");
    case S::Unknown:
        return Text::tr("Checking with Twilio");
    }
    return {};
}

} // namespace LeadRails
