#include "FakeTwilioServer.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

// The fake is a developer tool: its texts imitate Twilio's English API messages and are not translated.

namespace LeadRails {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 1024 * 1024;
constexpr int MaxBodyCharacters = 1600;
const QString ApiPrefix = QStringLiteral("/2010-04-01/Accounts/");
const QString ServicesPrefix = QStringLiteral("/v1/Services/");

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9]\\d{1,14}$"));
    return pattern.match(number).hasMatch();
}

// Form and query decoding as a web server does it: '+' is a space, so a client that leaves the '+' of
// an E.164 number unescaped gets the same surprise from the fake as from Twilio.
QList<QPair<QString, QString>> decodeForm(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            part.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
        };
        if (eq < 0)
            fields.append({decode(pair), QString()});
        else
            fields.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return fields;
}

QString valueOf(const QList<QPair<QString, QString>> &fields, const QString &key)
{
    for (const auto &[name, value] : fields) {
        if (name == key)
            return value;
    }
    return {};
}

bool hasKey(const QList<QPair<QString, QString>> &fields, const QString &key)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&](const auto &field) { return field.first == key; });
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QString deliveryErrorMessage(int code)
{
    switch (code) {
    case 30003:
        return QStringLiteral("Unreachable destination handset");
    case 30004:
        return QStringLiteral("Message blocked");
    case 30005:
        return QStringLiteral("Unknown destination handset");
    case 30006:
        return QStringLiteral("Landline or unreachable carrier");
    case 30007:
        return QStringLiteral("Message filtered by the carrier");
    case 30008:
        return QStringLiteral("Unknown error");
    case 30034:
        return QStringLiteral("Message from an unregistered number");
    default:
        return QStringLiteral("Delivery failed");
    }
}

bool isFinal(const QString &status)
{
    return status == QLatin1String("delivered") || status == QLatin1String("undelivered") ||
           status == QLatin1String("failed") || status == QLatin1String("canceled");
}

int defaultSegments(const QString &body)
{
    const bool gsm = std::all_of(body.cbegin(), body.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const qsizetype single = gsm ? 160 : 70;
    const qsizetype part = gsm ? 153 : 67;
    if (body.size() <= single)
        return 1;
    return static_cast<int>((body.size() + part - 1) / part);
}

QByteArray encodeQueryValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Matches a message's send date (its creation date while it has none) against a DateSent filter value:
// a bare date compares whole days, a date-time compares exactly.
bool matchesDate(const QDateTime &when, const QString &filter, int direction)
{
    if (filter.size() == 10) {
        const QDate day = QDate::fromString(filter, Qt::ISODate);
        if (!day.isValid())
            return false;
        const QDate messageDay = when.toUTC().date();
        return direction == 0 ? messageDay == day : direction > 0 ? messageDay >= day : messageDay <= day;
    }
    QDateTime limit = QDateTime::fromString(filter, Qt::ISODate);
    if (!limit.isValid())
        return false;
    if (limit.timeSpec() == Qt::LocalTime)
        limit.setTimeSpec(Qt::UTC);
    return direction == 0 ? when == limit : direction > 0 ? when >= limit : when <= limit;
}

} // namespace

// ---- value types ----

QJsonObject FakeTwilioServer::Message::toJson() const
{
    const QString uri = ApiPrefix + accountSid + QStringLiteral("/Messages/") + sid;
    QJsonObject json{
        {QStringLiteral("sid"), sid},
        {QStringLiteral("account_sid"), accountSid},
        {QStringLiteral("to"), to},
        {QStringLiteral("from"), stringOrNull(from)},
        {QStringLiteral("messaging_service_sid"), stringOrNull(messagingServiceSid)},
        {QStringLiteral("body"), body},
        {QStringLiteral("status"), status},
        {QStringLiteral("num_segments"), QString::number(numSegments)},
        {QStringLiteral("num_media"), QStringLiteral("0")},
        {QStringLiteral("direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("price"), stringOrNull(price)},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("error_code"), errorCode ? QJsonValue(*errorCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error_message"), stringOrNull(errorMessage)},
        {QStringLiteral("uri"), uri + QStringLiteral(".json")},
        {QStringLiteral("date_created"), rfc2822(dateCreated)},
        {QStringLiteral("date_updated"), rfc2822(dateUpdated)},
        {QStringLiteral("date_sent"),
         dateSent.isValid() ? QJsonValue(rfc2822(dateSent)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("subresource_uris"),
         QJsonObject{{QStringLiteral("media"), uri + QStringLiteral("/Media.json")}}},
    };
    return json;
}

QString FakeTwilioServer::Request::queryValue(const QString &key) const
{
    return valueOf(query, key);
}

QString FakeTwilioServer::Request::formValue(const QString &key) const
{
    return valueOf(form, key);
}

QByteArray FakeTwilioServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// ---- set-up ----

FakeTwilioServer::FakeTwilioServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_segmentCounter(defaultSegments)
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeTwilioServer::onNewConnection);
}

