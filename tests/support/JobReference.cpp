#include "JobReference.h"

#include "JobState.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace LeadRails::Testing {

QList<JobRow> readJobRows(const QSqlDatabase &connection)
{
    QList<JobRow> rows;
    QSqlQuery query(connection);
    if (!query.exec(
            QStringLiteral("SELECT id, state, created_at, coalesce(destination_id, ''), to_number, body, "
                           "coalesce(twilio_sid, ''), test FROM jobs")))
        return rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), *jobStateFromId(query.value(1).toString()),
                     query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                     query.value(5).toString(), query.value(6).toString(), query.value(7).toBool()});
    return rows;
}

QList<qint64> referenceOrder(QList<JobRow> rows, JobOrder order)
{
    const QList<JobState> lifecycle = jobStatesInLifecycleOrder();
    const auto bucket = [&](const JobRow &row) -> qsizetype {
        switch (order) {
        case JobOrder::StatusThenNewest:
            return lifecycle.indexOf(row.state);
        case JobOrder::StatusReversedThenNewest:
            return -lifecycle.indexOf(row.state);
        case JobOrder::NewestFirst:
        case JobOrder::OldestFirst:
            break;
        }
        return 0;
    };
    const bool oldestFirst = order == JobOrder::OldestFirst;
    std::sort(rows.begin(), rows.end(), [&](const JobRow &a, const JobRow &b) {
        if (bucket(a) != bucket(b))
            return bucket(a) < bucket(b);
        return oldestFirst ? std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id)
                           : std::tie(b.createdAt, b.id) < std::tie(a.createdAt, a.id);
    });
    QList<qint64> ids(rows.size());
    std::transform(rows.cbegin(), rows.cend(), ids.begin(), [](const JobRow &row) { return row.id; });
    return ids;
}

QList<qint64> jobIds(const QList<Job> &jobs)
{
    QList<qint64> ids(jobs.size());
    std::transform(jobs.cbegin(), jobs.cend(), ids.begin(), [](const Job &job) { return job.id; });
    return ids;
}

} // namespace LeadRails::Testing
