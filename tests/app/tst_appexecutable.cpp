#include "AppInfo.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LeadRails;
using namespace LeadRails::Testing;

// The real `leadrails` executable, as a user or a script starts it.
class tst_AppExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void shouldAnswerVersionWithoutDisplay();
    void shouldAnswerHelpWithoutDisplay();
    void shouldRejectUnknownOptionWithExitCode2();
    void shouldRejectStrayArgument();
    void shouldPassSmokeTestOffscreen();
    void shouldExplainUnusableDataDir();

private:
    QProcessEnvironment m_noDisplay;
    QTemporaryDir m_root;
};

void tst_AppExecutable::init()
{
    m_noDisplay = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        m_noDisplay.remove(QLatin1String(name));
}

void tst_AppExecutable::shouldAnswerVersionWithoutDisplay()
{
    const auto r = runProcess(appPath(), {QStringLiteral("--version")}, m_noDisplay);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("leadrails ") + AppInfo::version());
}

void tst_AppExecutable::shouldAnswerHelpWithoutDisplay()
{
    const auto r = runProcess(appPath(), {QStringLiteral("--help")}, m_noDisplay);
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--data-dir", "--smoke-test", "--version", "--lang"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: leadrails")), qPrintable(r.out));
}

void tst_AppExecutable::shouldRejectUnknownOptionWithExitCode2()
{
    const auto r = runProcess(appPath(), {QStringLiteral("--bogus")}, m_noDisplay);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("bogus")) && r.err.contains(QLatin1String("--help")),
             qPrintable(r.err));
}

void tst_AppExecutable::shouldRejectStrayArgument()
{
    const auto r = runProcess(appPath(), {QStringLiteral("extra")}, m_noDisplay);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("extra")), qPrintable(r.err));
}

void tst_AppExecutable::shouldPassSmokeTestOffscreen()
{
    auto env = m_noDisplay;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto r = runProcess(
        appPath(), {QStringLiteral("--smoke-test"), QStringLiteral("--data-dir"), m_root.path()}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("main window shown")), qPrintable(r.out + r.err));
}

void tst_AppExecutable::shouldExplainUnusableDataDir()
{
    QFile file(m_root.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto env = m_noDisplay;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto r = runProcess(
        appPath(), {QStringLiteral("--smoke-test"), QStringLiteral("--data-dir"), file.fileName()}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("is a file")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_AppExecutable)
#include "tst_appexecutable.moc"
