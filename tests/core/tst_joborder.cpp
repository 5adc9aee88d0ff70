// The jobs list in every order (newest, oldest, by status both ways) over every kind of filter: pages of any
// size read one after the other give exactly the order computed here from all the jobs, the last page and
// the pages across two statuses included.
#include "Database.h"
#include "DevSeed.h"
#include "JobListModel.h"
#include "JobReference.h"
#include "JobStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace LeadRails;

Q_DECLARE_METATYPE(LeadRails::JobFilter)

namespace {

bool matches(const Testing::JobRow &row, const JobFilter &filter)
{
    const QString text = filter.text.trimmed();
    return (filter.states.isEmpty() || filter.states.contains(row.state)) &&
           (filter.destinationId.isEmpty() || row.destinationId == filter.destinationId) &&
           (!filter.from.isValid() || row.createdAt >= Database::toText(filter.from)) &&
           (!filter.to.isValid() || row.createdAt <= Database::toText(filter.to)) &&
           (text.isEmpty() || row.to.contains(text, Qt::CaseInsensitive) ||
            row.body.contains(text, Qt::CaseInsensitive) || row.sid.contains(text, Qt::CaseInsensitive));
}

// The order the list must show, worked out the obvious way: filter everything, sort everything.
QList<qint64> referenceOrder(QList<Testing::JobRow> rows, const JobFilter &filter)
{
    rows.removeIf([&](const Testing::JobRow &row) { return !matches(row, filter); });
    return Testing::referenceOrder(rows, filter.order);
}

const char *orderName(JobOrder order)
{
    switch (order) {
    case JobOrder::NewestFirst:
        return "newest first";
    case JobOrder::OldestFirst:
        return "oldest first";
    case JobOrder::StatusThenNewest:
        return "by status";
    case JobOrder::StatusReversedThenNewest:
        return "by status reversed";
    }
    return "?";
}

} // namespace

class tst_JobOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void shouldListEveryStateOnceInLifecycleOrder();
    void shouldPageInEveryOrder_data();
    void shouldPageInEveryOrder();
    void shouldTellWhereAJobIs_data();
    void shouldTellWhereAJobIs();
    void shouldShowNothingWhenNothingMatches_data();
    void shouldShowNothingWhenNothingMatches();
    void shouldResortTheModelOnlyForCreatedAndStatus();
    void shouldTakeTheOrderFromTheFilter();

private:
    void checkModelFollows(const JobListModel &model, const QList<qint64> &expected);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobStore> m_store;
    QStringList m_destinations;
    QList<Testing::JobRow> m_rows;
    QHash<qint64, JobState> m_states;
    static constexpr int kJobs = 4000;
};

