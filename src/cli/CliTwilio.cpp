// leadrails-cli verify / send-test / status: talking to Twilio for one destination.
#include "Cli.h"
#include "CliOutput.h"
#include "Destination.h"
#include "DestinationStore.h"
#include "Dispatcher.h"
#include "JobStore.h"
#include "Lead.h"
#include "MessagePreview.h"
#include "TwilioErrorCatalog.h"
#include "TwilioVerifier.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QSettings>

namespace LeadRails {

namespace {

using CliOutput::printError;
using CliOutput::printJson;

QString mark(VerifyCheck::Status status)
{
    switch (status) {
    case VerifyCheck::Status::Passed:
        return QStringLiteral("[ok]  ");
    case VerifyCheck::Status::Warning:
        return QStringLiteral("[!]   ");
    case VerifyCheck::Status::Failed:
        return QStringLiteral("[FAIL]");
    case VerifyCheck::Status::Skipped:
        return QStringLiteral("[--]  ");
    }
    return {};
}

// The result of a request in words: the catalog's explanation and fix for Twilio's code, else the message.
QString explain(const TwilioResult &result)
{
    if (result.errorCode) {
        const TwilioError error =
            TwilioErrorCatalog::lookup(result.errorCode, result.errorMessage, result.moreInfo);
        return Cli::tr("Twilio error %1: %2\n  %3\n  Fix: %4\n  %5")
            .arg(result.errorCode)
            .arg(error.title, error.explanation, error.fix, error.moreInfoUrl);
    }
    QString text = result.errorMessage;
    if (result.category == OutcomeCategory::OutcomeUnknown)
        text += QLatin1Char('\n') +
                Cli::tr("  The message may or may not have been created: do not resend before "
                        "checking Twilio's message log (or 'leadrails-cli status').");
    else if (result.category == OutcomeCategory::Transient || result.category == OutcomeCategory::RateLimited)
        text += QLatin1Char('\n') + Cli::tr("  Nothing was sent; try again later.");
    return text;
}

QJsonObject resultJson(const TwilioResult &result, const TwilioMessage &message)
{
    const auto nullable = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject json{
        {QStringLiteral("category"), categoryId(result.category)},
        {QStringLiteral("httpStatus"), result.httpStatus ? QJsonValue(result.httpStatus) : QJsonValue()},
        {QStringLiteral("sid"), nullable(message.sid)},
        {QStringLiteral("status"), nullable(message.status)},
        {QStringLiteral("errorCode"), QJsonValue()},
        {QStringLiteral("errorMessage"), nullable(result.ok() ? message.errorMessage : result.errorMessage)},
    };
    const int code = result.ok() ? message.errorCode : result.errorCode;
    if (code) {
        const TwilioError error = TwilioErrorCatalog::lookup(
            code, json.value(QStringLiteral("errorMessage")).toString(), result.moreInfo);
        json.insert(QStringLiteral("errorCode"), code);
        json.insert(QStringLiteral("explanation"), error.explanation);
        json.insert(QStringLiteral("fix"), error.fix);
        json.insert(QStringLiteral("moreInfo"), error.moreInfoUrl);
        if (result.ok())
            json.insert(QStringLiteral("category"), categoryId(error.category));
    }
    if (result.retryAfterSeconds)
        json.insert(QStringLiteral("retryAfterSeconds"), *result.retryAfterSeconds);
    return json;
}

} // namespace

int Cli::exitCodeFor(OutcomeCategory category)
{
    switch (category) {
    case OutcomeCategory::Success:
        return ExitSuccess;
    case OutcomeCategory::AuthenticationFailed:
        return ExitAuthFailed;
    case OutcomeCategory::RateLimited:
    case OutcomeCategory::Transient:
        return ExitTransient;
    case OutcomeCategory::OutcomeUnknown:
        return ExitUnknownOutcome;
    case OutcomeCategory::ConfigurationError:
    case OutcomeCategory::PermanentRecipient:
    case OutcomeCategory::RecipientUnsubscribed:
    case OutcomeCategory::CarrierFiltered:
        return ExitRejected;
    }
    return ExitFailure;
}

int Cli::runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check with Twilio that a destination's credentials work and that "
                                        "its From number or Messaging Service "
                                        "can send. Sends nothing."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The destination."), QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    if (parser.positionalArguments().size() != 1)
        return commandLine.usageError(tr("give the destination's name."));
    if (!openWorkspace())
        return ExitFailure;
    const auto destination = destinationNamed(parser.positionalArguments().constFirst());
    if (!destination)
        return ExitUsage;

