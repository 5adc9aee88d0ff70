#pragma once

#include "Job.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

// The Jobs view's chart lives in a module of its own (ChartsModule.cpp, JobsChart), which the Jobs view loads
// when it is first built: linked, Qt Charts and the OpenGL libraries it brings were loaded and relocated
// before main() at every start of the app, ~2.5 ms of its start-up (measured), for a view that is not on
// screen then. This is what the two sides share; both are built together, by the same compiler, against the
// same Qt.
namespace LeadRails::JobsChartApi {

// The days the chart shows, today last.
inline constexpr int kDayCount = 30;

// What the chart reads: one entry per local day from firstDay to lastDay, oldest first
// (JobStore::dailyCounts), of one destination's jobs, or of every destination's when destinationId is empty.
using ReadCounts = std::function<QList<DailyJobCounts>(const QDate &firstDay, const QDate &lastDay,
                                                       const QString &destinationId)>;

// What the Jobs view asks of its chart: sent, delivered and failed per local day over the last kDayCount
// days.
class Chart
{
public:
    // The chart itself, owned by the parent it was created with.
    virtual QWidget *widget() = 0;
    // Only this destination's jobs; every destination when empty. Reads again at once when it changes.
    virtual void setDestination(const QString &destinationId) = 0;
    virtual QString destination() const = 0;
    // Jobs may have changed: reads again within a second, or on the next show when hidden.
    virtual void scheduleRefresh() = 0;
    // What the bars show, oldest day first (today last).
    virtual const QList<DailyJobCounts> &counts() const = 0;
    // The tooltip of a day's bars: the date and its three numbers.
    virtual QString dayToolTip(int index) const = 0;

protected:
    ~Chart() = default; // deleted as the widget it is
};

struct Functions
{
    // A new chart, a child of parent, over read.
    Chart *(*create)(ReadCounts read, QWidget *parent);
};

// The module's one export: `const Functions *leadrails_charts_functions()`.
inline constexpr char kFunctions[] = "leadrails_charts_functions";

} // namespace LeadRails::JobsChartApi