void tst_JobOrder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = Database::open(QDir(m_dir.path()).filePath(QStringLiteral("leadrails.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_store = std::make_unique<JobStore>(*m_db, QStringLiteral("tester"));
    DevSeed::Options options;
    options.jobs = kJobs;
    options.destinations = 3;
    options.days = 30;
    options.now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    options.randomSeed = 7;
    const auto seeded = DevSeed::run(*m_db, options);
    QVERIFY2(seeded.ok, qPrintable(seeded.error));
    m_destinations = seeded.destinationIds;
    // Jobs of every state that share one creation time: only the id tells them apart.
    QSqlQuery ties(m_db->connection());
    QVERIFY(
        ties.exec(QStringLiteral("UPDATE jobs SET created_at = (SELECT created_at FROM jobs WHERE id = 2000) "
                                 "WHERE id % 37 = 0 OR id BETWEEN 3990 AND 3995")));
    m_rows = Testing::readJobRows(m_db->connection());
    QCOMPARE(m_rows.size(), kJobs);
    for (const Testing::JobRow &row : std::as_const(m_rows))
        m_states.insert(row.id, row.state);
    // The seed leaves "sending" empty: an empty bucket among the others.
    QCOMPARE(m_store->stateCounts().value(JobState::Sending), 0);
}

void tst_JobOrder::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
}

void tst_JobOrder::shouldListEveryStateOnceInLifecycleOrder()
{
    const QList<JobState> lifecycle = jobStatesInLifecycleOrder();
    QCOMPARE(lifecycle.size(), int(JobState::Unknown) + 1);
    for (int i = 0; i <= int(JobState::Unknown); ++i)
        QCOMPARE(lifecycle.count(JobState(i)), 1);
    // What a user reads first and last.
    QCOMPARE(lifecycle.first(), JobState::Queued);
    QVERIFY(lifecycle.indexOf(JobState::Accepted) < lifecycle.indexOf(JobState::Delivered));
    QCOMPARE(lifecycle.last(), JobState::Canceled);
}

void tst_JobOrder::shouldPageInEveryOrder_data()
{
    QTest::addColumn<JobFilter>("filter");
    const QDateTime now(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    struct Named
    {
        const char *name;
        JobFilter filter;
    };
    QList<Named> filters;
    filters.append(Named{"every job", {}});
    JobFilter states;
    // Sending is empty; delivered and failed hold more than a thousand jobs between them.
    states.states = {JobState::Failed, JobState::Sending, JobState::Delivered, JobState::Queued};
    filters.append(Named{"several states", states});
    JobFilter oneState;
    oneState.states = {JobState::Delivered};
    filters.append(Named{"one state", oneState});
    JobFilter destination;
    destination.destinationId = m_destinations.value(1);
    filters.append(Named{"one destination", destination});
    JobFilter text;
    text.text = QStringLiteral("grace");
    filters.append(Named{"text", text});
    JobFilter dates;
    dates.from = now.addDays(-20);
    dates.to = now.addDays(-5);
    filters.append(Named{"date range", dates});
    JobFilter combined = dates;
    combined.destinationId = m_destinations.value(2);
    combined.states = {JobState::Canceled, JobState::Delivered, JobState::Dead, JobState::Sending};
    filters.append(Named{"destination, states and dates", combined});

    for (JobOrder order : {JobOrder::NewestFirst, JobOrder::OldestFirst, JobOrder::StatusThenNewest,
                           JobOrder::StatusReversedThenNewest}) {
        for (Named named : std::as_const(filters)) {
            named.filter.order = order;
            QTest::addRow("%s, %s", orderName(order), named.name) << named.filter;
        }
    }
}

void tst_JobOrder::shouldPageInEveryOrder()
{
    QFETCH(JobFilter, filter);
    const QList<qint64> expected = referenceOrder(m_rows, filter);
    const int total = int(expected.size());
    QVERIFY(total > 0);
    QCOMPARE(m_store->count(filter), total);

    // Page after page, as the model and the CSV export read them.
    for (int pageSize : {97, 1000}) {
        QList<qint64> paged;
        for (int offset = 0; offset <= total; offset += pageSize) {
            QString error;
            const QList<Job> page = m_store->jobs(filter, pageSize, offset, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(page.size(), qMin(pageSize, total - offset));
            paged.append(Testing::jobIds(page));
        }
        QCOMPARE(paged, expected);
    }

    // Windows where it could go wrong: the ends, the middle, beyond the end, and across every change of
    // status.
    QList<int> offsets = {0, 1, total / 2, total - 7, total - 1, total, total + 5, 999, 1000, 1001};
    for (int row = 1; row < total; ++row) {
        if (m_states.value(expected[row]) != m_states.value(expected[row - 1]))
            offsets << row - 3 << row;
    }
    for (int offset : std::as_const(offsets)) {
        if (offset < 0)
            continue;
        const QList<qint64> window = Testing::jobIds(m_store->jobs(filter, 7, offset));
        QVERIFY2(window == expected.mid(offset, 7), qPrintable(QStringLiteral("offset %1").arg(offset)));
    }
    QCOMPARE(Testing::jobIds(m_store->jobs(filter, 10, total - 3)), expected.mid(total - 3));
}

void tst_JobOrder::shouldTellWhereAJobIs_data()
{
    shouldPageInEveryOrder_data();
}

void tst_JobOrder::shouldTellWhereAJobIs()
{
    // "Show job" from an alert or a test send opens the job wherever the current order puts it.
    QFETCH(JobFilter, filter);
    const QList<qint64> expected = referenceOrder(m_rows, filter);
    for (int row : {0, 1, int(expected.size()) / 3, int(expected.size()) / 2, int(expected.size()) - 1}) {
        if (row < 0 || row >= expected.size())
            continue;
        QCOMPARE(m_store->rowOf(filter, expected.at(row)), row);
    }
    // A job the filter leaves out, and one that does not exist.
    for (const Testing::JobRow &r : std::as_const(m_rows)) {
        if (!expected.contains(r.id)) {
            QCOMPARE(m_store->rowOf(filter, r.id), -1);
            break;
        }
    }
    QCOMPARE(m_store->rowOf(filter, 999999999), -1);
}

void tst_JobOrder::shouldShowNothingWhenNothingMatches_data()
{
    QTest::addColumn<JobFilter>("filter");
    for (JobOrder order : {JobOrder::NewestFirst, JobOrder::OldestFirst, JobOrder::StatusThenNewest,
                           JobOrder::StatusReversedThenNewest}) {
        JobFilter emptyState;
        emptyState.states = {JobState::Sending};
        emptyState.order = order;
        QTest::addRow("%s, an empty state", orderName(order)) << emptyState;
        JobFilter noText;
        noText.text = QStringLiteral("no job says this");
        noText.order = order;
        QTest::addRow("%s, text found nowhere", orderName(order)) << noText;
    }
}

void tst_JobOrder::shouldShowNothingWhenNothingMatches()
{
    QFETCH(JobFilter, filter);
    QString error;
    QVERIFY(m_store->jobs(filter, 50, 0, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_store->jobs(filter, 50, 100).isEmpty());
    JobListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void tst_JobOrder::checkModelFollows(const JobListModel &model, const QList<qint64> &expected)
{
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row : {0, 1, 199, 200, 201, int(expected.size()) / 2, int(expected.size()) - 1}) {
        if (row >= expected.size())
            continue;
        QCOMPARE(model.data(model.index(row, JobListModel::Created), JobListModel::JobIdRole).toLongLong(),
                 expected[row]);
    }
}

void tst_JobOrder::shouldResortTheModelOnlyForCreatedAndStatus()
{
    JobListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    JobFilter filter;
    QCOMPARE(model.sortColumn(), int(JobListModel::Created));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    checkModelFollows(model, referenceOrder(m_rows, filter));

    model.sort(JobListModel::Status, Qt::AscendingOrder);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.sortColumn(), int(JobListModel::Status));
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    filter.order = JobOrder::StatusThenNewest;
    checkModelFollows(model, referenceOrder(m_rows, filter));
    QCOMPARE(model.data(model.index(0, JobListModel::Status), JobListModel::StateRole).toInt(),
             int(JobState::Queued));

    // The same order again, or a column that does not sort: nothing to reload.
    model.sort(JobListModel::Status, Qt::AscendingOrder);
    model.sort(JobListModel::Body, Qt::DescendingOrder);
    model.sort(JobListModel::Sid, Qt::AscendingOrder);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.sortColumn(), int(JobListModel::Status));

    model.sort(JobListModel::Status, Qt::DescendingOrder);
    filter.order = JobOrder::StatusReversedThenNewest;
    checkModelFollows(model, referenceOrder(m_rows, filter));
    QCOMPARE(model.data(model.index(0, JobListModel::Status), JobListModel::StateRole).toInt(),
             int(JobState::Canceled));

    model.sort(JobListModel::Created, Qt::AscendingOrder);
    filter.order = JobOrder::OldestFirst;
    checkModelFollows(model, referenceOrder(m_rows, filter));
    QCOMPARE(resets.count(), 3);

    // The header offers the first click's direction: newest first, and statuses from queued on.
    QCOMPARE(model.headerData(JobListModel::Created, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
             int(Qt::DescendingOrder));
    QCOMPARE(model.headerData(JobListModel::Status, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
             int(Qt::AscendingOrder));
    QVERIFY(!model.headerData(JobListModel::Body, Qt::Horizontal, Qt::InitialSortOrderRole).isValid());
}

void tst_JobOrder::shouldTakeTheOrderFromTheFilter()
{
    JobListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobFilter filter;
    filter.destinationId = m_destinations.value(0);
    filter.order = JobOrder::StatusReversedThenNewest;
    model.setFilter(filter);
    QCOMPARE(model.sortColumn(), int(JobListModel::Status));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    checkModelFollows(model, referenceOrder(m_rows, filter));
}

QTEST_MAIN(tst_JobOrder)
#include "tst_joborder.moc"
