// leadrails-cli enqueue / jobs / alerts / suppression / dev seed, run as a user would. None of them touches
// the keychain: the seed destinations have no secret, and enqueueing only renders and stores.
#include "JobState.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace LeadRails::Testing;

class tst_CliJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldSeedAndListNewestFirstAsJson();
    void shouldFilterListByStatusAndDestination();
    void shouldListInTheChosenOrder();
    void shouldRejectBadOptionsWithExitCode2_data();
    void shouldRejectBadOptionsWithExitCode2();
    void shouldEnqueueAndShowTheJob();
    void shouldQueueNothingForUnsendableLead();
    void shouldRetryReplayAndCancelWithExitCodes();
    void shouldRetryAndCancelSeveralJobsWithOneSummary();
    void shouldManageSuppressionList();
    void shouldListAndAcknowledgeAlerts();

private:
    ProcessResult cli(QStringList args)
    {
        args.prepend(m_dir->path());
        args.prepend(QStringLiteral("--data-dir"));
        return runProcess(cliPath(), args, m_env);
    }
    QJsonObject json(const QStringList &args)
    {
        const ProcessResult r = cli(args);
        [&] { QVERIFY2(r.exitCode == 0, qPrintable(r.err)); }();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QJsonObject firstJob(const QString &status);
    QStringList jobIds(const QString &status, int count);
    void seed(int jobs = 300);

    QProcessEnvironment m_env;
    std::optional<QTemporaryDir> m_dir;
};

