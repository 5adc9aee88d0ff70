#include "DestinationEditor.h"
#include "DestinationStore.h"
#include "DestinationsPage.h"
#include "DispatcherThread.h"
#include "FakeTwilioServer.h"
#include "JobListModel.h"
#include "JobStore.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessagePreviewPanel.h"
#include "Workspace.h"

#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>

using namespace LeadRails;

namespace {
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kFrom = QStringLiteral("+14155552671");
const QString kRecipient = QStringLiteral("+14155552673");
// Twilio's test credentials, and the magic numbers they answer to.
const QString kTestAccount = QStringLiteral("AC00000000000000000000000000000001");
const QString kTestToken = QStringLiteral("00000000000000000000000000000001");
const QString kMagicFrom = QStringLiteral("+15005550006");

// Clicks `button` in the next message box that opens (QMessageBox::question runs its own event loop), and
// records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        timer->deleteLater();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    timer->start();
}
} // namespace

// The Destinations page as a user drives it: typing into the form, the preview following, Save, Verify and
// Send Test against the in-process fake Twilio.
class tst_DestinationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldShowValidationMessagesNextToFieldsAndClearThem();
    void shouldEnableSaveOnlyWhenValid();
    void shouldSaveAndReopenWithSecretMasked();
    void shouldFollowTypingInPreview();
    void shouldJumpToTemplatePlaceFromWarning();
    void shouldRevealSecretOnlyOnRequest();
    void shouldShowEveryVerifyCheck();
    void shouldShowFailedVerifyWithFix();
    void shouldShowMessagingServiceCheckWhenVerifying_data();
    void shouldShowMessagingServiceCheckWhenVerifying();
    void shouldAskAboutUnsavedChangesBeforeLeaving_data();
    void shouldAskAboutUnsavedChangesBeforeLeaving();
    void shouldCloseWindowOnlyOnceChangesAreSaved();
    void shouldShowTestMessageReachingDelivered();
    void shouldExplainFailingTestSend();
    void shouldFollowTestJobSentByAnotherProcess();
    void shouldLeaveQueuedTestJobAndSayWaitingWhenNobodySends();
    void shouldSaveChangesBeforeSendingTest();
    void shouldNotTextSuppressedNumberInTest();
    void shouldOpenTestJobInJobsView();

private:
    template<typename T> T *child(const char *name)
    {
        auto *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    void fillValidForm();
    void save();
    // A dispatcher on its own thread, as MainWindow runs it, with the saved destination's secret in its
    // keychain. Not given to the page unless `attach`: then it stands for another process sending.
    DispatcherThread *startDispatcher(bool attach, const QString &secret = kToken);
    std::optional<Job> onlyTestJob() const;

    std::unique_ptr<FakeTwilioServer> m_server;
    QTemporaryDir m_root;
    std::unique_ptr<Workspace> m_workspace;
    Testing::MemorySecretStore *m_secrets = nullptr;
    std::unique_ptr<DestinationsPage> m_page;
    std::unique_ptr<DispatcherThread> m_dispatcher;
};

void tst_DestinationsPage::initTestCase()
{
    // English as the app speaks it: plural forms ("1 segment", "2 segments") come from the shipped file.
    QVERIFY(Translations::install(QStringLiteral("en")).startsWith(QLatin1String("en")));
}

void tst_DestinationsPage::init()
{
    m_server = std::make_unique<FakeTwilioServer>();
    QVERIFY(m_server->listen());
    m_server->addAccount(kAccount, kToken);
    m_server->addPhoneNumber(kAccount, kFrom);
    m_server->setLifecycleStepMs(100);
    qputenv("LEADRAILS_TWILIO_API_BASE", m_server->baseUrl().toString().toUtf8());
    qputenv("LEADRAILS_TWILIO_MESSAGING_BASE", m_server->baseUrl().toString().toUtf8());
    static int n = 0;
    QString error;
    auto secrets = std::make_unique<Testing::MemorySecretStore>();
    m_secrets = secrets.get();
    m_workspace = Workspace::open(*Profile::open(m_root.filePath(QString::number(++n)), nullptr),
                                  std::move(secrets), &error);
    QVERIFY2(m_workspace, qPrintable(error));
    m_page = std::make_unique<DestinationsPage>(*m_workspace);
    m_page->setRecipientPrompt([](const QString &, const QString &) { return kRecipient; });
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_DestinationsPage::cleanup()
{
    m_dispatcher.reset();
    m_page.reset();
    m_workspace.reset();
    m_server.reset();
}

void tst_DestinationsPage::fillValidForm()
{
    child<QLineEdit>("nameEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Spring leads"));
    QTest::keyClicks(child<QLineEdit>("accountSidEdit"), kAccount);
    QTest::keyClicks(child<QLineEdit>("secretEdit"), kToken);
    QTest::keyClicks(child<QLineEdit>("fromEdit"), kFrom);
}

