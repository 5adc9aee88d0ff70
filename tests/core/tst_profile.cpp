#include "Profile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadRails;

class tst_Profile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPreferDataDirOptionOverEnvironment();
    void shouldUseEnvironmentWhenNoOption();
    void shouldFallBackToPlatformLocation();
    void shouldCreateMissingFolder();
    void shouldExplainWhenDataDirIsAFile();
    void shouldKeepSettingsSeparateBetweenProfiles();
    void shouldKeepEveryFileInsideTheProfile();

private:
    static QString resolve(const QStringList &args)
    {
        QCommandLineParser parser;
        Profile::addCommandLineOption(parser);
        [&] { QVERIFY(parser.parse(QStringList{QStringLiteral("prog")} + args)); }();
        return Profile::resolveDataDirectory(parser);
    }
};

void tst_Profile::shouldPreferDataDirOptionOverEnvironment()
{
    qputenv("LEADRAILS_DATA_DIR", "/tmp/from-env");
    QCOMPARE(resolve({QStringLiteral("--data-dir"), QStringLiteral("/tmp/from-option")}),
             QStringLiteral("/tmp/from-option"));
    qunsetenv("LEADRAILS_DATA_DIR");
}

void tst_Profile::shouldUseEnvironmentWhenNoOption()
{
    qputenv("LEADRAILS_DATA_DIR", "/tmp/from-env");
    QCOMPARE(resolve({}), QStringLiteral("/tmp/from-env"));
    qunsetenv("LEADRAILS_DATA_DIR");
}

void tst_Profile::shouldFallBackToPlatformLocation()
{
    qunsetenv("LEADRAILS_DATA_DIR");
    const QString dir = resolve({});
    QCOMPARE(dir, Profile::defaultDataDirectory());
    QVERIFY2(dir.contains(QLatin1String("leadrails"), Qt::CaseInsensitive), qPrintable(dir));
}

void tst_Profile::shouldCreateMissingFolder()
{
    QTemporaryDir root;
    const QString wanted = root.filePath(QStringLiteral("a/b/profile"));
    QString error;
    const auto profile = Profile::open(wanted, &error);
    QVERIFY2(profile, qPrintable(error));
    QVERIFY(QFileInfo(wanted).isDir());
    QCOMPARE(profile->dataDirectory(), QFileInfo(wanted).absoluteFilePath());
}

void tst_Profile::shouldExplainWhenDataDirIsAFile()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("not-a-folder"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    QVERIFY(!Profile::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("is a file")) && error.contains(QLatin1String("--data-dir")),
             qPrintable(error));
    // A folder that cannot be created (its parent is a file) is explained too.
    QVERIFY(!Profile::open(path + QStringLiteral("/inside"), &error));
    QVERIFY2(error.contains(QLatin1String("Could not create")), qPrintable(error));
}

void tst_Profile::shouldKeepSettingsSeparateBetweenProfiles()
{
    QTemporaryDir root;
    const auto first = Profile::open(root.filePath(QStringLiteral("one")), nullptr);
    const auto second = Profile::open(root.filePath(QStringLiteral("two")), nullptr);
    QVERIFY(first && second);
    first->settings()->setValue(QStringLiteral("sendTest/lastRecipient"), QStringLiteral("+14155550100"));
    QCOMPARE(first->settings()->value(QStringLiteral("sendTest/lastRecipient")).toString(),
             QStringLiteral("+14155550100"));
    QVERIFY(!second->settings()->contains(QStringLiteral("sendTest/lastRecipient")));
}

void tst_Profile::shouldKeepEveryFileInsideTheProfile()
{
    QTemporaryDir root;
    const auto profile = Profile::open(root.filePath(QStringLiteral("p")), nullptr);
    QVERIFY(profile);
    for (const QString &path : {profile->databasePath(), profile->settingsPath(), profile->logDirectory()})
        QVERIFY2(path.startsWith(profile->dataDirectory() + QLatin1Char('/')), qPrintable(path));
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
