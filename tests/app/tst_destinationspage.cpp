#include "DestinationEditor.h"
#include "DestinationStore.h"
#include "DestinationsPage.h"
#include "DispatcherThread.h"
#include "FakeTwilioServer.h"
#include "JobStore.h"
#include "MemorySecretStore.h"
#include "MessagePreviewPanel.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace LeadRails;

namespace {
const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kToken = QStringLiteral("f1e2d3c4b5a697887766554433221100");
const QString kFrom = QStringLiteral("+14155552671");
} // namespace

// The Destinations page as a user drives it: typing into the form, the preview following, Save, Verify and
// Send Test against the in-process fake Twilio.
class tst_DestinationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
    void shouldShowTestMessageReachingDelivered();
    void shouldExplainFailingTestSend();
    void shouldSendTestThroughJobPathToDelivered();

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

    std::unique_ptr<FakeTwilioServer> m_server;
    QTemporaryDir m_root;
    std::unique_ptr<Workspace> m_workspace;
    Testing::MemorySecretStore *m_secrets = nullptr;
    std::unique_ptr<DestinationsPage> m_page;
};

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
    m_page->setRecipientPrompt(
        [](const QString &, const QString &) { return QStringLiteral("+14155552673"); });
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_DestinationsPage::cleanup()
{
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

void tst_DestinationsPage::shouldShowTestMessageReachingDelivered()
{
    fillValidForm();
    save();
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    auto *status = child<QLabel>("sendTestStatus");
    QVERIFY(QTest::qWaitFor([&] { return status->text().contains(QLatin1String("queued")); }, 5000));
    QVERIFY2(QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("delivered ✓")); }, 10000),
             qPrintable(status->text()));
    QCOMPARE(m_server->messages().size(), 1);
    QCOMPARE(m_server->messages().constFirst().to, QStringLiteral("+14155552673"));
    // The recipient is remembered for next time.
    QCOMPARE(m_workspace->profile().settings()->value(QStringLiteral("sendTest/lastRecipient")).toString(),
             QStringLiteral("+14155552673"));
}

void tst_DestinationsPage::shouldExplainFailingTestSend()
{
    fillValidForm();
    save();
    m_server->addUnsubscribed(QStringLiteral("+14155552673"));
    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    auto *status = child<QLabel>("sendTestStatus");
    QVERIFY(QTest::qWaitFor([&] { return status->text().contains(QLatin1String("21610")); }, 5000));
    QVERIFY2(status->text().contains(QLatin1String("Fix:")), qPrintable(status->text()));
}

void tst_DestinationsPage::shouldSendTestThroughJobPathToDelivered()
{
    fillValidForm();
    save();
    const Destination saved = m_page->editor()->savedDestination();
    DispatcherHost::Config config;
    config.profile = m_workspace->profile();
    config.secrets = [key = saved.keychainKey()] {
        auto store = std::make_unique<Testing::MemorySecretStore>();
        store->preset(key, kToken);
        return store;
    };
    config.endpoints = m_workspace->twilio().endpoints();
    config.settings.pollScheduleSeconds = {0.2, 0.2, 0.3, 0.5};
    DispatcherThread dispatcher(config);
    QSignalSpy started(&dispatcher, &DispatcherThread::started);
    dispatcher.start();
    QVERIFY(started.wait(5000));
    m_page->setDispatcher(&dispatcher);

    QTest::mouseClick(child<QPushButton>("sendTestButton"), Qt::LeftButton);
    auto *status = child<QLabel>("sendTestStatus");
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return status->text().contains(QLatin1String(": Delivered (SM")) &&
                            status->text().endsWith(QStringLiteral("✓"));
                 },
                 15000),
             qPrintable(status->text()));
    QVERIFY(status->text().startsWith(QLatin1String("Test job")));
    QCOMPARE(m_server->messages().size(), 1);
    // It is a durable job with the test flag, like every other send.
    JobFilter tests;
    tests.onlyTest = true;
    QCOMPARE(m_workspace->jobs()->count(tests), 1);
}

QTEST_MAIN(tst_DestinationsPage)
#include "tst_destinationspage.moc"
