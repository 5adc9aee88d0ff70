#include "DestinationEditor.h"
#include "DestinationStore.h"
#include "DestinationsPage.h"
#include "DevSeed.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadRails;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldOfferNavigationToEverySection();
    void shouldSwitchPageWhenNavigationClicked_data();
    void shouldSwitchPageWhenNavigationClicked();
    void shouldTellANewUserToCreateADestinationFirst();
    void shouldShowProfileInStatusBar();
    void shouldRememberGeometryAndSection();
    void shouldRememberWhereTheDestinationsDividersAre();
    void shouldReopenOnTheDestinationLastShown();

private:
    QTemporaryDir m_root;
    std::vector<std::unique_ptr<Workspace>> m_workspaces;
    Profile profileAt(const QString &name) { return *Profile::open(m_root.filePath(name), nullptr); }
    // A workspace over a profile, with the keychain replaced by the in-memory test double.
    Workspace &profile(const QString &name)
    {
        QString error;
        auto workspace =
            Workspace::open(profileAt(name), std::make_unique<Testing::MemorySecretStore>(), &error);
        if (!workspace)
            qFatal("%s", qPrintable(error));
        m_workspaces.push_back(std::move(workspace));
        return *m_workspaces.back();
    }
};

void tst_MainWindow::shouldOfferNavigationToEverySection()
{
    MainWindow window(profile(QStringLiteral("nav")));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList labels;
    for (int i = 0; i < navigation->count(); ++i)
        labels << navigation->item(i)->text();
    QCOMPARE(labels,
             (QStringList{QStringLiteral("Destinations"), QStringLiteral("Jobs"), QStringLiteral("Alerts"),
                          QStringLiteral("Audit log"), QStringLiteral("Suppression list")}));
    QVERIFY(!navigation->accessibleName().isEmpty());
    // Rows taller than a plain list's (6 px above and below the icon): a larger target to click.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < navigation->count(); ++i) {
        const int height = navigation->visualItemRect(navigation->item(i)).height();
        QVERIFY2(height >= navigation->iconSize().height() + 12, qPrintable(QString::number(height)));
    }
}

void tst_MainWindow::shouldSwitchPageWhenNavigationClicked_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("page");
    QTest::newRow("jobs") << 1 << QStringLiteral("jobsPage");
    QTest::newRow("alerts") << 2 << QStringLiteral("alertsPage");
    QTest::newRow("audit log") << 3 << QStringLiteral("auditPage");
    QTest::newRow("suppression list") << 4 << QStringLiteral("suppressionPage");
    QTest::newRow("back to destinations") << 0 << QStringLiteral("destinationsPage");
}

