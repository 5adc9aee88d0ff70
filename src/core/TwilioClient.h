#pragma once

#include "HttpTransport.h"
#include "TwilioEndpoints.h"
#include "TwilioOutcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace LeadRails {

struct TwilioCredentials
{
    QString accountSid; // AC…: always in the URL
    QString username;   // AC… with an Auth Token, or SK… with an API key secret
    QString secret;     // never logged, never in an error text

    static TwilioCredentials authToken(const QString &accountSid, const QString &token)
    {
        return {accountSid, accountSid, token};
    }
    static TwilioCredentials apiKey(const QString &accountSid, const QString &keySid,
                                    const QString &keySecret)
    {
        return {accountSid, keySid, keySecret};
    }
};

// One message as Twilio describes it.
struct TwilioMessage
{
    QString sid;
    QString status; // queued, sending, sent, delivered, undelivered, failed, canceled, accepted, scheduled…
    QString to;
    QString from;
    QString messagingServiceSid;
    QString body;
    int errorCode = 0;
    QString errorMessage;
    int numSegments = 0;
    QString price;
    QString priceUnit;
    QDateTime dateCreated;
    QDateTime dateSent;
    QDateTime dateUpdated;

    bool isFinal() const; // delivered, undelivered, failed, canceled
    static TwilioMessage fromJson(const QJsonObject &json);
};

// The outcome of one HTTP request to Twilio, classified.
struct TwilioResult
{
    OutcomeCategory category = OutcomeCategory::Transient;
    int httpStatus = 0;   // 0 when no HTTP response arrived
    int errorCode = 0;    // Twilio's error code, 0 when none
    QString errorMessage; // Twilio's message, or what went wrong on the network (secrets redacted)
    QString moreInfo;     // Twilio's link for the code
    std::optional<int> retryAfterSeconds;
    QJsonObject body; // the parsed response body on success
    qint64 durationMs = 0;

    bool ok() const { return category == OutcomeCategory::Success; }
};

struct OutgoingMessage
{
    QString to;   // E.164
    QString from; // E.164; ignored when messagingServiceSid is set
    QString messagingServiceSid;
    QString body;
};

// The one place that speaks Twilio's REST API. Asynchronous (HttpTransport, on the caller's thread),
// HTTP Basic, form-encoded, TLS verification always on. Every outcome is classified in classify().
class TwilioClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TwilioResult &)>;
    using ListCallback = std::function<void(const TwilioResult &, const QList<TwilioMessage> &)>;

    // transport must outlive this.
    TwilioClient(HttpTransport *transport, TwilioEndpoints endpoints, QObject *parent = nullptr);

    // Connection (no bytes moving) and total time limits for one request.
    void setTimeouts(int connectMs, int totalMs);
    const TwilioEndpoints &endpoints() const { return m_endpoints; }

    // context bounds every callback: when it is destroyed first, the request is aborted and nothing is
    // called.
    void fetchAccount(const TwilioCredentials &credentials, QObject *context, Callback done);
    void findIncomingPhoneNumber(const TwilioCredentials &credentials, const QString &e164, QObject *context,
                                 Callback done);
    void fetchMessagingService(const TwilioCredentials &credentials, const QString &serviceSid,
                               QObject *context, Callback done);
    void sendMessage(const TwilioCredentials &credentials, const OutgoingMessage &message, QObject *context,
                     Callback done);
    void fetchMessage(const TwilioCredentials &credentials, const QString &messageSid, QObject *context,
                      Callback done);
    // Every message to `to` sent on or after dateSentFrom (a day, as Twilio filters), following
    // next_page_uri.
    void listMessages(const TwilioCredentials &credentials, const QString &to, const QDate &dateSentFrom,
                      QObject *context, ListCallback done, int pageSize = 100);

    // What a finished exchange means.
    using Exchange = HttpExchange;
    static TwilioResult classify(const Exchange &exchange);

private:
    void request(const QByteArray &verb, const QUrl &url, const TwilioCredentials &credentials,
                 const QByteArray &form, QObject *context, Callback done);
    void listPage(const TwilioCredentials &credentials, const QUrl &url, QObject *context, ListCallback done,
                  QList<TwilioMessage> collected, int pagesLeft);
    QUrl apiUrl(const TwilioCredentials &credentials, const QString &path, const QUrlQuery &query = {}) const;

    HttpTransport *m_transport;
    TwilioEndpoints m_endpoints;
    int m_connectTimeoutMs = 10000;
    int m_totalTimeoutMs = 30000;
};

} // namespace LeadRails
