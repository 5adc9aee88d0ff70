// The part of PhoneNumbers that uses libphonenumber, in a module of its own that PhoneNumbers.cpp loads on
// first use (see there for why). It exports one table of functions (PhoneModuleApi) over LeadRails' and Qt's
// types; the caller and this module are built together, by the same compiler, against the same Qt.

#include "PhoneModuleApi.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringEncoder>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace LeadRails {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// libphonenumber refuses longer input itself; checking first also keeps megabyte pastes from being
// converted to UTF-8 on every keystroke.
constexpr qsizetype kMaxInputLength = 250;

// Thread safety: PhoneNumberUtil is a process-wide singleton created under pthread_once in Debian's build;
// its methods are const and its only mutable state, the regular-expression cache, has its own lock. The
// geocoder guards the prefix maps it loads lazily with its own mutex. Function-local statics are initialised
// once even when threads race. So analyze() needs no lock of its own.
const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// The geocoder module's function (GeocoderModule.cpp), as PhoneModuleApi::Geocoder gives it.
using DescribeNumber = void (*)(const PhoneNumber &number, bool geographic, std::string &description);
using PhoneModuleApi::Geocoder;

// libphonenumber wants upper-case two-letter codes; anything else is "unknown" (an empty code).
std::string regionCode(QStringView region)
{
    std::string code;
    if (region.size() != 2)
        return code;
    for (const QChar c : region) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            code.push_back(char(u - u'a' + 'A'));
        else if (u >= u'A' && u <= u'Z')
            code.push_back(char(u));
        else
            return {};
    }
    return code;
}

bool isKnownRegion(QStringView region)
{
    const std::string code = regionCode(region);
    return !code.empty() && util().GetCountryCodeForRegion(code) != 0;
}

std::string toUtf8(QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    std::string out(encoder.requiredSpace(text.size()), '\0');
    char *end = encoder.appendToBuffer(out.data(), text);
    out.resize(end - out.data());
    return out;
}

// Format(E164) spelled out: Format gives back the raw input as typed when the national number is all zeros.
QString e164Of(const PhoneNumber &number)
{
    std::string nsn;
    util().GetNationalSignificantNumber(number, &nsn);
    return QLatin1Char('+') + QString::number(number.country_code()) +
           QLatin1String(nsn.data(), qsizetype(nsn.size()));
}

// NANP 555-0100..555-0199 are set aside for films and examples in every area code; libphonenumber calls some
// of them valid (e.g. (212) 555-0199), but no phone answers them.
bool isFictional(const PhoneNumber &number)
{
    if (number.country_code() != 1 || number.italian_leading_zero())
        return false;
    const auto nsn = number.national_number();
    if (nsn < 1'000'000'000ULL || nsn > 9'999'999'999ULL)
        return false;
    const auto subscriber = nsn % 10'000'000ULL;
    return subscriber >= 5'550'100ULL && subscriber <= 5'550'199ULL;
}

// A parsed number and what analyze() needs to know about it, each looked up once: libphonenumber's calls
// are regular-expression matches over the metadata, and they are most of analyze()'s cost.
struct Reading
{
    PhoneNumber number;
    std::string region; // libphonenumber's: "US", "001" for non-geographic codes, "ZZ" for none
    bool fictional = false;
    bool valid = false;
};

void classify(Reading &reading)
{
    reading.fictional = isFictional(reading.number);
    if (reading.fictional)
        return;
    // What IsValidNumber does, keeping the region for later.
    util().GetRegionCodeForNumber(reading.number, &reading.region);
    reading.valid = util().IsValidNumberForRegion(reading.number, reading.region);
}

// The ISO code a number is reported against: its own region when valid, else its country code's main
// region ("US" for +1). Empty for non-geographic codes such as +800.
QString isoRegion(const Reading &reading)
{
    std::string mainRegion;
    const std::string *code = &reading.region;
    if (!reading.valid) {
        util().GetRegionCodeForCountryCode(reading.number.country_code(), &mainRegion);
        code = &mainRegion;
    }
    if (code->size() != 2 || *code == "ZZ")
        return {};
    return QString::fromLatin1(code->data(), 2);
}

// "United States (+1)", or "+800" when the code belongs to no country.
QString countryName(const QString &region, int countryCode)
{
    const QString code = QLatin1Char('+') + QString::number(countryCode);
    if (region.isEmpty())
        return code;
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

PhoneAnalysis::Type typeFrom(PhoneNumberUtil::PhoneNumberType type)
{
    using T = PhoneAnalysis::Type;
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return T::FixedLine;
    case PhoneNumberUtil::MOBILE:
        return T::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return T::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return T::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return T::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return T::SharedCost;
    case PhoneNumberUtil::VOIP:
        return T::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return T::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return T::Pager;
    case PhoneNumberUtil::UAN:
        return T::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return T::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return T::Unknown;
}

bool hasDigitAndNoLetter(QStringView text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c.isLetter())
            return false;
        digit = digit || c.isDigit();
    }
    return digit;
}

