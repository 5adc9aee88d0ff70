// The search box over the jobs list. Above a number of matches (50,000) a page walks the creation-order
// index past the jobs that do not match; below it, it looks every match up. Both plans must list exactly the
// jobs, in the order and at the rows, worked out here from all the jobs. And the number of jobs a search
// finds, which JobStore keeps between calls, must follow every write that changes it.
#include "Database.h"
#include "DevSeed.h"
#include "JobListModel.h"
#include "JobReference.h"
#include "JobStore.h"
#include "JobStoreFixture.h"
#include "MessagePreview.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace LeadRails;

Q_DECLARE_METATYPE(LeadRails::JobFilter)

namespace {

// How the search box reads the text (see textMatch() in JobStore.cpp), as a user would check it by eye.
enum class Finds {
    NumberStart, // "+1415": numbers that begin so
    Digits,      // "(415) 555": numbers with these digits together anywhere
    SidStart,    // "SMa": SIDs that begin so, or words of the body that do
    Words,       // "stop reply": every word begins a word of the body, in any order
};

bool beginsAWord(const QString &body, const QString &word)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = body.split(nonWord, Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return w.startsWith(word, Qt::CaseInsensitive); });
}

bool found(const Testing::JobRow &row, Finds finds, const QString &text)
{
    switch (finds) {
    case Finds::NumberStart:
        return row.to.startsWith(text);
    case Finds::Digits: {
        QString digits;
        for (QChar ch : text) {
            if (ch.isDigit())
                digits += ch;
        }
        return row.to.contains(digits);
    }
    case Finds::SidStart:
        return row.sid.startsWith(text.left(2).toUpper() + text.mid(2).toLower()) ||
               beginsAWord(row.body, text);
    case Finds::Words: {
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        return std::all_of(words.cbegin(), words.cend(),
                           [&](const QString &w) { return beginsAWord(row.body, w); });
    }
    }
    return false;
}

bool shown(const Testing::JobRow &row, const JobFilter &filter, Finds finds)
{
    return (filter.states.isEmpty() || filter.states.contains(row.state)) &&
           (filter.destinationId.isEmpty() || row.destinationId == filter.destinationId) &&
           (!filter.from.isValid() || row.createdAt >= Database::toText(filter.from)) &&
           (!filter.to.isValid() || row.createdAt <= Database::toText(filter.to)) &&
           (!filter.onlyTest || row.test) && found(row, finds, filter.text);
}

// The jobs the list shows, in its order.
QList<qint64> listed(QList<Testing::JobRow> rows, const JobFilter &filter, Finds finds)
{
    rows.removeIf([&](const Testing::JobRow &row) { return !shown(row, filter, finds); });
    return Testing::referenceOrder(rows, filter.order);
}

// The writes after which a search must be counted again.
enum class Write {
    EnqueuedHere,       // a job added through the store that counts
    EnqueuedElsewhere,  // a job added through another connection (another program, the dispatcher's thread)
    AcceptedHere,       // the dispatcher's step through the store gives a job its SID
    SidSetElsewhere,    // a SID written through another connection
    SidSetOnConnection, // a SID written on the store's connection, not through the store
    RemovedElsewhere,   // a job deleted through another connection
};

const QString kBody = QStringLiteral("Hi {{first_name}}! Reply STOP to opt out.");
const QString kSid = QStringLiteral("SMfeedfeedfeedfeedfeedfeedfeedfeed");

QJsonObject lead(const QString &name)
{
    return QJsonObject{{QStringLiteral("first_name"), name},
                       {QStringLiteral("phone"), QStringLiteral("+14155552671")}};
}

} // namespace

Q_DECLARE_METATYPE(Finds)
Q_DECLARE_METATYPE(Write)

class tst_JobSearch : public QObject, private Testing::JobStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void shouldListTheSameJobsWithEitherPlan_data();
    void shouldListTheSameJobsWithEitherPlan();
    void shouldShowTheSameListWithEitherPlan();
    void shouldRecountASearchAfterAWrite_data();
    void shouldRecountASearchAfterAWrite();
    void shouldSearchAfterTheConnectionIsReopened();

