#include "Workspace.h"

#include "Database.h"
#include "Destination.h"
#include "DestinationStore.h"
#include "JobStore.h"
#include "SecretStore.h"

namespace LeadRails {

Workspace::Workspace(const Profile &profile, std::unique_ptr<Database> database,
                     std::unique_ptr<SecretStore> secrets, const TwilioEndpoints &endpoints)
    : m_profile(profile)
    , m_database(std::move(database))
    , m_secrets(std::move(secrets))
    , m_transport(std::make_unique<HttpTransport>())
{
    m_destinations =
        std::make_unique<DestinationStore>(*m_database, *m_secrets, DestinationStore::currentOsUser(), this);
    m_jobs = std::make_unique<JobStore>(*m_database, DestinationStore::currentOsUser(), this);
    m_twilio = std::make_unique<TwilioClient>(m_transport.get(), endpoints);
}

Workspace::~Workspace()
{
    // The client's replies and the store's queries go before the connections they use.
    m_twilio.reset();
    m_jobs.reset();
    m_destinations.reset();
    m_transport.reset();
    m_database.reset();
}

std::unique_ptr<Workspace> Workspace::open(const Profile &profile, std::unique_ptr<SecretStore> secrets,
                                           QString *error)
{
    const auto endpoints = TwilioEndpoints::fromEnvironment(error);
    if (!endpoints)
        return nullptr;
    auto database = Database::open(profile.databasePath(), error);
    if (!database)
        return nullptr;
    return std::unique_ptr<Workspace>(
        new Workspace(profile, std::move(database), std::move(secrets), *endpoints));
}

TwilioCredentials Workspace::credentialsFor(const Destination &destination, const QString &secret)
{
    return {destination.accountSid, destination.username(), secret};
}

} // namespace LeadRails
