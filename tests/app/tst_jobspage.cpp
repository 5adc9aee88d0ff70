#include "Database.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "JobsPageFixture.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace LeadRails;

// The Jobs view over a seeded history: paging model, filters and actions (export: tst_jobsexport).
class tst_JobsPage : public QObject, private Testing::JobsPageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldPassModelTesterWhileFiltering();
    void shouldShowEveryJobNewestFirst();
    void shouldFilterByStatus();
    void shouldSearchPhoneBodyAndSid();
    void shouldRetryFailedJobFromView();
    void shouldNotOfferToSendAgainWhenTheDestinationWasRemoved();
    void shouldNotOfferToReplayAJobStillOnItsWay();
    void shouldExplainErrorInDetailPane();
    // Export: tst_jobsexport.
    void shouldRetrySelectedJobsAndSayWhatWasSkipped();
    void shouldAskBeforeCancelingSelectedJobs();
    void shouldKeepSelectionByJobWhenRowsMove();
    void shouldSelectAllWithKeyboardAndTabToTheActions();

private:
    int rowOf(JobState state) const;
    // A job a person can retry (failed, or dead when none failed); -1 when the history has neither.
    int retryableRow() const;
    // The first `count` rows whose job is in one of `states`.
    QList<int> rowsIn(const QList<JobState> &states, int count) const;
    // Clicks the row as a user does (scrolled into view first), with Ctrl or Shift held when given.
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QList<qint64> idsAt(const QList<int> &rows) const;
    QString statusLine() const { return m_page->findChild<QLabel *>(QStringLiteral("jobCount"))->text(); }
    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QLatin1String(name));
    }
    static constexpr int kJobs = 1500;
};

void tst_JobsPage::initTestCase()
{
    QString error;
    QVERIFY2(openSeededJobsPage(kJobs, &error), qPrintable(error));
}

int tst_JobsPage::rowOf(JobState state) const
{
    for (int row = 0; row < m_page->model()->rowCount(); ++row) {
        if (m_page->model()->jobAt(row)->state == state)
            return row;
    }
    return -1;
}

int tst_JobsPage::retryableRow() const
{
    const int failed = rowOf(JobState::Failed);
    return failed >= 0 ? failed : rowOf(JobState::Dead);
}

void tst_JobsPage::shouldPassModelTesterWhileFiltering()
{
    JobListModel model(*m_workspace->jobs());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobFilter filter;
    filter.states = {JobState::Delivered};
    model.setFilter(filter);
    filter.text = QStringLiteral("+1");
    model.setFilter(filter);
    model.setFilter({});
    for (int row = 0; row < model.rowCount(); row += 97)
        QVERIFY(model.data(model.index(row, JobListModel::Status)).isValid());
}

void tst_JobsPage::shouldShowEveryJobNewestFirst()
{
    auto *model = m_page->model();
    QCOMPARE(model->rowCount(), kJobs);
    QVERIFY(model->jobAt(0)->createdAt >= model->jobAt(kJobs - 1)->createdAt);
    // The last row is reachable (paged in on demand) and the count label says how many there are.
    m_page->view()->scrollToBottom();
    QVERIFY(model->jobAt(kJobs - 1) != nullptr);
    QVERIFY2(
        m_page->findChild<QLabel *>(QStringLiteral("jobCount"))->text().contains(QLocale().toString(kJobs)),
        qPrintable(m_page->findChild<QLabel *>(QStringLiteral("jobCount"))->text()));
}

void tst_JobsPage::shouldFilterByStatus()
{
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("Delivered")));
    JobFilter delivered;
    delivered.states = {JobState::Delivered};
    const int expected = m_workspace->jobs()->count(delivered);
    QVERIFY(expected > 0 && expected < kJobs);
    QCOMPARE(m_page->model()->rowCount(), expected);
    for (int row = 0; row < m_page->model()->rowCount(); row += 50)
        QCOMPARE(m_page->model()->jobAt(row)->state, JobState::Delivered);
    status->setCurrentIndex(0);
    QCOMPARE(m_page->model()->rowCount(), kJobs);
}

