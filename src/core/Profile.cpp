#include "Profile.h"

#include "AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace LeadRails {

namespace {
const QString kDataDirOption = QStringLiteral("data-dir");
const char kDataDirEnv[] = "LEADRAILS_DATA_DIR";
} // namespace

Profile::Profile(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory))
{}

QString Profile::defaultDataDirectory()
{
    // Spelled out rather than AppDataLocation so the answer does not depend on whether the caller set the
    // application's name first: ~/.local/share/LeadRails/leadrails on Linux.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return QDir::home().filePath(QStringLiteral(".leadrails"));
    return QDir(base).filePath(AppInfo::organizationName() + QLatin1Char('/') + AppInfo::applicationName());
}

void Profile::addCommandLineOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        kDataDirOption,
        QCoreApplication::translate("LeadRails::Profile",
                                    "Keep the database, settings and logs in <dir> instead of the default "
                                    "profile (also LEADRAILS_DATA_DIR)."),
        QCoreApplication::translate("LeadRails::Profile", "dir")));
}

QString Profile::resolveDataDirectory(const QCommandLineParser &parser)
{
    if (parser.isSet(kDataDirOption))
        return parser.value(kDataDirOption);
    const QString fromEnvironment = qEnvironmentVariable(kDataDirEnv);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultDataDirectory();
}

std::optional<Profile> Profile::open(const QString &dataDirectory, QString *error)
{
    const QString absolute = QFileInfo(dataDirectory).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error =
                QCoreApplication::translate("LeadRails::Profile",
                                            "The data folder %1 is a file. Choose a folder with --data-dir.")
                    .arg(QDir::toNativeSeparators(absolute));
        return std::nullopt;
    }
    if (!QDir().mkpath(absolute)) {
        if (error)
            *error = QCoreApplication::translate("LeadRails::Profile",
                                                 "Could not create the data folder %1. Check its permissions "
                                                 "or choose another folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(absolute));
        return std::nullopt;
    }
    QTemporaryFile probe(QDir(absolute).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        if (error)
            *error = QCoreApplication::translate("LeadRails::Profile",
                                                 "The data folder %1 cannot be written to. Check its "
                                                 "permissions or choose another folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(absolute));
        return std::nullopt;
    }
    return Profile(absolute);
}

QString Profile::databasePath() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("leadrails.sqlite"));
}

QString Profile::settingsPath() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("settings.ini"));
}

QString Profile::logDirectory() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("logs"));
}

std::unique_ptr<QSettings> Profile::settings() const
{
    return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

} // namespace LeadRails
