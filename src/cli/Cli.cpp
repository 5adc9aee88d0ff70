#include "Cli.h"

#include "AppInfo.h"
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace LeadRails {

namespace {
const QString kProgram = QStringLiteral("leadrails-cli");

void printJson(const QJsonObject &object)
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}
} // namespace

const std::vector<Cli::Command> &Cli::commands()
{
    static const std::vector<Command> all = {
        {QStringLiteral("info"), tr("Show where this profile keeps its data."), &Cli::runInfo},
        {QStringLiteral("settings"), tr("Read or change this profile's settings (get, set, list)."),
         &Cli::runSettings},
    };
    return all;
}

QString Cli::commandList()
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands())
        text += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(14), command.summary);
    text += tr("Run '%1 COMMAND --help' for a command's options.").arg(kProgram) + QLatin1Char('\n');
    return text;
}

std::optional<int> Cli::parseGlobal(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("LeadRails Desktop from the command line: manage destinations, "
                                        "preview and send messages, and inspect jobs.") +
                                     QStringLiteral("\n\n") + commandList());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    Profile::addCommandLineOption(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see the list above)."),
                                 QStringLiteral("COMMAND [options]"));
    CommandLine commandLine(parser, kProgram);
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();

    m_commandArgs = parser.positionalArguments();
    if (m_commandArgs.isEmpty())
        return commandLine.usageError(tr("no command given.") + QLatin1Char('\n') + commandList());
    const QString name = m_commandArgs.constFirst();
    const bool known = std::any_of(commands().begin(), commands().end(),
                                   [&](const Command &command) { return command.name == name; });
    if (!known)
        return commandLine.usageError(tr("unknown command '%1'.").arg(name) + QLatin1Char('\n') +
                                      commandList());
    m_dataDirectory = Profile::resolveDataDirectory(parser);
    return std::nullopt;
}

int Cli::run()
{
    const QString name = m_commandArgs.constFirst();
    for (const Command &command : commands()) {
        if (command.name == name) {
            QStringList args = m_commandArgs;
            args[0] = kProgram + QLatin1Char(' ') + name;
            return command.run(*this, args);
        }
    }
    return ExitUsage; // unreachable: parseGlobal checked the name
}

bool Cli::openProfile()
{
    QString error;
    m_profile = Profile::open(m_dataDirectory, &error);
    if (!m_profile)
        writeTo(stderr, QStringLiteral("%1: %2\n").arg(kProgram, error));
    return m_profile.has_value();
}

int Cli::runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show where this profile keeps its data."));
    const QString json = QStringLiteral("json");
    parser.addOption(QCommandLineOption(json, tr("Print one JSON object.")));
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    if (!openProfile())
        return ExitFailure;

    const QJsonObject info{
        {QStringLiteral("version"), AppInfo::version()},
        {QStringLiteral("dataDirectory"), QDir::toNativeSeparators(m_profile->dataDirectory())},
        {QStringLiteral("database"), QDir::toNativeSeparators(m_profile->databasePath())},
        {QStringLiteral("settings"), QDir::toNativeSeparators(m_profile->settingsPath())},
        {QStringLiteral("logs"), QDir::toNativeSeparators(m_profile->logDirectory())},
        {QStringLiteral("keychainService"), AppInfo::keychainService()},
    };
    if (parser.isSet(json)) {
        printJson(info);
        return ExitSuccess;
    }
    writeTo(stdout,
            tr("LeadRails Desktop %1").arg(AppInfo::version()) + QLatin1Char('\n') +
                tr("Data folder:  %1").arg(info[QStringLiteral("dataDirectory")].toString()) +
                QLatin1Char('\n') + tr("Database:     %1").arg(info[QStringLiteral("database")].toString()) +
                QLatin1Char('\n') + tr("Settings:     %1").arg(info[QStringLiteral("settings")].toString()) +
                QLatin1Char('\n') + tr("Logs:         %1").arg(info[QStringLiteral("logs")].toString()) +
                QLatin1Char('\n') +
                tr("Secrets:      system keychain, service \"%1\"").arg(AppInfo::keychainService()) +
                QLatin1Char('\n'));
    return ExitSuccess;
}

int Cli::runSettings(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Read or change this profile's settings.\n\n"
                                        "  get KEY          print the value of KEY\n"
                                        "  set KEY VALUE    store VALUE under KEY\n"
                                        "  list             print every KEY=VALUE"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("get, set or list"),
                                 QStringLiteral("(get KEY | set KEY VALUE | list)"));
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();

    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const qsizetype expected = action == QLatin1String("get")    ? 2
                               : action == QLatin1String("set")  ? 3
                               : action == QLatin1String("list") ? 1
                                                                 : -1;
    if (expected < 0)
        return commandLine.usageError(tr("say get, set or list."));
    if (words.size() != expected)
        return commandLine.usageError(action == QLatin1String("get")   ? tr("usage: settings get KEY")
                                      : action == QLatin1String("set") ? tr("usage: settings set KEY VALUE")
                                                                       : tr("usage: settings list"));
    if (!openProfile())
        return ExitFailure;

    const auto settings = m_profile->settings();
    if (action == QLatin1String("list")) {
        for (const QString &key : settings->allKeys())
            writeTo(stdout, QStringLiteral("%1=%2\n").arg(key, settings->value(key).toString()));
        return ExitSuccess;
    }
    if (action == QLatin1String("get")) {
        if (!settings->contains(words[1])) {
            writeTo(stderr, tr("%1: no setting named '%2' in this profile.").arg(kProgram, words[1]) +
                                QLatin1Char('\n'));
            return ExitFailure;
        }
        writeTo(stdout, settings->value(words[1]).toString() + QLatin1Char('\n'));
        return ExitSuccess;
    }
    settings->setValue(words[1], words[2]);
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        writeTo(stderr,
                tr("%1: could not write %2.").arg(kProgram, m_profile->settingsPath()) + QLatin1Char('\n'));
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace LeadRails
