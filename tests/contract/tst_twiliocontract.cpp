#include "HttpTransport.h"
#include "TestSupport.h"
#include "TwilioClient.h"
#include "TwilioEndpoints.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <optional>

// The real TwilioClient against a Prism mock server generated from Twilio's official OpenAPI description
// (run-contract.sh starts it and passes its address in LEADRAILS_TWILIO_API_BASE). The mock rejects a request
// that breaks the description (missing required field, malformed SID, JSON instead of a form, no Basic auth)
// with a 4xx, so every request shape the app uses is checked against what Twilio documents. It answers with
// the description's fixed examples, so error behaviour is tested against the fake server instead.

using namespace LeadRails;

namespace {
// Realistic identifiers: the description's SID patterns are enforced by the mock.
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kKeySid = QStringLiteral("SK00112233445566778899aabbccddeeff");
const QString kKeySecret = QStringLiteral("keysecretkeysecretkeysecretkeyse");
const QString kService = QStringLiteral("MG00112233445566778899AABBCCDDEEFF");
const QString kMessageSid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
const QString kFrom = QStringLiteral("+14155550123");
const QString kTo = QStringLiteral("+15555550100");

bool isMessageSid(const QString &sid)
{
    static const QRegularExpression pattern(QStringLiteral("^(SM|MM)[0-9a-fA-F]{32}$"));
    return pattern.match(sid).hasMatch();
}

// Keeps a copy of every answer the mock gives. Its 4xx bodies explain what broke the description, but they
// are not Twilio-shaped, so TwilioResult keeps none of that; the copy lets a failure show it.
class RecordingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    struct Exchange
    {
        QString verb;
        QUrl url;
        int httpStatus = 0;
        QByteArray body;
    };
    QList<Exchange> exchanges;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
        const QString verb = operation == PostOperation  ? QStringLiteral("POST")
                             : operation == GetOperation ? QStringLiteral("GET")
                                                         : QStringLiteral("OTHER");
        // Connected before the client connects its own handler, so this runs first; peek() leaves the body
        // unread for the client.
        connect(reply, &QNetworkReply::finished, this, [this, reply, verb] {
            exchanges.append({verb, reply->url(),
                              reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              reply->peek(reply->bytesAvailable())});
        });
        return reply;
    }
};
} // namespace

class tst_TwilioContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldFetchAccountAsVerifyDoes();
    void shouldSendMessageAsDescribed_data();
    void shouldSendMessageAsDescribed();
    void shouldFetchMessageBySid();
    void shouldListMessagesToNumberSinceDay_data();
    void shouldListMessagesToNumberSinceDay();
    void shouldFindIncomingPhoneNumber();
    void shouldBeRejectedByMockWhenRequestBreaksDescription_data();
    void shouldBeRejectedByMockWhenRequestBreaksDescription();

private:
    TwilioResult wait(const std::function<void(TwilioClient::Callback)> &start);
    // Every exchange the mock did not answer with 2xx, with its body; empty when all were accepted.
    QString rejections() const;
    QString describe(const TwilioResult &result) const;
    TwilioCredentials live() const { return TwilioCredentials::authToken(kAccount, kToken); }

    std::optional<TwilioEndpoints> m_endpoints;
    std::unique_ptr<RecordingNetworkAccessManager> m_network;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<TwilioClient> m_client;
};

void tst_TwilioContract::initTestCase()
{
    const QString shared = Testing::sharedDirectory();
    if (shared.isEmpty() || !QFileInfo::exists(shared + QStringLiteral("/twilio/twilio_api_v2010.json")))
        QSKIP("Twilio's API description (../shared/twilio/twilio_api_v2010.json) is not there.");
    // Without the override the client would talk to api.twilio.com itself.
    QVERIFY2(
        !qEnvironmentVariableIsEmpty("LEADRAILS_TWILIO_API_BASE"),
        "LEADRAILS_TWILIO_API_BASE is not set: run this test through run-contract.sh (ctest -L contract), "
        "which starts the mock server.");
    QString error;
    m_endpoints = TwilioEndpoints::fromEnvironment(&error);
    QVERIFY2(m_endpoints.has_value(), qPrintable(error));
}

void tst_TwilioContract::init()
{
    m_network = std::make_unique<RecordingNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_network.get());
    m_client = std::make_unique<TwilioClient>(m_transport.get(), *m_endpoints);
    m_client->setTimeouts(5000, 10000);
}

void tst_TwilioContract::cleanup()
{
    m_client.reset();
    m_transport.reset();
    m_network.reset();
}

