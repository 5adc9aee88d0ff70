// The durable jobs at scale: enqueueing leads (validation and rendering included), seeding a million jobs,
// and the jobs view's queries on a million rows. Figures for issue 6; run in the release preset.
#include "Database.h"
#include "DevSeed.h"
#include "JobStore.h"
#include "MessagePreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace LeadRails;

namespace {

constexpr int kLeads = 100'000;
constexpr int kBatch = 5'000;
constexpr qint64 kSeedJobs = 1'000'000;

struct Profile
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<JobStore> jobs;
    double seedSeconds = 0;
    QStringList destinationIds;

    Profile()
    {
        QString error;
        database = Database::open(QDir(dir.path()).filePath(QStringLiteral("bench.sqlite")), &error);
        if (!database)
            qFatal("cannot open the database: %s", qPrintable(error));
        jobs = std::make_unique<JobStore>(*database, QStringLiteral("bench"));
    }
    ~Profile()
    {
        jobs.reset();
        database.reset();
    }
};

// One profile with a million seeded jobs, shared by the query benchmarks (seeded on first use).
Profile &seeded()
{
    static Profile profile;
    if (profile.destinationIds.isEmpty()) {
        DevSeed::Options options;
        options.jobs = kSeedJobs;
        options.destinations = 5;
        QElapsedTimer timer;
        timer.start();
        const DevSeed::Result result = DevSeed::run(*profile.database, options);
        if (!result.ok)
            qFatal("seeding failed: %s", qPrintable(result.error));
        profile.seedSeconds = double(timer.nsecsElapsed()) / 1e9;
        profile.destinationIds = result.destinationIds;
    }
    return profile;
}

