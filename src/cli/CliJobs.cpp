// leadrails-cli enqueue, jobs, alerts, suppression and dev: the durable jobs from scripts. None of these
// needs the keychain: enqueueing renders and stores the message; only `run` sends it.
#include "Cli.h"
#include "CliOutput.h"
#include "Database.h"
#include "Destination.h"
#include "DestinationStore.h"
#include "DevSeed.h"
#include "JobStore.h"
#include "Lead.h"
#include "MessagePreview.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace LeadRails {

namespace {

using CliOutput::printError;
using CliOutput::printJson;

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject toJson(const Job &job)
{
    return QJsonObject{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("destinationId"), text(job.destinationId)},
        {QStringLiteral("destination"), job.destinationName},
        {QStringLiteral("state"), jobStateId(job.state)},
        {QStringLiteral("to"), job.to},
        {QStringLiteral("body"), job.body},
        {QStringLiteral("segments"), job.segments},
        {QStringLiteral("encoding"), job.encoding},
        {QStringLiteral("attempts"), job.attempts},
        {QStringLiteral("nextAttemptAt"), time(job.nextAttemptAt)},
        {QStringLiteral("twilioSid"), text(job.twilioSid)},
        {QStringLiteral("twilioStatus"), text(job.twilioStatus)},
        {QStringLiteral("errorCode"), job.errorCode == 0 ? QJsonValue() : QJsonValue(job.errorCode)},
        {QStringLiteral("errorMessage"), text(job.errorMessage)},
        {QStringLiteral("category"), text(job.category)},
        {QStringLiteral("test"), job.test},
        {QStringLiteral("replayOf"), job.replayOf == 0 ? QJsonValue() : QJsonValue(job.replayOf)},
        {QStringLiteral("createdAt"), time(job.createdAt)},
        {QStringLiteral("updatedAt"), time(job.updatedAt)},
        {QStringLiteral("sentAt"), time(job.sentAt)},
        {QStringLiteral("finalAt"), time(job.finalAt)},
        {QStringLiteral("nextPollAt"), time(job.nextPollAt)},
        {QStringLiteral("polls"), job.polls},
        {QStringLiteral("lead"), job.lead},
    };
}

QJsonObject toJson(const JobAttempt &attempt)
{
    return QJsonObject{
        {QStringLiteral("id"), attempt.id},
        {QStringLiteral("at"), time(attempt.at)},
        {QStringLiteral("durationMs"), attempt.durationMs},
        {QStringLiteral("httpStatus"),
         attempt.httpStatus == 0 ? QJsonValue() : QJsonValue(attempt.httpStatus)},
        {QStringLiteral("twilioCode"),
         attempt.twilioCode == 0 ? QJsonValue() : QJsonValue(attempt.twilioCode)},
        {QStringLiteral("outcome"), attempt.outcome},
        {QStringLiteral("message"), text(attempt.message)},
    };
}

QJsonObject toJson(const Alert &alert)
{
    return QJsonObject{
        {QStringLiteral("id"), alert.id},
        {QStringLiteral("severity"), JobStore::alertSeverityId(alert.severity)},
        {QStringLiteral("destinationId"), text(alert.destinationId)},
        {QStringLiteral("jobId"), alert.jobId == 0 ? QJsonValue() : QJsonValue(alert.jobId)},
        {QStringLiteral("code"), alert.code},
        {QStringLiteral("message"), alert.message},
        {QStringLiteral("firstSeen"), time(alert.firstSeen)},
        {QStringLiteral("lastSeen"), time(alert.lastSeen)},
        {QStringLiteral("count"), alert.count},
        {QStringLiteral("acknowledged"), alert.acknowledged},
    };
}

QJsonObject toJson(const Suppression &entry)
{
    return QJsonObject{
        {QStringLiteral("number"), entry.number},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("source"), entry.source},
        {QStringLiteral("at"), time(entry.at)},
    };
}

