#pragma once

#include "Destination.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace LeadRails {

class Database;

// Realistic data for development, demos and benchmarks (`leadrails-cli dev seed`): destinations, and jobs
// spread over the last days across every state, Twilio's common error codes and the test flag, with their
// attempts, the alerts they would have raised and the suppression entries 21610 would have added.
//
// The jobs are written as finished history, straight into the tables: they are not sent, so they do not go
// through the state machine one step at a time. Seed destinations have no secret and are paused, so nothing
// is ever sent through them by accident.
class DevSeed
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::DevSeed)

public:
    struct Options
    {
        qint64 jobs = 0;
        int destinations = 3; // "Sample 1", "Sample 2"...: reused when a destination of that name exists
        int days = 60;        // jobs are created over the last `days` days, oldest first
        quint64 randomSeed = 1;
        QDateTime now; // invalid: the current time
        QString osUser;
    };
    struct Result
    {
        bool ok = false;
        QString error;
        QStringList destinationIds;
        qint64 jobs = 0;
        qint64 attempts = 0;
        int alerts = 0;
        int suppressions = 0;
        qint64 elapsedMs = 0;
    };

    // Adds the jobs to whatever the database holds. Fast: a million jobs in under a minute on a 2-core
    // machine (49 s, ~10 s of it the word index) thanks to prepared statements, large transactions, and
    // durability relaxed for this connection only while seeding.
    static Result run(Database &database, const Options &options);

    // SEEDING ONLY: a destination row written without a secret, bypassing DestinationStore (which insists on
    // putting one in the keychain). It is paused with a reason saying why; the GUI shows "no secret".
    // Returns the existing destination when one has this name.
    static std::optional<Destination> seedDestination(Database &database, const QString &name, int index,
                                                      const QString &osUser, QString *error);
};

} // namespace LeadRails
