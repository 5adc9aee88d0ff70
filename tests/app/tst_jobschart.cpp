#include "DarkPalette.h"
#include "DevSeed.h"
#include "JobStore.h"
#include "JobsChartApi.h"
#include "JobsPage.h"
#include "MemorySecretStore.h"
#include "MessagePreview.h"
#include "Workspace.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace LeadRails;

namespace {

JobStore::Outcome outcome(JobEvent event)
{
    JobStore::Outcome o;
    o.event = event;
    if (event == JobEvent::Accepted)
        o.twilioSid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
    return o;
}

} // namespace

// The Jobs view's chart of the last 30 days, in the page, as a user sees it: bars per day, labels, tooltips.
class tst_JobsChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void shouldShowThirtyDaysEndingToday();
    void shouldShowJobsAsTheyAreAddedAndChangeState();
    void shouldFollowDestinationFilter();
    void shouldTellTheDaysNumbersInTooltip();
    void shouldSummariseForScreenReaders();
    void shouldCatchUpWhenShownAgain();
    void shouldFollowDarkPalette();
    void shouldStayShortAboveTheTable();
    void shouldSayWhatIsMissingWithoutItsModule();

private:
    // The bar a user sees for today in the set named label ("Sent", "Delivered", "Failed").
    int todays(const QString &label) const;
    qint64 enqueue(const Destination &d);

    QTemporaryDir m_root;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JobsPage> m_page;
    QChartView *m_chart = nullptr;
    JobsChartApi::Chart *m_api = nullptr; // the same chart, as the Jobs view knows it
    Destination m_main;
    Destination m_other;
};