private:
    qint64 enqueue(JobStore &store, const Destination &d, const QString &name);

    // A seeded database read by both plans: the default threshold looks the matches up, 0 walks.
    QTemporaryDir m_seedDir;
    std::unique_ptr<Database> m_seedDb;
    std::unique_ptr<JobStore> m_lookingUp;
    std::unique_ptr<JobStore> m_walking;
    QStringList m_seedDestinations;
    QList<Testing::JobRow> m_rows;
};

void tst_JobSearch::initTestCase()
{
    QVERIFY(m_seedDir.isValid());
    QString error;
    m_seedDb = Database::open(QDir(m_seedDir.path()).filePath(QStringLiteral("leadrails.sqlite")), &error);
    QVERIFY2(m_seedDb, qPrintable(error));
    DevSeed::Options options;
    options.jobs = 3000;
    options.destinations = 3;
    options.days = 30;
    options.now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    options.randomSeed = 11;
    const auto seeded = DevSeed::run(*m_seedDb, options);
    QVERIFY2(seeded.ok, qPrintable(seeded.error));
    m_seedDestinations = seeded.destinationIds;
    QSqlQuery query(m_seedDb->connection());
    // Jobs of every state created at the same moment: only the id orders them.
    QVERIFY(query.exec(QStringLiteral("UPDATE jobs SET created_at = (SELECT created_at FROM jobs WHERE id = "
                                      "1500) WHERE id % 41 = 0")));
    m_rows = Testing::readJobRows(m_seedDb->connection());
    QCOMPARE(m_rows.size(), 3000);
    m_lookingUp = std::make_unique<JobStore>(*m_seedDb, QStringLiteral("tester"));
    m_walking = std::make_unique<JobStore>(*m_seedDb, QStringLiteral("tester"));
    m_walking->setSearchWalkThreshold(0);
}

void tst_JobSearch::cleanupTestCase()
{
    m_walking.reset();
    m_lookingUp.reset();
    m_seedDb.reset();
}

void tst_JobSearch::cleanup()
{
    closeJobStore();
}

