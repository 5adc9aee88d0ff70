// The dispatcher against the fake Twilio (in this process, on its own thread so that its work is not
// counted as the dispatcher's): raw throughput without a pace limit, and how exactly the per-destination
// pace holds at 1, 3 and 10 messages per second. Figures, not pass/fail: run in the release preset.
#include "Database.h"
#include "DestinationStore.h"
#include "Dispatcher.h"
#include "FakeTwilioServer.h"
#include "HttpTransport.h"
#include "JobStore.h"
#include "MessagePreview.h"
#include "Profile.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <ctime>
#include <memory>
#include <optional>

using namespace LeadRails;

namespace {

const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kFrom = QStringLiteral("+14155552671");

// The keychain, in memory, answering later like the real one.
class MapSecretStore final : public SecretStore
{
public:
    void read(const QString &key, QObject *context, Callback done) override
    {
        Result r;
        r.secret = m_entries.value(key);
        r.error = m_entries.contains(key) ? Error::None : Error::NotFound;
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        m_entries.insert(key, secret);
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        m_entries.remove(key);
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
    }
    QString backendName() const override { return QStringLiteral("memory"); }

private:
    QHash<QString, QString> m_entries;
};

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    // Blocks in the event loop (a busy loop would be measured as the dispatcher's CPU).
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(100);
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// A profile, a destination and N queued jobs, with the fake on its own thread.
class Rig
{
public:
    Rig(double rate, int jobs, bool enforcePace)
    {
        m_fakeThread.start();
        m_fake = new FakeTwilioServer;
        m_fake->moveToThread(&m_fakeThread);
        QMetaObject::invokeMethod(
            m_fake,
            [this] {
                m_fake->listen();
                m_fake->addAccount(kAccount, kToken);
                m_fake->addPhoneNumber(kAccount, kFrom);
                m_fake->setLifecycleStepMs(-1); // no delivery timers: only the sends are measured
            },
            Qt::BlockingQueuedConnection);
        QString error;
        m_profile = Profile::open(m_dir.path(), &error);
        m_database = Database::open(m_profile->databasePath(), &error);
        m_destinations = std::make_unique<DestinationStore>(*m_database, m_secrets, QStringLiteral("bench"));
        m_jobs = std::make_unique<JobStore>(*m_database, QStringLiteral("bench"));
        Destination d;
        d.name = QStringLiteral("Bench");
        d.accountSid = kAccount;
        d.secret = kToken;
        d.fromNumber = kFrom;
        d.bodyTemplate = QStringLiteral("Hi {{name}}, lead {{n}}. Reply STOP to opt out, HELP for help.");
        d.ratePerSecond = rate;
        std::optional<DestinationStore::Result> created;
        m_destinations->create(d, [&](const DestinationStore::Result &r) { created = r; });
        waitUntil([&] { return created.has_value(); }, 5000);
        m_destination = created->destination;

        const MessagePreviewer previewer(m_destination.messageSettings());
        QList<QJsonObject> leads;
        QList<MessagePreview> previews;
        for (int i = 0; i < jobs; ++i) {
            leads << QJsonObject{
                {QStringLiteral("name"), QStringLiteral("Lead %1").arg(i)},
                {QStringLiteral("n"), i},
                {QStringLiteral("phone"),
                 QStringLiteral("+1415555%1").arg(2000 + i % 8000, 4, 10, QLatin1Char('0'))}};
            previews << previewer.preview(leads.constLast());
        }
        m_jobs->enqueueMany(m_destination, leads, previews, &error);

        TwilioEndpoints endpoints;
        endpoints.apiBase = fakeUrl();
        endpoints.messagingBase = endpoints.apiBase;
        m_twilio = std::make_unique<TwilioClient>(&m_transport, endpoints);
        DispatcherSettings settings;
        settings.enforcePace = enforcePace;
        settings.pollScheduleSeconds = {3600}; // no polling during the measurement
        m_dispatcher =
            std::make_unique<Dispatcher>(*m_database, *m_jobs, *m_destinations, *m_twilio, settings);
        QObject::connect(m_dispatcher.get(), &Dispatcher::attemptFinished, m_dispatcher.get(),
                         [this](qint64, const TwilioResult &result) {
                             ++m_answers;
                             m_accepted += result.ok();
                         });
    }
    ~Rig()
    {
        m_dispatcher.reset();
        m_twilio.reset();
        m_jobs.reset();
        m_destinations.reset();
        m_database.reset();
        QMetaObject::invokeMethod(
            m_fake, [this] { delete m_fake; }, Qt::BlockingQueuedConnection);
        m_fakeThread.quit();
        m_fakeThread.wait();
    }

