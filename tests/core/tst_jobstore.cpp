#include "Database.h"
#include "DestinationStore.h"
#include "DevSeed.h"
#include "JobStore.h"
#include "JobStoreFixture.h"
#include "MemorySecretStore.h"
#include "MessagePreview.h"
#include "PhoneNumbers.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace LeadRails;
using LeadRails::Testing::MemorySecretStore;
using Outcome = JobStore::Outcome;

Q_DECLARE_METATYPE(LeadRails::JobFilter)

namespace {

const QString kBody = QStringLiteral("Hi {{first_name}}! Reply STOP to opt out, HELP for help.");
const QString kAda = QStringLiteral("+14155552671");
const QString kGrace = QStringLiteral("+14155552672");
const QString kSid = QStringLiteral("SM0123456789abcdef0123456789abcdef");

QJsonObject lead(const QString &phone, const QString &name = QStringLiteral("Ada"))
{
    return QJsonObject{{QStringLiteral("first_name"), name},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("email"), QStringLiteral("ada@example.com")}};
}

Outcome outcome(JobEvent event)
{
    Outcome o;
    o.event = event;
    return o;
}

QList<qint64> ids(const QList<Job> &jobs)
{
    QList<qint64> list;
    for (const Job &job : jobs)
        list.append(job.id);
    return list;
}

} // namespace

class tst_JobStore : public QObject, private Testing::JobStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldEnqueueSendableMessage();
    void shouldRefuseWhatCannotBeSent_data();
    void shouldRefuseWhatCannotBeSent();
    void shouldStoreSuppressedJobWhenNumberIsListed();
    void shouldEnqueueManySkippingUnsendable();
    void shouldRunTheSendAndPollLifecycle();
    void shouldWaitUntilRetryIsDue();
    void shouldClaimWhatWaitedLongestFirst();
    void shouldRefuseStepsOutsideTheStateMachine_data();
    void shouldRefuseStepsOutsideTheStateMachine();
    void shouldSuppressNumberOn21610AndNeverSendToIt();
    void shouldRecoverInterruptedSendsAsUnknown();
    void shouldReconcileUnknownJobs();
    void shouldRetryFailedJobWithFullBudgetAndAudit();
    void shouldCancelOnlyWhatHasNotBeenSent_data();
    void shouldCancelOnlyWhatHasNotBeenSent();
    void shouldReplayKeepingLeadAndText();
    void shouldFoldRepeatedAlertsUntilAcknowledged();
    void shouldManageSuppressionListWithAudit();
    void shouldRefuseNumbersThatAreNotE164_data();
    void shouldRefuseNumbersThatAreNotE164();
    void shouldFilterJobs_data();
    void shouldFilterJobs();
    void shouldFindWordsWithoutTheirAccentsInJobsAddedAnyTime();
    void shouldPageNewestFirst_data();
    void shouldPageNewestFirst();
    void shouldKeepCountsInStepWithTheRows();
    void shouldKeepJobsAcrossReopening();
    void shouldRefuseRemovingDestinationWithUnfinishedJobs();
    void shouldSeedRealisticData();

private:
    Destination destination(const QString &name = QStringLiteral("Main"));
    qint64 enqueue(const Destination &d, const QString &phone, bool test = false);
    qint64 claimed(const Destination &d, const QString &phone = kAda);
    void setCreated(qint64 id, const QDateTime &at);
    QStringList auditActions(const QString &subjectType) const;
};

void tst_JobStore::init()
{
    QString error;
    QVERIFY2(openJobStore(&error), qPrintable(error));
}

void tst_JobStore::cleanup()
{
    closeJobStore();
}

Destination tst_JobStore::destination(const QString &name)
{
    return seedDestination(name, kBody);
}

qint64 tst_JobStore::enqueue(const Destination &d, const QString &phone, bool test)
{
    const MessagePreview preview = MessagePreviewer(d.messageSettings()).preview(lead(phone));
    QString error;
    const qint64 id = m_store->enqueue(d, lead(phone), preview, test, &error);
    [&] { QVERIFY2(id > 0, qPrintable(error)); }();
    return id;
}

qint64 tst_JobStore::claimed(const Destination &d, const QString &phone)
{
    const qint64 id = enqueue(d, phone);
    const auto job = m_store->claimNextDue(d.id, QDateTime::currentDateTimeUtc());
    [&] {
        QVERIFY(job);
        QCOMPARE(job->id, id);
        QCOMPARE(job->state, JobState::Sending);
    }();
    return id;
}

void tst_JobStore::setCreated(qint64 id, const QDateTime &at)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE jobs SET created_at = ? WHERE id = ?"));
    query.addBindValue(Database::toText(at));
    query.addBindValue(id);
    QVERIFY(query.exec());
}

QStringList tst_JobStore::auditActions(const QString &subjectType) const
{
    QStringList actions;
    for (const auto &entry : m_db->auditEntries(subjectType))
        actions.append(entry.action);
    return actions;
}

void tst_JobStore::shouldEnqueueSendableMessage()
{
    const Destination d = destination();
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 id = enqueue(d, QStringLiteral("(415) 555-2671"), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), id);

    const auto job = m_store->job(id);
    QVERIFY(job);
    QCOMPARE(job->destinationId, d.id);
    QCOMPARE(job->destinationName, QStringLiteral("Main"));
    QCOMPARE(job->lead, lead(QStringLiteral("(415) 555-2671")));
    QCOMPARE(job->to, kAda);
    QCOMPARE(job->body, QStringLiteral("Hi Ada! Reply STOP to opt out, HELP for help."));
    QCOMPARE(job->segments, 1);
    QCOMPARE(job->encoding, QStringLiteral("GSM-7"));
    QCOMPARE(job->state, JobState::Queued);
    QCOMPARE(job->attempts, 0);
    QVERIFY(job->test);
    QVERIFY(job->createdAt >= before.addMSecs(-1));
    QCOMPARE(job->updatedAt, job->createdAt);
    QCOMPARE(job->nextAttemptAt, job->createdAt);
    QVERIFY(!job->finalAt.isValid());
    QVERIFY(job->twilioSid.isEmpty());
    QCOMPARE(m_store->pendingCount(), 1);
    QCOMPARE(m_store->destinationsWithDueJobs(QDateTime::currentDateTimeUtc()), QStringList{d.id});
    QVERIFY(m_store->attempts(id).isEmpty());
    // Creating a job is not a manual operation: nothing in the audit log.
    QVERIFY(auditActions(QStringLiteral("job")).isEmpty());
}

