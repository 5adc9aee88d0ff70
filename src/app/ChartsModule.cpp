// The Jobs view's chart over Qt Charts, in a module of its own that the Jobs view loads when it is first
// built (JobsChartApi.h says why). It exports one table of functions (JobsChartApi::Functions).

#include "JobsChart.h"
#include "JobsChartApi.h"

extern "C" Q_DECL_EXPORT const LeadRails::JobsChartApi::Functions *leadrails_charts_functions()
{
    using namespace LeadRails;
    static constexpr JobsChartApi::Functions functions{
        [](JobsChartApi::ReadCounts read, QWidget *parent) -> JobsChartApi::Chart * {
            return new JobsChart(std::move(read), parent);
        }};
    return &functions;
}
