#include "AppInfo.h"
#include "KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace LeadRails;

// The real OS keychain (Secret Service on Linux). ctest runs this inside a private D-Bus session with a
// throwaway gnome-keyring (label "keychain"), and once more with no Secret Service at all.
class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldStoreReadAndRemoveSecret();
    void shouldReplaceSecret();
    void shouldReportMissingEntry();
    void shouldKeepEntriesOfOtherServicesApart();
    void shouldFailClearlyWithoutSecretService();

private:
    SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &start)
    {
        std::optional<SecretStore::Result> result;
        start([&](const SecretStore::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {SecretStore::Error::Other, QStringLiteral("timed out"), {}};
        return *result;
    }
    static QString uniqueKey()
    {
        return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    bool m_expectNoKeychain = false;
};

void tst_KeychainSecretStore::initTestCase()
{
    m_expectNoKeychain = qEnvironmentVariableIsSet("LEADRAILS_EXPECT_NO_KEYCHAIN");
}

void tst_KeychainSecretStore::shouldStoreReadAndRemoveSecret()
{
    if (m_expectNoKeychain)
        QSKIP("runs with a keychain");
    KeychainSecretStore store(AppInfo::keychainService() + QStringLiteral(" (test)"));
    const QString key = uniqueKey();
    const QString secret = QStringLiteral("f00dfeedf00dfeedf00dfeedf00dfeed");

    auto written = wait([&](auto done) { store.write(key, secret, this, done); });
    QVERIFY2(written.ok(), qPrintable(written.message));
    auto read = wait([&](auto done) { store.read(key, this, done); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, secret);

    auto removed = wait([&](auto done) { store.remove(key, this, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    auto gone = wait([&](auto done) { store.read(key, this, done); });
    QCOMPARE(gone.error, SecretStore::Error::NotFound);
}

void tst_KeychainSecretStore::shouldReplaceSecret()
{
    if (m_expectNoKeychain)
        QSKIP("runs with a keychain");
    KeychainSecretStore store(AppInfo::keychainService() + QStringLiteral(" (test)"));
    const QString key = uniqueKey();
    QVERIFY(wait([&](auto done) { store.write(key, QStringLiteral("old-secret"), this, done); }).ok());
    QVERIFY(wait([&](auto done) { store.write(key, QStringLiteral("new-secret"), this, done); }).ok());
    QCOMPARE(wait([&](auto done) { store.read(key, this, done); }).secret, QStringLiteral("new-secret"));
    QVERIFY(wait([&](auto done) { store.remove(key, this, done); }).ok());
}

void tst_KeychainSecretStore::shouldReportMissingEntry()
{
    if (m_expectNoKeychain)
        QSKIP("runs with a keychain");
    KeychainSecretStore store(AppInfo::keychainService() + QStringLiteral(" (test)"));
    const auto result = wait([&](auto done) { store.read(uniqueKey(), this, done); });
    QCOMPARE(result.error, SecretStore::Error::NotFound);
    QVERIFY2(result.message.contains(QLatin1String("Enter it again")), qPrintable(result.message));
}

void tst_KeychainSecretStore::shouldKeepEntriesOfOtherServicesApart()
{
    if (m_expectNoKeychain)
        QSKIP("runs with a keychain");
    KeychainSecretStore ours(AppInfo::keychainService() + QStringLiteral(" (test A)"));
    KeychainSecretStore theirs(AppInfo::keychainService() + QStringLiteral(" (test B)"));
    const QString key = uniqueKey();
    QVERIFY(wait([&](auto done) { ours.write(key, QStringLiteral("ours"), this, done); }).ok());
    QCOMPARE(wait([&](auto done) { theirs.read(key, this, done); }).error, SecretStore::Error::NotFound);
    QVERIFY(wait([&](auto done) { ours.remove(key, this, done); }).ok());
}

void tst_KeychainSecretStore::shouldFailClearlyWithoutSecretService()
{
    if (!m_expectNoKeychain)
        QSKIP("runs only on a session bus without a Secret Service (ctest: tst_keychain_nobackend)");
    KeychainSecretStore store(AppInfo::keychainService() + QStringLiteral(" (test)"));
    const auto result =
        wait([&](auto done) { store.write(uniqueKey(), QStringLiteral("s3cret"), this, done); });
    QCOMPARE(result.error, SecretStore::Error::NoBackend);
    QVERIFY2(result.message.contains(QLatin1String("gnome-keyring")), qPrintable(result.message));
    QVERIFY(!result.message.contains(QLatin1String("s3cret")));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
