#include "FakeTwilioServer.h"
#include "HttpTransport.h"
#include "NetworkModuleApi.h"
#include "Redaction.h"
#include "TwilioClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace LeadRails;

namespace {
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kKeySid = QStringLiteral("SK00112233445566778899aabbccddeeff");
const QString kKeySecret = QStringLiteral("keysecretkeysecretkeysecretkeyse");
const QString kTestAccount = QStringLiteral("ACfeedfacefeedfacefeedfacefeedface");
const QString kTestToken = QStringLiteral("0000test0000test0000test0000test");
const QString kFrom = QStringLiteral("+14155550123");
} // namespace

class tst_TwilioClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldSendFormEncodedMessageWithBasicAuth();
    void shouldAuthenticateWithApiKeyButKeepAccountInUrl();
    void shouldSendThroughMessagingServiceWithoutFrom();
    void shouldClassifyWrongSecretAsAuthenticationFailed();
    void shouldClassifyTestCredentialMagicNumbers_data();
    void shouldClassifyTestCredentialMagicNumbers();
    void shouldClassifyFaults_data();
    void shouldClassifyFaults();
    void shouldTreatRefusedConnectionAsTransient();
    void shouldSendNothingAndSayToReinstallWithoutTheNetworkModule();
    void shouldFollowMessageToDelivered();
    void shouldReportDeliveryErrorCode();
    void shouldListMessagesAcrossPages();
    void shouldFindOwnedPhoneNumberAndMessagingService();
    void shouldFetchAccount();
    void shouldNeverPutSecretInErrors();
    void shouldOnlyAllowLoopbackOverrides_data();
    void shouldOnlyAllowLoopbackOverrides();
    void shouldNotCallBackAfterContextIsGone();

private:
    TwilioResult wait(const std::function<void(TwilioClient::Callback)> &start);
    TwilioClient *client() { return m_client.get(); }
    TwilioCredentials live() const { return TwilioCredentials::authToken(kAccount, kToken); }

    std::unique_ptr<FakeTwilioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<TwilioClient> m_client;
    QStringList m_errorsSeen;
};

void tst_TwilioClient::init()
{
    m_server = std::make_unique<FakeTwilioServer>();
    QVERIFY(m_server->listen());
    m_server->addAccount(kAccount, kToken);
    m_server->addApiKey(kKeySid, kKeySecret, kAccount);
    m_server->addPhoneNumber(kAccount, kFrom);
    m_server->addTestAccount(kTestAccount, kTestToken);
    m_server->setLifecycleStepMs(30);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_network.get());
    TwilioEndpoints endpoints;
    endpoints.apiBase = m_server->baseUrl();
    endpoints.messagingBase = m_server->baseUrl();
    m_client = std::make_unique<TwilioClient>(m_transport.get(), endpoints);
    m_client->setTimeouts(2000, 3000);
}

void tst_TwilioClient::cleanup()
{
    m_client.reset();
    m_transport.reset();
    m_network.reset();
    m_server.reset();
}

TwilioResult tst_TwilioClient::wait(const std::function<void(TwilioClient::Callback)> &start)
{
    std::optional<TwilioResult> result;
    start([&](const TwilioResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000)) {
        TwilioResult timedOut;
        timedOut.errorMessage = QStringLiteral("test timed out");
        return timedOut;
    }
    m_errorsSeen << result->errorMessage;
    return *result;
}