void tst_DestinationsPage::save()
{
    auto *saveButton = child<QPushButton>("saveButton");
    QVERIFY(saveButton->isEnabled());
    QSignalSpy saved(m_page->editor(), &DestinationEditor::saved);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(5000));
}

void tst_DestinationsPage::shouldShowValidationMessagesNextToFieldsAndClearThem()
{
    auto *sid = child<QLineEdit>("accountSidEdit");
    auto *error = child<QLabel>("accountSidError");
    QVERIFY(!error->isVisible()); // an untouched field is not an error
    QTest::keyClicks(sid, QStringLiteral("SK0123456789abcdef0123456789abcdef"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("API Key")), qPrintable(error->text()));
    sid->clear();
    QTest::keyClicks(sid, kAccount);
    QVERIFY(!error->isVisible());

    QTest::keyClicks(child<QLineEdit>("fromEdit"), QStringLiteral("415 555"));
    QVERIFY(child<QLabel>("fromError")->isVisible());
    child<QLineEdit>("fromEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("fromEdit"), kFrom);
    QVERIFY(!child<QLabel>("fromError")->isVisible());
}

void tst_DestinationsPage::shouldEnableSaveOnlyWhenValid()
{
    auto *saveButton = child<QPushButton>("saveButton");
    QVERIFY(!saveButton->isEnabled());
    fillValidForm();
    QVERIFY(saveButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>("messagingServiceEdit"), QStringLiteral("MG123"));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(child<QLabel>("messagingServiceError")->isVisible());
    child<QLineEdit>("messagingServiceEdit")->clear();
    QVERIFY(saveButton->isEnabled());
}

void tst_DestinationsPage::shouldSaveAndReopenWithSecretMasked()
{
    fillValidForm();
    save();
    QCOMPARE(m_secrets->entries().size(), 1);
    QCOMPARE(m_secrets->entries().begin().value(), kToken);
    auto *list = child<QListWidget>("destinationList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Spring leads"));
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled()); // saved: nothing to save

    // Reopen from a fresh page: the secret is not shown back, only its masked hint.
    m_page = std::make_unique<DestinationsPage>(*m_workspace);
    m_page->show();
    child<QListWidget>("destinationList")->setCurrentRow(0);
    auto *secret = child<QLineEdit>("secretEdit");
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY2(secret->placeholderText().contains(QStringLiteral("••••1100")),
             qPrintable(secret->placeholderText()));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Spring leads"));
    QVERIFY(child<QLabel>("secretNote")->text().contains(m_secrets->backendName()));
}

void tst_DestinationsPage::shouldFollowTypingInPreview()
{
    auto *body = child<QPlainTextEdit>("bodyEdit");
    body->clear();
    QTest::keyClicks(body, QStringLiteral("Hello {{name}}! Reply STOP to opt out, HELP for help."));
    QCOMPARE(child<QTextEdit>("previewBody")->toPlainText(),
             QStringLiteral("Hello Ada Lovelace! Reply STOP to opt out, HELP for help."));
    QVERIFY2(child<QLabel>("segmentCounter")->text().startsWith(QStringLiteral("1 segment · GSM-7")),
             qPrintable(child<QLabel>("segmentCounter")->text()));
    QTest::keyClicks(body, QString(120, QLatin1Char('x')));
    QVERIFY2(
        child<QLabel>("segmentCounter")->text().startsWith(QStringLiteral("2 segments · GSM-7 · 177 / 306")),
        qPrintable(child<QLabel>("segmentCounter")->text()));
    // The sample lead is editable too.
    auto *lead = child<QPlainTextEdit>("sampleLeadEdit");
    lead->setPlainText(QStringLiteral(R"({"name":"Zoë","phone":"+14155552673"})"));
    QVERIFY(child<QTextEdit>("previewBody")->toPlainText().startsWith(QStringLiteral("Hello Zoë!")));
    QVERIFY(child<QLabel>("segmentCounter")->text().contains(QLatin1String("UCS-2")));
    QVERIFY(child<QLabel>("previewRecipient")->text().contains(QStringLiteral("+14155552673 ✓")));
    lead->setPlainText(QStringLiteral("{broken"));
    QVERIFY(child<QLabel>("sampleLeadError")->isVisible());
}