void tst_JobsChart::initTestCase()
{
    QString error;
    m_workspace = Workspace::open(*Profile::open(m_root.path(), nullptr),
                                  std::make_unique<Testing::MemorySecretStore>(), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    int index = 0;
    for (Destination *d : {&m_main, &m_other}) {
        const auto seeded = DevSeed::seedDestination(m_workspace->database(),
                                                     index ? QStringLiteral("Other") : QStringLiteral("Main"),
                                                     index, QStringLiteral("tester"), &error);
        QVERIFY2(seeded, qPrintable(error));
        *d = *seeded;
        d->bodyTemplate = QStringLiteral("Hi {{first_name}}! Reply STOP to opt out.");
        ++index;
    }
    m_page = std::make_unique<JobsPage>(*m_workspace);
    m_page->resize(1280, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // From the charts module, which the page loaded when it was built.
    m_api = m_page->chart();
    QVERIFY(m_api);
    m_chart = m_page->findChild<QChartView *>(QStringLiteral("jobsChart"));
    QVERIFY(m_chart);
    QCOMPARE(m_api->widget(), m_chart);
}

void tst_JobsChart::init()
{
    m_page->show();
    m_page->findChild<QComboBox *>(QStringLiteral("destinationFilter"))->setCurrentIndex(0);
}

int tst_JobsChart::todays(const QString &label) const
{
    auto *series = qobject_cast<QBarSeries *>(m_chart->chart()->series().value(0));
    if (!series)
        return -1;
    for (QBarSet *set : series->barSets()) {
        if (set->label() == label)
            return set->count() == JobsChartApi::kDayCount ? int(set->at(JobsChartApi::kDayCount - 1)) : -1;
    }
    return -1;
}

qint64 tst_JobsChart::enqueue(const Destination &d)
{
    const QJsonObject lead{{QStringLiteral("first_name"), QStringLiteral("Ada")},
                           {QStringLiteral("phone"), QStringLiteral("+14155552671")}};
    QString error;
    const qint64 id = m_workspace->jobs()->enqueue(
        d, lead, MessagePreviewer(d.messageSettings()).preview(lead), false, &error);
    [&] { QVERIFY2(id > 0, qPrintable(error)); }();
    return id;
}

void tst_JobsChart::shouldShowThirtyDaysEndingToday()
{
    const QDate today = QDate::currentDate();
    QCOMPARE(m_api->counts().size(), 30);
    QCOMPARE(m_api->counts().constFirst().day, today.addDays(-29));
    QCOMPARE(m_api->counts().constLast().day, today);
    auto *series = qobject_cast<QBarSeries *>(m_chart->chart()->series().value(0));
    QVERIFY(series);
    QStringList legend;
    for (QBarSet *set : series->barSets()) {
        QCOMPARE(set->count(), 30);
        legend << set->label();
    }
    QCOMPARE(legend,
             (QStringList{QStringLiteral("Sent"), QStringLiteral("Delivered"), QStringLiteral("Failed")}));
    QVERIFY(m_chart->chart()->legend()->isVisible());
    // Every fifth day has a label, today among them.
    auto *days = qobject_cast<QCategoryAxis *>(m_chart->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(days);
    QCOMPARE(days->count(), 6);
    QCOMPARE(days->categoriesLabels().constLast(), QLocale().toString(today, QStringLiteral("MMM d")));
    QCOMPARE(days->categoriesLabels().constFirst(),
             QLocale().toString(today.addDays(-25), QStringLiteral("MMM d")));
}

void tst_JobsChart::shouldShowJobsAsTheyAreAddedAndChangeState()
{
    JobStore &jobs = *m_workspace->jobs();
    const int sent = todays(QStringLiteral("Sent"));
    const int delivered = todays(QStringLiteral("Delivered"));
    const int failed = todays(QStringLiteral("Failed"));
    QVERIFY(sent >= 0 && delivered >= 0 && failed >= 0);
    const qint64 first = enqueue(m_main);
    const qint64 second = enqueue(m_main);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(jobs.claimNextDue(m_main.id, now)->id, first);
    QVERIFY(jobs.apply(first, outcome(JobEvent::Accepted)));
    QTRY_COMPARE_WITH_TIMEOUT(todays(QStringLiteral("Sent")), sent + 1, 3000);
    QCOMPARE(todays(QStringLiteral("Delivered")), delivered);

    QVERIFY(jobs.apply(first, outcome(JobEvent::Delivered)));
    QTRY_COMPARE_WITH_TIMEOUT(todays(QStringLiteral("Delivered")), delivered + 1, 3000);
    QCOMPARE(todays(QStringLiteral("Sent")), sent + 1);

    QCOMPARE(jobs.claimNextDue(m_main.id, now)->id, second);
    QVERIFY(jobs.apply(second, outcome(JobEvent::PermanentFailure)));
    QTRY_COMPARE_WITH_TIMEOUT(todays(QStringLiteral("Failed")), failed + 1, 3000);
    QCOMPARE(todays(QStringLiteral("Sent")), sent + 1);
    QCOMPARE(todays(QStringLiteral("Delivered")), delivered + 1);
}

void tst_JobsChart::shouldFollowDestinationFilter()
{
    JobStore &jobs = *m_workspace->jobs();
    const qint64 id = enqueue(m_other);
    QCOMPARE(jobs.claimNextDue(m_other.id, QDateTime::currentDateTimeUtc())->id, id);
    QVERIFY(jobs.apply(id, outcome(JobEvent::Accepted)));
    QVERIFY(jobs.apply(id, outcome(JobEvent::Delivered)));
    const QDate today = QDate::currentDate();
    const DailyJobCounts all = jobs.dailyCounts(today, today).value(0);
    const DailyJobCounts other = jobs.dailyCounts(today, today, m_other.id).value(0);
    QVERIFY(other.delivered >= 1 && all.delivered > other.delivered);
    QTRY_COMPARE_WITH_TIMEOUT(todays(QStringLiteral("Delivered")), all.delivered, 3000);

    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("destinationFilter"));
    filter->setCurrentIndex(filter->findData(m_other.id));
    QCOMPARE(m_api->destination(), m_other.id);
    QCOMPARE(todays(QStringLiteral("Delivered")), other.delivered);
    QCOMPARE(todays(QStringLiteral("Sent")), other.sent);
    filter->setCurrentIndex(0);
    QCOMPARE(todays(QStringLiteral("Delivered")), all.delivered);
}

void tst_JobsChart::shouldTellTheDaysNumbersInTooltip()
{
    const DailyJobCounts today = m_api->counts().constLast();
    QVERIFY(today.sent > 0);
    const QString expected = QStringLiteral("%1\nSent: %2\nDelivered: %3\nFailed: %4")
                                 .arg(QLocale().toString(today.day, QLocale::LongFormat))
                                 .arg(today.sent)
                                 .arg(today.delivered)
                                 .arg(today.failed);
    QCOMPARE(m_api->dayToolTip(JobsChartApi::kDayCount - 1), expected);
    // Hovering a bar of that day shows it.
    auto *series = qobject_cast<QBarSeries *>(m_chart->chart()->series().value(0));
    Q_EMIT series->hovered(true, JobsChartApi::kDayCount - 1, series->barSets().constFirst());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), expected);
    Q_EMIT series->hovered(false, JobsChartApi::kDayCount - 1, series->barSets().constFirst());
    QTRY_VERIFY(!QToolTip::isVisible());
}

