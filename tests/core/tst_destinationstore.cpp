#include "Database.h"
#include "DestinationStore.h"
#include "JobStore.h"
#include "MemorySecretStore.h"
#include "Profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>
#include <thread>
#include <unistd.h>

using namespace LeadRails;
using LeadRails::Testing::MemorySecretStore;
using Result = DestinationStore::Result;

Q_DECLARE_METATYPE(LeadRails::SecretStore::Error)

namespace {
const QString kAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kSecret = QStringLiteral("f00dfeedf00dfeedf00dfeedf00d1234");
const QString kNewSecret = QStringLiteral("c0ffeec0ffeec0ffeec0ffeec0ff9876");

Destination sample(const QString &name = QStringLiteral("Main"))
{
    Destination d;
    d.name = name;
    d.accountSid = kAccountSid;
    d.secret = kSecret;
    d.fromNumber = QStringLiteral("+14155552671");
    d.bodyTemplate = QStringLiteral("Hi {{first_name}}! Reply STOP to opt out.");
    return d;
}

// A plain Qt Sql connection beside the one under test, to set up files and to look behind the store's back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    // Returns the first column of the first row, or the error text prefixed with "error: ".
    QVariant exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return QStringLiteral("error: ") + query.lastError().text();
        return query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Every file of the profile, read raw: the database, its WAL and shared-memory files, the settings.
QByteArray profileBytes(const QString &directory)
{
    QByteArray all;
    QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
} // namespace

class tst_DestinationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldCreateListAndFind();
    void shouldRefuseDuplicateNameCaseInsensitively();
    void shouldRefuseInvalidDestinationWithoutTouchingKeychain();
    void shouldDeleteSecretAgainWhenRowCannotBeInserted();
    void shouldKeepSecretOnRename();
    void shouldAuditOnlyChangedFields();
    void shouldReplaceSecret();
    void shouldReplaceSecretWithinAnEdit();
    void shouldRestorePreviousSecretWhenRowCannotBeSaved();
    void shouldRemoveRowAndKeychainEntry();
    void shouldRemoveWhenKeychainEntryIsAlreadyGone();
    void shouldReportKeychainRefusalOnRemove();
    void shouldLeaveNothingBehindWithoutKeychain_data();
    void shouldLeaveNothingBehindWithoutKeychain();
    void shouldKeepStoredSecretWhenReplacementFails();
    void shouldReportMissingSecretOnRead();
    void shouldPauseAndResume();
    void shouldNeverWriteTheSecretToTheProfile();
    void shouldKeepAuditLogAppendOnly();
    void shouldTakeOsUserFromEnvironment();

    void shouldConfigureConnection();
    void shouldMigrateFromEveryEarlierVersion_data();
    void shouldMigrateFromEveryEarlierVersion();
    void shouldKeepDataOnReopen();
    void shouldRefuseDatabaseFromNewerLeadRails();
    void shouldRefuseFileThatIsNotADatabase();
    void shouldRefuseReadOnlyDatabase();
    void shouldRollBackFailedMigration();
    void shouldOpenSeveralConnectionsAtOnce();
    void shouldListMigrationsInOrder();

private:
    Result await(const std::function<void(DestinationStore::Callback)> &operation);
    Destination created(const Destination &destination = sample());
    QList<Database::AuditEntry> audit() const { return m_db->auditEntries(QStringLiteral("destination")); }
    void verifySecretsAbsent(const QStringList &secrets);

    std::optional<QTemporaryDir> m_dir;
    std::optional<Profile> m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<DestinationStore> m_store;
};

void tst_DestinationStore::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    QString error;
    m_profile = Profile::open(m_dir->path(), &error);
    QVERIFY2(m_profile, qPrintable(error));
    m_db = Database::open(m_profile->databasePath(), &error);
    QVERIFY2(m_db, qPrintable(error));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<DestinationStore>(*m_db, *m_secrets, QStringLiteral("tester"));
}

void tst_DestinationStore::cleanup()
{
    m_store.reset();
    m_secrets.reset();
    m_db.reset();
    m_profile.reset();
    m_dir.reset();
}

Result tst_DestinationStore::await(const std::function<void(DestinationStore::Callback)> &operation)
{
    std::optional<Result> result;
    operation([&result](const Result &r) { result = r; });
    // Like the keychain, the store never answers inside the call.
    [&] { QVERIFY(!result); }();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result, 5000); }();
    return result.value_or(Result{});
}

