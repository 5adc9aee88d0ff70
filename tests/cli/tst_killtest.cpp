#include "Database.h"
#include "DestinationStore.h"
#include "JobStore.h"
#include "MemorySecretStore.h"
#include "MessagePreview.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace LeadRails;
using namespace LeadRails::Testing;

namespace {
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kFrom = QStringLiteral("+14155552671");
const QString kBody =
    QStringLiteral("Hi {{name}}, lead {{n}} is yours. Reply STOP to opt out, HELP for help.");
constexpr int kJobs = 500;
constexpr int kKills = 20;

QString fakePath()
{
    return QDir(qEnvironmentVariable("LEADRAILS_TEST_BINARY_DIR"))
        .filePath(QStringLiteral("src/faketwilio/leadrails-fake-twilio"));
}
} // namespace

// Crash safety end to end: `leadrails-cli run` over 500 jobs against the standalone fake Twilio, killed with
// SIGKILL at random moments and started again, then run until idle. Twilio must have received every lead
// exactly once, and every job must end final. Runs inside a throwaway keychain (the CLI reads the secret
// from it).
class tst_KillTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldDeliverEveryLeadExactlyOnceAcrossKills();

private:
    ProcessResult cli(const QStringList &args, const QByteArray &input = {});
    QStringList seedJobs();
    QHash<QString, int> recordedBodies() const;

    QProcess m_fake;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_record;
    QProcessEnvironment m_env;
};

void tst_KillTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    m_record = m_dir.filePath(QStringLiteral("messages.jsonl"));
    m_fake.start(fakePath(),
                 {QStringLiteral("--account-sid"), kAccount, QStringLiteral("--auth-token"), kToken,
                  QStringLiteral("--phone-number"), kFrom, QStringLiteral("--lifecycle-ms"),
                  QStringLiteral("100"), QStringLiteral("--record"), m_record});
    QVERIFY2(m_fake.waitForStarted(5000), qPrintable(m_fake.errorString()));
    QVERIFY(QTest::qWaitFor([&] { return m_fake.canReadLine(); }, 5000));
    const QString line = QString::fromUtf8(m_fake.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("listening on ")), qPrintable(line));
    const QString base = line.mid(13);

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("LEADRAILS_DATA_DIR"), m_profile);
    m_env.insert(QStringLiteral("LEADRAILS_TWILIO_API_BASE"), base);
    m_env.insert(QStringLiteral("LEADRAILS_TWILIO_MESSAGING_BASE"), base);
    m_env.insert(QStringLiteral("LEADRAILS_LANG"), QStringLiteral("en"));
    m_env.remove(QStringLiteral("LEADRAILS_SECRET"));
}

void tst_KillTest::cleanupTestCase()
{
    m_fake.kill();
    m_fake.waitForFinished(5000);
}

ProcessResult tst_KillTest::cli(const QStringList &args, const QByteArray &input)
{
    return runProcess(cliPath(), args, m_env, input);
}

// The jobs, straight into the profile's database (enqueueing 500 leads one process at a time would take
// longer than the test). Returns the bodies, each naming its lead.
QStringList tst_KillTest::seedJobs()
{
    QString error;
    auto database = Database::open(QDir(m_profile).filePath(QStringLiteral("leadrails.sqlite")), &error);
    if (!database) {
        qWarning() << error;
        return {};
    }
    MemorySecretStore secrets;
    DestinationStore destinations(*database, secrets, QStringLiteral("tester"));
    const auto destination = destinations.findByName(QStringLiteral("Main"));
    if (!destination)
        return {};
    JobStore jobs(*database, QStringLiteral("tester"));
    const MessagePreviewer previewer(destination->messageSettings());
    QList<QJsonObject> leads;
    QList<MessagePreview> previews;
    QStringList bodies;
    for (int i = 0; i < kJobs; ++i) {
        const QJsonObject lead{
            {QStringLiteral("name"), QStringLiteral("Lead %1").arg(i)},
            {QStringLiteral("n"), i},
            {QStringLiteral("phone"), QStringLiteral("+1415555%1").arg(2000 + i, 4, 10, QLatin1Char('0'))}};
        leads << lead;
        previews << previewer.preview(lead);
        bodies << previews.constLast().body;
    }
    if (jobs.enqueueMany(*destination, leads, previews, &error) != kJobs) {
        qWarning() << "enqueueMany:" << error;
        return {};
    }
    return bodies;
}

