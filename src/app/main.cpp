#include "AppInfo.h"
#include "CommandLine.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "Profile.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
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

    QApplication app(argc, argv);
    // The desktop file name ties the window to the installed launcher (on Wayland, the app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.leadrails.Desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.leadrails.Desktop.png")));
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

    if (parser.isSet(smokeTest)) {
        QTimer::singleShot(0, &window, [&window] {
            const bool shown = window.isVisible() && window.width() > 0 && window.height() > 0;
            writeTo(stdout, QStringLiteral("smoke test: main window %1 (%2x%3)\n")
                                .arg(shown ? QStringLiteral("shown") : QStringLiteral("NOT shown"))
                                .arg(window.width())
                                .arg(window.height()));
            QCoreApplication::exit(shown ? ExitSuccess : ExitFailure);
        });
    }
    return app.exec();
}
