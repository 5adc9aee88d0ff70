#include "Database.h"
#include "DestinationStore.h"
#include "Dispatcher.h"
#include "DispatcherHost.h"
#include "FakeTwilioServer.h"
#include "JobStore.h"
#include "MemorySecretStore.h"
#include "MessagePreview.h"
#include "Profile.h"
#include "TwilioErrorCatalog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>

using namespace LeadRails;
using LeadRails::Testing::MemorySecretStore;
using Fault = FakeTwilioServer::Fault;

namespace {
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kNewToken = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QString kTestAccount = QStringLiteral("ACfeedfacefeedfacefeedfacefeedface");
const QString kTestToken = QStringLiteral("0000test0000test0000test0000test");
const QString kFrom = QStringLiteral("+14155552671");
const QString kBody =
    QStringLiteral("Hi {{name}}, offer {{n}} inside. Reply STOP to opt out, HELP for help.");
const QString kMessages = QStringLiteral("Messages.json");

QString number(int i)
{
    return QStringLiteral("+1415555%1").arg(2600 + i, 4, 10, QLatin1Char('0'));
}

// The keychain of another thread: reads answer from a fixed map, later, on the caller's thread.
class PresetSecretStore final : public SecretStore
{
public:
    explicit PresetSecretStore(QHash<QString, QString> entries)
        : m_entries(std::move(entries))
    {}
    void read(const QString &key, QObject *context, Callback done) override
    {
        Result result;
        if (m_entries.contains(key))
            result.secret = m_entries.value(key);
        else
            result.error = Error::NotFound;
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(Result{Error::Other, {}, {}});
            },
            Qt::QueuedConnection);
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        write(key, {}, context, done);
    }
    QString backendName() const override { return QStringLiteral("preset (tests)"); }

private:
    QHash<QString, QString> m_entries;
};

} // namespace

// The dispatcher against the in-process fake Twilio, its scripted faults and a real SQLite profile, with
// every delay shortened through DispatcherSettings.
class tst_Dispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldReadEverySettingWithDefaults();
    void shouldSendAndFollowToDelivered();
    void shouldNotRetryBeforeRetryAfterOn429();
    void shouldRetryServerErrorsThenSucceed_data();
    void shouldRetryServerErrorsThenSucceed();
    void shouldReconcileLostAnswerWithoutSendingTwice_data();
    void shouldReconcileLostAnswerWithoutSendingTwice();
    void shouldSendOnceMoreWhenInterruptedSendIsNotAtTwilio();
    void shouldAdoptMessageOfInterruptedSendFoundAtTwilio();
    void shouldStayUnknownWhileReconcileCannotList();
    void shouldOpenBreakerOn401AndContinueAfterResume();
    void shouldResumeBreakerWhenSecretIsReplaced();
    void shouldSuppressOn21610AndNeverSendThereAgain();
    void shouldFailWithoutRetryOnPermanentError_data();
    void shouldFailWithoutRetryOnPermanentError();
    void shouldRaiseAlertForFailedDelivery_data();
    void shouldRaiseAlertForFailedDelivery();
    void shouldGoDeadWithAlertWhenRetryBudgetIsSpent();
    void shouldNeverSendCanceledJobs();
    void shouldPaceSendsToDestinationRate();
    void shouldCapConcurrentRequestsPerAccount();
    void shouldStopPollingAtTimeoutAndBecomeIdle();
    void shouldSendOnlyTheSendNowJob();
    void shouldReportSendNowJobBlockedByPausedDestination();
    void shouldStopAfterRequestsInFlight();
    void shouldRunInWorkerThread();

private:
    Destination addDestination(const QString &name, const QString &account, const QString &token,
                               const QString &from = kFrom, double rate = 100);
    qint64 enqueue(const Destination &destination, const QString &to, int n = 0);
    Job job(qint64 id) const { return m_jobs->job(id).value_or(Job{}); }
    JobState state(qint64 id) const { return job(id).state; }
    Dispatcher &dispatcher();
    int posts(const QString &to = {}) const;
    QList<QDateTime> postTimes() const;
    bool alertRaised(const QString &code) const;

    std::unique_ptr<FakeTwilioServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Profile> m_profile;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<DestinationStore> m_destinations;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<TwilioClient> m_twilio;
    std::unique_ptr<Dispatcher> m_dispatcher;
    DispatcherSettings m_settings;
};