    TwilioVerifier verifier(&m_workspace->twilio());
    return runUntilDone([&](auto finish) {
        withSecret(*destination, finish, [&, finish](const QString &secret) {
            QObject::connect(
                &verifier, &TwilioVerifier::finished, &verifier,
                [&, finish](const QList<VerifyCheck> &checks, bool allPassed) {
                    int code = ExitSuccess;
                    for (const VerifyCheck &c : checks) {
                        if (c.status != VerifyCheck::Status::Failed || code != ExitSuccess)
                            continue;
                        code = c.errorCode == 20003 || c.errorCode == 30002 ? ExitAuthFailed
                               : c.errorCode == 0                           ? ExitTransient
                                                                            : ExitRejected;
                    }
                    if (parser.isSet(json)) {
                        QJsonArray array;
                        for (const VerifyCheck &c : checks)
                            array.append(c.toJson());
                        printJson(
                            QJsonObject{{QStringLiteral("destination"), destination->name},
                                        {QStringLiteral("status"),
                                         allPassed ? QStringLiteral("passed") : QStringLiteral("failed")},
                                        {QStringLiteral("checks"), array}});
                    } else {
                        QString text;
                        for (const VerifyCheck &c : checks) {
                            text +=
                                QStringLiteral("%1 %2\n       %3\n").arg(mark(c.status), c.title, c.detail);
                            if (!c.fix.isEmpty())
                                text += tr("       Fix: %1").arg(c.fix) + QLatin1Char('\n');
                        }
                        text += allPassed ? tr("Verified.") : tr("Verification failed.");
                        writeTo(stdout, text + QLatin1Char('\n'));
                    }
                    finish(code);
                });
            verifier.start({Workspace::credentialsFor(*destination, secret), destination->fromNumber,
                            destination->messagingServiceSid});
        });
    });
}

int Cli::runSendTest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send one test message through a destination, to a number you choose (the sample lead otherwise "
           "unchanged) or for a lead from a file, and show what Twilio answered."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The destination."), QStringLiteral("NAME"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Send the sample lead to this number."),
                                QStringLiteral("+E164"));
    const QCommandLineOption leadFile(QStringLiteral("lead"), tr("Send for the lead in this JSON file."),
                                      tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({to, leadFile, json});
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    if (parser.positionalArguments().size() != 1)
        return commandLine.usageError(tr("give the destination's name."));
    if (parser.isSet(to) == parser.isSet(leadFile))
        return commandLine.usageError(tr("give the recipient with either --to +E164 or --lead FILE."));
    QJsonObject lead = Lead::sample();
    if (parser.isSet(leadFile)) {
        QString error;
        const auto fromFile = Lead::readFile(parser.value(leadFile), &error);
        if (!fromFile)
            return commandLine.usageError(error);
        lead = *fromFile;
    } else {
        lead.insert(QStringLiteral("phone"), parser.value(to));
    }
    if (!openWorkspace())
        return ExitFailure;
    const auto destination = destinationNamed(parser.positionalArguments().constFirst());
    if (!destination)
        return ExitUsage;

    MessageSettings settings = destination->messageSettings();
    if (parser.isSet(to))
        settings.recipientTemplate = QStringLiteral("{{phone}}");
    const MessagePreview preview = MessagePreviewer(settings).preview(lead);
    if (!preview.sendable) {
        for (const PreviewIssue &issue : preview.issues) {
            if (issue.isError())
                printError(QStringLiteral("[%1] %2").arg(issue.code, issue.message));
        }
        printError(tr("nothing was sent."));
        return ExitUsage;
    }

    // Through the job path, as every send: recorded, checked against the suppression list, paced, and
    // reconciled later by `run` if the answer is lost. Only this job is sent, whatever else is queued.
    JobStore jobs(m_workspace->database(), DestinationStore::currentOsUser());
    QString error;
    const qint64 jobId = jobs.enqueue(*destination, lead, preview, true, &error);
    if (jobId == 0) {
        printError(error);
        return ExitFailure;
    }
    const auto printResult = [&](const TwilioResult &result) {
        const TwilioMessage sent = TwilioMessage::fromJson(result.body);
        if (parser.isSet(json)) {
            QJsonObject out = resultJson(result, sent);
            out.insert(QStringLiteral("jobId"), jobId);
            out.insert(QStringLiteral("to"), preview.to());
            out.insert(QStringLiteral("body"), preview.body);
            out.insert(QStringLiteral("encoding"), SmsSegments::encodingName(preview.segments.encoding));
            out.insert(QStringLiteral("segments"), preview.segments.segments);
            out.insert(QStringLiteral("test"), true);
            printJson(out);
        } else if (result.ok()) {
            writeTo(stdout,
                    tr("Sent to %1: %2 (%3). Twilio status: %4.")
                            .arg(preview.to(), sent.sid, segmentSummary(preview.segments), sent.status) +
                        QLatin1Char('\n'));
        } else {
            printError(tr("not sent to %1.").arg(preview.to()));
            writeTo(stderr, explain(result) + QLatin1Char('\n'));
        }
    };
    if (const auto queued = jobs.job(jobId); queued && queued->state == JobState::Suppressed) {
        TwilioResult suppressed;
        suppressed.category = OutcomeCategory::RecipientUnsubscribed;
        suppressed.errorMessage =
            tr("%1 is on the suppression list (it opted out): nothing was sent.").arg(preview.to());
        printResult(suppressed);
        return ExitRejected;
    }

    Dispatcher dispatcher(m_workspace->database(), jobs, m_workspace->destinations(), m_workspace->twilio(),
                          DispatcherSettings::load(*m_profile->settings()));
    // A test is one try: a job left waiting would send a test message later, when nobody expects it.
    const auto cancelIfWaiting = [&] {
        const auto job = jobs.job(jobId);
        if (job && (job->state == JobState::Queued || job->state == JobState::RetryWait))
            jobs.cancel(jobId);
    };
    return runUntilDone([&](auto finish) {
        QObject::connect(&dispatcher, &Dispatcher::attemptFinished, &dispatcher,
                         [&, finish](qint64 id, const TwilioResult &result) {
                             if (id != jobId)
                                 return;
                             cancelIfWaiting();
                             printResult(result);
                             finish(exitCodeFor(result.category));
                         });
        QObject::connect(
            &dispatcher, &Dispatcher::jobBlocked, &dispatcher, [&, finish](qint64 id, const QString &reason) {
                if (id != jobId)
                    return;
                cancelIfWaiting();
                printError(tr("nothing was sent: %1").arg(reason));
                const auto now = m_workspace->destinations().find(destination->id);
                const bool breaker = now && now->paused && now->pausedReason == Dispatcher::breakerReason();
                finish(breaker ? ExitAuthFailed : ExitFailure);
            });
        dispatcher.sendNow(jobId);
    });
}

