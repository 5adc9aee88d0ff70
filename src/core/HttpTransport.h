#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QObject;

namespace LeadRails {

namespace NetworkModuleApi {
struct Functions;
}

// One request, as TwilioClient makes it.
struct HttpRequest
{
    QByteArray verb; // "GET" or "POST"
    QUrl url;
    QByteArray authorization; // the Authorization header
    QByteArray userAgent;
    QByteArray form;              // a POST's form-encoded body
    int connectTimeoutMs = 10000; // no bytes moving
    int totalTimeoutMs = 30000;   // the whole exchange
};

// What came of it. isPost: the request creates something, so a lost response leaves the outcome unknown;
// bodySent: the whole request reached the network stack before any failure.
struct HttpExchange
{
    bool isPost = false;
    bool bodySent = false;
    bool timedOut = false;
    int networkError = 0; // QNetworkReply::NetworkError
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfter;
    QString networkErrorText;
    qint64 durationMs = 0;
};

// Carries requests over Qt Network, which lives in a module (NetworkModule.cpp, found by Modules::load) that
// the first request loads. Linked, Qt Network and the Kerberos, GSSAPI and proxy libraries it needs added
// 3.7 ms to every program's start before main(), and a window has nothing to send before it has painted.
// Use it from one thread: the first request makes its QNetworkAccessManager there.
class HttpTransport
{
public:
    // network: one to use instead of its own (tests record what is sent with theirs); it must outlive this.
    explicit HttpTransport(QNetworkAccessManager *network = nullptr);
    // Sends through this network module's table instead of the installed module's; null sends nothing, as a
    // broken installation whose module is missing (every request fails, as never sent).
    HttpTransport(QNetworkAccessManager *network, const NetworkModuleApi::Functions *module);
    ~HttpTransport();
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    using Done = std::function<void(const HttpExchange &)>;
    // context bounds done: when it is destroyed first, the request is aborted and done is not called.
    void send(const HttpRequest &request, QObject *context, Done done);

    // What the module implements.
    class Backend
    {
    public:
        virtual ~Backend() = default;
        virtual void send(const HttpRequest &request, QObject *context, Done done) = 0;
    };

private:
    QNetworkAccessManager *m_network;
    // The module given to the constructor; unset: the installed one, loaded by the first request.
    std::optional<const NetworkModuleApi::Functions *> m_module;
    std::unique_ptr<Backend> m_backend;
};

// host is this machine: "localhost", or a loopback address (127.0.0.0/8, ::1). Loads the network module.
bool isLoopbackHost(const QString &host);

} // namespace LeadRails