void tst_Dispatcher::init()
{
    m_server = std::make_unique<FakeTwilioServer>();
    QVERIFY(m_server->listen());
    m_server->addAccount(kAccount, kToken);
    m_server->addPhoneNumber(kAccount, kFrom);
    m_server->addTestAccount(kTestAccount, kTestToken);
    m_server->setLifecycleStepMs(30);
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_profile = Profile::open(m_dir->path(), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_database = Database::open(m_profile->databasePath(), &error);
    QVERIFY2(m_database, qPrintable(error));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_destinations = std::make_unique<DestinationStore>(*m_database, *m_secrets, QStringLiteral("tester"));
    m_jobs = std::make_unique<JobStore>(*m_database, QStringLiteral("tester"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_network.get());
    TwilioEndpoints endpoints;
    endpoints.apiBase = m_server->baseUrl();
    endpoints.messagingBase = m_server->baseUrl();
    m_twilio = std::make_unique<TwilioClient>(m_transport.get(), endpoints);

    m_settings = DispatcherSettings();
    m_settings.retryBaseSeconds = 0.05;
    m_settings.retryCapSeconds = 0.2;
    m_settings.maxAttempts = 4;
    m_settings.reconcileSettleSeconds = 0.3;
    m_settings.reconcileRetrySeconds = 0.2;
    m_settings.pollScheduleSeconds = {0.05, 0.1};
    m_settings.pollUntilFinalTimeoutSeconds = 10;
    m_settings.connectTimeoutSeconds = 2;
    m_settings.requestTimeoutSeconds = 1;
    m_settings.refreshSeconds = 0.1;
    m_settings.secretRetrySeconds = 0.2;
}

void tst_Dispatcher::cleanup()
{
    m_dispatcher.reset();
    m_twilio.reset();
    m_transport.reset();
    m_network.reset();
    m_jobs.reset();
    m_destinations.reset();
    m_secrets.reset();
    m_database.reset();
    m_profile.reset();
    m_dir.reset();
    m_server.reset();
}

Dispatcher &tst_Dispatcher::dispatcher()
{
    if (!m_dispatcher) {
        m_twilio->setTimeouts(int(m_settings.connectTimeoutSeconds * 1000),
                              int(m_settings.requestTimeoutSeconds * 1000));
        m_dispatcher =
            std::make_unique<Dispatcher>(*m_database, *m_jobs, *m_destinations, *m_twilio, m_settings);
    }
    return *m_dispatcher;
}

Destination tst_Dispatcher::addDestination(const QString &name, const QString &account, const QString &token,
                                           const QString &from, double rate)
{
    Destination d;
    d.name = name;
    d.accountSid = account;
    d.secret = token;
    d.fromNumber = from;
    d.bodyTemplate = kBody;
    d.ratePerSecond = rate;
    std::optional<DestinationStore::Result> result;
    m_destinations->create(d, [&](const DestinationStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000) || !result->ok) {
        qWarning() << "could not create the destination:" << (result ? result->message : QString());
        return {};
    }
    return result->destination;
}

qint64 tst_Dispatcher::enqueue(const Destination &destination, const QString &to, int n)
{
    const QJsonObject lead{{QStringLiteral("name"), QStringLiteral("Ada")},
                           {QStringLiteral("phone"), to},
                           {QStringLiteral("n"), n}};
    const MessagePreview preview = MessagePreviewer(destination.messageSettings()).preview(lead);
    QString error;
    const qint64 id = m_jobs->enqueue(destination, lead, preview, false, &error);
    if (id == 0)
        qWarning() << "could not enqueue:" << error;
    return id;
}

int tst_Dispatcher::posts(const QString &to) const
{
    const QList<FakeTwilioServer::Request> all = m_server->requests();
    return int(std::count_if(all.cbegin(), all.cend(), [&](const FakeTwilioServer::Request &r) {
        return r.method == QLatin1String("POST") && r.path.endsWith(kMessages) &&
               (to.isEmpty() || r.formValue(QStringLiteral("To")) == to);
    }));
}

QList<QDateTime> tst_Dispatcher::postTimes() const
{
    QList<QDateTime> times;
    for (const FakeTwilioServer::Request &r : m_server->requests()) {
        if (r.method == QLatin1String("POST") && r.path.endsWith(kMessages))
            times << r.received;
    }
    return times;
}

bool tst_Dispatcher::alertRaised(const QString &code) const
{
    const QList<Alert> alerts = m_jobs->alerts();
    return std::any_of(alerts.cbegin(), alerts.cend(), [&](const Alert &a) { return a.code == code; });
}

void tst_Dispatcher::shouldReadEverySettingWithDefaults()
{
    QSettings settings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    DispatcherSettings::addMissingDefaults(settings);
    QCOMPARE(settings.value(QStringLiteral("dispatcher/maxConcurrentPerAccount")).toString(),
             QStringLiteral("4"));
    QCOMPARE(settings.value(QStringLiteral("dispatcher/retryBaseSeconds")).toString(), QStringLiteral("2"));
    QCOMPARE(settings.value(QStringLiteral("dispatcher/retryCapSeconds")).toString(), QStringLiteral("900"));
    QCOMPARE(settings.value(QStringLiteral("dispatcher/maxAttempts")).toString(), QStringLiteral("8"));
    QVERIFY(settings.contains(QStringLiteral("dispatcher/pollUntilFinalTimeoutSeconds")));
    QVERIFY(settings.contains(QStringLiteral("dispatcher/reconcileSettleSeconds")));

    settings.setValue(QStringLiteral("dispatcher/maxAttempts"), QStringLiteral("3"));
    settings.setValue(QStringLiteral("dispatcher/pollScheduleSeconds"), QStringLiteral("1, 2.5,10"));
    settings.setValue(QStringLiteral("dispatcher/retryBaseSeconds"), QStringLiteral("fast")); // unreadable
    DispatcherSettings::addMissingDefaults(settings); // keeps what is there
    const DispatcherSettings loaded = DispatcherSettings::load(settings);
    QCOMPARE(loaded.maxAttempts, 3);
    QCOMPARE(loaded.pollScheduleSeconds, (QList<double>{1, 2.5, 10}));
    QCOMPARE(loaded.retryBaseSeconds, 2.0);
    QCOMPARE(loaded.retryCapSeconds, 900.0);
    QCOMPARE(loaded.maxConcurrentPerAccount, 4);
}

void tst_Dispatcher::shouldSendAndFollowToDelivered()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << enqueue(d, number(i), i);
    QSignalSpy idle(&dispatcher(), &Dispatcher::idle);
    QSignalSpy depth(&dispatcher(), &Dispatcher::queueDepthChanged);
    dispatcher().start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(ids.cbegin(), ids.cend(),
                               [&](qint64 id) { return state(id) == JobState::Delivered; });
        },
        10000));
    QVERIFY(idle.wait(3000) || idle.count() > 0);
    QCOMPARE(posts(), 3);
    const Job sent = job(ids.first());
    QVERIFY(sent.twilioSid.startsWith(QLatin1String("SM")));
    QCOMPARE(sent.twilioStatus, QStringLiteral("delivered"));
    QCOMPARE(sent.attempts, 1);
    QCOMPARE(m_jobs->attempts(sent.id).size(), 1);
    QCOMPARE(m_jobs->attempts(sent.id).constFirst().httpStatus, 201);
    QVERIFY(!depth.isEmpty());
    QCOMPARE(depth.constLast().constFirst().toInt(), 0);
    // Every message carries the destination's sender and the rendered body.
    const auto message = m_server->message(sent.twilioSid);
    QVERIFY(message);
    QCOMPARE(message->from, kFrom);
    QCOMPARE(message->body, sent.body);
}