FakeTwilioServer::~FakeTwilioServer()
{
    // The sockets are children of m_server and would report their disconnection to a half-destroyed
    // object while QObject deletes the children.
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
    m_connections.clear();
    delete m_server;
    m_server = nullptr;
}

bool FakeTwilioServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeTwilioServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeTwilioServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString FakeTwilioServer::errorString() const
{
    return m_server->errorString();
}

void FakeTwilioServer::addAccount(const Account &account)
{
    Account copy = account;
    if (copy.friendlyName.isEmpty())
        copy.friendlyName = QStringLiteral("Fake account %1").arg(copy.sid.right(4));
    if (!copy.dateCreated.isValid())
        copy.dateCreated = now();
    m_accounts.insert(copy.sid, copy);
}

void FakeTwilioServer::addAccount(const QString &sid, const QString &authToken, const QString &type)
{
    Account account;
    account.sid = sid;
    account.authToken = authToken;
    account.type = type;
    addAccount(account);
}

void FakeTwilioServer::addTestAccount(const QString &sid, const QString &authToken)
{
    Account account;
    account.sid = sid;
    account.authToken = authToken;
    account.friendlyName = QStringLiteral("Test credentials");
    account.test = true;
    addAccount(account);
}

void FakeTwilioServer::setAccountStatus(const QString &accountSid, const QString &status)
{
    if (auto it = m_accounts.find(accountSid); it != m_accounts.end())
        it->status = status;
}

void FakeTwilioServer::setAuthToken(const QString &accountSid, const QString &authToken)
{
    if (auto it = m_accounts.find(accountSid); it != m_accounts.end())
        it->authToken = authToken;
}

void FakeTwilioServer::addApiKey(const QString &keySid, const QString &secret, const QString &accountSid)
{
    m_apiKeys.insert(keySid, {secret, accountSid});
}

void FakeTwilioServer::removeApiKey(const QString &keySid)
{
    m_apiKeys.remove(keySid);
}

QString FakeTwilioServer::addPhoneNumber(const QString &accountSid, const QString &e164, bool smsCapable)
{
    PhoneNumber number;
    number.sid = randomSid(QStringLiteral("PN"));
    number.accountSid = accountSid;
    number.phoneNumber = e164;
    number.friendlyName = e164;
    number.sms = smsCapable;
    number.mms = smsCapable;
    number.dateCreated = now();
    m_phoneNumbers.append(number);
    return number.sid;
}

QString FakeTwilioServer::addMessagingService(const QString &accountSid, const QString &friendlyName,
                                              const QStringList &senders, const QString &sid)
{
    MessagingService service;
    service.sid = sid.isEmpty() ? randomSid(QStringLiteral("MG")) : sid;
    service.accountSid = accountSid;
    service.friendlyName = friendlyName.isEmpty() ? QStringLiteral("Fake service") : friendlyName;
    service.senders = senders;
    service.dateCreated = now();
    m_services.insert(service.sid, service);
    return service.sid;
}

void FakeTwilioServer::addVerifiedCallerId(const QString &accountSid, const QString &e164)
{
    m_verifiedCallerIds[accountSid].insert(e164);
}

void FakeTwilioServer::addUnsubscribed(const QString &e164)
{
    m_unsubscribed.insert(e164);
}

void FakeTwilioServer::setLifecycleStepMs(int ms)
{
    const bool wasFrozen = m_lifecycleStepMs < 0;
    m_lifecycleStepMs = ms;
    if (wasFrozen && ms >= 0) {
        for (const Message &message : std::as_const(m_messages)) {
            if (!message.viaTestCredentials && !isFinal(message.status))
                scheduleLifecycle(message.sid);
        }
    }
}

void FakeTwilioServer::setDeliveryFailure(const QString &to, int errorCode, const QString &finalStatus)
{
    m_deliveryFailures.insert(to, {errorCode, finalStatus});
}

bool FakeTwilioServer::setMessageStatus(const QString &sid, const QString &status,
                                        std::optional<int> errorCode)
{
    Message *message = findMessage(sid);
    if (!message)
        return false;
    message->status = status;
    message->errorCode = errorCode;
    message->errorMessage = errorCode ? deliveryErrorMessage(*errorCode) : QString();
    message->dateUpdated = now();
    if (!message->dateSent.isValid() && status != QLatin1String("queued") &&
        status != QLatin1String("accepted"))
        message->dateSent = message->dateUpdated;
    Q_EMIT messageStatusChanged(sid, status);
    return true;
}

void FakeTwilioServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void FakeTwilioServer::setSegmentCounter(std::function<int(const QString &)> counter)
{
    m_segmentCounter = std::move(counter);
}

