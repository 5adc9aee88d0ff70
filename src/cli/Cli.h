#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace LeadRails {

// leadrails-cli: global options, then a command with its own options. Each command is a thin shell over
// leadrails_core: it parses, calls core, and prints.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::Cli)

public:
    // Parses the global options; returns an exit code when the program should stop before running
    // anything (help, version, usage errors).
    std::optional<int> parseGlobal(const QStringList &args);
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

    QString m_dataDirectory;
    QStringList m_commandArgs;
    std::optional<Profile> m_profile;
};

} // namespace LeadRails