void tst_Dispatcher::shouldNotRetryBeforeRetryAfterOn429()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    m_server->setRetryAfterSeconds(1);
    m_server->scriptFault(Fault::RateLimited, 1, kMessages, QStringLiteral("POST"));
    const qint64 id = enqueue(d, number(1));
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::RetryWait; }, 5000));
    QCOMPARE(job(id).category, QStringLiteral("rate_limited"));
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Delivered; }, 10000));
    const QList<QDateTime> times = postTimes();
    QCOMPARE(times.size(), 2);
    // The jitter alone would retry within 50 ms: only Retry-After explains the wait.
    QVERIFY2(times[0].msecsTo(times[1]) >= 1000, qPrintable(QString::number(times[0].msecsTo(times[1]))));
    QCOMPARE(m_jobs->attempts(id).constFirst().httpStatus, 429);
}

void tst_Dispatcher::shouldRetryServerErrorsThenSucceed_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("500") << Fault::ServerError500 << 500;
    QTest::newRow("503") << Fault::ServiceUnavailable503 << 503;
}

void tst_Dispatcher::shouldRetryServerErrorsThenSucceed()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    m_server->scriptFault(fault, 2, kMessages, QStringLiteral("POST"));
    const qint64 id = enqueue(d, number(1));
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Delivered; }, 10000));
    QCOMPARE(posts(), 3);
    const QList<JobAttempt> attempts = m_jobs->attempts(id);
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts[0].httpStatus, status);
    QCOMPARE(attempts[0].outcome, QStringLiteral("transient"));
    QCOMPARE(attempts[2].httpStatus, 201);
    QCOMPARE(job(id).attempts, 3);
    QCOMPARE(m_server->messages().size(), 1);
}

