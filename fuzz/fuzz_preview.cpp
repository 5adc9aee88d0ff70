// The whole preview, with the fuzzer's bytes split into a body template and a lead's phone field.
#include "MessagePreview.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString all = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = all.indexOf(QChar(0x1F));
    const QString body = cut < 0 ? all : all.left(cut);
    const QString phone = cut < 0 ? QStringLiteral("+14155552671") : all.mid(cut + 1);
    LeadRails::MessageSettings settings;
    settings.bodyTemplate = body;
    const auto preview = LeadRails::MessagePreviewer(settings).preview(
        QJsonObject{{QStringLiteral("phone"), phone}, {QStringLiteral("name"), QStringLiteral("Zoë")}});
    for (const auto &issue : preview.issues) {
        if (issue.message.isEmpty())
            std::abort();
    }
    if (preview.segments.characters > 0 && preview.segments.segments == 0)
        std::abort();
    return 0;
}