bool hasPlus(QStringView text)
{
    return text.contains(QLatin1Char('+')) || text.contains(QChar(0xFF0B)); // ASCII or full-width plus
}

QString invalidCountryCodeMessage()
{
    return QCoreApplication::translate(
        "LeadRails::PhoneNumbers", "No country uses the code after the +. Check the first digits (like +1 "
                                   "for the US or +44 for the UK).");
}

void fail(PhoneAnalysis &result, PhoneAnalysis::Problem problem, QString message)
{
    result.problem = problem;
    result.message = std::move(message);
}

// Fills result from a parsed number that is real and dialable.
void describeValid(PhoneAnalysis &result, const Reading &reading, Geocoder geocoder)
{
    const PhoneNumber &number = reading.number;
    result.valid = true;
    result.region = isoRegion(reading);
    const PhoneNumberUtil::PhoneNumberType type = util().GetNumberType(number);
    result.type = typeFrom(type);
    // GetDescriptionForNumber would validate the number and compute its type again before doing this for
    // the geographic types; the others get the country name from it.
    std::string description;
    if (const auto describe = reinterpret_cast<DescribeNumber>(geocoder()))
        describe(number,
                 type == PhoneNumberUtil::FIXED_LINE || type == PhoneNumberUtil::MOBILE ||
                     type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE,
                 description);
    result.location = QString::fromStdString(description);
}

