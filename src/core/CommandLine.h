#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>

namespace LeadRails {

// Exit codes shared by every executable and documented in the README.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,       // the program could not do its work (e.g. the profile is unusable)
    ExitUsage = 2,         // usage or validation error: nothing was done
    ExitRejected = 3,      // Twilio rejected the request (permanent)
    ExitAuthFailed = 4,    // authentication failed
    ExitTransient = 5,     // transient failure: retry later
    ExitUnknownOutcome = 6 // the request may or may not have reached Twilio
};

// Parses the command line without needing a QCoreApplication, so --help, --version and usage errors are
// answered before any display connection is attempted.
class CommandLine
{
public:
    enum class Outcome { Proceed, Exit };

    // parser must already hold its options; --help and --version are added here.
    CommandLine(QCommandLineParser &parser, QString programName);

    // Parses args (argv[0] first). On --help/--version prints to stdout and returns Exit with code 0;
    // on a usage error prints a message naming the problem to stderr and returns Exit with code 2.
    Outcome parse(const QStringList &args);
    int exitCode() const { return m_exitCode; }

    static QStringList argumentsFrom(int argc, char **argv);

    // Prints a usage error ("program: message" and a pointer to --help) and returns ExitUsage.
    int usageError(const QString &message) const;

private:
    QCommandLineParser &m_parser;
    QString m_programName;
    int m_exitCode = ExitSuccess;
};

// Writes text to a C stream as UTF-8.
void writeTo(std::FILE *stream, const QString &text);

} // namespace LeadRails