void tst_JobStore::shouldRefuseWhatCannotBeSent_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("destinationId");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << QStringLiteral("call me") << QString()
                                  << QStringLiteral("cannot be sent");
    QTest::newRow("no phone at all") << QString() << QString() << QStringLiteral("cannot be sent");
    QTest::newRow("unsaved destination")
        << kAda << QStringLiteral("-") << QStringLiteral("Save the destination");
    QTest::newRow("removed destination")
        << kAda << QStringLiteral("no-such-destination") << QStringLiteral("no longer exists");
}

void tst_JobStore::shouldRefuseWhatCannotBeSent()
{
    QFETCH(QString, phone);
    QFETCH(QString, destinationId);
    QFETCH(QString, message);
    Destination d = destination();
    if (destinationId == QLatin1String("-"))
        d.id.clear();
    else if (!destinationId.isEmpty())
        d.id = destinationId;
    const MessagePreview preview = MessagePreviewer(d.messageSettings()).preview(lead(phone));
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    QString error;
    QCOMPARE(m_store->enqueue(d, lead(phone), preview, false, &error), 0);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(m_store->count({}), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_store->enqueueMany(d, {lead(phone)}, {preview}, &error), 0);
    QCOMPARE(m_store->count({}), 0);
}

void tst_JobStore::shouldStoreSuppressedJobWhenNumberIsListed()
{
    const Destination d = destination();
    QVERIFY(m_store->suppress(kAda, QStringLiteral("asked us"), QStringLiteral("manual")));
    const qint64 id = enqueue(d, kAda);
    const auto job = m_store->job(id);
    QCOMPARE(job->state, JobState::Suppressed);
    QVERIFY(job->finalAt.isValid());
    QCOMPARE(job->category, QStringLiteral("recipient_unsubscribed"));
    QVERIFY(!job->errorMessage.isEmpty());
    QCOMPARE(m_store->pendingCount(), 0);
    QVERIFY(!m_store->claimNextDue(d.id, QDateTime::currentDateTimeUtc().addDays(1)));
    // Other numbers are not affected.
    QCOMPARE(m_store->job(enqueue(d, kGrace))->state, JobState::Queued);
}

void tst_JobStore::shouldEnqueueManySkippingUnsendable()
{
    const Destination d = destination();
    QVERIFY(m_store->suppress(kGrace, QString(), QStringLiteral("manual")));
    const MessagePreviewer previewer(d.messageSettings());
    const QList<QJsonObject> leads = {lead(kAda), lead(QStringLiteral("nope")), lead(kGrace),
                                      lead(QStringLiteral("+14155552673"))};
    QList<MessagePreview> previews;
    for (const QJsonObject &each : leads)
        previews.append(previewer.preview(each));
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    QString error;
    QCOMPARE(m_store->enqueueMany(d, leads, previews, &error), 3);
    QVERIFY2(error.contains(QLatin1String("1 lead")) && error.contains(QLatin1String("skipped")),
             qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), qint64(0));
    const auto counts = m_store->stateCounts();
    QCOMPARE(counts.value(JobState::Queued), 2);
    QCOMPARE(counts.value(JobState::Suppressed), 1);

    QCOMPARE(m_store->enqueueMany(d, leads, previews.mid(1), &error), 0);
    QCOMPARE(m_store->count({}), 3);
}

void tst_JobStore::shouldRunTheSendAndPollLifecycle()
{
    const Destination d = destination();
    const qint64 id = enqueue(d, kAda);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto claimedJob = m_store->claimNextDue(d.id, now);
    QVERIFY(claimedJob);
    QCOMPARE(claimedJob->id, id);
    QCOMPARE(claimedJob->state, JobState::Sending);
    QCOMPARE(claimedJob->attempts, 1);
    QCOMPARE(claimedJob->sentAt, now);
    QCOMPARE(m_store->job(id)->state, JobState::Sending);
    QCOMPARE(m_store->job(id)->sentAt, now);
    QVERIFY(!m_store->claimNextDue(d.id, now));
    QVERIFY(m_store->destinationsWithDueJobs(now).isEmpty());

    JobAttempt attempt;
    attempt.at = now;
    attempt.durationMs = 321;
    attempt.httpStatus = 201;
    attempt.outcome = QStringLiteral("success");
    Outcome accepted = outcome(JobEvent::Accepted);
    accepted.twilioSid = kSid;
    accepted.twilioStatus = QStringLiteral("queued");
    accepted.category = QStringLiteral("success");
    accepted.nextPollAt = now.addSecs(5);
    QVERIFY(m_store->recordAttempt(id, attempt, accepted));
    auto job = m_store->job(id);
    QCOMPARE(job->state, JobState::Accepted);
    QCOMPARE(job->twilioSid, kSid);
    QCOMPARE(job->twilioStatus, QStringLiteral("queued"));
    QCOMPARE(job->nextPollAt, now.addSecs(5));
    const auto attempts = m_store->attempts(id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.at(0).jobId, id);
    QCOMPARE(attempts.at(0).durationMs, 321);
    QCOMPARE(attempts.at(0).httpStatus, 201);
    QCOMPARE(attempts.at(0).at, now);

    QVERIFY(m_store->duePolls(now, 10).isEmpty());
    QCOMPARE(m_store->nextPollTime(), std::optional<QDateTime>(now.addSecs(5)));
    QCOMPARE(ids(m_store->duePolls(now.addSecs(5), 10)), QList<qint64>{id});

    Outcome sent = outcome(JobEvent::StatusUpdate);
    sent.twilioStatus = QStringLiteral("sent");
    sent.nextPollAt = now.addSecs(30);
    QVERIFY(m_store->apply(id, sent));
    job = m_store->job(id);
    QCOMPARE(job->state, JobState::Accepted);
    QCOMPARE(job->twilioStatus, QStringLiteral("sent"));
    QCOMPARE(job->polls, 1);
    QCOMPARE(job->nextPollAt, now.addSecs(30));
    QCOMPARE(job->twilioSid, kSid); // an update without a SID keeps it

    Outcome delivered = outcome(JobEvent::Delivered);
    delivered.twilioStatus = QStringLiteral("delivered");
    QVERIFY(m_store->apply(id, delivered));
    job = m_store->job(id);
    QCOMPARE(job->state, JobState::Delivered);
    QCOMPARE(job->polls, 2);
    QVERIFY(job->finalAt.isValid());
    QVERIFY(!job->nextPollAt.isValid());
    QVERIFY(!m_store->nextPollTime());
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(m_store->attempts(id).size(), 1); // polling is not an HTTP try to create the message
}

