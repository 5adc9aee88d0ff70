#include "PhoneNumbers.h"

#include "Modules.h"
#include "PhoneModuleApi.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <atomic>
#include <mutex>

namespace LeadRails {

namespace {

Q_LOGGING_CATEGORY(lcPhone, "leadrails.phone")

// libphonenumber is used through two modules (Modules::load), not linked:
// - the phone module (PhoneModule.cpp: parsing, validation, types) with libphonenumber, protobuf and abseil:
//   linked, they added 6 ms to a bare Qt window's first paint;
// - the offline geocoder (GeocoderModule.cpp: the place of a number), 17 MB of tables with 458,582
//   relocations: 28 ms more (54 to 82 ms).

// Null when the module is missing (a broken installation): numbers cannot be checked at all then.
const PhoneModuleApi::Functions *phoneModule()
{
    static const PhoneModuleApi::Functions *const functions = [] {
        const auto *found = Modules::functions<PhoneModuleApi::Functions>(
            LEADRAILS_PHONE_FILE, LEADRAILS_PHONE_BUILD_PATH, PhoneModuleApi::kFunctions);
        if (!found)
            qCCritical(lcPhone,
                       "The phone number module (%s) was not found; phone numbers cannot be checked. "
                       "Reinstall LeadRails.",
                       LEADRAILS_PHONE_FILE);
        return found;
    }();
    return functions;
}

std::once_flag g_geocoderOnce;
std::atomic<QFunctionPointer> g_describe{nullptr};
std::atomic<bool> g_geocoderLoaded{false};
std::atomic<bool> g_geocoderDeferred{false};

void ensureGeocoder()
{
    std::call_once(g_geocoderOnce, [] {
        g_describe = Modules::resolve(LEADRAILS_GEOCODER_FILE, LEADRAILS_GEOCODER_BUILD_PATH,
                                      "leadrails_describe_number");
        if (!g_describe)
            qCWarning(lcPhone,
                      "The phone number geocoder (%s) was not found; numbers are shown without their place. "
                      "Reinstall LeadRails to get it back.",
                      LEADRAILS_GEOCODER_FILE);
        g_geocoderLoaded = true;
    });
}

// Without the geocoder a number is still analysed in full; only its place ("San Francisco, CA") is left out.
// Null when the module is missing, or while a deferred load has not finished.
QFunctionPointer geocoder()
{
    if (g_geocoderDeferred && !g_geocoderLoaded)
        return nullptr;
    ensureGeocoder();
    return g_describe;
}

} // namespace

QString PhoneAnalysis::typeId(Type type)
{
    switch (type) {
    case Type::Unknown:
        break;
    case Type::Mobile:
        return QStringLiteral("mobile");
    case Type::FixedLine:
        return QStringLiteral("fixed_line");
    case Type::FixedLineOrMobile:
        return QStringLiteral("fixed_line_or_mobile");
    case Type::TollFree:
        return QStringLiteral("toll_free");
    case Type::PremiumRate:
        return QStringLiteral("premium_rate");
    case Type::SharedCost:
        return QStringLiteral("shared_cost");
    case Type::Voip:
        return QStringLiteral("voip");
    case Type::PersonalNumber:
        return QStringLiteral("personal");
    case Type::Pager:
        return QStringLiteral("pager");
    case Type::Uan:
        return QStringLiteral("uan");
    case Type::Voicemail:
        return QStringLiteral("voicemail");
    }
    return QStringLiteral("unknown");
}

QString PhoneAnalysis::typeLabel(Type type)
{
    switch (type) {
    case Type::Unknown:
        break;
    case Type::Mobile:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "mobile");
    case Type::FixedLine:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "fixed line");
    case Type::FixedLineOrMobile:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "fixed line or mobile");
    case Type::TollFree:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "toll-free");
    case Type::PremiumRate:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "premium-rate");
    case Type::SharedCost:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "shared-cost");
    case Type::Voip:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "VoIP");
    case Type::PersonalNumber:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "personal number");
    case Type::Pager:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "pager");
    case Type::Uan:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "universal access number");
    case Type::Voicemail:
        return QCoreApplication::translate("LeadRails::PhoneNumbers", "voicemail");
    }
    return QCoreApplication::translate("LeadRails::PhoneNumbers", "unknown type");
}

QString PhoneAnalysis::problemId(Problem problem)
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Empty:
        return QStringLiteral("empty");
    case Problem::NotANumber:
        return QStringLiteral("not_a_number");
    case Problem::MissingCountryCode:
        return QStringLiteral("missing_country_code");
    case Problem::InvalidCountryCode:
        return QStringLiteral("invalid_country_code");
    case Problem::TooShort:
        return QStringLiteral("too_short");
    case Problem::TooLong:
        return QStringLiteral("too_long");
    case Problem::InvalidForRegion:
        return QStringLiteral("invalid_for_region");
    case Problem::Fictional:
        return QStringLiteral("fictional");
    case Problem::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QString();
}

void PhoneNumbers::warmUp()
{
    if (const auto *module = phoneModule())
        module->warmUp();
}

void PhoneNumbers::deferGeocoder()
{
    g_geocoderDeferred = true;
}

void PhoneNumbers::loadGeocoder()
{
    ensureGeocoder();
}

bool PhoneNumbers::isKnownRegion(const QString &region)
{
    if (const auto *module = phoneModule())
        return module->isKnownRegion(region);
    return region.size() == 2 && region.front().isLetter() && region.back().isLetter();
}

PhoneAnalysis PhoneNumbers::analyze(const QString &input, const QString &defaultRegion)
{
    PhoneAnalysis result;
    if (const auto *module = phoneModule()) {
        module->analyze(input, defaultRegion, &geocoder, result);
        return result;
    }
    result.input = input;
    result.problem = PhoneAnalysis::Problem::Unavailable;
    result.message = QCoreApplication::translate("LeadRails::PhoneNumbers",
                                                 "Phone numbers cannot be checked: LeadRails is not "
                                                 "installed completely (%1 is missing). Reinstall "
                                                 "LeadRails.")
                         .arg(QStringLiteral(LEADRAILS_PHONE_FILE));
    return result;
}

} // namespace LeadRails
