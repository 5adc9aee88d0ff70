#include "AuditLogModel.h"
#include "Database.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace LeadRails;

// The Audit view's model: newest first, paged from the database across page boundaries, readable columns,
// rows that hold still until refreshed.
class tst_AuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldShowNewestFirstAcrossPages_data();
    void shouldShowNewestFirstAcrossPages();
    void shouldShowReadableColumns();
    void shouldKeepRowsStillUntilRefreshed();

private:
    // Appends entries "test.1", "test.2"... after those already there.
    void append(int count);
    QString cell(const AuditLogModel &model, int row, AuditLogModel::Column column) const
    {
        return model.data(model.index(row, column)).toString();
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_appended = 0;
};

void tst_AuditLogModel::init()
{
    m_dir.emplace();
    QString error;
    m_db = Database::open(QDir(m_dir->path()).filePath(QStringLiteral("leadrails.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_appended = 0;
}

void tst_AuditLogModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_AuditLogModel::append(int count)
{
    QString error;
    QVERIFY2(m_db->transaction(&error), qPrintable(error));
    for (int i = 0; i < count; ++i) {
        Database::AuditEntry entry;
        ++m_appended;
        entry.osUser = QStringLiteral("ada");
        entry.action = QStringLiteral("test.%1").arg(m_appended);
        entry.subjectType = QStringLiteral("destination");
        entry.subjectId = QString::number(m_appended);
        QVERIFY2(m_db->appendAudit(entry, &error), qPrintable(error));
    }
    QVERIFY2(m_db->commit(&error), qPrintable(error));
}

void tst_AuditLogModel::shouldShowNewestFirstAcrossPages_data()
{
    QTest::addColumn<int>("entries");
    constexpr int page = AuditLogModel::pageSize;
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("one short of a page") << page - 1;
    QTest::newRow("exactly a page") << page;
    QTest::newRow("one into the second page") << page + 1;
    // More pages than the cache keeps, so early pages are read again after being dropped.
    QTest::newRow("past the page cache") << page * (AuditLogModel::maxCachedPages + 2) + 37;
}

void tst_AuditLogModel::shouldShowNewestFirstAcrossPages()
{
    QFETCH(int, entries);
    append(entries);
    AuditLogModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), entries);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    // Every row, in order: entry n at row entries - n, whichever page it is on.
    for (int row = 0; row < entries; ++row)
        QCOMPARE(cell(model, row, AuditLogModel::What), QStringLiteral("test.%1").arg(entries - row));
    // And again from the start, after the first pages left the cache.
    if (entries > 0) {
        QCOMPARE(cell(model, 0, AuditLogModel::What), QStringLiteral("test.%1").arg(entries));
        QCOMPARE(cell(model, entries - 1, AuditLogModel::What), QStringLiteral("test.1"));
    }
    QVERIFY(!model.data(model.index(entries, 0)).isValid());
    QVERIFY(model.entryAt(entries) == nullptr);
}

void tst_AuditLogModel::shouldShowReadableColumns()
{
    Database::AuditEntry named;
    named.at = QDateTime(QDate(2024, 5, 1), QTime(12, 30), Qt::UTC);
    named.osUser = QStringLiteral("ada");
    named.action = QStringLiteral("destination.update");
    named.subjectType = QStringLiteral("destination");
    named.subjectId = QStringLiteral("d-1");
    named.subjectName = QStringLiteral("Spring campaign");
    named.details = QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("name")}}};
    Database::AuditEntry unnamed;
    unnamed.osUser = QStringLiteral("grace");
    unnamed.action = QStringLiteral("job.retry");
    unnamed.subjectType = QStringLiteral("job");
    unnamed.subjectId = QStringLiteral("42");
    QString error;
    QVERIFY2(m_db->appendAudit(named, &error), qPrintable(error));
    QVERIFY2(m_db->appendAudit(unnamed, &error), qPrintable(error));

    AuditLogModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const QStringList headers = {QStringLiteral("When"), QStringLiteral("Who"), QStringLiteral("What"),
                                 QStringLiteral("Subject"), QStringLiteral("Details")};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));

    // Newest first: the entry without a name, shown by its id.
    QCOMPARE(cell(model, 0, AuditLogModel::Who), QStringLiteral("grace"));
    QCOMPARE(cell(model, 0, AuditLogModel::What), QStringLiteral("job.retry"));
    QCOMPARE(cell(model, 0, AuditLogModel::Subject), QStringLiteral("42"));
    QCOMPARE(cell(model, 0, AuditLogModel::Details), QStringLiteral("{}"));

    QCOMPARE(cell(model, 1, AuditLogModel::When),
             QLocale().toString(named.at.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(model, 1, AuditLogModel::Subject), QStringLiteral("Spring campaign"));
    QCOMPARE(cell(model, 1, AuditLogModel::Details), QStringLiteral("{\"fields\":[\"name\"]}"));
    // Cells are one line: the tooltip carries the whole text.
    QCOMPARE(model.data(model.index(1, AuditLogModel::Details), Qt::ToolTipRole).toString(),
             cell(model, 1, AuditLogModel::Details));
    QCOMPARE(model.data(model.index(1, 0), AuditLogModel::EntryIdRole).toLongLong(), model.entryAt(1)->id);
}

void tst_AuditLogModel::shouldKeepRowsStillUntilRefreshed()
{
    append(AuditLogModel::pageSize + 50);
    AuditLogModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = model.rowCount();
    const QString top = cell(model, 0, AuditLogModel::What);

    // Entries written meanwhile (another window, the dispatcher) do not move what the user is reading, nor
    // the pages not read yet.
    append(3);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(cell(model, 0, AuditLogModel::What), top);
    QCOMPARE(cell(model, AuditLogModel::pageSize, AuditLogModel::What),
             QStringLiteral("test.%1").arg(rows - AuditLogModel::pageSize));
    QCOMPARE(cell(model, rows - 1, AuditLogModel::What), QStringLiteral("test.1"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), rows + 3);
    QCOMPARE(cell(model, 0, AuditLogModel::What), QStringLiteral("test.%1").arg(rows + 3));
    QCOMPARE(cell(model, 3, AuditLogModel::What), top);
}

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_auditlogmodel.moc"
