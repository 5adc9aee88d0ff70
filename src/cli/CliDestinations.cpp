// leadrails-cli destination …: managing destinations from scripts. Secrets are read from standard input or
// LEADRAILS_SECRET, never from the command line (where other users could read them in the process list).
#include "AppInfo.h"
#include "Cli.h"
#include "CliOutput.h"
#include "Destination.h"
#include "DestinationStore.h"
#include "DestinationValidator.h"
#include "KeychainSecretStore.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace LeadRails {

namespace {

using CliOutput::printError;
using CliOutput::printJson;

// The option each destination field is set with, so validation messages name what the user typed.
QString optionFor(const QString &field)
{
    static const QHash<QString, QString> options = {
        {DestinationField::Name, QStringLiteral("--name")},
        {DestinationField::AccountSid, QStringLiteral("--account-sid")},
        {DestinationField::ApiKeySid, QStringLiteral("--api-key")},
        {DestinationField::Secret, QStringLiteral("secret (standard input)")},
        {DestinationField::FromNumber, QStringLiteral("--from")},
        {DestinationField::MessagingServiceSid, QStringLiteral("--messaging-service")},
        {DestinationField::RecipientTemplate, QStringLiteral("--recipient")},
        {DestinationField::BodyTemplate, QStringLiteral("--body")},
        {DestinationField::Region, QStringLiteral("--region")},
        {DestinationField::RatePerSecond, QStringLiteral("--rate")},
    };
    return options.value(field, field);
}

// Reads one secret: LEADRAILS_SECRET, or standard input (with the echo off when it is a terminal).
bool readSecret(QString *secret, QString *error)
{
    const QString fromEnvironment = qEnvironmentVariable("LEADRAILS_SECRET");
    if (!fromEnvironment.isEmpty()) {
        *secret = fromEnvironment.trimmed();
        return true;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = Cli::tr("cannot read the secret from standard input.");
        return false;
    }
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        writeTo(stderr, Cli::tr("Auth Token or API key secret (not shown): "));
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    *secret = QString::fromUtf8(terminal ? in.readLine() : in.readAll()).trimmed();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        writeTo(stderr, QStringLiteral("\n"));
    }
#else
    *secret = QString::fromUtf8(in.readAll()).trimmed();
#endif
    if (secret->isEmpty()) {
        *error =
            Cli::tr("no secret given: pipe the Auth Token (or API key secret) into standard input, or set "
                    "LEADRAILS_SECRET.");
        return false;
    }
    return true;
}

QJsonObject toJson(const Destination &d)
{
    const auto nullable = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("accountSid"), d.accountSid},
        {QStringLiteral("authMode"), Destination::authModeId(d.authMode)},
        {QStringLiteral("apiKeySid"), nullable(d.apiKeySid)},
        {QStringLiteral("secret"), nullable(d.maskedSecret())},
        {QStringLiteral("from"), nullable(d.fromNumber)},
        {QStringLiteral("messagingServiceSid"), nullable(d.messagingServiceSid)},
        {QStringLiteral("recipientTemplate"), d.recipientTemplate},
        {QStringLiteral("bodyTemplate"), d.bodyTemplate},
        {QStringLiteral("region"), d.region},
        {QStringLiteral("marketing"), d.marketing},
        {QStringLiteral("ratePerSecond"), d.ratePerSecond},
        {QStringLiteral("enabled"), d.enabled},
        {QStringLiteral("paused"), d.paused},
        {QStringLiteral("pausedReason"), nullable(d.pausedReason)},
        {QStringLiteral("createdAt"), d.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), d.updatedAt.toString(Qt::ISODateWithMs)},
    };
}

