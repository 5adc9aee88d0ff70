#include "FakeTwilioServer.h"
#include "TwilioVerifier.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace LeadRails;

namespace {
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kTestAccount = QStringLiteral("ACfeedfacefeedfacefeedfacefeedface");
const QString kTestToken = QStringLiteral("0000test0000test0000test0000test");
const QString kFrom = QStringLiteral("+14155550123");
} // namespace

Q_DECLARE_METATYPE(QList<LeadRails::VerifyCheck>)

class tst_TwilioVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void shouldPassAccountAndFromNumber();
    void shouldPassAccountAndMessagingServiceAndSayItOverridesFrom();
    void shouldFailOnWrongTokenAndSkipSender();
    void shouldRecogniseTestCredentials();
    void shouldFailFromNumberNotOwned();
    void shouldFailFromNumberWithoutSms();
    void shouldFailUnknownMessagingService();
    void shouldFailSuspendedAccount();
    void shouldWarnAboutTrialAccount();
    void shouldExplainUnreachableTwilio();
    void shouldReportEachCheckAsItFinishes();

private:
    QList<VerifyCheck> verify(const VerifyTarget &target, bool *allPassed = nullptr);
    std::unique_ptr<FakeTwilioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<TwilioClient> m_client;
};

void tst_TwilioVerifier::init()
{
    qRegisterMetaType<LeadRails::VerifyCheck>();
    qRegisterMetaType<QList<LeadRails::VerifyCheck>>();
    m_server = std::make_unique<FakeTwilioServer>();
    QVERIFY(m_server->listen());
    m_server->addAccount(kAccount, kToken);
    m_server->addPhoneNumber(kAccount, kFrom);
    m_server->addTestAccount(kTestAccount, kTestToken);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_network.get());
    TwilioEndpoints endpoints{m_server->baseUrl(), m_server->baseUrl()};
    m_client = std::make_unique<TwilioClient>(m_transport.get(), endpoints);
    m_client->setTimeouts(2000, 3000);
}

QList<VerifyCheck> tst_TwilioVerifier::verify(const VerifyTarget &target, bool *allPassed)
{
    TwilioVerifier verifier(m_client.get());
    QSignalSpy finished(&verifier, &TwilioVerifier::finished);
    verifier.start(target);
    [&] { QVERIFY(finished.wait(10000)); }();
    if (finished.isEmpty())
        return {};
    if (allPassed)
        *allPassed = finished.first().at(1).toBool();
    return finished.first().at(0).value<QList<VerifyCheck>>();
}

void tst_TwilioVerifier::shouldPassAccountAndFromNumber()
{
    bool allPassed = false;
    const auto checks = verify({TwilioCredentials::authToken(kAccount, kToken), kFrom, {}}, &allPassed);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[0].kind, VerifyCheck::Kind::Account);
    QCOMPARE(checks[0].status, VerifyCheck::Status::Passed);
    QVERIFY2(checks[0].detail.contains(QLatin1String("active")), qPrintable(checks[0].detail));
    QCOMPARE(checks[1].kind, VerifyCheck::Kind::FromNumber);
    QCOMPARE(checks[1].status, VerifyCheck::Status::Passed);
    QVERIFY(allPassed);
}

void tst_TwilioVerifier::shouldPassAccountAndMessagingServiceAndSayItOverridesFrom()
{
    const QString service = m_server->addMessagingService(kAccount, QStringLiteral("Lead alerts"));
    const auto checks = verify({TwilioCredentials::authToken(kAccount, kToken), kFrom, service});
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[1].kind, VerifyCheck::Kind::MessagingService);
    QCOMPARE(checks[1].status, VerifyCheck::Status::Passed);
    QVERIFY2(checks[1].detail.contains(QLatin1String("Lead alerts")), qPrintable(checks[1].detail));
    QVERIFY2(checks[1].detail.contains(QLatin1String("not used")), qPrintable(checks[1].detail));
    QCOMPARE(m_server->requestCount(QStringLiteral("GET"), QStringLiteral("IncomingPhoneNumbers")), 0);
}

void tst_TwilioVerifier::shouldFailOnWrongTokenAndSkipSender()
{
    bool allPassed = true;
    const auto checks =
        verify({TwilioCredentials::authToken(kAccount, QStringLiteral("00000000000000000000000000000000")),
                kFrom,
                {}},
               &allPassed);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[0].status, VerifyCheck::Status::Failed);
    QCOMPARE(checks[0].errorCode, 20003);
    QVERIFY(!checks[0].fix.isEmpty());
    QCOMPARE(checks[1].status, VerifyCheck::Status::Skipped);
    QVERIFY(!allPassed);
}

void tst_TwilioVerifier::shouldRecogniseTestCredentials()
{
    bool allPassed = false;
    const auto checks =
        verify({TwilioCredentials::authToken(kTestAccount, kTestToken), kFrom, {}}, &allPassed);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[0].status, VerifyCheck::Status::Warning);
    QVERIFY2(checks[0].detail.contains(QLatin1String("test credentials")), qPrintable(checks[0].detail));
    QVERIFY2(checks[0].fix.contains(QLatin1String("+15005550006")), qPrintable(checks[0].fix));
    QVERIFY(!checks[0].detail.contains(QLatin1String("invalid"), Qt::CaseInsensitive));
    QCOMPARE(checks[1].status, VerifyCheck::Status::Skipped);
    QVERIFY(allPassed);
}