void tst_TwilioClient::shouldSendFormEncodedMessageWithBasicAuth()
{
    const QString body = QStringLiteral("Hi Zoë & co, 50% off + free 🎉 https://example.com/?a=1&b=2");
    const auto r = wait([&](auto done) {
        client()->sendMessage(live(), {QStringLiteral("+14155552671"), kFrom, {}, body}, this, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.httpStatus, 201);
    QVERIFY(r.body.value(QStringLiteral("sid")).toString().startsWith(QLatin1String("SM")));

    const auto request = m_server->requests().constLast();
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.path, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount));
    QCOMPARE(request.formValue(QStringLiteral("To")), QStringLiteral("+14155552671"));
    QCOMPARE(request.formValue(QStringLiteral("From")), kFrom);
    QCOMPARE(request.formValue(QStringLiteral("Body")), body);
    QVERIFY(request.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    QVERIFY(request.header("User-Agent").startsWith("LeadRails-Desktop/"));
    QCOMPARE(request.header("Authorization"),
             "Basic " + (kAccount + QLatin1Char(':') + kToken).toUtf8().toBase64());
}

void tst_TwilioClient::shouldAuthenticateWithApiKeyButKeepAccountInUrl()
{
    const auto r = wait([&](auto done) {
        client()->sendMessage(TwilioCredentials::apiKey(kAccount, kKeySid, kKeySecret),
                              {QStringLiteral("+14155552671"), kFrom, {}, QStringLiteral("Hi")}, this, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const auto request = m_server->requests().constLast();
    QVERIFY(request.path.contains(kAccount));
    QCOMPARE(request.header("Authorization"),
             "Basic " + (kKeySid + QLatin1Char(':') + kKeySecret).toUtf8().toBase64());
}

void tst_TwilioClient::shouldSendThroughMessagingServiceWithoutFrom()
{
    const QString service = m_server->addMessagingService(kAccount, QStringLiteral("Leads"), {kFrom});
    const auto r = wait([&](auto done) {
        client()->sendMessage(live(), {QStringLiteral("+14155552671"), kFrom, service, QStringLiteral("Hi")},
                              this, done);
    });
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    const auto request = m_server->requests().constLast();
    QCOMPARE(request.formValue(QStringLiteral("MessagingServiceSid")), service);
    QVERIFY(request.formValue(QStringLiteral("From")).isEmpty());
}

void tst_TwilioClient::shouldClassifyWrongSecretAsAuthenticationFailed()
{
    const auto r = wait([&](auto done) {
        client()->fetchAccount(
            TwilioCredentials::authToken(kAccount, QStringLiteral("wrongwrongwrongwrongwrongwrong12")), this,
            done);
    });
    QCOMPARE(r.category, OutcomeCategory::AuthenticationFailed);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.errorCode, 20003);
}

void tst_TwilioClient::shouldClassifyTestCredentialMagicNumbers_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("code");
    QTest::addColumn<OutcomeCategory>("category");
    const QString validFrom = QStringLiteral("+15005550006");
    QTest::newRow("any other To is accepted")
        << validFrom << QStringLiteral("+14155552671") << 0 << OutcomeCategory::Success;
    QTest::newRow("To invalid 21211")
        << validFrom << QStringLiteral("+15005550001") << 21211 << OutcomeCategory::PermanentRecipient;
    QTest::newRow("To unreachable 21612")
        << validFrom << QStringLiteral("+15005550002") << 21612 << OutcomeCategory::PermanentRecipient;
    QTest::newRow("geo permission 21408")
        << validFrom << QStringLiteral("+15005550003") << 21408 << OutcomeCategory::ConfigurationError;
    QTest::newRow("unsubscribed 21610")
        << validFrom << QStringLiteral("+15005550004") << 21610 << OutcomeCategory::RecipientUnsubscribed;
    QTest::newRow("not mobile 21614")
        << validFrom << QStringLiteral("+15005550009") << 21614 << OutcomeCategory::PermanentRecipient;
    QTest::newRow("From invalid 21212") << QStringLiteral("+15005550001") << QStringLiteral("+14155552671")
                                        << 21212 << OutcomeCategory::ConfigurationError;
    QTest::newRow("From not ours 21606") << QStringLiteral("+15005550007") << QStringLiteral("+14155552671")
                                         << 21606 << OutcomeCategory::ConfigurationError;
    QTest::newRow("queue full 21611") << QStringLiteral("+15005550008") << QStringLiteral("+14155552671")
                                      << 21611 << OutcomeCategory::RateLimited;
}

void tst_TwilioClient::shouldClassifyTestCredentialMagicNumbers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, code);
    QFETCH(OutcomeCategory, category);
    const auto r = wait([&](auto done) {
        client()->sendMessage(TwilioCredentials::authToken(kTestAccount, kTestToken),
                              {to, from, {}, QStringLiteral("Test")}, this, done);
    });
    QCOMPARE(r.category, category);
    QCOMPARE(r.errorCode, code);
    if (code)
        QVERIFY(!r.errorMessage.isEmpty());
}