void tst_JobStore::shouldWaitUntilRetryIsDue()
{
    const Destination d = destination();
    const qint64 id = claimed(d);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Outcome later = outcome(JobEvent::RetryLater);
    later.errorCode = 20429;
    later.errorMessage = QStringLiteral("Too many requests");
    later.category = QStringLiteral("rate_limited");
    later.nextAttemptAt = now.addSecs(60);
    JobAttempt attempt;
    attempt.httpStatus = 429;
    attempt.twilioCode = 20429;
    QVERIFY(m_store->recordAttempt(id, attempt, later));
    auto job = m_store->job(id);
    QCOMPARE(job->state, JobState::RetryWait);
    QCOMPARE(job->nextAttemptAt, now.addSecs(60));
    QCOMPARE(job->errorCode, 20429);
    QCOMPARE(job->category, QStringLiteral("rate_limited"));
    QCOMPARE(m_store->attempts(id).constFirst().outcome, QStringLiteral("rate_limited"));

    QVERIFY(!m_store->claimNextDue(d.id, now));
    QVERIFY(!m_store->claimNextDue(d.id, now.addSecs(59)));
    QVERIFY(m_store->destinationsWithDueJobs(now).isEmpty());
    QCOMPARE(m_store->nextDueTime(), std::optional<QDateTime>(now.addSecs(60)));
    QCOMPARE(m_store->destinationsWithDueJobs(now.addSecs(60)), QStringList{d.id});
    const auto again = m_store->claimNextDue(d.id, now.addSecs(60));
    QVERIFY(again);
    QCOMPARE(again->id, id);
    QCOMPARE(again->attempts, 2);
    QCOMPARE(again->state, JobState::Sending);

    Outcome spent = outcome(JobEvent::RetryBudgetSpent);
    spent.errorCode = 20429;
    QVERIFY(m_store->recordAttempt(id, attempt, spent));
    job = m_store->job(id);
    QCOMPARE(job->state, JobState::Dead);
    QVERIFY(!job->nextAttemptAt.isValid());
    QCOMPARE(m_store->attempts(id).size(), 2);
    QVERIFY(!m_store->nextDueTime());
}

void tst_JobStore::shouldClaimWhatWaitedLongestFirst()
{
    const Destination main = destination();
    const Destination other = destination(QStringLiteral("Other"));
    const qint64 retried = claimed(main, kAda);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Outcome later = outcome(JobEvent::RetryLater);
    later.nextAttemptAt = now.addSecs(-30); // already due, and due before the jobs below were queued
    QVERIFY(m_store->apply(retried, later));
    const qint64 first = enqueue(main, kGrace);
    const qint64 second = enqueue(main, QStringLiteral("+14155552673"));
    const qint64 elsewhere = enqueue(other, kAda);

    QCOMPARE(m_store->destinationsWithDueJobs(now).size(), 2);
    const QDateTime later2 = QDateTime::currentDateTimeUtc().addSecs(1);
    QCOMPARE(m_store->claimNextDue(main.id, later2)->id, retried);
    QCOMPARE(m_store->claimNextDue(main.id, later2)->id, first);
    QCOMPARE(m_store->claimNextDue(main.id, later2)->id, second);
    QVERIFY(!m_store->claimNextDue(main.id, later2));
    QCOMPARE(m_store->claimNextDue(other.id, later2)->id, elsewhere);
    QVERIFY(m_store->destinationsWithDueJobs(later2).isEmpty());
}

void tst_JobStore::shouldRefuseStepsOutsideTheStateMachine_data()
{
    QTest::addColumn<int>("event");
    QTest::newRow("delivered while queued") << int(JobEvent::Delivered);
    QTest::newRow("accepted while queued") << int(JobEvent::Accepted);
    QTest::newRow("reconcile while queued") << int(JobEvent::ReconcileFound);
    QTest::newRow("manual retry while queued") << int(JobEvent::ManualRetry);
    QTest::newRow("crash recovered while queued") << int(JobEvent::CrashRecovered);
}

void tst_JobStore::shouldRefuseStepsOutsideTheStateMachine()
{
    QFETCH(int, event);
    const Destination d = destination();
    const qint64 id = enqueue(d, kAda);
    const Job before = *m_store->job(id);
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    QString error;
    QVERIFY(!m_store->apply(id, outcome(JobEvent(event)), &error));
    QVERIFY2(error.contains(QLatin1String("not allowed")), qPrintable(error));
    QVERIFY(!m_store->recordAttempt(id, JobAttempt{}, outcome(JobEvent(event)), &error));
    const Job after = *m_store->job(id);
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.updatedAt, before.updatedAt);
    QVERIFY(m_store->attempts(id).isEmpty()); // the refused attempt left no row either
    QCOMPARE(changed.count(), 0);
    QVERIFY(!m_store->apply(424242, outcome(JobEvent::Claim), &error));
    QVERIFY2(error.contains(QLatin1String("no job 424242")), qPrintable(error));
}

void tst_JobStore::shouldSuppressNumberOn21610AndNeverSendToIt()
{
    const Destination d = destination();
    const qint64 first = claimed(d, kAda);
    const qint64 second = enqueue(d, kAda);
    const qint64 other = enqueue(d, kGrace);
    QSignalSpy suppressions(m_store.get(), &JobStore::suppressionsChanged);
    Outcome stop = outcome(JobEvent::Unsubscribed);
    stop.errorCode = 21610;
    stop.errorMessage = QStringLiteral("Attempt to send to unsubscribed recipient");
    stop.category = QStringLiteral("recipient_unsubscribed");
    JobAttempt attempt;
    attempt.httpStatus = 400;
    attempt.twilioCode = 21610;
    QVERIFY(m_store->recordAttempt(first, attempt, stop));
    QCOMPARE(m_store->job(first)->state, JobState::Suppressed);
    QCOMPARE(suppressions.count(), 1);
    QVERIFY(m_store->isSuppressed(kAda));
    const auto list = m_store->suppressions();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).source, QStringLiteral("twilio_21610"));
    QCOMPARE(list.at(0).reason, stop.errorMessage);

    // The queued job to the same number is never claimed: it is suppressed on the way.
    const auto next = m_store->claimNextDue(d.id, QDateTime::currentDateTimeUtc());
    QVERIFY(next);
    QCOMPARE(next->id, other);
    QCOMPARE(m_store->job(second)->state, JobState::Suppressed);
    QVERIFY(!m_store->claimNextDue(d.id, QDateTime::currentDateTimeUtc()));
}