void tst_CliJobs::init()
{
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.remove(QStringLiteral("LEADRAILS_DATA_DIR"));
    // No keychain may be needed: point D-Bus nowhere, so any attempt would fail loudly.
    m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    m_env.insert(QStringLiteral("LEADRAILS_LANG"), QStringLiteral("en"));
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void tst_CliJobs::cleanup()
{
    m_dir.reset();
}

void tst_CliJobs::seed(int jobs)
{
    const QJsonObject result =
        json({QStringLiteral("dev"), QStringLiteral("seed"), QStringLiteral("--jobs"), QString::number(jobs),
              QStringLiteral("--destinations"), QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(result.value(QStringLiteral("jobs")).toInt(), jobs);
    QCOMPARE(result.value(QStringLiteral("destinationIds")).toArray().size(), 2);
}

QJsonObject tst_CliJobs::firstJob(const QString &status)
{
    const QJsonArray jobs =
        json({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--status"), status,
              QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")})
            .value(QStringLiteral("jobs"))
            .toArray();
    [&] { QCOMPARE(jobs.size(), 1); }();
    return jobs.at(0).toObject();
}

QStringList tst_CliJobs::jobIds(const QString &status, int count)
{
    QStringList ids;
    const QJsonArray jobs =
        json({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--status"), status,
              QStringLiteral("--limit"), QString::number(count), QStringLiteral("--json")})
            .value(QStringLiteral("jobs"))
            .toArray();
    for (const QJsonValue &job : jobs)
        ids.append(QString::number(job.toObject().value(QStringLiteral("id")).toInteger()));
    [&] { QCOMPARE(ids.size(), count); }();
    return ids;
}

void tst_CliJobs::shouldSeedAndListNewestFirstAsJson()
{
    seed(300);
    const QJsonObject list = json({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--limit"),
                                   QStringLiteral("20"), QStringLiteral("--json")});
    QCOMPARE(list.value(QStringLiteral("total")).toInt(), 300);
    const QJsonArray jobs = list.value(QStringLiteral("jobs")).toArray();
    QCOMPARE(jobs.size(), 20);
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &value : jobs) {
        const QJsonObject job = value.toObject();
        const QString created = job.value(QStringLiteral("createdAt")).toString();
        QVERIFY2(created <= previous, qPrintable(created));
        previous = created;
        QVERIFY(job.value(QStringLiteral("to")).toString().startsWith(QLatin1Char('+')));
        QVERIFY(!job.value(QStringLiteral("destination")).toString().isEmpty());
    }
    // The next page follows on.
    const QJsonArray next =
        json({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("20"),
              QStringLiteral("--offset"), QStringLiteral("19"), QStringLiteral("--json")})
            .value(QStringLiteral("jobs"))
            .toArray();
    QCOMPARE(next.at(0).toObject().value(QStringLiteral("id")),
             jobs.at(19).toObject().value(QStringLiteral("id")));

    const ProcessResult plain =
        cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains(QLatin1String("1 to 3 of 300 job(s).")), qPrintable(plain.out));
}

void tst_CliJobs::shouldListInTheChosenOrder()
{
    seed(300);
    const auto listed = [this](const QString &order) {
        return json({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--sort"), order,
                     QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")})
            .value(QStringLiteral("jobs"))
            .toArray();
    };
    const QJsonArray oldest = listed(QStringLiteral("oldest"));
    QCOMPARE(oldest.size(), 300);
    for (int i = 1; i < oldest.size(); ++i)
        QVERIFY(oldest[i - 1].toObject().value(QStringLiteral("createdAt")).toString() <=
                oldest[i].toObject().value(QStringLiteral("createdAt")).toString());
    QCOMPARE(listed(QStringLiteral("newest")).last().toObject().value(QStringLiteral("id")),
             oldest.first().toObject().value(QStringLiteral("id")));

    // By status: the lifecycle's order, newest first within a status.
    const QList<LeadRails::JobState> lifecycle = LeadRails::jobStatesInLifecycleOrder();
    const auto rank = [&](const QJsonValue &job) {
        return lifecycle.indexOf(
            *LeadRails::jobStateFromId(job.toObject().value(QStringLiteral("state")).toString()));
    };
    const QJsonArray byStatus = listed(QStringLiteral("Status"));
    QCOMPARE(byStatus.size(), 300);
    QVERIFY(rank(byStatus.first()) < rank(byStatus.last()));
    for (int i = 1; i < byStatus.size(); ++i) {
        QVERIFY(rank(byStatus[i - 1]) <= rank(byStatus[i]));
        if (rank(byStatus[i - 1]) == rank(byStatus[i]))
            QVERIFY(byStatus[i - 1].toObject().value(QStringLiteral("createdAt")).toString() >=
                    byStatus[i].toObject().value(QStringLiteral("createdAt")).toString());
    }
}

void tst_CliJobs::shouldFilterListByStatusAndDestination()
{
    seed(600);
    const QJsonObject list =
        json({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--status"),
              QStringLiteral("failed,dead"), QStringLiteral("--destination"), QStringLiteral("sample 2"),
              QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
    const QJsonArray jobs = list.value(QStringLiteral("jobs")).toArray();
    QVERIFY(!jobs.isEmpty());
    QCOMPARE(list.value(QStringLiteral("total")).toInt(), jobs.size());
    for (const QJsonValue &value : jobs) {
        const QJsonObject job = value.toObject();
        QVERIFY(QStringList({QStringLiteral("failed"), QStringLiteral("dead")})
                    .contains(job.value(QStringLiteral("state")).toString()));
        QCOMPARE(job.value(QStringLiteral("destination")).toString(), QStringLiteral("Sample 2"));
    }
    const QJsonObject searched =
        json({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--search"),
              jobs.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("--json")});
    QVERIFY(searched.value(QStringLiteral("total")).toInt() >= 1);
}

void tst_CliJobs::shouldRejectBadOptionsWithExitCode2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString jobs = QStringLiteral("jobs");
    const QString list = QStringLiteral("list");
    QTest::newRow("unknown status") << QStringList{jobs, list, QStringLiteral("--status"),
                                                   QStringLiteral("sent")}
                                    << QStringLiteral("'sent' is not a state");
    QTest::newRow("unknown order") << QStringList{jobs, list, QStringLiteral("--sort"),
                                                  QStringLiteral("size")}
                                   << QStringLiteral("--sort: 'size' is not an order");
    QTest::newRow("zero limit") << QStringList{jobs, list, QStringLiteral("--limit"), QStringLiteral("0")}
                                << QStringLiteral("--limit");
    QTest::newRow("unknown destination")
        << QStringList{jobs, list, QStringLiteral("--destination"), QStringLiteral("Nope")}
        << QStringLiteral("no destination named 'Nope'");
    QTest::newRow("no action") << QStringList{jobs} << QStringLiteral("say list, show");
    QTest::newRow("show without id") << QStringList{jobs, QStringLiteral("show")}
                                     << QStringLiteral("needs a job id");
    QTest::newRow("id not a number") << QStringList{jobs, QStringLiteral("show"), QStringLiteral("abc")}
                                     << QStringLiteral("not a job id");
    QTest::newRow("no such job") << QStringList{jobs, QStringLiteral("show"), QStringLiteral("999999")}
                                 << QStringLiteral("There is no job 999999");
    QTest::newRow("show two jobs") << QStringList{jobs, QStringLiteral("show"), QStringLiteral("1"),
                                                  QStringLiteral("2")}
                                   << QStringLiteral("'show' takes one job id");
    QTest::newRow("retry with one bad id among several")
        << QStringList{jobs, QStringLiteral("retry"), QStringLiteral("1"), QStringLiteral("x2")}
        << QStringLiteral("'x2' is not a job id");
    QTest::newRow("seed without --jobs")
        << QStringList{QStringLiteral("dev"), QStringLiteral("seed")} << QStringLiteral("--jobs is required");
    QTest::newRow("negative seed") << QStringList{QStringLiteral("dev"), QStringLiteral("seed"),
                                                  QStringLiteral("--jobs"), QStringLiteral("-5")}
                                   << QStringLiteral("--jobs");
    QTest::newRow("enqueue without lead")
        << QStringList{QStringLiteral("enqueue"), QStringLiteral("Sample 1")}
        << QStringLiteral("--lead FILE");
    QTest::newRow("enqueue to unknown destination")
        << QStringList{QStringLiteral("enqueue"), QStringLiteral("Nope"), QStringLiteral("--lead-json"),
                       QStringLiteral(R"({"phone":"+14155552671"})")}
        << QStringLiteral("no destination named 'Nope'");
    QTest::newRow("suppress a number without +")
        << QStringList{QStringLiteral("suppression"), QStringLiteral("add"), QStringLiteral("4155552671")}
        << QStringLiteral("E.164");
    QTest::newRow("ack without id") << QStringList{QStringLiteral("alerts"), QStringLiteral("ack")}
                                    << QStringLiteral("needs an alert id");
    QTest::newRow("ack unknown alert")
        << QStringList{QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("4242")}
        << QStringLiteral("no alert 4242");
}

void tst_CliJobs::shouldRejectBadOptionsWithExitCode2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ProcessResult r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_CliJobs::shouldEnqueueAndShowTheJob()
{
    seed(0);
    const ProcessResult r =
        cli({QStringLiteral("enqueue"), QStringLiteral("Sample 1"), QStringLiteral("--lead-json"),
             QStringLiteral(R"({"first_name":"Ada","phone":"+14155552671","email":"ada@example.com"})")});
    QCOMPARE(r.exitCode, 0);
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    QVERIFY2(ok && id > 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("paused")), qPrintable(r.err)); // seed destinations never send

    const QJsonObject job =
        json({QStringLiteral("jobs"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    QCOMPARE(job.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(job.value(QStringLiteral("to")).toString(), QStringLiteral("+14155552671"));
    QVERIFY(job.value(QStringLiteral("body")).toString().startsWith(QLatin1String("Hi Ada!")));
    QCOMPARE(job.value(QStringLiteral("lead")).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("ada@example.com"));
    QCOMPARE(job.value(QStringLiteral("attemptLog")).toArray().size(), 0);
    QVERIFY(!job.value(QStringLiteral("test")).toBool());

    const ProcessResult shown = cli({QStringLiteral("jobs"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(QLatin1String("Queued (queued)")) &&
                 shown.out.contains(QLatin1String("Attempts (0)")),
             qPrintable(shown.out));

    const QJsonObject test =
        json({QStringLiteral("enqueue"), QStringLiteral("Sample 2"), QStringLiteral("--lead-json"),
              QStringLiteral(R"({"first_name":"Grace","phone":"+14155552672"})"), QStringLiteral("--test"),
              QStringLiteral("--json")});
    QVERIFY(test.value(QStringLiteral("test")).toBool());
    QCOMPARE(test.value(QStringLiteral("destination")).toString(), QStringLiteral("Sample 2"));
}

void tst_CliJobs::shouldQueueNothingForUnsendableLead()
{
    seed(0);
    const ProcessResult r =
        cli({QStringLiteral("enqueue"), QStringLiteral("Sample 1"), QStringLiteral("--lead-json"),
             QStringLiteral(R"({"first_name":"Ada","phone":"call me"})")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("recipient_invalid")) &&
                 r.err.contains(QLatin1String("nothing was queued")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(json({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")})
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
}

void tst_CliJobs::shouldRetryReplayAndCancelWithExitCodes()
{
    seed(600);
    const QString failed =
        QString::number(firstJob(QStringLiteral("failed")).value(QStringLiteral("id")).toInteger());
    ProcessResult r = cli({QStringLiteral("jobs"), QStringLiteral("retry"), failed});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("queued again")), qPrintable(r.out));
    QJsonObject job =
        json({QStringLiteral("jobs"), QStringLiteral("show"), failed, QStringLiteral("--json")});
    QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(job.value(QStringLiteral("attempts")).toInt(), 0);
    QVERIFY(!job.value(QStringLiteral("attemptLog")).toArray().isEmpty()); // the history stays

    r = cli({QStringLiteral("jobs"), QStringLiteral("retry"), failed});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("only failed, undelivered or dead")), qPrintable(r.err));

    QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("cancel"), failed}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("jobs"), QStringLiteral("show"), failed, QStringLiteral("--json")})
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("canceled"));
    r = cli({QStringLiteral("jobs"), QStringLiteral("cancel"), failed});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("only queued jobs")), qPrintable(r.err));

    r = cli({QStringLiteral("jobs"), QStringLiteral("replay"), failed});
    QCOMPARE(r.exitCode, 0);
    const QString copy = r.out.trimmed();
    job = json({QStringLiteral("jobs"), QStringLiteral("show"), copy, QStringLiteral("--json")});
    QCOMPARE(QString::number(job.value(QStringLiteral("replayOf")).toInteger()), failed);

    const QString accepted =
        QString::number(firstJob(QStringLiteral("accepted")).value(QStringLiteral("id")).toInteger());
    r = cli({QStringLiteral("jobs"), QStringLiteral("replay"), accepted});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("wait until it finishes")), qPrintable(r.err));
}

void tst_CliJobs::shouldRetryAndCancelSeveralJobsWithOneSummary()
{
    seed(600);
    const QStringList failed = jobIds(QStringLiteral("failed"), 3);
    const QString delivered = jobIds(QStringLiteral("delivered"), 1).constFirst();
    const QStringList retry = QStringList{QStringLiteral("jobs"), QStringLiteral("retry")} + failed;
    ProcessResult r = cli(retry + QStringList{delivered});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("Retried 3 job")) &&
                 r.out.trimmed().endsWith(QLatin1String("; 1 skipped (Delivered).")),
             qPrintable(r.out));
    for (const QString &id : failed)
        QCOMPARE(json({QStringLiteral("jobs"), QStringLiteral("show"), id, QStringLiteral("--json")})
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("queued"));

    // JSON for scripts: which changed, and the skipped by state.
    const QJsonObject canceled = json(QStringList{QStringLiteral("jobs"), QStringLiteral("cancel")} + failed +
                                      QStringList{delivered, QStringLiteral("--json")});
    QJsonArray expected;
    for (const QString &id : failed)
        expected.append(id.toLongLong());
    QCOMPARE(canceled.value(QStringLiteral("changed")).toArray(), expected);
    const QJsonObject skipped{{QStringLiteral("delivered"), 1}};
    QCOMPARE(canceled.value(QStringLiteral("skipped")).toObject(), skipped);

    // Nothing could change: the user's to fix, exit 2, with the same summary.
    r = cli(retry);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QLatin1String("; 3 skipped (Canceled).")), qPrintable(r.out));
}

