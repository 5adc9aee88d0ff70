#include "AppInfo.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadRails;
using namespace LeadRails::Testing;

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void shouldPrintVersionWithoutDisplay();
    void shouldListCommandsInHelp();
    void shouldRejectUnknownOptionWithExitCode2();
    void shouldRejectUnknownCommandWithExitCode2();
    void shouldRequireACommand();
    void shouldReportProfilePathsAsJson();
    void shouldHonourDataDirEnvironment();
    void shouldKeepProfilesApart();
    void shouldExplainUnusableDataDir();
    void shouldSpeakSpanishWhenAsked();
    void shouldPreviewSendableMessageAsJson();
    void shouldExitWith2WhenPreviewHasBlockingError();
    void shouldPreviewFromLeadFileInPlainText();
    void shouldExplainMalformedPreviewInput_data();
    void shouldExplainMalformedPreviewInput();

private:
    ProcessResult cli(const QStringList &args) { return runProcess(cliPath(), args, m_env); }
    QProcessEnvironment m_env;
    QTemporaryDir m_root;
};

void tst_Cli::init()
{
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.remove(QStringLiteral("LEADRAILS_DATA_DIR"));
    m_env.insert(QStringLiteral("LEADRAILS_LANG"), QStringLiteral("en"));
}

void tst_Cli::shouldPrintVersionWithoutDisplay()
{
    const auto r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("leadrails-cli ") + AppInfo::version());
}

void tst_Cli::shouldListCommandsInHelp()
{
    const auto r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("--data-dir")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("info")) && r.out.contains(QLatin1String("settings")),
             qPrintable(r.out));
}

