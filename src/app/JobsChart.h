#pragma once

#include "Job.h"

#include <QChartView>
#include <QList>

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QTimer;
class QValueAxis;

namespace LeadRails {

class JobStore;

// The Jobs view's chart: sent, delivered and failed per local day over the last 30 days, as bars (what each
// counts is in DailyJobCounts). It reads the hourly counts the database keeps, so it costs the same at a
// million jobs; a burst of changes costs one read a second, and none while it is hidden.
class JobsChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int dayCount = 30;

    explicit JobsChart(JobStore &store, QWidget *parent = nullptr);

    // Only this destination's jobs; every destination when empty. Reads again at once when it changes.
    void setDestination(const QString &destinationId);
    QString destination() const { return m_destinationId; }
    // What the bars show, oldest day first (today last).
    const QList<DailyJobCounts> &counts() const { return m_counts; }
    // The tooltip of a day's bars: the date and its three numbers.
    QString dayToolTip(int index) const;

    QSize sizeHint() const override;

public Q_SLOTS:
    void refresh();
    // Jobs may have changed: reads again within a second, or on the next show when hidden.
    void scheduleRefresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyPalette();
    void updateDayLabels();

    JobStore &m_store;
    QString m_destinationId;
    QList<DailyJobCounts> m_counts;
    QDate m_labelledToday; // the day the axis labels were made for
    bool m_stale = true;
    QTimer *m_throttle = nullptr;
    QBarSeries *m_series = nullptr;
    QBarSet *m_sent = nullptr;
    QBarSet *m_delivered = nullptr;
    QBarSet *m_failed = nullptr;
    QCategoryAxis *m_days = nullptr;
    QValueAxis *m_jobs = nullptr;
};

} // namespace LeadRails