Destination tst_DestinationStore::created(const Destination &destination)
{
    const Result result = await([&](auto done) { m_store->create(destination, done); });
    [&] { QVERIFY2(result.ok, qPrintable(result.message)); }();
    return result.destination;
}

void tst_DestinationStore::verifySecretsAbsent(const QStringList &secrets)
{
    const QByteArray bytes = profileBytes(m_profile->dataDirectory());
    QVERIFY(!bytes.isEmpty());
    for (const QString &secret : secrets) {
        // The hint keeps the last four characters; nothing before them may ever be written, in any encoding.
        for (const QString &part : {secret, secret.chopped(4)}) {
            QVERIFY2(!bytes.contains(part.toUtf8()), qPrintable(part));
            const QByteArray utf16(reinterpret_cast<const char *>(part.utf16()), part.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(part));
        }
        for (const auto &entry : audit())
            QVERIFY(!QJsonDocument(entry.details).toJson().contains(secret.chopped(4).toUtf8()));
    }
}

void tst_DestinationStore::shouldCreateListAndFind()
{
    QSignalSpy changed(m_store.get(), &DestinationStore::changed);
    const Destination d = created();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!QUuid::fromString(d.id).isNull());
    QCOMPARE(d.secret, QString());
    QCOMPARE(d.secretHint, QStringLiteral("1234"));
    QCOMPARE(d.maskedSecret(), QStringLiteral("\u2022\u2022\u2022\u20221234"));
    QVERIFY(d.createdAt.isValid());
    QCOMPARE(d.createdAt, d.updatedAt);

    QCOMPARE(m_secrets->entries().value(QStringLiteral("destination/") + d.id), kSecret);
    QCOMPARE(m_secrets->entries().size(), 1);

    const auto all = m_store->list();
    QCOMPARE(all.size(), 1);
    const auto found = m_store->find(d.id);
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Main"));
    QCOMPARE(found->accountSid, kAccountSid);
    QCOMPARE(found->fromNumber, QStringLiteral("+14155552671"));
    QCOMPARE(found->bodyTemplate, sample().bodyTemplate);
    QCOMPARE(found->recipientTemplate, QStringLiteral("{{phone}}"));
    QCOMPARE(found->region, QStringLiteral("US"));
    QCOMPARE(found->ratePerSecond, 1.0);
    QCOMPARE(found->secretHint, QStringLiteral("1234"));
    QCOMPARE(found->secret, QString());
    QCOMPARE(found->createdAt, d.createdAt); // milliseconds survive the round trip
    QCOMPARE(m_store->findByName(QStringLiteral("  mAIN ")).value().id, d.id);
    QVERIFY(!m_store->find(QStringLiteral("no-such-id")));

    created(sample(QStringLiteral("another")));
    QStringList names;
    for (const Destination &each : m_store->list())
        names << each.name;
    QCOMPARE(names, (QStringList{QStringLiteral("another"), QStringLiteral("Main")}));

    const auto entries = audit();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("destination.create"));
    QCOMPARE(entries.at(0).osUser, QStringLiteral("tester"));
    QCOMPARE(entries.at(0).subjectId, d.id);
    QCOMPARE(entries.at(0).subjectName, QStringLiteral("Main"));
    QCOMPARE(entries.at(0).details.value(QStringLiteral("secret")).toString(), QStringLiteral("stored"));
    QCOMPARE(
        entries.at(0).details.value(QStringLiteral("fields")).toObject().value(QStringLiteral("account_sid")),
        QJsonValue(kAccountSid));
    verifySecretsAbsent({kSecret});
}

void tst_DestinationStore::shouldRefuseDuplicateNameCaseInsensitively()
{
    created();
    const Result result = await([&](auto done) { m_store->create(sample(QStringLiteral("MAIN")), done); });
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().field, QStringLiteral("name"));
    QCOMPARE(result.errors.constFirst().message,
             QStringLiteral("A destination named \"Main\" already exists. Choose another name."));
    QCOMPARE(result.message, result.errors.constFirst().message);
    QCOMPARE(m_store->list().size(), 1);
    QCOMPARE(m_secrets->entries().size(), 1);

    // Renaming another destination onto it is refused the same way.
    const Destination other = created(sample(QStringLiteral("Other")));
    Destination renamed = other;
    renamed.name = QStringLiteral("main");
    const Result rename = await([&](auto done) { m_store->update(renamed, done); });
    QVERIFY(!rename.ok);
    QCOMPARE(rename.errors.constFirst().field, QStringLiteral("name"));
    QCOMPARE(m_store->find(other.id)->name, QStringLiteral("Other"));
}

