#include "AppInfo.h"
#include "AppStyle.h"
#include "CommandLine.h"
#include "Database.h"
#include "DispatcherSettings.h"
#include "DispatcherThread.h"
#include "FirstPaintProbe.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "PhoneNumbers.h"
#include "Profile.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

using namespace LeadRails;

int main(int argc, char **argv)
{
    AppInfo::applyToApplication();
    QGuiApplication::setApplicationDisplayName(AppInfo::displayName());

    // Everything that needs no display is answered before QApplication exists.
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "LeadRails Desktop: send your leads as SMS through your own Twilio account."));
    Profile::addCommandLineOption(parser);
    const QString smokeTest = QStringLiteral("smoke-test");
    parser.addOption(QCommandLineOption(
        smokeTest,
        QApplication::translate("main", "Build and show the main window, then exit (for checks).")));
    const QString lang = QStringLiteral("lang");
    parser.addOption(QCommandLineOption(
        lang, QApplication::translate("main", "Use <language> (e.g. es) instead of the system language."),
        QApplication::translate("main", "language")));
    CommandLine commandLine(parser, QStringLiteral("leadrails"));
    if (commandLine.parse(CommandLine::argumentsFrom(argc, argv)) == CommandLine::Outcome::Exit)
        return commandLine.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return commandLine.usageError(QApplication::translate("main", "unexpected argument '%1'.")
                                          .arg(parser.positionalArguments().first()));

    // While QApplication is created and the window built, a worker loads the database driver (the workspace
    // needs it first) and the phone library's metadata (the editor validates with it). The phone geocoder
    // loads once the window has painted (below).
    PhoneNumbers::deferGeocoder();
    QThreadPool::globalInstance()->start([] {
        Database::preloadDriver();
        PhoneNumbers::warmUp();
    });
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle);
    // The desktop file name ties the window to the installed launcher (on Wayland, the app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.leadrails.Desktop"));
    Translations::install(parser.value(lang));

    QString error;
    const auto profile = Profile::open(Profile::resolveDataDirectory(parser), &error);
    if (!profile) {
        writeTo(stderr, QStringLiteral("leadrails: %1\n").arg(error));
        if (!parser.isSet(smokeTest))
            QMessageBox::critical(nullptr, AppInfo::displayName(), error);
        return ExitFailure;
    }

    auto workspace =
        Workspace::open(*profile, std::make_unique<KeychainSecretStore>(AppInfo::keychainService()), &error);
    if (!workspace) {
        writeTo(stderr, QStringLiteral("leadrails: %1\n").arg(error));
        if (!parser.isSet(smokeTest))
            QMessageBox::critical(nullptr, AppInfo::displayName(), error);
        return ExitFailure;
    }

    MainWindow window(*workspace);
    window.show();
    // What the first paint need not wait for, once it is done: the window icon (the one image the app
    // decodes; reading any image makes Qt load every image plugin) and the phone geocoder (loading it takes
    // the dynamic loader's lock for tens of ms, which would stall the plugins the window loads meanwhile).
    FirstPaintProbe::watch(&window, [&window](QWidget *, qint64) {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.leadrails.Desktop.png")));
        window.loadPhoneGeocoder();
    });

    // Sending, retrying and polling run on their own thread while the window is open, started after the
    // first paint so they never delay it.
    DispatcherHost::Config config;
    config.profile = *profile;
    config.secrets = [] { return std::make_unique<KeychainSecretStore>(AppInfo::keychainService()); };
    config.endpoints = workspace->twilio().endpoints();
    config.settings = DispatcherSettings::load(*profile->settings());
    DispatcherThread dispatcher(config);
    if (!parser.isSet(smokeTest))
        QTimer::singleShot(0, &window, [&] {
            window.setDispatcher(&dispatcher);
            dispatcher.start();
        });

    if (parser.isSet(smokeTest)) {
        // Exits once the main window has painted: the moment a user would see it. The time lets the start-up
        // benchmark measure from process start to that moment.
        FirstPaintProbe::watch(&window, [](QWidget *shown, qint64 paintedAtUs) {
            writeTo(stdout, QStringLiteral("smoke test: main window shown (%1x%2), first paint at %3 us\n")
                                .arg(shown->width())
                                .arg(shown->height())
                                .arg(paintedAtUs));
            QCoreApplication::exit(shown->isVisible() ? ExitSuccess : ExitFailure);
        });
        QTimer::singleShot(30000, &window, [] {
            writeTo(stdout, QStringLiteral("smoke test: main window NOT shown\n"));
            QCoreApplication::exit(ExitFailure);
        });
    }
    return app.exec();
}
