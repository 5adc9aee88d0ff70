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

#if LEADRAILS_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

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

    // While QApplication is created and the window built, a worker does what they would otherwise wait for:
    // fontconfig's set-up (its configuration and font cache, ~7 ms, which the first widget to measure text
    // waits for; Qt's own FcInit then finds it done), then the database driver's library (the workspace). It
    // starts as early as it can: the font set-up must be done before the window measures text, or the window
    // does it all again itself. One worker: on two cores, more threads slowed the window's own work more than
    // they saved. The phone number library and Qt Network are not needed before the first paint
    // (StartUp::Deferred, HttpTransport) and load after it.
    QThreadPool::globalInstance()->start([] {
#if LEADRAILS_HAVE_FONTCONFIG
        FcInit();
#endif
        Database::preloadDriver();
    });
    PhoneNumbers::deferGeocoder();
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

    MainWindow window(*workspace, StartUp::Deferred);
    window.show();

    // Sending, retrying and polling run on their own thread while the window is open.
    DispatcherHost::Config config;
    config.profile = *profile;
    config.secrets = [] { return std::make_unique<KeychainSecretStore>(AppInfo::keychainService()); };
    config.endpoints = workspace->twilio().endpoints();
    config.settings = DispatcherSettings::load(*profile->settings());
    DispatcherThread dispatcher(config);

    // What the first paint need not wait for, once it is done: the rest of the window and the phone number
    // library (MainWindow::finishStartUp), the window icon (the one image the app decodes; reading any image
    // makes Qt load every image plugin) and the dispatcher.
    const bool smoke = parser.isSet(smokeTest);
    FirstPaintProbe::watch(&window, [&window, &dispatcher, smoke](QWidget *shown, qint64 paintedAtUs) {
        if (smoke) {
            // The moment a user sees the window, and the moment all of it is built and filled in: the
            // start-up benchmark measures from process start to both.
            QObject::connect(&window, &MainWindow::startUpFinished, &window, [shown, paintedAtUs] {
                writeTo(stdout,
                        QStringLiteral(
                            "smoke test: main window shown (%1x%2), first paint at %3 us, built at %4 us\n")
                            .arg(shown->width())
                            .arg(shown->height())
                            .arg(paintedAtUs)
                            .arg(FirstPaintProbe::nowUs()));
                QCoreApplication::exit(shown->isVisible() ? ExitSuccess : ExitFailure);
            });
        }
        window.finishStartUp();
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.leadrails.Desktop.png")));
        if (!smoke) {
            window.setDispatcher(&dispatcher);
            dispatcher.start();
        }
    });
    if (smoke) {
        QTimer::singleShot(30000, &window, [] {
            writeTo(stdout, QStringLiteral("smoke test: main window NOT shown\n"));
            QCoreApplication::exit(ExitFailure);
        });
    }
    return app.exec();
}
