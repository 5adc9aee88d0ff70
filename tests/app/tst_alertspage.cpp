#include "Database.h"
#include "DestinationStore.h"
#include "DispatcherThread.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessagePreview.h"
#include "RecordsPages.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace LeadRails;

// The Alerts inbox as a user reads it: one line per problem with how often it happened and what to do,
// the unread count in the navigation, acknowledging, and the way to the job an alert is about.
class tst_AlertsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldSayInboxIsEmptyWithoutAlerts();
    void shouldFoldRepeatsIntoOneLineWithCountAndLatestAdvice();
    void shouldDropAcknowledgedAlertFromUnreadBadge();
    void shouldOpenAlertJobInJobsView();
    void shouldShowAlertsRaisedByAnotherProcessWhenComingBack();
    void shouldCountAlertsTheSenderRaisesWhileOpen();

private:
    // A saved destination (its secret in the in-memory keychain) and a job queued through it.
    Destination createDestination();
    qint64 enqueue(const Destination &destination, const QString &phone);
    static QListWidgetItem *alertsNavigationItem(MainWindow &window);
    static QTableWidget *table(QWidget *page);

    std::unique_ptr<Workspace> m_workspace;
};

void tst_AlertsPage::init()
{
    QString error;
    m_workspace = Testing::temporaryWorkspace(&error);
    QVERIFY2(m_workspace, qPrintable(error));
}

void tst_AlertsPage::cleanup()
{
    m_workspace.reset();
}

Destination tst_AlertsPage::createDestination()
{
    const auto result = Testing::saveSampleDestination(*m_workspace);
    if (!result || !result->ok)
        qFatal("could not create the destination");
    return result->destination;
}

qint64 tst_AlertsPage::enqueue(const Destination &destination, const QString &phone)
{
    const QJsonObject lead{{QStringLiteral("name"), QStringLiteral("Ada")}, {QStringLiteral("phone"), phone}};
    QString error;
    const qint64 id = m_workspace->jobs()->enqueue(
        destination, lead, MessagePreviewer(destination.messageSettings()).preview(lead), false, &error);
    if (!id)
        qFatal("could not enqueue: %s", qPrintable(error));
    return id;
}

QListWidgetItem *tst_AlertsPage::alertsNavigationItem(MainWindow &window)
{
    return window.findChild<QListWidget *>(QStringLiteral("navigation"))
        ->item(int(MainWindow::Section::Alerts));
}

QTableWidget *tst_AlertsPage::table(QWidget *page)
{
    auto *found = page->findChild<QTableWidget *>(QStringLiteral("alertsTable"));
    if (!found)
        qFatal("no alerts table");
    return found;
}

void tst_AlertsPage::shouldSayInboxIsEmptyWithoutAlerts()
{
    AlertsPage page(*m_workspace);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("alertsEmpty"))->isVisible());
    QVERIFY(!table(&page)->isVisible());
    QCOMPARE(page.unacknowledgedCount(), 0);
}

void tst_AlertsPage::shouldFoldRepeatsIntoOneLineWithCountAndLatestAdvice()
{
    const Destination d = createDestination();
    AlertsPage page(*m_workspace);
    QAbstractItemModelTester tester(table(&page)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1000, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy unread(&page, &AlertsPage::unacknowledgedCountChanged);

    JobStore *jobs = m_workspace->jobs();
    jobs->raiseAlert(Alert::Severity::Error, d.id, 0, QStringLiteral("destination_config_failed"),
                     QStringLiteral("First: fix the From number."));
    jobs->raiseAlert(Alert::Severity::Error, d.id, 0, QStringLiteral("destination_config_failed"),
                     QStringLiteral("Second: fix the From number."));
    jobs->raiseAlert(Alert::Severity::Error, d.id, 0, QStringLiteral("destination_config_failed"),
                     QStringLiteral("Latest: fix the From number."));
    QTableWidget *alerts = table(&page);
    QVERIFY(alerts->isVisible());
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("alertsEmpty"))->isVisible());
    QCOMPARE(alerts->rowCount(), 1);
    QCOMPARE(alerts->item(0, 0)->text(), QStringLiteral("New"));
    QCOMPARE(alerts->item(0, 1)->text(), d.name); // the destination by name, not its id
    QCOMPARE(alerts->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(alerts->item(0, 4)->text(), QStringLiteral("Latest: fix the From number."));

    jobs->raiseAlert(Alert::Severity::Warning, d.id, 0, QStringLiteral("retry_budget_spent"),
                     QStringLiteral("A message was given up after 8 attempts."));
    QCOMPARE(alerts->rowCount(), 2);
    QCOMPARE(unread.constLast().constFirst().toInt(), 2);
    QCOMPARE(page.unacknowledgedCount(), 2);
}

