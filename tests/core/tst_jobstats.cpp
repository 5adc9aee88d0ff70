#include "Database.h"
#include "DevSeed.h"
#include "JobStore.h"
#include "JobStoreFixture.h"
#include "MessagePreview.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace LeadRails;
using Outcome = JobStore::Outcome;

Q_DECLARE_METATYPE(LeadRails::JobState)

namespace {

const QString kBody = QStringLiteral("Hi {{first_name}}! Reply STOP to opt out, HELP for help.");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

Outcome outcome(JobEvent event)
{
    Outcome o;
    o.event = event;
    if (event == JobEvent::Accepted)
        o.twilioSid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    return o;
}

DailyJobCounts day(const QDate &date, int sent, int delivered, int failed)
{
    return DailyJobCounts{date, sent, delivered, failed};
}

} // namespace

namespace QTest {
template<> char *toString(const DailyJobCounts &counts)
{
    return qstrdup(QStringLiteral("%1: sent %2, delivered %3, failed %4")
                       .arg(counts.day.toString(Qt::ISODate))
                       .arg(counts.sent)
                       .arg(counts.delivered)
                       .arg(counts.failed)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

// Sent, delivered and failed per local day, from the hourly counts the database keeps.
class tst_JobStats : public QObject, private Testing::JobStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldCountJobOnItsLocalDay_data();
    void shouldCountJobOnItsLocalDay();
    void shouldCountEachStateAsDocumented_data();
    void shouldCountEachStateAsDocumented();
    void shouldFollowJobsThroughTheirLifecycle();
    void shouldForgetDeletedJobs();
    void shouldCountPerDestinationAndKeepJobsOfRemovedOnes();
    void shouldReturnEveryDayWithZeros();
    void shouldBackfillWhenMigratingFromVersion2();
    void shouldMatchAScanOfTheJobsAfterSeedingAndChanges();

private:
    Destination destination(const QString &name = QStringLiteral("Main"));
    qint64 insertJob(const QString &destinationId, JobState state, const QDateTime &created);
    qint64 enqueue(const Destination &d);
    bool exec(const QString &sql, const QVariantList &values = {});
    // Rows of job_hourly that differ from a count over the jobs table (0: the triggers kept up).
    int hourlyMismatches();
};

void tst_JobStats::init()
{
    QString error;
    QVERIFY2(openJobStore(&error), qPrintable(error));
    m_destinations = 0;
}

void tst_JobStats::cleanup()
{
    closeJobStore();
}

Destination tst_JobStats::destination(const QString &name)
{
    return seedDestination(name, kBody);
}

bool tst_JobStats::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

qint64 tst_JobStats::insertJob(const QString &destinationId, JobState state, const QDateTime &created)
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("INSERT INTO jobs (destination_id, destination_name, lead, to_number, body, "
                                 "state, created_at, updated_at) VALUES (?, 'Main', '{}', '+14155552671', "
                                 "'Hi', ?, ?, ?)"));
    query.addBindValue(destinationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : destinationId);
    query.addBindValue(jobStateId(state));
    query.addBindValue(Database::toText(created));
    query.addBindValue(Database::toText(created));
    [&] { QVERIFY(query.exec()); }();
    return query.lastInsertId().toLongLong();
}

qint64 tst_JobStats::enqueue(const Destination &d)
{
    const QJsonObject lead{{QStringLiteral("first_name"), QStringLiteral("Ada")},
                           {QStringLiteral("phone"), QStringLiteral("+14155552671")}};
    QString error;
    const qint64 id =
        m_store->enqueue(d, lead, MessagePreviewer(d.messageSettings()).preview(lead), false, &error);
    [&] { QVERIFY2(id > 0, qPrintable(error)); }();
    return id;
}

int tst_JobStats::hourlyMismatches()
{
    QSqlQuery query(m_db->connection());
    const bool ok = query.exec(QStringLiteral(
        "WITH scan AS (SELECT substr(created_at, 1, 13) AS hour, coalesce(destination_id, '') AS "
        "destination_id,"
        " state, count(*) AS n FROM jobs GROUP BY 1, 2, 3)"
        " SELECT (SELECT count(*) FROM scan LEFT JOIN job_hourly k USING (hour, destination_id, state)"
        "  WHERE k.n IS NOT scan.n)"
        " + (SELECT count(*) FROM job_hourly k LEFT JOIN scan USING (hour, destination_id, state)"
        "  WHERE k.n <> 0 AND scan.n IS NULL)"));
    return ok && query.next() ? query.value(0).toInt() : -1;
}

