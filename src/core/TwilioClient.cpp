#include "TwilioClient.h"

#include "AppInfo.h"
#include "HttpTransport.h"
#include "Redaction.h"
#include "TwilioErrorCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply> // its error codes only: Qt Network is in the network module (HttpTransport)
#include <QTimer>

#include <cstring>
#include <memory>

namespace LeadRails {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::TwilioClient)
};

constexpr int kMaxListPages = 50; // a reconcile never needs more; stops a server that pages forever

std::optional<int> parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        return seconds;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return std::nullopt;
}

QString describeNetworkError(int error, const QString &text, bool timedOut)
{
    if (timedOut)
        return Text::tr("Twilio did not answer in time.");
    switch (QNetworkReply::NetworkError(error)) {
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("The connection to Twilio was refused.");
    case QNetworkReply::HostNotFoundError:
        return Text::tr("Twilio's server could not be found: check the internet connection.");
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("Twilio closed the connection before answering.");
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("A secure connection to Twilio could not be established (TLS): %1").arg(text);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Text::tr("Twilio did not answer in time.");
    case QNetworkReply::ContentReSendError:
        return Text::tr("The connection to Twilio dropped after the request was sent.");
    default:
        return Text::tr("Network error: %1").arg(text);
    }
}

} // namespace

bool TwilioMessage::isFinal() const
{
    return status == QLatin1String("delivered") || status == QLatin1String("undelivered") ||
           status == QLatin1String("failed") || status == QLatin1String("canceled");
}

TwilioMessage TwilioMessage::fromJson(const QJsonObject &json)
{
    const auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    const auto date = [&](const char *key) { return QDateTime::fromString(text(key), Qt::RFC2822Date); };
    TwilioMessage m;
    m.sid = text("sid");
    m.status = text("status");
    m.to = text("to");
    m.from = text("from");
    m.messagingServiceSid = text("messaging_service_sid");
    m.body = text("body");
    const QJsonValue code = json.value(QStringLiteral("error_code"));
    m.errorCode = code.isString() ? code.toString().toInt() : code.toInt();
    m.errorMessage = text("error_message");
    m.numSegments = text("num_segments").toInt();
    m.price = text("price");
    m.priceUnit = text("price_unit");
    m.dateCreated = date("date_created");
    m.dateSent = date("date_sent");
    m.dateUpdated = date("date_updated");
    return m;
}

