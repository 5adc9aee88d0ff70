#include "AuditLogModel.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace LeadRails {

AuditLogModel::AuditLogModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_pages([this](int offset, int limit) { return read(offset, limit); })
{
    refresh();
}

void AuditLogModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_rows = 0;
    m_newestId = 0;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT count(*), coalesce(max(id), 0) FROM audit_log")) && query.next()) {
        m_rows = query.value(0).toInt();
        m_newestId = query.value(1).toLongLong();
    }
    endResetModel();
}

QList<Database::AuditEntry> AuditLogModel::read(int offset, int limit) const
{
    return m_database.auditPage(m_newestId, limit, offset);
}

const Database::AuditEntry *AuditLogModel::entryAt(int row) const
{
    return row < m_rows ? m_pages.at(row) : nullptr;
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
