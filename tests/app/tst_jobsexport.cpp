#include "Database.h"
#include "JobCsvExporter.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "JobsPageFixture.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace LeadRails;

// Export CSV… on the Jobs view: the filtered rows land in the chosen file while the window keeps answering,
// with Cancel, and the line under the table says where the file went or what failed.
class tst_JobsExport : public QObject, private Testing::JobsPageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldExportFilteredRowsWhileTheWindowKeepsAnswering();
    void shouldLeaveNoFileWhenCanceledFromTheProgressDialog();
    void shouldSayWhyTheExportFailed();
    void shouldDoNothingWhenNoFileIsChosen();

private:
    QLabel *countLabel() const { return m_page->findChild<QLabel *>(QStringLiteral("jobCount")); }
    QPushButton *exportButton() const
    {
        return m_page->findChild<QPushButton *>(QStringLiteral("exportCsvButton"));
    }
    // The save dialog answers with path (the real one would block the test).
    void chooseFile(const QString &path);

    QTemporaryDir m_root; // the exported files
    QStringList m_prompts;
    static constexpr int kJobs = 20000;
};

void tst_JobsExport::initTestCase()
{
    QString error;
    QVERIFY2(openSeededJobsPage(kJobs, &error), qPrintable(error));
}

void tst_JobsExport::init()
{
    m_prompts.clear();
    m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"))->setCurrentIndex(0);
}

void tst_JobsExport::chooseFile(const QString &path)
{
    m_page->setExportPathPrompt([this, path](const QString &suggested) {
        m_prompts.append(suggested);
        return path;
    });
}

void tst_JobsExport::shouldExportFilteredRowsWhileTheWindowKeepsAnswering()
{
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("Delivered")));
    const int expected = m_page->model()->rowCount();
    QVERIFY(expected > 1000 && expected < kJobs);
    const QString path = m_root.filePath(QStringLiteral("delivered.csv"));
    chooseFile(path);

    // A 10 ms timer stands for everything the window does: painting, typing, scrolling.
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = qMax(longestGap, now - lastTick);
        lastTick = now;
        ++ticks;
    });
    QSignalSpy finished(m_page->exporter(), &JobCsvExporter::finished);
    QSignalSpy progress(m_page->exporter(), &JobCsvExporter::progress);
    clock.start();
    heartbeat.start();
    QTest::mouseClick(exportButton(), Qt::LeftButton);
    // The click returns at once: the file is still being written, and a second export cannot start.
    QCOMPARE(m_prompts, QStringList{QStringLiteral("leadrails-jobs.csv")});
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_page->exporter()->isRunning());
    QVERIFY(!exportButton()->isEnabled());
    QVERIFY(!m_page->exportCsv(m_root.filePath(QStringLiteral("second.csv"))));
    QVERIFY(finished.wait(60000));
    const qint64 exportMs = clock.elapsed();
    heartbeat.stop();
    qInfo("%d rows in %lld ms; the event loop ran %d times, longest gap %lld ms", expected, exportMs, ticks,
          longestGap);
    QVERIFY2(ticks >= 3, "the event loop did not run during the export");
    QVERIFY2(longestGap < qMax<qint64>(250, exportMs / 2), "the event loop stalled during the export");
    QVERIFY(progress.count() > 1);

    QCOMPARE(finished.at(0).at(0).toLongLong(), expected);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Bodies hold no line breaks in seeded data, so every record is one line.
    QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), expected + 1);
    QCOMPARE(lines.first(), QByteArray("\xEF\xBB\xBFid,created_at,status,destination,to,body,segments,"
                                       "twilio_sid,error_code,error_message,test\r"));
    for (qsizetype i = 1; i < lines.size(); i += 97) {
        QVERIFY2(lines.at(i).contains(",delivered,"), lines.at(i).constData());
        QVERIFY2(lines.at(i).contains(",Sample "), lines.at(i).constData()); // destination names, not ids
    }
    QVERIFY(lines.at(1).startsWith(QByteArray::number(m_page->model()->jobAt(0)->id) + ','));
    QVERIFY2(countLabel()->text().contains(QDir::toNativeSeparators(path)), qPrintable(countLabel()->text()));
    QVERIFY(exportButton()->isEnabled());
    QVERIFY(!m_page->findChild<QProgressDialog *>(QStringLiteral("exportProgress")) ||
            !m_page->findChild<QProgressDialog *>(QStringLiteral("exportProgress"))->isVisible());
}

void tst_JobsExport::shouldLeaveNoFileWhenCanceledFromTheProgressDialog()
{
    QDir(m_root.path()).mkdir(QStringLiteral("canceled"));
    const QString path = m_root.filePath(QStringLiteral("canceled/jobs.csv"));
    chooseFile(path);
    QSignalSpy canceled(m_page->exporter(), &JobCsvExporter::canceled);
    QTest::mouseClick(exportButton(), Qt::LeftButton);
    auto *dialog = m_page->findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
    QVERIFY(dialog);
    dialog->show(); // it shows itself once the export has run for a moment
    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(canceled.wait(10000));
    QCOMPARE(QDir(m_root.filePath(QStringLiteral("canceled"))).entryList(QDir::Files | QDir::Hidden),
             QStringList());
    QVERIFY2(countLabel()->text().contains(QLatin1String("canceled")), qPrintable(countLabel()->text()));
    QVERIFY(exportButton()->isEnabled());
}

void tst_JobsExport::shouldSayWhyTheExportFailed()
{
    const QString folder = m_root.filePath(QStringLiteral("no-such-folder"));
    chooseFile(QDir(folder).filePath(QStringLiteral("jobs.csv")));
    QSignalSpy failed(m_page->exporter(), &JobCsvExporter::failed);
    QTest::mouseClick(exportButton(), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QVERIFY2(countLabel()->text().contains(QDir::toNativeSeparators(folder)) &&
                 countLabel()->text().contains(QLatin1String("does not exist")),
             qPrintable(countLabel()->text()));
    QVERIFY(exportButton()->isEnabled());
}

void tst_JobsExport::shouldDoNothingWhenNoFileIsChosen()
{
    chooseFile(QString());
    const QString before = countLabel()->text();
    QTest::mouseClick(exportButton(), Qt::LeftButton);
    QCOMPARE(m_prompts.size(), 1);
    QVERIFY(!m_page->exporter()->isRunning());
    QVERIFY(exportButton()->isEnabled());
    QCOMPARE(countLabel()->text(), before);
}

QTEST_MAIN(tst_JobsExport)
#include "tst_jobsexport.moc"