void tst_DestinationStore::shouldRefuseInvalidDestinationWithoutTouchingKeychain()
{
    Destination d = sample();
    d.accountSid = QStringLiteral("SKfedcba9876543210fedcba9876543210");
    d.fromNumber.clear();
    const Result result = await([&](auto done) { m_store->create(d, done); });
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).field, QStringLiteral("account_sid"));
    QCOMPARE(result.errors.at(1).field, QStringLiteral("from_number"));
    QVERIFY(m_secrets->entries().isEmpty());
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(audit().isEmpty());
}

void tst_DestinationStore::shouldDeleteSecretAgainWhenRowCannotBeInserted()
{
    // Another program takes the name while the keychain is busy: the row cannot go in, so the keychain
    // entry written for it must go too.
    std::optional<Result> result;
    m_store->create(sample(QStringLiteral("Race")), [&](const Result &r) { result = r; });
    RawConnection raw(m_db->path());
    QCOMPARE(
        raw.exec(QStringLiteral("INSERT INTO destinations (id, name, account_sid, auth_mode, "
                                "recipient_template, body_template, created_at, updated_at) VALUES ('x', "
                                "'race', 'AC', 'auth_token', '{{phone}}', 'b', 't', 't')")),
        QVariant());
    QTRY_VERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->errors.size(), 1);
    QCOMPARE(result->errors.constFirst().field, QStringLiteral("name"));
    QTRY_VERIFY(m_secrets->entries().isEmpty());
    QVERIFY(audit().isEmpty());
}