QHash<QString, int> tst_KillTest::recordedBodies() const
{
    QHash<QString, int> counts;
    QFile file(m_record);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    while (!file.atEnd()) {
        const QJsonObject message = QJsonDocument::fromJson(file.readLine()).object();
        ++counts[message.value(QStringLiteral("body")).toString()];
    }
    return counts;
}

void tst_KillTest::shouldDeliverEveryLeadExactlyOnceAcrossKills()
{
    const auto add =
        cli({QStringLiteral("destination"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Main"), QStringLiteral("--account-sid"), kAccount, QStringLiteral("--from"),
             kFrom, QStringLiteral("--body"), kBody, QStringLiteral("--rate"), QStringLiteral("100")},
            kToken.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
    {
        QSettings settings(QDir(m_profile).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("dispatcher/reconcileSettleSeconds"), QStringLiteral("0.5"));
        settings.setValue(QStringLiteral("dispatcher/reconcileRetrySeconds"), QStringLiteral("0.2"));
        settings.setValue(QStringLiteral("dispatcher/pollScheduleSeconds"), QStringLiteral("0.3,0.5"));
        settings.setValue(QStringLiteral("dispatcher/pollUntilFinalTimeoutSeconds"), QStringLiteral("30"));
        settings.setValue(QStringLiteral("dispatcher/retryBaseSeconds"), QStringLiteral("0.05"));
        settings.setValue(QStringLiteral("dispatcher/retryCapSeconds"), QStringLiteral("0.5"));
        settings.setValue(QStringLiteral("dispatcher/refreshSeconds"), QStringLiteral("0.2"));
    }
    const QStringList bodies = seedJobs();
    QCOMPARE(bodies.size(), kJobs);

    // Killed at random moments: while claiming, while a request is out, while recording an answer, while
    // reconciling or polling. The lock file of a killed run names a dead process and is taken over.
    int exitedEarly = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess run;
        run.setProcessEnvironment(m_env);
        run.start(cliPath(), {QStringLiteral("run")});
        QVERIFY(run.waitForStarted(5000));
        QTest::qWait(150 + int(QRandomGenerator::global()->bounded(900)));
        if (run.state() != QProcess::Running) {
            ++exitedEarly;
            qWarning() << "run ended by itself:" << run.readAllStandardError();
        }
        run.kill(); // SIGKILL: no chance to finish anything
        QVERIFY(run.waitForFinished(5000));
    }
    QCOMPARE(exitedEarly, 0);
    const int sentBeforeTheEnd = int(recordedBodies().size());
    qInfo("%d of %d leads reached Twilio during %d killed runs", sentBeforeTheEnd, kJobs, kKills);

    QProcess last;
    last.setProcessEnvironment(m_env);
    last.start(cliPath(), {QStringLiteral("run"), QStringLiteral("--until-idle")});
    QVERIFY(last.waitForStarted(5000));
    QVERIFY2(QTest::qWaitFor([&] { return last.state() == QProcess::NotRunning; }, 45000),
             "run --until-idle did not finish");
    const QString out = QString::fromUtf8(last.readAllStandardOutput());
    QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
             qPrintable(out + QString::fromUtf8(last.readAllStandardError())));

    const QHash<QString, int> received = recordedBodies();
    int missing = 0;
    int doubled = 0;
    for (const QString &body : bodies) {
        const int n = received.value(body);
        missing += n == 0;
        doubled += n > 1;
    }
    QCOMPARE(missing, 0);
    QCOMPARE(doubled, 0);
    QCOMPARE(int(received.size()), kJobs);

    QString error;
    auto database = Database::open(QDir(m_profile).filePath(QStringLiteral("leadrails.sqlite")), &error);
    QVERIFY2(database, qPrintable(error));
    JobStore jobs(*database);
    const QMap<JobState, int> counts = jobs.stateCounts();
    JobFilter all;
    const QList<Job> finished = jobs.jobs(all, kJobs + 1);
    const auto resent =
        std::count_if(finished.cbegin(), finished.cend(), [](const Job &j) { return j.attempts > 1; });
    qInfo("%d job(s) were claimed again after a kill cut them off (reconciled, not found at Twilio)",
          int(resent));
    QCOMPARE(counts.value(JobState::Delivered), kJobs);
    QCOMPARE(jobs.pendingCount(), 0);
    QVERIFY2(out.contains(QStringLiteral("%1 delivered").arg(kJobs)), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_KillTest)
#include "tst_killtest.moc"