// A number written without + that is not valid where the default region puts it, but is valid when its
// digits are read as an international number: a spreadsheet often drops the +.
bool suggestsMissingPlus(PhoneAnalysis &result, QStringView trimmed, const std::string &utf8)
{
    if (hasPlus(trimmed))
        return false;
    Reading candidate;
    if (util().Parse(std::string(1, '+') + utf8, std::string(), &candidate.number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    classify(candidate);
    if (!candidate.valid)
        return false;
    std::string international;
    util().Format(candidate.number, PhoneNumberUtil::INTERNATIONAL, &international);
    fail(
        result, PhoneAnalysis::Problem::MissingCountryCode,
        QCoreApplication::translate("LeadRails::PhoneNumbers",
                                    "This looks like a number from %1 written without its +. Write it as %2.")
            .arg(countryName(isoRegion(candidate), candidate.number.country_code()),
                 QString::fromStdString(international)));
    return true;
}

// Most of the world dials abroad with 00: accept "0044 ..." even where the default region does not (the US
// dials 011), when reading it as +44 ... is the only reading that works.
bool readDoubleZeroAsPlus(QStringView trimmed, const std::string &utf8, Reading *reading)
{
    if (!trimmed.startsWith(QLatin1String("00")))
        return false;
    Reading candidate;
    if (util().Parse(std::string(1, '+') + utf8.substr(2), std::string(), &candidate.number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    classify(candidate);
    if (!candidate.fictional && !candidate.valid)
        return false;
    *reading = std::move(candidate);
    return true;
}

void explainParseError(PhoneAnalysis &result, PhoneNumberUtil::ErrorType error, QStringView trimmed,
                       const QString &defaultRegion)
{
    using Problem = PhoneAnalysis::Problem;
    switch (error) {
    case PhoneNumberUtil::NOT_A_NUMBER:
        // "+1" or "41" while the user is still typing: too short, not nonsense.
        if (hasDigitAndNoLetter(trimmed))
            fail(result, Problem::TooShort,
                 QCoreApplication::translate("LeadRails::PhoneNumbers",
                                             "This number is too short: digits are missing. Enter the whole "
                                             "number with its country code, like +14155552671."));
        else
            fail(result, Problem::NotANumber,
                 QCoreApplication::translate("LeadRails::PhoneNumbers",
                                             "This is not a phone number. Enter digits with the country "
                                             "code, like +14155552671."));
        return;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        // Without a known default region a national number has no country to belong to.
        if (!hasPlus(trimmed) && !isKnownRegion(defaultRegion))
            fail(result, Problem::MissingCountryCode,
                 QCoreApplication::translate("LeadRails::PhoneNumbers",
                                             "This number has no country code. Write it with + and the "
                                             "country code (like +1 for the US or +44 for the UK), or set "
                                             "the default country."));
        else
            fail(result, Problem::InvalidCountryCode, invalidCountryCodeMessage());
        return;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        fail(result, Problem::TooShort,
             QCoreApplication::translate("LeadRails::PhoneNumbers",
                                         "This number is too short: digits are missing. Enter the whole "
                                         "number with its country code, like +14155552671."));
        return;
    case PhoneNumberUtil::TOO_LONG_NSN:
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    }
    fail(result, Problem::TooLong,
         QCoreApplication::translate("LeadRails::PhoneNumbers",
                                     "This number is too long: it has extra digits. Check it against the "
                                     "original."));
}

// Why a parsed number is not valid, against the country its code (or the default region) points to.
void explainInvalid(PhoneAnalysis &result, const Reading &reading, bool national)
{
    using Problem = PhoneAnalysis::Problem;
    const PhoneNumber &number = reading.number;
    result.region = isoRegion(reading);
    const QString where = countryName(result.region, number.country_code());
    QString message;
    Problem problem = Problem::InvalidForRegion;
    bool explainReading = national;
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        problem = Problem::TooShort;
        explainReading = false; // the fix already says how
        message = QCoreApplication::translate("LeadRails::PhoneNumbers",
                                              "This number has no area code. Add the area code, or write the "
                                              "whole number with + and its country code.");
        break;
    case PhoneNumberUtil::TOO_SHORT:
        problem = Problem::TooShort;
        message = QCoreApplication::translate("LeadRails::PhoneNumbers",
                                              "This number is too short for %1: digits are missing. Check it "
                                              "against the original.")
                      .arg(where);
        break;
    case PhoneNumberUtil::TOO_LONG:
        problem = Problem::TooLong;
        message = QCoreApplication::translate("LeadRails::PhoneNumbers",
                                              "This number is too long for %1: it has extra digits. Check it "
                                              "against the original.")
                      .arg(where);
        break;
    case PhoneNumberUtil::INVALID_LENGTH:
        message =
            QCoreApplication::translate("LeadRails::PhoneNumbers",
                                        "This number has the wrong number of digits for %1. Check for a "
                                        "missing or extra digit.")
                .arg(where);
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        problem = Problem::InvalidCountryCode;
        message = invalidCountryCodeMessage();
        break;
    case PhoneNumberUtil::IS_POSSIBLE:
        message = QCoreApplication::translate("LeadRails::PhoneNumbers",
                                              "This is not a valid number for %1. Check the digits.")
                      .arg(where);
        break;
    }
    if (explainReading)
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("LeadRails::PhoneNumbers",
                                               "Without + and a country code it is read as a number from %1; "
                                               "if it is from another country, write it with + and its "
                                               "country code.")
                       .arg(where);
    fail(result, problem, std::move(message));
}

void analyze(const QString &input, const QString &defaultRegion, PhoneModuleApi::Geocoder geocoder,
             PhoneAnalysis &result)
{
    using Problem = PhoneAnalysis::Problem;
    result = PhoneAnalysis();
    result.input = input;

    const QStringView trimmed = QStringView(input).trimmed();
    if (trimmed.isEmpty()) {
        fail(result, Problem::Empty,
             QCoreApplication::translate("LeadRails::PhoneNumbers",
                                         "The phone number is empty. Enter it with its country code, "
                                         "like +14155552671."));
        return;
    }
    if (input.size() > kMaxInputLength) {
        fail(result, Problem::TooLong,
             QCoreApplication::translate("LeadRails::PhoneNumbers",
                                         "This is far too long to be a phone number. Enter one number, "
                                         "like +14155552671."));
        return;
    }

    const std::string utf8 = toUtf8(trimmed);
    Reading reading;
    // Keeping the raw input is what records where the country code came from (country_code_source).
    PhoneNumberUtil::ErrorType error =
        util().ParseAndKeepRawInput(utf8, regionCode(defaultRegion), &reading.number);
    bool national = false;
    if (error == PhoneNumberUtil::NO_PARSING_ERROR) {
        classify(reading);
        national = reading.number.country_code_source() == PhoneNumber::FROM_DEFAULT_COUNTRY;
    }
    if ((error != PhoneNumberUtil::NO_PARSING_ERROR || (national && !reading.fictional && !reading.valid)) &&
        readDoubleZeroAsPlus(trimmed, utf8, &reading)) {
        error = PhoneNumberUtil::NO_PARSING_ERROR;
        national = false;
    }
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        explainParseError(result, error, trimmed, defaultRegion);
        return;
    }

    result.e164 = e164Of(reading.number);
    result.alreadyE164 = input == result.e164;
    if (reading.fictional) {
        result.fictional = true;
        result.region = QStringLiteral("US");
        fail(result, Problem::Fictional,
             QCoreApplication::translate("LeadRails::PhoneNumbers",
                                         "555-0100 to 555-0199 numbers are reserved for fiction and never "
                                         "reach a phone. Fine for previews; use a real number to send."));
        return;
    }
    if (reading.valid) {
        describeValid(result, reading, geocoder);
        return;
    }
    if (national && suggestsMissingPlus(result, trimmed, utf8)) {
        result.region = isoRegion(reading);
        return;
    }
    explainInvalid(result, reading, national);
}

void warmUp()
{
    // The metadata, and the regular expressions a first analysis compiles into libphonenumber's cache: the
    // whole first-use cost, paid here instead of by the first keystroke.
    PhoneAnalysis analysis;
    analyze(
        QStringLiteral("+1 415 555 2671"), QStringLiteral("US"), [] { return QFunctionPointer(); }, analysis);
}

} // namespace

} // namespace LeadRails

extern "C" Q_DECL_EXPORT const LeadRails::PhoneModuleApi::Functions *leadrails_phone_functions()
{
    using namespace LeadRails;
    static constexpr PhoneModuleApi::Functions functions{
        &analyze, [](const QString &region) { return isKnownRegion(region); }, &warmUp};
    return &functions;
}