void tst_JobStore::shouldRecoverInterruptedSendsAsUnknown()
{
    const Destination d = destination();
    const qint64 a = claimed(d, kAda);
    const qint64 b = claimed(d, kGrace);
    const qint64 queued = enqueue(d, QStringLiteral("+14155552673"));
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    QCOMPARE(m_store->recoverInterrupted(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->job(a)->state, JobState::Unknown);
    QCOMPARE(m_store->job(b)->state, JobState::Unknown);
    QCOMPARE(m_store->job(queued)->state, JobState::Queued);
    QCOMPARE(ids(m_store->jobsInState(JobState::Unknown)), (QList<qint64>{a, b}));
    QCOMPARE(m_store->stateCounts().value(JobState::Unknown), 2);
    QCOMPARE(m_store->stateCounts().value(JobState::Sending), 0);
    QCOMPARE(m_store->recoverInterrupted(), 0);
}

void tst_JobStore::shouldReconcileUnknownJobs()
{
    const Destination d = destination();
    const qint64 found = claimed(d, kAda);
    const qint64 missing = claimed(d, kGrace);
    QVERIFY(m_store->apply(found, outcome(JobEvent::OutcomeUnknown)));
    QCOMPARE(m_store->recoverInterrupted(), 1);

    Outcome match = outcome(JobEvent::ReconcileFound);
    match.twilioSid = kSid;
    match.twilioStatus = QStringLiteral("sent");
    QVERIFY(m_store->apply(found, match));
    auto job = m_store->job(found);
    QCOMPARE(job->state, JobState::Accepted);
    QCOMPARE(job->twilioSid, kSid);
    QVERIFY(job->nextPollAt.isValid()); // polled at once when no time was given

    QVERIFY(m_store->apply(missing, outcome(JobEvent::ReconcileNotFound)));
    job = m_store->job(missing);
    QCOMPARE(job->state, JobState::Queued);
    QVERIFY(job->twilioSid.isEmpty());
    QCOMPARE(m_store->claimNextDue(d.id, QDateTime::currentDateTimeUtc().addSecs(1))->id, missing);
}

void tst_JobStore::shouldRetryFailedJobWithFullBudgetAndAudit()
{
    const Destination d = destination();
    const qint64 id = claimed(d);
    Outcome refused = outcome(JobEvent::PermanentFailure);
    refused.errorCode = 21211;
    refused.errorMessage = QStringLiteral("Invalid 'To' Phone Number");
    QVERIFY(m_store->recordAttempt(id, JobAttempt{}, refused));
    QCOMPARE(m_store->job(id)->state, JobState::Failed);

    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    QString error;
    QVERIFY2(m_store->retry(id, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    const auto job = m_store->job(id);
    QCOMPARE(job->state, JobState::Queued);
    QCOMPARE(job->attempts, 0);
    QVERIFY(!job->finalAt.isValid());
    QCOMPARE(job->errorCode, 21211); // the last error stays visible until the next try
    QCOMPARE(m_store->attempts(id).size(), 1);
    const auto entries = m_db->auditEntries(QStringLiteral("job"), QString::number(id));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, QStringLiteral("job.retry"));
    QCOMPARE(entries.at(0).osUser, QStringLiteral("tester"));
    QCOMPARE(entries.at(0).details.value(QStringLiteral("from")).toString(), QStringLiteral("failed"));
    QCOMPARE(entries.at(0).details.value(QStringLiteral("error_code")).toInt(), 21211);

    // A queued job cannot be retried again; nothing is audited for a refusal.
    QVERIFY(!m_store->retry(id, &error));
    QVERIFY2(error.contains(QLatin1String("only failed, undelivered or dead")), qPrintable(error));
    QCOMPARE(auditActions(QStringLiteral("job")), QStringList{QStringLiteral("job.retry")});
}

void tst_JobStore::shouldCancelOnlyWhatHasNotBeenSent_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("queued") << QStringLiteral("queued") << true;
    QTest::newRow("retry_wait") << QStringLiteral("retry_wait") << true;
    QTest::newRow("sending") << QStringLiteral("sending") << false;
    QTest::newRow("accepted") << QStringLiteral("accepted") << false;
    QTest::newRow("delivered") << QStringLiteral("delivered") << false;
}

void tst_JobStore::shouldCancelOnlyWhatHasNotBeenSent()
{
    QFETCH(QString, state);
    QFETCH(bool, allowed);
    const Destination d = destination();
    const qint64 id = enqueue(d, kAda);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<JobEvent> path = state == QLatin1String("retry_wait") ? QList{JobEvent::RetryLater}
                                 : state == QLatin1String("accepted") ? QList{JobEvent::Accepted}
                                 : state == QLatin1String("delivered")
                                     ? QList{JobEvent::Accepted, JobEvent::Delivered}
                                     : QList<JobEvent>{};
    if (state != QLatin1String("queued"))
        QVERIFY(m_store->claimNextDue(d.id, now));
    for (JobEvent event : path)
        QVERIFY(m_store->apply(id, outcome(event)));
    QCOMPARE(jobStateId(m_store->job(id)->state), state);

    QString error;
    QCOMPARE(m_store->cancel(id, &error), allowed);
    if (allowed) {
        QCOMPARE(m_store->job(id)->state, JobState::Canceled);
        QVERIFY(m_store->job(id)->finalAt.isValid());
        const auto entries = m_db->auditEntries(QStringLiteral("job"), QString::number(id));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).action, QStringLiteral("job.cancel"));
        QCOMPARE(entries.at(0).details.value(QStringLiteral("from")).toString(), state);
        QVERIFY(!m_store->claimNextDue(d.id, now.addDays(1)));
    } else {
        QVERIFY2(error.contains(QLatin1String("only queued jobs and jobs waiting to retry")),
                 qPrintable(error));
        QCOMPARE(jobStateId(m_store->job(id)->state), state);
        QVERIFY(auditActions(QStringLiteral("job")).isEmpty());
    }
}