void tst_JobSearch::shouldListTheSameJobsWithEitherPlan_data()
{
    QTest::addColumn<JobFilter>("filter");
    QTest::addColumn<Finds>("finds");
    const QDateTime now(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    struct Search
    {
        const char *text;
        Finds finds;
    };
    const Search searches[] = {{"reply", Finds::Words},      {"grace", Finds::Words},
                               {"stop reply", Finds::Words}, {"+1415", Finds::NumberStart},
                               {"(415) 555", Finds::Digits}, {"SMa", Finds::SidStart}};
    JobFilter every;
    JobFilter states;
    states.states = {JobState::Delivered, JobState::Failed, JobState::Queued, JobState::Sending};
    JobFilter destination;
    destination.destinationId = m_seedDestinations.value(1);
    JobFilter days;
    days.from = now.addDays(-20);
    days.to = now.addDays(-5);
    JobFilter combined;
    combined.destinationId = m_seedDestinations.value(2);
    combined.states = {JobState::Delivered, JobState::Undelivered, JobState::Canceled};
    combined.from = now.addDays(-25);
    const std::pair<const char *, JobFilter> filters[] = {{"every job", every},
                                                          {"four states", states},
                                                          {"one destination", destination},
                                                          {"15 days", days},
                                                          {"destination, states, from", combined}};
    const std::pair<const char *, JobOrder> orders[] = {
        {"newest", JobOrder::NewestFirst},
        {"oldest", JobOrder::OldestFirst},
        {"status", JobOrder::StatusThenNewest},
        {"status reversed", JobOrder::StatusReversedThenNewest}};
    for (const Search &search : searches) {
        for (const auto &[filterName, baseFilter] : filters) {
            for (const auto &[orderName, order] : orders) {
                JobFilter filter = baseFilter;
                filter.text = QString::fromUtf8(search.text);
                filter.order = order;
                QTest::addRow("\"%s\", %s, %s", search.text, filterName, orderName) << filter << search.finds;
            }
        }
    }
}

void tst_JobSearch::shouldListTheSameJobsWithEitherPlan()
{
    QFETCH(JobFilter, filter);
    QFETCH(Finds, finds);
    const QList<qint64> expected = listed(m_rows, filter, finds);
    const int total = int(expected.size());
    QVERIFY2(total > 0, "a row that finds nothing compares nothing");
    qint64 leftOut = 0;
    for (const Testing::JobRow &row : std::as_const(m_rows)) {
        if (!expected.contains(row.id)) {
            leftOut = row.id;
            break;
        }
    }
    for (JobStore *store : {m_lookingUp.get(), m_walking.get()}) {
        const char *plan = store == m_walking.get() ? "walk" : "look-up";
        QVERIFY2(store->count(filter) == total, plan);
        // Page after page, as the model and the CSV export read them.
        QList<qint64> paged;
        for (int offset = 0; offset < total; offset += 400) {
            QString error;
            paged.append(Testing::jobIds(store->jobs(filter, 400, offset, &error)));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY2(paged == expected, plan);
        // A page in the middle and the last one, read from the nearer end.
        QVERIFY2(Testing::jobIds(store->jobs(filter, 7, total / 2)) == expected.mid(total / 2, 7), plan);
        QVERIFY2(Testing::jobIds(store->jobs(filter, 7, total - 3)) == expected.mid(total - 3), plan);
        // "Show job" finds it where the list has it.
        for (int row : {0, total / 3, total - 1})
            QVERIFY2(store->rowOf(filter, expected.at(row)) == row, plan);
        if (leftOut > 0)
            QVERIFY2(store->rowOf(filter, leftOut) == -1, plan);
    }
}

void tst_JobSearch::shouldShowTheSameListWithEitherPlan()
{
    JobFilter filter;
    filter.text = QStringLiteral("grace");
    filter.order = JobOrder::StatusThenNewest;
    const QList<qint64> expected = listed(m_rows, filter, Finds::Words);
    QVERIFY(expected.size() > 0);
    for (JobStore *store : {m_lookingUp.get(), m_walking.get()}) {
        JobListModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(
                model.data(model.index(row, JobListModel::Created), JobListModel::JobIdRole).toLongLong(),
                expected.at(row));
    }
}

qint64 tst_JobSearch::enqueue(JobStore &store, const Destination &d, const QString &name)
{
    const MessagePreview preview = MessagePreviewer(d.messageSettings()).preview(lead(name));
    QString error;
    const qint64 id = store.enqueue(d, lead(name), preview, false, &error);
    [&] { QVERIFY2(id > 0, qPrintable(error)); }();
    return id;
}

void tst_JobSearch::shouldRecountASearchAfterAWrite_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    const QString name = QStringLiteral("zanzibar");
    const QString sidStart = kSid.left(8);
    QTest::newRow("job added through the store") << Write::EnqueuedHere << name << 0 << 1;
    QTest::newRow("job added through another connection") << Write::EnqueuedElsewhere << name << 0 << 1;
    QTest::newRow("SID from the dispatcher's step") << Write::AcceptedHere << sidStart << 0 << 1;
    QTest::newRow("SID written through another connection") << Write::SidSetElsewhere << sidStart << 0 << 1;
    QTest::newRow("SID written on the connection") << Write::SidSetOnConnection << sidStart << 0 << 1;
    QTest::newRow("job removed through another connection") << Write::RemovedElsewhere << name << 1 << 0;
}

void tst_JobSearch::shouldRecountASearchAfterAWrite()
{
    QFETCH(Write, write);
    QFETCH(QString, text);
    QFETCH(int, before);
    QFETCH(int, after);
    QString error;
    QVERIFY2(openJobStore(&error), qPrintable(error));
    const Destination d = seedDestination(QStringLiteral("Main"), kBody);
    const qint64 ada = enqueue(*m_store, d, QStringLiteral("Ada"));
    const qint64 zanzibar =
        write == Write::RemovedElsewhere ? enqueue(*m_store, d, QStringLiteral("Zanzibar")) : 0;
    JobFilter filter;
    filter.text = text;
    // Asked twice, as a refresh does: the count is kept when the write comes.
    QCOMPARE(m_store->count(filter), before);
    QCOMPARE(m_store->count(filter), before);
    QCOMPARE(m_store->jobs(filter, 10).size(), before);

    auto other = Database::open(m_db->path(), &error);
    QVERIFY2(other, qPrintable(error));
    JobStore otherStore(*other, QStringLiteral("someone else"));
    QSqlQuery elsewhere(other->connection());
    QSqlQuery here(m_db->connection());
    qint64 shownId = ada;
    switch (write) {
    case Write::EnqueuedHere:
        shownId = enqueue(*m_store, d, QStringLiteral("Zanzibar"));
        break;
    case Write::EnqueuedElsewhere:
        shownId = enqueue(otherStore, d, QStringLiteral("Zanzibar"));
        break;
    case Write::AcceptedHere: {
        const auto claimed = m_store->claimNextDue(d.id, QDateTime::currentDateTimeUtc());
        QVERIFY(claimed);
        QCOMPARE(claimed->id, ada);
        JobStore::Outcome accepted;
        accepted.event = JobEvent::Accepted;
        accepted.twilioSid = kSid;
        accepted.twilioStatus = QStringLiteral("queued");
        QVERIFY(m_store->recordAttempt(ada, JobAttempt{}, accepted, &error));
        break;
    }
    case Write::SidSetElsewhere:
    case Write::SidSetOnConnection:
    case Write::RemovedElsewhere: {
        QSqlQuery &sql = write == Write::SidSetOnConnection ? here : elsewhere;
        if (write == Write::RemovedElsewhere) {
            sql.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
        } else {
            sql.prepare(QStringLiteral("UPDATE jobs SET twilio_sid = ? WHERE id = ?"));
            sql.addBindValue(kSid);
        }
        sql.addBindValue(write == Write::RemovedElsewhere ? zanzibar : ada);
        QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        break;
    }
    }
    QCOMPARE(m_store->count(filter), after);
    const QList<qint64> shownIds = Testing::jobIds(m_store->jobs(filter, 10));
    QCOMPARE(shownIds, after > 0 ? QList<qint64>{shownId} : QList<qint64>{});
}

void tst_JobSearch::shouldSearchAfterTheConnectionIsReopened()
{
    QString error;
    QVERIFY2(openJobStore(&error), qPrintable(error));
    const Destination d = seedDestination(QStringLiteral("Main"), kBody);
    enqueue(*m_store, d, QStringLiteral("Ada"));
    // A connection that has written nothing yet, as after a start.
    const QString path = m_db->path();
    m_store.reset();
    m_db = Database::open(path, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_store = std::make_unique<JobStore>(*m_db, QStringLiteral("tester"));
    JobFilter filter;
    filter.text = QStringLiteral("zanzibar");
    QCOMPARE(m_store->count(filter), 0);

    // Closed, then opened again: a new SQLite connection, which has not written anything either, after
    // another program added a job the search finds.
    QSqlDatabase connection = m_db->connection();
    connection.close();
    {
        auto other = Database::open(path, &error);
        QVERIFY2(other, qPrintable(error));
        JobStore otherStore(*other, QStringLiteral("someone else"));
        enqueue(otherStore, d, QStringLiteral("Zanzibar"));
    }
    QVERIFY(connection.open());
    QCOMPARE(m_store->count(filter), 1);
    QCOMPARE(m_store->jobs(filter, 10).size(), 1);
    const qint64 id = enqueue(*m_store, d, QStringLiteral("Zanzibar"));
    QCOMPARE(m_store->count(filter), 2);
    QCOMPARE(m_store->rowOf(filter, id), 0);
}

QTEST_MAIN(tst_JobSearch)
#include "tst_jobsearch.moc"
