#pragma once

#include "Profile.h"
#include "TwilioOutcome.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace LeadRails {

class Workspace;
struct Destination;

// leadrails-cli: global options, then a command with its own options. Each command is a thin shell over
// leadrails_core: it parses, calls core, and prints.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::Cli)

public:
    Cli();
    ~Cli();

    // Parses the global options; returns an exit code when the program should stop before running
    // anything (help, version, usage errors).
    std::optional<int> parseGlobal(const QStringList &args);
    // The language asked for with --lang before the command (read before parsing, so that --help and
    // every message are already in it), else fallback.
    static QString requestedLanguage(const QStringList &args, const QString &fallback);
    // Runs the command (needs a QCoreApplication).
    int run();

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(Cli &, const QStringList &)> run;
    };
    static const std::vector<Command> &commands();
    static QString commandList();

    // Opens the profile; prints the reason and returns false when it cannot.
    bool openProfile();

    int runInfo(const QStringList &args);
    int runSettings(const QStringList &args);
    int runPreview(const QStringList &args);
    int runDestination(const QStringList &args);
    int runVerify(const QStringList &args);
    int runSendTest(const QStringList &args);
    int runStatus(const QStringList &args);
    int runDispatcher(const QStringList &args); // `run` (CliRun.cpp)
    // CliJobs.cpp
    int runEnqueue(const QStringList &args);
    int runJobs(const QStringList &args);
    int runAlerts(const QStringList &args);
    int runSuppression(const QStringList &args);
    int runDev(const QStringList &args);

    // Opens the profile's workspace (database, keychain, Twilio client); prints the reason and returns
    // false when it cannot.
    bool openWorkspace();
    // Runs the event loop until `start` calls its finish function with an exit code.
    static int runUntilDone(const std::function<void(std::function<void(int)>)> &start);
    // The named destination, or a message on stderr and nothing.
    std::optional<Destination> destinationNamed(const QString &name);
    // Reads the destination's secret from the keychain (asynchronously, inside runUntilDone).
    void withSecret(const Destination &destination, std::function<void(int)> finish,
                    std::function<void(const QString &secret)> use);
    static int exitCodeFor(OutcomeCategory category);

    QString m_dataDirectory;
    QStringList m_commandArgs;
    std::optional<Profile> m_profile;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace LeadRails
