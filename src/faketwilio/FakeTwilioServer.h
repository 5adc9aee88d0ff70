#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace LeadRails {

// An in-process stand-in for Twilio's REST API (2010-04-01 accounts, messages and phone numbers, plus the
// Messaging API's services) on 127.0.0.1, with Twilio's JSON shapes and error codes, a message lifecycle
// that advances over time, Twilio's test-credential magic numbers, and scripted network faults.
//
// It is built on QTcpServer rather than QtHttpServer: QtHttpServer 6.4 answers from inside the route
// handler through a QHttpServerResponder and gives no way to hold a response back, to close the socket
// halfway through a body or without answering, which is what the scripted faults need.
//
// Everything runs on the thread that owns the server; tests drive it from their own event loop.
class FakeTwilioServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        RateLimited,           // 429 + Retry-After + code 20429; the request is not processed
        ServerError500,        // 500; not processed
        ServiceUnavailable503, // 503; not processed
        SlowResponse,          // processed at once, answered after slowResponseMs()
        CloseMidResponse,      // processed; headers and half of the body are sent, then the socket closes
        CloseBeforeResponse,   // processed; the socket closes without an answer
        InvalidJson            // processed; the real status with a body that is not JSON
    };
    Q_ENUM(Fault)

    struct Account
    {
        QString sid; // AC + 32 hex
        QString authToken;
        QString friendlyName;
        QString type = QStringLiteral("Full");     // Trial or Full
        QString status = QStringLiteral("active"); // active, suspended or closed
        // Twilio's test credentials: reads answer 403/20008 and sends follow the magic numbers.
        bool test = false;
        QDateTime dateCreated;
    };

    struct PhoneNumber
    {
        QString sid; // PN + 32 hex
        QString accountSid;
        QString phoneNumber; // E.164
        QString friendlyName;
        bool sms = true;
        bool mms = false;
        bool voice = true;
        QDateTime dateCreated;
    };

    struct MessagingService
    {
        QString sid; // MG + 32 hex
        QString accountSid;
        QString friendlyName;
        QStringList senders; // the first one becomes a message's "from" once it is sent
        QDateTime dateCreated;
    };

    struct Message
    {
        QString sid; // SM + 32 hex
        QString accountSid;
        QString to;
        QString from; // empty (JSON null) while a Messaging Service has not picked a sender
        QString messagingServiceSid;
        QString body;
        QString status;
        int numSegments = 1;
        std::optional<int> errorCode;
        QString errorMessage;
        QString price; // empty (JSON null) until the message is sent
        QDateTime dateCreated;
        QDateTime dateUpdated;
        QDateTime dateSent;
        bool viaTestCredentials = false;

        QJsonObject toJson() const;
    };

    struct Request
    {
        QString method;
        QString path;                                 // percent-decoded, without the query
        QList<QPair<QString, QString>> query;         // decoded like a form: '+' is a space
        QList<QPair<QByteArray, QByteArray>> headers; // as sent, Authorization included
        QList<QPair<QString, QString>> form;          // form-encoded POST fields, repeated keys kept
        QByteArray body;
        QDateTime received; // UTC, wall clock
        int status = 0;     // the status answered, or the one that would have been for closing faults
        std::optional<Fault> fault;
        QString accountSid; // the account the credentials resolved to; empty when they did not

        QString queryValue(const QString &key) const;
        QString formValue(const QString &key) const;
        QByteArray header(const QByteArray &name) const; // case-insensitive
    };

    explicit FakeTwilioServer(QObject *parent = nullptr);
    ~FakeTwilioServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:PORT, to use as both the REST and the Messaging API base URL.
    QUrl baseUrl() const;
    QString errorString() const;

    // --- configuration ---
    void addAccount(const Account &account);
    // A live account with defaults filled in (friendly name, Full, active).
    void addAccount(const QString &sid, const QString &authToken,
                    const QString &type = QStringLiteral("Full"));
    // Twilio's test credentials: a separate account SID and token.
    void addTestAccount(const QString &sid, const QString &authToken);
    void setAccountStatus(const QString &accountSid, const QString &status);
    void setAuthToken(const QString &accountSid, const QString &authToken);
    void addApiKey(const QString &keySid, const QString &secret, const QString &accountSid);
    void removeApiKey(const QString &keySid);
    // Returns the number's PN sid.
    QString addPhoneNumber(const QString &accountSid, const QString &e164, bool smsCapable = true);
    // Returns the service's MG sid (generated when sid is empty).
    QString addMessagingService(const QString &accountSid, const QString &friendlyName = {},
                                const QStringList &senders = {}, const QString &sid = {});
    // A trial account that has at least one verified caller ID refuses any other To with 21608.
    void addVerifiedCallerId(const QString &accountSid, const QString &e164);
    // Recipients who replied STOP: sends to them fail with 21610.
    void addUnsubscribed(const QString &e164);

    // Delay between lifecycle steps (queued -> sent -> delivered/undelivered); negative freezes messages
    // where they are. 200 ms by default.
    void setLifecycleStepMs(int ms);
    int lifecycleStepMs() const { return m_lifecycleStepMs; }
    // Messages to this number end "undelivered" (or the given final status) with this 30xxx code.
    void setDeliveryFailure(const QString &to, int errorCode,
                            const QString &finalStatus = QStringLiteral("undelivered"));
    // Forces a message's state, e.g. with a frozen lifecycle. Returns false for an unknown sid.
    bool setMessageStatus(const QString &sid, const QString &status, std::optional<int> errorCode = {});
    // The clock behind date_created/date_sent and the DateSent filters (UTC now by default).
    void setClock(std::function<QDateTime()> clock);
    // Segments of a body; by default GSM-7 when every character is 7-bit ASCII (160, then 153 a segment),
    // otherwise UCS-2 (70, then 67). A rough model: LeadRails' own counter is the reference.
    void setSegmentCounter(std::function<int(const QString &)> counter);

    // --- scripted faults ---
    // The next `count` requests whose path contains pathFilter (any when empty) and whose method is
    // `method` (any when empty) get the fault. Entries are consumed in the order they were scripted.
    void scriptFault(Fault fault, int count = 1, const QString &pathFilter = {}, const QString &method = {});
    void clearFaults();
    void setRetryAfterSeconds(int seconds); // RateLimited's Retry-After; 1 by default
    void setSlowResponseMs(int ms);         // SlowResponse's delay; 3000 by default
    int slowResponseMs() const { return m_slowResponseMs; }
    // After n more requests every request answers 401/20003 (a token revoked meanwhile); negative turns
    // it off.
    void failAuthAfter(int n);

    // --- what happened ---
    QList<Request> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    // Requests with this method whose path contains pathPart.
    int requestCount(const QString &method, const QString &pathPart = {}) const;
    QList<Message> messages() const { return m_messages; }
    std::optional<Message> message(const QString &sid) const;

    static QString randomSid(const QString &prefix);
    // Twilio's date format in the 2010-04-01 API: "Thu, 27 Nov 2026 10:00:00 +0000".
    static QString rfc2822(const QDateTime &dateTime);

