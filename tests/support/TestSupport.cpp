#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace LeadRails::Testing {

namespace {
QString binaryDirectory()
{
    return qEnvironmentVariable("LEADRAILS_TEST_BINARY_DIR");
}
} // namespace

QString cliPath()
{
    return QDir(binaryDirectory()).filePath(QStringLiteral("src/cli/leadrails-cli"));
}

QString appPath()
{
    return QDir(binaryDirectory()).filePath(QStringLiteral("src/app/leadrails"));
}

QString sharedDirectory()
{
    const QString dir = qEnvironmentVariable("LEADRAILS_SHARED_DIR");
    return QFileInfo(dir).isDir() ? dir : QString();
}

ProcessResult runProcess(const QString &program, const QStringList &args,
                         const QProcessEnvironment &environment, const QByteArray &standardInput)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    // Waits with the event loop running, so servers living in the test process (the fake Twilio) can answer.
    result.finished = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace LeadRails::Testing
