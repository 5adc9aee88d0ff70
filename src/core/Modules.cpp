#include "Modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <memory>

namespace LeadRails::Modules {

QLibrary *load(const char *fileName, const char *buildPath)
{
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath())
                          .filePath(QStringLiteral(LEADRAILS_MODULES_FROM_BINDIR "/") +
                                    QLatin1String(fileName));
    candidates << QString::fromUtf8(buildPath);
    for (const QString &path : std::as_const(candidates)) {
        auto module = std::make_unique<QLibrary>(path);
        if (module->load())
            return module.release();
    }
    return nullptr;
}

} // namespace LeadRails::Modules
