#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace LeadRails {

// A read-only table of records over a paged model (Jobs, Audit log): whole rows selected (one at a time
// unless told otherwise), alternating colours, one line per row. Rows have a fixed height so the view never
// measures every row of a million-row model.
inline QTableView *
makeRowTableView(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                 QWidget *parent,
                 QAbstractItemView::SelectionMode selectionMode = QAbstractItemView::SingleSelection)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selectionMode);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace LeadRails
