#pragma once

#include <QString>

namespace LeadRails {

// What LeadRails knows about one phone number as typed: its E.164 form, whether it can receive anything,
// and when not, one reason a marketer can act on.
struct PhoneAnalysis
{
    enum class Type {
        Unknown,
        Mobile,
        FixedLine,
        FixedLineOrMobile, // some regions (the US among them) do not tell the two apart
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail
    };
    enum class Problem {
        None,
        Empty,
        NotANumber,
        MissingCountryCode,
        InvalidCountryCode,
        TooShort,
        TooLong,
        InvalidForRegion,
        Fictional,
        Unavailable // the phone number module is missing: a broken installation
    };

    QString input;            // as given
    QString e164;             // "+14155552671"; empty when it cannot be parsed at all
    bool valid = false;       // a real, dialable number per libphonenumber's metadata (false when fictional)
    bool fictional = false;   // reserved for fiction: NANP 555-0100..555-0199 (the sample lead +15555550100)
    bool alreadyE164 = false; // the input was exactly its E.164 form (no spaces, dashes, national format)
    Type type = Type::Unknown;
    // ISO 3166 "US", "GB": the number's region when valid, else the main region of its country code (so a
    // failure can still say which country it was checked against); empty if unknown or non-geographic.
    QString region;
    QString location; // geocoder description in English, e.g. "San Francisco, CA"; may be empty
    Problem problem = Problem::None;
    QString message; // translated sentence a marketer understands, saying what to fix; empty when fine

    bool ok() const { return problem == Problem::None; }

    // Stable ids for JSON: "unknown", "mobile", "fixed_line", "fixed_line_or_mobile", "toll_free",
    // "premium_rate", "shared_cost", "voip", "personal", "pager", "uan", "voicemail".
    static QString typeId(Type type);
    // Translated label: "mobile", "fixed line", "toll-free", ...
    static QString typeLabel(Type type);
    // "empty", "not_a_number", "missing_country_code", "invalid_country_code", "too_short", "too_long",
    // "invalid_for_region", "fictional", "unavailable"; "" for None.
    static QString problemId(Problem problem);
};

// Phone numbers through Google's libphonenumber. Safe to call from any thread.
class PhoneNumbers
{
public:
    // defaultRegion: ISO 3166 code used for numbers written without +country code (the destination's
    // setting). Cheap enough to run on every keystroke.
    static PhoneAnalysis analyze(const QString &input, const QString &defaultRegion = QStringLiteral("US"));
    // For validating a destination's region setting: a two-letter code libphonenumber has metadata for.
    // Without the phone module (a broken installation) any two letters pass: the code may well be right, and
    // analyze() then says what is wrong and what to do.
    static bool isKnownRegion(const QString &region);
    // Loads the phone module, its numbering metadata and the regular expressions an analysis compiles, now
    // (25-60 ms on a worker of a busy 2-core machine), so that the first analysis does not pay for it. Safe
    // from any thread; the GUI calls it on a worker once its window has painted.
    static void warmUp();
    // A valid number's place (PhoneAnalysis::location) comes from the geocoder module, which analyze() loads
    // the first time it needs it (tens of ms, once per process). A program that must not wait for it (the
    // GUI on its way to its first paint) calls deferGeocoder() first and loadGeocoder() on a worker later;
    // until that load is done, numbers are analysed without their place. Both are safe from any thread.
    static void deferGeocoder();
    static void loadGeocoder();
};

} // namespace LeadRails
