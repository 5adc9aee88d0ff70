// Sorting the Jobs view by clicking its headers, as a user does: Created and Status sort (both ways), the
// other columns do not, and the choice is still there the next time the view opens.
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "JobsPageFixture.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace LeadRails;

class tst_JobsSort : public QObject, private Testing::JobsPageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldStartNewestFirst();
    void shouldOrderByStatusAndReverseOnSecondClick();
    void shouldSortByCreatedBothWays();
    void shouldIgnoreClicksOnColumnsThatDoNotSort();
    void shouldKeepSortWhenFilterChanges();
    void shouldRememberTheOrderInTheNextPage();
    void shouldShowAJobFarDownOrHiddenByTheFilters();

private:
    void clickHeader(JobsPage &page, int column);
    // The status texts of the first rows, as shown.
    QStringList statusTexts(JobsPage &page, int rows) const;
    // Where each row's state comes in the lifecycle, for every row (paged in as the view would).
    QList<int> lifecycleRanks(JobsPage &page) const;
    QList<QDateTime> createdTimes(JobsPage &page) const;

    std::unique_ptr<QAbstractItemModelTester> m_tester;
    static constexpr int kJobs = 900;
};

void tst_JobsSort::initTestCase()
{
    QString error;
    QVERIFY2(openSeededWorkspace(kJobs, &error), qPrintable(error));
}

void tst_JobsSort::init()
{
    // Every test starts from a profile that never chose an order.
    m_workspace->profile().settings()->clear();
    m_page = std::make_unique<JobsPage>(*m_workspace);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_JobsSort::cleanup()
{
    m_tester.reset();
    m_page.reset();
}

void tst_JobsSort::clickHeader(JobsPage &page, int column)
{
    QHeaderView *header = page.view()->horizontalHeader();
    const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
}

QStringList tst_JobsSort::statusTexts(JobsPage &page, int rows) const
{
    QStringList texts;
    for (int row = 0; row < rows && row < page.model()->rowCount(); ++row)
        texts.append(page.model()->index(row, JobListModel::Status).data().toString());
    return texts;
}

QList<int> tst_JobsSort::lifecycleRanks(JobsPage &page) const
{
    const QList<JobState> lifecycle = jobStatesInLifecycleOrder();
    QList<int> ranks;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        ranks.append(int(lifecycle.indexOf(page.model()->jobAt(row)->state)));
    return ranks;
}

QList<QDateTime> tst_JobsSort::createdTimes(JobsPage &page) const
{
    QList<QDateTime> times;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        times.append(page.model()->jobAt(row)->createdAt);
    return times;
}

void tst_JobsSort::shouldStartNewestFirst()
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    QVERIFY(header->isSortIndicatorShown());
    QCOMPARE(header->sortIndicatorSection(), int(JobListModel::Created));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const QList<QDateTime> times = createdTimes(*m_page);
    QCOMPARE(times.size(), kJobs);
    QVERIFY(std::is_sorted(times.rbegin(), times.rend()));
}

void tst_JobsSort::shouldOrderByStatusAndReverseOnSecondClick()
{
    clickHeader(*m_page, JobListModel::Status);
    QHeaderView *header = m_page->view()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(JobListModel::Status));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(m_page->model()->rowCount(), kJobs);
    // The first rows a user sees are the queued jobs; the statuses then follow the lifecycle.
    QVERIFY2(statusTexts(*m_page, 1).constFirst().startsWith(jobStateLabel(JobState::Queued)),
             qPrintable(statusTexts(*m_page, 1).join(u',')));
    QList<int> ranks = lifecycleRanks(*m_page);
    QVERIFY(std::is_sorted(ranks.begin(), ranks.end()));
    QVERIFY(ranks.constFirst() < ranks.constLast());

    clickHeader(*m_page, JobListModel::Status);
    QCOMPARE(header->sortIndicatorSection(), int(JobListModel::Status));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY2(statusTexts(*m_page, 1).constFirst().startsWith(jobStateLabel(JobState::Canceled)),
             qPrintable(statusTexts(*m_page, 1).join(u',')));
    ranks = lifecycleRanks(*m_page);
    QVERIFY(std::is_sorted(ranks.rbegin(), ranks.rend()));
    // Within a status, the newest job comes first.
    const QList<QDateTime> times = createdTimes(*m_page);
    for (int row = 1; row < ranks.size(); ++row) {
        if (ranks[row] == ranks[row - 1])
            QVERIFY(times[row] <= times[row - 1]);
    }
}