void tst_DestinationsPage::shouldJumpToTemplatePlaceFromWarning()
{
    auto *body = child<QPlainTextEdit>("bodyEdit");
    body->setPlainText(QStringLiteral("Hi {{nmae}}. Reply STOP to opt out, HELP for help."));
    auto *issues = child<QListWidget>("previewIssues");
    QListWidgetItem *unknown = nullptr;
    for (int i = 0; i < issues->count(); ++i) {
        if (issues->item(i)->toolTip() == QLatin1String("unknown_variable"))
            unknown = issues->item(i);
    }
    QVERIFY(unknown);
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(unknown).center());
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("{{nmae}}"));
}

void tst_DestinationsPage::shouldRevealSecretOnlyOnRequest()
{
    auto *secret = child<QLineEdit>("secretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QToolButton>("revealSecretButton"), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>("revealSecretButton"), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

DispatcherThread *tst_DestinationsPage::startDispatcher(bool attach, const QString &secret)
{
    const Destination saved = m_page->editor()->savedDestination();
    DispatcherHost::Config config;
    config.profile = m_workspace->profile();
    config.secrets = [key = saved.keychainKey(), secret] {
        auto store = std::make_unique<Testing::MemorySecretStore>();
        store->preset(key, secret);
        return store;
    };
    config.endpoints = m_workspace->twilio().endpoints();
    config.settings.pollScheduleSeconds = {0.2, 0.2, 0.3, 0.5};
    config.settings.refreshSeconds = 0.3;
    m_dispatcher = std::make_unique<DispatcherThread>(config);
    QSignalSpy started(m_dispatcher.get(), &DispatcherThread::started);
    m_dispatcher->start();
    if (!started.wait(5000))
        qFatal("the dispatcher did not start");
    if (attach)
        m_page->setDispatcher(m_dispatcher.get());
    return m_dispatcher.get();
}

std::optional<Job> tst_DestinationsPage::onlyTestJob() const
{
    JobFilter tests;
    tests.onlyTest = true;
    const QList<Job> jobs = m_workspace->jobs()->jobs(tests, 10);
    if (jobs.size() != 1)
        return std::nullopt;
    return jobs.constFirst();
}

void tst_DestinationsPage::shouldShowEveryVerifyCheck()
{
    fillValidForm();
    save();
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    auto *results = child<QListWidget>("verifyResults");
    QVERIFY(QTest::qWaitFor([&] { return results->count() == 2; }, 5000));
    QCOMPARE(results->item(0)->data(Qt::UserRole).toString(), QStringLiteral("passed"));
    QCOMPARE(results->item(1)->data(Qt::UserRole).toString(), QStringLiteral("passed"));
    QVERIFY(results->item(1)->text().contains(kFrom));
    QVERIFY(QTest::qWaitFor(
        [&] { return child<QLabel>("activityLabel")->text().startsWith(QLatin1String("Verified")); }, 2000));
}

void tst_DestinationsPage::shouldShowFailedVerifyWithFix()
{
    child<QLineEdit>("nameEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Wrong"));
    QTest::keyClicks(child<QLineEdit>("accountSidEdit"), kAccount);
    QTest::keyClicks(child<QLineEdit>("secretEdit"), QStringLiteral("00000000000000000000000000000000"));
    QTest::keyClicks(child<QLineEdit>("fromEdit"), kFrom);
    // Verify works before saving, with the secret just typed.
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    auto *results = child<QListWidget>("verifyResults");
    QVERIFY(QTest::qWaitFor([&] { return results->count() == 2; }, 5000));
    QCOMPARE(results->item(0)->data(Qt::UserRole).toString(), QStringLiteral("failed"));
    QVERIFY2(results->item(0)->text().contains(QLatin1String("Fix:")), qPrintable(results->item(0)->text()));
    QCOMPARE(results->item(1)->data(Qt::UserRole).toString(), QStringLiteral("skipped"));
}

void tst_DestinationsPage::shouldShowMessagingServiceCheckWhenVerifying_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("service of this account")
        << true << QStringLiteral("passed") << QStringLiteral("\"Spring campaign\" exists in this account");
    QTest::newRow("unknown service") << false << QStringLiteral("failed") << QStringLiteral("Fix:");
}