void tst_JobsPage::shouldSearchPhoneBodyAndSid()
{
    const Job sample = *m_page->model()->jobAt(10);
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("jobSearch"));
    search->setText(sample.to);
    QVERIFY(QTest::qWaitFor([&] { return m_page->model()->rowCount() < kJobs; }, 2000));
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QVERIFY(m_page->model()->jobAt(row)->to.contains(sample.to));
    if (!sample.twilioSid.isEmpty()) {
        search->setText(sample.twilioSid);
        QVERIFY(QTest::qWaitFor([&] { return m_page->model()->rowCount() == 1; }, 2000));
        QCOMPARE(m_page->model()->jobAt(0)->id, sample.id);
    }
    search->clear();
    QVERIFY(QTest::qWaitFor([&] { return m_page->model()->rowCount() == kJobs; }, 2000));
}

void tst_JobsPage::shouldRetryFailedJobFromView()
{
    const int row = retryableRow();
    QVERIFY(row >= 0);
    const qint64 id = m_page->model()->jobAt(row)->id;
    m_page->view()->selectRow(row);
    auto *retry = m_page->findChild<QPushButton *>(QStringLiteral("retryJobButton"));
    QVERIFY(retry->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("cancelJobButton"))->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(m_workspace->jobs()->job(id)->state, JobState::Queued);
    // The retry is in the audit log.
    bool audited = false;
    for (const auto &entry : m_workspace->database().auditEntries())
        audited |= entry.subjectId == QString::number(id);
    QVERIFY(audited);
}

void tst_JobsPage::shouldNotOfferToSendAgainWhenTheDestinationWasRemoved()
{
    int row = retryableRow();
    QVERIFY(row >= 0);
    const qint64 id = m_page->model()->jobAt(row)->id;
    const QString destinationId = m_page->model()->jobAt(row)->destinationId;
    m_page->view()->selectRow(row);
    QVERIFY(button("retryJobButton")->isEnabled());
    QVERIFY(button("replayJobButton")->isEnabled());

    // What removing its destination leaves behind (ON DELETE SET NULL).
    QSqlQuery query(m_workspace->database().connection());
    QVERIFY2(query.exec(QStringLiteral("UPDATE jobs SET destination_id = NULL WHERE id = %1").arg(id)),
             qPrintable(query.lastError().text()));
    // The other tests share this history: the job gets its destination back, whatever happens below.
    const auto restore = qScopeGuard([&] {
        QSqlQuery undo(m_workspace->database().connection());
        undo.exec(
            QStringLiteral("UPDATE jobs SET destination_id = '%1' WHERE id = %2").arg(destinationId).arg(id));
        m_page->refresh();
    });
    m_page->refresh();
    row = m_workspace->jobs()->rowOf(m_page->model()->filter(), id);
    QVERIFY(row >= 0);
    m_page->view()->clearSelection();
    m_page->view()->selectRow(row);
    QVERIFY(!button("retryJobButton")->isEnabled());
    QVERIFY(!button("replayJobButton")->isEnabled());
    QVERIFY2(button("retryJobButton")->toolTip().contains(QLatin1String("destination was removed")),
             qPrintable(button("retryJobButton")->toolTip()));

    // Another job shows its own buttons again.
    const int other = row == 0 ? 1 : 0;
    m_page->view()->selectRow(other);
    QCOMPARE(button("replayJobButton")->isEnabled(), canReplayByHand(*m_page->model()->jobAt(other)));
    QVERIFY2(!button("replayJobButton")->toolTip().contains(QLatin1String("destination was removed")),
             qPrintable(button("replayJobButton")->toolTip()));
}

void tst_JobsPage::shouldNotOfferToReplayAJobStillOnItsWay()
{
    // Replaying a job that is still queued would text the person twice.
    const int queued = rowOf(JobState::Queued);
    QVERIFY(queued >= 0);
    m_page->view()->clearSelection();
    m_page->view()->selectRow(queued);
    QVERIFY(!button("replayJobButton")->isEnabled());
    QVERIFY2(button("replayJobButton")->toolTip().contains(QLatin1String("still on its way")),
             qPrintable(button("replayJobButton")->toolTip()));
    QVERIFY(button("cancelJobButton")->isEnabled()); // what can be done instead

    // A finished one can be sent again.
    const int delivered = rowOf(JobState::Delivered);
    QVERIFY(delivered >= 0);
    m_page->view()->clearSelection();
    m_page->view()->selectRow(delivered);
    QVERIFY(button("replayJobButton")->isEnabled());
    QCOMPARE(button("replayJobButton")->toolTip(),
             QStringLiteral("Queue a new job with the same lead and message"));
}