void tst_JobStore::shouldReplayKeepingLeadAndText()
{
    Destination d = destination();
    const qint64 id = claimed(d);
    QVERIFY(m_store->apply(id, outcome(JobEvent::Accepted)));
    QString error;
    QCOMPARE(m_store->replay(id, &error), 0);
    QVERIFY2(error.contains(QLatin1String("wait until it finishes")), qPrintable(error));
    Outcome undelivered = outcome(JobEvent::Undelivered);
    undelivered.errorCode = 30003;
    QVERIFY(m_store->apply(id, undelivered));

    // The destination's template changes: a replay still sends exactly the text of the original.
    QSqlQuery edit(m_db->connection());
    QVERIFY(edit.exec(QStringLiteral("UPDATE destinations SET body_template = 'Changed. STOP to end'")));
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    const qint64 copy = m_store->replay(id, &error);
    QVERIFY2(copy > id, qPrintable(error));
    QCOMPARE(changed.count(), 1);
    const auto original = m_store->job(id);
    const auto replayed = m_store->job(copy);
    QCOMPARE(replayed->state, JobState::Queued);
    QCOMPARE(replayed->replayOf, id);
    QCOMPARE(replayed->lead, original->lead);
    QCOMPARE(replayed->body, original->body);
    QCOMPARE(replayed->to, original->to);
    QCOMPARE(replayed->destinationId, d.id);
    QCOMPARE(replayed->attempts, 0);
    QCOMPARE(replayed->errorCode, 0);
    QCOMPARE(original->state, JobState::Undelivered); // the original stays as it was
    const auto entries = m_db->auditEntries(QStringLiteral("job"), QString::number(id));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).action, QStringLiteral("job.replay"));
    QCOMPARE(entries.at(0).details.value(QStringLiteral("new_job")).toInteger(), copy);

    // Replaying to a number that opted out since lands in "suppressed" at once.
    QVERIFY(m_store->suppress(kAda, QString(), QStringLiteral("manual")));
    QCOMPARE(m_store->job(m_store->replay(id))->state, JobState::Suppressed);
}

void tst_JobStore::shouldFoldRepeatedAlertsUntilAcknowledged()
{
    const Destination d = destination();
    const Destination other = destination(QStringLiteral("Other"));
    const qint64 job = enqueue(d, kAda);
    QSignalSpy changed(m_store.get(), &JobStore::alertsChanged);
    const QString code = QStringLiteral("destination_config_failed");
    const qint64 first = m_store->raiseAlert(Alert::Severity::Warning, d.id, 0, code, QStringLiteral("one"));
    QVERIFY(first > 0);
    QTest::qSleep(5);
    QCOMPARE(m_store->raiseAlert(Alert::Severity::Error, d.id, job, code, QStringLiteral("two")), first);
    QCOMPARE(m_store->raiseAlert(Alert::Severity::Info, d.id, 0, code, QStringLiteral("three")), first);
    QCOMPARE(changed.count(), 3);
    auto alerts = m_store->alerts();
    QCOMPARE(alerts.size(), 1);
    const Alert folded = alerts.at(0);
    QCOMPARE(folded.count, 3);
    QCOMPARE(folded.message, QStringLiteral("three"));
    QCOMPARE(folded.severity, Alert::Severity::Error); // never lowered by a repeat
    QCOMPARE(folded.jobId, job);                       // the latest job it concerns is kept
    QVERIFY(folded.lastSeen > folded.firstSeen);
    QVERIFY(!folded.acknowledged);

    // Another code, another destination, or no destination: separate alerts.
    const qint64 auth = m_store->raiseAlert(Alert::Severity::Error, d.id, 0,
                                            QStringLiteral("authentication_failed"), QStringLiteral("auth"));
    const qint64 elsewhere =
        m_store->raiseAlert(Alert::Severity::Error, other.id, 0, code, QStringLiteral("x"));
    const qint64 global = m_store->raiseAlert(Alert::Severity::Info, QString(), 0, code, QStringLiteral("g"));
    QCOMPARE(m_store->raiseAlert(Alert::Severity::Info, QString(), 0, code, QStringLiteral("g2")), global);
    QCOMPARE(QSet<qint64>({first, auth, elsewhere, global}).size(), 4);
    QCOMPARE(m_store->unacknowledgedAlertCount(), 4);

    QString error;
    QVERIFY2(m_store->acknowledge(first, &error), qPrintable(error));
    QVERIFY(m_store->acknowledge(first, &error)); // twice is fine, audited once
    QCOMPARE(m_store->unacknowledgedAlertCount(), 3);
    QCOMPARE(m_store->alerts(false).size(), 3);
    alerts = m_store->alerts();
    QCOMPARE(alerts.size(), 4);
    QVERIFY(alerts.constLast().acknowledged); // acknowledged ones come last
    QCOMPARE(auditActions(QStringLiteral("alert")), QStringList{QStringLiteral("alert.acknowledge")});
    QCOMPARE(m_db->auditEntries(QStringLiteral("alert")).constFirst().subjectId, QString::number(first));

    // After acknowledging, the next occurrence is news again.
    const qint64 again = m_store->raiseAlert(Alert::Severity::Warning, d.id, 0, code, QStringLiteral("four"));
    QVERIFY(again != first);
    QVERIFY(!m_store->acknowledge(999, &error));
    QVERIFY2(error.contains(QLatin1String("no alert 999")), qPrintable(error));
    QCOMPARE(m_store->raiseAlert(Alert::Severity::Info, d.id, 0, QString(), QStringLiteral("no code")), 0);
}