void tst_Dispatcher::shouldReconcileLostAnswerWithoutSendingTwice_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("timeout") << Fault::SlowResponse;
    QTest::newRow("connection closed mid-response") << Fault::CloseMidResponse;
    QTest::newRow("connection closed before the answer") << Fault::CloseBeforeResponse;
    QTest::newRow("invalid JSON") << Fault::InvalidJson;
}

void tst_Dispatcher::shouldReconcileLostAnswerWithoutSendingTwice()
{
    QFETCH(Fault, fault);
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    m_server->setSlowResponseMs(1500); // beyond the 1 s request timeout
    m_server->scriptFault(fault, 1, kMessages, QStringLiteral("POST"));
    const qint64 id = enqueue(d, number(1));
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Unknown; }, 5000));
    QCOMPARE(job(id).category, QStringLiteral("outcome_unknown"));
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Delivered; }, 10000));
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->messages().size(), 1);
    QCOMPARE(job(id).twilioSid, m_server->messages().constFirst().sid);
    QVERIFY(m_server->requestCount(QStringLiteral("GET"), kMessages) >= 1); // the reconcile's list
}

void tst_Dispatcher::shouldSendOnceMoreWhenInterruptedSendIsNotAtTwilio()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    const qint64 id = enqueue(d, number(1));
    // A crash right after "sending" was committed, before the request left.
    QVERIFY(m_jobs->claimNextDue(d.id, QDateTime::currentDateTimeUtc()));
    QCOMPARE(state(id), JobState::Sending);
    dispatcher().start();
    QCOMPARE(state(id), JobState::Unknown);
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Delivered; }, 10000));
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->messages().size(), 1);
    const int lists = m_server->requestCount(QStringLiteral("GET"), kMessages);
    QCOMPARE(lists, 1);
}

void tst_Dispatcher::shouldAdoptMessageOfInterruptedSendFoundAtTwilio()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    const qint64 id = enqueue(d, number(1));
    const auto claimed = m_jobs->claimNextDue(d.id, QDateTime::currentDateTimeUtc());
    QVERIFY(claimed);
    // A crash after Twilio created the message, before its answer was recorded.
    std::optional<TwilioResult> sent;
    m_twilio->sendMessage(TwilioCredentials::authToken(kAccount, kToken),
                          {claimed->to, kFrom, {}, claimed->body}, this,
                          [&](const TwilioResult &r) { sent = r; });
    QVERIFY(QTest::qWaitFor([&] { return sent.has_value(); }, 5000));
    QVERIFY(sent->ok());
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Delivered; }, 10000));
    QCOMPARE(posts(), 1);
    QCOMPARE(job(id).twilioSid, sent->body.value(QStringLiteral("sid")).toString());
}