void tst_JobsPage::shouldExplainErrorInDetailPane()
{
    int row = -1;
    for (int r = 0; r < m_page->model()->rowCount() && row < 0; ++r) {
        if (m_page->model()->jobAt(r)->errorCode != 0)
            row = r;
    }
    QVERIFY(row >= 0);
    m_page->view()->selectRow(row);
    const QString html =
        m_page->findChild<QWidget *>(QStringLiteral("jobDetail"))->property("html").toString();
    QVERIFY2(html.contains(QStringLiteral("Twilio error %1").arg(m_page->model()->jobAt(row)->errorCode)),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("Fix:")));
}

QList<int> tst_JobsPage::rowsIn(const QList<JobState> &states, int count) const
{
    QList<int> rows;
    for (int row = 0; row < m_page->model()->rowCount() && rows.size() < count; ++row) {
        if (states.contains(m_page->model()->jobAt(row)->state))
            rows.append(row);
    }
    return rows;
}

void tst_JobsPage::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    QTableView *view = m_page->view();
    const QModelIndex index = m_page->model()->index(row, JobListModel::Recipient);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

QList<qint64> tst_JobsPage::idsAt(const QList<int> &rows) const
{
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_page->model()->jobAt(row)->id);
    return ids;
}

void tst_JobsPage::shouldRetrySelectedJobsAndSayWhatWasSkipped()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<int> failed = rowsIn({JobState::Failed, JobState::Undelivered, JobState::Dead}, 3);
    const QList<int> delivered = rowsIn({JobState::Delivered}, 1);
    QCOMPARE(failed.size(), 3);
    QCOMPARE(delivered.size(), 1);
    const QList<qint64> retried = idsAt(failed);
    const qint64 deliveredId = idsAt(delivered).constFirst();
    clickRow(failed[0]);
    for (int row : {failed[1], failed[2], delivered[0]})
        clickRow(row, Qt::ControlModifier);
    QCOMPARE(m_page->selectedJobIds().size(), 4);

    // The pane speaks of the selection; Retry counts only the jobs it will retry.
    const QString html =
        m_page->findChild<QWidget *>(QStringLiteral("jobDetail"))->property("html").toString();
    QVERIFY2(html.contains(QLatin1String("4 job")) && html.contains(QLatin1String("Delivered: 1")),
             qPrintable(html));
    QPushButton *retry = button("retryJobButton");
    QCOMPARE(retry->text(), QStringLiteral("&Retry 3"));
    QVERIFY(retry->isEnabled());
    QVERIFY(!button("cancelJobButton")->isEnabled());
    QVERIFY(!button("replayJobButton")->isEnabled());

    QTest::mouseClick(retry, Qt::LeftButton);
    for (qint64 id : retried)
        QCOMPARE(m_workspace->jobs()->job(id)->state, JobState::Queued);
    QCOMPARE(m_workspace->jobs()->job(deliveredId)->state, JobState::Delivered);
    QVERIFY2(statusLine().startsWith(QLatin1String("Retried 3 job")) &&
                 statusLine().endsWith(QLatin1String("; 1 skipped (Delivered).")),
             qPrintable(statusLine()));
    // Still selected after the table re-read them: the three queued ones can now be canceled.
    QList<int> selectedRows = failed + delivered;
    std::sort(selectedRows.begin(), selectedRows.end());
    QCOMPARE(m_page->selectedJobIds(), idsAt(selectedRows));
    QCOMPARE(button("cancelJobButton")->text(), QStringLiteral("&Cancel 3"));
    QVERIFY(!retry->isEnabled());
}