void tst_TwilioClient::shouldClassifyFaults_data()
{
    QTest::addColumn<FakeTwilioServer::Fault>("fault");
    QTest::addColumn<bool>("post");
    QTest::addColumn<OutcomeCategory>("category");
    using F = FakeTwilioServer::Fault;
    // For sends, the last column of each row is how many messages Twilio must hold afterwards: never two.
    QTest::newRow("429 on send") << F::RateLimited << true << OutcomeCategory::RateLimited;
    QTest::newRow("500 on send") << F::ServerError500 << true << OutcomeCategory::Transient;
    QTest::newRow("503 on status") << F::ServiceUnavailable503 << false << OutcomeCategory::Transient;
    QTest::newRow("slow send: may have been created")
        << F::SlowResponse << true << OutcomeCategory::OutcomeUnknown;
    QTest::newRow("slow status: safe to ask again") << F::SlowResponse << false << OutcomeCategory::Transient;
    QTest::newRow("cut off mid-response on send")
        << F::CloseMidResponse << true << OutcomeCategory::OutcomeUnknown;
    QTest::newRow("closed before answer on send")
        << F::CloseBeforeResponse << true << OutcomeCategory::OutcomeUnknown;
    // Qt reconnects and asks again by itself; for a read that is harmless, and the second answer arrives.
    QTest::newRow("closed before answer on status")
        << F::CloseBeforeResponse << false << OutcomeCategory::Success;
    QTest::newRow("invalid JSON on send") << F::InvalidJson << true << OutcomeCategory::OutcomeUnknown;
    QTest::newRow("invalid JSON on status") << F::InvalidJson << false << OutcomeCategory::Transient;
}

void tst_TwilioClient::shouldClassifyFaults()
{
    QFETCH(FakeTwilioServer::Fault, fault);
    QFETCH(bool, post);
    QFETCH(OutcomeCategory, category);
    m_server->setRetryAfterSeconds(7);
    m_server->setSlowResponseMs(1500);
    m_client->setTimeouts(2000, 500);
    m_server->scriptFault(fault);
    const auto r = wait([&](auto done) {
        if (post)
            client()->sendMessage(live(), {QStringLiteral("+14155552671"), kFrom, {}, QStringLiteral("Hi")},
                                  this, done);
        else
            client()->fetchAccount(live(), this, done);
    });
    QCOMPARE(r.category, category);
    QCOMPARE(r.errorMessage.isEmpty(), category == OutcomeCategory::Success);
    if (post) {
        // The fake processes the request for these faults; a rejected one creates nothing. Either way the
        // client must not have sent it a second time.
        const bool processed = category == OutcomeCategory::OutcomeUnknown;
        QCOMPARE(m_server->messages().size(), processed ? 1 : 0);
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(QStringLiteral("POST")), 1);
    }
    if (category == OutcomeCategory::RateLimited) {
        QCOMPARE(r.retryAfterSeconds, std::optional<int>(7));
        QCOMPARE(r.errorCode, 20429);
    }
}

void tst_TwilioClient::shouldTreatRefusedConnectionAsTransient()
{
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost));
    const quint16 port = placeholder.serverPort();
    placeholder.close(); // nothing listens there now
    TwilioEndpoints endpoints;
    endpoints.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    TwilioClient refused(m_transport.get(), endpoints);
    const auto r = wait([&](auto done) {
        refused.sendMessage(live(), {QStringLiteral("+14155552671"), kFrom, {}, QStringLiteral("Hi")}, this,
                            done);
    });
    QCOMPARE(r.category, OutcomeCategory::Transient);
    QCOMPARE(r.httpStatus, 0);
}

void tst_TwilioClient::shouldSendNothingAndSayToReinstallWithoutTheNetworkModule()
{
    // A broken installation (the network module deleted): nothing leaves the machine, so the send is an
    // ordinary retryable failure, never one that may have reached Twilio (which would hold the job for
    // reconciliation); and it says what is wrong and what to do.
    HttpTransport broken(m_network.get(), static_cast<const NetworkModuleApi::Functions *>(nullptr));
    TwilioEndpoints endpoints;
    endpoints.apiBase = m_server->baseUrl();
    endpoints.messagingBase = m_server->baseUrl();
    TwilioClient client(&broken, endpoints);
    const auto r = wait([&](auto done) {
        client.sendMessage(live(), {QStringLiteral("+14155552671"), kFrom, {}, QStringLiteral("Hi")}, this,
                           done);
    });
    QCOMPARE(r.category, OutcomeCategory::Transient);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.errorMessage.contains(QStringLiteral("leadrails_network")) &&
                 r.errorMessage.contains(QStringLiteral("Reinstall LeadRails")),
             qPrintable(r.errorMessage));
    QCOMPARE(m_server->requests().size(), 0);
    QVERIFY(m_server->messages().isEmpty());
}

