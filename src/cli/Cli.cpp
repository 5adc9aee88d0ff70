#include "Cli.h"

#include "AppInfo.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "DispatcherSettings.h"
#include "Lead.h"
#include "MessagePreview.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace LeadRails {

namespace {
const QString kProgram = CliOutput::program();
using CliOutput::printJson;
} // namespace

const std::vector<Cli::Command> &Cli::commands()
{
    static const std::vector<Command> all = {
        {QStringLiteral("info"), tr("Show where this profile keeps its data."), &Cli::runInfo},
        {QStringLiteral("settings"), tr("Read or change this profile's settings (get, set, list)."),
         &Cli::runSettings},
        {QStringLiteral("preview"), tr("Render a message for a lead and check it before sending."),
         &Cli::runPreview},
        {QStringLiteral("destination"), tr("Add, list, show, edit or remove Twilio destinations."),
         &Cli::runDestination},
        {QStringLiteral("verify"), tr("Check a destination's credentials and sender with Twilio."),
         &Cli::runVerify},
        {QStringLiteral("send-test"), tr("Send a test message through a destination."), &Cli::runSendTest},
        {QStringLiteral("status"), tr("Show a sent message's delivery status from Twilio."), &Cli::runStatus},
        {QStringLiteral("run"), tr("Send queued jobs and follow their delivery (--until-idle: until done)."),
         &Cli::runDispatcher},
        {QStringLiteral("enqueue"), tr("Render a lead for a destination and queue it for sending."),
         &Cli::runEnqueue},
        {QStringLiteral("jobs"), tr("List jobs, show one with its attempts, retry, replay or cancel it."),
         &Cli::runJobs},
        {QStringLiteral("alerts"), tr("List alerts or acknowledge one."), &Cli::runAlerts},
        {QStringLiteral("suppression"), tr("List, add or remove numbers that must never receive messages."),
         &Cli::runSuppression},
        {QStringLiteral("dev"), tr("Developer tools: fill a profile with sample data (seed)."), &Cli::runDev},
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
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        tr("Use <language> (e.g. es) instead of the system language or LEADRAILS_LANG."), tr("language")));
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

QString Cli::requestedLanguage(const QStringList &args, const QString &fallback)
{
    // Only the global options count: everything after the command belongs to the command.
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
        if (arg == QLatin1String("--data-dir")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            break;
    }
    return fallback;
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

Cli::Cli() = default;
Cli::~Cli() = default;

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
    DispatcherSettings::addMissingDefaults(*settings); // every dispatcher/* setting, visible with its default
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

int Cli::runPreview(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render a message for a lead exactly as Twilio would receive it, with its encoding, segments and "
           "warnings. Exits 0 when it can be sent, 2 when an error blocks sending."));
    const QCommandLineOption body(QStringLiteral("body"), tr("The message body template."), tr("template"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The recipient template (default: {{phone}})."),
                                tr("template"), QStringLiteral("{{phone}}"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("Country for numbers written without a country code (default: US)."),
                                    tr("CC"), QStringLiteral("US"));
    const QCommandLineOption leadFile(QStringLiteral("lead"), tr("Read the lead from a JSON file."),
                                      tr("file"));
    const QCommandLineOption leadJson(QStringLiteral("lead-json"), tr("The lead as a JSON object."),
                                      tr("json"));
    const QCommandLineOption transactional(QStringLiteral("transactional"),
                                           tr("Transactional traffic: do not ask for HELP wording."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({body, to, region, leadFile, leadJson, transactional, json});
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    if (!parser.isSet(body))
        return commandLine.usageError(tr("--body is required."));
    if (parser.isSet(leadFile) == parser.isSet(leadJson))
        return commandLine.usageError(tr("give the lead with either --lead FILE or --lead-json JSON."));
    if (!PhoneNumbers::isKnownRegion(parser.value(region).toUpper()))
        return commandLine.usageError(
            tr("--region: '%1' is not a country code; use two letters such as US, GB or DE.")
                .arg(parser.value(region)));

    QString error;
    const auto lead = parser.isSet(leadFile) ? Lead::readFile(parser.value(leadFile), &error)
                                             : Lead::parse(parser.value(leadJson).toUtf8(), &error);
    if (!lead)
        return commandLine.usageError(error);

    MessageSettings settings;
    settings.bodyTemplate = parser.value(body);
    settings.recipientTemplate = parser.value(to);
    settings.defaultRegion = parser.value(region).toUpper();
    settings.marketing = !parser.isSet(transactional);
    const MessagePreview preview = MessagePreviewer(settings).preview(*lead);

    if (parser.isSet(json)) {
        printJson(preview.toJson());
        return preview.sendable ? ExitSuccess : ExitUsage;
    }

    QString recipient = preview.to().isEmpty() ? preview.renderedRecipient : preview.to();
    QStringList details;
    if (preview.recipient.type != PhoneAnalysis::Type::Unknown)
        details << PhoneAnalysis::typeLabel(preview.recipient.type);
    if (!preview.recipient.region.isEmpty())
        details << preview.recipient.region;
    if (!preview.recipient.location.isEmpty())
        details << preview.recipient.location;
    if (!details.isEmpty())
        recipient += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    QString text = tr("To:        %1").arg(recipient) + QLatin1Char('\n') +
                   tr("Body:      %1").arg(preview.body) + QLatin1Char('\n') +
                   tr("Segments:  %1").arg(segmentSummary(preview.segments)) + QLatin1Char('\n');
    for (const PreviewIssue &issue : preview.issues)
        text += QStringLiteral("%1 [%2] %3\n")
                    .arg(issue.isError() ? tr("error:  ") : tr("warning:"), issue.code, issue.message);
    text += preview.sendable ? tr("Ready to send.") : tr("Cannot be sent until the errors above are fixed.");
    writeTo(stdout, text + QLatin1Char('\n'));
    return preview.sendable ? ExitSuccess : ExitUsage;
}

} // namespace LeadRails
