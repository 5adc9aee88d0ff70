// leadrails-cli run: the dispatcher and the delivery poller without a window, for servers and scripts.
#include "AppInfo.h"
#include "Cli.h"
#include "CliOutput.h"
#include "Destination.h"
#include "DestinationStore.h"
#include "Dispatcher.h"
#include "DispatcherHost.h"
#include "JobState.h"
#include "JobStore.h"
#include "KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <csignal>

namespace LeadRails {

namespace {

using CliOutput::printError;

// Signal handlers may only touch a flag; the event loop looks at it.
volatile std::sig_atomic_t g_stopSignals = 0;

extern "C" void onStopSignal(int)
{
    g_stopSignals = g_stopSignals + 1;
}

} // namespace

int Cli::runDispatcher(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send queued jobs through their destinations, reconcile interrupted sends with Twilio and follow "
           "delivery, until interrupted (Ctrl+C stops after the requests in flight have answered; a second "
           "Ctrl+C stops at once, and the next run reconciles what was cut off).\n"
           "The pace, retries and polling come from the profile's dispatcher/* settings."));
    const QCommandLineOption untilIdle(
        QStringLiteral("until-idle"),
        tr("Return once nothing is queued, waiting to retry, being reconciled or being polled. Exits 1 when "
           "jobs are left waiting for a paused or disabled destination."));
    parser.addOption(untilIdle);
    CommandLine commandLine(parser, args.constFirst());
    if (commandLine.parse(args) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return commandLine.usageError(tr("run takes no arguments."));
    if (!openProfile())
        return ExitFailure;

    QString error;
    const auto endpoints = TwilioEndpoints::fromEnvironment(&error);
    if (!endpoints) {
        printError(error);
        return ExitFailure;
    }
    DispatcherHost::Config config;
    config.profile = m_profile;
    config.secrets = [] { return std::make_unique<KeychainSecretStore>(AppInfo::keychainService()); };
    config.endpoints = *endpoints;
    {
        const auto settings = m_profile->settings();
        DispatcherSettings::addMissingDefaults(*settings); // so that `settings list` shows what applies
        config.settings = DispatcherSettings::load(*settings);
    }
    const auto host = DispatcherHost::create(config, &error);
    if (!host) {
        printError(error);
        return ExitFailure;
    }
    Dispatcher &dispatcher = host->dispatcher();

    QObject::connect(&dispatcher, &Dispatcher::destinationPaused, &dispatcher,
                     [&](const QString &id, const QString &reason) {
                         const auto d = host->destinations().find(id);
                         printError(tr("destination '%1' paused: %2").arg(d ? d->name : id, reason));
                     });
    QObject::connect(&dispatcher, &Dispatcher::destinationResumed, &dispatcher, [&](const QString &id) {
        const auto d = host->destinations().find(id);
        writeTo(stderr, tr("Destination '%1' resumed: its secret was replaced.").arg(d ? d->name : id) +
                            QLatin1Char('\n'));
    });
    if (parser.isSet(untilIdle))
        QObject::connect(&dispatcher, &Dispatcher::idle, &dispatcher, &Dispatcher::stop);
    QObject::connect(&dispatcher, &Dispatcher::stopped, &dispatcher, [] { QCoreApplication::exit(0); });

    g_stopSignals = 0;
    const auto previousInt = std::signal(SIGINT, onStopSignal);
    const auto previousTerm = std::signal(SIGTERM, onStopSignal);
    QTimer signalWatch;
    bool interrupted = false;
    QObject::connect(&signalWatch, &QTimer::timeout, &dispatcher, [&] {
        if (g_stopSignals >= 2) {
            QCoreApplication::exit(130); // the sends in flight stay "sending" and are reconciled next time
            return;
        }
        if (g_stopSignals == 0 || interrupted)
            return;
        interrupted = true;
        writeTo(stderr, tr("Stopping after the requests in flight…") + QLatin1Char('\n'));
        dispatcher.stop();
    });
    signalWatch.start(100);

    dispatcher.start();
    const int loopCode = QCoreApplication::exec();
    signalWatch.stop();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (loopCode != 0)
        return loopCode;

    // What is left, one line per state that has jobs.
    const QMap<JobState, int> counts = host->jobs().stateCounts();
    QStringList parts;
    int waiting = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(jobStateId(it.key()));
        if (it.key() == JobState::Queued || it.key() == JobState::RetryWait ||
            it.key() == JobState::Unknown || it.key() == JobState::Sending)
            waiting += it.value();
    }
    writeTo(stdout, tr("Jobs: %1").arg(parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "))) +
                        QLatin1Char('\n'));
    if (parser.isSet(untilIdle) && waiting > 0 && !interrupted) {
        QStringList blocked;
        for (const Destination &d : host->destinations().list()) {
            if (d.paused || !d.enabled)
                blocked << QStringLiteral("'%1'").arg(d.name);
        }
        printError(tr("%n job(s) cannot go on until their destination is resumed or fixed: %1. Resume with "
                      "'leadrails-cli destination resume NAME'.",
                      nullptr, waiting)
                       .arg(blocked.isEmpty() ? tr("its secret cannot be read")
                                              : blocked.join(QStringLiteral(", "))));
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace LeadRails