// Local time to the minute, for people; --json has the exact UTC times.
QString shortTime(const QDateTime &value)
{
    return value.isValid() ? value.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString oneLine(const QString &value, int width)
{
    QString line = value;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.size() > width ? line.left(width - 1) + QStringLiteral("…") : line;
}

std::optional<qint64> positiveId(const QString &value)
{
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<int> numberIn(const QString &value, int minimum, int maximum)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number >= minimum && number <= maximum ? std::optional<int>(number) : std::nullopt;
}

QString stateList()
{
    QStringList ids;
    for (int i = 0; i <= int(JobState::Unknown); ++i)
        ids.append(jobStateId(JobState(i)));
    return ids.join(QStringLiteral(", "));
}

QString describe(const Job &job, const QList<JobAttempt> &attempts)
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out += label.leftJustified(16) + value + QLatin1Char('\n');
    };
    line(Cli::tr("Job:"), QString::number(job.id) + (job.test ? Cli::tr(" (test)") : QString()));
    line(Cli::tr("State:"),
         jobStateLabel(job.state) + QStringLiteral(" (") + jobStateId(job.state) + QLatin1Char(')'));
    line(Cli::tr("Destination:"), job.destinationId.isEmpty()
                                      ? Cli::tr("%1 (removed)").arg(job.destinationName)
                                      : job.destinationName);
    line(Cli::tr("To:"), job.to);
    line(Cli::tr("Body:"), job.body);
    line(Cli::tr("Segments:"), Cli::tr("%1 · %2").arg(job.segments).arg(job.encoding));
    line(Cli::tr("Created:"), shortTime(job.createdAt));
    line(Cli::tr("Last sent:"), shortTime(job.sentAt));
    line(Cli::tr("Finished:"), shortTime(job.finalAt));
    if (job.state == JobState::RetryWait)
        line(Cli::tr("Next attempt:"), shortTime(job.nextAttemptAt));
    if (job.state == JobState::Accepted)
        line(Cli::tr("Next check:"), shortTime(job.nextPollAt));
    line(Cli::tr("Twilio SID:"), job.twilioSid);
    line(Cli::tr("Twilio status:"), job.twilioStatus);
    if (job.errorCode != 0 || !job.errorMessage.isEmpty())
        line(Cli::tr("Error:"), job.errorCode != 0
                                    ? QStringLiteral("%1 %2").arg(job.errorCode).arg(job.errorMessage)
                                    : job.errorMessage);
    line(Cli::tr("Category:"), job.category);
    if (job.replayOf != 0)
        line(Cli::tr("Replay of:"), QString::number(job.replayOf));
    out += Cli::tr("Attempts (%1):").arg(attempts.size()) + QLatin1Char('\n');
    for (const JobAttempt &attempt : attempts)
        out +=
            QStringLiteral("  %1  %2  %3 ms  %4  %5\n")
                .arg(shortTime(attempt.at),
                     attempt.httpStatus ? QString::number(attempt.httpStatus) : QStringLiteral("---"))
                .arg(attempt.durationMs, 6)
                .arg(attempt.outcome.leftJustified(24),
                     attempt.twilioCode ? QStringLiteral("%1 %2").arg(attempt.twilioCode).arg(attempt.message)
                                        : attempt.message);
    return out;
}

} // namespace

