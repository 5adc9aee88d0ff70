#include "HttpTransport.h"

#include "Modules.h"
#include "NetworkModuleApi.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QLoggingCategory>
#include <QNetworkReply> // its error codes only: nothing of Qt Network is linked here
#include <QObject>
#include <QTimer>

namespace LeadRails {

namespace {

Q_LOGGING_CATEGORY(lcNetwork, "leadrails.network")

struct NetworkModule
{
    NetworkModuleApi::CreateBackend createBackend = nullptr;
    NetworkModuleApi::IsLoopback isLoopback = nullptr;
};

// Null when the module is missing (a broken installation).
const NetworkModule *networkModule()
{
    static const NetworkModule loaded = [] {
        NetworkModule module;
        if (QLibrary *library = Modules::load(LEADRAILS_NETWORK_FILE, LEADRAILS_NETWORK_BUILD_PATH)) {
            module.createBackend = reinterpret_cast<NetworkModuleApi::CreateBackend>(
                library->resolve(NetworkModuleApi::kCreateBackend));
            module.isLoopback = reinterpret_cast<NetworkModuleApi::IsLoopback>(
                library->resolve(NetworkModuleApi::kIsLoopback));
        }
        if (!module.createBackend || !module.isLoopback) {
            qCCritical(lcNetwork,
                       "The network module (%s) was not found; nothing can be sent. Reinstall LeadRails.",
                       LEADRAILS_NETWORK_FILE);
            module = {};
        }
        return module;
    }();
    return loaded.createBackend ? &loaded : nullptr;
}

} // namespace

HttpTransport::HttpTransport(QNetworkAccessManager *network)
    : m_network(network)
{}

HttpTransport::~HttpTransport() = default;

void HttpTransport::send(const HttpRequest &request, QObject *context, Done done)
{
    if (!m_backend) {
        if (const NetworkModule *module = networkModule())
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
    const NetworkModule *module = networkModule();
    return module && module->isLoopback(host);
}

} // namespace LeadRails