void tst_Dispatcher::shouldStayUnknownWhileReconcileCannotList()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    const qint64 id = enqueue(d, number(1));
    QVERIFY(m_jobs->claimNextDue(d.id, QDateTime::currentDateTimeUtc()));
    m_server->scriptFault(Fault::ServerError500, 3, kMessages, QStringLiteral("GET"));
    dispatcher().start();
    QVERIFY(
        QTest::qWaitFor([&] { return m_server->requestCount(QStringLiteral("GET"), kMessages) >= 2; }, 5000));
    QCOMPARE(state(id), JobState::Unknown); // never resent while Twilio cannot say
    QCOMPARE(posts(), 0);
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Delivered; }, 10000));
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("GET"), kMessages), 4);
}

void tst_Dispatcher::shouldOpenBreakerOn401AndContinueAfterResume()
{
    m_server->setLifecycleStepMs(-1);
    m_settings.maxConcurrentPerAccount = 1;
    m_settings.pollScheduleSeconds = {60};
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << enqueue(d, number(i), i);
    m_server->failAuthAfter(2);
    QSignalSpy paused(&dispatcher(), &Dispatcher::destinationPaused);
    dispatcher().start();
    QVERIFY(paused.wait(5000));
    QCOMPARE(paused.constFirst().at(0).toString(), d.id);
    QCOMPARE(paused.constFirst().at(1).toString(), Dispatcher::breakerReason());
    const auto stored = m_destinations->find(d.id);
    QVERIFY(stored && stored->paused);
    QCOMPARE(stored->pausedReason, Dispatcher::breakerReason());
    QVERIFY(alertRaised(QStringLiteral("authentication_failed")));
    QCOMPARE(state(ids[0]), JobState::Accepted);
    QCOMPARE(state(ids[1]), JobState::Accepted);
    QCOMPARE(state(ids[2]), JobState::Queued); // back in the queue, not failed
    QCOMPARE(job(ids[2]).attempts, 0);
    const int requests = int(m_server->requests().size());
    QTest::qWait(600);
    QCOMPARE(int(m_server->requests().size()), requests); // the breaker holds
    QCOMPARE(paused.size(), 1);

    m_server->failAuthAfter(-1);
    QVERIFY(m_destinations->setPaused(d.id, false).ok);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(ids.cbegin(), ids.cend(),
                               [&](qint64 id) { return state(id) == JobState::Accepted; });
        },
        5000));
    QCOMPARE(posts(), 6); // five messages and the one refused
    QCOMPARE(m_server->messages().size(), 5);
}

void tst_Dispatcher::shouldResumeBreakerWhenSecretIsReplaced()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    m_server->setAuthToken(kAccount, kNewToken); // rotated in Twilio Console
    const qint64 id = enqueue(d, number(1));
    QSignalSpy paused(&dispatcher(), &Dispatcher::destinationPaused);
    QSignalSpy resumed(&dispatcher(), &Dispatcher::destinationResumed);
    dispatcher().start();
    QVERIFY(paused.wait(5000));
    QCOMPARE(state(id), JobState::Queued);
    std::optional<DestinationStore::Result> replaced;
    m_destinations->replaceSecret(d.id, kNewToken, [&](const DestinationStore::Result &r) { replaced = r; });
    QVERIFY(QTest::qWaitFor([&] { return replaced.has_value(); }, 5000));
    QVERIFY2(replaced->ok, qPrintable(replaced->message));
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Delivered; }, 10000));
    QCOMPARE(resumed.size(), 1);
    QVERIFY(!m_destinations->find(d.id)->paused);
}

