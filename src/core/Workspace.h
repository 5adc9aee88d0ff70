#pragma once

#include "Profile.h"
#include "TwilioClient.h"

#include <QObject>

#include <memory>

namespace LeadRails {

class Database;
class DestinationStore;
class JobStore;
class SecretStore;
struct Destination;

// Everything the GUI and the CLI open for one profile: its database, the keychain, the destinations, and the
// Twilio client. Built once in main() and handed to whatever needs it (no singletons).
class Workspace : public QObject
{
    Q_OBJECT

public:
    // Opens the profile's database (migrating it) and checks the Twilio endpoint overrides. On failure
    // returns nothing and sets *error to what to fix.
    static std::unique_ptr<Workspace> open(const Profile &profile, std::unique_ptr<SecretStore> secrets,
                                           QString *error);
    ~Workspace() override;

    const Profile &profile() const { return m_profile; }
    Database &database() { return *m_database; }
    SecretStore &secrets() { return *m_secrets; }
    DestinationStore &destinations() { return *m_destinations; }
    JobStore *jobs() { return m_jobs.get(); }
    TwilioClient &twilio() { return *m_twilio; }

    // How a destination authenticates, with its secret from the keychain.
    static TwilioCredentials credentialsFor(const Destination &destination, const QString &secret);

private:
    Workspace(const Profile &profile, std::unique_ptr<Database> database,
              std::unique_ptr<SecretStore> secrets, const TwilioEndpoints &endpoints);

    Profile m_profile;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DestinationStore> m_destinations;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<TwilioClient> m_twilio;
};

} // namespace LeadRails
