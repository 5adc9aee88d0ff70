#include "CommandLine.h"

#include "AppInfo.h"

#include <QCoreApplication>

namespace LeadRails {

namespace {
// The translation context of this file's texts; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::CommandLine)
};
} // namespace

CommandLine::CommandLine(QCommandLineParser &parser, QString programName)
    : m_parser(parser)
    , m_programName(std::move(programName))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          Text::tr("Show this help and exit.")));
    m_parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                          Text::tr("Show the version and exit.")));
}

QStringList CommandLine::argumentsFrom(int argc, char **argv)
{
    QStringList args;
    args.reserve(argc);
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

CommandLine::Outcome CommandLine::parse(const QStringList &args)
{
    if (!m_parser.parse(args)) {
        m_exitCode = usageError(m_parser.errorText());
        return Outcome::Exit;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // Qt names the executable by its path (or "<executable_name>" before an application object exists);
        // users run it by name, and subcommands are named with their command.
        const qsizetype start = help.indexOf(QLatin1Char(' ')) + 1; // after "Usage: ", whatever the language
        const qsizetype end = help.indexOf(QStringLiteral(" ["), start);
        if (start > 0 && end > start)
            help.replace(start, end - start, m_programName);
        writeTo(stdout, help);
        m_exitCode = ExitSuccess;
        return Outcome::Exit;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        writeTo(stdout, QStringLiteral("%1 %2\n").arg(m_programName, AppInfo::version()));
        m_exitCode = ExitSuccess;
        return Outcome::Exit;
    }
    return Outcome::Proceed;
}

int CommandLine::usageError(const QString &message) const
{
    writeTo(stderr, QStringLiteral("%1: %2\n").arg(m_programName, message));
    writeTo(stderr, Text::tr("Run '%1 --help' to see the options.\n").arg(m_programName));
    return ExitUsage;
}

void writeTo(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace LeadRails
