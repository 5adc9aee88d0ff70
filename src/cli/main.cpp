#include "AppInfo.h"
#include "Cli.h"
#include "CommandLine.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    LeadRails::AppInfo::applyToApplication();
    // The CLI never needs a display, so the application object can exist before parsing; that lets --help
    // and every message be translated (--lang, else LEADRAILS_LANG, overrides the system language).
    QCoreApplication app(argc, argv);
    const QStringList args = LeadRails::CommandLine::argumentsFrom(argc, argv);
    LeadRails::Translations::install(
        LeadRails::Cli::requestedLanguage(args, qEnvironmentVariable("LEADRAILS_LANG")));

    LeadRails::Cli cli;
    if (const auto exitCode = cli.parseGlobal(args))
        return *exitCode;
    return cli.run();
}
