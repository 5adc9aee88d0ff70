#include "Database.h"
#include "DestinationStore.h"
#include "JobStore.h"
#include "MessagePreview.h"
#include "RecordsPages.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace LeadRails;

// The suppression list as a user keeps it: adding a number with a reason, refusing what is not a number,
// removing, following changes made elsewhere, and what it means for a lead sent to a listed number.
class tst_SuppressionPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldAddNumberWithReason();
    void shouldRefuseWhatCannotBeAdded_data();
    void shouldRefuseWhatCannotBeAdded();
    void shouldRemoveSelectedNumber();
    void shouldFollowChangesToTheList();
    void shouldSuppressJobToListedNumber();

private:
    template<typename T> T *child(const char *name)
    {
        auto *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void add(const QString &number, const QString &reason);
    // The cell under the column with this header.
    QString cell(int row, const QString &header);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SuppressionPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_SuppressionPage::init()
{
    QString error;
    m_workspace = Testing::temporaryWorkspace(&error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_page = std::make_unique<SuppressionPage>(*m_workspace);
    m_tester =
        std::make_unique<QAbstractItemModelTester>(child<QTableWidget>("suppressionTable")->model(),
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(900, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_SuppressionPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_workspace.reset();
}

void tst_SuppressionPage::add(const QString &number, const QString &reason)
{
    QTest::keyClicks(child<QLineEdit>("suppressNumberEdit"), number);
    QTest::keyClicks(child<QLineEdit>("suppressReasonEdit"), reason);
    QTest::mouseClick(child<QPushButton>("addSuppressionButton"), Qt::LeftButton);
}

QString tst_SuppressionPage::cell(int row, const QString &header)
{
    auto *table = child<QTableWidget>("suppressionTable");
    for (int column = 0; column < table->columnCount(); ++column) {
        if (table->horizontalHeaderItem(column)->text() == header)
            return table->item(row, column)->text();
    }
    qFatal("no column %s", qPrintable(header));
}

void tst_SuppressionPage::shouldAddNumberWithReason()
{
    add(QStringLiteral("+14155552673"), QStringLiteral("Asked by phone not to be texted"));
    auto *table = child<QTableWidget>("suppressionTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(0, QStringLiteral("Number")), QStringLiteral("+14155552673"));
    QCOMPARE(cell(0, QStringLiteral("Reason")), QStringLiteral("Asked by phone not to be texted"));
    QCOMPARE(cell(0, QStringLiteral("Source")), QStringLiteral("added by hand"));
    QVERIFY(!cell(0, QStringLiteral("Since")).isEmpty());
    QCOMPARE(child<QLabel>("suppressionMessage")->text(), QStringLiteral("+14155552673 will not be texted."));
    // The form is ready for the next one.
    QVERIFY(child<QLineEdit>("suppressNumberEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>("suppressReasonEdit")->text().isEmpty());
    QVERIFY(m_workspace->jobs()->isSuppressed(QStringLiteral("+14155552673")));
}

void tst_SuppressionPage::shouldRefuseWhatCannotBeAdded_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("says"); // what the message must say
    QTest::newRow("no number") << QString() << QStringLiteral("STOP by email")
                               << QStringLiteral("The phone number is empty.");
    QTest::newRow("too short") << QStringLiteral("12345") << QStringLiteral("STOP by email")
                               << QStringLiteral("too short");
    QTest::newRow("letters") << QStringLiteral("call me") << QStringLiteral("STOP by email")
                             << QStringLiteral("This is not a phone number.");
    QTest::newRow("no reason") << QStringLiteral("+14155552673") << QString()
                               << QStringLiteral(
                                      "Say why this number must not be texted, for the audit log.");
}

void tst_SuppressionPage::shouldRefuseWhatCannotBeAdded()
{
    QFETCH(QString, number);
    QFETCH(QString, reason);
    QFETCH(QString, says);
    add(number, reason);
    const QString shown = child<QLabel>("suppressionMessage")->text();
    QVERIFY2(shown.contains(says), qPrintable(shown));
    QCOMPARE(child<QTableWidget>("suppressionTable")->rowCount(), 0);
    QVERIFY(m_workspace->jobs()->suppressions().isEmpty());
    // What was typed stays, to be corrected.
    QCOMPARE(child<QLineEdit>("suppressNumberEdit")->text(), number);
}

void tst_SuppressionPage::shouldRemoveSelectedNumber()
{
    add(QStringLiteral("+14155552673"), QStringLiteral("Complaint"));
    add(QStringLiteral("+14155552674"), QStringLiteral("Wrong person"));
    auto *table = child<QTableWidget>("suppressionTable");
    QCOMPARE(table->rowCount(), 2);

    QTest::mouseClick(child<QPushButton>("removeSuppressionButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("suppressionMessage")->text(), QStringLiteral("Select a number first."));
    QCOMPARE(table->rowCount(), 2);

    int row = 0;
    while (cell(row, QStringLiteral("Number")) != QLatin1String("+14155552674"))
        ++row;
    table->selectRow(row);
    QTest::mouseClick(child<QPushButton>("removeSuppressionButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("suppressionMessage")->text(),
             QStringLiteral("+14155552674 can be texted again."));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(0, QStringLiteral("Number")), QStringLiteral("+14155552673"));
    QVERIFY(!m_workspace->jobs()->isSuppressed(QStringLiteral("+14155552674")));
}

void tst_SuppressionPage::shouldFollowChangesToTheList()
{
    auto *table = child<QTableWidget>("suppressionTable");
    // Through this window's store (an opt-out found while sending, the CLI-like API): shown at once.
    QVERIFY(m_workspace->jobs()->suppress(QStringLiteral("+14155552675"), QStringLiteral("Replied STOP"),
                                          QStringLiteral("twilio_21610")));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(0, QStringLiteral("Source")), QStringLiteral("opted out (Twilio)"));
    QVERIFY(m_workspace->jobs()->unsuppress(QStringLiteral("+14155552675")));
    QCOMPARE(table->rowCount(), 0);

    // Through another connection (the dispatcher's, another process): shown when the list is shown again.
    QString error;
    const auto other = Database::open(m_workspace->profile().databasePath(), &error);
    QVERIFY2(other, qPrintable(error));
    JobStore otherJobs(*other);
    QVERIFY(otherJobs.suppress(QStringLiteral("+14155552676"), QStringLiteral("Replied STOP"),
                               QStringLiteral("twilio_21610")));
    m_page->hide();
    m_page->show();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(0, QStringLiteral("Number")), QStringLiteral("+14155552676"));
}

void tst_SuppressionPage::shouldSuppressJobToListedNumber()
{
    add(QStringLiteral("+14155552673"), QStringLiteral("Asked not to be texted"));

    const auto created = Testing::saveSampleDestination(*m_workspace);
    QVERIFY(created);
    QVERIFY2(created->ok, qPrintable(created->message));

    const auto enqueue = [&](const QString &phone) {
        const QJsonObject lead{{QStringLiteral("name"), QStringLiteral("Ada")},
                               {QStringLiteral("phone"), phone}};
        return m_workspace->jobs()->enqueue(
            created->destination, lead,
            MessagePreviewer(created->destination.messageSettings()).preview(lead), false);
    };
    const qint64 listed = enqueue(QStringLiteral("+14155552673"));
    const qint64 other = enqueue(QStringLiteral("+14155552674"));
    QVERIFY(listed && other);
    QCOMPARE(m_workspace->jobs()->job(listed)->state, JobState::Suppressed);
    QCOMPARE(m_workspace->jobs()->job(other)->state, JobState::Queued);

    // Removed from the list, the number can be texted again.
    auto *table = child<QTableWidget>("suppressionTable");
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>("removeSuppressionButton"), Qt::LeftButton);
    QCOMPARE(m_workspace->jobs()->job(enqueue(QStringLiteral("+14155552673")))->state, JobState::Queued);
}

QTEST_MAIN(tst_SuppressionPage)
#include "tst_suppressionpage.moc"