void FakeTwilioServer::scriptFault(Fault fault, int count, const QString &pathFilter, const QString &method)
{
    if (count > 0)
        m_faults.append({fault, count, pathFilter, method});
}

void FakeTwilioServer::clearFaults()
{
    m_faults.clear();
}

void FakeTwilioServer::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
}

void FakeTwilioServer::setSlowResponseMs(int ms)
{
    m_slowResponseMs = ms;
}

void FakeTwilioServer::failAuthAfter(int n)
{
    m_failAuthAfter = n;
}

int FakeTwilioServer::requestCount(const QString &method, const QString &pathPart) const
{
    return static_cast<int>(
        std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &request) {
            return request.method == method && request.path.contains(pathPart);
        }));
}

std::optional<FakeTwilioServer::Message> FakeTwilioServer::message(const QString &sid) const
{
    for (const Message &message : m_messages) {
        if (message.sid == sid)
            return message;
    }
    return std::nullopt;
}

FakeTwilioServer::Message *FakeTwilioServer::findMessage(const QString &sid)
{
    for (Message &message : m_messages) {
        if (message.sid == sid)
            return &message;
    }
    return nullptr;
}

QString FakeTwilioServer::randomSid(const QString &prefix)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return prefix + QString::fromLatin1(bytes.toHex());
}

QString FakeTwilioServer::rfc2822(const QDateTime &dateTime)
{
    return QLocale::c().toString(dateTime.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"));
}

QDateTime FakeTwilioServer::now() const
{
    return m_clock().toUTC();
}

// ---- HTTP ----

void FakeTwilioServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (auto it = m_connections.find(socket); it != m_connections.end()) {
                it->buffer += socket->readAll();
                processBuffer(socket);
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeTwilioServer::processBuffer(QTcpSocket *socket)
{
    const auto refuse = [this, socket](int status) {
        writeResponse(socket,
                      QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' +
                          reasonPhrase(status) +
                          QByteArrayLiteral("\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
                      false);
    };
    // Requests on one connection are answered in order; a held-back response blocks the ones behind it.
    for (;;) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->busy || it->closing)
            return;
        Connection &connection = *it;
        const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (connection.buffer.size() > MaxHeaderBytes)
                refuse(431);
            return;
        }
        const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            refuse(400);
            return;
        }
        Request request;
        request.method = QString::fromLatin1(requestLine.at(0));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (!request.header("Transfer-Encoding").isEmpty()) {
            refuse(411); // clients send a Content-Length for these small bodies
            return;
        }
        bool lengthOk = true;
        const QByteArray lengthHeader = request.header("Content-Length");
        const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
        if (!lengthOk || length < 0 || length > MaxBodyBytes) {
            refuse(413);
            return;
        }
        const qsizetype total = headerEnd + 4 + length;
        if (connection.buffer.size() < total) {
            if (!connection.continueSent &&
                request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                connection.continueSent = true;
                socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
            return;
        }
        request.body = connection.buffer.mid(headerEnd + 4, length);
        connection.buffer.remove(0, total);
        connection.continueSent = false;

        const QByteArray target = requestLine.at(1);
        const qsizetype question = target.indexOf('?');
        request.path =
            QString::fromUtf8(QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question)));
        if (question >= 0)
            request.query = decodeForm(target.mid(question + 1));
        if (request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
            request.form = decodeForm(request.body);
        request.received = QDateTime::currentDateTimeUtc();

        const QByteArray connectionHeader = request.header("Connection").toLower();
        const bool keepAlive =
            requestLine.at(2) == "HTTP/1.1" ? connectionHeader != "close" : connectionHeader == "keep-alive";
        handle(socket, std::move(request), keepAlive);
    }
}

