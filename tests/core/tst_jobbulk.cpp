// Retrying and canceling many jobs at once (the Jobs view's selection, `jobs retry ID...`): what moves, what
// is skipped and why, one audit entry per job, and all or nothing when a write fails.
#include "Database.h"
#include "JobStore.h"
#include "JobStoreFixture.h"
#include "MessagePreview.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace LeadRails;
using BulkResult = JobStore::BulkResult;

namespace {

const QString kBody = QStringLiteral("Hi {{first_name}}! Reply STOP to opt out, HELP for help.");

QJsonObject lead()
{
    return QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Ada")},
                       {QStringLiteral("phone"), QStringLiteral("+14155552671")}};
}

// The events that take a freshly queued job to `state`, after it was claimed (when it must be).
QList<JobEvent> pathTo(JobState state)
{
    switch (state) {
    case JobState::Queued:
    case JobState::Canceled:
    case JobState::Sending:
        return {};
    case JobState::Accepted:
        return {JobEvent::Accepted};
    case JobState::Delivered:
        return {JobEvent::Accepted, JobEvent::Delivered};
    case JobState::Undelivered:
        return {JobEvent::Accepted, JobEvent::Undelivered};
    case JobState::Failed:
        return {JobEvent::PermanentFailure};
    case JobState::RetryWait:
        return {JobEvent::RetryLater};
    case JobState::Dead:
        return {JobEvent::RetryBudgetSpent};
    case JobState::Suppressed:
        return {JobEvent::Unsubscribed};
    case JobState::Unknown:
        return {JobEvent::OutcomeUnknown};
    }
    return {};
}

QList<JobState> states(const QStringList &ids)
{
    QList<JobState> list;
    for (const QString &id : ids)
        list.append(jobStateFromId(id).value_or(JobState::Unknown));
    return list;
}

} // namespace

class tst_JobBulk : public QObject, private Testing::JobStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldActOnlyWhereTheStateAllows_data();
    void shouldActOnlyWhereTheStateAllows();
    void shouldCountMissingAndRepeatedIdsOnce();
    void shouldSkipRetryWhenTheDestinationWasRemoved();
    void shouldChangeNothingWhenOneWriteFails_data();
    void shouldChangeNothingWhenOneWriteFails();

private:
    // One job per state, in that order; the ids in the same order.
    QList<qint64> jobsIn(const QList<JobState> &wanted);
    void execute(const QString &sql);
    QList<Database::AuditEntry> jobAudit(const QString &action) const;

    Destination m_destination;
};

void tst_JobBulk::init()
{
    QString error;
    QVERIFY2(openJobStore(&error), qPrintable(error));
    m_destination = seedDestination(QStringLiteral("Main"), kBody);
}

void tst_JobBulk::cleanup()
{
    closeJobStore();
}

QList<qint64> tst_JobBulk::jobsIn(const QList<JobState> &wanted)
{
    const MessagePreview preview = MessagePreviewer(m_destination.messageSettings()).preview(lead());
    QList<qint64> ids(wanted.size());
    // The claimed ones first: a job left queued would be the next one claimed. A retry far ahead keeps a
    // job waiting out of the way too.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto claimed = [](JobState s) { return s != JobState::Queued && s != JobState::Canceled; };
    for (bool claiming : {true, false}) {
        for (int i = 0; i < wanted.size(); ++i) {
            if (claimed(wanted[i]) != claiming)
                continue;
            QString error;
            ids[i] = m_store->enqueue(m_destination, lead(), preview, false, &error);
            [&] { QVERIFY2(ids[i] > 0, qPrintable(error)); }();
            if (claiming) {
                const auto job = m_store->claimNextDue(m_destination.id, now);
                [&] { QVERIFY(job && job->id == ids[i]); }();
            }
            for (JobEvent event : pathTo(wanted[i])) {
                JobStore::Outcome outcome;
                outcome.event = event;
                outcome.nextAttemptAt = now.addDays(1);
                [&] { QVERIFY2(m_store->apply(ids[i], outcome, &error), qPrintable(error)); }();
            }
            if (wanted[i] == JobState::Canceled)
                [&] { QVERIFY(m_store->cancel(ids[i])); }();
            [&] { QCOMPARE(m_store->job(ids[i])->state, wanted[i]); }();
        }
    }
    return ids;
}