TwilioClient::TwilioClient(HttpTransport *transport, TwilioEndpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoints(std::move(endpoints))
{}

void TwilioClient::setTimeouts(int connectMs, int totalMs)
{
    m_connectTimeoutMs = connectMs;
    m_totalTimeoutMs = totalMs;
}

QUrl TwilioClient::apiUrl(const TwilioCredentials &credentials, const QString &path,
                          const QUrlQuery &query) const
{
    QUrl url = m_endpoints.apiBase;
    url.setPath(url.path() + QStringLiteral("/2010-04-01/Accounts/") + credentials.accountSid + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

TwilioResult TwilioClient::classify(const Exchange &exchange)
{
    TwilioResult result;
    result.httpStatus = exchange.httpStatus;

    if (exchange.httpStatus == 0) {
        result.errorMessage =
            describeNetworkError(exchange.networkError, exchange.networkErrorText, exchange.timedOut);
        // Twilio has no idempotency key for creating messages: once the request may have reached it, only a
        // reconcile can tell whether the message exists.
        const auto error = QNetworkReply::NetworkError(exchange.networkError);
        const bool neverArrived = error == QNetworkReply::ConnectionRefusedError ||
                                  error == QNetworkReply::HostNotFoundError ||
                                  error == QNetworkReply::SslHandshakeFailedError;
        const bool mayHaveArrived = exchange.bodySent || error == QNetworkReply::ContentReSendError;
        result.category = exchange.isPost && mayHaveArrived && !neverArrived ? OutcomeCategory::OutcomeUnknown
                                                                             : OutcomeCategory::Transient;
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body, &parseError);
    const bool parsed = parseError.error == QJsonParseError::NoError && document.isObject();

    if (exchange.httpStatus >= 200 && exchange.httpStatus < 300) {
        if (!parsed) {
            result.errorMessage = Text::tr("Twilio answered, but the answer could not be read.");
            result.category = exchange.isPost ? OutcomeCategory::OutcomeUnknown : OutcomeCategory::Transient;
            return result;
        }
        result.category = OutcomeCategory::Success;
        result.body = document.object();
        return result;
    }

    if (parsed) {
        const QJsonObject error = document.object();
        const QJsonValue code = error.value(QStringLiteral("code"));
        result.errorCode = code.isString() ? code.toString().toInt() : code.toInt();
        result.errorMessage = error.value(QStringLiteral("message")).toString();
        result.moreInfo = error.value(QStringLiteral("more_info")).toString();
    }
    if (result.errorMessage.isEmpty())
        result.errorMessage = Text::tr("Twilio answered with HTTP status %1.").arg(exchange.httpStatus);

    if (exchange.httpStatus == 429 || result.errorCode == 20429) {
        result.category = OutcomeCategory::RateLimited;
        result.retryAfterSeconds = parseRetryAfter(exchange.retryAfter);
    } else if (exchange.httpStatus == 401) {
        result.category = OutcomeCategory::AuthenticationFailed;
    } else if (exchange.httpStatus >= 500) {
        result.category = OutcomeCategory::Transient;
        result.retryAfterSeconds = parseRetryAfter(exchange.retryAfter);
    } else if (result.errorCode != 0) {
        result.category = TwilioErrorCatalog::lookup(result.errorCode).category;
        if (result.category == OutcomeCategory::RateLimited)
            result.retryAfterSeconds = parseRetryAfter(exchange.retryAfter);
    } else {
        result.category = OutcomeCategory::ConfigurationError;
    }
    return result;
}

void TwilioClient::request(const QByteArray &verb, const QUrl &url, const TwilioCredentials &credentials,
                           const QByteArray &form, QObject *context, Callback done)
{
    HttpRequest request;
    request.verb = verb;
    request.url = url;
    request.authorization =
        "Basic " + (credentials.username + QLatin1Char(':') + credentials.secret).toUtf8().toBase64();
    request.userAgent = AppInfo::userAgent().toUtf8();
    request.form = form;
    request.connectTimeoutMs = m_connectTimeoutMs;
    request.totalTimeoutMs = m_totalTimeoutMs;
    const QString secret = credentials.secret;
    m_transport->send(request, context, [secret, done = std::move(done)](const HttpExchange &exchange) {
        TwilioResult result = classify(exchange);
        result.durationMs = exchange.durationMs;
        result.errorMessage = Redaction::redact(result.errorMessage, {secret});
        done(result);
    });
}

void TwilioClient::fetchAccount(const TwilioCredentials &credentials, QObject *context, Callback done)
{
    request("GET", apiUrl(credentials, QStringLiteral(".json")), credentials, {}, context, std::move(done));
}

void TwilioClient::findIncomingPhoneNumber(const TwilioCredentials &credentials, const QString &e164,
                                           QObject *context, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("PhoneNumber"), QString::fromLatin1(QUrl::toPercentEncoding(e164)));
    request("GET", apiUrl(credentials, QStringLiteral("/IncomingPhoneNumbers.json"), query), credentials, {},
            context, std::move(done));
}

void TwilioClient::fetchMessagingService(const TwilioCredentials &credentials, const QString &serviceSid,
                                         QObject *context, Callback done)
{
    QUrl url = m_endpoints.messagingBase;
    url.setPath(url.path() + QStringLiteral("/v1/Services/") + serviceSid);
    request("GET", url, credentials, {}, context, std::move(done));
}

void TwilioClient::sendMessage(const TwilioCredentials &credentials, const OutgoingMessage &message,
                               QObject *context, Callback done)
{
    QUrlQuery form;
    const auto add = [&form](const char *key, const QString &value) {
        form.addQueryItem(QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("To", message.to);
    if (!message.messagingServiceSid.isEmpty())
        add("MessagingServiceSid", message.messagingServiceSid);
    else
        add("From", message.from);
    add("Body", message.body);
    request("POST", apiUrl(credentials, QStringLiteral("/Messages.json")), credentials,
            form.toString(QUrl::FullyEncoded).toLatin1(), context, std::move(done));
}

void TwilioClient::fetchMessage(const TwilioCredentials &credentials, const QString &messageSid,
                                QObject *context, Callback done)
{
    request("GET", apiUrl(credentials, QStringLiteral("/Messages/") + messageSid + QStringLiteral(".json")),
            credentials, {}, context, std::move(done));
}

void TwilioClient::listMessages(const TwilioCredentials &credentials, const QString &to,
                                const QDate &dateSentFrom, QObject *context, ListCallback done, int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("To"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
    if (dateSentFrom.isValid())
        query.addQueryItem(QStringLiteral("DateSent%3E"), dateSentFrom.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("PageSize"), QString::number(pageSize));
    listPage(credentials, apiUrl(credentials, QStringLiteral("/Messages.json"), query), context,
             std::move(done), {}, kMaxListPages);
}

void TwilioClient::listPage(const TwilioCredentials &credentials, const QUrl &url, QObject *context,
                            ListCallback done, QList<TwilioMessage> collected, int pagesLeft)
{
    QPointer<QObject> guard(context);
    request("GET", url, credentials, {}, context,
            [this, credentials, guard, done = std::move(done), collected = std::move(collected),
             pagesLeft](const TwilioResult &result) mutable {
                if (!result.ok()) {
                    done(result, collected);
                    return;
                }
                const QJsonArray messages = result.body.value(QStringLiteral("messages")).toArray();
                for (const QJsonValue &m : messages)
                    collected.append(TwilioMessage::fromJson(m.toObject()));
                const QString next = result.body.value(QStringLiteral("next_page_uri")).toString();
                if (next.isEmpty() || pagesLeft <= 1 || !guard) {
                    done(result, collected);
                    return;
                }
                // next_page_uri is a path on the same host; never follow it anywhere else.
                QUrl nextUrl = m_endpoints.apiBase;
                const qsizetype q = next.indexOf(QLatin1Char('?'));
                nextUrl.setPath(m_endpoints.apiBase.path() + (q < 0 ? next : next.left(q)));
                if (q >= 0)
                    nextUrl.setQuery(next.mid(q + 1));
                listPage(credentials, nextUrl, guard, std::move(done), std::move(collected), pagesLeft - 1);
            });
}

} // namespace LeadRails