QString describe(const Destination &d)
{
    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += label.leftJustified(20) + value + QLatin1Char('\n');
    };
    line(Cli::tr("Name:"), d.name);
    line(Cli::tr("Account SID:"), d.accountSid);
    line(Cli::tr("Authentication:"), d.authMode == Destination::AuthMode::ApiKey
                                         ? Cli::tr("API key %1").arg(d.apiKeySid)
                                         : Cli::tr("Auth Token"));
    line(Cli::tr("Secret:"), Cli::tr("%1 (in the system keychain)").arg(d.maskedSecret()));
    if (!d.messagingServiceSid.isEmpty())
        line(Cli::tr("Messaging Service:"), d.messagingServiceSid);
    if (!d.fromNumber.isEmpty())
        line(Cli::tr("From:"),
             d.messagingServiceSid.isEmpty()
                 ? d.fromNumber
                 : Cli::tr("%1 (not used: the Messaging Service overrides it)").arg(d.fromNumber));
    line(Cli::tr("Recipient:"), d.recipientTemplate);
    line(Cli::tr("Body:"), d.bodyTemplate);
    line(Cli::tr("Region:"), d.region);
    line(Cli::tr("Rate:"), Cli::tr("%1 message(s) per second").arg(d.ratePerSecond));
    line(Cli::tr("State:"), d.paused    ? Cli::tr("paused: %1").arg(d.pausedReason)
                            : d.enabled ? Cli::tr("enabled")
                                        : Cli::tr("disabled"));
    return text;
}

struct FieldOptions
{
    QCommandLineOption name{QStringLiteral("name"), Cli::tr("A unique name for the destination."),
                            Cli::tr("name")};
    QCommandLineOption accountSid{QStringLiteral("account-sid"), Cli::tr("Your Twilio Account SID (AC…)."),
                                  QStringLiteral("AC…")};
    QCommandLineOption apiKey{
        QStringLiteral("api-key"),
        Cli::tr("Authenticate with this API Key SID (SK…); the secret is then the key's secret."),
        QStringLiteral("SK…")};
    QCommandLineOption authToken{QStringLiteral("auth-token"),
                                 Cli::tr("Authenticate with the Auth Token again (edit: drop the API key).")};
    QCommandLineOption from{QStringLiteral("from"), Cli::tr("The sending number, E.164 (+14155550123)."),
                            QStringLiteral("+E164")};
    QCommandLineOption messagingService{
        QStringLiteral("messaging-service"),
        Cli::tr("Send through this Messaging Service (MG…); overrides --from."), QStringLiteral("MG…")};
    QCommandLineOption recipient{QStringLiteral("recipient"),
                                 Cli::tr("The recipient template (default {{phone}})."), Cli::tr("template")};
    QCommandLineOption body{QStringLiteral("body"), Cli::tr("The message body template."),
                            Cli::tr("template")};
    QCommandLineOption region{QStringLiteral("region"),
                              Cli::tr("Country for lead numbers without a country code (default US)."),
                              QStringLiteral("CC")};
    QCommandLineOption rate{QStringLiteral("rate"), Cli::tr("Messages per second (default 1)."),
                            QStringLiteral("MPS")};
    QCommandLineOption transactional{QStringLiteral("transactional"),
                                     Cli::tr("Transactional traffic: HELP wording is not required.")};
    QCommandLineOption marketing{QStringLiteral("marketing"), Cli::tr("Marketing traffic (the default).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({name, accountSid, apiKey, authToken, from, messagingService, recipient, body,
                           region, rate, transactional, marketing});
    }

    // Applies every option given; returns false with *error when a value cannot be read.
    bool apply(const QCommandLineParser &parser, Destination &d, QString *error) const
    {
        if (parser.isSet(name))
            d.name = parser.value(name);
        if (parser.isSet(accountSid))
            d.accountSid = parser.value(accountSid);
        if (parser.isSet(apiKey)) {
            d.authMode = Destination::AuthMode::ApiKey;
            d.apiKeySid = parser.value(apiKey);
        }
        if (parser.isSet(authToken)) {
            d.authMode = Destination::AuthMode::AuthToken;
            d.apiKeySid.clear();
        }
        if (parser.isSet(from))
            d.fromNumber = parser.value(from);
        if (parser.isSet(messagingService))
            d.messagingServiceSid = parser.value(messagingService);
        if (parser.isSet(recipient))
            d.recipientTemplate = parser.value(recipient);
        if (parser.isSet(body))
            d.bodyTemplate = parser.value(body);
        if (parser.isSet(region))
            d.region = parser.value(region).toUpper();
        if (parser.isSet(transactional))
            d.marketing = false;
        if (parser.isSet(marketing))
            d.marketing = true;
        if (parser.isSet(rate)) {
            bool ok = false;
            d.ratePerSecond = parser.value(rate).toDouble(&ok);
            if (!ok) {
                *error = Cli::tr("--rate: '%1' is not a number; give messages per second, e.g. 1 or 0.5.")
                             .arg(parser.value(rate));
                return false;
            }
        }
        return true;
    }
};

