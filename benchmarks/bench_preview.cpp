// The preview runs on every keystroke in the destination editor and for every lead enqueued: it must stay
// far under a frame (target: under 100 µs for a 1,600-character body with 10 variables).
#include "MessagePreview.h"
#include "PhoneNumbers.h"
#include "SmsEncoding.h"

#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace LeadRails;

namespace {

QJsonObject tenFieldLead()
{
    QJsonObject lead{{QStringLiteral("phone"), QStringLiteral("+14155552671")}};
    for (int i = 0; i < 10; ++i)
        lead.insert(QStringLiteral("field%1").arg(i), QStringLiteral("value number %1").arg(i));
    return lead;
}

// A 1,600-character body (after rendering) using 10 variables.
QString longTemplate()
{
    QString body;
    for (int i = 0; i < 10; ++i)
        body += QStringLiteral("Paragraph {{field%1}} ").arg(i) + QString(120, QLatin1Char('x')) +
                QLatin1Char(' ');
    body += QStringLiteral("Reply STOP to opt out, HELP for help.");
    const QString rendered = MessagePreviewer({QStringLiteral("{{phone}}"), body, QStringLiteral("US"), true})
                                 .preview(tenFieldLead())
                                 .body;
    body.append(QString(1600 - rendered.size(), QLatin1Char('y')));
    return body;
}

void BM_PreviewRenderOnly(benchmark::State &state)
{
    const MessagePreviewer previewer(
        {QStringLiteral("{{phone}}"), longTemplate(), QStringLiteral("US"), true});
    const QJsonObject lead = tenFieldLead();
    for (auto _ : state)
        benchmark::DoNotOptimize(previewer.preview(lead));
    state.counters["body_chars"] = double(previewer.preview(lead).body.size());
}
BENCHMARK(BM_PreviewRenderOnly)->Unit(benchmark::kMicrosecond);

// What a keystroke costs: the template changed, so it is parsed again, then rendered and checked.
void BM_PreviewKeystroke(benchmark::State &state)
{
    const QString base = longTemplate();
    const QJsonObject lead = tenFieldLead();
    MessagePreviewer previewer;
    MessageSettings settings{QStringLiteral("{{phone}}"), base, QStringLiteral("US"), true};
    int i = 0;
    for (auto _ : state) {
        settings.bodyTemplate = base.left(base.size() - 1 - (i++ & 7));
        previewer.setSettings(settings);
        benchmark::DoNotOptimize(previewer.preview(lead));
    }
}
BENCHMARK(BM_PreviewKeystroke)->Unit(benchmark::kMicrosecond);

void BM_PreviewUcs2(benchmark::State &state)
{
    QString body = longTemplate();
    body.replace(QLatin1Char('x'), QChar(0x00EA)); // ê: not in GSM-7
    const MessagePreviewer previewer({QStringLiteral("{{phone}}"), body, QStringLiteral("US"), true});
    const QJsonObject lead = tenFieldLead();
    for (auto _ : state)
        benchmark::DoNotOptimize(previewer.preview(lead));
}
BENCHMARK(BM_PreviewUcs2)->Unit(benchmark::kMicrosecond);

void BM_PhoneParseE164(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(PhoneNumbers::analyze(QStringLiteral("+14155552671")));
}
BENCHMARK(BM_PhoneParseE164)->Unit(benchmark::kMicrosecond);

void BM_PhoneParseNational(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(PhoneNumbers::analyze(QStringLiteral("07700 900123"), QStringLiteral("GB")));
}
BENCHMARK(BM_PhoneParseNational)->Unit(benchmark::kMicrosecond);

void BM_PhoneParseInvalid(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(PhoneNumbers::analyze(QStringLiteral("call me maybe")));
}
BENCHMARK(BM_PhoneParseInvalid)->Unit(benchmark::kMicrosecond);

void BM_Segments1600Gsm(benchmark::State &state)
{
    const QString body(1600, QLatin1Char('a'));
    for (auto _ : state)
        benchmark::DoNotOptimize(SmsEncoding::analyze(body));
}
BENCHMARK(BM_Segments1600Gsm)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