void tst_TwilioClient::shouldFollowMessageToDelivered()
{
    const auto sent = wait([&](auto done) {
        client()->sendMessage(live(), {QStringLiteral("+14155552671"), kFrom, {}, QStringLiteral("Hi")}, this,
                              done);
    });
    const QString sid = sent.body.value(QStringLiteral("sid")).toString();
    QCOMPARE(TwilioMessage::fromJson(sent.body).status, QStringLiteral("queued"));
    QString status;
    QVERIFY(QTest::qWaitFor(
        [&] {
            status = TwilioMessage::fromJson(
                         wait([&](auto done) { client()->fetchMessage(live(), sid, this, done); }).body)
                         .status;
            return status == QLatin1String("delivered");
        },
        5000));
    const auto message = TwilioMessage::fromJson(
        wait([&](auto done) { client()->fetchMessage(live(), sid, this, done); }).body);
    QVERIFY(message.isFinal());
    QVERIFY(message.dateSent.isValid());
    QCOMPARE(message.to, QStringLiteral("+14155552671"));
}

void tst_TwilioClient::shouldReportDeliveryErrorCode()
{
    m_server->setDeliveryFailure(QStringLiteral("+14155552672"), 30007);
    const auto sent = wait([&](auto done) {
        client()->sendMessage(live(), {QStringLiteral("+14155552672"), kFrom, {}, QStringLiteral("Hi")}, this,
                              done);
    });
    const QString sid = sent.body.value(QStringLiteral("sid")).toString();
    TwilioMessage message;
    QVERIFY(QTest::qWaitFor(
        [&] {
            message = TwilioMessage::fromJson(
                wait([&](auto done) { client()->fetchMessage(live(), sid, this, done); }).body);
            return message.isFinal();
        },
        5000));
    QCOMPARE(message.status, QStringLiteral("undelivered"));
    QCOMPARE(message.errorCode, 30007);

    const auto missing = wait([&](auto done) {
        client()->fetchMessage(live(), QStringLiteral("SM00000000000000000000000000000000"), this, done);
    });
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.errorCode, 20404);
}

void tst_TwilioClient::shouldListMessagesAcrossPages()
{
    const QString to = QStringLiteral("+14155552673");
    for (int i = 0; i < 120; ++i) {
        const auto r = wait([&](auto done) {
            client()->sendMessage(live(), {to, kFrom, {}, QStringLiteral("Lead %1").arg(i)}, this, done);
        });
        QVERIFY(r.ok());
    }
    wait([&](auto done) {
        client()->sendMessage(live(), {QStringLiteral("+14155552674"), kFrom, {}, QStringLiteral("other")},
                              this, done);
    });
    m_server->clearRequests();
    std::optional<QList<TwilioMessage>> listed;
    TwilioResult last;
    client()->listMessages(
        live(), to, QDate::currentDate().addDays(-1), this,
        [&](const TwilioResult &r, const QList<TwilioMessage> &messages) {
            last = r;
            listed = messages;
        },
        50);
    QVERIFY(QTest::qWaitFor([&] { return listed.has_value(); }, 15000));
    QVERIFY2(last.ok(), qPrintable(last.errorMessage));
    QCOMPARE(listed->size(), 120);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET"), QStringLiteral("/Messages.json")), 3);
    QSet<QString> bodies;
    for (const auto &m : *listed) {
        QCOMPARE(m.to, to);
        bodies.insert(m.body);
    }
    QCOMPARE(bodies.size(), 120);
}

void tst_TwilioClient::shouldFindOwnedPhoneNumberAndMessagingService()
{
    const auto owned = wait([&](auto done) { client()->findIncomingPhoneNumber(live(), kFrom, this, done); });
    QVERIFY(owned.ok());
    QCOMPARE(owned.body.value(QStringLiteral("incoming_phone_numbers")).toArray().size(), 1);
    const auto notOwned = wait([&](auto done) {
        client()->findIncomingPhoneNumber(live(), QStringLiteral("+14155559999"), this, done);
    });
    QVERIFY(notOwned.ok());
    QVERIFY(notOwned.body.value(QStringLiteral("incoming_phone_numbers")).toArray().isEmpty());

    const QString service = m_server->addMessagingService(kAccount, QStringLiteral("Leads"));
    const auto found = wait([&](auto done) { client()->fetchMessagingService(live(), service, this, done); });
    QVERIFY(found.ok());
    QCOMPARE(found.body.value(QStringLiteral("sid")).toString(), service);
    const auto unknown = wait([&](auto done) {
        client()->fetchMessagingService(live(), QStringLiteral("MG00000000000000000000000000000000"), this,
                                        done);
    });
    QCOMPARE(unknown.httpStatus, 404);
    QCOMPARE(unknown.category, OutcomeCategory::ConfigurationError);
}