int Cli::runStatus(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Ask Twilio for a message's delivery status."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The destination that sent it."),
                                 QStringLiteral("NAME"));
    parser.addPositionalArgument(QStringLiteral("sid"), tr("The message SID (SM…)."), QStringLiteral("SID"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    if (parser.positionalArguments().size() != 2)
        return commandLine.usageError(tr("give the destination's name and the message SID."));
    const QString sid = parser.positionalArguments().at(1).trimmed();
    static const QRegularExpression sidPattern(QStringLiteral("^(SM|MM)[0-9a-fA-F]{32}$"));
    if (!sidPattern.match(sid).hasMatch())
        return commandLine.usageError(
            tr("'%1' is not a message SID: it starts with SM (or MM) followed by 32 hex characters.")
                .arg(sid));
    if (!openWorkspace())
        return ExitFailure;
    const auto destination = destinationNamed(parser.positionalArguments().constFirst());
    if (!destination)
        return ExitUsage;

    return runUntilDone([&](auto finish) {
        withSecret(*destination, finish, [&, finish](const QString &secret) {
            m_workspace->twilio().fetchMessage(
                Workspace::credentialsFor(*destination, secret), sid, &m_workspace->twilio(),
                [&, finish](const TwilioResult &result) {
                    const TwilioMessage message = TwilioMessage::fromJson(result.body);
                    if (parser.isSet(json)) {
                        printJson(resultJson(result, message));
                    } else if (result.ok()) {
                        QString text = tr("%1 to %2: %3").arg(message.sid, message.to, message.status);
                        if (message.errorCode) {
                            const TwilioError error =
                                TwilioErrorCatalog::lookup(message.errorCode, message.errorMessage);
                            text += QLatin1Char('\n') + tr("Twilio error %1: %2\n  %3\n  Fix: %4")
                                                            .arg(message.errorCode)
                                                            .arg(error.title, error.explanation, error.fix);
                        }
                        writeTo(stdout, text + QLatin1Char('\n'));
                    } else {
                        printError(tr("could not get the status of %1.").arg(sid));
                        writeTo(stderr, explain(result) + QLatin1Char('\n'));
                    }
                    // A message that reached Twilio but then failed to deliver is a rejection too.
                    const bool failedDelivery = result.ok() && message.errorCode != 0;
                    finish(failedDelivery
                               ? exitCodeFor(TwilioErrorCatalog::lookup(message.errorCode).category)
                               : exitCodeFor(result.category));
                });
        });
    });
}

} // namespace LeadRails
