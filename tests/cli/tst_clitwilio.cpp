#include "FakeTwilioServer.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadRails;
using namespace LeadRails::Testing;

namespace {
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kTestAccount = QStringLiteral("ACfeedfacefeedfacefeedfacefeedface");
const QString kTestToken = QStringLiteral("0000test0000test0000test0000test");
const QString kFrom = QStringLiteral("+14155552671");
const QString kBody = QStringLiteral("Hi {{name}}, thanks! Reply STOP to opt out, HELP for help.");
} // namespace

// leadrails-cli against the real keychain (ctest runs this inside a throwaway gnome-keyring) and the fake
// Twilio server living in this process.
class tst_CliTwilio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldAddDestinationWithSecretFromStdinAndShowItMasked();
    void shouldNameTheFieldOfAValidationError_data();
    void shouldNameTheFieldOfAValidationError();
    void shouldRefuseAddWithoutSecret();
    void shouldVerifyEveryCheck();
    void shouldExitWith4WhenCredentialsAreWrong();
    void shouldSendTestAndReportItsStatus();
    void shouldExplainRejectedSendWithExitCode3();
    void shouldExitWith5OnTransientAnd6OnUnknownOutcome();
    void shouldKeepSecretAcrossRenameAndDeleteItWithDestination();
    void shouldRefuseNonLoopbackOverride();
    void shouldNeverWriteSecretIntoProfileOrOutput();

private:
    ProcessResult cli(const QStringList &args, const QByteArray &input = {});
    void addDestination(const QString &name, const QString &account, const QString &secret,
                        const QString &from = kFrom);

    std::unique_ptr<FakeTwilioServer> m_server;
    std::unique_ptr<QTemporaryDir> m_profile;
    QProcessEnvironment m_env;
    QString m_allOutput;
};

void tst_CliTwilio::init()
{
    m_server = std::make_unique<FakeTwilioServer>();
    QVERIFY(m_server->listen());
    m_server->addAccount(kAccount, kToken);
    m_server->addPhoneNumber(kAccount, kFrom);
    m_server->addTestAccount(kTestAccount, kTestToken);
    m_server->setLifecycleStepMs(50);
    m_profile = std::make_unique<QTemporaryDir>();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("LEADRAILS_DATA_DIR"), m_profile->path());
    m_env.insert(QStringLiteral("LEADRAILS_TWILIO_API_BASE"), m_server->baseUrl().toString());
    m_env.insert(QStringLiteral("LEADRAILS_TWILIO_MESSAGING_BASE"), m_server->baseUrl().toString());
    m_env.insert(QStringLiteral("LEADRAILS_LANG"), QStringLiteral("en"));
    m_env.remove(QStringLiteral("LEADRAILS_SECRET"));
}

void tst_CliTwilio::cleanup()
{
    m_server.reset();
}

ProcessResult tst_CliTwilio::cli(const QStringList &args, const QByteArray &input)
{
    const auto r = runProcess(cliPath(), args, m_env, input);
    m_allOutput += r.out + r.err;
    return r;
}

