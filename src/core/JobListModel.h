#pragma once

#include "Job.h"
#include "PageCache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace LeadRails {

class JobStore;

// The jobs table for the Jobs view: rows are paged in from the store as the view asks for them, so a
// million-row history costs one page of memory per screenful. Filters and the order go to the store.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, Status, Destination, Recipient, Body, Segments, Sid, Error, ColumnCount };
    Q_ENUM(Column)
    enum Role { JobIdRole = Qt::UserRole + 1, StateRole };

    explicit JobListModel(JobStore &store, QObject *parent = nullptr);

    void setFilter(const JobFilter &filter);
    const JobFilter &filter() const { return m_filter; }
    // Names to show for destination ids.
    void setDestinationNames(const QHash<QString, QString> &names);
    // Re-reads the count and drops cached pages (after jobs changed).
    void refresh();
    // The job shown at row, fetching its page if needed.
    const Job *jobAt(int row) const;

    // Created sorts newest or oldest first; Status in lifecycle order or backwards, newest first within a
    // status. Other columns do not sort: the call changes nothing. A new order resets the model.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    // The column and direction of the current order, for the header's indicator.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int pageSize = PageCache<Job>::pageSize;
    static constexpr int maxCachedPages = PageCache<Job>::maxPages; // bounds memory however far one scrolls

private:
    JobStore &m_store;
    JobFilter m_filter;
    QHash<QString, QString> m_destinationNames;
    int m_rows = 0;
    PageCache<Job> m_pages;
};

} // namespace LeadRails