int Cli::runEnqueue(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render a lead with a destination's templates and queue it for sending; prints the job's id. "
           "'leadrails-cli run' sends it. Exits 2, queuing nothing, when the message cannot be sent."));
    parser.addPositionalArgument(QStringLiteral("destination"), tr("The destination's name."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption leadFile(QStringLiteral("lead"), tr("Read the lead from a JSON file."),
                                      tr("file"));
    const QCommandLineOption leadJson(QStringLiteral("lead-json"), tr("The lead as a JSON object."),
                                      tr("json"));
    const QCommandLineOption test(QStringLiteral("test"), tr("Mark the job as a test send."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the job as JSON."));
    parser.addOptions({leadFile, leadJson, test, json});
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    if (parser.positionalArguments().size() != 1)
        return commandLine.usageError(tr("give the destination's name."));
    if (parser.isSet(leadFile) == parser.isSet(leadJson))
        return commandLine.usageError(tr("give the lead with either --lead FILE or --lead-json JSON."));
    QString error;
    const auto lead = parser.isSet(leadFile) ? Lead::readFile(parser.value(leadFile), &error)
                                             : Lead::parse(parser.value(leadJson).toUtf8(), &error);
    if (!lead)
        return commandLine.usageError(error);
    if (!openWorkspace())
        return ExitFailure;
    const auto destination = destinationNamed(parser.positionalArguments().constFirst());
    if (!destination)
        return ExitUsage;

    const MessagePreview preview = MessagePreviewer(destination->messageSettings()).preview(*lead);
    if (!preview.sendable) {
        for (const PreviewIssue &issue : preview.issues) {
            if (issue.isError())
                writeTo(stderr, QStringLiteral("%1: error: [%2] %3\n")
                                    .arg(CliOutput::program(), issue.code, issue.message));
        }
        printError(tr("nothing was queued: fix the lead or the destination's templates first."));
        return ExitUsage;
    }
    JobStore &jobs = *m_workspace->jobs();
    const qint64 id = jobs.enqueue(*destination, *lead, preview, parser.isSet(test), &error);
    if (id == 0) {
        printError(error);
        return ExitFailure;
    }
    const auto job = jobs.job(id);
    if (parser.isSet(json) && job)
        printJson(toJson(*job));
    else
        writeTo(stdout, QString::number(id) + QLatin1Char('\n'));
    for (const PreviewIssue &issue : preview.issues)
        writeTo(stderr, tr("warning: [%1] %2").arg(issue.code, issue.message) + QLatin1Char('\n'));
    if (job && job->state == JobState::Suppressed)
        writeTo(stderr,
                tr("note: %1 is on the suppression list: job %2 was stored as suppressed and will not "
                   "be sent.")
                        .arg(job->to)
                        .arg(id) +
                    QLatin1Char('\n'));
    else if (destination->paused || !destination->enabled)
        writeTo(stderr, tr("note: '%1' is %2: the job waits until it is resumed.")
                                .arg(destination->name, destination->paused ? tr("paused") : tr("disabled")) +
                            QLatin1Char('\n'));
    return ExitSuccess;
}

int Cli::runJobs(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Inspect and act on jobs (one job per message sent or to be sent).\n\n"
           "  list [--status S[,S…]] [--destination NAME] [--search TEXT] [--sort ORDER] [--limit N]\n"
           "       [--offset N]   newest first, unless --sort says oldest or status\n"
           "  show ID             one job with every HTTP attempt\n"
           "  retry ID...         send failed, undelivered or dead jobs again\n"
           "  replay ID           queue a new job with the same lead and text\n"
           "  cancel ID...        cancel jobs that have not been sent yet\n\n"
           "Several ids are retried or canceled together: the jobs whose state allows it change, the others\n"
           "are skipped and counted in the one-line summary. Exit 0 when any changed, 2 when none could.\n\n"
           "States: %1")
            .arg(stateList()));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show, retry, replay or cancel"),
                                 QStringLiteral("ACTION [ID...]"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only jobs in these states (comma-separated)."), QStringLiteral("S"));
    const QCommandLineOption destinationOption(QStringLiteral("destination"),
                                               tr("Only jobs of this destination."), tr("name"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        tr("Only jobs whose body has these words (or words beginning with them), whose "
           "recipient contains these digits, or whose Twilio SID contains this text."),
        tr("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Show at most N jobs (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption offset(QStringLiteral("offset"), tr("Skip the first N matches."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sort(
        QStringLiteral("sort"),
        tr("newest (the default), oldest, or status: waiting, in flight, delivered, "
           "then the other outcomes, newest first within each."),
        tr("order"), QStringLiteral("newest"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({status, destinationOption, search, limit, offset, sort, json});
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();

    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    static const QStringList withId = {QStringLiteral("show"), QStringLiteral("retry"),
                                       QStringLiteral("replay"), QStringLiteral("cancel")};
    if (action != QLatin1String("list") && !withId.contains(action))
        return commandLine.usageError(tr("say list, show, retry, replay or cancel."));
    std::optional<qint64> id;
    QList<qint64> ids;
    if (withId.contains(action)) {
        if (words.size() < 2)
            return commandLine.usageError(tr("'%1' needs a job id.").arg(action));
        const bool several = action == QLatin1String("retry") || action == QLatin1String("cancel");
        if (words.size() > 2 && !several)
            return commandLine.usageError(tr("'%1' takes one job id.").arg(action));
        for (const QString &word : words.mid(1)) {
            const std::optional<qint64> each = positiveId(word);
            if (!each)
                return commandLine.usageError(
                    tr("'%1' is not a job id; ids are whole numbers such as 42.").arg(word));
            ids.append(*each);
        }
        id = ids.constFirst();
    } else if (words.size() != 1) {
        return commandLine.usageError(tr("unexpected argument '%1'.").arg(words.value(1)));
    }

    JobFilter filter;
    std::optional<int> pageSize;
    std::optional<int> skip;
    if (action == QLatin1String("list")) {
        if (parser.isSet(status)) {
            for (const QString &each : parser.value(status).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto state =
                    jobStateFromId(each.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')));
                if (!state)
                    return commandLine.usageError(
                        tr("--status: '%1' is not a state; use one of: %2.").arg(each, stateList()));
                filter.states.append(*state);
            }
        }
        filter.text = parser.value(search);
        pageSize = numberIn(parser.value(limit), 1, 100000);
        if (!pageSize)
            return commandLine.usageError(
                tr("--limit: '%1' is not a number from 1 to 100000.").arg(parser.value(limit)));
        skip = numberIn(parser.value(offset), 0, std::numeric_limits<int>::max());
        if (!skip)
            return commandLine.usageError(
                tr("--offset: '%1' is not a number of jobs (0 or more).").arg(parser.value(offset)));
        static const QHash<QString, JobOrder> orders = {
            {QStringLiteral("newest"), JobOrder::NewestFirst},
            {QStringLiteral("oldest"), JobOrder::OldestFirst},
            {QStringLiteral("status"), JobOrder::StatusThenNewest}};
        const auto order = orders.constFind(parser.value(sort).trimmed().toLower());
        if (order == orders.constEnd())
            return commandLine.usageError(
                tr("--sort: '%1' is not an order; use newest, oldest or status.").arg(parser.value(sort)));
        filter.order = *order;
    }
    if (!openWorkspace())
        return ExitFailure;
    JobStore &jobs = *m_workspace->jobs();

    if (action == QLatin1String("list")) {
        if (parser.isSet(destinationOption)) {
            const auto destination = destinationNamed(parser.value(destinationOption));
            if (!destination)
                return ExitUsage;
            filter.destinationId = destination->id;
        }
        QString error;
        const QList<Job> page = jobs.jobs(filter, *pageSize, *skip, &error);
        if (!error.isEmpty()) {
            printError(error);
            return ExitFailure;
        }
        const int total = jobs.count(filter);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Job &job : page)
                array.append(toJson(job));
            printJson(QJsonObject{{QStringLiteral("jobs"), array},
                                  {QStringLiteral("total"), total},
                                  {QStringLiteral("offset"), *skip}});
            return ExitSuccess;
        }
        if (page.isEmpty()) {
            writeTo(stdout, (total == 0 && filter.states.isEmpty() && filter.destinationId.isEmpty() &&
                                     filter.text.isEmpty()
                                 ? tr("No jobs yet. Queue one with 'leadrails-cli enqueue --help'.")
                                 : tr("No jobs match.")) +
                                QLatin1Char('\n'));
            return ExitSuccess;
        }
        writeTo(stdout, QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                            .arg(tr("ID").rightJustified(8), tr("CREATED").leftJustified(16),
                                 tr("STATE").leftJustified(11), tr("DESTINATION").leftJustified(16),
                                 tr("TO").leftJustified(16), tr("ERROR")));
        for (const Job &job : page)
            writeTo(stdout,
                    QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(QString::number(job.id).rightJustified(8),
                             shortTime(job.createdAt).leftJustified(16),
                             jobStateId(job.state).leftJustified(11),
                             oneLine(job.destinationName, 16).leftJustified(16), job.to.leftJustified(16),
                             job.errorCode ? QString::number(job.errorCode) : QString()));
        writeTo(stdout, tr("%1 to %2 of %3 job(s).")
                                .arg(QLocale().toString(*skip + 1), QLocale().toString(*skip + page.size()),
                                     QLocale().toString(total)) +
                            QLatin1Char('\n'));
        return ExitSuccess;
    }

    QString error;
    const bool retrying = action == QLatin1String("retry");
    // Several ids, or a script asking for JSON: the summary of what changed and what was skipped.
    if ((retrying || action == QLatin1String("cancel")) && (ids.size() > 1 || parser.isSet(json))) {
        const auto result = retrying ? jobs.retryMany(ids, &error) : jobs.cancelMany(ids, &error);
        if (!result) {
            printError(error);
            return ExitFailure;
        }
        if (parser.isSet(json)) {
            QJsonArray changed;
            for (qint64 each : result->changed)
                changed.append(each);
            QJsonObject skipped;
            for (auto it = result->skippedByState.cbegin(); it != result->skippedByState.cend(); ++it)
                skipped.insert(jobStateId(it.key()), it.value());
            if (result->skippedWithoutDestination > 0)
                skipped.insert(QStringLiteral("destination_removed"), result->skippedWithoutDestination);
            if (result->notFound > 0)
                skipped.insert(QStringLiteral("not_found"), result->notFound);
            printJson(QJsonObject{{QStringLiteral("changed"), changed},
                                  {QStringLiteral("skipped"), skipped},
                                  {QStringLiteral("summary"), result->summary}});
        } else {
            writeTo(stdout, result->summary + QLatin1Char('\n'));
        }
        // Skipping is the user's to see, not a failure; nothing changed at all is theirs to fix.
        return result->changed.isEmpty() ? ExitUsage : ExitSuccess;
    }
    const auto job = jobs.job(*id, &error);
    if (!job) {
        printError(error);
        return ExitUsage;
    }
    if (action == QLatin1String("show")) {
        const QList<JobAttempt> attempts = jobs.attempts(*id);
        if (parser.isSet(json)) {
            QJsonObject object = toJson(*job);
            QJsonArray array;
            for (const JobAttempt &attempt : attempts)
                array.append(toJson(attempt));
            object.insert(QStringLiteral("attemptLog"), array);
            printJson(object);
        } else {
            writeTo(stdout, describe(*job, attempts));
        }
        return ExitSuccess;
    }
    if (action == QLatin1String("replay")) {
        const qint64 copy = jobs.replay(*id, &error);
        if (copy == 0) {
            printError(error);
            return isFinal(job->state) && !job->destinationId.isEmpty() ? ExitFailure : ExitUsage;
        }
        writeTo(stdout, QString::number(copy) + QLatin1Char('\n'));
        return ExitSuccess;
    }
    // A refusal (wrong state, destination removed) is the user's to fix: exit 2; anything else is 1.
    const bool allowed = transition(job->state, retrying ? JobEvent::ManualRetry : JobEvent::Cancel) &&
                         (!retrying || !job->destinationId.isEmpty());
    const bool done = retrying ? jobs.retry(*id, &error) : jobs.cancel(*id, &error);
    if (!done) {
        printError(error);
        return allowed ? ExitFailure : ExitUsage;
    }
    writeTo(stdout,
            (retrying ? tr("Job %1 queued again.") : tr("Job %1 canceled.")).arg(*id) + QLatin1Char('\n'));
    return ExitSuccess;
}

int Cli::runAlerts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Alerts raised while sending (repeats fold into one).\n\n"
                                        "  list [--all]   open alerts (--all: acknowledged ones too)\n"
                                        "  ack ID         acknowledge an alert"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list or ack"), QStringLiteral("ACTION [ID]"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Include acknowledged alerts."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({all, json});
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("ack"))
        return commandLine.usageError(tr("say list or ack."));
    std::optional<qint64> id;
    if (action == QLatin1String("ack")) {
        if (words.size() != 2)
            return commandLine.usageError(tr("'ack' needs an alert id."));
        id = positiveId(words[1]);
        if (!id)
            return commandLine.usageError(tr("'%1' is not an alert id.").arg(words[1]));
    } else if (words.size() != 1) {
        return commandLine.usageError(tr("unexpected argument '%1'.").arg(words.value(1)));
    }
    if (!openWorkspace())
        return ExitFailure;
    JobStore &jobs = *m_workspace->jobs();

    if (id) {
        QString error;
        const auto existing = jobs.alerts(true);
        const bool known = std::any_of(existing.begin(), existing.end(),
                                       [&](const Alert &alert) { return alert.id == *id; });
        if (!jobs.acknowledge(*id, &error)) {
            printError(error);
            return known ? ExitFailure : ExitUsage;
        }
        writeTo(stdout, tr("Alert %1 acknowledged.").arg(*id) + QLatin1Char('\n'));
        return ExitSuccess;
    }
    const QList<Alert> alerts = jobs.alerts(parser.isSet(all));
    QHash<QString, QString> names;
    for (const Destination &d : m_workspace->destinations().list())
        names.insert(d.id, d.name);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Alert &alert : alerts) {
            QJsonObject object = toJson(alert);
            object.insert(QStringLiteral("destination"), text(names.value(alert.destinationId)));
            array.append(object);
        }
        printJson(QJsonObject{{QStringLiteral("alerts"), array}});
        return ExitSuccess;
    }
    if (alerts.isEmpty()) {
        writeTo(stdout, tr("No open alerts.") + QLatin1Char('\n'));
        return ExitSuccess;
    }
    for (const Alert &alert : alerts) {
        const QString times = alert.count > 1
                                  ? tr("%1 times, last %2").arg(alert.count).arg(shortTime(alert.lastSeen))
                                  : shortTime(alert.lastSeen);
        writeTo(stdout, QStringLiteral("%1  %2  %3  %4%5\n      %6\n")
                            .arg(QString::number(alert.id).rightJustified(5),
                                 JobStore::alertSeverityId(alert.severity).leftJustified(7), alert.code,
                                 names.value(alert.destinationId, alert.destinationId),
                                 alert.acknowledged ? tr(" (acknowledged)") : QString())
                            .arg(alert.message + QStringLiteral(" (") + times + QLatin1Char(')')));
    }
    return ExitSuccess;
}

int Cli::runSuppression(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Numbers that never receive messages (opted out).\n\n"
           "  list                          every suppressed number\n"
           "  add NUMBER [--reason TEXT]    suppress a number (E.164: +14155552671)\n"
           "  remove NUMBER                 allow messages to it again"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, add or remove"),
                                 QStringLiteral("ACTION [NUMBER]"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why the number is suppressed."),
                                    tr("text"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({reason, json});
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("add") &&
        action != QLatin1String("remove"))
        return commandLine.usageError(tr("say list, add or remove."));
    const bool withNumber = action != QLatin1String("list");
    if (withNumber && words.size() != 2)
        return commandLine.usageError(tr("'%1' needs a phone number.").arg(action));
    if (!withNumber && words.size() != 1)
        return commandLine.usageError(tr("unexpected argument '%1'.").arg(words.value(1)));
    QString number;
    if (withNumber) {
        QString error;
        const auto valid = JobStore::suppressionNumber(words[1], &error);
        if (!valid)
            return commandLine.usageError(error);
        number = *valid;
    }
    if (!openWorkspace())
        return ExitFailure;
    JobStore &jobs = *m_workspace->jobs();

    if (action == QLatin1String("list")) {
        const QList<Suppression> entries = jobs.suppressions();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Suppression &entry : entries)
                array.append(toJson(entry));
            printJson(QJsonObject{{QStringLiteral("suppressions"), array}});
            return ExitSuccess;
        }
        if (entries.isEmpty())
            writeTo(stdout, tr("No suppressed numbers.") + QLatin1Char('\n'));
        for (const Suppression &entry : entries)
            writeTo(stdout, QStringLiteral("%1  %2  %3  %4\n")
                                .arg(entry.number.leftJustified(16), shortTime(entry.at),
                                     entry.source.leftJustified(12), entry.reason));
        return ExitSuccess;
    }
    QString error;
    if (action == QLatin1String("add")) {
        if (!jobs.suppress(number, parser.value(reason), QStringLiteral("manual"), &error)) {
            printError(error);
            return ExitFailure;
        }
        writeTo(stdout, tr("%1 suppressed: no message will be sent to it.").arg(number) + QLatin1Char('\n'));
        return ExitSuccess;
    }
    if (!jobs.isSuppressed(number)) {
        printError(tr("%1 is not on the suppression list.").arg(number));
        return ExitUsage;
    }
    if (!jobs.unsuppress(number, &error)) {
        printError(error);
        return ExitFailure;
    }
    writeTo(stdout, tr("%1 removed from the suppression list.").arg(number) + QLatin1Char('\n'));
    return ExitSuccess;
}

