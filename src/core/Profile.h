#pragma once

#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;
class QSettings;

namespace LeadRails {

// A profile is one folder holding everything LeadRails keeps for a user: the database, the settings and
// the logs. Secrets are never in it (they live in the OS keychain). Two profiles side by side share nothing.
class Profile
{
public:
    // The folder used when neither --data-dir nor LEADRAILS_DATA_DIR says otherwise.
    static QString defaultDataDirectory();

    // --data-dir, shared by every executable.
    static void addCommandLineOption(QCommandLineParser &parser);
    // The folder the command line or the environment asks for; the platform default otherwise.
    static QString resolveDataDirectory(const QCommandLineParser &parser);

    // Creates the folder when needed and checks it can be written. On failure, returns nothing and sets
    // *error to a message that says what to fix.
    static std::optional<Profile> open(const QString &dataDirectory, QString *error);

    QString dataDirectory() const { return m_dataDirectory; }
    QString databasePath() const;
    QString settingsPath() const;
    QString logDirectory() const;

    // The profile's own settings file, never the user-wide QSettings location.
    std::unique_ptr<QSettings> settings() const;

private:
    explicit Profile(QString dataDirectory);
    QString m_dataDirectory;
};

} // namespace LeadRails
