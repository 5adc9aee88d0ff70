// HttpTransport's backend over Qt Network, in a module of its own that HttpTransport.cpp loads with the first
// request (see HttpTransport.h for why).

#include "NetworkModuleApi.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <cstring>
#include <memory>

namespace LeadRails {

namespace {

// A request body that can be read once and never rewound. Qt 6.4's HTTP stack silently sends a request again
// when the connection drops before the answer, whatever the method; for a POST to Messages that is a second
// SMS. It can only resend by rewinding the body, so with this device it fails with ContentReSendError
// instead, which TwilioClient::classify() reports as an unknown outcome to reconcile.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_offset);
        std::memcpy(out, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

class QtNetworkBackend final : public HttpTransport::Backend
{
public:
    explicit QtNetworkBackend(QNetworkAccessManager *network)
        : m_own(network ? nullptr : std::make_unique<QNetworkAccessManager>())
        , m_network(network ? network : m_own.get())
    {}

    void send(const HttpRequest &request, QObject *context, HttpTransport::Done done) override;

private:
    std::unique_ptr<QNetworkAccessManager> m_own;
    QNetworkAccessManager *m_network;
};

void QtNetworkBackend::send(const HttpRequest &http, QObject *context, HttpTransport::Done done)
{
    QNetworkRequest request(http.url);
    request.setRawHeader("User-Agent", http.userAgent);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", http.authorization);
    // Credentials are never replayed to wherever a redirect points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(http.connectTimeoutMs);
    const bool isPost = http.verb == "POST";
    if (isPost)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));

    QNetworkReply *reply = nullptr;
    if (isPost) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, http.form.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(http.form);
        reply = m_network->post(request, body);
        body->setParent(reply);
    } else {
        reply = m_network->get(request);
    }

    struct State
    {
        bool bodySent = false;
        bool timedOut = false;
        QElapsedTimer elapsed;
    };
    auto state = std::make_shared<State>();
    state->elapsed.start();

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(http.totalTimeoutMs);

    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [state](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            state->bodySent = true;
    });
    // The caller went away: nothing is reported to it, and the request stops.
    QObject::connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);

    QPointer<QObject> guard(context);
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [reply, state, guard, isPost, done = std::move(done)] {
            reply->deleteLater();
            if (!guard)
                return;
            HttpExchange exchange;
            exchange.isPost = isPost;
            exchange.bodySent =
                state->bodySent ||
                (isPost && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
            exchange.timedOut = state->timedOut || reply->error() == QNetworkReply::TimeoutError;
            exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            exchange.body = reply->readAll();
            exchange.retryAfter = reply->rawHeader("Retry-After");
            // A response cut off mid-way is not an answer to trust.
            if (reply->error() != QNetworkReply::NoError && exchange.httpStatus >= 200 &&
                exchange.httpStatus < 300)
                exchange.httpStatus = 0;
            exchange.networkError = reply->error();
            exchange.networkErrorText = reply->errorString();
            exchange.durationMs = state->elapsed.elapsed();
            done(exchange);
        });
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

} // namespace LeadRails

extern "C" Q_DECL_EXPORT const LeadRails::NetworkModuleApi::Functions *leadrails_network_functions()
{
    using namespace LeadRails;
    static constexpr NetworkModuleApi::Functions functions{
        [](QNetworkAccessManager *network) -> HttpTransport::Backend * {
            return new QtNetworkBackend(network);
        },
        &isLoopback};
    return &functions;
}