void tst_Cli::shouldRejectUnknownOptionWithExitCode2()
{
    const auto r = cli({QStringLiteral("--frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const auto sub = cli({QStringLiteral("info"), QStringLiteral("--frobnicate")});
    QCOMPARE(sub.exitCode, 2);
    QVERIFY2(sub.err.contains(QLatin1String("frobnicate")), qPrintable(sub.err));
}

void tst_Cli::shouldRejectUnknownCommandWithExitCode2()
{
    const auto r = cli({QStringLiteral("launch-rockets")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("unknown command 'launch-rockets'")), qPrintable(r.err));
}

void tst_Cli::shouldRequireACommand()
{
    const auto r = cli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("no command")), qPrintable(r.err));
}

void tst_Cli::shouldReportProfilePathsAsJson()
{
    const QString dir = m_root.filePath(QStringLiteral("json-profile"));
    const auto r = cli({QStringLiteral("--data-dir"), dir, QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("dataDirectory")).toString(), dir);
    QVERIFY(info.value(QStringLiteral("database")).toString().startsWith(dir));
    QCOMPARE(info.value(QStringLiteral("version")).toString(), AppInfo::version());
}

void tst_Cli::shouldHonourDataDirEnvironment()
{
    const QString dir = m_root.filePath(QStringLiteral("env-profile"));
    m_env.insert(QStringLiteral("LEADRAILS_DATA_DIR"), dir);
    const auto r = cli({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("dataDirectory")).toString(),
        dir);
}

void tst_Cli::shouldKeepProfilesApart()
{
    const QString a = m_root.filePath(QStringLiteral("a"));
    const QString b = m_root.filePath(QStringLiteral("b"));
    QCOMPARE(cli({QStringLiteral("--data-dir"), a, QStringLiteral("settings"), QStringLiteral("set"),
                  QStringLiteral("retry/maxAttempts"), QStringLiteral("5")})
                 .exitCode,
             0);
    const auto fromA = cli({QStringLiteral("--data-dir"), a, QStringLiteral("settings"),
                            QStringLiteral("get"), QStringLiteral("retry/maxAttempts")});
    QCOMPARE(fromA.exitCode, 0);
    QCOMPARE(fromA.out.trimmed(), QStringLiteral("5"));
    const auto fromB = cli({QStringLiteral("--data-dir"), b, QStringLiteral("settings"),
                            QStringLiteral("get"), QStringLiteral("retry/maxAttempts")});
    QCOMPARE(fromB.exitCode, 1);
    QVERIFY2(fromB.err.contains(QLatin1String("no setting named")), qPrintable(fromB.err));
}

void tst_Cli::shouldExplainUnusableDataDir()
{
    QFile file(m_root.filePath(QStringLiteral("plain-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto r = cli({QStringLiteral("--data-dir"), file.fileName(), QStringLiteral("info")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("is a file")), qPrintable(r.err));
}

void tst_Cli::shouldSpeakSpanishWhenAsked()
{
    m_env.insert(QStringLiteral("LEADRAILS_LANG"), QStringLiteral("es"));
    const auto r = cli({QStringLiteral("launch-rockets")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("orden desconocida 'launch-rockets'")), qPrintable(r.err));
    const auto help = cli({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("Muestra esta ayuda")), qPrintable(help.out));
    // --lang wins over the environment, for the help too; after the command it is the command's business.
    const auto english = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QVERIFY2(english.out.contains(QStringLiteral("Show this help and exit.")), qPrintable(english.out));
    m_env.insert(QStringLiteral("LEADRAILS_LANG"), QStringLiteral("en"));
    const auto spanish = cli({QStringLiteral("--lang=es"), QStringLiteral("launch-rockets")});
    QVERIFY2(spanish.err.contains(QStringLiteral("orden desconocida")), qPrintable(spanish.err));
    const auto dataDirFirst =
        cli({QStringLiteral("--data-dir"), m_root.filePath(QStringLiteral("es")), QStringLiteral("--lang"),
             QStringLiteral("es"), QStringLiteral("launch-rockets")});
    QVERIFY2(dataDirFirst.err.contains(QStringLiteral("orden desconocida")), qPrintable(dataDirFirst.err));
}

void tst_Cli::shouldPreviewSendableMessageAsJson()
{
    const auto r = cli(
        {QStringLiteral("preview"), QStringLiteral("--body"),
         QStringLiteral("Hi {{name}}, reply STOP to opt out, HELP for help."), QStringLiteral("--lead-json"),
         QStringLiteral(R"({"name":"Ada","phone":"(415) 555-2671"})"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("body")).toString(),
             QStringLiteral("Hi Ada, reply STOP to opt out, HELP for help."));
    QCOMPARE(json.value(QStringLiteral("to")).toObject().value(QStringLiteral("e164")).toString(),
             QStringLiteral("+14155552671"));
    QCOMPARE(json.value(QStringLiteral("encoding")).toString(), QStringLiteral("GSM-7"));
    QCOMPARE(json.value(QStringLiteral("segments")).toInt(), 1);
    QVERIFY(json.value(QStringLiteral("sendable")).toBool());
}

void tst_Cli::shouldExitWith2WhenPreviewHasBlockingError()
{
    const auto r = cli({QStringLiteral("preview"), QStringLiteral("--body"),
                        QStringLiteral("Hi. Reply STOP to opt out."), QStringLiteral("--lead-json"),
                        QStringLiteral(R"({"phone":"not a number"})"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(!json.value(QStringLiteral("sendable")).toBool());
    QVERIFY(!json.value(QStringLiteral("to")).toObject().value(QStringLiteral("error")).toString().isEmpty());
}

void tst_Cli::shouldPreviewFromLeadFileInPlainText()
{
    QFile file(m_root.filePath(QStringLiteral("lead.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name":"Zoë","phone":"07400 123456"})");
    file.close();
    const auto r =
        cli({QStringLiteral("preview"), QStringLiteral("--body"),
             QStringLiteral("Hola {{name}}! STOP to end"), QStringLiteral("--region"), QStringLiteral("gb"),
             QStringLiteral("--lead"), file.fileName(), QStringLiteral("--transactional")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("+447400123456")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Hola Zoë! STOP to end")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 segment · UCS-2 · 21 / 70")), qPrintable(r.out));
}

void tst_Cli::shouldExplainMalformedPreviewInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString body = QStringLiteral("--body");
    QTest::newRow("bad JSON") << QStringList{body, QStringLiteral("x"), QStringLiteral("--lead-json"),
                                             QStringLiteral("{oops")}
                              << QStringLiteral("not valid JSON");
    QTest::newRow("missing file") << QStringList{body, QStringLiteral("x"), QStringLiteral("--lead"),
                                                 QStringLiteral("/nonexistent/lead.json")}
                                  << QStringLiteral("/nonexistent/lead.json");
    QTest::newRow("no lead") << QStringList{body, QStringLiteral("x")}
                             << QStringLiteral("--lead FILE or --lead-json");
    QTest::newRow("no body") << QStringList{QStringLiteral("--lead-json"), QStringLiteral("{}")}
                             << QStringLiteral("--body is required");
    QTest::newRow("bad region") << QStringList{body,
                                               QStringLiteral("x"),
                                               QStringLiteral("--region"),
                                               QStringLiteral("XX1"),
                                               QStringLiteral("--lead-json"),
                                               QStringLiteral("{}")}
                                << QStringLiteral("not a country code");
}

void tst_Cli::shouldExplainMalformedPreviewInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = cli(QStringList{QStringLiteral("preview")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
