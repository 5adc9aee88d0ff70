#include "TestSupport.h"

#include "JobStore.h"
#include "MemorySecretStore.h"
#include "Profile.h"
#include "Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace LeadRails::Testing {

namespace {
QString binaryDirectory()
{
    return qEnvironmentVariable("LEADRAILS_TEST_BINARY_DIR");
}

// Keeps a temporary folder for as long as the QObject it is a child of. As a child of a Workspace it goes
// after the Workspace's destructor has closed the database in it.
class TemporaryFolder : public QObject
{
public:
    explicit TemporaryFolder(QObject *parent)
        : QObject(parent)
    {}
    QTemporaryDir dir;
};
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

std::unique_ptr<Workspace> seededWorkspace(const QString &dataDirectory, const DevSeed::Options &options,
                                           QString *error, DevSeed::Result *seeded)
{
    const auto profile = Profile::open(dataDirectory, error);
    if (!profile)
        return nullptr;
    auto workspace = Workspace::open(*profile, std::make_unique<MemorySecretStore>(), error);
    if (!workspace)
        return nullptr;
    const qint64 existing = workspace->jobs()->count(JobFilter{});
    if (existing >= options.jobs)
        return workspace;
    DevSeed::Options missing = options;
    missing.jobs = options.jobs - existing;
    const DevSeed::Result result = DevSeed::run(workspace->database(), missing);
    if (seeded)
        *seeded = result;
    if (!result.ok) {
        if (error)
            *error = QStringLiteral("seed failed: %1").arg(result.error);
        return nullptr;
    }
    return workspace;
}

std::unique_ptr<Workspace> temporaryWorkspace(QString *error, qint64 jobs, int destinations)
{
    auto folder = std::make_unique<TemporaryFolder>(nullptr);
    if (!folder->dir.isValid()) {
        if (error)
            *error = folder->dir.errorString();
        return nullptr;
    }
    DevSeed::Options options;
    options.jobs = jobs;
    options.destinations = destinations;
    auto workspace = seededWorkspace(folder->dir.path(), options, error);
    if (workspace)
        folder.release()->setParent(workspace.get());
    return workspace;
}

std::unique_ptr<Workspace> benchmarkWorkspace(const QString &dataDirectory, qint64 jobs)
{
    DevSeed::Options options;
    options.jobs = jobs;
    DevSeed::Result seeded;
    QString error;
    auto workspace = seededWorkspace(dataDirectory, options, &error, &seeded);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return nullptr;
    }
    if (seeded.jobs > 0)
        std::printf("seeded %lld jobs in %.1f s\n", seeded.jobs, double(seeded.elapsedMs) / 1000);
    std::printf("profile: %d jobs\n", workspace->jobs()->count(JobFilter{}));
    return workspace;
}

std::optional<DestinationStore::Result> saveSampleDestination(Workspace &workspace)
{
    Destination d;
    d.name = QStringLiteral("Spring leads");
    d.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    d.secret = QStringLiteral("f1e2d3c4b5a697887766554433221100");
    d.fromNumber = QStringLiteral("+14155552671");
    d.bodyTemplate = QStringLiteral("Hi {{name}}, thanks for asking. Reply STOP to opt out.");
    // Shared with the callback, which may still come after the wait gives up.
    auto result = std::make_shared<std::optional<DestinationStore::Result>>();
    workspace.destinations().create(d, [result](const DestinationStore::Result &r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 5000))
        return std::nullopt;
    return *result;
}

} // namespace LeadRails::Testing
