#include "Modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <list>
#include <mutex>

namespace LeadRails::Modules {

namespace {

QLibrary *load(const char *fileName, const char *buildPath)
{
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath())
                          .filePath(QStringLiteral(LEADRAILS_MODULES_FROM_BINDIR "/") +
                                    QLatin1String(fileName));
    candidates << QString::fromUtf8(buildPath);
    // Kept until the process exits (deleting a QLibrary does not unload its library).
    static std::mutex mutex;
    static std::list<QLibrary> loaded;
    const std::lock_guard lock(mutex);
    for (const QString &path : std::as_const(candidates)) {
        QLibrary &module = loaded.emplace_back(path);
        if (module.load())
            return &module;
        loaded.pop_back();
    }
    return nullptr;
}

} // namespace

QFunctionPointer resolve(const char *fileName, const char *buildPath, const char *symbol)
{
    QLibrary *module = load(fileName, buildPath);
    return module ? module->resolve(symbol) : nullptr;
}

} // namespace LeadRails::Modules