void tst_JobsChart::shouldSummariseForScreenReaders()
{
    QVERIFY(!m_chart->accessibleName().isEmpty());
    int sent = 0;
    for (const DailyJobCounts &day : m_api->counts())
        sent += day.sent;
    QVERIFY(sent > 0);
    QVERIFY2(m_chart->accessibleDescription().contains(QStringLiteral("%1 sent").arg(sent)),
             qPrintable(m_chart->accessibleDescription()));
}

void tst_JobsChart::shouldCatchUpWhenShownAgain()
{
    // Hidden (another section is open): changes are not read until the chart is seen again.
    m_page->hide();
    const int failed = todays(QStringLiteral("Failed"));
    const qint64 id = enqueue(m_main);
    QVERIFY(m_workspace->jobs()->claimNextDue(m_main.id, QDateTime::currentDateTimeUtc()));
    QVERIFY(m_workspace->jobs()->apply(id, outcome(JobEvent::PermanentFailure)));
    QTest::qWait(1200);
    QCOMPARE(todays(QStringLiteral("Failed")), failed);
    m_page->show();
    QCOMPARE(todays(QStringLiteral("Failed")), failed + 1);
}

void tst_JobsChart::shouldFollowDarkPalette()
{
    m_chart->setPalette(Testing::darkPalette());
    QCOMPARE(m_chart->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(m_chart->chart()->backgroundBrush().color(), QColor(0x2b, 0x2b, 0x2b));
    QCOMPARE(m_chart->chart()->legend()->labelColor(), QColor(0xe8, 0xe8, 0xe8));
    for (QAbstractAxis *axis : m_chart->chart()->axes())
        QCOMPARE(axis->labelsColor(), QColor(0xe8, 0xe8, 0xe8));
    // The bars stay bright enough to see on the dark background.
    auto *series = qobject_cast<QBarSeries *>(m_chart->chart()->series().value(0));
    for (QBarSet *set : series->barSets())
        QVERIFY2(set->color().lightness() > 128, qPrintable(set->label()));
    if (const QString dir = qEnvironmentVariable("LEADRAILS_SHOTS_DIR"); !dir.isEmpty())
        m_chart->grab().save(dir + QStringLiteral("/jobschart-dark.png"));

    m_chart->setPalette(QPalette());
    QCOMPARE(m_chart->chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(m_chart->chart()->backgroundBrush().color(), m_chart->palette().color(QPalette::Window));
    if (const QString dir = qEnvironmentVariable("LEADRAILS_SHOTS_DIR"); !dir.isEmpty())
        m_chart->grab().save(dir + QStringLiteral("/jobschart-light.png"));
}

void tst_JobsChart::shouldStayShortAboveTheTable()
{
    // On a 1280 x 800 screen the table keeps its room: the chart takes about 150 pixels, above the table.
    m_page->resize(1280, 700);
    QApplication::processEvents();
    QVERIFY2(m_chart->height() >= 100 && m_chart->height() <= 160,
             qPrintable(QString::number(m_chart->height())));
    QVERIFY(m_chart->mapTo(m_page.get(), QPoint(0, 0)).y() <
            m_page->view()->mapTo(m_page.get(), QPoint(0, 0)).y());
}

void tst_JobsChart::shouldSayWhatIsMissingWithoutItsModule()
{
    // A broken installation (the charts module deleted): the jobs are still listed, and the chart's place
    // says what is wrong and what to do.
    const JobsChartApi::Functions *const noModule = nullptr;
    JobsPage page(*m_workspace, noModule);
    page.resize(1280, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.chart());
    QVERIFY(!page.findChild<QChartView *>());
    auto *missing = page.findChild<QLabel *>(QStringLiteral("jobsChartMissing"));
    QVERIFY(missing);
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->text().contains(QStringLiteral("leadrails_charts")) &&
                 missing->text().contains(QStringLiteral("Reinstall LeadRails")),
             qPrintable(missing->text()));
    QTRY_VERIFY(page.view()->model()->rowCount() > 0);
    if (const QString dir = qEnvironmentVariable("LEADRAILS_SHOTS_DIR"); !dir.isEmpty())
        page.grab().save(dir + QStringLiteral("/jobschart-missing.png"));
}

QTEST_MAIN(tst_JobsChart)
#include "tst_jobschart.moc"