void tst_DestinationsPage::shouldShowMessagingServiceCheckWhenVerifying()
{
    QFETCH(bool, exists);
    QFETCH(QString, status);
    QFETCH(QString, shown);
    const QString service =
        exists ? m_server->addMessagingService(kAccount, QStringLiteral("Spring campaign"), {kFrom})
               : FakeTwilioServer::randomSid(QStringLiteral("MG"));
    child<QLineEdit>("nameEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Pooled senders"));
    QTest::keyClicks(child<QLineEdit>("accountSidEdit"), kAccount);
    QTest::keyClicks(child<QLineEdit>("secretEdit"), kToken);
    QTest::keyClicks(child<QLineEdit>("messagingServiceEdit"), service);
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    auto *results = child<QListWidget>("verifyResults");
    QVERIFY(QTest::qWaitFor([&] { return results->count() == 2; }, 5000));
    QCOMPARE(results->item(0)->data(Qt::UserRole).toString(), QStringLiteral("passed"));
    const QString line = results->item(1)->text();
    // The sender line names the Messaging Service, not a From number.
    QVERIFY2(line.startsWith(QStringLiteral("Messaging Service %1").arg(service)), qPrintable(line));
    QCOMPARE(results->item(1)->data(Qt::UserRole).toString(), status);
    QVERIFY2(line.contains(shown), qPrintable(line));
    QVERIFY(m_server->requestCount(QStringLiteral("GET"), QStringLiteral("/v1/Services/") + service) == 1);
}

void tst_DestinationsPage::shouldAskAboutUnsavedChangesBeforeLeaving_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("storedName");
    QTest::addColumn<bool>("left");
    QTest::newRow("save") << int(QMessageBox::Save) << QStringLiteral("Summer leads") << true;
    QTest::newRow("discard") << int(QMessageBox::Discard) << QStringLiteral("Spring leads") << true;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << QStringLiteral("Spring leads") << false;
}

void tst_DestinationsPage::shouldAskAboutUnsavedChangesBeforeLeaving()
{
    QFETCH(int, answer);
    QFETCH(QString, storedName);
    QFETCH(bool, left);
    fillValidForm();
    save();
    auto *name = child<QLineEdit>("nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Summer leads"));

    QString asked;
    answerNextMessageBox(QMessageBox::StandardButton(answer), &asked);
    QSignalSpy saved(m_page->editor(), &DestinationEditor::saved);
    QTest::mouseClick(child<QPushButton>("newDestinationButton"), Qt::LeftButton);
    QCOMPARE(asked, QStringLiteral("The destination has changes that are not saved. Save them?"));
    if (answer == QMessageBox::Save)
        QVERIFY(saved.wait(5000));
    QCOMPARE(m_workspace->destinations().list().constFirst().name, storedName);
    QCOMPARE(child<QListWidget>("destinationList")->item(0)->text(), storedName);
    // Leaving opens an empty form; staying keeps what was typed, still unsaved.
    QCOMPARE(m_page->editor()->isNew(), left);
    QCOMPARE(name->text(), left ? QString() : QStringLiteral("Summer leads"));
    QCOMPARE(m_page->editor()->isDirty(), true);
}

void tst_DestinationsPage::shouldCloseWindowOnlyOnceChangesAreSaved()
{
    m_page.reset();
    MainWindow window(*m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Section::Destinations);
    DestinationsPage *page = window.destinationsPage();
    const auto field = [page](const char *name) { return page->findChild<QLineEdit *>(QLatin1String(name)); };
    QTest::keyClicks(field("nameEdit"), QStringLiteral("Spring leads"));
    QTest::keyClicks(field("accountSidEdit"), kAccount);
    QTest::keyClicks(field("secretEdit"), kToken);
    QTest::keyClicks(field("fromEdit"), kFrom);

    QString asked;
    answerNextMessageBox(QMessageBox::Save, &asked);
    QSignalSpy saved(page->editor(), &DestinationEditor::saved);
    window.close();
    QVERIFY(!asked.isEmpty());
    QVERIFY(window.isVisible());
    // The save goes through the keychain: the window stays open until it is done, then closes.
    QVERIFY(saved.wait(5000));
    QVERIFY(QTest::qWaitFor([&] { return !window.isVisible(); }, 2000));
    QCOMPARE(m_workspace->destinations().list().size(), 1);
    QCOMPARE(m_secrets->entries().size(), 1);
}