void tst_JobsSort::shouldSortByCreatedBothWays()
{
    clickHeader(*m_page, JobListModel::Status);
    clickHeader(*m_page, JobListModel::Created); // back on Created: newest first, as at the start
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QList<QDateTime> times = createdTimes(*m_page);
    QVERIFY(std::is_sorted(times.rbegin(), times.rend()));

    clickHeader(*m_page, JobListModel::Created);
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    times = createdTimes(*m_page);
    QVERIFY(std::is_sorted(times.begin(), times.end()));
    QVERIFY(times.constFirst() < times.constLast());
}

void tst_JobsSort::shouldIgnoreClicksOnColumnsThatDoNotSort()
{
    clickHeader(*m_page, JobListModel::Status);
    const QStringList before = statusTexts(*m_page, 30);
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
    for (int column : {JobListModel::Destination, JobListModel::Body, JobListModel::Sid}) {
        clickHeader(*m_page, column);
        QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(), int(JobListModel::Status));
        QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    }
    QCOMPARE(resets.count(), 0);
    QCOMPARE(statusTexts(*m_page, 30), before);
}

void tst_JobsSort::shouldKeepSortWhenFilterChanges()
{
    clickHeader(*m_page, JobListModel::Status);
    clickHeader(*m_page, JobListModel::Status);
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("Failed or undelivered")));
    QVERIFY(m_page->model()->rowCount() > 0 && m_page->model()->rowCount() < kJobs);
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(), int(JobListModel::Status));
    // Reversed: failed comes after undelivered in the lifecycle, so it shows first.
    QCOMPARE(m_page->model()->jobAt(0)->state, JobState::Failed);
    QCOMPARE(m_page->model()->jobAt(m_page->model()->rowCount() - 1)->state, JobState::Undelivered);
}

void tst_JobsSort::shouldRememberTheOrderInTheNextPage()
{
    clickHeader(*m_page, JobListModel::Status);
    const QStringList shown = statusTexts(*m_page, 30);
    m_tester.reset();
    m_page.reset();

    JobsPage next(*m_workspace);
    QAbstractItemModelTester tester(next.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(next.view()->horizontalHeader()->sortIndicatorSection(), int(JobListModel::Status));
    QCOMPARE(next.view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(statusTexts(next, 30), shown);
}

void tst_JobsSort::shouldShowAJobFarDownOrHiddenByTheFilters()
{
    // "Show job" (from an alert or a test send) finds the job beyond the first pages, in any order, and
    // clears filters that hide it.
    clickHeader(*m_page, JobListModel::Status);
    JobFilter everything;
    everything.order = m_page->model()->filter().order;
    const QList<Job> all = m_workspace->jobs()->jobs(everything, 100000);
    QVERIFY(all.size() > JobListModel::pageSize * 4); // beyond the first pages
    const Job &deep = all.at(all.size() - 7);
    m_page->showJob(deep.id);
    QTableView *view = m_page->findChild<QTableView *>();
    QCOMPARE(m_page->model()->jobAt(view->currentIndex().row())->id, deep.id);

    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("jobSearch"));
    search->setText(QStringLiteral("no job says this"));
    QMetaObject::invokeMethod(m_page.get(), "refresh");
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    const Job &other = all.at(all.size() / 2);
    m_page->showJob(other.id);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(m_page->model()->jobAt(view->currentIndex().row())->id, other.id);
    QCOMPARE(m_page->model()->filter().order, JobOrder::StatusThenNewest);
}

QTEST_MAIN(tst_JobsSort)
#include "tst_jobssort.moc"
