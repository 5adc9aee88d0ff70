#include "AuditLogModel.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace LeadRails {

AuditLogModel::AuditLogModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    refresh();
}

void AuditLogModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_rows = 0;
    m_newestId = 0;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM audit_log")) && query.next()) {
        m_rows = query.value(0).toInt();
        m_newestId = query.value(1).toLongLong();
    }
    endResetModel();
}

const QList<Database::AuditEntry> &AuditLogModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_pageOrder.removeOne(pageIndex);
        m_pageOrder.append(pageIndex);
        return it.value();
    }
    if (m_pageOrder.size() >= maxCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(pageIndex);

    QList<Database::AuditEntry> entries;
    // Entries are only ever appended (the table refuses updates and deletes), so "id <= newest" keeps the
    // rows counted at refresh() where they were.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, at, os_user, action, subject_type, subject_id, subject_name, "
                                 "details FROM audit_log WHERE id <= ? ORDER BY id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(m_newestId);
    query.addBindValue(pageSize);
    query.addBindValue(qint64(pageIndex) * pageSize);
    if (query.exec()) {
        entries.reserve(pageSize);
        while (query.next()) {
            Database::AuditEntry entry;
            entry.id = query.value(0).toLongLong();
            entry.at = Database::fromText(query.value(1).toString());
            entry.osUser = query.value(2).toString();
            entry.action = query.value(3).toString();
            entry.subjectType = query.value(4).toString();
            entry.subjectId = query.value(5).toString();
            entry.subjectName = query.value(6).toString();
            entry.details = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
            entries.append(entry);
        }
    }
    return m_pages.insert(pageIndex, entries).value();
}

const Database::AuditEntry *AuditLogModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const QList<Database::AuditEntry> &rows = page(row / pageSize);
    const int offset = row % pageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::text(const Database::AuditEntry &entry, Column column) const
{
    switch (column) {
    case When:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return entry.osUser;
    case What:
        return entry.action;
    case Subject:
        return entry.subjectName.isEmpty() ? entry.subjectId : entry.subjectName;
    case Details:
        return QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Database::AuditEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    switch (role) {
    case EntryIdRole:
        return entry->id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // cells are one line; the tooltip shows what does not fit
        return text(*entry, Column(index.column()));
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LeadRails