// Prints a store result: field errors name their option; exit 2 for validation, 1 for anything else.
int reportFailure(const DestinationStore::Result &result)
{
    if (!result.errors.isEmpty()) {
        for (const FieldError &error : result.errors)
            writeTo(stderr, QStringLiteral("%1: %2: %3\n")
                                .arg(CliOutput::program(), optionFor(error.field), error.message));
        return ExitUsage;
    }
    printError(result.message);
    return ExitFailure;
}

} // namespace

bool Cli::openWorkspace()
{
    if (!m_profile && !openProfile())
        return false;
    QString error;
    m_workspace = Workspace::open(*m_profile,
                                  std::make_unique<KeychainSecretStore>(AppInfo::keychainService()), &error);
    if (!m_workspace)
        printError(error);
    return m_workspace != nullptr;
}

int Cli::runUntilDone(const std::function<void(std::function<void(int)>)> &start)
{
    int code = ExitFailure;
    bool done = false;
    start([&](int exitCode) {
        code = exitCode;
        done = true;
        QCoreApplication::exit(exitCode);
    });
    if (!done)
        QCoreApplication::exec();
    return code;
}

std::optional<Destination> Cli::destinationNamed(const QString &name)
{
    QString error;
    auto destination = m_workspace->destinations().findByName(name, &error);
    if (!destination)
        printError(
            error.isEmpty()
                ? tr("no destination named '%1'. 'leadrails-cli destination list' shows them.").arg(name)
                : error);
    return destination;
}

void Cli::withSecret(const Destination &destination, std::function<void(int)> finish,
                     std::function<void(const QString &)> use)
{
    m_workspace->destinations().readSecret(
        destination.id,
        [finish, use = std::move(use), name = destination.name](const DestinationStore::Result &r) {
            if (!r.ok) {
                printError(tr("cannot read the secret of '%1': %2").arg(name, r.message));
                finish(ExitFailure);
                return;
            }
            use(r.destination.secret);
        });
}