void tst_JobStore::shouldManageSuppressionListWithAudit()
{
    QSignalSpy changed(m_store.get(), &JobStore::suppressionsChanged);
    QString error;
    QVERIFY2(m_store->suppress(QStringLiteral(" +14155552671 "), QStringLiteral("asked by phone"),
                               QStringLiteral("manual"), &error),
             qPrintable(error));
    QVERIFY(m_store->isSuppressed(kAda));
    // The same entry again changes nothing and is not audited twice.
    QVERIFY(m_store->suppress(kAda, QStringLiteral("asked by phone"), QStringLiteral("manual")));
    QVERIFY(m_store->suppress(kAda, QStringLiteral("asked by email"), QStringLiteral("manual")));
    QCOMPARE(changed.count(), 2);
    const auto list = m_store->suppressions();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).number, kAda);
    QCOMPARE(list.at(0).reason, QStringLiteral("asked by email"));
    QCOMPARE(list.at(0).source, QStringLiteral("manual"));
    QVERIFY(list.at(0).at.isValid());

    QVERIFY(!m_store->suppress(kGrace, QString(), QString(), &error));
    QVERIFY(!m_store->unsuppress(kGrace, &error));
    QVERIFY2(error.contains(QLatin1String("not on the suppression list")), qPrintable(error));
    QVERIFY(m_store->unsuppress(kAda, &error));
    QVERIFY(!m_store->isSuppressed(kAda));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(auditActions(QStringLiteral("suppression")),
             (QStringList{QStringLiteral("suppression.add"), QStringLiteral("suppression.add"),
                          QStringLiteral("suppression.remove")}));
    const auto entries = m_db->auditEntries(QStringLiteral("suppression"));
    QCOMPARE(
        entries.at(1).details.value(QStringLiteral("previous")).toObject().value(QStringLiteral("reason")),
        QJsonValue(QStringLiteral("asked by phone")));
    QCOMPARE(entries.at(2).subjectId, kAda);
}

void tst_JobStore::shouldRefuseNumbersThatAreNotE164_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("empty") << QString();
    QTest::newRow("national format") << QStringLiteral("(415) 555-2671");
    QTest::newRow("no plus") << QStringLiteral("14155552671");
    QTest::newRow("letters") << QStringLiteral("+1415CALLNOW");
    QTest::newRow("too short") << QStringLiteral("+1415");
    QTest::newRow("no such country") << QStringLiteral("+9991234567");
}

void tst_JobStore::shouldRefuseNumbersThatAreNotE164()
{
    QFETCH(QString, number);
    QString error;
    QVERIFY(!JobStore::suppressionNumber(number, &error));
    QVERIFY2(error.contains(QLatin1String("E.164")), qPrintable(error));
    QVERIFY(!m_store->suppress(number, QString(), QStringLiteral("manual"), &error));
    QVERIFY(m_store->suppressions().isEmpty());
    QVERIFY(auditActions(QStringLiteral("suppression")).isEmpty());
}

void tst_JobStore::shouldFilterJobs_data()
{
    QTest::addColumn<JobFilter>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into the six jobs made by the test, newest first
    const auto states = [](QList<JobState> list) {
        JobFilter f;
        f.states = list;
        return f;
    };
    const QDateTime base(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    QTest::newRow("everything") << JobFilter{} << QList<int>{5, 4, 3, 2, 1, 0};
    QTest::newRow("one state") << states({JobState::Queued}) << QList<int>{5, 3, 1, 0};
    QTest::newRow("two states") << states({JobState::Failed, JobState::Canceled}) << QList<int>{4, 2};
    QTest::newRow("state listed twice") << states({JobState::Failed, JobState::Failed}) << QList<int>{4};
    QTest::newRow("state without jobs") << states({JobState::Delivered}) << QList<int>{};
    JobFilter destination;
    destination.destinationId = QStringLiteral("other");
    QTest::newRow("destination") << destination << QList<int>{5, 2};
    JobFilter destinationAndState = destination;
    destinationAndState.states = {JobState::Queued};
    QTest::newRow("destination and state") << destinationAndState << QList<int>{5};
    JobFilter range;
    range.from = base.addDays(1);
    range.to = base.addDays(3);
    QTest::newRow("date range, both ends included") << range << QList<int>{3, 2, 1};
    JobFilter since;
    since.from = base.addDays(4);
    QTest::newRow("since") << since << QList<int>{5, 4};
    JobFilter number;
    number.text = QStringLiteral("+14155552672");
    QTest::newRow("whole number") << number << QList<int>{1};
    JobFilter prefix;
    prefix.text = QStringLiteral("+1415555267");
    QTest::newRow("beginning of a number") << prefix << QList<int>{5, 4, 3, 2, 1, 0};
    JobFilter partial;
    partial.text = QStringLiteral("555267");
    QTest::newRow("part of a number") << partial << QList<int>{5, 4, 3, 2, 1, 0};
    JobFilter body;
    body.text = QStringLiteral("hi GRACE");
    QTest::newRow("body, any case") << body << QList<int>{1};
    JobFilter sid;
    sid.text = QStringLiteral("sm0123456789ABCDEF0123456789abcdef");
    QTest::newRow("whole SID, any case") << sid << QList<int>{4};
    JobFilter sidPart;
    sidPart.text = QStringLiteral("abcdef01234");
    QTest::newRow("part of a SID") << sidPart << QList<int>{4};
    JobFilter sidStart;
    sidStart.text = QStringLiteral("sm0123456789AB");
    QTest::newRow("beginning of a SID, any case") << sidStart << QList<int>{4};
    JobFilter wordStart;
    wordStart.text = QStringLiteral("gra");
    QTest::newRow("the beginning of a word") << wordStart << QList<int>{1};
    JobFilter anyOrder;
    anyOrder.text = QStringLiteral("GRACE hi");
    QTest::newRow("words in any order") << anyOrder << QList<int>{1};
    JobFilter middleOfWord;
    middleOfWord.text = QStringLiteral("race");
    QTest::newRow("not the middle of a word") << middleOfWord << QList<int>{};
    JobFilter formatted;
    formatted.text = QStringLiteral("(415) 555-2672");
    QTest::newRow("number written with punctuation") << formatted << QList<int>{1};
    JobFilter punctuated;
    punctuated.text = QStringLiteral("100% sure");
    QTest::newRow("punctuation between words must be there") << punctuated << QList<int>{3};
    JobFilter punctuatedOtherOrder;
    punctuatedOtherOrder.text = QStringLiteral("sure 100%");
    QTest::newRow("punctuated text keeps its order") << punctuatedOtherOrder << QList<int>{};
    JobFilter wildcard;
    wildcard.text = QStringLiteral("%");
    QTest::newRow("LIKE wildcards are literal") << wildcard << QList<int>{3};
    JobFilter underscore;
    underscore.text = QStringLiteral("Ad_");
    QTest::newRow("underscore is literal") << underscore << QList<int>{};
    JobFilter test;
    test.onlyTest = true;
    QTest::newRow("only tests") << test << QList<int>{3};
    JobFilter combined;
    combined.states = {JobState::Queued, JobState::Failed};
    combined.destinationId = QStringLiteral("main");
    combined.from = base.addDays(1);
    combined.text = QStringLiteral("ada");
    QTest::newRow("everything at once") << combined << QList<int>{4, 3};
}

void tst_JobStore::shouldFilterJobs()
{
    QFETCH(JobFilter, filter);
    QFETCH(QList<int>, expected);
    // Six jobs, a day apart from 2024-05-01 12:00 UTC; "main" and "other" destinations.
    Destination main = destination();
    Destination other = destination(QStringLiteral("Other"));
    const QStringList names = {QStringLiteral("Ada"), QStringLiteral("Grace"),
                               QStringLiteral("Ada"), QStringLiteral("Ada 100% sure"),
                               QStringLiteral("Ada"), QStringLiteral("Linus")};
    QList<qint64> made;
    for (int i = 0; i < 6; ++i) {
        const Destination &d = (i == 2 || i == 5) ? other : main;
        const QString phone = QStringLiteral("+1415555267%1").arg(i + 1);
        const MessagePreview preview =
            MessagePreviewer(d.messageSettings()).preview(lead(phone, names.at(i)));
        const qint64 id = m_store->enqueue(d, lead(phone, names.at(i)), preview, i == 3);
        QVERIFY(id > 0);
        setCreated(id, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).addDays(i));
        made.append(id);
    }
    // 2: canceled; 4: failed, with a SID.
    QVERIFY(m_store->cancel(made.at(2)));
    QVERIFY(m_store->claimNextDue(main.id, QDateTime::currentDateTimeUtc()));
    QVERIFY(m_store->apply(made.at(0), outcome(JobEvent::Requeue)));
    QSqlQuery setup(m_db->connection());
    QVERIFY(setup.exec(QStringLiteral("UPDATE jobs SET state = 'failed', twilio_sid = "
                                      "'SM0123456789abcdef0123456789abcdef' WHERE id = %1")
                           .arg(made.at(4))));
    // Job states now: 0 queued, 1 queued, 2 canceled, 3 queued, 4 failed, 5 queued.
    if (filter.destinationId == QLatin1String("other"))
        filter.destinationId = other.id;
    else if (filter.destinationId == QLatin1String("main"))
        filter.destinationId = main.id;

    QList<qint64> wanted;
    for (int index : expected)
        wanted.append(made.at(index));
    QString error;
    QCOMPARE(ids(m_store->jobs(filter, 100, 0, &error)), wanted);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_store->count(filter), int(wanted.size()));
}