void tst_TwilioVerifier::shouldFailFromNumberNotOwned()
{
    const auto checks =
        verify({TwilioCredentials::authToken(kAccount, kToken), QStringLiteral("+14155550999"), {}});
    QCOMPARE(checks[1].status, VerifyCheck::Status::Failed);
    QCOMPARE(checks[1].errorCode, 21606);
    QVERIFY2(checks[1].detail.contains(QLatin1String("+14155550999")), qPrintable(checks[1].detail));
    QVERIFY(!checks[1].fix.isEmpty());
}

void tst_TwilioVerifier::shouldFailFromNumberWithoutSms()
{
    m_server->addPhoneNumber(kAccount, QStringLiteral("+14155550777"), false);
    const auto checks =
        verify({TwilioCredentials::authToken(kAccount, kToken), QStringLiteral("+14155550777"), {}});
    QCOMPARE(checks[1].status, VerifyCheck::Status::Failed);
    QVERIFY2(checks[1].detail.contains(QLatin1String("cannot send SMS")), qPrintable(checks[1].detail));
}

void tst_TwilioVerifier::shouldFailUnknownMessagingService()
{
    const auto checks = verify({TwilioCredentials::authToken(kAccount, kToken),
                                {},
                                QStringLiteral("MG00000000000000000000000000000000")});
    QCOMPARE(checks[1].kind, VerifyCheck::Kind::MessagingService);
    QCOMPARE(checks[1].status, VerifyCheck::Status::Failed);
    QVERIFY(!checks[1].detail.isEmpty());
    QVERIFY(!checks[1].fix.isEmpty());
}

void tst_TwilioVerifier::shouldFailSuspendedAccount()
{
    m_server->setAccountStatus(kAccount, QStringLiteral("suspended"));
    const auto checks = verify({TwilioCredentials::authToken(kAccount, kToken), kFrom, {}});
    QCOMPARE(checks[0].status, VerifyCheck::Status::Failed);
    QVERIFY2(checks[0].detail.contains(QLatin1String("suspended")), qPrintable(checks[0].detail));
    QCOMPARE(checks[1].status, VerifyCheck::Status::Skipped);
}

void tst_TwilioVerifier::shouldWarnAboutTrialAccount()
{
    const QString trial = QStringLiteral("AC11111111111111111111111111111111");
    m_server->addAccount(trial, kToken, QStringLiteral("Trial"));
    m_server->addPhoneNumber(trial, QStringLiteral("+14155550111"));
    bool allPassed = false;
    const auto checks =
        verify({TwilioCredentials::authToken(trial, kToken), QStringLiteral("+14155550111"), {}}, &allPassed);
    QCOMPARE(checks[0].status, VerifyCheck::Status::Warning);
    QVERIFY2(checks[0].detail.contains(QLatin1String("trial")), qPrintable(checks[0].detail));
    QCOMPARE(checks[1].status, VerifyCheck::Status::Passed);
    QVERIFY(allPassed);
}

void tst_TwilioVerifier::shouldExplainUnreachableTwilio()
{
    const QUrl base = m_server->baseUrl();
    m_server.reset(); // nothing listens any more
    TwilioEndpoints endpoints{base, base};
    m_client = std::make_unique<TwilioClient>(m_transport.get(), endpoints);
    const auto checks = verify({TwilioCredentials::authToken(kAccount, kToken), kFrom, {}});
    QCOMPARE(checks[0].status, VerifyCheck::Status::Failed);
    QVERIFY2(checks[0].fix.contains(QLatin1String("internet connection")), qPrintable(checks[0].fix));
}

void tst_TwilioVerifier::shouldReportEachCheckAsItFinishes()
{
    TwilioVerifier verifier(m_client.get());
    QSignalSpy started(&verifier, &TwilioVerifier::checkStarted);
    QSignalSpy checked(&verifier, &TwilioVerifier::checkFinished);
    QSignalSpy finished(&verifier, &TwilioVerifier::finished);
    verifier.start({TwilioCredentials::authToken(kAccount, kToken), kFrom, {}});
    QVERIFY(verifier.isRunning());
    QCOMPARE(started.size(), 1); // the account check starts at once; the window never waits for it
    QVERIFY(finished.wait(10000));
    QCOMPARE(started.size(), 2);
    QCOMPARE(checked.size(), 2);
    QVERIFY(!verifier.isRunning());
    const QJsonObject json = checked.first().first().value<VerifyCheck>().toJson();
    QCOMPARE(json.value(QStringLiteral("check")).toString(), QStringLiteral("account"));
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
}

QTEST_GUILESS_MAIN(tst_TwilioVerifier)
#include "tst_twilioverifier.moc"