Q_SIGNALS:
    void requestReceived(const LeadRails::FakeTwilioServer::Request &request);
    void messageCreated(const QString &sid);
    void messageStatusChanged(const QString &sid, const QString &status);

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a held-back response is pending: later requests wait behind it
        bool continueSent = false;
        bool closing = false;
    };
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct ScriptedFault
    {
        Fault fault;
        int remaining;
        QString pathFilter;
        QString method;
    };

    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void handle(QTcpSocket *socket, Request request, bool keepAlive);
    void deliver(QTcpSocket *socket, const Response &response, std::optional<Fault> fault, bool keepAlive);
    void writeResponse(QTcpSocket *socket, const QByteArray &bytes, bool keepAlive);
    std::optional<Fault> takeFault(const Request &request);
    static Response errorResponse(int status, int code, const QString &message);
    static Response jsonResponse(int status, const QJsonObject &object);

    Response route(Request &request);
    Response fetchAccount(const Account &account);
    Response createMessage(const Account &account, const Request &request);
    Response createTestMessage(const Account &account, const Request &request);
    Response fetchMessage(const Account &account, const QString &sid);
    Response listMessages(const Account &account, const Request &request);
    Response listPhoneNumbers(const Account &account, const Request &request);
    Response fetchMessagingService(const Account &account, const QString &sid);
    Message &storeMessage(Message message);
    void scheduleLifecycle(const QString &sid);
    void advance(const QString &sid);

    std::optional<Account> authenticate(const Request &request) const;
    Message *findMessage(const QString &sid);
    QDateTime now() const;

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;

    QHash<QString, Account> m_accounts;
    QHash<QString, QPair<QString, QString>> m_apiKeys; // key sid -> (secret, account sid)
    QList<PhoneNumber> m_phoneNumbers;
    QHash<QString, MessagingService> m_services;
    QHash<QString, QSet<QString>> m_verifiedCallerIds;
    QSet<QString> m_unsubscribed;
    QHash<QString, QPair<int, QString>> m_deliveryFailures; // to -> (code, final status)

    QList<Message> m_messages; // in creation order
    QList<Request> m_requests;
    QList<ScriptedFault> m_faults;

    int m_lifecycleStepMs = 200;
    int m_retryAfterSeconds = 1;
    int m_slowResponseMs = 3000;
    int m_failAuthAfter = -1;
    std::function<QDateTime()> m_clock;
    std::function<int(const QString &)> m_segmentCounter;
};

} // namespace LeadRails