void tst_JobStore::shouldFindWordsWithoutTheirAccentsInJobsAddedAnyTime()
{
    // The word index is kept by triggers: a job is found the moment it is stored, whoever stored it.
    const Destination d = destination();
    JobFilter filter;
    filter.text = QStringLiteral("anais");
    QCOMPARE(m_store->count(filter), 0);
    const QJsonObject anais = lead(QStringLiteral("+14155552671"), QStringLiteral("Anaïs"));
    const qint64 id = m_store->enqueue(d, anais, MessagePreviewer(d.messageSettings()).preview(anais), false);
    QVERIFY(id > 0);
    QCOMPARE(ids(m_store->jobs(filter, 10)), QList<qint64>{id});
    filter.text = QStringLiteral("ANAÏS");
    QCOMPARE(m_store->count(filter), 1);
    // Words that are FTS5 syntax are only words.
    filter.text = QStringLiteral("Anaïs OR NOT \"x*");
    QCOMPARE(m_store->count(filter), 0);
    QSqlQuery remove(m_db->connection());
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM jobs WHERE id = %1").arg(id)));
    filter.text = QStringLiteral("anais");
    QCOMPARE(m_store->count(filter), 0);
}

void tst_JobStore::shouldPageNewestFirst_data()
{
    QTest::addColumn<QList<JobState>>("states");
    QTest::addColumn<bool>("byDestination");
    QTest::newRow("all jobs") << QList<JobState>{} << false;
    QTest::newRow("one state") << QList<JobState>{JobState::Queued} << false;
    QTest::newRow("several states") << QList<JobState>{JobState::Queued, JobState::Canceled} << false;
    QTest::newRow("one destination") << QList<JobState>{} << true;
}

void tst_JobStore::shouldPageNewestFirst()
{
    QFETCH(QList<JobState>, states);
    QFETCH(bool, byDestination);
    const Destination d = destination();
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QList<qint64> made;
    for (int i = 0; i < 25; ++i) {
        const qint64 id = enqueue(d, kAda);
        // Pairs share a creation time: the id breaks the tie, newest first.
        setCreated(id, base.addSecs(i / 2));
        if (i % 3 == 0)
            QVERIFY(m_store->cancel(id));
        made.prepend(id);
    }
    JobFilter filter;
    filter.states = states;
    if (byDestination)
        filter.destinationId = d.id;
    QList<qint64> all;
    for (int offset = 0; offset < 30; offset += 10) {
        const QList<Job> page = m_store->jobs(filter, 10, offset);
        QVERIFY(page.size() <= 10);
        for (const Job &job : page)
            all.append(job.id);
    }
    QList<qint64> expected;
    for (qint64 id : std::as_const(made)) {
        if (states.isEmpty() || states.contains(m_store->job(id)->state))
            expected.append(id);
    }
    QCOMPARE(all, expected);
    QCOMPARE(m_store->count(filter), int(expected.size()));
    QVERIFY(m_store->jobs(filter, 0).isEmpty());
    QVERIFY(m_store->jobs(filter, 10, 1000).isEmpty());
}

void tst_JobStore::shouldKeepCountsInStepWithTheRows()
{
    const Destination d = destination();
    claimed(d, kAda);
    const qint64 b = claimed(d, kGrace);
    enqueue(d, QStringLiteral("+14155552673"));
    QVERIFY(m_store->apply(b, outcome(JobEvent::Accepted)));
    QVERIFY(m_store->cancel(enqueue(d, QStringLiteral("+14155552674"))));
    QVERIFY(m_store->replay(m_store->jobs({}, 1).constFirst().id) > 0);
    QCOMPARE(m_store->recoverInterrupted(), 1);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT state, count(*) FROM jobs GROUP BY state")));
    QMap<JobState, int> actual;
    for (JobState state : m_store->stateCounts().keys())
        actual.insert(state, 0);
    while (query.next())
        actual.insert(*jobStateFromId(query.value(0).toString()), query.value(1).toInt());
    QCOMPARE(m_store->stateCounts(), actual);
    QCOMPARE(m_store->count({}), 5);
    QCOMPARE(m_store->pendingCount(), 4); // unknown, accepted, queued, queued (the replay)
}