    QUrl fakeUrl() const
    {
        QUrl url;
        QMetaObject::invokeMethod(
            m_fake, [&] { url = m_fake->baseUrl(); }, Qt::BlockingQueuedConnection);
        return url;
    }
    QList<FakeTwilioServer::Request> requests() const
    {
        QList<FakeTwilioServer::Request> all;
        QMetaObject::invokeMethod(
            m_fake, [&] { all = m_fake->requests(); }, Qt::BlockingQueuedConnection);
        return all;
    }

    Dispatcher &dispatcher() { return *m_dispatcher; }
    int answers() const { return m_answers; }
    int accepted() const { return m_accepted; }

private:
    QThread m_fakeThread;
    FakeTwilioServer *m_fake = nullptr;
    QTemporaryDir m_dir;
    std::optional<Profile> m_profile;
    std::unique_ptr<Database> m_database;
    MapSecretStore m_secrets;
    std::unique_ptr<DestinationStore> m_destinations;
    std::unique_ptr<JobStore> m_jobs;
    HttpTransport m_transport; // Qt Network, as the app and the CLI send
    std::unique_ptr<TwilioClient> m_twilio;
    std::unique_ptr<Dispatcher> m_dispatcher;
    Destination m_destination;
    int m_answers = 0;
    int m_accepted = 0;
};

// 10,000 queued jobs, no pace limit, four requests in flight (the default cap): every one claimed,
// committed as "sending", sent, and its answer recorded.
void BM_Dispatch10kUnpaced(benchmark::State &state)
{
    constexpr int jobs = 10000;
    for (auto _ : state) {
        state.PauseTiming();
        Rig rig(100, jobs, false);
        state.ResumeTiming();
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = threadCpuSeconds();
        rig.dispatcher().start();
        waitUntil([&] { return rig.answers() >= jobs; }, 600000);
        const double cpu = threadCpuSeconds() - cpuBefore;
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        state.counters["sends_per_s"] = double(rig.accepted()) / seconds;
        state.counters["cpu_us_per_send"] = cpu / jobs * 1e6;
        state.counters["accepted"] = rig.accepted();
        state.PauseTiming();
        rig.dispatcher().stop();
        waitUntil([&] { return !rig.dispatcher().isRunning(); }, 10000);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Dispatch10kUnpaced)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// Ten seconds of sending at the destination's rate: the achieved rate from the first request Twilio saw
// to the last, the shortest gap between two, and how many were refused with 429.
void BM_PaceAccuracy(benchmark::State &state)
{
    const auto rate = double(state.range(0));
    const int jobs = int(rate * 10) + 1;
    for (auto _ : state) {
        Rig rig(rate, jobs, true);
        rig.dispatcher().start();
        waitUntil([&] { return rig.answers() >= jobs; }, int(20000 + 2000 * jobs / rate));
        QList<QDateTime> times;
        int refused = 0;
        for (const FakeTwilioServer::Request &r : rig.requests()) {
            if (r.method == QLatin1String("POST")) {
                times << r.received;
                refused += r.status == 429;
            }
        }
        const double span = double(times.constFirst().msecsTo(times.constLast())) / 1000.0;
        const double achieved = double(times.size() - 1) / span;
        qint64 shortest = std::numeric_limits<qint64>::max();
        for (qsizetype i = 1; i < times.size(); ++i)
            shortest = std::min(shortest, times[i - 1].msecsTo(times[i]));
        state.counters["limit_per_s"] = rate;
        state.counters["achieved_per_s"] = achieved;
        state.counters["error_pct"] = (achieved - rate) / rate * 100.0;
        state.counters["shortest_gap_ms"] = double(shortest);
        state.counters["http_429"] = refused;
        rig.dispatcher().stop();
        waitUntil([&] { return !rig.dispatcher().isRunning(); }, 10000);
    }
}
BENCHMARK(BM_PaceAccuracy)->Arg(1)->Arg(3)->Arg(10)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