void tst_JobBulk::execute(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

QList<Database::AuditEntry> tst_JobBulk::jobAudit(const QString &action) const
{
    QList<Database::AuditEntry> entries;
    for (const Database::AuditEntry &entry : m_db->auditEntries(QStringLiteral("job"))) {
        if (entry.action == action)
            entries.append(entry);
    }
    return entries;
}

void tst_JobBulk::shouldActOnlyWhereTheStateAllows_data()
{
    QTest::addColumn<bool>("retry");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<int>("changed");
    QTest::addColumn<QString>("summaryStart");
    QTest::addColumn<QString>("summaryEnd");
    const auto list = [](const char *ids) { return QString::fromLatin1(ids).split(QLatin1Char(' ')); };
    QTest::newRow("retry every failure") << true << list("failed dead undelivered") << 3
                                         << QStringLiteral("Retried 3 job") << QStringLiteral(".");
    QTest::newRow("retry skips delivered")
        << true << list("failed delivered failed delivered") << 2 << QStringLiteral("Retried 2 job")
        << QStringLiteral("; 2 skipped (Delivered).");
    QTest::newRow("retry skips what is not over")
        << true << list("failed queued sending retry_wait unknown accepted suppressed canceled") << 1
        << QStringLiteral("Retried 1 job")
        << QStringLiteral("; 7 skipped (Queued: 1, Sending: 1, Waiting to retry: 1, Checking with Twilio: 1, "
                          "Sent to Twilio: 1, Suppressed (opted out): 1, Canceled: 1).");
    QTest::newRow("cancel what is not sent yet")
        << false << list("queued retry_wait sending accepted delivered failed queued") << 3
        << QStringLiteral("Canceled 3 job")
        << QStringLiteral("; 4 skipped (Sending: 1, Sent to Twilio: 1, Delivered: 1, Failed: 1).");
    QTest::newRow("cancel nothing allowed")
        << false << list("delivered dead") << 0 << QStringLiteral("Canceled 0 job")
        << QStringLiteral("; 2 skipped (Delivered: 1, Gave up (dead letter): 1).");
}

void tst_JobBulk::shouldActOnlyWhereTheStateAllows()
{
    QFETCH(bool, retry);
    QFETCH(QStringList, states);
    QFETCH(int, changed);
    QFETCH(QString, summaryStart);
    QFETCH(QString, summaryEnd);
    const QList<JobState> before = ::states(states);
    const QList<qint64> ids = jobsIn(before);
    const QString action = retry ? QStringLiteral("job.retry") : QStringLiteral("job.cancel");
    const int auditedBefore = int(jobAudit(action).size()); // the setup cancels some

    QSignalSpy jobChanged(m_store.get(), &JobStore::jobChanged);
    QString error;
    const std::optional<BulkResult> result =
        retry ? m_store->retryMany(ids, &error) : m_store->cancelMany(ids, &error);
    QVERIFY2(result, qPrintable(error));

    const JobEvent event = retry ? JobEvent::ManualRetry : JobEvent::Cancel;
    QList<qint64> moved;
    for (int i = 0; i < ids.size(); ++i) {
        const Job job = *m_store->job(ids[i]);
        if (transition(before[i], event)) {
            moved.append(ids[i]);
            QCOMPARE(job.state, retry ? JobState::Queued : JobState::Canceled);
            if (retry)
                QCOMPARE(job.attempts, 0); // a full budget, as a single retry gives
        } else {
            QCOMPARE(job.state, before[i]);
        }
    }
    QCOMPARE(result->changed, moved);
    QCOMPARE(int(result->changed.size()), changed);
    QCOMPARE(result->skipped(), int(ids.size()) - changed);
    QVERIFY2(result->summary.startsWith(summaryStart) && result->summary.endsWith(summaryEnd),
             qPrintable(result->summary));
    QCOMPARE(result->summary.contains(QLatin1String("skipped")), changed < ids.size());

    // One entry per job that moved, saying where from and how many went together; none for the others.
    const QList<Database::AuditEntry> entries = jobAudit(action).mid(auditedBefore);
    QCOMPARE(entries.size(), changed);
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries[i].subjectId, QString::number(moved[i]));
        QCOMPARE(entries[i].osUser, QStringLiteral("tester"));
        QCOMPARE(entries[i].details.value(QStringLiteral("from")).toString(),
                 jobStateId(before[ids.indexOf(moved[i])]));
        QCOMPARE(entries[i].details.value(QStringLiteral("batch_size")).toInt(), changed);
    }
    // Views refresh once, not once per job.
    QCOMPARE(jobChanged.count(), changed > 0 ? 1 : 0);
    if (changed > 1)
        QCOMPARE(jobChanged.at(0).at(0).toLongLong(), 0);
}