void tst_AlertsPage::shouldDropAcknowledgedAlertFromUnreadBadge()
{
    const Destination d = createDestination();
    m_workspace->jobs()->raiseAlert(Alert::Severity::Error, d.id, 0, QStringLiteral("authentication_failed"),
                                    QStringLiteral("Twilio refused the Auth Token."));
    m_workspace->jobs()->raiseAlert(Alert::Severity::Warning, d.id, 0, QStringLiteral("retry_budget_spent"),
                                    QStringLiteral("A message was given up."));
    MainWindow window(*m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidgetItem *badge = alertsNavigationItem(window);
    QCOMPARE(badge->text(), QStringLiteral("Alerts (2)"));
    QVERIFY(badge->font().bold());

    window.showSection(MainWindow::Section::Alerts);
    AlertsPage *page = window.alertsPage();
    QTableWidget *alerts = table(page);
    QCOMPARE(alerts->rowCount(), 2);
    alerts->selectRow(0);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("acknowledgeAlertButton")),
                      Qt::LeftButton);
    QCOMPARE(badge->text(), QStringLiteral("Alerts (1)"));
    QCOMPARE(m_workspace->jobs()->unacknowledgedAlertCount(), 1);
    // Still listed, marked as read.
    QCOMPARE(alerts->rowCount(), 2);
    QStringList states;
    for (int row = 0; row < alerts->rowCount(); ++row)
        states << alerts->item(row, 0)->text();
    states.sort();
    QCOMPARE(states, (QStringList{QStringLiteral("Acknowledged"), QStringLiteral("New")}));

    for (int row = 0; row < alerts->rowCount(); ++row) {
        if (alerts->item(row, 0)->text() == QLatin1String("New"))
            alerts->selectRow(row);
    }
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("acknowledgeAlertButton")),
                      Qt::LeftButton);
    QCOMPARE(badge->text(), QStringLiteral("Alerts"));
    QVERIFY(!badge->font().bold());
}

void tst_AlertsPage::shouldOpenAlertJobInJobsView()
{
    const Destination d = createDestination();
    enqueue(d, QStringLiteral("+14155552672"));
    const qint64 failing = enqueue(d, QStringLiteral("+14155552673"));
    enqueue(d, QStringLiteral("+14155552674"));
    m_workspace->jobs()->raiseAlert(Alert::Severity::Error, d.id, failing, QStringLiteral("delivery_failed"),
                                    QStringLiteral("The carrier refused the message."));
    MainWindow window(*m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Section::Alerts);
    AlertsPage *page = window.alertsPage();
    table(page)->selectRow(0);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("showAlertJobButton")), Qt::LeftButton);

    QCOMPARE(window.currentSection(), MainWindow::Section::Jobs);
    JobsPage *jobs = window.jobsPage();
    const Job *selected = jobs->model()->jobAt(jobs->view()->currentIndex().row());
    QVERIFY(selected);
    QCOMPARE(selected->id, failing);
    QCOMPARE(selected->to, QStringLiteral("+14155552673"));
}

void tst_AlertsPage::shouldShowAlertsRaisedByAnotherProcessWhenComingBack()
{
    const Destination d = createDestination();
    MainWindow window(*m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Section::Alerts);
    QTableWidget *alerts = table(window.alertsPage());
    QCOMPARE(alerts->rowCount(), 0);
    window.showSection(MainWindow::Section::Jobs);

    // The dispatcher (or `leadrails-cli run`) writes through its own connection: this window's store
    // does not hear of it.
    QString error;
    const auto other = Database::open(m_workspace->profile().databasePath(), &error);
    QVERIFY2(other, qPrintable(error));
    JobStore otherJobs(*other);
    otherJobs.raiseAlert(Alert::Severity::Error, d.id, 0, QStringLiteral("authentication_failed"),
                         QStringLiteral("Twilio refused the Auth Token."));

    window.showSection(MainWindow::Section::Alerts);
    QCOMPARE(alerts->rowCount(), 1);
    QCOMPARE(alertsNavigationItem(window)->text(), QStringLiteral("Alerts (1)"));
}

void tst_AlertsPage::shouldCountAlertsTheSenderRaisesWhileOpen()
{
    // The window's own dispatcher writes alerts through its own connection and tells the window only that
    // jobs changed: the badge must still follow, without the user visiting the inbox.
    const Destination d = createDestination();
    MainWindow window(*m_workspace);
    DispatcherHost::Config config;
    config.profile = m_workspace->profile();
    config.secrets = [] { return std::make_unique<Testing::MemorySecretStore>(); };
    config.endpoints = m_workspace->twilio().endpoints();
    DispatcherThread dispatcher(config); // not started: the test speaks for it
    window.setDispatcher(&dispatcher);
    window.show();
    QCOMPARE(alertsNavigationItem(window)->text(), QStringLiteral("Alerts"));

    QString error;
    const auto senderConnection = Database::open(m_workspace->profile().databasePath(), &error);
    QVERIFY2(senderConnection, qPrintable(error));
    JobStore senderJobs(*senderConnection);
    senderJobs.raiseAlert(Alert::Severity::Error, d.id, 0, QStringLiteral("authentication_failed"),
                          QStringLiteral("Twilio refused the Auth Token."));
    Q_EMIT dispatcher.jobChanged(0);
    QTRY_COMPARE(alertsNavigationItem(window)->text(), QStringLiteral("Alerts (1)"));
    QCOMPARE(window.currentSection(), MainWindow::Section::Destinations);
}

QTEST_MAIN(tst_AlertsPage)
#include "tst_alertspage.moc"