void tst_Dispatcher::shouldSuppressOn21610AndNeverSendThereAgain()
{
    m_settings.maxConcurrentPerAccount = 1;
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    const QString optedOut = number(7);
    m_server->addUnsubscribed(optedOut);
    const qint64 first = enqueue(d, optedOut, 1);
    const qint64 second = enqueue(d, optedOut, 2); // queued before anyone knew
    const qint64 other = enqueue(d, number(8), 3);
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(other) == JobState::Delivered; }, 10000));
    QCOMPARE(state(first), JobState::Suppressed);
    QCOMPARE(job(first).errorCode, 21610);
    QCOMPARE(state(second), JobState::Suppressed);
    QVERIFY(m_jobs->isSuppressed(optedOut));
    const QList<Suppression> list = m_jobs->suppressions();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().source, QStringLiteral("twilio_21610"));
    const qint64 later = enqueue(d, optedOut, 4);
    QTest::qWait(300);
    QCOMPARE(state(later), JobState::Suppressed);
    QCOMPARE(posts(optedOut), 1); // never retried, never sent again
}

void tst_Dispatcher::shouldFailWithoutRetryOnPermanentError_data()
{
    QTest::addColumn<bool>("testCredentials");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("alert");
    QTest::newRow("21211 invalid To")
        << true << QStringLiteral("+15005550006") << QStringLiteral("+15005550001") << 21211 << QString();
    QTest::newRow("21614 not a mobile")
        << true << QStringLiteral("+15005550006") << QStringLiteral("+15005550009") << 21614 << QString();
    QTest::newRow("21606 From not owned") << false << QStringLiteral("+14155552672") << number(1) << 21606
                                          << QStringLiteral("configuration_error");
}

void tst_Dispatcher::shouldFailWithoutRetryOnPermanentError()
{
    QFETCH(bool, testCredentials);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, code);
    QFETCH(QString, alert);
    const Destination d = testCredentials
                              ? addDestination(QStringLiteral("Sandbox"), kTestAccount, kTestToken, from)
                              : addDestination(QStringLiteral("Main"), kAccount, kToken, from);
    const qint64 id = enqueue(d, to);
    QVERIFY(id);
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Failed; }, 5000));
    QTest::qWait(300);
    QCOMPARE(posts(), 1);
    QCOMPARE(job(id).errorCode, code);
    QCOMPARE(job(id).attempts, 1);
    if (!alert.isEmpty())
        QVERIFY(alertRaised(alert));
    else
        QVERIFY(m_jobs->alerts().isEmpty());
}

void tst_Dispatcher::shouldRaiseAlertForFailedDelivery_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("alert");
    QTest::newRow("30007 carrier filtering") << 30007 << QStringLiteral("destination_config_failed");
    QTest::newRow("30034 unregistered number") << 30034 << QStringLiteral("destination_config_failed");
    QTest::newRow("30003 unreachable") << 30003 << QStringLiteral("delivery_failed");
}

void tst_Dispatcher::shouldRaiseAlertForFailedDelivery()
{
    QFETCH(int, code);
    QFETCH(QString, alert);
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    m_server->setDeliveryFailure(number(1), code);
    const qint64 id = enqueue(d, number(1));
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Undelivered; }, 10000));
    QCOMPARE(job(id).errorCode, code);
    const QList<Alert> alerts = m_jobs->alerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.constFirst().code, alert);
    QCOMPARE(alerts.constFirst().jobId, id);
    QCOMPARE(alerts.constFirst().destinationId, d.id);
    // The catalog's explanation (10DLC registration, carrier filtering...) tells what to fix.
    QVERIFY2(alerts.constFirst().message.contains(TwilioErrorCatalog::lookup(code).explanation),
             qPrintable(alerts.constFirst().message));
}

void tst_Dispatcher::shouldGoDeadWithAlertWhenRetryBudgetIsSpent()
{
    m_settings.maxAttempts = 3;
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    m_server->scriptFault(Fault::ServiceUnavailable503, 10, kMessages, QStringLiteral("POST"));
    const qint64 id = enqueue(d, number(1));
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Dead; }, 5000));
    QTest::qWait(300);
    QCOMPARE(posts(), 3);
    QCOMPARE(job(id).attempts, 3);
    QVERIFY(alertRaised(QStringLiteral("retry_budget_spent")));
}