void tst_DestinationsPage::shouldShowTestMessageReachingDelivered()
{
    fillValidForm();
    save();
    startDispatcher(true);
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    auto *status = child<QLabel>("sendTestStatus");
    // Enqueued before anything leaves: the job is in the store and shown as queued at once.
    const auto queued = onlyTestJob();
    QVERIFY(queued);
    QVERIFY2(status->text().startsWith(
                 QStringLiteral("Test job %1 to %2: Queued").arg(queued->id).arg(kRecipient)),
             qPrintable(status->text()));
    QVERIFY2(QTest::qWaitFor([&] { return status->text().contains(QLatin1String(": Sent to Twilio (SM")); },
                             10000),
             qPrintable(status->text()));
    QVERIFY2(
        QTest::qWaitFor([&] { return status->text().contains(QLatin1String(": Delivered (SM")); }, 10000),
        qPrintable(status->text()));
    QVERIFY(status->text().endsWith(QStringLiteral("delivered) ✓")));
    QCOMPARE(m_server->messages().size(), 1);
    QCOMPARE(m_server->messages().constFirst().to, kRecipient);
    const auto delivered = m_workspace->jobs()->job(queued->id);
    QCOMPARE(delivered->state, JobState::Delivered);
    QVERIFY(status->text().contains(delivered->twilioSid));
    auto *showJob = child<QPushButton>("showTestJobButton");
    QVERIFY(showJob->isVisible());
    // The results sit below the preview: the pane scrolled to show them.
    QScrollArea *pane = nullptr;
    for (QWidget *w = showJob->parentWidget(); w && !pane; w = w->parentWidget())
        pane = qobject_cast<QScrollArea *>(w);
    QVERIFY(pane);
    QVERIFY(pane->verticalScrollBar()->maximum() > 0); // otherwise nothing needed scrolling
    const auto onScreen = [&] {
        return pane->viewport()->rect().contains(
            QRect(showJob->mapTo(pane->viewport(), QPoint(0, 0)), showJob->size()));
    };
    QTRY_VERIFY_WITH_TIMEOUT(onScreen(), 1000);
    QVERIFY(showJob->text().contains(QString::number(queued->id)));
    // The recipient is remembered for next time.
    QCOMPARE(m_workspace->profile().settings()->value(QStringLiteral("sendTest/lastRecipient")).toString(),
             kRecipient);
}

void tst_DestinationsPage::shouldExplainFailingTestSend()
{
    // Twilio's test credentials refuse +15005550001 as an invalid recipient (21211).
    m_server->addTestAccount(kTestAccount, kTestToken);
    m_page->setRecipientPrompt(
        [](const QString &, const QString &) { return QStringLiteral("+15005550001"); });
    child<QLineEdit>("nameEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("Test credentials"));
    QTest::keyClicks(child<QLineEdit>("accountSidEdit"), kTestAccount);
    QTest::keyClicks(child<QLineEdit>("secretEdit"), kTestToken);
    QTest::keyClicks(child<QLineEdit>("fromEdit"), kMagicFrom);
    save();
    startDispatcher(true, kTestToken);
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    auto *status = child<QLabel>("sendTestStatus");
    QVERIFY2(QTest::qWaitFor([&] { return status->text().contains(QLatin1String(": Failed")); }, 10000),
             qPrintable(status->text()));
    QVERIFY2(
        status->text().contains(QStringLiteral("Twilio error 21211 — Invalid recipient number: The lead's "
                                               "phone number is not a valid number")),
        qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("Fix: Correct the lead's number")),
             qPrintable(status->text()));
    const auto job = onlyTestJob();
    QVERIFY(job);
    QCOMPARE(job->state, JobState::Failed);
    QCOMPARE(job->errorCode, 21211);
    QCOMPARE(job->to, QStringLiteral("+15005550001"));
}

