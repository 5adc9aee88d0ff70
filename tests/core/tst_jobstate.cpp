#include "JobState.h"

#include <QSet>
#include <QTest>

#include <map>
#include <optional>
#include <utility>

using namespace LeadRails;

Q_DECLARE_METATYPE(LeadRails::JobState)
Q_DECLARE_METATYPE(LeadRails::JobEvent)
Q_DECLARE_METATYPE(std::optional<LeadRails::JobState>)

namespace {

using S = JobState;
using E = JobEvent;

constexpr int kStates = int(S::Unknown) + 1;
constexpr int kEvents = int(E::Requeue) + 1;

const char *name(S state)
{
    static const char *names[] = {"queued",     "sending", "accepted",   "delivered", "undelivered", "failed",
                                  "retry_wait", "dead",    "suppressed", "canceled",  "unknown"};
    return names[int(state)];
}

const char *name(E event)
{
    static const char *names[] = {"claim",
                                  "accepted",
                                  "status_update",
                                  "delivered",
                                  "undelivered",
                                  "delivery_failed",
                                  "permanent_failure",
                                  "retry_later",
                                  "retry_budget_spent",
                                  "unsubscribed",
                                  "outcome_unknown",
                                  "crash_recovered",
                                  "reconcile_found",
                                  "reconcile_not_found",
                                  "cancel",
                                  "manual_retry",
                                  "requeue"};
    return names[int(event)];
}

// The state machine as issue 6 describes it, written out independently of JobState.cpp: every pair not
// listed here must be refused.
const std::map<std::pair<S, E>, S> &allowed()
{
    static const std::map<std::pair<S, E>, S> table = {
        {{S::Queued, E::Claim}, S::Sending},
        {{S::Queued, E::Unsubscribed}, S::Suppressed},
        {{S::Queued, E::Cancel}, S::Canceled},
        {{S::RetryWait, E::Claim}, S::Sending},
        {{S::RetryWait, E::Unsubscribed}, S::Suppressed},
        {{S::RetryWait, E::Cancel}, S::Canceled},
        {{S::Sending, E::Accepted}, S::Accepted},
        {{S::Sending, E::PermanentFailure}, S::Failed},
        {{S::Sending, E::RetryLater}, S::RetryWait},
        {{S::Sending, E::RetryBudgetSpent}, S::Dead},
        {{S::Sending, E::Unsubscribed}, S::Suppressed},
        {{S::Sending, E::OutcomeUnknown}, S::Unknown},
        {{S::Sending, E::CrashRecovered}, S::Unknown},
        {{S::Sending, E::Requeue}, S::Queued},
        {{S::Accepted, E::StatusUpdate}, S::Accepted},
        {{S::Accepted, E::Delivered}, S::Delivered},
        {{S::Accepted, E::Undelivered}, S::Undelivered},
        {{S::Accepted, E::DeliveryFailed}, S::Failed},
        {{S::Unknown, E::ReconcileFound}, S::Accepted},
        {{S::Unknown, E::ReconcileNotFound}, S::Queued},
        {{S::Failed, E::ManualRetry}, S::Queued},
        {{S::Dead, E::ManualRetry}, S::Queued},
        {{S::Undelivered, E::ManualRetry}, S::Queued},
    };
    return table;
}

} // namespace

class tst_JobState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFollowTheTableForEveryStateAndEvent_data();
    void shouldFollowTheTableForEveryStateAndEvent();
    void shouldLeaveFinalStatesOnlyByManualRetry();
    void shouldReachEveryStateFromQueued();
    void shouldTellFinalStates_data();
    void shouldTellFinalStates();
    void shouldRoundTripStateIds();
    void shouldRefuseUnknownStateIds_data();
    void shouldRefuseUnknownStateIds();
    void shouldLabelEveryStateDistinctly();
};

