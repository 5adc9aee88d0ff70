#include "DispatcherHost.h"

#include "Database.h"
#include "DestinationStore.h"
#include "Dispatcher.h"
#include "JobStore.h"
#include "SecretStore.h"
#include "TwilioClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QPointer>
#include <QThread>

#include <cmath>

namespace LeadRails {

QString DispatcherHost::lockFilePath(const Profile &profile)
{
    return QDir(profile.dataDirectory()).filePath(QStringLiteral("dispatcher.lock"));
}

std::unique_ptr<DispatcherHost> DispatcherHost::create(const Config &config, QString *error)
{
    Q_ASSERT(config.profile && config.secrets);
    std::unique_ptr<DispatcherHost> host(new DispatcherHost);
    // A lock left by a process that was killed names a process that no longer runs: QLockFile takes it over.
    host->m_lock = std::make_unique<QLockFile>(lockFilePath(*config.profile));
    host->m_lock->setStaleLockTime(0);
    if (!host->m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString hostName;
        QString application;
        host->m_lock->getLockInfo(&pid, &hostName, &application);
        if (error)
            *error = tr("Another LeadRails program (%1, process %2) is already sending for this profile; "
                        "close it first.")
                         .arg(application.isEmpty() ? tr("unknown") : application)
                         .arg(pid);
        return nullptr;
    }
    host->m_database = Database::open(config.profile->databasePath(), error);
    if (!host->m_database)
        return nullptr;
    const QString osUser = config.osUser.isEmpty() ? DestinationStore::currentOsUser() : config.osUser;
    host->m_secrets = config.secrets();
    host->m_destinations = std::make_unique<DestinationStore>(*host->m_database, *host->m_secrets, osUser);
    host->m_jobs = std::make_unique<JobStore>(*host->m_database, osUser);
    host->m_transport = std::make_unique<HttpTransport>();
    host->m_twilio = std::make_unique<TwilioClient>(host->m_transport.get(), config.endpoints);
    host->m_twilio->setTimeouts(int(std::lround(config.settings.connectTimeoutSeconds * 1000)),
                                int(std::lround(config.settings.requestTimeoutSeconds * 1000)));
    host->m_dispatcher = std::make_unique<Dispatcher>(*host->m_database, *host->m_jobs, *host->m_destinations,
                                                      *host->m_twilio, config.settings);
    return host;
}

void DispatcherHost::createInThread(QThread *thread, const Config &config, QObject *context,
                                    std::function<void(DispatcherHost *, const QString &)> done)
{
    // A throwaway object on the worker thread to run the construction there.
    auto *builder = new QObject;
    builder->moveToThread(thread);
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        builder,
        [builder, config, guard, done = std::move(done)] {
            QString error;
            DispatcherHost *host = create(config, &error).release();
            builder->deleteLater();
            if (!guard) {
                delete host;
                return;
            }
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, host, error, done] {
                    if (guard)
                        done(host, error);
                    else if (host)
                        host->deleteLater(); // on its own thread
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

DispatcherHost::~DispatcherHost()
{
    // Users first, then what they use: replies before the network, queries before the connection.
    m_dispatcher.reset();
    m_twilio.reset();
    m_transport.reset();
    m_jobs.reset();
    m_destinations.reset();
    m_secrets.reset();
    m_database.reset();
    m_lock.reset();
}

} // namespace LeadRails
