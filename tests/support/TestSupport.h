#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace LeadRails::Testing {

// Paths to the built executables (the build tree is passed to every test as LEADRAILS_TEST_BINARY_DIR).
QString cliPath();
QString appPath();
// ../shared beside the checkout, or empty when it is not there.
QString sharedDirectory();

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

// Runs an executable to completion (30 s at most) with the given environment and standard input.
ProcessResult runProcess(const QString &program, const QStringList &args,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                         const QByteArray &standardInput = {});

} // namespace LeadRails::Testing