int Cli::runDestination(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Manage Twilio destinations. Secrets (Auth Token or API key secret) are read from standard input or "
        "LEADRAILS_SECRET and stored only in the system keychain.\n\n"
        "  add --name N --account-sid AC… [--api-key SK…] (--from +E164 | --messaging-service MG…) --body T\n"
        "  list                     every destination\n"
        "  show NAME                one destination (the secret masked)\n"
        "  edit NAME [options]      change fields (the options of add; --auth-token drops the API key)\n"
        "  set-secret NAME          replace the secret (standard input)\n"
        "  remove NAME              delete it and its keychain entry\n"
        "  resume NAME              resume sending after a pause"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("add, list, show, edit, set-secret, remove or resume"),
                                 QStringLiteral("ACTION [NAME]"));
    const FieldOptions fields;
    fields.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();

    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    static const QStringList withName = {QStringLiteral("show"), QStringLiteral("edit"),
                                         QStringLiteral("set-secret"), QStringLiteral("remove"),
                                         QStringLiteral("resume")};
    if (action != QLatin1String("add") && action != QLatin1String("list") && !withName.contains(action))
        return commandLine.usageError(tr("say add, list, show, edit, set-secret, remove or resume."));
    if (withName.contains(action) && words.size() != 2)
        return commandLine.usageError(tr("'%1' needs the destination's name.").arg(action));
    if (!withName.contains(action) && words.size() != 1)
        return commandLine.usageError(tr("unexpected argument '%1'.").arg(words.value(1)));
    if (!openWorkspace())
        return ExitFailure;
    DestinationStore &store = m_workspace->destinations();

    if (action == QLatin1String("list")) {
        QString error;
        const QList<Destination> all = store.list(&error);
        if (!error.isEmpty()) {
            printError(error);
            return ExitFailure;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Destination &d : all)
                array.append(toJson(d));
            printJson(QJsonObject{{QStringLiteral("destinations"), array}});
            return ExitSuccess;
        }
        if (all.isEmpty())
            writeTo(stdout, tr("No destinations yet. Add one with 'leadrails-cli destination add --help'.") +
                                QLatin1Char('\n'));
        for (const Destination &d : all)
            writeTo(stdout, QStringLiteral("%1  %2  %3  %4\n")
                                .arg(d.name.leftJustified(24),
                                     (d.messagingServiceSid.isEmpty() ? d.fromNumber : d.messagingServiceSid)
                                         .leftJustified(34),
                                     d.maskedSecret(), d.paused ? tr("paused") : QString()));
        return ExitSuccess;
    }

    if (action == QLatin1String("add")) {
        Destination destination;
        QString error;
        if (!fields.apply(parser, destination, &error))
            return commandLine.usageError(error);
        // Check the fields before asking for the secret, so a typo costs no typing.
        const auto problems =
            DestinationValidator::validate(DestinationValidator::normalized(destination), false);
        if (!problems.isEmpty()) {
            DestinationStore::Result invalid;
            invalid.errors = problems;
            return reportFailure(invalid);
        }
        if (!readSecret(&destination.secret, &error))
            return commandLine.usageError(error);
        return runUntilDone([&](auto finish) {
            store.create(destination, [finish, &parser, &json](const DestinationStore::Result &r) {
                if (!r.ok) {
                    finish(reportFailure(r));
                    return;
                }
                if (parser.isSet(json))
                    printJson(toJson(r.destination));
                else
                    writeTo(stdout, tr("Destination '%1' added; its secret is in the system keychain.")
                                            .arg(r.destination.name) +
                                        QLatin1Char('\n'));
                for (const FieldError &warning : DestinationValidator::warnings(r.destination))
                    writeTo(stderr, tr("warning: %1: %2").arg(optionFor(warning.field), warning.message) +
                                        QLatin1Char('\n'));
                finish(ExitSuccess);
            });
        });
    }

    const auto destination = destinationNamed(words[1]);
    if (!destination)
        return ExitUsage;

    if (action == QLatin1String("show")) {
        if (parser.isSet(json))
            printJson(toJson(*destination));
        else
            writeTo(stdout, describe(*destination));
        return ExitSuccess;
    }
    if (action == QLatin1String("resume")) {
        const auto r = store.setPaused(destination->id, false);
        if (!r.ok)
            return reportFailure(r);
        writeTo(stdout, tr("Destination '%1' resumed.").arg(destination->name) + QLatin1Char('\n'));
        return ExitSuccess;
    }
    if (action == QLatin1String("edit")) {
        Destination edited = *destination;
        QString error;
        if (!fields.apply(parser, edited, &error))
            return commandLine.usageError(error);
        return runUntilDone([&](auto finish) {
            store.update(edited, [finish](const DestinationStore::Result &r) {
                if (!r.ok) {
                    finish(reportFailure(r));
                    return;
                }
                writeTo(stdout, tr("Destination '%1' saved.").arg(r.destination.name) + QLatin1Char('\n'));
                finish(ExitSuccess);
            });
        });
    }
    if (action == QLatin1String("set-secret")) {
        QString secret;
        QString error;
        if (!readSecret(&secret, &error))
            return commandLine.usageError(error);
        return runUntilDone([&](auto finish) {
            store.replaceSecret(destination->id, secret, [finish](const DestinationStore::Result &r) {
                if (!r.ok) {
                    finish(reportFailure(r));
                    return;
                }
                writeTo(stdout, tr("Secret of '%1' replaced (%2).")
                                        .arg(r.destination.name, r.destination.maskedSecret()) +
                                    QLatin1Char('\n'));
                finish(ExitSuccess);
            });
        });
    }
    // remove
    return runUntilDone([&](auto finish) {
        store.remove(destination->id, [finish, name = destination->name](const DestinationStore::Result &r) {
            if (!r.ok) {
                finish(reportFailure(r));
                return;
            }
            writeTo(stdout,
                    tr("Destination '%1' removed, and its secret deleted from the keychain.").arg(name) +
                        QLatin1Char('\n'));
            if (!r.message.isEmpty())
                writeTo(stderr, r.message + QLatin1Char('\n'));
            finish(ExitSuccess);
        });
    });
}

} // namespace LeadRails