void tst_DestinationsPage::shouldFollowTestJobSentByAnotherProcess()
{
    fillValidForm();
    save();
    // Sends for this profile but tells this page nothing: only the job's row shows what happens.
    startDispatcher(false);
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    auto *status = child<QLabel>("sendTestStatus");
    QVERIFY(status->text().contains(QLatin1String(": Queued")));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return status->text().contains(QLatin1String(": Delivered (SM")) &&
                            status->text().endsWith(QStringLiteral("✓"));
                 },
                 15000),
             qPrintable(status->text()));
    QVERIFY(!status->text().contains(QLatin1String("Waiting for the sender")));
    QCOMPARE(m_server->messages().size(), 1);
}

void tst_DestinationsPage::shouldLeaveQueuedTestJobAndSayWaitingWhenNobodySends()
{
    fillValidForm();
    save();
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    auto *status = child<QLabel>("sendTestStatus");
    QVERIFY(status->text().contains(QLatin1String(": Queued")));
    QVERIFY(!status->text().contains(QLatin1String("Waiting for the sender")));
    QVERIFY2(QTest::qWaitFor([&] { return status->text().contains(QLatin1String("Waiting for the sender")); },
                             8000),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(QLatin1String("leadrails-cli run")));
    // Nothing was sent, and nothing is lost: the test waits in the store for a sender.
    QVERIFY(m_server->messages().isEmpty());
    const auto job = onlyTestJob();
    QVERIFY(job);
    QCOMPARE(job->state, JobState::Queued);
    QCOMPARE(job->to, kRecipient);
    QCOMPARE(job->destinationId, m_page->editor()->savedDestination().id);
}

void tst_DestinationsPage::shouldSaveChangesBeforeSendingTest()
{
    fillValidForm(); // not saved
    QSignalSpy saved(m_page->editor(), &DestinationEditor::saved);
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(child<QListWidget>("destinationList")->count(), 1);
    QVERIFY(!m_page->editor()->isDirty());
    const auto job = onlyTestJob();
    QVERIFY(job);
    QCOMPARE(job->destinationId, m_page->editor()->savedDestination().id);
    QVERIFY(child<QLabel>("sendTestStatus")->text().contains(QLatin1String(": Queued")));

    // A form that cannot be saved sends nothing.
    child<QLineEdit>("fromEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("fromEdit"), QStringLiteral("415 555"));
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("activityLabel")->text(),
             QStringLiteral("Fix the fields marked in red before sending a test."));
    QCOMPARE(m_workspace->jobs()->count(JobFilter{}), 1);
}

void tst_DestinationsPage::shouldNotTextSuppressedNumberInTest()
{
    QVERIFY(
        m_workspace->jobs()->suppress(kRecipient, QStringLiteral("Replied STOP"), QStringLiteral("manual")));
    fillValidForm();
    save();
    startDispatcher(true);
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    const QString status = child<QLabel>("sendTestStatus")->text();
    QVERIFY2(status.contains(QLatin1String(": Suppressed (opted out)")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("on the suppression list (they opted out)")), qPrintable(status));
    QCOMPARE(onlyTestJob()->state, JobState::Suppressed);
    QTest::qWait(500); // the dispatcher had its chance
    QVERIFY(m_server->messages().isEmpty());
}

void tst_DestinationsPage::shouldOpenTestJobInJobsView()
{
    m_page.reset();
    MainWindow window(*m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Section::Destinations);
    DestinationsPage *page = window.destinationsPage();
    page->setRecipientPrompt([](const QString &, const QString &) { return kRecipient; });
    const auto field = [page](const char *name) { return page->findChild<QLineEdit *>(QLatin1String(name)); };
    QTest::keyClicks(field("nameEdit"), QStringLiteral("Spring leads"));
    QTest::keyClicks(field("accountSidEdit"), kAccount);
    QTest::keyClicks(field("secretEdit"), kToken);
    QTest::keyClicks(field("fromEdit"), kFrom);
    QSignalSpy saved(page->editor(), &DestinationEditor::saved);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("sendTestButton")), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const qint64 jobId = page->testJobId();
    QVERIFY(jobId > 0);

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("showTestJobButton")), Qt::LeftButton);
    QCOMPARE(window.currentSection(), MainWindow::Section::Jobs);
    JobsPage *jobs = window.jobsPage();
    const Job *selected = jobs->model()->jobAt(jobs->view()->currentIndex().row());
    QVERIFY(selected);
    QCOMPARE(selected->id, jobId);
    QVERIFY(selected->test);
}

QTEST_MAIN(tst_DestinationsPage)
#include "tst_destinationspage.moc"
