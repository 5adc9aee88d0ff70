#include "JobListModel.h"

#include "JobStore.h"
#include "TwilioErrorCatalog.h"

#include <QLocale>

namespace LeadRails {

JobListModel::JobListModel(JobStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pages([this](int offset, int limit) { return m_store.jobs(m_filter, limit, offset); })
{
    m_rows = m_store.count(m_filter);
}

void JobListModel::setFilter(const JobFilter &filter)
{
    m_filter = filter;
    refresh();
}

void JobListModel::setDestinationNames(const QHash<QString, QString> &names)
{
    m_destinationNames = names;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, Destination), index(m_rows - 1, Destination));
}

void JobListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_rows = m_store.count(m_filter);
    endResetModel();
}

void JobListModel::sort(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    JobOrder jobOrder;
    switch (column) {
    case Created:
        jobOrder = ascending ? JobOrder::OldestFirst : JobOrder::NewestFirst;
        break;
    case Status:
        jobOrder = ascending ? JobOrder::StatusThenNewest : JobOrder::StatusReversedThenNewest;
        break;
    default:
        return;
    }
    if (jobOrder == m_filter.order)
        return;
    // The same rows in another order: the count stands (a free-text count is a scan worth not repeating).
    beginResetModel();
    m_filter.order = jobOrder;
    m_pages.clear();
    endResetModel();
}

bool JobListModel::isSortable(int column)
{
    return column == Created || column == Status;
}

int JobListModel::sortColumn() const
{
    switch (m_filter.order) {
    case JobOrder::NewestFirst:
    case JobOrder::OldestFirst:
        return Created;
    case JobOrder::StatusThenNewest:
    case JobOrder::StatusReversedThenNewest:
        break;
    }
    return Status;
}

Qt::SortOrder JobListModel::sortOrder() const
{
    switch (m_filter.order) {
    case JobOrder::OldestFirst:
    case JobOrder::StatusThenNewest:
        return Qt::AscendingOrder;
    case JobOrder::NewestFirst:
    case JobOrder::StatusReversedThenNewest:
        break;
    }
    return Qt::DescendingOrder;
}

const Job *JobListModel::jobAt(int row) const
{
    return row < m_rows ? m_pages.at(row) : nullptr;
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job *job = jobAt(index.row());
    if (!job)
        return {};
    if (role == JobIdRole)
        return job->id;
    if (role == StateRole)
        return int(job->state);
    if (role == Qt::ToolTipRole && index.column() == Error && job->errorCode)
        return TwilioErrorCatalog::lookup(job->errorCode, job->errorMessage).explanation;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Created:
        return QLocale().toString(job->createdAt.toLocalTime(), QLocale::ShortFormat);
    case Status:
        return job->test ? tr("%1 (test)").arg(jobStateLabel(job->state)) : jobStateLabel(job->state);
    case Destination:
        return m_destinationNames.value(job->destinationId, job->destinationId);
    case Recipient:
        return job->to;
    case Body:
        return job->body.left(120).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Segments:
        return job->segments;
    case Sid:
        return job->twilioSid;
    case Error:
        return job->errorCode ? QStringLiteral("%1 %2")
                                    .arg(job->errorCode)
                                    .arg(TwilioErrorCatalog::lookup(job->errorCode).title)
                              : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A first click on Created shows the newest jobs; on Status, the lifecycle from queued on.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole && isSortable(section))
        return int(section == Created ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Created:
        return tr("Created");
    case Status:
        return tr("Status");
    case Destination:
        return tr("Destination");
    case Recipient:
        return tr("To");
    case Body:
        return tr("Message");
    case Segments:
        return tr("Segments");
    case Sid:
        return tr("Twilio SID");
    case Error:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LeadRails
