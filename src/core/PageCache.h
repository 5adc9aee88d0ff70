#pragma once

#include <QHash>
#include <QList>

#include <functional>

namespace LeadRails {

// The rows of a long SQL-backed list, read a page at a time and kept for the most recently used pages
// only: a model over a million rows holds a few pages, however far the user scrolls. Used by the Jobs view
// and the Audit log models.
template<typename Row> class PageCache
{
public:
    // Reads `limit` rows from `offset`, in the list's order.
    using Fetch = std::function<QList<Row>(int offset, int limit)>;

    static constexpr int pageSize = 200;
    static constexpr int maxPages = 20;

    explicit PageCache(Fetch fetch)
        : m_fetch(std::move(fetch))
    {}

    // Forgets every page (the rows changed).
    void clear()
    {
        m_pages.clear();
        m_order.clear();
    }

    // The row, reading its page if needed; nullptr past the rows the fetch returned.
    const Row *at(int row) const
    {
        if (row < 0)
            return nullptr;
        const QList<Row> &rows = page(row / pageSize);
        const int offset = row % pageSize;
        return offset < rows.size() ? &rows.at(offset) : nullptr;
    }

private:
    const QList<Row> &page(int index) const
    {
        if (auto it = m_pages.find(index); it != m_pages.end()) {
            m_order.removeOne(index);
            m_order.append(index);
            return it.value();
        }
        if (m_order.size() >= maxPages)
            m_pages.remove(m_order.takeFirst());
        m_order.append(index);
        return m_pages.insert(index, m_fetch(index * pageSize, pageSize)).value();
    }

    Fetch m_fetch;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_order; // least recently used first
};

} // namespace LeadRails