void tst_JobBulk::shouldCountMissingAndRepeatedIdsOnce()
{
    const QList<qint64> ids = jobsIn({JobState::Failed, JobState::Dead});
    QString error;
    const auto result = m_store->retryMany({ids[0], ids[0], 999999, ids[1], ids[0]}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->changed, ids);
    QCOMPARE(result->notFound, 1);
    QVERIFY2(result->summary.endsWith(QLatin1String("; 1 skipped (Not found).")),
             qPrintable(result->summary));
    QCOMPARE(jobAudit(QStringLiteral("job.retry")).size(), 2);
}

void tst_JobBulk::shouldSkipRetryWhenTheDestinationWasRemoved()
{
    const QList<qint64> ids = jobsIn({JobState::Failed, JobState::Failed, JobState::Delivered});
    // What removing the destination leaves behind (ON DELETE SET NULL).
    execute(QStringLiteral("UPDATE jobs SET destination_id = NULL WHERE id = %1").arg(ids[1]));
    QString error;
    const auto result = m_store->retryMany(ids, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->changed, QList<qint64>{ids[0]});
    QCOMPARE(result->skippedWithoutDestination, 1);
    QCOMPARE(m_store->job(ids[1])->state, JobState::Failed);
    QVERIFY2(result->summary.endsWith(QLatin1String("; 2 skipped (Delivered: 1, Destination removed: 1).")),
             qPrintable(result->summary));
}

void tst_JobBulk::shouldChangeNothingWhenOneWriteFails_data()
{
    QTest::addColumn<bool>("retry");
    QTest::addColumn<QString>("trigger");
    // Each trigger fails on the third job, after two have been written.
    QTest::newRow("retry: the job's row")
        << true << QStringLiteral("BEFORE UPDATE OF state ON jobs WHEN NEW.id = %1");
    QTest::newRow("retry: its audit entry")
        << true << QStringLiteral("BEFORE INSERT ON audit_log WHEN NEW.subject_id = '%1'");
    QTest::newRow("cancel: the job's row")
        << false << QStringLiteral("BEFORE UPDATE OF state ON jobs WHEN NEW.id = %1");
}

void tst_JobBulk::shouldChangeNothingWhenOneWriteFails()
{
    QFETCH(bool, retry);
    QFETCH(QString, trigger);
    const JobState from = retry ? JobState::Failed : JobState::Queued;
    const QList<qint64> ids = jobsIn(QList<JobState>(5, from));
    const int audited = int(m_db->auditEntries().size());
    execute(QStringLiteral("CREATE TEMP TRIGGER break_third ") + trigger.arg(ids[2]) +
            QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"));

    QSignalSpy jobChanged(m_store.get(), &JobStore::jobChanged);
    QString error;
    QVERIFY(!(retry ? m_store->retryMany(ids, &error) : m_store->cancelMany(ids, &error)));
    QVERIFY2(error.contains(QLatin1String("disk on fire")), qPrintable(error));
    for (qint64 id : ids)
        QCOMPARE(m_store->job(id)->state, from);
    QCOMPARE(m_db->auditEntries().size(), audited);
    QCOMPARE(jobChanged.count(), 0);

    // Once the write can succeed, the same call moves them all.
    execute(QStringLiteral("DROP TRIGGER break_third"));
    const auto result = retry ? m_store->retryMany(ids, &error) : m_store->cancelMany(ids, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->changed, ids);
}

QTEST_MAIN(tst_JobBulk)
#include "tst_jobbulk.moc"
