#include "DestinationEditor.h"
#include "DestinationsPage.h"
#include "FirstPaintProbe.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "MessagePreviewPanel.h"
#include "PhoneNumbers.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace LeadRails;

// How the app starts (StartUp::Deferred, main.cpp): the window paints before the phone number library or Qt
// Network is loaded, and without the preview side; MainWindow::finishStartUp() then builds the rest, checks
// the form and renders the preview, without moving what was already on screen. A process of its own: which
// libraries a process has loaded cannot be undone by another test.
class tst_StartUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldPaintFirstAndFinishBuildingAfter();
    void shouldCheckTheFormAsSoonAsTheUserTypes();
};

namespace {

// With LEADRAILS_SHOTS_DIR set, keeps a picture of the window for a person to look at.
void keepShot(QWidget &window, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("LEADRAILS_SHOTS_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

// Whether a library whose file name contains `name` is mapped into this process.
bool isLoaded(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(name);
}

} // namespace

void tst_StartUp::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/proc/self/maps")))
        QSKIP("Needs /proc/self/maps to see which libraries are loaded");
    // Linked into this test, they would be mapped whatever the window does.
    QVERIFY(!isLoaded("libphonenumber"));
    QVERIFY(!isLoaded("leadrails_network"));
    QVERIFY(!isLoaded("libQt6Charts"));
}

void tst_StartUp::shouldPaintFirstAndFinishBuildingAfter()
{
    PhoneNumbers::deferGeocoder(); // as main() does
    QString error;
    auto workspace = Testing::temporaryWorkspace(&error);
    QVERIFY2(workspace, qPrintable(error));
    MainWindow window(*workspace, StartUp::Deferred);
    window.resize(1280, 800);
    bool painted = false;
    FirstPaintProbe::watch(&window, [&painted](QWidget *, qint64) { painted = true; });
    window.show();
    QTRY_VERIFY(painted);

    // What the first frame shows: the list and the form, with nothing to save yet.
    DestinationsPage *page = window.destinationsPage();
    DestinationEditor *editor = page->editor();
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QVERIFY(editor->isVisible());
    QVERIFY(!save->isEnabled());
    QVERIFY(!page->isBuilt());
    QVERIFY(!page->previewPanel()); // not even built
    QVERIFY(!editor->isChecked());
    QVERIFY(!editor->isValid()); // not checked is not valid
    // Nothing it waited for: no phone number library, no network.
    QVERIFY(!isLoaded("libphonenumber"));
    QVERIFY(!isLoaded("leadrails_phone"));
    QVERIFY(!isLoaded("leadrails_network"));
    QVERIFY(!isLoaded("libQt6Charts"));
    keepShot(window, QStringLiteral("startup-first-paint"));
    const QPoint editorOrigin = editor->mapTo(&window, QPoint());
    const int editorWidth = editor->width();

    QSignalSpy finished(&window, &MainWindow::startUpFinished);
    window.finishStartUp(); // what main() does once the window has painted
    QVERIFY(page->isBuilt());
    QVERIFY(page->previewPanel());
    QTRY_VERIFY(page->previewPanel()->isVisible());
    QVERIFY(finished.wait());
    QVERIFY(editor->isChecked());
    QVERIFY(!save->isEnabled()); // still nothing to save
    QVERIFY(isLoaded("leadrails_phone"));
    auto *recipient = window.findChild<QLabel *>(QStringLiteral("previewRecipient"));
    QVERIFY(recipient);
    QVERIFY2(recipient->text().contains(QStringLiteral("+15555550100")), qPrintable(recipient->text()));
    // The side filled in its place: the form did not move or change width.
    QTest::qWait(50);
    QCOMPARE(editor->mapTo(&window, QPoint()), editorOrigin);
    QCOMPARE(editor->width(), editorWidth);
    keepShot(window, QStringLiteral("startup-built"));
    // Still nothing was sent, so the network module is not loaded.
    QVERIFY(!isLoaded("leadrails_network"));
    // Nor Qt Charts, until the Jobs view is opened: it loads the charts module for its chart.
    QVERIFY(!isLoaded("libQt6Charts"));
    window.showSection(MainWindow::Section::Jobs);
    QVERIFY(window.jobsPage()->chart());
    QVERIFY(isLoaded("leadrails_charts"));
    QTRY_VERIFY(window.jobsPage()->chart()->widget()->isVisible());
}

void tst_StartUp::shouldCheckTheFormAsSoonAsTheUserTypes()
{
    // Someone quicker than finishStartUp(): the first edit checks the form and shows what is wrong.
    QString error;
    auto workspace = Testing::temporaryWorkspace(&error);
    QVERIFY2(workspace, qPrintable(error));
    MainWindow window(*workspace, StartUp::Deferred);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DestinationEditor *editor = window.destinationsPage()->editor();
    QVERIFY(!editor->isChecked());
    auto *accountSid = editor->findChild<QLineEdit *>(QStringLiteral("accountSidEdit"));
    auto *accountSidError = editor->findChild<QLabel *>(QStringLiteral("accountSidError"));
    QVERIFY(accountSid && accountSidError);
    QVERIFY(!accountSidError->isVisible());
    QTest::keyClicks(accountSid, QStringLiteral("AC123"));
    QVERIFY(editor->isChecked());
    QVERIFY(accountSidError->isVisible());
    QVERIFY(!accountSidError->text().isEmpty());
}

QTEST_MAIN(tst_StartUp)
#include "tst_startup.moc"
