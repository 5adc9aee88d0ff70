#pragma once

#include "Job.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace LeadRails::Testing {

// The "obvious way" the order and search tests check the Jobs list against: every job read straight from the
// table, then filtered and sorted in memory. Each test keeps its own idea of which rows match.
struct JobRow
{
    qint64 id = 0;
    JobState state = JobState::Queued;
    QString createdAt; // as stored: ISO text, which sorts as time does
    QString destinationId;
    QString to;
    QString body;
    QString sid;
    bool test = false;
};

// Every job of the table, in no particular order; empty when the read fails.
QList<JobRow> readJobRows(const QSqlDatabase &connection);

// The ids of rows in the order the list shows them: by status first when the order says so (lifecycle
// order, or reversed), then newest (or oldest) first, the id breaking ties of creation time.
QList<qint64> referenceOrder(QList<JobRow> rows, JobOrder order);

// The ids of jobs, in their order.
QList<qint64> jobIds(const QList<Job> &jobs);

} // namespace LeadRails::Testing