void tst_Dispatcher::shouldNeverSendCanceledJobs()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    const qint64 canceledEarly = enqueue(d, number(1), 1);
    QVERIFY(m_jobs->cancel(canceledEarly));
    m_server->setRetryAfterSeconds(5); // long enough to cancel it while it waits
    m_server->scriptFault(Fault::RateLimited, 1, kMessages, QStringLiteral("POST"));
    const qint64 waiting = enqueue(d, number(2), 2);
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return state(waiting) == JobState::RetryWait; }, 5000));
    QVERIFY(m_jobs->cancel(waiting));
    m_dispatcher->wake();
    QTest::qWait(500);
    QCOMPARE(state(canceledEarly), JobState::Canceled);
    QCOMPARE(state(waiting), JobState::Canceled);
    QCOMPARE(posts(number(1)), 0);
    QCOMPARE(posts(number(2)), 1);
}

void tst_Dispatcher::shouldPaceSendsToDestinationRate()
{
    m_server->setLifecycleStepMs(-1);
    m_settings.pollScheduleSeconds = {60};
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken, kFrom, 5);
    const int n = 10;
    for (int i = 0; i < n; ++i)
        enqueue(d, number(i), i);
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return posts() == n; }, 10000));
    const QList<QDateTime> times = postTimes();
    // N jobs at 5 per second: the first leaves at once, the others one every 200 ms.
    const qint64 span = times.constFirst().msecsTo(times.constLast());
    QVERIFY2(span >= 1750 && span <= 2000, qPrintable(QString::number(span)));
    for (qsizetype i = 1; i < times.size(); ++i)
        QVERIFY2(times[i - 1].msecsTo(times[i]) >= 140,
                 qPrintable(QString::number(times[i - 1].msecsTo(times[i]))));
}

void tst_Dispatcher::shouldCapConcurrentRequestsPerAccount()
{
    m_server->setLifecycleStepMs(-1);
    m_settings.maxConcurrentPerAccount = 2;
    m_settings.pollScheduleSeconds = {60};
    m_server->setSlowResponseMs(200);
    m_server->scriptFault(Fault::SlowResponse, 8, kMessages, QStringLiteral("POST"));
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i)
        ids << enqueue(d, number(i), i);
    int highest = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this,
            [&] { highest = std::max(highest, dispatcher().requestsInFlight()); });
    sampler.start(2);
    dispatcher().start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(ids.cbegin(), ids.cend(),
                               [&](qint64 id) { return state(id) == JobState::Accepted; });
        },
        10000));
    QCOMPARE(highest, 2);
}

void tst_Dispatcher::shouldStopPollingAtTimeoutAndBecomeIdle()
{
    m_server->setLifecycleStepMs(-1); // Twilio never reports a final status
    m_settings.pollUntilFinalTimeoutSeconds = 0.5;
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    const qint64 id = enqueue(d, number(1));
    QSignalSpy idle(&dispatcher(), &Dispatcher::idle);
    dispatcher().start();
    QVERIFY(idle.wait(5000));
    QVERIFY(dispatcher().isIdle());
    const Job polled = job(id);
    QCOMPARE(polled.state, JobState::Accepted);
    QVERIFY(!polled.nextPollAt.isValid());
    QVERIFY(polled.polls >= 3);
    QVERIFY2(polled.errorMessage.contains(QLatin1String("stopped asking")), qPrintable(polled.errorMessage));
    QVERIFY(!m_jobs->nextPollTime());
}

void tst_Dispatcher::shouldSendOnlyTheSendNowJob()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    const qint64 older = enqueue(d, number(1), 1);
    const qint64 test = enqueue(d, number(2), 2);
    QSignalSpy answered(&dispatcher(), &Dispatcher::attemptFinished);
    dispatcher().sendNow(test);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constFirst().at(0).toLongLong(), test);
    QVERIFY(answered.constFirst().at(1).value<TwilioResult>().ok());
    QCOMPARE(state(test), JobState::Accepted);
    QTest::qWait(300);
    QCOMPARE(state(older), JobState::Queued);
    QCOMPARE(posts(), 1);
    QVERIFY(!dispatcher().isRunning());
}

