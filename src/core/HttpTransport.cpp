#include "HttpTransport.h"

#include "Modules.h"
#include "NetworkModuleApi.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkReply> // its error codes only: nothing of Qt Network is linked here
#include <QObject>
#include <QTimer>

namespace LeadRails {

namespace {

Q_LOGGING_CATEGORY(lcNetwork, "leadrails.network")

// Null when the module is missing (a broken installation).
const NetworkModuleApi::Functions *networkModule()
{
    static const NetworkModuleApi::Functions *const functions = [] {
        const auto *found = Modules::functions<NetworkModuleApi::Functions>(
            LEADRAILS_NETWORK_FILE, LEADRAILS_NETWORK_BUILD_PATH, NetworkModuleApi::kFunctions);
        if (!found)
            qCCritical(lcNetwork,
                       "The network module (%s) was not found; nothing can be sent. Reinstall LeadRails.",
                       LEADRAILS_NETWORK_FILE);
        return found;
    }();
    return functions;
}

} // namespace

HttpTransport::HttpTransport(QNetworkAccessManager *network)
    : m_network(network)
{}

HttpTransport::HttpTransport(QNetworkAccessManager *network, const NetworkModuleApi::Functions *module)
    : m_network(network)
    , m_module(module)
{}

HttpTransport::~HttpTransport() = default;

void HttpTransport::send(const HttpRequest &request, QObject *context, Done done)
{
    if (!m_backend) {
        if (const auto *module = m_module ? *m_module : networkModule())
            m_backend.reset(module->createBackend(m_network));
    }
    if (m_backend) {
        m_backend->send(request, context, std::move(done));
        return;
    }
    // Nothing left this machine (bodySent stays false, so a POST is not taken for one that may have arrived).
    HttpExchange exchange;
    exchange.isPost = request.verb == "POST";
    exchange.networkError = QNetworkReply::UnknownNetworkError;
    exchange.networkErrorText =
        QCoreApplication::translate(
            "LeadRails::HttpTransport",
            "LeadRails is not installed completely (%1 is missing). Reinstall LeadRails.")
            .arg(QStringLiteral(LEADRAILS_NETWORK_FILE));
    QTimer::singleShot(0, context, [exchange, done = std::move(done)] { done(exchange); });
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const auto *module = networkModule();
    return module && module->isLoopback(host);
}

} // namespace LeadRails
