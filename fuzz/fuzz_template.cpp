// Any template text must parse and render without crashing, hanging or reporting positions outside the text.
#include "MessageTemplate.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const LeadRails::MessageTemplate tmpl(source);
    if (const auto error = tmpl.syntaxError()) {
        if (error->start < 0 || error->start > source.size() || error->end < error->start ||
            error->end > source.size())
            std::abort();
    }
    const QJsonObject lead{{QStringLiteral("name"), QStringLiteral("Ada")},
                           {QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), QStringLiteral("c")}}},
                           {QStringLiteral("list"), QJsonArray{1, 2, 3}},
                           {QStringLiteral("empty"), QString()}};
    const auto result = tmpl.render(lead);
    for (const auto &span : result.spans) {
        if (span.start < 0 || span.end < span.start || span.end > result.text.size())
            std::abort();
    }
    for (const auto &d : result.diagnostics) {
        if (d.start < -1 || d.end > source.size())
            std::abort();
    }
    return 0;
}
