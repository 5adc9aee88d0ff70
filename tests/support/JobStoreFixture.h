#pragma once

#include "Database.h"
#include "Destination.h"
#include "JobStore.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace LeadRails::Testing {

// The fixture of the core tests that work below the Workspace, straight on the tables: a migrated database
// in a temporary folder of its own and a JobStore over it acting as "tester" (the user the audit entries
// name). A test class derives from it after QObject, opens it in init() and closes it in cleanup(). The
// members are the test's: some tests close and reopen the database (persistence, migrations).
class JobStoreFixture
{
protected:
    // False, with *error, when the folder or the database cannot be made.
    bool openJobStore(QString *error);
    // The store goes before the connection it uses, the folder last.
    void closeJobStore();
    // A seed destination (paused, without a secret, so nothing can be sent through it), numbered by
    // m_destinations, whose messages use bodyTemplate. Fails the running test when it cannot be written.
    Destination seedDestination(const QString &name, const QString &bodyTemplate);

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobStore> m_store;
    int m_destinations = 0;
};

} // namespace LeadRails::Testing