void tst_JobState::shouldFollowTheTableForEveryStateAndEvent_data()
{
    QTest::addColumn<JobState>("from");
    QTest::addColumn<JobEvent>("event");
    QTest::addColumn<std::optional<JobState>>("expected");
    // The whole cross product: 11 states × 17 events.
    for (int s = 0; s < kStates; ++s) {
        for (int e = 0; e < kEvents; ++e) {
            const S from = S(s);
            const E event = E(e);
            const auto it = allowed().find({from, event});
            const std::optional<S> expected =
                it == allowed().end() ? std::nullopt : std::optional<S>(it->second);
            QTest::addRow("%s + %s -> %s", name(from), name(event), expected ? name(*expected) : "refused")
                << from << event << expected;
        }
    }
}

void tst_JobState::shouldFollowTheTableForEveryStateAndEvent()
{
    QFETCH(JobState, from);
    QFETCH(JobEvent, event);
    QFETCH(std::optional<JobState>, expected);
    QCOMPARE(transition(from, event), expected);
}

void tst_JobState::shouldLeaveFinalStatesOnlyByManualRetry()
{
    for (int s = 0; s < kStates; ++s) {
        if (!isFinal(S(s)))
            continue;
        for (int e = 0; e < kEvents; ++e) {
            if (const auto to = transition(S(s), E(e))) {
                QCOMPARE(E(e), E::ManualRetry);
                QCOMPARE(*to, S::Queued);
            }
        }
    }
}

void tst_JobState::shouldReachEveryStateFromQueued()
{
    QSet<int> reached{int(S::Queued)};
    QList<S> frontier{S::Queued};
    while (!frontier.isEmpty()) {
        const S from = frontier.takeFirst();
        for (int e = 0; e < kEvents; ++e) {
            const auto to = transition(from, E(e));
            if (to && !reached.contains(int(*to))) {
                reached.insert(int(*to));
                frontier.append(*to);
            }
        }
    }
    QCOMPARE(reached.size(), kStates);
}

void tst_JobState::shouldTellFinalStates_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<bool>("final");
    QTest::newRow("queued") << S::Queued << false;
    QTest::newRow("sending") << S::Sending << false;
    QTest::newRow("accepted") << S::Accepted << false;
    QTest::newRow("delivered") << S::Delivered << true;
    QTest::newRow("undelivered") << S::Undelivered << true;
    QTest::newRow("failed") << S::Failed << true;
    QTest::newRow("retry_wait") << S::RetryWait << false;
    QTest::newRow("dead") << S::Dead << true;
    QTest::newRow("suppressed") << S::Suppressed << true;
    QTest::newRow("canceled") << S::Canceled << true;
    QTest::newRow("unknown") << S::Unknown << false;
}

void tst_JobState::shouldTellFinalStates()
{
    QFETCH(JobState, state);
    QFETCH(bool, final);
    QCOMPARE(isFinal(state), final);
}

void tst_JobState::shouldRoundTripStateIds()
{
    QSet<QString> ids;
    for (int s = 0; s < kStates; ++s) {
        const QString id = jobStateId(S(s));
        QCOMPARE(id, QLatin1String(name(S(s))));
        QCOMPARE(jobStateFromId(id), std::optional<S>(S(s)));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), kStates);
}

void tst_JobState::shouldRefuseUnknownStateIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("label, not id") << QStringLiteral("Queued");
    QTest::newRow("dash instead of underscore") << QStringLiteral("retry-wait");
    QTest::newRow("padded") << QStringLiteral(" queued");
    QTest::newRow("made up") << QStringLiteral("sent");
}

void tst_JobState::shouldRefuseUnknownStateIds()
{
    QFETCH(QString, id);
    QVERIFY(!jobStateFromId(id));
}

void tst_JobState::shouldLabelEveryStateDistinctly()
{
    QSet<QString> labels;
    for (int s = 0; s < kStates; ++s) {
        const QString label = jobStateLabel(S(s));
        QVERIFY2(!label.isEmpty(), name(S(s)));
        labels.insert(label);
    }
    QCOMPARE(labels.size(), kStates);
}

QTEST_GUILESS_MAIN(tst_JobState)
#include "tst_jobstate.moc"
