// JobStore methods the dispatcher needed beyond the first contract; see JobStore.h.
#include "Database.h"
#include "JobStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace LeadRails {

bool JobStore::stopPolling(qint64 jobId, const QString &note, QString *error)
{
    QSqlQuery query(m_database.connection());
    // One statement: atomic on its own. Only an accepted job has a poll to stop; anything else is left.
    query.prepare(QStringLiteral("UPDATE jobs SET next_poll_at = NULL, error_message = ?, updated_at = ? "
                                 "WHERE id = ? AND state = 'accepted'"));
    query.addBindValue(note);
    query.addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(jobId);
    if (!query.exec()) {
        if (error)
            *error = Database::describe(query.lastError());
        return false;
    }
    if (query.numRowsAffected() > 0)
        Q_EMIT jobChanged(jobId);
    return true;
}

} // namespace LeadRails
