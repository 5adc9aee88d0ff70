// Any text typed or imported as a phone number must be analysed without crashing, and a number reported as
// valid must round-trip through its own E.164 form.
#include "PhoneNumbers.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto analysis = LeadRails::PhoneNumbers::analyze(input, QStringLiteral("US"));
    if (analysis.ok() && analysis.valid) {
        const auto again = LeadRails::PhoneNumbers::analyze(analysis.e164, QStringLiteral("GB"));
        if (again.e164 != analysis.e164)
            std::abort();
    }
    if (!analysis.ok() && analysis.message.isEmpty())
        std::abort();
    return 0;
}
