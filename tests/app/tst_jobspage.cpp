#include "Database.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "JobsPageFixture.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    void shouldExplainErrorInDetailPane();
    // Export: tst_jobsexport.

private:
    int rowOf(JobState state) const;
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
    int row = rowOf(JobState::Failed);
    if (row < 0)
        row = rowOf(JobState::Dead);
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

QTEST_MAIN(tst_JobsPage)
#include "tst_jobspage.moc"
