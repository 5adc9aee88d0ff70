#pragma once

#include "DestinationStore.h"
#include "DevSeed.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace LeadRails {
class Workspace;
} // namespace LeadRails

namespace LeadRails::Testing {

// Paths to the built executables (the build tree is passed to every test as LEADRAILS_TEST_BINARY_DIR).
QString cliPath();
QString appPath();
// ../shared beside the checkout, or empty when it is not there.
QString sharedDirectory();

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

// Runs an executable to completion (30 s at most) with the given environment and standard input.
ProcessResult runProcess(const QString &program, const QStringList &args,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                         const QByteArray &standardInput = {});

// The profile in dataDirectory (created when needed), opened as the app opens it but over an in-memory
// keychain, holding at least options.jobs jobs: DevSeed adds the missing ones with the other options, so a
// fresh folder gets exactly options.jobs and a reused one is only topped up. *seeded, when given, says what
// was added. On failure returns nothing and sets *error.
std::unique_ptr<Workspace> seededWorkspace(const QString &dataDirectory, const DevSeed::Options &options,
                                           QString *error, DevSeed::Result *seeded = nullptr);
// The same in a temporary folder of its own, removed with the Workspace: a fresh profile for each test,
// seeded with that many jobs over that many destinations (DevSeed's defaults otherwise).
std::unique_ptr<Workspace> temporaryWorkspace(QString *error, qint64 jobs = 0,
                                              int destinations = DevSeed::Options().destinations);
// For the benchmarks, which reuse their large profile from run to run: seededWorkspace() with options.jobs
// = jobs, saying on stdout what it seeded and how many jobs the profile holds, on stderr why it failed.
std::unique_ptr<Workspace> benchmarkWorkspace(const QString &dataDirectory, qint64 jobs);

// A destination that passes validation ("Spring leads", from +14155552671, body with {{name}}), saved
// through the workspace's store as the editor saves it, its secret into the keychain. Nothing when the store
// has not answered within 5 s.
std::optional<DestinationStore::Result> saveSampleDestination(Workspace &workspace);

} // namespace LeadRails::Testing