std::optional<FakeTwilioServer::Fault> FakeTwilioServer::takeFault(const Request &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        ScriptedFault &scripted = m_faults[i];
        if (!scripted.method.isEmpty() && scripted.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!request.path.contains(scripted.pathFilter))
            continue;
        const Fault fault = scripted.fault;
        if (--scripted.remaining <= 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

FakeTwilioServer::Response FakeTwilioServer::errorResponse(int status, int code, const QString &message)
{
    return jsonResponse(status, {{QStringLiteral("code"), code},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("more_info"),
                                  QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                                 {QStringLiteral("status"), status}});
}

FakeTwilioServer::Response FakeTwilioServer::jsonResponse(int status, const QJsonObject &object)
{
    Response response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

void FakeTwilioServer::handle(QTcpSocket *socket, Request request, bool keepAlive)
{
    const std::optional<Fault> fault = takeFault(request);
    Response response;
    // These three answer before any processing, as a front end shedding load would.
    if (fault == Fault::RateLimited) {
        response = errorResponse(429, 20429, QStringLiteral("Too Many Requests"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)});
    } else if (fault == Fault::ServerError500) {
        response = errorResponse(500, 20500, QStringLiteral("Internal Server Error"));
    } else if (fault == Fault::ServiceUnavailable503) {
        response = errorResponse(503, 20503, QStringLiteral("Service Unavailable"));
    } else {
        response = route(request);
    }
    request.status = response.status;
    request.fault = fault;
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    deliver(socket, response, fault, keepAlive);
}

void FakeTwilioServer::deliver(QTcpSocket *socket, const Response &response, std::optional<Fault> fault,
                               bool keepAlive)
{
    if (!m_connections.contains(socket))
        return;
    const QByteArray body =
        fault == Fault::InvalidJson ? QByteArrayLiteral("{\"sid\": \"SM<html>Bad gateway") : response.body;
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Type: application/json; charset=utf-8\r\n");
    head +=
        QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Twilio-Request-Id: ") + randomSid(QStringLiteral("RQ")).toLatin1() +
            QByteArrayLiteral("\r\n");
    const auto held = std::count_if(m_connections.cbegin(), m_connections.cend(),
                                    [](const Connection &connection) { return connection.busy; });
    head += QByteArrayLiteral("Twilio-Concurrent-Requests: ") + QByteArray::number(held + 1) +
            QByteArrayLiteral("\r\n");
    if (response.status == 401)
        head += QByteArrayLiteral("WWW-Authenticate: Basic realm=\"Twilio API\"\r\n");
    for (const auto &[name, value] : response.headers)
        head += name + QByteArrayLiteral(": ") + value + QByteArrayLiteral("\r\n");
    head += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n")
                      : QByteArrayLiteral("Connection: close\r\n");
    head += QByteArrayLiteral("\r\n");

    Connection &connection = m_connections[socket];
    if (fault == Fault::SlowResponse) {
        connection.busy = true;
        QTimer::singleShot(m_slowResponseMs, socket, [this, socket, bytes = head + body, keepAlive] {
            auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return; // the client gave up and closed the connection
            it->busy = false;
            writeResponse(socket, bytes, keepAlive);
            processBuffer(socket);
        });
    } else if (fault == Fault::CloseMidResponse) {
        // Content-Length promises the whole body, so the client sees a truncated response. (Qt 6.4's
        // QNetworkAccessManager does not always flag it: it may finish with NoError and half a body.)
        connection.closing = true;
        socket->write(head + body.left(std::max<qsizetype>(1, body.size() / 2)));
        socket->disconnectFromHost();
    } else if (fault == Fault::CloseBeforeResponse) {
        connection.closing = true;
        socket->disconnectFromHost();
    } else {
        writeResponse(socket, head + body, keepAlive);
    }
}

void FakeTwilioServer::writeResponse(QTcpSocket *socket, const QByteArray &bytes, bool keepAlive)
{
    socket->write(bytes);
    if (!keepAlive) {
        if (auto it = m_connections.find(socket); it != m_connections.end())
            it->closing = true;
        socket->disconnectFromHost();
    }
}

// ---- the API ----

std::optional<FakeTwilioServer::Account> FakeTwilioServer::authenticate(const Request &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Basic "))
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    if (user.startsWith(QLatin1String("SK"))) {
        const auto key = m_apiKeys.constFind(user);
        if (key == m_apiKeys.cend() || key->first != password)
            return std::nullopt;
        const auto account = m_accounts.constFind(key->second);
        if (account == m_accounts.cend())
            return std::nullopt;
        return *account;
    }
    const auto account = m_accounts.constFind(user);
    if (account == m_accounts.cend() || account->authToken != password)
        return std::nullopt;
    return *account;
}

FakeTwilioServer::Response FakeTwilioServer::route(Request &request)
{
    const Response unauthorized = errorResponse(401, 20003, QStringLiteral("Authenticate"));
    const Response notFound = errorResponse(
        404, 20404, QStringLiteral("The requested resource %1 was not found").arg(request.path));
    const Response methodNotAllowed = errorResponse(405, 20004, QStringLiteral("Method not allowed"));
    const Response testForbidden =
        errorResponse(403, 20008, QStringLiteral("Resource not accessible with Test Account Credentials"));

    std::optional<Account> account = authenticate(request);
    if (m_failAuthAfter == 0)
        account.reset();
    else if (m_failAuthAfter > 0)
        --m_failAuthAfter;
    if (!account)
        return unauthorized;
    request.accountSid = account->sid;
    const bool active = account->status == QLatin1String("active");
    const bool get = request.method == QLatin1String("GET");

    if (request.path.startsWith(ServicesPrefix)) {
        const QString sid = request.path.mid(ServicesPrefix.size());
        if (sid.isEmpty() || sid.contains(QLatin1Char('/')))
            return notFound;
        if (!get)
            return methodNotAllowed;
        if (account->test)
            return testForbidden;
        if (!active)
            return unauthorized;
        return fetchMessagingService(*account, sid);
    }
    if (!request.path.startsWith(ApiPrefix))
        return notFound;

    QStringList parts = request.path.mid(ApiPrefix.size()).split(QLatin1Char('/'));
    if (!parts.last().endsWith(QLatin1String(".json")))
        return notFound; // only the JSON representation is faked
    parts.last().chop(5);
    if (parts.first() != account->sid)
        return unauthorized; // one account's credentials never open another account's resources

    const QString resource = parts.value(1);
    if (parts.size() == 1) {
        if (!get)
            return methodNotAllowed;
        if (account->test)
            return testForbidden;
        return fetchAccount(*account); // answered even when suspended: that is how a client learns it
    }
    if (!active)
        return unauthorized;
    if (parts.size() == 2 && resource == QLatin1String("Messages")) {
        if (request.method == QLatin1String("POST")) {
            if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
                return jsonResponse(415,
                                    {{QStringLiteral("message"), QStringLiteral("Unsupported Media Type")},
                                     {QStringLiteral("status"), 415}});
            }
            return account->test ? createTestMessage(*account, request) : createMessage(*account, request);
        }
        if (!get)
            return methodNotAllowed;
        return account->test ? testForbidden : listMessages(*account, request);
    }
    if (parts.size() == 3 && resource == QLatin1String("Messages")) {
        if (!get)
            return methodNotAllowed;
        return account->test ? testForbidden : fetchMessage(*account, parts.at(2));
    }
    if (parts.size() == 2 && resource == QLatin1String("IncomingPhoneNumbers")) {
        if (!get)
            return methodNotAllowed;
        return account->test ? testForbidden : listPhoneNumbers(*account, request);
    }
    return notFound;
}

FakeTwilioServer::Response FakeTwilioServer::fetchAccount(const Account &account)
{
    const QString uri = ApiPrefix + account.sid;
    return jsonResponse(200,
                        {{QStringLiteral("sid"), account.sid},
                         {QStringLiteral("owner_account_sid"), account.sid},
                         {QStringLiteral("friendly_name"), account.friendlyName},
                         {QStringLiteral("status"), account.status},
                         {QStringLiteral("type"), account.type},
                         {QStringLiteral("auth_token"), account.authToken},
                         {QStringLiteral("date_created"), rfc2822(account.dateCreated)},
                         {QStringLiteral("date_updated"), rfc2822(account.dateCreated)},
                         {QStringLiteral("uri"), uri + QStringLiteral(".json")},
                         {QStringLiteral("subresource_uris"),
                          QJsonObject{{QStringLiteral("messages"), uri + QStringLiteral("/Messages.json")},
                                      {QStringLiteral("incoming_phone_numbers"),
                                       uri + QStringLiteral("/IncomingPhoneNumbers.json")}}}});
}

FakeTwilioServer::Response FakeTwilioServer::createMessage(const Account &account, const Request &request)
{
    const QString to = request.formValue(QStringLiteral("To"));
    const QString from = request.formValue(QStringLiteral("From"));
    const QString serviceSid = request.formValue(QStringLiteral("MessagingServiceSid"));
    const QString body = request.formValue(QStringLiteral("Body"));
    const bool hasMedia = hasKey(request.form, QStringLiteral("MediaUrl")) ||
                          hasKey(request.form, QStringLiteral("ContentSid"));

    if (to.isEmpty())
        return errorResponse(400, 21604, QStringLiteral("A 'To' phone number is required."));
    if (!isE164(to))
        return errorResponse(400, 21211, QStringLiteral("Invalid 'To' Phone Number: %1").arg(to));
    if (from.isEmpty() && serviceSid.isEmpty())
        return errorResponse(400, 21603, QStringLiteral("A 'From' phone number is required."));
    if (!from.isEmpty()) {
        if (!isE164(from))
            return errorResponse(400, 21212, QStringLiteral("Invalid 'From' Phone Number: %1").arg(from));
        const bool owned =
            std::any_of(m_phoneNumbers.cbegin(), m_phoneNumbers.cend(), [&](const PhoneNumber &n) {
                return n.accountSid == account.sid && n.phoneNumber == from && n.sms;
            });
        if (!owned) {
            return errorResponse(
                400, 21606,
                QStringLiteral(
                    "The From phone number %1 is not a valid, SMS-capable phone number of this account.")
                    .arg(from));
        }
    }
    if (!serviceSid.isEmpty()) {
        const auto service = m_services.constFind(serviceSid);
        if (service == m_services.cend() || service->accountSid != account.sid)
            return errorResponse(400, 21705,
                                 QStringLiteral("The Messaging Service %1 is invalid.").arg(serviceSid));
    }
    if (body.isEmpty() && !hasMedia)
        return errorResponse(400, 21602, QStringLiteral("Message body is required."));
    if (body.size() > MaxBodyCharacters) {
        return errorResponse(
            400, 21617, QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    }
    if (m_unsubscribed.contains(to))
        return errorResponse(400, 21610, QStringLiteral("Attempt to send to unsubscribed recipient"));
    const QSet<QString> verified = m_verifiedCallerIds.value(account.sid);
    if (account.type == QLatin1String("Trial") && !verified.isEmpty() && !verified.contains(to)) {
        return errorResponse(
            400, 21608,
            QStringLiteral("The number %1 is unverified. Trial accounts may only send to verified numbers.")
                .arg(to));
    }

    Message message;
    message.accountSid = account.sid;
    message.to = to;
    message.from = from;
    message.messagingServiceSid = serviceSid;
    message.body = body;
    // Twilio answers "accepted" when a Messaging Service still has to pick the sender.
    message.status = from.isEmpty() ? QStringLiteral("accepted") : QStringLiteral("queued");
    const QString sid = storeMessage(message).sid;
    scheduleLifecycle(sid);
    return jsonResponse(201, findMessage(sid)->toJson());
}

FakeTwilioServer::Response FakeTwilioServer::createTestMessage(const Account &account, const Request &request)
{
    const QString to = request.formValue(QStringLiteral("To"));
    const QString from = request.formValue(QStringLiteral("From"));
    const QString body = request.formValue(QStringLiteral("Body"));
    if (to.isEmpty())
        return errorResponse(400, 21604, QStringLiteral("A 'To' phone number is required."));
    if (from.isEmpty())
        return errorResponse(400, 21603, QStringLiteral("A 'From' phone number is required."));
    // Twilio's magic numbers for test credentials: From is judged first, then To.
    if (from == QLatin1String("+15005550001") || !isE164(from))
        return errorResponse(400, 21212, QStringLiteral("Invalid 'From' Phone Number: %1").arg(from));
    if (from == QLatin1String("+15005550008")) {
        return errorResponse(
            400, 21611,
            QStringLiteral("This 'From' number has exceeded the maximum number of queued messages."));
    }
    if (from != QLatin1String("+15005550006")) {
        return errorResponse(
            400, 21606,
            QStringLiteral(
                "The From phone number %1 is not a valid, SMS-capable phone number of this account.")
                .arg(from));
    }
    if (to == QLatin1String("+15005550001") || !isE164(to))
        return errorResponse(400, 21211, QStringLiteral("Invalid 'To' Phone Number: %1").arg(to));
    if (to == QLatin1String("+15005550002"))
        return errorResponse(400, 21612,
                             QStringLiteral("The 'To' phone number is not currently reachable via SMS."));
    if (to == QLatin1String("+15005550003")) {
        return errorResponse(
            400, 21408,
            QStringLiteral(
                "Permission to send an SMS has not been enabled for the region indicated by the 'To' "
                "number: %1")
                .arg(to));
    }
    if (to == QLatin1String("+15005550004"))
        return errorResponse(400, 21610, QStringLiteral("Attempt to send to unsubscribed recipient"));
    if (to == QLatin1String("+15005550009"))
        return errorResponse(400, 21614, QStringLiteral("'To' number is not a valid mobile number"));
    if (body.isEmpty() && !hasKey(request.form, QStringLiteral("MediaUrl")))
        return errorResponse(400, 21602, QStringLiteral("Message body is required."));
    if (body.size() > MaxBodyCharacters) {
        return errorResponse(
            400, 21617, QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    }

    Message message;
    message.accountSid = account.sid;
    message.to = to;
    message.from = from;
    message.body = body;
    message.status = QStringLiteral("queued"); // and it stays so: test messages never leave Twilio
    message.viaTestCredentials = true;
    return jsonResponse(201, storeMessage(message).toJson());
}

FakeTwilioServer::Message &FakeTwilioServer::storeMessage(Message message)
{
    message.sid = randomSid(QStringLiteral("SM"));
    message.numSegments = std::max(1, m_segmentCounter(message.body));
    message.dateCreated = now();
    message.dateUpdated = message.dateCreated;
    m_messages.append(message);
    Q_EMIT messageCreated(message.sid);
    return m_messages.last();
}

void FakeTwilioServer::scheduleLifecycle(const QString &sid)
{
    if (m_lifecycleStepMs >= 0)
        QTimer::singleShot(m_lifecycleStepMs, this, [this, sid] { advance(sid); });
}

void FakeTwilioServer::advance(const QString &sid)
{
    Message *message = findMessage(sid);
    if (!message || m_lifecycleStepMs < 0 || isFinal(message->status) || message->viaTestCredentials)
        return;
    message->dateUpdated = now();
    if (message->status == QLatin1String("accepted") || message->status == QLatin1String("queued") ||
        message->status == QLatin1String("sending")) {
        message->status = QStringLiteral("sent");
        message->dateSent = message->dateUpdated;
        message->price = QString::number(-0.0079 * message->numSegments, 'f', 5);
        if (message->from.isEmpty())
            message->from = m_services.value(message->messagingServiceSid).senders.value(0);
    } else {
        const auto failure = m_deliveryFailures.constFind(message->to);
        if (failure == m_deliveryFailures.cend()) {
            message->status = QStringLiteral("delivered");
        } else {
            message->status = failure->second;
            message->errorCode = failure->first;
            message->errorMessage = deliveryErrorMessage(failure->first);
        }
    }
    const QString status = message->status;
    if (!isFinal(status))
        scheduleLifecycle(sid);
    Q_EMIT messageStatusChanged(sid, status);
}

FakeTwilioServer::Response FakeTwilioServer::fetchMessage(const Account &account, const QString &sid)
{
    const Message *message = findMessage(sid);
    if (!message || message->accountSid != account.sid || message->viaTestCredentials) {
        return errorResponse(404, 20404,
                             QStringLiteral("The requested resource %1Messages/%2.json was not found")
                                 .arg(ApiPrefix + account.sid + QLatin1Char('/'), sid));
    }
    return jsonResponse(200, message->toJson());
}

namespace {

// Twilio's list envelope. Query keys keep a fixed order so equal filters give equal URIs.
struct Page
{
    QString base;       // path of the list
    QByteArray filters; // encoded "Key=value&" pairs
    int pageSize = 50;
    int page = 0;
    qsizetype start = 0; // index in the matching items
    qsizetype count = 0;
    QString nextToken; // empty on the last page
    QString pageToken; // the token this page was asked with

    QString uri(int pageNumber, const QString &token) const
    {
        QString result = base + QLatin1Char('?') + QString::fromLatin1(filters) +
                         QStringLiteral("PageSize=%1&Page=%2").arg(pageSize).arg(pageNumber);
        if (!token.isEmpty())
            result += QStringLiteral("&PageToken=") + QString::fromLatin1(encodeQueryValue(token));
        return result;
    }

    QJsonObject envelope(const QString &key, const QJsonArray &items) const
    {
        // Twilio numbers items as if pages never shifted, whatever a page token resumed from.
        const qint64 first = qint64(page) * pageSize;
        return {{key, items},
                {QStringLiteral("page"), page},
                {QStringLiteral("page_size"), pageSize},
                {QStringLiteral("start"), first},
                {QStringLiteral("end"), count > 0 ? first + count - 1 : first},
                {QStringLiteral("uri"), uri(page, pageToken)},
                {QStringLiteral("first_page_uri"), uri(0, {})},
                {QStringLiteral("next_page_uri"),
                 nextToken.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(uri(page + 1, nextToken))},
                {QStringLiteral("previous_page_uri"),
                 page > 0 ? QJsonValue(uri(page - 1, {})) : QJsonValue(QJsonValue::Null)}};
    }
};

int pageSizeFrom(const FakeTwilioServer::Request &request)
{
    bool ok = false;
    const int size = request.queryValue(QStringLiteral("PageSize")).toInt(&ok);
    return ok ? std::clamp(size, 1, 1000) : 50;
}

} // namespace

FakeTwilioServer::Response FakeTwilioServer::listMessages(const Account &account, const Request &request)
{
    static const QStringList filterKeys{QStringLiteral("To"), QStringLiteral("From"),
                                        QStringLiteral("DateSent"), QStringLiteral("DateSent>"),
                                        QStringLiteral("DateSent<")};
    Page page;
    page.base = ApiPrefix + account.sid + QStringLiteral("/Messages.json");
    for (const QString &key : filterKeys) {
        if (hasKey(request.query, key))
            page.filters += encodeQueryValue(key) + '=' + encodeQueryValue(request.queryValue(key)) + '&';
    }
    page.pageSize = pageSizeFrom(request);
    page.page = std::max(0, request.queryValue(QStringLiteral("Page")).toInt());
    page.pageToken = request.queryValue(QStringLiteral("PageToken"));

    const QString to = request.queryValue(QStringLiteral("To"));
    const QString from = request.queryValue(QStringLiteral("From"));
    QList<const Message *> matching;
    // Newest first, as Twilio lists them.
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        const Message &message = *it;
        if (message.accountSid != account.sid || message.viaTestCredentials)
            continue;
        if (hasKey(request.query, QStringLiteral("To")) && message.to != to)
            continue;
        if (hasKey(request.query, QStringLiteral("From")) && message.from != from)
            continue;
        // A message not sent yet has no date_sent; the fake dates it by its creation so that a message
        // stuck in the queue can still be found by a reconciliation.
        const QDateTime when = message.dateSent.isValid() ? message.dateSent : message.dateCreated;
        bool dateOk = true;
        for (int direction : {0, 1, -1}) {
            const QString key = direction == 0  ? QStringLiteral("DateSent")
                                : direction > 0 ? QStringLiteral("DateSent>")
                                                : QStringLiteral("DateSent<");
            if (hasKey(request.query, key) && !matchesDate(when, request.queryValue(key), direction))
                dateOk = false;
        }
        if (dateOk)
            matching.append(&message);
    }

    // A page token names the last message of the previous page, so messages created while a client
    // pages through the list (they come first) do not shift the pages it has not read yet.
    if (page.pageToken.startsWith(QLatin1String("PA"))) {
        const QString after = page.pageToken.mid(2);
        const auto it = std::find_if(matching.cbegin(), matching.cend(),
                                     [&](const Message *message) { return message->sid == after; });
        page.start = it == matching.cend() ? matching.size() : (it - matching.cbegin()) + 1;
    } else {
        page.start = std::min<qsizetype>(matching.size(), qsizetype(page.page) * page.pageSize);
    }
    page.count = std::min<qsizetype>(page.pageSize, matching.size() - page.start);
    QJsonArray items;
    for (qsizetype i = page.start; i < page.start + page.count; ++i)
        items.append(matching.at(i)->toJson());
    if (page.start + page.count < matching.size())
        page.nextToken = QStringLiteral("PA") + matching.at(page.start + page.count - 1)->sid;
    return jsonResponse(200, page.envelope(QStringLiteral("messages"), items));
}

FakeTwilioServer::Response FakeTwilioServer::listPhoneNumbers(const Account &account, const Request &request)
{
    Page page;
    page.base = ApiPrefix + account.sid + QStringLiteral("/IncomingPhoneNumbers.json");
    const QString wanted = request.queryValue(QStringLiteral("PhoneNumber"));
    if (hasKey(request.query, QStringLiteral("PhoneNumber")))
        page.filters = "PhoneNumber=" + encodeQueryValue(wanted) + '&';
    page.pageSize = pageSizeFrom(request);
    page.page = std::max(0, request.queryValue(QStringLiteral("Page")).toInt());

    QList<const PhoneNumber *> matching;
    for (const PhoneNumber &number : m_phoneNumbers) {
        // Twilio matches a partial number too.
        if (number.accountSid == account.sid && number.phoneNumber.contains(wanted))
            matching.append(&number);
    }
    page.start = std::min<qsizetype>(matching.size(), qsizetype(page.page) * page.pageSize);
    page.count = std::min<qsizetype>(page.pageSize, matching.size() - page.start);
    QJsonArray items;
    for (qsizetype i = page.start; i < page.start + page.count; ++i) {
        const PhoneNumber &number = *matching.at(i);
        items.append(QJsonObject{
            {QStringLiteral("sid"), number.sid},
            {QStringLiteral("account_sid"), number.accountSid},
            {QStringLiteral("phone_number"), number.phoneNumber},
            {QStringLiteral("friendly_name"), number.friendlyName},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("sms"), number.sms},
                                                         {QStringLiteral("mms"), number.mms},
                                                         {QStringLiteral("voice"), number.voice},
                                                         {QStringLiteral("fax"), false}}},
            {QStringLiteral("status"), QStringLiteral("in-use")},
            {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
            {QStringLiteral("date_created"), rfc2822(number.dateCreated)},
            {QStringLiteral("date_updated"), rfc2822(number.dateCreated)},
            {QStringLiteral("uri"), ApiPrefix + account.sid + QStringLiteral("/IncomingPhoneNumbers/") +
                                        number.sid + QStringLiteral(".json")}});
    }
    if (page.start + page.count < matching.size())
        page.nextToken = QStringLiteral("PA") + matching.at(page.start + page.count - 1)->sid;
    return jsonResponse(200, page.envelope(QStringLiteral("incoming_phone_numbers"), items));
}