int Cli::runDev(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Developer tools.\n\n"
           "  seed --jobs N [--destinations K] [--days D]\n"
           "      fill this profile with K sample destinations (paused, without secrets) and N jobs spread "
           "over the last D days, across every state and common Twilio errors. For trying the GUI and for "
           "benchmarks; do not use it on a profile you send real messages from."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("seed"), QStringLiteral("seed"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), tr("How many jobs to add."),
                                        QStringLiteral("N"));
    const QCommandLineOption destinations(QStringLiteral("destinations"),
                                          tr("How many sample destinations (default 3)."),
                                          QStringLiteral("K"), QStringLiteral("3"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  tr("Spread the jobs over this many days (default 60)."),
                                  QStringLiteral("D"), QStringLiteral("60"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed, for the same data again (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({jobsOption, destinations, days, seed, json});
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    const QStringList words = parser.positionalArguments();
    if (words != QStringList{QStringLiteral("seed")})
        return commandLine.usageError(tr("say seed."));
    if (!parser.isSet(jobsOption))
        return commandLine.usageError(tr("--jobs is required."));
    DevSeed::Options options;
    const auto jobCount = numberIn(parser.value(jobsOption), 0, 100'000'000);
    const auto destinationCount = numberIn(parser.value(destinations), 1, 1000);
    const auto dayCount = numberIn(parser.value(days), 1, 3650);
    bool seedOk = false;
    options.randomSeed = parser.value(seed).toULongLong(&seedOk);
    if (!jobCount)
        return commandLine.usageError(
            tr("--jobs: '%1' is not a number from 0 to 100000000.").arg(parser.value(jobsOption)));
    if (!destinationCount)
        return commandLine.usageError(
            tr("--destinations: '%1' is not a number from 1 to 1000.").arg(parser.value(destinations)));
    if (!dayCount)
        return commandLine.usageError(
            tr("--days: '%1' is not a number from 1 to 3650.").arg(parser.value(days)));
    if (!seedOk)
        return commandLine.usageError(tr("--seed: '%1' is not a whole number.").arg(parser.value(seed)));
    options.jobs = *jobCount;
    options.destinations = *destinationCount;
    options.days = *dayCount;
    options.osUser = DestinationStore::currentOsUser();
    if (!openWorkspace())
        return ExitFailure;

    const DevSeed::Result result = DevSeed::run(m_workspace->database(), options);
    if (!result.ok) {
        printError(tr("seeding stopped after %1 job(s): %2").arg(result.jobs).arg(result.error));
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonArray ids;
        for (const QString &id : result.destinationIds)
            ids.append(id);
        printJson(QJsonObject{{QStringLiteral("jobs"), result.jobs},
                              {QStringLiteral("attempts"), result.attempts},
                              {QStringLiteral("alerts"), result.alerts},
                              {QStringLiteral("suppressions"), result.suppressions},
                              {QStringLiteral("destinationIds"), ids},
                              {QStringLiteral("elapsedMs"), result.elapsedMs}});
        return ExitSuccess;
    }
    writeTo(stdout, tr("Added %1 job(s) (%2 attempts) across %3 sample destination(s) in %4 s.")
                            .arg(QLocale().toString(result.jobs), QLocale().toString(result.attempts))
                            .arg(result.destinationIds.size())
                            .arg(QLocale().toString(double(result.elapsedMs) / 1000.0, 'f', 1)) +
                        QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace LeadRails
