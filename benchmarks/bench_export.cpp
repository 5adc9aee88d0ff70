// CSV export of the Jobs view on a profile with a million jobs (created on first run, reused after): rows per
// second, and the GUI thread's longest stall while it runs, measured by a 10 ms timer recording the largest
// gap between its ticks. First the same work on the GUI thread, as Export CSV… did before it moved to a
// worker.
//   bench_export [--jobs N] [--profile DIR]      (run with QT_QPA_PLATFORM=offscreen, or under Xvfb)
#include "JobCsvExporter.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace LeadRails;

namespace {

// Ticks every 10 ms on the GUI thread and keeps the largest gap between two ticks.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_ticks = 0;
        m_timer.start();
    }
    // The gap still open when the work ends counts too (the synchronous export never lets a tick through).
    void stop()
    {
        m_longest = qMax(m_longest, m_clock.nsecsElapsed() - m_last);
        m_timer.stop();
    }
    double longestMs() const { return double(m_longest) / 1e6; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

double mib(const QString &path)
{
    return double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Jobs in the profile."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("Profile folder (reused)."), QStringLiteral("DIR"),
        QDir::temp().filePath(QStringLiteral("leadrails-bench-export-1m")));
    parser.addOptions({jobsOption, profileOption});
    parser.process(app);

    const auto workspace =
        Testing::benchmarkWorkspace(parser.value(profileOption), parser.value(jobsOption).toLongLong());
    if (!workspace)
        return 1;
    QTemporaryDir out;
    StallMeter meter;

    // 1. Before: the whole export on the GUI thread.
    {
        const QString path = out.filePath(QStringLiteral("on-gui-thread.csv"));
        QElapsedTimer timer;
        meter.start();
        timer.start();
        const auto result = JobCsvExporter::write(workspace->database(), JobFilter{}, path);
        QCoreApplication::processEvents();
        meter.stop();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("on the GUI thread (before): %lld rows in %.2f s = %.0f rows/s, %.0f MiB; GUI stalled "
                    "%.0f ms\n",
                    result.rows, seconds, double(result.rows) / seconds, mib(path), meter.longestMs());
        QFile::remove(path);
    }

    // 2. After: Export CSV… on the Jobs view, written on the worker while the view stays live.
    JobsPage page(*workspace);
    page.resize(1280, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        std::fprintf(stderr, "window not exposed\n");
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *destination = page.findChild<QComboBox *>(QStringLiteral("destinationFilter"));
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
    const auto exportView = [&](const char *label) {
        const QString path = out.filePath(QStringLiteral("export.csv"));
        page.setExportPathPrompt([path](const QString &) { return path; });
        QSignalSpy finished(page.exporter(), &JobCsvExporter::finished);
        QSignalSpy failed(page.exporter(), &JobCsvExporter::failed);
        QElapsedTimer timer;
        meter.start();
        timer.start();
        exportButton->click();
        const double clickMs = double(timer.nsecsElapsed()) / 1e6;
        if (!finished.wait(30 * 60 * 1000)) {
            std::fprintf(stderr, "%s: %s\n", label,
                         failed.isEmpty() ? "no result" : qPrintable(failed.at(0).at(0).toString()));
            return;
        }
        meter.stop();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const qint64 rows = finished.at(0).at(0).toLongLong();
        std::printf(
            "on the worker (after), %s: %lld rows in %.2f s = %.0f rows/s, %.0f MiB; click returned in "
            "%.1f ms; GUI longest stall %.1f ms over %d ticks\n",
            label, rows, seconds, double(rows) / seconds, mib(path), clickMs, meter.longestMs(),
            meter.ticks());
        QFile::remove(path);
    };
    exportView("every job");
    status->setCurrentIndex(status->findText(QStringLiteral("Delivered")));
    exportView("delivered");
    status->setCurrentIndex(0);
    destination->setCurrentIndex(1);
    exportView("one destination");
    return 0;
}