FakeTwilioServer::Response FakeTwilioServer::fetchMessagingService(const Account &account, const QString &sid)
{
    const auto service = m_services.constFind(sid);
    if (service == m_services.cend() || service->accountSid != account.sid) {
        return errorResponse(404, 20404,
                             QStringLiteral("The requested resource /Services/%1 was not found").arg(sid));
    }
    const QString url = QStringLiteral("https://messaging.twilio.com/v1/Services/") + sid;
    return jsonResponse(
        200, {{QStringLiteral("sid"), service->sid},
              {QStringLiteral("account_sid"), service->accountSid},
              {QStringLiteral("friendly_name"), service->friendlyName},
              {QStringLiteral("date_created"), isoDate(service->dateCreated)},
              {QStringLiteral("date_updated"), isoDate(service->dateCreated)},
              {QStringLiteral("usecase"), QStringLiteral("marketing")},
              {QStringLiteral("us_app_to_person_registered"), false},
              {QStringLiteral("use_inbound_webhook_on_number"), true},
              {QStringLiteral("validity_period"), 14400},
              {QStringLiteral("url"), url},
              {QStringLiteral("links"),
               QJsonObject{{QStringLiteral("phone_numbers"), url + QStringLiteral("/PhoneNumbers")}}}});
}

} // namespace LeadRails