QList<QJsonObject> makeLeads(int count)
{
    QList<QJsonObject> leads;
    leads.reserve(count);
    for (int i = 0; i < count; ++i)
        leads.append(QJsonObject{
            {QStringLiteral("first_name"), QStringLiteral("Lead%1").arg(i)},
            {QStringLiteral("phone"), QStringLiteral("(415) 2%1").arg(i % 1000000, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("email"), QStringLiteral("lead%1@example.com").arg(i)}});
    return leads;
}

// 100k leads from a file or a form: each rendered and checked with the destination's templates, then stored
// in batches.
void BM_Enqueue100kLeads(benchmark::State &state)
{
    const QList<QJsonObject> leads = makeLeads(kLeads);
    Profile profile;
    QString error;
    auto destination = DevSeed::seedDestination(*profile.database, QStringLiteral("Bench"), 0,
                                                QStringLiteral("bench"), &error);
    destination->bodyTemplate =
        QStringLiteral("Hi {{first_name}}! Your quote is ready. Reply STOP to opt out, "
                       "HELP for help.");
    qint64 previewNs = 0;
    qint64 storeNs = 0;
    for (auto _ : state) {
        const MessagePreviewer previewer(destination->messageSettings());
        int stored = 0;
        QElapsedTimer timer;
        for (int start = 0; start < kLeads; start += kBatch) {
            const QList<QJsonObject> batch = leads.mid(start, kBatch);
            timer.start();
            QList<MessagePreview> previews;
            previews.reserve(batch.size());
            for (const QJsonObject &lead : batch)
                previews.append(previewer.preview(lead));
            previewNs += timer.nsecsElapsed();
            timer.start();
            stored += profile.jobs->enqueueMany(*destination, batch, previews, &error);
            storeNs += timer.nsecsElapsed();
        }
        if (stored != kLeads)
            state.SkipWithError(qPrintable(QStringLiteral("stored %1: %2").arg(stored).arg(error)));
    }
    state.counters["leads_per_s"] =
        benchmark::Counter(double(kLeads) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["preview_s"] = double(previewNs) / 1e9;
    state.counters["store_s"] = double(storeNs) / 1e9;
}
BENCHMARK(BM_Enqueue100kLeads)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// `leadrails-cli dev seed --jobs 1000000`: reported once, as seconds.
void BM_Seed1MJobs(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(seeded().jobs->count({}));
    state.counters["seed_s"] = seeded().seedSeconds;
    state.counters["jobs"] = double(kSeedJobs);
}
BENCHMARK(BM_Seed1MJobs)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

enum class Query {
    Newest,
    OneState,
    RareState,
    TwoStates,
    Destination,
    DestinationAndState,
    LastWeek,
    WholeNumber,
    TextCommon,
    TextMissing,
    SecondPage,
    Page100,
    CountAll,
    CountStateAndDestination,
};

JobFilter filterFor(Query query, const Profile &profile, QString *number)
{
    JobFilter filter;
    switch (query) {
    case Query::Newest:
    case Query::SecondPage:
    case Query::Page100:
    case Query::CountAll:
        break;
    case Query::OneState:
        filter.states = {JobState::Failed};
        break;
    case Query::RareState:
        filter.states = {JobState::Unknown};
        break;
    case Query::TwoStates:
        filter.states = {JobState::Failed, JobState::Dead};
        break;
    case Query::Destination:
        filter.destinationId = profile.destinationIds.value(1);
        break;
    case Query::DestinationAndState:
    case Query::CountStateAndDestination:
        filter.destinationId = profile.destinationIds.value(1);
        filter.states = {JobState::Undelivered};
        break;
    case Query::LastWeek:
        filter.from = QDateTime::currentDateTimeUtc().addDays(-14);
        filter.to = QDateTime::currentDateTimeUtc().addDays(-7);
        break;
    case Query::WholeNumber:
        filter.text = *number;
        break;
    case Query::TextCommon:
        filter.text = QStringLiteral("Ada");
        break;
    case Query::TextMissing:
        filter.text = QStringLiteral("no such text");
        break;
    }
    return filter;
}

void BM_JobsQuery1M(benchmark::State &state, Query query)
{
    Profile &profile = seeded();
    QString number = profile.jobs->jobs({}, 1, 500'000).value(0).to;
    const JobFilter filter = filterFor(query, profile, &number);
    const int offset = query == Query::SecondPage ? 100 : query == Query::Page100 ? 9'900 : 0;
    qint64 rows = 0;
    for (auto _ : state) {
        if (query == Query::CountAll || query == Query::CountStateAndDestination)
            rows = profile.jobs->count(filter);
        else
            rows = profile.jobs->jobs(filter, 100, offset).size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK_CAPTURE(BM_JobsQuery1M, newest, Query::Newest)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, status_failed, Query::OneState)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, status_unknown_rare, Query::RareState)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, status_failed_or_dead, Query::TwoStates)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, destination, Query::Destination)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, destination_undelivered, Query::DestinationAndState)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, date_range_a_week, Query::LastWeek)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, search_whole_number, Query::WholeNumber)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, search_text_common, Query::TextCommon)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, search_text_missing, Query::TextMissing)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, page_2, Query::SecondPage)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, page_100, Query::Page100)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, count_all, Query::CountAll)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_JobsQuery1M, count_destination_undelivered, Query::CountStateAndDestination)
    ->Unit(benchmark::kMillisecond);

// The Jobs chart: sent / delivered / failed per local day for the last 30 days, every destination (0) or one
// (1), from the hourly counts the triggers keep (the seed spreads the million jobs over 60 days).
void BM_DailyCounts30Days1M(benchmark::State &state)
{
    Profile &profile = seeded();
    const QString destination = state.range(0) ? profile.destinationIds.value(1) : QString();
    const QDate today = QDate::currentDate();
    qint64 sent = 0;
    for (auto _ : state) {
        const QList<DailyJobCounts> days = profile.jobs->dailyCounts(today.addDays(-29), today, destination);
        sent = 0;
        for (const DailyJobCounts &day : days)
            sent += day.sent;
        benchmark::DoNotOptimize(sent);
    }
    state.counters["sent"] = double(sent);
}
BENCHMARK(BM_DailyCounts30Days1M)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

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