void tst_Dispatcher::shouldReportSendNowJobBlockedByPausedDestination()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    QVERIFY(m_destinations->setPaused(d.id, true, QStringLiteral("holiday")).ok);
    const qint64 id = enqueue(d, number(1));
    QSignalSpy blocked(&dispatcher(), &Dispatcher::jobBlocked);
    dispatcher().sendNow(id);
    QVERIFY(blocked.wait(5000));
    QVERIFY2(blocked.constFirst().at(1).toString().contains(QLatin1String("holiday")),
             qPrintable(blocked.constFirst().at(1).toString()));
    QCOMPARE(state(id), JobState::Queued);
    QCOMPARE(posts(), 0);
}

void tst_Dispatcher::shouldStopAfterRequestsInFlight()
{
    m_server->setSlowResponseMs(300);
    m_server->scriptFault(Fault::SlowResponse, 1, kMessages, QStringLiteral("POST"));
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken, kFrom, 1);
    const qint64 id = enqueue(d, number(1));
    const qint64 second = enqueue(d, number(2));
    QSignalSpy stopped(&dispatcher(), &Dispatcher::stopped);
    dispatcher().start();
    QVERIFY(QTest::qWaitFor([&] { return dispatcher().requestsInFlight() > 0; }, 5000));
    dispatcher().stop();
    QVERIFY(dispatcher().isRunning()); // until the answer is in
    QVERIFY(stopped.wait(5000));
    QVERIFY(!dispatcher().isRunning());
    QCOMPARE(state(id), JobState::Accepted); // the answer was recorded
    QTest::qWait(200);
    QCOMPARE(state(second), JobState::Queued); // nothing new left
    QCOMPARE(posts(), 1);
}

void tst_Dispatcher::shouldRunInWorkerThread()
{
    const Destination d = addDestination(QStringLiteral("Main"), kAccount, kToken);
    const qint64 id = enqueue(d, number(1));
    QThread worker;
    worker.start();
    const auto joinWorker = qScopeGuard([&] {
        worker.quit();
        worker.wait();
    });
    DispatcherHost::Config config;
    config.profile = m_profile;
    config.secrets = [key = d.keychainKey()] {
        return std::make_unique<PresetSecretStore>(QHash<QString, QString>{{key, kToken}});
    };
    config.endpoints.apiBase = m_server->baseUrl();
    config.endpoints.messagingBase = m_server->baseUrl();
    config.settings = m_settings;
    DispatcherHost *host = nullptr;
    QString error;
    bool built = false;
    DispatcherHost::createInThread(&worker, config, this, [&](DispatcherHost *h, const QString &e) {
        host = h;
        error = e;
        built = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return built; }, 5000));
    QVERIFY2(host, qPrintable(error));
    QCOMPARE(host->thread(), &worker);

    // A second dispatcher on the same profile is refused.
    QString second;
    QVERIFY(!DispatcherHost::create(config, &second));
    QVERIFY2(second.contains(QLatin1String("already sending")), qPrintable(second));

    // Signals cross to this thread through queued connections.
    int changed = 0;
    bool stopped = false;
    connect(&host->dispatcher(), &Dispatcher::jobChanged, this, [&] { ++changed; });
    connect(&host->dispatcher(), &Dispatcher::stopped, this, [&] { stopped = true; });
    QMetaObject::invokeMethod(&host->dispatcher(), [host] { host->dispatcher().start(); });
    QVERIFY(QTest::qWaitFor([&] { return state(id) == JobState::Delivered; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return changed >= 3; }, 2000)); // sending, accepted, delivered
    QMetaObject::invokeMethod(&host->dispatcher(), [host] { host->dispatcher().stop(); });
    QVERIFY(QTest::qWaitFor([&] { return stopped; }, 5000));
    QMetaObject::invokeMethod(
        host, [host] { delete host; }, Qt::BlockingQueuedConnection);
}

QTEST_GUILESS_MAIN(tst_Dispatcher)
#include "tst_dispatcher.moc"
