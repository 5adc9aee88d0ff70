#include "FakeTwilioServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

// A developer tool: its help text is not translated (see FakeTwilioServer.cpp).

namespace {

void print(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    print(stderr, QStringLiteral(
                      "leadrails-fake-twilio: %1\nRun 'leadrails-fake-twilio --help' to see the options.\n")
                      .arg(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadrails-fake-twilio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADRAILS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake of Twilio's REST API on 127.0.0.1 for demos and manual tests. Point both the REST "
        "and the Messaging API base URLs at it. Messages are kept in memory only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption sidOption(QStringLiteral("account-sid"),
                                       QStringLiteral("The live account's SID."), QStringLiteral("sid"),
                                       QStringLiteral("AC00000000000000000000000000000001"));
    const QCommandLineOption tokenOption(
        QStringLiteral("auth-token"), QStringLiteral("The live account's auth token."),
        QStringLiteral("token"), QStringLiteral("fa4e0000000000000000000000000001"));
    const QCommandLineOption numberOption(
        QStringLiteral("phone-number"),
        QStringLiteral("An SMS-capable number the account owns (repeatable; default +15555550199)."),
        QStringLiteral("e164"));
    const QCommandLineOption stepOption(
        QStringLiteral("lifecycle-ms"),
        QStringLiteral("Delay between queued, sent and delivered (default 2000)."), QStringLiteral("ms"),
        QStringLiteral("2000"));
    const QCommandLineOption recordOption(
        QStringLiteral("record"),
        QStringLiteral("Append every message created to this file, one JSON object a line (sid, to, from, "
                       "body), written as it is created: what a test checks for lost or doubled sends."),
        QStringLiteral("file"));
    parser.addOptions({portOption, sidOption, tokenOption, numberOption, stepOption, recordOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port needs a number from 0 to 65535."));
    const int step = parser.value(stepOption).toInt(&ok);
    if (!ok)
        return usageError(QStringLiteral("--lifecycle-ms needs a number of milliseconds."));
    const QString accountSid = parser.value(sidOption);
    if (!QRegularExpression(QStringLiteral("^AC[0-9a-fA-F]{32}$")).match(accountSid).hasMatch())
        return usageError(QStringLiteral("--account-sid must be AC followed by 32 hexadecimal digits."));
    QStringList numbers = parser.values(numberOption);
    if (numbers.isEmpty())
        numbers.append(QStringLiteral("+15555550199"));

    LeadRails::FakeTwilioServer server;
    server.addAccount(accountSid, parser.value(tokenOption));
    for (const QString &number : std::as_const(numbers))
        server.addPhoneNumber(accountSid, number);
    const QString serviceSid =
        server.addMessagingService(accountSid, QStringLiteral("LeadRails demo"), numbers);
    const QString testSid = QStringLiteral("AC00000000000000000000000000000002");
    const QString testToken = QStringLiteral("7e570000000000000000000000000002");
    server.addTestAccount(testSid, testToken);
    server.setLifecycleStepMs(step);
    QFile record;
    if (parser.isSet(recordOption)) {
        record.setFileName(parser.value(recordOption));
        if (!record.open(QIODevice::WriteOnly | QIODevice::Append))
            return usageError(
                QStringLiteral("--record: cannot write %1: %2").arg(record.fileName(), record.errorString()));
        QObject::connect(&server, &LeadRails::FakeTwilioServer::messageCreated, &server,
                         [&server, &record](const QString &sid) {
                             const auto message = server.message(sid);
                             if (!message)
                                 return;
                             const QJsonObject line{{QStringLiteral("sid"), message->sid},
                                                    {QStringLiteral("to"), message->to},
                                                    {QStringLiteral("from"), message->from},
                                                    {QStringLiteral("body"), message->body}};
                             record.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
                             record.flush();
                         });
    }
    if (!server.listen(static_cast<quint16>(port))) {
        print(stderr, QStringLiteral("leadrails-fake-twilio: cannot listen on port %1: %2\n")
                          .arg(port)
                          .arg(server.errorString()));
        return 1;
    }
    // stdout carries only this line, so scripts can read the port from it.
    print(stdout, QStringLiteral("listening on http://127.0.0.1:%1\n").arg(server.port()));
    print(stderr, QStringLiteral("account %1 (token %2), numbers %3, messaging service %4\n"
                                 "test credentials %5 (token %6)\n")
                      .arg(accountSid, parser.value(tokenOption), numbers.join(QStringLiteral(", ")),
                           serviceSid, testSid, testToken));
    return QCoreApplication::exec();
}