void tst_CliTwilio::addDestination(const QString &name, const QString &account, const QString &secret,
                                   const QString &from)
{
    const auto r = cli({QStringLiteral("destination"), QStringLiteral("add"), QStringLiteral("--name"), name,
                        QStringLiteral("--account-sid"), account, QStringLiteral("--from"), from,
                        QStringLiteral("--body"), kBody},
                       secret.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void tst_CliTwilio::shouldAddDestinationWithSecretFromStdinAndShowItMasked()
{
    addDestination(QStringLiteral("Spring leads"), kAccount, kToken);
    const auto list = cli({QStringLiteral("destination"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray all =
        QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("destinations")).toArray();
    QCOMPARE(all.size(), 1);
    const QJsonObject d = all.first().toObject();
    QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Spring leads"));
    QCOMPARE(d.value(QStringLiteral("secret")).toString(), QStringLiteral("••••1100"));
    const auto show =
        cli({QStringLiteral("destination"), QStringLiteral("show"), QStringLiteral("spring LEADS")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(QStringLiteral("••••1100")) && show.out.contains(kFrom), qPrintable(show.out));
    QVERIFY(!show.out.contains(kToken));
}

void tst_CliTwilio::shouldNameTheFieldOfAValidationError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QStringList base{QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--body"), kBody};
    QTest::newRow("API key pasted as Account SID")
        << base + QStringList{QStringLiteral("--account-sid"),
                              QStringLiteral("SK0123456789abcdef0123456789abcdef"), QStringLiteral("--from"),
                              kFrom}
        << QStringLiteral("--account-sid");
    QTest::newRow("From not E.164") << base + QStringList{QStringLiteral("--account-sid"), kAccount,
                                                          QStringLiteral("--from"), QStringLiteral("hello")}
                                    << QStringLiteral("--from");
    QTest::newRow("no sender") << base + QStringList{QStringLiteral("--account-sid"), kAccount}
                               << QStringLiteral("--from");
    QTest::newRow("bad rate") << base + QStringList{QStringLiteral("--account-sid"), kAccount,
                                                    QStringLiteral("--from"),        kFrom,
                                                    QStringLiteral("--rate"),        QStringLiteral("fast")}
                              << QStringLiteral("--rate");
}

void tst_CliTwilio::shouldNameTheFieldOfAValidationError()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const auto r =
        cli(QStringList{QStringLiteral("destination"), QStringLiteral("add")} + args, "secretsecretsecret\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    const auto list = cli({QStringLiteral("destination"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(list.out.toUtf8())
                .object()
                .value(QStringLiteral("destinations"))
                .toArray()
                .isEmpty());
}

void tst_CliTwilio::shouldRefuseAddWithoutSecret()
{
    const auto r = cli({QStringLiteral("destination"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("X"), QStringLiteral("--account-sid"), kAccount,
                        QStringLiteral("--from"), kFrom, QStringLiteral("--body"), kBody});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("LEADRAILS_SECRET")), qPrintable(r.err));
}

void tst_CliTwilio::shouldVerifyEveryCheck()
{
    addDestination(QStringLiteral("Main"), kAccount, kToken);
    const auto r = cli({QStringLiteral("verify"), QStringLiteral("Main"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[0].toObject().value(QStringLiteral("check")).toString(), QStringLiteral("account"));
    QCOMPARE(checks[1].toObject().value(QStringLiteral("check")).toString(), QStringLiteral("from_number"));
    const auto text = cli({QStringLiteral("verify"), QStringLiteral("Main")});
    QVERIFY2(text.out.contains(QLatin1String("[ok]")) && text.out.contains(QLatin1String("Verified.")),
             qPrintable(text.out));
}

void tst_CliTwilio::shouldExitWith4WhenCredentialsAreWrong()
{
    addDestination(QStringLiteral("Main"), kAccount, QStringLiteral("ffffffffffffffffffffffffffffffff"));
    const auto r = cli({QStringLiteral("verify"), QStringLiteral("Main")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains(QLatin1String("[FAIL]")) && r.out.contains(QLatin1String("Fix:")),
             qPrintable(r.out));
    const auto send = cli({QStringLiteral("send-test"), QStringLiteral("Main"), QStringLiteral("--to"),
                           QStringLiteral("+14155552673")});
    QCOMPARE(send.exitCode, 4);
}

void tst_CliTwilio::shouldSendTestAndReportItsStatus()
{
    addDestination(QStringLiteral("Main"), kAccount, kToken);
    const auto r = cli({QStringLiteral("send-test"), QStringLiteral("Main"), QStringLiteral("--to"),
                        QStringLiteral("+14155552673"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject sent = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString sid = sent.value(QStringLiteral("sid")).toString();
    QVERIFY2(sid.startsWith(QLatin1String("SM")), qPrintable(r.out));
    QCOMPARE(sent.value(QStringLiteral("category")).toString(), QStringLiteral("success"));
    QCOMPARE(sent.value(QStringLiteral("body")).toString(),
             QStringLiteral("Hi Ada Lovelace, thanks! Reply STOP to opt out, HELP for help."));
    QCOMPARE(m_server->messages().size(), 1);
    QCOMPARE(m_server->messages().constFirst().to, QStringLiteral("+14155552673"));

    QString status;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto s =
                cli({QStringLiteral("status"), QStringLiteral("Main"), sid, QStringLiteral("--json")});
            status =
                QJsonDocument::fromJson(s.out.toUtf8()).object().value(QStringLiteral("status")).toString();
            return status == QLatin1String("delivered");
        },
        10000));
}

void tst_CliTwilio::shouldExplainRejectedSendWithExitCode3()
{
    addDestination(QStringLiteral("Sandbox"), kTestAccount, kTestToken, QStringLiteral("+15005550006"));
    const auto r = cli({QStringLiteral("send-test"), QStringLiteral("Sandbox"), QStringLiteral("--to"),
                        QStringLiteral("+15005550004"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("errorCode")).toInt(), 21610);
    QCOMPARE(json.value(QStringLiteral("category")).toString(), QStringLiteral("recipient_unsubscribed"));
    QVERIFY(!json.value(QStringLiteral("fix")).toString().isEmpty());
    const auto text = cli({QStringLiteral("send-test"), QStringLiteral("Sandbox"), QStringLiteral("--to"),
                           QStringLiteral("+15005550009")});
    QCOMPARE(text.exitCode, 3);
    QVERIFY2(text.err.contains(QLatin1String("21614")) && text.err.contains(QLatin1String("Fix:")),
             qPrintable(text.err));
}

void tst_CliTwilio::shouldExitWith5OnTransientAnd6OnUnknownOutcome()
{
    addDestination(QStringLiteral("Main"), kAccount, kToken);
    m_server->scriptFault(FakeTwilioServer::Fault::ServiceUnavailable503);
    const auto transient = cli({QStringLiteral("send-test"), QStringLiteral("Main"), QStringLiteral("--to"),
                                QStringLiteral("+14155552673")});
    QCOMPARE(transient.exitCode, 5);
    QVERIFY2(transient.err.contains(QLatin1String("unavailable")) &&
                 transient.err.contains(QLatin1String("Fix:")),
             qPrintable(transient.err));
    m_server->scriptFault(FakeTwilioServer::Fault::CloseBeforeResponse);
    const auto unknown = cli({QStringLiteral("send-test"), QStringLiteral("Main"), QStringLiteral("--to"),
                              QStringLiteral("+14155552673"), QStringLiteral("--json")});
    QCOMPARE(unknown.exitCode, 6);
    QCOMPARE(
        QJsonDocument::fromJson(unknown.out.toUtf8()).object().value(QStringLiteral("category")).toString(),
        QStringLiteral("outcome_unknown"));
    QCOMPARE(m_server->messages().size(), 1); // created once, never sent twice
}

void tst_CliTwilio::shouldKeepSecretAcrossRenameAndDeleteItWithDestination()
{
    addDestination(QStringLiteral("Old name"), kAccount, kToken);
    QCOMPARE(cli({QStringLiteral("destination"), QStringLiteral("edit"), QStringLiteral("Old name"),
                  QStringLiteral("--name"), QStringLiteral("New name")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("New name")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("destination"), QStringLiteral("set-secret"), QStringLiteral("New name")},
                 "00000000000000000000000000000bad\n")
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("New name")}).exitCode, 4);
    QCOMPARE(
        cli({QStringLiteral("destination"), QStringLiteral("remove"), QStringLiteral("New name")}).exitCode,
        0);
    const auto gone = cli({QStringLiteral("verify"), QStringLiteral("New name")});
    QCOMPARE(gone.exitCode, 2);
    QVERIFY2(gone.err.contains(QLatin1String("no destination named")), qPrintable(gone.err));
    // The keychain holds nothing of LeadRails any more.
    const auto search = runProcess(QStringLiteral("secret-tool"),
                                   {QStringLiteral("search"), QStringLiteral("--all"),
                                    QStringLiteral("service"), QStringLiteral("LeadRails Desktop")});
    QVERIFY2(!search.out.contains(QLatin1String("destination/")), qPrintable(search.out));
}

void tst_CliTwilio::shouldRefuseNonLoopbackOverride()
{
    m_env.insert(QStringLiteral("LEADRAILS_TWILIO_API_BASE"), QStringLiteral("http://api.example.com"));
    const auto r = cli({QStringLiteral("destination"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("LEADRAILS_TWILIO_API_BASE")) &&
                 r.err.contains(QLatin1String("not this machine")),
             qPrintable(r.err));
}

void tst_CliTwilio::shouldNeverWriteSecretIntoProfileOrOutput()
{
    addDestination(QStringLiteral("Main"), kAccount, kToken);
    cli({QStringLiteral("verify"), QStringLiteral("Main"), QStringLiteral("--json")});
    cli({QStringLiteral("send-test"), QStringLiteral("Main"), QStringLiteral("--to"),
         QStringLiteral("+14155552673")});
    cli({QStringLiteral("destination"), QStringLiteral("show"), QStringLiteral("Main"),
         QStringLiteral("--json")});
    QVERIFY(!m_allOutput.contains(kToken));
    QDirIterator it(m_profile->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kToken.toUtf8()), qPrintable(file.fileName()));
        const QByteArray utf16(reinterpret_cast<const char *>(kToken.utf16()), kToken.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 1); // the database at least
}

QTEST_GUILESS_MAIN(tst_CliTwilio)
#include "tst_clitwilio.moc"
