// The desktop figures issue 7 asks for, on a profile with a million jobs (created on first run, reused
// after): start to first paint against a bare window built the same way, applying a filter and showing the
// first rows, jumping to the last row, resident memory after browsing, and a preview update per keystroke. A
// small harness rather than Google Benchmark: each figure is one user action timed end to end.
//   bench_gui [--jobs N] [--profile DIR]      (run with QT_QPA_PLATFORM=offscreen, or under Xvfb)
#include "Database.h"
#include "DestinationEditor.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace LeadRails;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Shows a window and waits until it has painted once.
double showAndPaint(QWidget &window)
{
    QElapsedTimer timer;
    timer.start();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");
    window.repaint();
    QCoreApplication::processEvents();
    return ms(timer);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The value a quarter of the way up: the runs least disturbed by the rest of a shared machine.
double lowerQuartile(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 4];
}

} // namespace

struct ProcessRun
{
    double firstPaintMs = -1; // from just before the process was started to its first paint
    double builtMs = -1;      // to the moment all of it is built (the app: MainWindow::finishStartUp())
    double exitMs = -1;       // to its exit
    QString size;             // the window's size, "WxH"
};

// Runs a program that prints "... shown (WxH), first paint at N us" (`leadrails --smoke-test`, the bare
// window).
ProcessRun runProcess(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    const auto startedUs = std::chrono::duration_cast<std::chrono::microseconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
    timer.start();
    process.start(program, args);
    process.waitForFinished(60000);
    ProcessRun run;
    run.exitMs = ms(timer);
    static const QRegularExpression shown(
        QStringLiteral("shown \\((\\d+x\\d+)\\), first paint at (\\d+) us(?:, built at (\\d+) us)?"));
    const QRegularExpressionMatch match = shown.match(QString::fromUtf8(process.readAllStandardOutput()));
    if (match.hasMatch()) {
        run.size = match.captured(1);
        run.firstPaintMs = double(match.captured(2).toLongLong() - startedUs) / 1000;
        run.builtMs = match.captured(3).isEmpty() ? run.firstPaintMs
                                                  : double(match.captured(3).toLongLong() - startedUs) / 1000;
    } else {
        std::fprintf(stderr, "%s printed no first paint\n", qPrintable(program));
    }
    return run;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Jobs in the profile."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Profile folder (reused)."), QStringLiteral("DIR"),
                                           QDir::temp().filePath(QStringLiteral("leadrails-bench-1m")));
    parser.addOptions({jobsOption, profileOption});
    parser.process(app);
    const qint64 jobs = parser.value(jobsOption).toLongLong();

    auto workspace = Testing::benchmarkWorkspace(parser.value(profileOption), jobs);
    if (!workspace)
        return 1;

    // 1. Start to first paint, whole processes: `leadrails --smoke-test` on this profile (it exits once the
    // main window is shown and painted) against bench_bare_window (a QMainWindow with a label, linking Qt
    // Widgets only), alternating, after one warm-up each.
    {
        const QString appPath =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../src/app/leadrails"));
        const QStringList appArgs{QStringLiteral("--smoke-test"), QStringLiteral("--data-dir"),
                                  parser.value(profileOption)};
        const QString size = runProcess(appPath, appArgs).size; // warm-up; the bare window takes its size
        const QString barePath =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_bare_window"));
        const QStringList bareArgs{size};
        runProcess(barePath, bareArgs);
        std::vector<double> bareProcess, appProcess, appBuilt, bareExit, appExit, paired;
        for (int i = 0; i < 21; ++i) {
            const ProcessRun bareRun = runProcess(barePath, bareArgs);
            const ProcessRun appRun = runProcess(appPath, appArgs);
            bareProcess.push_back(bareRun.firstPaintMs);
            appProcess.push_back(appRun.firstPaintMs);
            paired.push_back(appRun.firstPaintMs / bareRun.firstPaintMs);
            appBuilt.push_back(appRun.builtMs);
            bareExit.push_back(bareRun.exitMs);
            appExit.push_back(appRun.exitMs);
        }
        std::printf(
            "start to first paint (process, window %s, median of 21): bare window %.1f ms, leadrails %.1f ms "
            "(%.2fx; target <= 1.5x); fastest: %.1f / %.1f ms\n",
            qPrintable(size), median(bareProcess), median(appProcess),
            median(appProcess) / median(bareProcess),
            *std::min_element(bareProcess.begin(), bareProcess.end()),
            *std::min_element(appProcess.begin(), appProcess.end()));
        // This 2-core VM has spells, from a run to seconds long, in which any program starts ~15 ms slower
        // (both kinds of run are seen in both programs' figures). Two more views, less swayed by where the
        // spells fell: the lower quartiles, and each app run over the bare window's run just before it.
        std::printf("start to first paint, lower quartiles: bare window %.1f ms, leadrails %.1f ms (%.2fx); "
                    "run by run, leadrails / the bare run before it: median %.2fx\n",
                    lowerQuartile(bareProcess), lowerQuartile(appProcess),
                    lowerQuartile(appProcess) / lowerQuartile(bareProcess), median(paired));
        std::printf(
            "start to the whole window built (the preview side, the form checked, the phone library "
            "loaded; after the first paint): leadrails %.1f ms (%.2fx the bare window's first paint)\n",
            median(appBuilt), median(appBuilt) / median(bareProcess));
        std::printf("start to exit after first paint: bare window %.1f ms, leadrails %.1f ms (%.2fx)\n",
                    median(bareExit), median(appExit), median(appExit) / median(bareExit));
    }

    // The same inside one process (window construction to first paint only, no process start-up).
    std::vector<double> bare, real;
    for (int i = 0; i < 5; ++i) {
        {
            QElapsedTimer timer;
            timer.start();
            QMainWindow window;
            window.setCentralWidget(new QLabel(QStringLiteral("bare")));
            window.resize(1280, 800);
            showAndPaint(window);
            bare.push_back(ms(timer));
        }
        {
            QElapsedTimer timer;
            timer.start();
            MainWindow window(*workspace);
            window.resize(1280, 800);
            showAndPaint(window);
            real.push_back(ms(timer));
        }
    }
    // No ratio: with the fonts and style already loaded by earlier windows, a label-only window costs next to
    // nothing, and the quotient (30x and more) says nothing about what a user waits for.
    std::printf("construct to first paint (in process, fonts and style warm): main window %.1f ms "
                "(a label-only window: %.1f ms)\n",
                median(real), median(bare));

    // The Jobs view, as a user browses it.
    MainWindow window(*workspace);
    window.resize(1280, 800);
    window.showSection(MainWindow::Section::Jobs);
    showAndPaint(window);
    JobsPage *page = window.jobsPage();
    QTableView *view = page->view();
    const auto firstRows = [&] {
        for (int row = 0; row < 40 && row < page->model()->rowCount(); ++row)
            page->model()->data(page->model()->index(row, JobListModel::Body));
        view->viewport()->repaint();
    };

    // 2. Applying a filter and showing the first rows.
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    std::vector<double> filterTimes;
    for (int index : {3, 4, 0, 2, 0}) { // delivered, failed, any, sent, any
        QElapsedTimer timer;
        timer.start();
        status->setCurrentIndex(index);
        firstRows();
        filterTimes.push_back(ms(timer));
        std::printf("  filter '%s': %d rows, %.1f ms\n", qPrintable(status->currentText()),
                    page->model()->rowCount(), filterTimes.back());
    }
    std::printf(
        "apply a status filter and show the first rows: median %.1f ms, worst %.1f ms (target < 100 ms)\n",
        median(filterTimes), *std::max_element(filterTimes.begin(), filterTimes.end()));
    {
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("jobSearch"));
        // A part of a number, a common word, a rare name, a part of a SID, and words no job has.
        const QStringList searches{QStringLiteral("+1415555"), QStringLiteral("solar"),
                                   QStringLiteral("Barb"), QStringLiteral("SM6c"),
                                   QStringLiteral("zebra crossing")};
        for (const QString &text : searches) {
            QElapsedTimer timer;
            timer.start();
            search->setText(text);
            QMetaObject::invokeMethod(page, "refresh"); // skip the typing delay
            firstRows();
            std::printf("search '%s' and show the first rows: %d rows, %.1f ms (target < 100 ms)\n",
                        qPrintable(text), page->model()->rowCount(), ms(timer));
        }
        search->clear();
        QMetaObject::invokeMethod(page, "refresh");
    }

    // 3. Jumping to the last row (End key) and back.
    std::vector<double> jumps;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        view->scrollToBottom();
        view->viewport()->repaint();
        jumps.push_back(ms(timer));
        view->scrollToTop();
        view->viewport()->repaint();
    }
    std::printf("jump to the last row: median %.1f ms (target < 100 ms)\n", median(jumps));

    // 3b. Sorting (header clicks): the store never sorts the million rows, it walks indexes from the nearer
    // end. Each figure runs from the click, or the jump, to the painted rows; the first round is cold.
    {
        const auto timed = [&](const auto &action) {
            QElapsedTimer timer;
            timer.start();
            action();
            view->viewport()->repaint();
            return ms(timer);
        };
        const auto jumpToRow = [&](int row) {
            view->scrollTo(page->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
        };
        // The deepest page by status: the middle of the biggest status (delivered).
        const QMap<JobState, int> counts = workspace->jobs()->stateCounts();
        int middleOfDelivered = counts.value(JobState::Delivered) / 2;
        for (JobState state : jobStatesInLifecycleOrder()) {
            if (state == JobState::Delivered)
                break;
            middleOfDelivered += counts.value(state);
        }
        std::vector<double> statusFirst, statusLast, statusMiddle, reversedLast, oldestFirst, oldestLast;
        for (int i = 0; i < 5; ++i) {
            statusFirst.push_back(timed([&] {
                view->sortByColumn(JobListModel::Status, Qt::AscendingOrder);
                firstRows();
            }));
            statusLast.push_back(timed([&] { view->scrollToBottom(); }));
            statusMiddle.push_back(timed([&] { jumpToRow(middleOfDelivered); }));
            view->sortByColumn(JobListModel::Status, Qt::DescendingOrder);
            reversedLast.push_back(timed([&] { view->scrollToBottom(); }));
            oldestFirst.push_back(timed([&] {
                view->sortByColumn(JobListModel::Created, Qt::AscendingOrder);
                firstRows();
            }));
            oldestLast.push_back(timed([&] { view->scrollToBottom(); }));
            view->sortByColumn(JobListModel::Created, Qt::DescendingOrder);
            view->scrollToTop();
        }
        const auto report = [](const char *what, const std::vector<double> &times) {
            std::printf("%s: median %.1f ms, worst %.1f ms (target < 100 ms)\n", what, median(times),
                        *std::max_element(times.begin(), times.end()));
        };
        report("sort by status, show the first rows", statusFirst);
        report("  then jump to the last row", statusLast);
        report("  then jump to the middle of 'delivered' (the deepest page)", statusMiddle);
        report("sort by status reversed, jump to the last row", reversedLast);
        report("sort oldest first, show the first rows", oldestFirst);
        report("  then jump to the last row", oldestLast);

        // The same with a filter the kept counts cannot answer: the per-status counts are index ranges.
        auto *destination = page->findChild<QComboBox *>(QStringLiteral("destinationFilter"));
        destination->setCurrentIndex(1);
        std::vector<double> filteredFirst, filteredLast, filteredNewestLast;
        for (int i = 0; i < 3; ++i) {
            filteredFirst.push_back(timed([&] {
                view->sortByColumn(JobListModel::Status, Qt::AscendingOrder);
                firstRows();
            }));
            filteredLast.push_back(timed([&] { view->scrollToBottom(); }));
            view->sortByColumn(JobListModel::Created, Qt::DescendingOrder);
            filteredNewestLast.push_back(timed([&] { view->scrollToBottom(); }));
            view->scrollToTop();
        }
        std::printf("one destination (%d rows):\n", page->model()->rowCount());
        report("  sort by status, show the first rows", filteredFirst);
        report("  then jump to the last row", filteredLast);
        report("  newest first, jump to the last row", filteredNewestLast);
        destination->setCurrentIndex(0);

        // "Show job" from an alert or a test send: a job in the middle of a million, in two orders.
        JobFilter all;
        const QList<Job> middle = workspace->jobs()->jobs(all, 1, page->model()->rowCount() / 2);
        std::vector<double> newest, byStatus;
        for (int i = 0; i < 5; ++i) {
            view->sortByColumn(JobListModel::Created, Qt::DescendingOrder);
            newest.push_back(timed([&] { page->showJob(middle.first().id); }));
            view->sortByColumn(JobListModel::Status, Qt::AscendingOrder);
            byStatus.push_back(timed([&] { page->showJob(middle.first().id); }));
        }
        report("show a job in the middle, newest first", newest);
        report("show a job in the middle, by status", byStatus);
        view->sortByColumn(JobListModel::Created, Qt::DescendingOrder);
    }

    // 4. Memory after browsing: scroll through the table in big steps.
    QScrollBar *bar = view->verticalScrollBar();
    for (int step = 0; step <= 50; ++step) {
        bar->setValue(bar->maximum() * step / 50);
        view->viewport()->repaint();
    }
    std::printf("resident memory after browsing %d rows in 51 places: %.1f MB (target < 150 MB)\n",
                page->model()->rowCount(), double(residentKiB()) / 1024);

    // 5. A keystroke in the body template: the editor revalidates and the preview re-renders.
    window.showSection(MainWindow::Section::Destinations);
    auto *body = window.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    body->setPlainText(QString(1400, QLatin1Char('x')) +
                       QStringLiteral(" {{name}} Reply STOP to opt out, HELP for help."));
    std::vector<double> keys;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(body, Qt::Key_A);
        keys.push_back(ms(timer));
    }
    std::printf("preview update per keystroke (1,450-character body): median %.2f ms, worst %.2f ms (target "
                "< 5 ms)\n",
                median(keys), *std::max_element(keys.begin(), keys.end()));
    return 0;
}