void tst_JobStats::shouldCountJobOnItsLocalDay_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("UTC, late evening")
        << QByteArray("UTC") << utc("2024-05-01T23:59:59Z") << QDate(2024, 5, 1);
    QTest::newRow("New York, 02:00 UTC is the evening before")
        << QByteArray("America/New_York") << utc("2024-05-02T02:00:00Z") << QDate(2024, 5, 1);
    QTest::newRow("New York, 04:00 UTC is midnight") // EDT, UTC-4
        << QByteArray("America/New_York") << utc("2024-05-02T04:00:00Z") << QDate(2024, 5, 2);
    QTest::newRow("New York in winter, 04:30 UTC is still the evening before") // EST, UTC-5
        << QByteArray("America/New_York") << utc("2024-01-10T04:30:00Z") << QDate(2024, 1, 9);
    QTest::newRow("New York, the 23-hour day clocks go forward")
        << QByteArray("America/New_York") << utc("2024-03-11T03:30:00Z") << QDate(2024, 3, 10);
    QTest::newRow("New York, the 25-hour day clocks go back")
        << QByteArray("America/New_York") << utc("2024-11-04T04:30:00Z") << QDate(2024, 11, 3);
    QTest::newRow("Tokyo, 15:00 UTC is the next day")
        << QByteArray("Asia/Tokyo") << utc("2024-05-01T15:00:00Z") << QDate(2024, 5, 2);
    QTest::newRow("Tokyo, 14:59 UTC is the same day")
        << QByteArray("Asia/Tokyo") << utc("2024-05-01T14:59:00Z") << QDate(2024, 5, 1);
    // Half-hour offsets are approximated: an hour goes to the day holding its middle. 17:59 UTC is 23:29
    // in Kolkata; 18:10 UTC is 23:40, counted on the next day with the rest of its hour.
    QTest::newRow("Kolkata, 23:29 local")
        << QByteArray("Asia/Kolkata") << utc("2024-05-01T17:59:00Z") << QDate(2024, 5, 1);
    QTest::newRow("Kolkata, 23:40 local goes with its hour to the next day")
        << QByteArray("Asia/Kolkata") << utc("2024-05-01T18:10:00Z") << QDate(2024, 5, 2);
}

void tst_JobStats::shouldCountJobOnItsLocalDay()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, created);
    QFETCH(QDate, expected);
    const QTimeZone timeZone(zone);
    if (!timeZone.isValid())
        QSKIP("this system has no data for the time zone");
    const Destination d = destination();
    insertJob(d.id, JobState::Delivered, created);
    const QList<DailyJobCounts> counts =
        m_store->dailyCounts(expected.addDays(-2), expected.addDays(2), {}, timeZone);
    QCOMPARE(counts.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QDate date = expected.addDays(i - 2);
        const int n = date == expected ? 1 : 0;
        QCOMPARE(counts.at(i), day(date, n, n, 0));
    }
}

void tst_JobStats::shouldCountEachStateAsDocumented_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<int>("sent");
    QTest::addColumn<int>("delivered");
    QTest::addColumn<int>("failed");
    QTest::newRow("queued") << JobState::Queued << 0 << 0 << 0;
    QTest::newRow("sending") << JobState::Sending << 0 << 0 << 0;
    QTest::newRow("retry-wait") << JobState::RetryWait << 0 << 0 << 0;
    QTest::newRow("unknown outcome") << JobState::Unknown << 0 << 0 << 0;
    QTest::newRow("accepted, delivery not known yet") << JobState::Accepted << 1 << 0 << 0;
    QTest::newRow("delivered") << JobState::Delivered << 1 << 1 << 0;
    QTest::newRow("undelivered: sent and failed") << JobState::Undelivered << 1 << 0 << 1;
    QTest::newRow("failed") << JobState::Failed << 0 << 0 << 1;
    QTest::newRow("dead") << JobState::Dead << 0 << 0 << 1;
    QTest::newRow("suppressed") << JobState::Suppressed << 0 << 0 << 0;
    QTest::newRow("canceled") << JobState::Canceled << 0 << 0 << 0;
}

void tst_JobStats::shouldCountEachStateAsDocumented()
{
    QFETCH(JobState, state);
    QFETCH(int, sent);
    QFETCH(int, delivered);
    QFETCH(int, failed);
    const Destination d = destination();
    for (int i = 0; i < 3; ++i)
        insertJob(d.id, state, utc("2024-05-01T12:00:00Z").addSecs(i * 600));
    const QDate date(2024, 5, 1);
    QCOMPARE(m_store->dailyCounts(date, date, {}, QTimeZone::utc()),
             QList<DailyJobCounts>{day(date, 3 * sent, 3 * delivered, 3 * failed)});
}

