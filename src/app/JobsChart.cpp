#include "JobsChart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace LeadRails {

using JobsChartApi::kDayCount;

namespace {

constexpr int kRefreshIntervalMs = 1000;
constexpr int kLabelEvery = 5; // days between axis labels: readable down to a narrow window

// The top of the jobs axis: two equal steps of 1, 2 or 5 times a power of ten, so its three labels are round.
int axisTop(int largest)
{
    if (largest <= 4)
        return 4;
    const double step = largest / 2.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (const double multiple : {1.0, 2.0, 5.0, 10.0}) {
        if (multiple * magnitude >= step)
            return int(2 * multiple * magnitude);
    }
    return largest;
}

} // namespace

JobsChart::JobsChart(JobsChartApi::ReadCounts read, QWidget *parent)
    : QChartView(parent)
    , m_read(std::move(read))
{
    setAccessibleName(tr("Jobs per day, last 30 days"));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(100);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 4, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // On the right the legend costs width, of which there is plenty, instead of height, of which there is
    // not.
    chart->legend()->setAlignment(Qt::AlignRight);

    m_sent = new QBarSet(tr("Sent"), this);
    m_delivered = new QBarSet(tr("Delivered"), this);
    m_failed = new QBarSet(tr("Failed"), this);
    m_series = new QBarSeries(this);
    m_series->append({m_sent, m_delivered, m_failed});
    m_series->setBarWidth(0.8);
    chart->addSeries(m_series);

    // A value axis under the bars (bar i sits at i), so only every fifth day needs a label.
    m_days = new QCategoryAxis(this);
    m_days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_days->setGridLineVisible(false);
    m_days->setRange(-0.5, kDayCount - 0.5);
    m_days->setStartValue(-0.5);
    m_jobs = new QValueAxis(this);
    m_jobs->setLabelFormat(QStringLiteral("%d"));
    m_jobs->setTickCount(3);
    m_jobs->setRange(0, axisTop(0));
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_jobs, Qt::AlignLeft);
    m_series->attachAxis(m_days);
    m_series->attachAxis(m_jobs);
    setChart(chart);

    connect(m_series, &QBarSeries::hovered, this, [this](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), dayToolTip(index), this);
        else
            QToolTip::hideText();
    });

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kRefreshIntervalMs);
    connect(m_throttle, &QTimer::timeout, this, &JobsChart::refresh);

    for (int i = 0; i < kDayCount; ++i)
        m_counts.append(DailyJobCounts{QDate::currentDate().addDays(i - kDayCount + 1)});
    applyPalette();
}

QSize JobsChart::sizeHint() const
{
    return QSize(QChartView::sizeHint().width(), 150);
}

void JobsChart::setDestination(const QString &destinationId)
{
    if (destinationId == m_destinationId)
        return;
    m_destinationId = destinationId;
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void JobsChart::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // Throttled, not postponed: a dispatcher changing jobs all the time still shows them every second.
    if (!m_throttle->isActive())
        m_throttle->start();
}

void JobsChart::refresh()
{
    m_throttle->stop();
    m_stale = false;
    const QDate today = QDate::currentDate();
    QList<DailyJobCounts> counts = m_read(today.addDays(1 - kDayCount), today, m_destinationId);
    if (counts.size() != kDayCount) {
        // The database could not be read: empty days rather than a chart of yesterday's window.
        counts.clear();
        for (int i = 0; i < kDayCount; ++i)
            counts.append(DailyJobCounts{today.addDays(i - kDayCount + 1)});
    }
    m_counts = counts;

    QList<qreal> sent;
    QList<qreal> delivered;
    QList<qreal> failed;
    int largest = 0;
    int totals[3] = {};
    for (const DailyJobCounts &day : std::as_const(m_counts)) {
        sent.append(day.sent);
        delivered.append(day.delivered);
        failed.append(day.failed);
        largest = std::max({largest, day.sent, day.delivered, day.failed});
        totals[0] += day.sent;
        totals[1] += day.delivered;
        totals[2] += day.failed;
    }
    const auto show = [](QBarSet *set, const QList<qreal> &values) {
        set->remove(0, set->count());
        set->append(values);
    };
    show(m_sent, sent);
    show(m_delivered, delivered);
    show(m_failed, failed);
    m_jobs->setRange(0, axisTop(largest));
    updateDayLabels();
    const QLocale locale;
    setAccessibleDescription(
        tr("Last 30 days: %1 sent, %2 delivered, %3 failed.")
            .arg(locale.toString(totals[0]), locale.toString(totals[1]), locale.toString(totals[2])));
}

QString JobsChart::dayToolTip(int index) const
{
    if (index < 0 || index >= m_counts.size())
        return {};
    const DailyJobCounts &day = m_counts.at(index);
    const QLocale locale;
    return tr("%1\nSent: %2\nDelivered: %3\nFailed: %4")
        .arg(locale.toString(day.day, QLocale::LongFormat), locale.toString(day.sent),
             locale.toString(day.delivered), locale.toString(day.failed));
}

void JobsChart::updateDayLabels()
{
    const QDate today = m_counts.isEmpty() ? QDate() : m_counts.constLast().day;
    if (today == m_labelledToday)
        return;
    m_labelledToday = today;
    for (const QString &label : m_days->categoriesLabels())
        m_days->remove(label);
    // Counted back from today, so today always has its label.
    for (int index = (kDayCount - 1) % kLabelEvery; index < kDayCount; index += kLabelEvery)
        m_days->append(QLocale().toString(m_counts.at(index).day,
                                          tr("MMM d", "date format of the Jobs chart's day labels")),
                       index);
}

void JobsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        applyPalette();
}

void JobsChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_stale || m_labelledToday != QDate::currentDate())
        refresh();
}

void JobsChart::applyPalette()
{
    QChart *chart = this->chart();
    const QPalette palette = this->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // A theme sets every colour and font of the chart, so it goes first and the palette's colours over it:
    // the chart then sits on the window like the rest of the view, in light and dark alike.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    setBackgroundBrush(palette.color(QPalette::Window));
    const QColor text = palette.color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.25f);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font());
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_days), static_cast<QAbstractAxis *>(m_jobs)}) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font());
        axis->setLinePenColor(faint);
        axis->setGridLineColor(faint);
    }
    // Blue, green, red whatever the theme: lighter on a dark background so they keep their contrast.
    m_sent->setColor(dark ? QColor(0x6c, 0xa6, 0xf0) : QColor(0x2b, 0x6c, 0xc4));
    m_delivered->setColor(dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x2e, 0x9a, 0x45));
    m_failed->setColor(dark ? QColor(0xf0, 0x70, 0x6a) : QColor(0xc8, 0x3a, 0x32));
    for (QBarSet *set : {m_sent, m_delivered, m_failed})
        set->setBorderColor(Qt::transparent);
}

} // namespace LeadRails
