#pragma once

#include "DispatcherSettings.h"
#include "Profile.h"
#include "TwilioEndpoints.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QThread;

namespace LeadRails {

class Database;
class DestinationStore;
class HttpTransport;
class Dispatcher;
class JobStore;
class SecretStore;
class TwilioClient;

// Everything the dispatcher needs, built on one thread and used only there: its own database connection
// (SQLite connections belong to the thread that opened them), secret store, destination and job stores,
// HTTP transport and Twilio client. The CLI builds one on its main thread with create(); the GUI
// builds one in a worker QThread with createInThread() and talks to it through queued signals and
// QMetaObject::invokeMethod(). Holds the profile's dispatcher lock: one dispatcher per profile at a time.
class DispatcherHost : public QObject
{
    Q_OBJECT

public:
    // Called on the host's thread, since keychain backends are thread-bound too.
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>()>;

    struct Config
    {
        std::optional<Profile> profile;
        SecretStoreFactory secrets;
        TwilioEndpoints endpoints;
        DispatcherSettings settings;
        QString osUser; // for the audit log; DestinationStore::currentOsUser() when empty
    };

    // Builds everything on the calling thread. Nothing is started. On failure (database, lock) returns
    // nothing and sets *error to what to do.
    static std::unique_ptr<DispatcherHost> create(const Config &config, QString *error);
    // Builds a host on `thread` (already running) and calls done on context's thread with it, or with
    // nullptr and the error. The host lives on `thread`; delete it there (deleteLater() before the thread
    // quits), its dispatcher stopped first.
    static void createInThread(QThread *thread, const Config &config, QObject *context,
                               std::function<void(DispatcherHost *host, const QString &error)> done);
    ~DispatcherHost() override;

    Dispatcher &dispatcher() { return *m_dispatcher; }
    JobStore &jobs() { return *m_jobs; }
    DestinationStore &destinations() { return *m_destinations; }
    Database &database() { return *m_database; }
    TwilioClient &twilio() { return *m_twilio; }

    // The lock file that keeps a second dispatcher off the same profile.
    static QString lockFilePath(const Profile &profile);

private:
    DispatcherHost() = default;

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DestinationStore> m_destinations;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<TwilioClient> m_twilio;
    std::unique_ptr<Dispatcher> m_dispatcher;
};

} // namespace LeadRails
