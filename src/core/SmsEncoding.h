#pragma once

#include <QList>
#include <QString>

namespace LeadRails {

// A character that is not in the GSM-7 alphabet and therefore makes the whole message UCS-2.
struct NonGsmCharacter
{
    int position = 0; // UTF-16 index into the body (QString index)
    int length = 1;   // 1, or 2 for a surrogate pair
    QString character;
    char32_t codePoint = 0;
    // What Twilio's Smart Encoding would send instead (always GSM-7), empty if it has no substitute.
    QString replacement;
};

// How Twilio splits a body into billable segments. Every count here is what the preview, the CLI and the
// GUI counter ("2 segments · GSM-7 · 161 / 306", i.e. units / capacity) show.
struct SmsSegments
{
    enum class Encoding { Gsm7, Ucs2 };
    Encoding encoding = Encoding::Gsm7;
    int segments = 0;   // 0 for an empty body
    int characters = 0; // user-visible characters (code points)
    // Septets for GSM-7 (an extension character counts 2), UTF-16 units for UCS-2.
    int units = 0;
    // Units that fit in `segments` segments: 160, 306, 459... for GSM-7; 70, 134, 201... for UCS-2; 160 when
    // the body is empty. A segment can close one unit short (an escape pair or a surrogate pair that does
    // not fit whole moves to the next one), so a new segment can start before `units` reaches the capacity.
    int capacity = 0;
    QList<int> charactersPerSegment;         // code points in each segment
    QList<int> segmentStarts;                // UTF-16 index where each segment begins
    QList<NonGsmCharacter> nonGsmCharacters; // every character forcing UCS-2, in body order

    static QString encodingName(Encoding encoding); // "GSM-7" / "UCS-2"
};

// GSM 03.38 encoding and segment counting with Twilio's rules: 160 septets (70 UTF-16 units) in a single
// segment, 153 (67) per segment once concatenated, and neither a GSM escape pair nor a surrogate pair is
// ever split across two segments. Cheap enough to run on every keystroke.
class SmsEncoding
{
public:
    static SmsSegments analyze(const QString &body);

    static bool isGsm7(char32_t codePoint);          // basic table or extension table
    static bool isGsm7Extension(char32_t codePoint); // ^ { } [ ] ~ \ | € and form feed: 2 septets

    // The body with every character that has a Smart Encoding replacement replaced; characters without one
    // are kept. Twilio itself only substitutes when the result is entirely GSM-7 (a body that keeps an emoji
    // goes out unchanged, as UCS-2), so check analyze(smartEncode(body)).encoding before promising savings.
    static QString smartEncode(const QString &body);

    // The GSM-7 text Smart Encoding sends instead of codePoint; empty when there is none.
    static QString smartEncodingReplacement(char32_t codePoint);
};

} // namespace LeadRails