void tst_JobStore::shouldKeepJobsAcrossReopening()
{
    const Destination d = destination();
    const qint64 id = claimed(d);
    Outcome accepted = outcome(JobEvent::Accepted);
    accepted.twilioSid = kSid;
    QVERIFY(m_store->recordAttempt(id, JobAttempt{}, accepted));
    QVERIFY(m_store->suppress(kGrace, QStringLiteral("r"), QStringLiteral("manual")));
    const qint64 alert =
        m_store->raiseAlert(Alert::Severity::Error, d.id, id, QStringLiteral("c"), QStringLiteral("m"));
    const Job before = *m_store->job(id);

    m_store.reset();
    const QString path = m_db->path();
    m_db.reset();
    QString error;
    m_db = Database::open(path, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_store = std::make_unique<JobStore>(*m_db, QStringLiteral("tester"));
    const auto after = m_store->job(id);
    QVERIFY(after);
    QCOMPARE(after->state, JobState::Accepted);
    QCOMPARE(after->twilioSid, kSid);
    QCOMPARE(after->lead, before.lead);
    QCOMPARE(after->createdAt, before.createdAt);
    QCOMPARE(after->sentAt, before.sentAt);
    QCOMPARE(after->nextPollAt, before.nextPollAt);
    QCOMPARE(m_store->attempts(id).size(), 1);
    QVERIFY(m_store->isSuppressed(kGrace));
    QCOMPARE(m_store->alerts().constFirst().id, alert);
    QCOMPARE(m_store->pendingCount(), 1);
}

void tst_JobStore::shouldRefuseRemovingDestinationWithUnfinishedJobs()
{
    MemorySecretStore secrets;
    DestinationStore destinations(*m_db, secrets, QStringLiteral("tester"));
    const Destination d = destination();
    const qint64 done = claimed(d, kAda);
    QVERIFY(m_store->apply(done, outcome(JobEvent::PermanentFailure)));
    const qint64 waiting = enqueue(d, kGrace);

    const auto remove = [&] {
        std::optional<DestinationStore::Result> result;
        destinations.remove(d.id, [&](const DestinationStore::Result &r) { result = r; });
        [&] { QTRY_VERIFY(result); }();
        return result.value_or(DestinationStore::Result{});
    };
    auto result = remove();
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QLatin1String("still has jobs")), qPrintable(result.message));
    QVERIFY(destinations.find(d.id));

    QVERIFY(m_store->cancel(waiting));
    result = remove();
    QVERIFY2(result.ok, qPrintable(result.message));
    // History stays, with the name of the destination it went through.
    const auto kept = m_store->job(done);
    QVERIFY(kept);
    QVERIFY(kept->destinationId.isEmpty());
    QCOMPARE(kept->destinationName, QStringLiteral("Main"));
    QCOMPARE(m_store->count({}), 2);
    QString error;
    QVERIFY(!m_store->retry(done, &error));
    QVERIFY2(error.contains(QLatin1String("was removed")), qPrintable(error));
    QCOMPARE(m_store->replay(done, &error), 0);
}

void tst_JobStore::shouldSeedRealisticData()
{
    DevSeed::Options options;
    options.jobs = 5000;
    options.destinations = 2;
    options.osUser = QStringLiteral("tester");
    const DevSeed::Result result = DevSeed::run(*m_db, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.jobs, 5000);
    QCOMPARE(result.destinationIds.size(), 2);
    QVERIFY(result.attempts > 4000);
    QVERIFY(result.alerts >= 1);
    QVERIFY(result.suppressions > 0);
    QCOMPARE(m_store->count({}), 5000);
    const auto counts = m_store->stateCounts();
    for (JobState state :
         {JobState::Queued, JobState::Accepted, JobState::Delivered, JobState::Undelivered, JobState::Failed,
          JobState::RetryWait, JobState::Dead, JobState::Suppressed, JobState::Canceled, JobState::Unknown})
        QVERIFY2(counts.value(state) > 0, qPrintable(jobStateId(state)));
    QCOMPARE(counts.value(JobState::Sending), 0); // nothing looks interrupted
    QCOMPARE(m_store->suppressions().size(), result.suppressions);

    // Sixty days, oldest first, and a job the GUI and the dispatcher can read like any other.
    const QList<Job> newest = m_store->jobs({}, 1);
    JobFilter oldestFirst;
    oldestFirst.to = QDateTime::currentDateTimeUtc().addDays(-59);
    QVERIFY(m_store->count(oldestFirst) > 0);
    const Job job = newest.constFirst();
    QVERIFY(!job.lead.value(QStringLiteral("phone")).toString().isEmpty());
    // Numbers a preview accepts (valid, not fictional), so seeded leads can be enqueued and replayed.
    for (const Job &each : m_store->jobs({}, 200))
        QVERIFY2(PhoneNumbers::analyze(each.to).valid, qPrintable(each.to));
    QCOMPARE(job.to, job.lead.value(QStringLiteral("phone")).toString());
    QVERIFY(job.body.contains(job.lead.value(QStringLiteral("first_name")).toString()));
    JobFilter failed;
    failed.states = {JobState::Failed};
    const Job fail = m_store->jobs(failed, 1).constFirst();
    QVERIFY(fail.errorCode != 0);
    QVERIFY(!fail.category.isEmpty());
    QVERIFY(!m_store->attempts(fail.id).isEmpty());

    // Seed destinations have no secret and are paused, so nothing goes out through them.
    MemorySecretStore secrets;
    DestinationStore destinations(*m_db, secrets, QStringLiteral("tester"));
    const auto seeded = destinations.find(result.destinationIds.constFirst());
    QVERIFY(seeded);
    QVERIFY(seeded->paused);
    QVERIFY(seeded->maskedSecret().isEmpty());
    QCOMPARE(seeded->name, QStringLiteral("Sample 1"));

    // Seeding again adds to the same destinations.
    options.jobs = 100;
    const DevSeed::Result again = DevSeed::run(*m_db, options);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.destinationIds, result.destinationIds);
    QCOMPARE(m_store->count({}), 5100);
}

QTEST_GUILESS_MAIN(tst_JobStore)
#include "tst_jobstore.moc"
