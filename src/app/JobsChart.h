#pragma once

#include "JobsChartApi.h"

#include <QChartView>
#include <QList>

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QTimer;
class QValueAxis;

namespace LeadRails {

// The Jobs view's chart: sent, delivered and failed per local day over the last 30 days, as bars (what each
// counts is in DailyJobCounts). It reads the hourly counts the database keeps, so it costs the same at a
// million jobs; a burst of changes costs one read a second, and none while it is hidden. Built into the
// charts module only (ChartsModule.cpp); the Jobs view knows it as a JobsChartApi::Chart.
class JobsChart : public QChartView, public JobsChartApi::Chart
{
    Q_OBJECT

public:
    explicit JobsChart(JobsChartApi::ReadCounts read, QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    void setDestination(const QString &destinationId) override;
    QString destination() const override { return m_destinationId; }
    const QList<DailyJobCounts> &counts() const override { return m_counts; }
    QString dayToolTip(int index) const override;

    QSize sizeHint() const override;

public Q_SLOTS:
    void refresh();
    void scheduleRefresh() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyPalette();
    void updateDayLabels();

    JobsChartApi::ReadCounts m_read;
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
