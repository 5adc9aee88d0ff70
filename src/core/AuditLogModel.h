#pragma once

#include "Database.h"
#include "PageCache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace LeadRails {

// The audit log for the Audit view, newest first. Rows are paged in from the database as the view asks for
// them, the way JobListModel pages jobs, so years of entries cost one page of memory per screenful. The rows
// are those that existed at the last refresh(): entries written since then do not shift what is on screen.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Subject, Details, ColumnCount };
    Q_ENUM(Column)
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit AuditLogModel(Database &database, QObject *parent = nullptr);

    // Re-reads the count (entries written since show up at the top) and drops cached pages.
    void refresh();
    // The entry shown at row, fetching its page if needed.
    const Database::AuditEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int pageSize = PageCache<Database::AuditEntry>::pageSize;
    static constexpr int maxCachedPages = PageCache<Database::AuditEntry>::maxPages;

private:
    QList<Database::AuditEntry> read(int offset, int limit) const;
    QString text(const Database::AuditEntry &entry, Column column) const;

    Database &m_database;
    int m_rows = 0;
    qint64 m_newestId = 0; // the rows are the entries up to this one
    PageCache<Database::AuditEntry> m_pages;
};

} // namespace LeadRails