void tst_TwilioClient::shouldFetchAccount()
{
    const auto r = wait([&](auto done) { client()->fetchAccount(live(), this, done); });
    QVERIFY(r.ok());
    QCOMPARE(r.body.value(QStringLiteral("sid")).toString(), kAccount);
    QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    const auto test = wait([&](auto done) {
        client()->fetchAccount(TwilioCredentials::authToken(kTestAccount, kTestToken), this, done);
    });
    QCOMPARE(test.httpStatus, 403);
    QCOMPARE(test.errorCode, 20008);
    QCOMPARE(test.category, OutcomeCategory::ConfigurationError);
}

void tst_TwilioClient::shouldNeverPutSecretInErrors()
{
    // Every error text any test of this run produced, plus one where the server echoes the Authorization.
    shouldClassifyWrongSecretAsAuthenticationFailed();
    for (const QString &text : std::as_const(m_errorsSeen)) {
        QVERIFY2(!text.contains(kToken), qPrintable(text));
        QVERIFY2(!text.contains(kKeySecret), qPrintable(text));
    }
    // Whatever a server echoes back (the Authorization header, the token itself) is masked before anyone sees
    // it.
    const QByteArray basic = (kAccount + QLatin1Char(':') + kToken).toUtf8().toBase64();
    const QString echoed =
        QStringLiteral("bad header Authorization: Basic %1 token=%2").arg(QString::fromLatin1(basic), kToken);
    const QString redacted = Redaction::redact(echoed, {kToken});
    QVERIFY2(!redacted.contains(kToken), qPrintable(redacted));
    QVERIFY2(!redacted.contains(QString::fromLatin1(basic)), qPrintable(redacted));
    QVERIFY(redacted.contains(QLatin1String("[redacted]")));
    QCOMPARE(Redaction::mask(kToken), QStringLiteral("••••1100"));
}

void tst_TwilioClient::shouldOnlyAllowLoopbackOverrides_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:4010") << true;
    QTest::newRow("127.x range") << QStringLiteral("http://127.8.9.10:80") << true;
    QTest::newRow("localhost https") << QStringLiteral("https://localhost:8443") << true;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:4010") << true;
    QTest::newRow("public host") << QStringLiteral("http://api.example.com") << false;
    QTest::newRow("https elsewhere") << QStringLiteral("https://evil.example.net") << false;
    QTest::newRow("private range") << QStringLiteral("http://10.0.0.5:4010") << false;
    QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.evil.example") << false;
    QTest::newRow("not http") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("not a URL") << QStringLiteral("garbage") << false;
}

void tst_TwilioClient::shouldOnlyAllowLoopbackOverrides()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString error;
    QCOMPARE(TwilioEndpoints::isAllowedOverride(QUrl(url), &error), allowed);
    QCOMPARE(error.isEmpty(), allowed);

    qputenv("LEADRAILS_TWILIO_API_BASE", url.toUtf8());
    const auto endpoints = TwilioEndpoints::fromEnvironment(&error);
    qunsetenv("LEADRAILS_TWILIO_API_BASE");
    QCOMPARE(endpoints.has_value(), allowed);
    if (!allowed)
        QVERIFY2(error.startsWith(QLatin1String("LEADRAILS_TWILIO_API_BASE")), qPrintable(error));
    else
        QCOMPARE(endpoints->messagingBase, QUrl(QStringLiteral("https://messaging.twilio.com")));
}

void tst_TwilioClient::shouldNotCallBackAfterContextIsGone()
{
    m_server->setSlowResponseMs(300);
    m_server->scriptFault(FakeTwilioServer::Fault::SlowResponse);
    bool called = false;
    {
        QObject context;
        client()->fetchAccount(live(), &context, [&](const TwilioResult &) { called = true; });
    }
    QTest::qWait(600);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_TwilioClient)
#include "tst_twilioclient.moc"