void tst_MainWindow::shouldSwitchPageWhenNavigationClicked()
{
    QFETCH(int, row);
    QFETCH(QString, page);
    MainWindow window(profile(QStringLiteral("switch")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    if (row == 0)
        navigation->setCurrentRow(2);
    const QRect itemRect = navigation->visualItemRect(navigation->item(row));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, itemRect.center());
    QCOMPARE(pages->currentWidget()->objectName(), page);
}

void tst_MainWindow::shouldTellANewUserToCreateADestinationFirst()
{
    MainWindow window(profile(QStringLiteral("empty")));
    window.show();
    QCOMPARE(window.currentSection(), MainWindow::Section::Destinations);
    auto *empty = window.findChild<QLabel *>(QStringLiteral("destinationsEmptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QLatin1String("No destinations yet")), qPrintable(empty->text()));
    QVERIFY(empty->text().contains(QLatin1String("Account SID")));
    for (const char *name : {"jobsEmptyState", "alertsEmptyState", "auditEmptyState"}) {
        auto *label = window.findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(label && label->text().size() > 40, name);
    }
    // Hidden until their section is opened (start-up does not lay them out), then shown there.
    const auto emptyStateOf = [&window](MainWindow::Section section, const char *name) {
        window.showSection(section);
        return window.findChild<QLabel *>(QLatin1String(name))->isVisible();
    };
    QVERIFY(emptyStateOf(MainWindow::Section::Jobs, "jobsEmptyState"));
    QVERIFY(emptyStateOf(MainWindow::Section::AuditLog, "auditEmptyState"));
}

void tst_MainWindow::shouldShowProfileInStatusBar()
{
    Workspace &w = profile(QStringLiteral("status"));
    MainWindow window(w);
    auto *label = window.findChild<QLabel *>(QStringLiteral("profileLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(w.profile().dataDirectory()), qPrintable(label->text()));
}

void tst_MainWindow::shouldRememberGeometryAndSection()
{
    Workspace &p = profile(QStringLiteral("remember"));
    {
        MainWindow window(p);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showSection(MainWindow::Section::Alerts);
        window.close();
    }
    MainWindow again(p);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(again.currentSection(), MainWindow::Section::Alerts);

    // A second profile starts fresh.
    MainWindow other(profile(QStringLiteral("other")));
    QCOMPARE(other.currentSection(), MainWindow::Section::Destinations);
}

void tst_MainWindow::shouldRememberWhereTheDestinationsDividersAre()
{
    Workspace &p = profile(QStringLiteral("dividers"));
    // The window on screen at 1280 px, and its dividers.
    const auto dividers = [](MainWindow &window) {
        window.resize(1280, 800);
        window.show();
        return QTest::qWaitForWindowExposed(&window)
                   ? window.findChild<QSplitter *>(QStringLiteral("destinationsSplitter"))
                   : nullptr;
    };
    QList<int> moved;
    {
        MainWindow window(p);
        auto *splitter = dividers(window);
        QVERIFY(splitter);
        const QList<int> initial = splitter->sizes();
        QCOMPARE(initial.size(), 3);
        // The default split: the form and the preview get most of the width, the list the least.
        QVERIFY(initial[0] < initial[2] && initial[2] < initial[1]);
        splitter->setSizes({initial[0] + 60, initial[1] - 120, initial[2] + 60});
        moved = splitter->sizes();
        QVERIFY(moved != initial);
        window.close();
    }
    MainWindow again(p);
    auto *splitter = dividers(again);
    QVERIFY(splitter);
    QCOMPARE(splitter->sizes(), moved);
}

void tst_MainWindow::shouldReopenOnTheDestinationLastShown()
{
    Workspace &p = profile(QStringLiteral("reopen"));
    QString error;
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(DevSeed::seedDestination(p.database(), QStringLiteral("Leads %1").arg(i), i,
                                          QStringLiteral("tester"), &error),
                 qPrintable(error));
    }
    const auto shown = [](MainWindow &window) {
        return window.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
    };
    const auto list = [](MainWindow &window) {
        return window.findChild<QListWidget *>(QStringLiteral("destinationList"));
    };
    // The names in the order the list shows them (by name).
    const auto name = [&p](int row) { return p.destinations().list().value(row).name; };
    QString third;
    {
        MainWindow window(p);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // With destinations, the first time it opens on the first of them, not on an empty form.
        QCOMPARE(list(window)->currentRow(), 0);
        QCOMPARE(shown(window), name(0));
        list(window)->setCurrentRow(2);
        third = shown(window);
        QCOMPARE(third, name(2));
        // Reading the list again (a rename, a pause by the dispatcher) leaves the form where it was.
        window.destinationsPage()->reload();
        QCOMPARE(shown(window), third);
        window.close();
    }
    // The next start opens on the one shown last, filled in by the first paint (before the phone library
    // and the form's check), with nothing to save.
    MainWindow again(p, StartUp::Deferred);
    QCOMPARE(list(again)->currentRow(), 2);
    QCOMPARE(shown(again), third);
    QVERIFY(!again.destinationsPage()->editor()->isDirty());
    again.finishStartUp();
    QSignalSpy finished(&again, &MainWindow::startUpFinished);
    QVERIFY(finished.wait());
    QCOMPARE(shown(again), third);
    QVERIFY(again.destinationsPage()->editor()->isChecked());
    QVERIFY(!again.destinationsPage()->editor()->isDirty());
    again.close();

    // Removed since: the first one instead.
    bool removed = false;
    p.destinations().remove(again.destinationsPage()->currentDestinationId(),
                            [&removed](const DestinationStore::Result &r) { removed = r.ok; });
    QTRY_VERIFY(removed);
    MainWindow after(p);
    QCOMPARE(list(after)->currentRow(), 0);
    QCOMPARE(shown(after), name(0));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