void tst_CliJobs::shouldManageSuppressionList()
{
    seed(0);
    QCOMPARE(cli({QStringLiteral("suppression"), QStringLiteral("add"), QStringLiteral("+1 415 555 2671"),
                  QStringLiteral("--reason"), QStringLiteral("asked by phone")})
                 .exitCode,
             0);
    const QJsonArray entries =
        json({QStringLiteral("suppression"), QStringLiteral("list"), QStringLiteral("--json")})
            .value(QStringLiteral("suppressions"))
            .toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("number")).toString(),
             QStringLiteral("+14155552671"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("asked by phone"));
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("manual"));

    // A lead to that number is stored, but as suppressed: it will never be sent.
    const ProcessResult r =
        cli({QStringLiteral("enqueue"), QStringLiteral("Sample 1"), QStringLiteral("--lead-json"),
             QStringLiteral(R"({"first_name":"Ada","phone":"+14155552671"})"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("suppressed"));
    QVERIFY2(r.err.contains(QLatin1String("suppression list")), qPrintable(r.err));

    QCOMPARE(cli({QStringLiteral("suppression"), QStringLiteral("remove"), QStringLiteral("+14155552671")})
                 .exitCode,
             0);
    const ProcessResult again =
        cli({QStringLiteral("suppression"), QStringLiteral("remove"), QStringLiteral("+14155552671")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QLatin1String("not on the suppression list")), qPrintable(again.err));
    QVERIFY(json({QStringLiteral("suppression"), QStringLiteral("list"), QStringLiteral("--json")})
                .value(QStringLiteral("suppressions"))
                .toArray()
                .isEmpty());
}

void tst_CliJobs::shouldListAndAcknowledgeAlerts()
{
    seed(3000);
    const QJsonArray open = json({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--json")})
                                .value(QStringLiteral("alerts"))
                                .toArray();
    QVERIFY(!open.isEmpty());
    const QJsonObject alert = open.at(0).toObject();
    QVERIFY(!alert.value(QStringLiteral("acknowledged")).toBool());
    QVERIFY(alert.value(QStringLiteral("count")).toInt() >= 1);
    QVERIFY(alert.value(QStringLiteral("destination")).toString().startsWith(QLatin1String("Sample")));
    const QString id = QString::number(alert.value(QStringLiteral("id")).toInteger());

    const ProcessResult ack = cli({QStringLiteral("alerts"), QStringLiteral("ack"), id});
    QCOMPARE(ack.exitCode, 0);
    QVERIFY2(ack.out.contains(QLatin1String("acknowledged")), qPrintable(ack.out));
    const QJsonArray after =
        json({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--json")})
            .value(QStringLiteral("alerts"))
            .toArray();
    QCOMPARE(after.size(), open.size() - 1);
    const QJsonArray all = json({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--all"),
                                 QStringLiteral("--json")})
                               .value(QStringLiteral("alerts"))
                               .toArray();
    QVERIFY(all.size() > after.size());
    QCOMPARE(cli({QStringLiteral("alerts"), QStringLiteral("ack"), id}).exitCode, 0); // twice is fine
}

QTEST_GUILESS_MAIN(tst_CliJobs)
#include "tst_clijobs.moc"