TwilioResult tst_TwilioContract::wait(const std::function<void(TwilioClient::Callback)> &start)
{
    std::optional<TwilioResult> result;
    start([&](const TwilioResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        TwilioResult timedOut;
        timedOut.errorMessage = QStringLiteral("test timed out waiting for the mock");
        return timedOut;
    }
    return *result;
}

QString tst_TwilioContract::rejections() const
{
    QString text;
    for (const auto &exchange : std::as_const(m_network->exchanges)) {
        if (exchange.httpStatus >= 200 && exchange.httpStatus < 300)
            continue;
        // One multi-argument arg(): a URL's "%2B" must not be taken for a placeholder.
        text += QStringLiteral("\n  %1 %2 -> HTTP %3\n  %4")
                    .arg(exchange.verb, exchange.url.toString(QUrl::FullyEncoded),
                         QString::number(exchange.httpStatus), QString::fromUtf8(exchange.body.left(2000)));
    }
    return text;
}

QString tst_TwilioContract::describe(const TwilioResult &result) const
{
    return QStringLiteral("%1 (HTTP %2); the mock said:%3")
        .arg(result.errorMessage, QString::number(result.httpStatus), rejections());
}

void tst_TwilioContract::shouldFetchAccountAsVerifyDoes()
{
    const auto r = wait([&](auto done) { m_client->fetchAccount(live(), this, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.httpStatus, 200);
    const QStringList statuses{QStringLiteral("active"), QStringLiteral("suspended"),
                               QStringLiteral("closed")};
    QVERIFY2(statuses.contains(r.body.value(QStringLiteral("status")).toString()),
             qPrintable(r.body.value(QStringLiteral("status")).toString()));
    QVERIFY(r.body.value(QStringLiteral("sid")).toString().startsWith(QLatin1String("AC")));
    QCOMPARE(m_network->exchanges.size(), 1);
    QCOMPARE(m_network->exchanges.constFirst().url.path(),
             QStringLiteral("/2010-04-01/Accounts/%1.json").arg(kAccount));
}

void tst_TwilioContract::shouldSendMessageAsDescribed_data()
{
    QTest::addColumn<bool>("apiKey");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("body");

    QTest::newRow("from a number") << false << kFrom << QString()
                                   << QStringLiteral("Hi Ana, your quote is ready");
    QTest::newRow("through a messaging service")
        << false << QString() << kService << QStringLiteral("Hi Ana, your quote is ready");
    QTest::newRow("with an API key") << true << kFrom << QString() << QStringLiteral("Hi");
    // Characters with a meaning in a form body must arrive as text, not as separators.
    QTest::newRow("body with form metacharacters and emoji")
        << false << kFrom << QString()
        << QStringLiteral("Zoë & co: 50% off + free 🎉 https://example.com/?a=1&b=2");
}

void tst_TwilioContract::shouldSendMessageAsDescribed()
{
    QFETCH(bool, apiKey);
    QFETCH(QString, from);
    QFETCH(QString, service);
    QFETCH(QString, body);

    const TwilioCredentials credentials =
        apiKey ? TwilioCredentials::apiKey(kAccount, kKeySid, kKeySecret) : live();
    const auto r = wait([&](auto done) {
        m_client->sendMessage(credentials, {kTo, from, service, body}, this, done);
    });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.httpStatus, 201);

    const TwilioMessage message = TwilioMessage::fromJson(r.body);
    QVERIFY2(isMessageSid(message.sid), qPrintable(message.sid));
    QVERIFY(!message.status.isEmpty());
    QVERIFY2(message.dateCreated.isValid(), "date_created is not an RFC 2822 date as the client expects");
}

void tst_TwilioContract::shouldFetchMessageBySid()
{
    const auto r = wait([&](auto done) { m_client->fetchMessage(live(), kMessageSid, this, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.httpStatus, 200);

    const TwilioMessage message = TwilioMessage::fromJson(r.body);
    QVERIFY2(isMessageSid(message.sid), qPrintable(message.sid));
    QVERIFY(!message.status.isEmpty());
    QVERIFY(message.dateUpdated.isValid());
}

void tst_TwilioContract::shouldListMessagesToNumberSinceDay_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("smallest page") << 1;
    QTest::newRow("largest page") << 1000;
}

void tst_TwilioContract::shouldListMessagesToNumberSinceDay()
{
    QFETCH(int, pageSize);

    std::optional<TwilioResult> result;
    QList<TwilioMessage> messages;
    m_client->listMessages(
        live(), kTo, QDate(2026, 11, 1), this,
        [&](const TwilioResult &r, const QList<TwilioMessage> &listed) {
            result = r;
            messages = listed;
        },
        pageSize);
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    QVERIFY2(result->ok(), qPrintable(describe(*result)));
    // The example page always links a next page, so the client follows it up to its own page limit: every
    // one of those requests must be accepted too.
    const QString problems = rejections();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    QVERIFY(!messages.isEmpty());
    for (const TwilioMessage &message : std::as_const(messages))
        QVERIFY2(isMessageSid(message.sid), qPrintable(message.sid));

    const QUrl first = m_network->exchanges.constFirst().url;
    QCOMPARE(first.path(), QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount));
    for (const auto &exchange : std::as_const(m_network->exchanges))
        QCOMPARE(exchange.url.authority(), m_endpoints->apiBase.authority());
    // Prism (5.14) never validates the `DateSent>` parameter: any value, or a misspelt name, passes. So
    // compare the wire form with the one in Twilio's own page links, as the description's examples give them.
    const QString query = first.query(QUrl::FullyEncoded);
    QVERIFY2(query.contains(QLatin1String("DateSent%3E=2026-11-01")), qPrintable(query));
    QVERIFY2(query.contains(QLatin1String("To=%2B15555550100")), qPrintable(query));
    QVERIFY2(query.contains(QStringLiteral("PageSize=%1").arg(pageSize)), qPrintable(query));
    const QString twilioLink = result->body.value(QStringLiteral("first_page_uri")).toString();
    QVERIFY2(twilioLink.contains(QLatin1String("DateSent%3E=")), qPrintable(twilioLink));
}

void tst_TwilioContract::shouldFindIncomingPhoneNumber()
{
    const auto r = wait([&](auto done) { m_client->findIncomingPhoneNumber(live(), kFrom, this, done); });
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.httpStatus, 200);
    const QJsonArray numbers = r.body.value(QStringLiteral("incoming_phone_numbers")).toArray();
    QVERIFY(!numbers.isEmpty());
    QVERIFY(numbers.first()
                .toObject()
                .value(QStringLiteral("phone_number"))
                .toString()
                .startsWith(QLatin1Char('+')));
    // The mock does not know the phone-number format, so it cannot tell a '+' from a space: check the wire
    // form.
    const QString query = m_network->exchanges.constFirst().url.query(QUrl::FullyEncoded);
    QVERIFY2(query.contains(QLatin1String("PhoneNumber=%2B14155550123")), qPrintable(query));
}

void tst_TwilioContract::shouldBeRejectedByMockWhenRequestBreaksDescription_data()
{
    // Shows the mock really validates (so the accepted requests above mean something) and that the client
    // never takes such an answer for success.
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("argument");
    QTest::newRow("malformed account SID") << QStringLiteral("fetchAccount") << QStringLiteral("AC123");
    QTest::newRow("malformed message SID") << QStringLiteral("fetchMessage") << QStringLiteral("SM123");
    QTest::newRow("malformed messaging service SID")
        << QStringLiteral("sendMessage") << QStringLiteral("MGnot-a-service");
    QTest::newRow("page size over 1000") << QStringLiteral("listMessages") << QStringLiteral("1001");
}

void tst_TwilioContract::shouldBeRejectedByMockWhenRequestBreaksDescription()
{
    QFETCH(QString, call);
    QFETCH(QString, argument);

    const auto r = wait([&](auto done) {
        if (call == QLatin1String("fetchAccount")) {
            m_client->fetchAccount(TwilioCredentials::authToken(argument, kToken), this, done);
        } else if (call == QLatin1String("fetchMessage")) {
            m_client->fetchMessage(live(), argument, this, done);
        } else if (call == QLatin1String("sendMessage")) {
            m_client->sendMessage(live(), {kTo, {}, argument, QStringLiteral("Hi")}, this, done);
        } else {
            m_client->listMessages(
                live(), kTo, {}, this, [done](const TwilioResult &result, const auto &) { done(result); },
                argument.toInt());
        }
    });
    QVERIFY2(!r.ok(), "the client took a rejected request for success");
    QCOMPARE(r.httpStatus, 422);
    QCOMPARE(m_network->exchanges.size(), 1);
    QVERIFY2(m_network->exchanges.constFirst().body.contains("validation"),
             m_network->exchanges.constFirst().body.constData());
}

QTEST_GUILESS_MAIN(tst_TwilioContract)
#include "tst_twiliocontract.moc"