void tst_JobStats::shouldFollowJobsThroughTheirLifecycle()
{
    const Destination d = destination();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const qint64 first = enqueue(d);
    const qint64 second = enqueue(d);
    const qint64 third = enqueue(d);
    const QDate today = m_store->job(first)->createdAt.toTimeZone(zone).date();
    const auto counts = [&] { return m_store->dailyCounts(today, today).value(0); };
    QCOMPARE(counts(), day(today, 0, 0, 0));

    // The first is sent and delivered.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(m_store->claimNextDue(d.id, now)->id, first);
    QCOMPARE(counts(), day(today, 0, 0, 0));
    QVERIFY(m_store->apply(first, outcome(JobEvent::Accepted)));
    QCOMPARE(counts(), day(today, 1, 0, 0));
    QVERIFY(m_store->apply(first, outcome(JobEvent::StatusUpdate)));
    QCOMPARE(counts(), day(today, 1, 0, 0));
    QVERIFY(m_store->apply(first, outcome(JobEvent::Delivered)));
    QCOMPARE(counts(), day(today, 1, 1, 0));

    // The second is refused for good, retried by hand (no longer failed), and refused again.
    QCOMPARE(m_store->claimNextDue(d.id, now)->id, second);
    QVERIFY(m_store->apply(second, outcome(JobEvent::PermanentFailure)));
    QCOMPARE(counts(), day(today, 1, 1, 1));
    QVERIFY(m_store->retry(second));
    QCOMPARE(counts(), day(today, 1, 1, 0));

    // The third is canceled: in none of the three.
    QVERIFY(m_store->cancel(third));
    QCOMPARE(counts(), day(today, 1, 1, 0));

    // The retried one is claimed again, accepted, and the carrier cannot deliver it.
    const auto again = m_store->claimNextDue(d.id, QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY(again);
    QCOMPARE(again->id, second);
    QVERIFY(m_store->apply(second, outcome(JobEvent::Accepted)));
    QVERIFY(m_store->apply(second, outcome(JobEvent::Undelivered)));
    QCOMPARE(counts(), day(today, 2, 1, 1));
    QCOMPARE(hourlyMismatches(), 0);
}

void tst_JobStats::shouldForgetDeletedJobs()
{
    // Jobs are history and LeadRails never deletes them; should one be removed by hand, the chart follows.
    const Destination d = destination();
    const QDate date(2024, 5, 1);
    const qint64 id = insertJob(d.id, JobState::Failed, utc("2024-05-01T08:00:00Z"));
    insertJob(d.id, JobState::Failed, utc("2024-05-01T08:30:00Z"));
    QCOMPARE(m_store->dailyCounts(date, date, {}, QTimeZone::utc()).value(0), day(date, 0, 0, 2));
    QVERIFY(exec(QStringLiteral("DELETE FROM jobs WHERE id = ?"), {id}));
    QCOMPARE(m_store->dailyCounts(date, date, {}, QTimeZone::utc()).value(0), day(date, 0, 0, 1));
    QCOMPARE(hourlyMismatches(), 0);
}

void tst_JobStats::shouldCountPerDestinationAndKeepJobsOfRemovedOnes()
{
    const Destination main = destination(QStringLiteral("Main"));
    const Destination other = destination(QStringLiteral("Other"));
    const QDate date(2024, 5, 1);
    insertJob(main.id, JobState::Delivered, utc("2024-05-01T08:00:00Z"));
    insertJob(other.id, JobState::Delivered, utc("2024-05-01T08:10:00Z"));
    insertJob(other.id, JobState::Dead, utc("2024-05-01T09:10:00Z"));
    const auto counts = [&](const QString &destinationId) {
        return m_store->dailyCounts(date, date, destinationId, QTimeZone::utc()).value(0);
    };
    QCOMPARE(counts({}), day(date, 2, 2, 1));
    QCOMPARE(counts(main.id), day(date, 1, 1, 0));
    QCOMPARE(counts(other.id), day(date, 1, 1, 1));

    // Removing a destination keeps its finished jobs (destination_id becomes NULL): still in the totals.
    QVERIFY(exec(QStringLiteral("DELETE FROM destinations WHERE id = ?"), {other.id}));
    QCOMPARE(counts({}), day(date, 2, 2, 1));
    QCOMPARE(counts(other.id), day(date, 0, 0, 0));
    QCOMPARE(counts(main.id), day(date, 1, 1, 0));
    QCOMPARE(hourlyMismatches(), 0);
}

void tst_JobStats::shouldReturnEveryDayWithZeros()
{
    const Destination d = destination();
    insertJob(d.id, JobState::Delivered, utc("2024-05-03T10:00:00Z"));
    insertJob(d.id, JobState::Failed, utc("2024-05-20T10:00:00Z"));
    // Outside the 30 days: not counted.
    insertJob(d.id, JobState::Delivered, utc("2024-04-30T23:00:00Z"));
    insertJob(d.id, JobState::Delivered, utc("2024-05-31T00:00:00Z"));
    const QDate first(2024, 5, 1);
    const QDate last(2024, 5, 30);
    const QList<DailyJobCounts> counts = m_store->dailyCounts(first, last, {}, QTimeZone::utc());
    QCOMPARE(counts.size(), 30);
    for (int i = 0; i < 30; ++i) {
        const QDate date = first.addDays(i);
        const DailyJobCounts expected = date == QDate(2024, 5, 3)    ? day(date, 1, 1, 0)
                                        : date == QDate(2024, 5, 20) ? day(date, 0, 0, 1)
                                                                     : day(date, 0, 0, 0);
        QCOMPARE(counts.at(i), expected);
    }
    QVERIFY(m_store->dailyCounts(last, first, {}, QTimeZone::utc()).isEmpty());
}

void tst_JobStats::shouldBackfillWhenMigratingFromVersion2()
{
    m_store.reset();
    m_db.reset();
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("version2.sqlite"));
    QString error;
    {
        // A database as LeadRails left it before the chart: migrations 1 and 2 only, with jobs in it.
        auto old = Database::open(path, &error, Database::migrations().mid(0, 2));
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(old->schemaVersion(), 2);
        m_db = std::move(old);
        const Destination d = destination();
        insertJob(d.id, JobState::Delivered, utc("2024-05-01T08:00:00Z"));
        insertJob(d.id, JobState::Delivered, utc("2024-05-01T08:20:00Z"));
        insertJob(d.id, JobState::Undelivered, utc("2024-05-01T23:00:00Z"));
        insertJob(d.id, JobState::Queued, utc("2024-05-02T01:00:00Z"));
        insertJob({}, JobState::Failed, utc("2024-05-02T02:00:00Z")); // of a removed destination
        m_db.reset();
    }
    m_db = Database::open(path, &error);
    QVERIFY2(m_db, qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
    m_store = std::make_unique<JobStore>(*m_db, QStringLiteral("tester"));
    QCOMPARE(hourlyMismatches(), 0);
    const QDate may1(2024, 5, 1);
    const QDate may2(2024, 5, 2);
    QCOMPARE(m_store->dailyCounts(may1, may2, {}, QTimeZone::utc()),
             (QList<DailyJobCounts>{day(may1, 3, 2, 1), day(may2, 0, 0, 1)}));
    // In New York (UTC-4) every one of them is on 1 May: 01:00 and 02:00 UTC on 2 May are its evening.
    const QTimeZone newYork("America/New_York");
    if (newYork.isValid())
        QCOMPARE(m_store->dailyCounts(may1.addDays(-1), may1, {}, newYork),
                 (QList<DailyJobCounts>{day(may1.addDays(-1), 0, 0, 0), day(may1, 3, 2, 2)}));
}

void tst_JobStats::shouldMatchAScanOfTheJobsAfterSeedingAndChanges()
{
    DevSeed::Options options;
    options.jobs = 3000;
    options.days = 40;
    const DevSeed::Result seeded = DevSeed::run(*m_db, options);
    QVERIFY2(seeded.ok, qPrintable(seeded.error));
    QCOMPARE(hourlyMismatches(), 0);
    // Manual operations on some of them.
    JobFilter failed;
    failed.states = {JobState::Failed, JobState::Dead};
    int changed = 0;
    for (const Job &job : m_store->jobs(failed, 20))
        changed += m_store->retry(job.id) ? 1 : 0;
    QVERIFY(changed > 0);
    for (const Job &job : m_store->jobsInState(JobState::Queued, 20))
        changed += m_store->cancel(job.id) ? 1 : 0;
    QCOMPARE(hourlyMismatches(), 0);

    // Each UTC day's delivered and failed counts are what a scan of the jobs finds.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QList<DailyJobCounts> counts =
        m_store->dailyCounts(today.addDays(-29), today, {}, QTimeZone::utc());
    QCOMPARE(counts.size(), 30);
    int total = 0;
    for (const DailyJobCounts &c : counts) {
        QSqlQuery scan(m_db->connection());
        scan.prepare(QStringLiteral(
            "SELECT sum(state = 'delivered'), sum(state IN ('failed', 'undelivered', 'dead')),"
            " sum(state IN ('accepted', 'delivered', 'undelivered')) FROM jobs WHERE created_at >= ? AND "
            "created_at < ?"));
        scan.addBindValue(Database::toText(c.day.startOfDay(QTimeZone::utc())));
        scan.addBindValue(Database::toText(c.day.addDays(1).startOfDay(QTimeZone::utc())));
        QVERIFY(scan.exec() && scan.next());
        QCOMPARE(c.delivered, scan.value(0).toInt());
        QCOMPARE(c.failed, scan.value(1).toInt());
        QCOMPARE(c.sent, scan.value(2).toInt());
        total += c.sent;
    }
    QVERIFY(total > 1000); // 3000 jobs over 40 days: most of them in the last 30
}

QTEST_GUILESS_MAIN(tst_JobStats)
#include "tst_jobstats.moc"