void tst_JobsPage::shouldAskBeforeCancelingSelectedJobs()
{
    const QList<int> waiting = rowsIn({JobState::Queued, JobState::RetryWait}, 2);
    const QList<int> accepted = rowsIn({JobState::Accepted, JobState::Delivered}, 1);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(accepted.size(), 1);
    const QList<qint64> ids = idsAt(waiting);
    const JobState untouched = m_page->model()->jobAt(accepted[0])->state;
    clickRow(waiting[0]);
    clickRow(waiting[1], Qt::ControlModifier);
    clickRow(accepted[0], Qt::ControlModifier);
    QStringList asked;
    bool agree = false;
    m_page->setConfirmPrompt([&](const QString &question, const QString &confirm) {
        asked << question << confirm;
        return agree;
    });

    // Saying no changes nothing.
    QTest::mouseClick(button("cancelJobButton"), Qt::LeftButton);
    QVERIFY2(asked.value(0).startsWith(QLatin1String("Cancel 2 queued job")) &&
                 asked.value(0).endsWith(QLatin1String("They will not be sent.")),
             qPrintable(asked.join(u'|')));
    QVERIFY2(asked.value(1).startsWith(QLatin1String("Cancel 2 job")), qPrintable(asked.value(1)));
    for (qint64 id : ids)
        QVERIFY(m_workspace->jobs()->job(id)->state != JobState::Canceled);

    agree = true;
    QTest::mouseClick(button("cancelJobButton"), Qt::LeftButton);
    for (qint64 id : ids)
        QCOMPARE(m_workspace->jobs()->job(id)->state, JobState::Canceled);
    QCOMPARE(m_workspace->jobs()->job(idsAt(accepted).constFirst())->state, untouched);
    QVERIFY2(statusLine().startsWith(QLatin1String("Canceled 2 job")) &&
                 statusLine().endsWith(QLatin1String("; 1 skipped (%1).").arg(jobStateLabel(untouched))),
             qPrintable(statusLine()));
    m_page->setConfirmPrompt({});
}

void tst_JobsPage::shouldKeepSelectionByJobWhenRowsMove()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    clickRow(4);
    clickRow(6, Qt::ShiftModifier);
    const QList<qint64> selected = idsAt({4, 5, 6});
    QCOMPARE(m_page->selectedJobIds(), selected);

    // A new job lands on top (newest first) while the dispatcher makes the table re-read its rows: the same
    // jobs stay selected, one row further down.
    const qint64 delivered = m_page->model()->jobAt(rowsIn({JobState::Delivered}, 1).constFirst())->id;
    QVERIFY(m_workspace->jobs()->replay(delivered) > 0);
    m_page->model()->refresh();
    QCOMPARE(m_page->selectedJobIds(), selected);
    QList<int> rows;
    for (const QModelIndex &index : m_page->view()->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{5, 6, 7}));
    QCOMPARE(idsAt(rows), selected);

    // Far down, past the pages the model keeps, the selection is still there after a refresh.
    const int deep = m_page->model()->rowCount() - 3;
    clickRow(deep);
    clickRow(deep + 2, Qt::ShiftModifier);
    const QList<qint64> deepIds = idsAt({deep, deep + 1, deep + 2});
    clickRow(0, Qt::ControlModifier); // and one far from them
    m_page->model()->refresh();
    QCOMPARE(m_page->selectedJobIds(), QList<qint64>{idsAt({0})} + deepIds);
}

void tst_JobsPage::shouldSelectAllWithKeyboardAndTabToTheActions()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTableView *view = m_page->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    const int rows = m_page->model()->rowCount();
    QCOMPARE(m_page->selectedJobIds().size(), rows);
    JobFilter retryable;
    retryable.states = {JobState::Failed, JobState::Undelivered, JobState::Dead};
    const int expected = m_workspace->jobs()->count(retryable);
    QVERIFY(expected > 0);
    QPushButton *retry = button("retryJobButton");
    QCOMPARE(retry->text(), QStringLiteral("&Retry %1").arg(QLocale().toString(expected)));
    QVERIFY2(retry->accessibleName().startsWith(QStringLiteral("Retry %1 selected job").arg(expected)),
             qPrintable(retry->accessibleName()));

    // Tab from the table goes to the actions on its selection.
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), retry);
    QTest::keyClick(retry, Qt::Key_Tab); // Replay is off for a selection
    QCOMPARE(QApplication::focusWidget(), button("cancelJobButton"));
    view->clearSelection();
}

QTEST_MAIN(tst_JobsPage)
#include "tst_jobspage.moc"