void tst_DestinationStore::shouldKeepSecretOnRename()
{
    const Destination d = created();
    Destination renamed = d;
    renamed.name = QStringLiteral("Renamed");
    const Result result = await([&](auto done) { m_store->update(renamed, done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.destination.id, d.id);
    QCOMPARE(result.destination.secretHint, QStringLiteral("1234"));
    QCOMPARE(m_secrets->entries().size(), 1);
    const Result read = await([&](auto done) { m_store->readSecret(d.id, done); });
    QVERIFY(read.ok);
    QCOMPARE(read.destination.secret, kSecret);
    QCOMPARE(read.destination.name, QStringLiteral("Renamed"));
    QVERIFY(!m_store->findByName(QStringLiteral("Main")));
    QCOMPARE(m_store->findByName(QStringLiteral("renamed"))->id, d.id);
}

void tst_DestinationStore::shouldAuditOnlyChangedFields()
{
    const Destination d = created();
    QSignalSpy changed(m_store.get(), &DestinationStore::changed);
    Destination edited = d;
    edited.name = QStringLiteral("Renamed");
    edited.ratePerSecond = 2.5;
    edited.region = QStringLiteral("gb"); // saved normalized
    const Result result = await([&](auto done) { m_store->update(edited, done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(changed.count(), 1);
    QVERIFY(result.destination.updatedAt >= d.updatedAt);
    QCOMPARE(m_store->find(d.id)->region, QStringLiteral("GB"));

    const auto entries = audit();
    QCOMPARE(entries.size(), 2);
    const auto &entry = entries.at(1);
    QCOMPARE(entry.action, QStringLiteral("destination.update"));
    QCOMPARE(entry.subjectName, QStringLiteral("Renamed"));
    const QJsonObject diff = entry.details.value(QStringLiteral("changed")).toObject();
    QCOMPARE(diff.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("rate_per_second"),
                                       QStringLiteral("region")}));
    QCOMPARE(diff.value(QStringLiteral("name")).toObject(),
             (QJsonObject{{QStringLiteral("old"), QStringLiteral("Main")},
                          {QStringLiteral("new"), QStringLiteral("Renamed")}}));
    QCOMPARE(diff.value(QStringLiteral("rate_per_second")).toObject().value(QStringLiteral("new")).toDouble(),
             2.5);
    QVERIFY(!entry.details.contains(QStringLiteral("secret")));

    // Saving without changes writes nothing.
    const Result again = await([&](auto done) { m_store->update(result.destination, done); });
    QVERIFY(again.ok);
    QCOMPARE(audit().size(), 2);
    QCOMPARE(changed.count(), 1);
}

void tst_DestinationStore::shouldReplaceSecret()
{
    const Destination d = created();
    const Result result =
        await([&](auto done) { m_store->replaceSecret(d.id, QStringLiteral(" ") + kNewSecret, done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.destination.secretHint, QStringLiteral("9876"));
    QCOMPARE(m_store->find(d.id)->maskedSecret(), QStringLiteral("\u2022\u2022\u2022\u20229876"));
    QCOMPARE(m_secrets->entries().value(d.keychainKey()), kNewSecret);
    const auto entries = audit();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).action, QStringLiteral("destination.secret_replace"));
    QCOMPARE(entries.at(1).details, (QJsonObject{{QStringLiteral("secret"), QStringLiteral("replaced")}}));
    verifySecretsAbsent({kSecret, kNewSecret});

    const Result invalid = await([&](auto done) { m_store->replaceSecret(d.id, QString(), done); });
    QVERIFY(!invalid.ok);
    QCOMPARE(invalid.errors.size(), 1);
    QCOMPARE(invalid.errors.constFirst().field, QStringLiteral("secret"));
    QCOMPARE(m_secrets->entries().value(d.keychainKey()), kNewSecret);
}

void tst_DestinationStore::shouldReplaceSecretWithinAnEdit()
{
    const Destination d = created();
    Destination edited = d;
    edited.name = QStringLiteral("Renamed");
    edited.secret = kNewSecret;
    const Result result = await([&](auto done) { m_store->update(edited, done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.destination.secret, QString());
    QCOMPARE(m_secrets->entries().value(d.keychainKey()), kNewSecret);
    const auto entry = audit().constLast();
    QCOMPARE(entry.action, QStringLiteral("destination.update"));
    QCOMPARE(entry.details.value(QStringLiteral("secret")).toString(), QStringLiteral("replaced"));
    QCOMPARE(entry.details.value(QStringLiteral("changed")).toObject().keys(),
             QStringList{QStringLiteral("name")});
    verifySecretsAbsent({kSecret, kNewSecret});
}

void tst_DestinationStore::shouldRestorePreviousSecretWhenRowCannotBeSaved()
{
    const Destination d = created();
    std::optional<Result> result;
    m_store->replaceSecret(d.id, kNewSecret, [&](const Result &r) { result = r; });
    // The row disappears while the keychain works.
    RawConnection raw(m_db->path());
    QCOMPARE(raw.exec(QStringLiteral("DELETE FROM destinations WHERE id = '%1'").arg(d.id)), QVariant());
    QTRY_VERIFY(result);
    QVERIFY(!result->ok);
    QVERIFY2(result->message.contains(QLatin1String("no longer exists")), qPrintable(result->message));
    QTRY_COMPARE(m_secrets->entries().value(d.keychainKey()), kSecret);
    QCOMPARE(audit().size(), 1);
}

void tst_DestinationStore::shouldRemoveRowAndKeychainEntry()
{
    const Destination d = created();
    created(sample(QStringLiteral("Kept")));
    QSignalSpy changed(m_store.get(), &DestinationStore::changed);
    const Result result = await([&](auto done) { m_store->remove(d.id, done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.message.isEmpty());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_store->find(d.id));
    QCOMPARE(m_store->list().size(), 1);
    QVERIFY(!m_secrets->entries().contains(d.keychainKey()));
    QCOMPARE(m_secrets->entries().size(), 1);
    const auto entry = audit().constLast();
    QCOMPARE(entry.action, QStringLiteral("destination.remove"));
    QCOMPARE(entry.subjectId, d.id);
    QCOMPARE(entry.subjectName, QStringLiteral("Main"));
    verifySecretsAbsent({kSecret});

    const Result again = await([&](auto done) { m_store->remove(d.id, done); });
    QVERIFY(!again.ok);
    QVERIFY2(again.message.contains(QLatin1String("no longer exists")), qPrintable(again.message));
    const Result read = await([&](auto done) { m_store->readSecret(d.id, done); });
    QVERIFY(!read.ok);
}

void tst_DestinationStore::shouldRemoveWhenKeychainEntryIsAlreadyGone()
{
    const Destination d = created();
    bool removed = false;
    m_secrets->remove(d.keychainKey(), this, [&](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
    const Result result = await([&](auto done) { m_store->remove(d.id, done); });
    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    QVERIFY(m_store->list().isEmpty());
}

void tst_DestinationStore::shouldReportKeychainRefusalOnRemove()
{
    const Destination d = created();
    m_secrets->failWith(SecretStore::Error::AccessDenied);
    const Result result = await([&](auto done) { m_store->remove(d.id, done); });
    QVERIFY(result.ok);
    QCOMPARE(result.secretError, SecretStore::Error::AccessDenied);
    QVERIFY2(result.message.contains(d.keychainKey()) && result.message.contains(QLatin1String("denied")),
             qPrintable(result.message));
    QVERIFY(m_store->list().isEmpty());
}

void tst_DestinationStore::shouldLeaveNothingBehindWithoutKeychain_data()
{
    QTest::addColumn<SecretStore::Error>("error");
    QTest::newRow("no keychain service") << SecretStore::Error::NoBackend;
    QTest::newRow("keychain locked") << SecretStore::Error::AccessDenied;
    QTest::newRow("other failure") << SecretStore::Error::Other;
}

void tst_DestinationStore::shouldLeaveNothingBehindWithoutKeychain()
{
    QFETCH(SecretStore::Error, error);
    m_secrets->failWith(error);
    QSignalSpy changed(m_store.get(), &DestinationStore::changed);
    const Result result = await([&](auto done) { m_store->create(sample(), done); });
    QVERIFY(!result.ok);
    QCOMPARE(result.secretError, error);
    QCOMPARE(result.message, SecretStore::messageFor(error));
    QVERIFY(result.errors.isEmpty());
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(m_secrets->entries().isEmpty());
    QVERIFY(audit().isEmpty());
    QCOMPARE(changed.count(), 0);
    verifySecretsAbsent({kSecret});
}

void tst_DestinationStore::shouldKeepStoredSecretWhenReplacementFails()
{
    const Destination d = created();
    m_secrets->failWith(SecretStore::Error::AccessDenied);
    const Result result = await([&](auto done) { m_store->replaceSecret(d.id, kNewSecret, done); });
    QVERIFY(!result.ok);
    QCOMPARE(result.secretError, SecretStore::Error::AccessDenied);
    QCOMPARE(result.message, SecretStore::messageFor(SecretStore::Error::AccessDenied));
    m_secrets->failWith(SecretStore::Error::None);
    QCOMPARE(m_store->find(d.id)->secretHint, QStringLiteral("1234"));
    QCOMPARE(m_secrets->entries().value(d.keychainKey()), kSecret);
    QCOMPARE(audit().size(), 1);
}

void tst_DestinationStore::shouldReportMissingSecretOnRead()
{
    const Destination d = created();
    bool removed = false;
    m_secrets->remove(d.keychainKey(), this, [&](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
    const Result result = await([&](auto done) { m_store->readSecret(d.id, done); });
    QVERIFY(!result.ok);
    QCOMPARE(result.secretError, SecretStore::Error::NotFound);
    QCOMPARE(result.message, SecretStore::messageFor(SecretStore::Error::NotFound));
    QCOMPARE(result.destination.id, d.id); // so the caller can offer to enter it again
}

void tst_DestinationStore::shouldPauseAndResume()
{
    const Destination d = created();
    QSignalSpy changed(m_store.get(), &DestinationStore::changed);
    const QString reason = QStringLiteral("Twilio refused the credentials (20003).");
    Result result = m_store->setPaused(d.id, true, reason);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(m_store->find(d.id)->paused);
    QCOMPARE(m_store->find(d.id)->pausedReason, reason);
    // The breaker tripping again changes nothing.
    QVERIFY(m_store->setPaused(d.id, true, reason).ok);
    QCOMPARE(changed.count(), 1);

    // An edit keeps the pause: resuming is its own action.
    Destination edited = *m_store->find(d.id);
    edited.paused = false;
    edited.name = QStringLiteral("Renamed");
    QVERIFY(await([&](auto done) { m_store->update(edited, done); }).ok);
    QVERIFY(m_store->find(d.id)->paused);

    QVERIFY(m_store->setPaused(d.id, false).ok);
    QVERIFY(!m_store->find(d.id)->paused);
    QCOMPARE(m_store->find(d.id)->pausedReason, QString());
    QVERIFY(!m_store->setPaused(QStringLiteral("gone"), true).ok);

    QStringList actions;
    for (const auto &entry : audit())
        actions << entry.action;
    QCOMPARE(actions,
             (QStringList{QStringLiteral("destination.create"), QStringLiteral("destination.pause"),
                          QStringLiteral("destination.update"), QStringLiteral("destination.resume")}));
    QCOMPARE(audit().at(1).details.value(QStringLiteral("reason")).toString(), reason);
}

void tst_DestinationStore::shouldNeverWriteTheSecretToTheProfile()
{
    // Every operation, then every byte of every file in the profile, WAL included.
    Destination d = created();
    verifySecretsAbsent({kSecret});
    d.name = QStringLiteral("Renamed");
    QVERIFY(await([&](auto done) { m_store->update(d, done); }).ok);
    verifySecretsAbsent({kSecret});
    QVERIFY(await([&](auto done) { m_store->replaceSecret(d.id, kNewSecret, done); }).ok);
    verifySecretsAbsent({kSecret, kNewSecret});
    QVERIFY(m_store->setPaused(d.id, true, QStringLiteral("test")).ok);
    verifySecretsAbsent({kSecret, kNewSecret});
    QVERIFY(await([&](auto done) { m_store->readSecret(d.id, done); }).ok);
    verifySecretsAbsent({kSecret, kNewSecret});
    QVERIFY(await([&](auto done) { m_store->remove(d.id, done); }).ok);
    verifySecretsAbsent({kSecret, kNewSecret});
    // Closing checkpoints the WAL into the main file.
    m_store.reset();
    const QString path = m_db->path();
    m_db.reset();
    QVERIFY(QFile::exists(path));
    QString error;
    m_db = Database::open(path, &error);
    QVERIFY2(m_db, qPrintable(error));
    verifySecretsAbsent({kSecret, kNewSecret});
}

void tst_DestinationStore::shouldKeepAuditLogAppendOnly()
{
    created();
    QCOMPARE(audit().size(), 1);
    RawConnection raw(m_db->path());
    const QString update = raw.exec(QStringLiteral("UPDATE audit_log SET os_user = 'mallory'")).toString();
    QVERIFY2(update.contains(QLatin1String("append-only")), qPrintable(update));
    const QString remove = raw.exec(QStringLiteral("DELETE FROM audit_log")).toString();
    QVERIFY2(remove.contains(QLatin1String("append-only")), qPrintable(remove));
    QCOMPARE(audit().size(), 1);
    QCOMPARE(audit().constFirst().osUser, QStringLiteral("tester"));
}

void tst_DestinationStore::shouldTakeOsUserFromEnvironment()
{
    const QByteArray user = qgetenv("USER");
    const QByteArray username = qgetenv("USERNAME");
    qputenv("USER", "ada");
    QCOMPARE(DestinationStore::currentOsUser(), QStringLiteral("ada"));
    qunsetenv("USER");
    qputenv("USERNAME", "grace");
    QCOMPARE(DestinationStore::currentOsUser(), QStringLiteral("grace"));
    qputenv("USER", user);
    qputenv("USERNAME", username);
    if (user.isNull())
        qunsetenv("USER");
    if (username.isNull())
        qunsetenv("USERNAME");
}

void tst_DestinationStore::shouldConfigureConnection()
{
    QSqlQuery query(m_db->connection());
    const auto pragma = [&](const char *name) {
        [&] {
            QVERIFY2(query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) && query.next(), name);
        }();
        return query.value(0);
    };
    QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma("foreign_keys").toInt(), 1);
    QCOMPARE(pragma("synchronous").toInt(), 1); // NORMAL
    QCOMPARE(pragma("busy_timeout").toInt(), 5000);
    QCOMPARE(pragma("user_version").toInt(), Database::latestVersion());
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
}

void tst_DestinationStore::shouldMigrateFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("fileExists");
    QTest::newRow("no file yet") << 0 << false;
    for (int version = 0; version <= Database::latestVersion(); ++version)
        QTest::addRow("version %d", version) << version << true;
}

void tst_DestinationStore::shouldMigrateFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH(bool, fileExists);
    m_store.reset();
    m_db.reset();
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("old.sqlite"));
    if (fileExists) {
        // Built the way that version of LeadRails left it: its migrations only, then data in it.
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        RawConnection raw(path);
        for (const auto &migration : Database::migrations()) {
            if (migration.version > version)
                break;
            for (const QString &statement : migration.statements)
                QCOMPARE(raw.exec(statement), QVariant());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)), QVariant());
        }
        if (version >= 1) {
            QCOMPARE(
                raw.exec(
                    QStringLiteral(
                        "INSERT INTO destinations (id, name, account_sid, auth_mode, from_number, "
                        "recipient_template, body_template, region, marketing, rate_per_second, enabled, "
                        "secret_hint, created_at, updated_at) VALUES ('old-id', 'Old', '%1', 'auth_token', "
                        "'+14155552671', '{{phone}}', 'Hi. Reply STOP to opt out.', 'US', 1, 2.5, 1, '1234', "
                        "'2024-01-02T03:04:05.678Z', '2024-01-02T03:04:05.678Z')")
                        .arg(kAccountSid)),
                QVariant());
            QCOMPARE(raw.exec(QStringLiteral(
                         "INSERT INTO audit_log (at, os_user, action, subject_type, "
                         "subject_id, subject_name, details) VALUES ('2024-01-02T03:04:05.678Z', "
                         "'old', 'destination.create', 'destination', 'old-id', 'Old', '{}')")),
                     QVariant());
        }
        if (version >= 2) {
            for (const char *sql :
                 {"INSERT INTO jobs (destination_id, destination_name, lead, to_number, body, state, "
                  "attempts, "
                  "twilio_sid, created_at, updated_at) VALUES ('old-id', 'Old', "
                  "'{\"phone\":\"+14155552671\"}', "
                  "'+14155552671', 'Hi. Reply STOP to opt out.', 'delivered', 1, "
                  "'SM0123456789abcdef0123456789abcdef', '2024-01-02T03:04:05.678Z', "
                  "'2024-01-02T03:04:05.678Z')",
                  "INSERT INTO attempts (job_id, at, http_status, outcome) VALUES (1, "
                  "'2024-01-02T03:04:05.678Z', "
                  "201, 'success')",
                  "INSERT INTO suppressions (number, reason, source, at) VALUES ('+14155552672', 'STOP', "
                  "'twilio_21610', '2024-01-02T03:04:05.678Z')",
                  "INSERT INTO alerts (severity, destination_id, code, message, first_seen, last_seen) "
                  "VALUES "
                  "('error', 'old-id', 'destination_config_failed', 'm', '2024-01-02T03:04:05.678Z', "
                  "'2024-01-02T03:04:05.678Z')"})
                QCOMPARE(raw.exec(QLatin1String(sql)), QVariant());
        }
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version")).toInt(), version);
    }

    QString error;
    m_db = Database::open(path, &error);
    QVERIFY2(m_db, qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
    m_store = std::make_unique<DestinationStore>(*m_db, *m_secrets, QStringLiteral("tester"));
    if (version >= 1) {
        const auto old = m_store->find(QStringLiteral("old-id"));
        QVERIFY(old);
        QCOMPARE(old->name, QStringLiteral("Old"));
        QCOMPARE(old->ratePerSecond, 2.5);
        QCOMPARE(old->maskedSecret(), QStringLiteral("\u2022\u2022\u2022\u20221234"));
        QCOMPARE(old->createdAt, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
        QCOMPARE(audit().size(), 1);
    }
    JobStore jobs(*m_db, QStringLiteral("tester"));
    QCOMPARE(jobs.count({}), version >= 2 ? 1 : 0);
    if (version >= 2) {
        const auto job = jobs.job(1);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Delivered);
        QCOMPARE(job->destinationName, QStringLiteral("Old"));
        QCOMPARE(job->lead.value(QStringLiteral("phone")).toString(), QStringLiteral("+14155552671"));
        QCOMPARE(jobs.attempts(1).size(), 1);
        QCOMPARE(jobs.stateCounts().value(JobState::Delivered), 1);
        // The chart's hourly counts: filled from the jobs already there when migration 3 ran.
        const QDate created(2024, 1, 2);
        QCOMPARE(jobs.dailyCounts(created, created, {}, QTimeZone::utc()),
                 QList<DailyJobCounts>{(DailyJobCounts{created, 1, 1, 0})});
        QVERIFY(jobs.isSuppressed(QStringLiteral("+14155552672")));
        QCOMPARE(jobs.unacknowledgedAlertCount(), 1);
    }
    // And the migrated database takes new data.
    created(sample(QStringLiteral("New")));
    QCOMPARE(m_store->list().size(), version >= 1 ? 2 : 1);
}

void tst_DestinationStore::shouldKeepDataOnReopen()
{
    const Destination d = created();
    m_store.reset();
    const QString path = m_db->path();
    m_db.reset();
    QString error;
    m_db = Database::open(path, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_store = std::make_unique<DestinationStore>(*m_db, *m_secrets, QStringLiteral("tester"));
    const auto found = m_store->find(d.id);
    QVERIFY(found);
    QCOMPARE(found->name, d.name);
    QCOMPARE(found->updatedAt, d.updatedAt);
    QCOMPARE(audit().size(), 1);
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
}

void tst_DestinationStore::shouldRefuseDatabaseFromNewerLeadRails()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("future.sqlite"));
    {
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE future_things (x)")), QVariant());
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 999")), QVariant());
    }
    QString error;
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("newer version of LeadRails")) &&
                 error.contains(QLatin1String("database version 999")) &&
                 error.contains(QLatin1String("Update LeadRails")),
             qPrintable(error));
    // Refused before anything was written: still version 999, not switched to WAL.
    RawConnection raw(path);
    QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version")).toInt(), 999);
    QCOMPARE(raw.exec(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

void tst_DestinationStore::shouldRefuseFileThatIsNotADatabase()
{
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    file.close();
    QString error;
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("is not a LeadRails database")) &&
                 error.contains(QLatin1String("not an SQLite file")),
             qPrintable(error));
    QVERIFY(!Database::open(m_dir->path(), &error));
    QVERIFY2(error.contains(QLatin1String("is a folder")), qPrintable(error));
}

void tst_DestinationStore::shouldRefuseReadOnlyDatabase()
{
    if (::geteuid() == 0)
        QSKIP("root writes to read-only files");
    const QString path = m_db->path();
    m_store.reset();
    m_db.reset();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    QString error;
    QVERIFY(!Database::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_DestinationStore::shouldRollBackFailedMigration()
{
    m_store.reset();
    m_db.reset();
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("broken.sqlite"));
    QList<Database::Migration> migrations = Database::migrations();
    const int broken = Database::latestVersion() + 1;
    migrations.append(
        {broken,
         QStringLiteral("a broken one"),
         {QStringLiteral("CREATE TABLE half_done (x)"), QStringLiteral("INSERT INTO nowhere VALUES (1)")}});
    QString error;
    QVERIFY(!Database::open(path, &error, migrations));
    QVERIFY2(error.contains(QStringLiteral("version %1 (a broken one)").arg(broken)) &&
                 error.contains(QLatin1String("nowhere")),
             qPrintable(error));
    // The earlier migrations stay; the broken one left nothing.
    RawConnection raw(path);
    QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
    QCOMPARE(raw.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).toInt(),
             0);
    m_db = Database::open(path, &error);
    QVERIFY2(m_db, qPrintable(error));
}

void tst_DestinationStore::shouldOpenSeveralConnectionsAtOnce()
{
    const Destination d = created();
    QString error;
    auto second = Database::open(m_db->path(), &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->connection().connectionName() != m_db->connection().connectionName());
    MemorySecretStore otherSecrets;
    DestinationStore otherStore(*second, otherSecrets, QStringLiteral("other"));
    QCOMPARE(otherStore.find(d.id)->name, QStringLiteral("Main"));

    // A connection belongs to its thread: another thread opens its own.
    QString fromThread;
    std::thread worker([&] {
        QString threadError;
        auto own = Database::open(m_db->path(), &threadError);
        if (!own) {
            fromThread = QStringLiteral("error: ") + threadError;
            return;
        }
        QSqlQuery query(own->connection());
        if (query.exec(QStringLiteral("SELECT name FROM destinations")) && query.next())
            fromThread = query.value(0).toString();
    });
    worker.join();
    QCOMPARE(fromThread, QStringLiteral("Main"));
}

void tst_DestinationStore::shouldListMigrationsInOrder()
{
    const auto &migrations = Database::migrations();
    QVERIFY(!migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        QCOMPARE(migrations.at(i).version, int(i + 1));
        QVERIFY(!migrations.at(i).description.isEmpty());
        QVERIFY(!migrations.at(i).statements.isEmpty());
    }
    QCOMPARE(Database::latestVersion(), int(migrations.size()));
}

QTEST_GUILESS_MAIN(tst_DestinationStore)
#include "tst_destinationstore.moc"
