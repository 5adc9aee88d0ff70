// Written by hand: Debian packages no C++ library for GSM 03.38 segment counting (apt-cache search finds
// nothing for "gsm 03.38" or "sms segment"), none would know Twilio's Smart Encoding table anyway, and the
// whole job is two small tables and one pass over the string.

#include "SmsEncoding.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace LeadRails {

namespace {

constexpr int kGsmSingleSegment = 160;
constexpr int kGsmConcatenatedSegment = 153; // 7 septets go to the concatenation header
constexpr int kUcs2SingleSegment = 70;
constexpr int kUcs2ConcatenatedSegment = 67; // 3 units go to the concatenation header

// Septets each Latin-1 code point takes in GSM-7: 0 = not in the alphabet, 1 = basic table, 2 = escape
// pair from the extension table. Covers every character the loop meets in ordinary Western text.
constexpr std::array<std::uint8_t, 256> kLatin1Septets = [] {
    std::array<std::uint8_t, 256> septets{};
    for (char32_t c = 0x20; c <= 0x7E; ++c)
        septets[c] = 1;
    septets[u'`'] = 0; // the one printable ASCII character missing from GSM-7
    septets[u'\n'] = 1;
    septets[u'\r'] = 1;
    for (char32_t c : {u'^', u'{', u'}', u'[', u']', u'~', u'\\', u'|', u'\f'})
        septets[c] = 2;
    for (char32_t c :
         {u'¡', u'£', u'¤', u'¥', u'§', u'¿', u'Ä', u'Å', u'Æ', u'Ç', u'É', u'Ñ', u'Ö', u'Ø', u'Ü',
          u'ß', u'à', u'ä', u'å', u'æ', u'è', u'é', u'ì', u'ñ', u'ò', u'ö', u'ø', u'ù', u'ü'})
        septets[c] = 1;
    return septets;
}();

int gsmSeptets(char32_t codePoint)
{
    if (codePoint < kLatin1Septets.size())
        return kLatin1Septets[codePoint];
    switch (codePoint) {
    // The Greek capitals of the basic table that have no Latin look-alike there.
    case U'Γ':
    case U'Δ':
    case U'Θ':
    case U'Λ':
    case U'Ξ':
    case U'Π':
    case U'Σ':
    case U'Φ':
    case U'Ψ':
    case U'Ω':
        return 1;
    case U'€':
        return 2;
    default:
        return 0;
    }
}

struct Replacement
{
    char16_t codePoint; // all in the BMP; also serves as the character's own static storage
    char16_t text[4];   // zero-terminated; never longer than "..."
};

// Twilio's Smart Encoding substitutions, from its "List of characters replaced by Smart Encoding" (the same
// list Twilio's open-source message-segment-calculator carries), sorted by code point for binary search.
// This is the one place to update when Twilio changes the list. Every replacement is GSM-7 (the test checks
// it). Left out on purpose: characters that list deletes rather than replaces (zero-width spaces, the word
// joiner, some C0 controls), because an empty replacement means "none" in NonGsmCharacter, and TAB, whose
// substitute is uncertain. ‹ and › become < and > by their shape.
constexpr Replacement kSmartEncoding[] = {
    {0x0060, u"'"},   // grave accent
    {0x0080, u" "},   // <control>
    {0x008D, u" "},   // <control>
    {0x0090, u" "},   // <control>
    {0x009B, u" "},   // <control>
    {0x009F, u" "},   // <control>
    {0x00A0, u" "},   // no-break space
    {0x00AB, u"\""},  // left-pointing double angle quotation mark
    {0x00B4, u"'"},   // acute accent
    {0x00BB, u"\""},  // right-pointing double angle quotation mark
    {0x00BC, u"1/4"}, // vulgar fraction one quarter
    {0x00BD, u"1/2"}, // vulgar fraction one half
    {0x00BE, u"3/4"}, // vulgar fraction three quarters
    {0x00F7, u"/"},   // division sign
    {0x01C3, u"!"},   // latin letter retroflex click
    {0x0262, u"G"},   // latin letter small capital g
    {0x026A, u"I"},   // latin letter small capital i
    {0x0274, u"N"},   // latin letter small capital n
    {0x0280, u"R"},   // latin letter small capital r
    {0x028F, u"Y"},   // latin letter small capital y
    {0x0299, u"B"},   // latin letter small capital b
    {0x029C, u"H"},   // latin letter small capital h
    {0x029F, u"L"},   // latin letter small capital l
    {0x02B9, u"'"},   // modifier letter prime
    {0x02BA, u"\""},  // modifier letter double prime
    {0x02BB, u"'"},   // modifier letter turned comma
    {0x02BC, u"'"},   // modifier letter apostrophe
    {0x02BD, u"'"},   // modifier letter reversed comma
    {0x02C6, u"^"},   // modifier letter circumflex accent
    {0x02C8, u"'"},   // modifier letter vertical line
    {0x02CA, u"'"},   // modifier letter acute accent
    {0x02CB, u"'"},   // modifier letter grave accent
    {0x02D0, u":"},   // modifier letter triangular colon
    {0x02D6, u"+"},   // modifier letter plus sign
    {0x02DC, u"~"},   // small tilde
    {0x02EE, u"\""},  // modifier letter double apostrophe
    {0x02F7, u"~"},   // modifier letter low tilde
    {0x02F8, u":"},   // modifier letter raised colon
    {0x0302, u"^"},   // combining circumflex accent
    {0x0303, u"~"},   // combining tilde
    {0x0313, u"'"},   // combining comma above
    {0x0314, u"'"},   // combining reversed comma above
    {0x0326, u","},   // combining comma below
    {0x0330, u"~"},   // combining tilde below
    {0x0332, u"_"},   // combining low line
    {0x0334, u"~"},   // combining tilde overlay
    {0x0337, u"/"},   // combining short solidus overlay
    {0x0338, u"/"},   // combining long solidus overlay
    {0x0347, u"="},   // combining equals sign below
    {0x1D00, u"A"},   // latin letter small capital a
    {0x1D04, u"C"},   // latin letter small capital c
    {0x1D05, u"D"},   // latin letter small capital d
    {0x1D07, u"E"},   // latin letter small capital e
    {0x1D0A, u"J"},   // latin letter small capital j
    {0x1D0B, u"K"},   // latin letter small capital k
    {0x1D0D, u"M"},   // latin letter small capital m
    {0x1D0F, u"O"},   // latin letter small capital o
    {0x1D18, u"P"},   // latin letter small capital p
    {0x1D1B, u"T"},   // latin letter small capital t
    {0x1D1C, u"U"},   // latin letter small capital u
    {0x1D20, u"V"},   // latin letter small capital v
    {0x1D21, u"W"},   // latin letter small capital w
    {0x1D22, u"Z"},   // latin letter small capital z
    {0x1DCD, u"^"},   // combining double circumflex above
    {0x2000, u" "},   // en quad
    {0x2001, u" "},   // em quad
    {0x2002, u" "},   // en space
    {0x2003, u" "},   // em space
    {0x2004, u" "},   // three-per-em space
    {0x2005, u" "},   // four-per-em space
    {0x2006, u" "},   // six-per-em space
    {0x2007, u" "},   // figure space
    {0x2008, u" "},   // punctuation space
    {0x2009, u" "},   // thin space
    {0x200A, u" "},   // hair space
    {0x2010, u"-"},   // hyphen
    {0x2013, u"-"},   // en dash
    {0x2014, u"-"},   // em dash
    {0x2015, u"-"},   // horizontal bar
    {0x2018, u"'"},   // left single quotation mark
    {0x2019, u"'"},   // right single quotation mark
    {0x201A, u","},   // single low-9 quotation mark
    {0x201B, u"'"},   // single high-reversed-9 quotation mark
    {0x201C, u"\""},  // left double quotation mark
    {0x201D, u"\""},  // right double quotation mark
    {0x201E, u"\""},  // double low-9 quotation mark
    {0x201F, u"\""},  // double high-reversed-9 quotation mark
    {0x2022, u"-"},   // bullet
    {0x2026, u"..."}, // horizontal ellipsis
    {0x2028, u" "},   // line separator
    {0x2029, u" "},   // paragraph separator
    {0x202F, u" "},   // narrow no-break space
    {0x2039, u"<"},   // single left-pointing angle quotation mark
    {0x203A, u">"},   // single right-pointing angle quotation mark
    {0x203C, u"!!"},  // double exclamation mark
    {0x2043, u"-"},   // hyphen bullet
    {0x2044, u"/"},   // fraction slash
    {0x204E, u"*"},   // low asterisk
    {0x204F, u";"},   // reversed semicolon
    {0x205F, u" "},   // medium mathematical space
    {0x20D2, u"|"},   // combining long vertical line overlay
    {0x20D3, u"|"},   // combining short vertical line overlay
    {0x20E5, u"\\"},  // combining reverse solidus overlay
    {0x2215, u"/"},   // division slash
    {0x2217, u"*"},   // asterisk operator
    {0x2223, u"|"},   // divides
    {0x223C, u"~"},   // tilde operator
    {0x229B, u"*"},   // circled asterisk operator
    {0x239C, u"|"},   // left parenthesis extension
    {0x239F, u"|"},   // right parenthesis extension
    {0x23B8, u"|"},   // left vertical box line
    {0x23B9, u"|"},   // right vertical box line
    {0x23BC, u"-"},   // horizontal scan line-7
    {0x23BD, u"-"},   // horizontal scan line-9
    {0x23D0, u"|"},   // vertical line extension
    {0x2722, u"*"},   // four teardrop-spoked asterisk
    {0x2723, u"*"},   // four balloon-spoked asterisk
    {0x2724, u"*"},   // heavy four balloon-spoked asterisk
    {0x2725, u"*"},   // four club-spoked asterisk
    {0x2731, u"*"},   // heavy asterisk
    {0x2732, u"*"},   // open centre asterisk
    {0x2733, u"*"},   // eight spoked asterisk
    {0x273A, u"*"},   // sixteen pointed asterisk
    {0x273B, u"*"},   // teardrop-spoked asterisk
    {0x273C, u"*"},   // open centre teardrop-spoked asterisk
    {0x273D, u"*"},   // heavy teardrop-spoked asterisk
    {0x2743, u"*"},   // heavy teardrop-spoked pinwheel asterisk
    {0x2749, u"*"},   // balloon-spoked asterisk
    {0x274A, u"*"},   // eight teardrop-spoked propeller asterisk
    {0x274B, u"*"},   // heavy eight teardrop-spoked propeller asterisk
    {0x275B, u"'"},   // heavy single turned comma quotation mark ornament
    {0x275C, u"'"},   // heavy single comma quotation mark ornament
    {0x275D, u"\""},  // heavy double turned comma quotation mark ornament
    {0x275E, u"\""},  // heavy double comma quotation mark ornament
    {0x2768, u"("},   // medium left parenthesis ornament
    {0x2769, u")"},   // medium right parenthesis ornament
    {0x276A, u"("},   // medium flattened left parenthesis ornament
    {0x276B, u")"},   // medium flattened right parenthesis ornament
    {0x2774, u"{"},   // medium left curly bracket ornament
    {0x2775, u"}"},   // medium right curly bracket ornament
    {0x27EE, u"("},   // mathematical left flattened parenthesis
    {0x27EF, u")"},   // mathematical right flattened parenthesis
    {0x2982, u":"},   // z notation type colon
    {0x2985, u"("},   // left white parenthesis
    {0x2986, u")"},   // right white parenthesis
    {0x29C6, u"*"},   // squared asterisk
    {0x29F5, u"\\"},  // reverse solidus operator
    {0x29F8, u"/"},   // big solidus
    {0x29F9, u"\\"},  // big reverse solidus
    {0x3000, u" "},   // ideographic space
    {0x3001, u","},   // ideographic comma
    {0x3002, u"."},   // ideographic full stop
    {0x301D, u"\""},  // reversed double prime quotation mark
    {0x301E, u"\""},  // double prime quotation mark
    {0xA730, u"F"},   // latin letter small capital f
    {0xA731, u"S"},   // latin letter small capital s
    {0xA789, u":"},   // modifier letter colon
    {0xA78A, u"="},   // modifier letter short equals sign
    {0xFE10, u"'"},   // presentation form for vertical comma
    {0xFE11, u"'"},   // presentation form for vertical ideographic comma
    {0xFE13, u":"},   // presentation form for vertical colon
    {0xFE14, u";"},   // presentation form for vertical semicolon
    {0xFE15, u"!"},   // presentation form for vertical exclamation mark
    {0xFE16, u"?"},   // presentation form for vertical question mark
    {0xFE50, u","},   // small comma
    {0xFE51, u","},   // small ideographic comma
    {0xFE52, u"."},   // small full stop
    {0xFE54, u";"},   // small semicolon
    {0xFE56, u"?"},   // small question mark
    {0xFE57, u"!"},   // small exclamation mark
    {0xFE59, u"("},   // small left parenthesis
    {0xFE5A, u")"},   // small right parenthesis
    {0xFE5B, u"{"},   // small left curly bracket
    {0xFE5C, u"}"},   // small right curly bracket
    {0xFE5F, u"#"},   // small number sign
    {0xFE60, u"&"},   // small ampersand
    {0xFE61, u"*"},   // small asterisk
    {0xFE62, u"+"},   // small plus sign
    {0xFE63, u"-"},   // small hyphen-minus
    {0xFE64, u"<"},   // small less-than sign
    {0xFE65, u">"},   // small greater-than sign
    {0xFE66, u"="},   // small equals sign
    {0xFE68, u"\\"},  // small reverse solidus
    {0xFE69, u"$"},   // small dollar sign
    {0xFE6A, u"%"},   // small percent sign
    {0xFE6B, u"@"},   // small commercial at
    {0xFF01, u"!"},   // fullwidth exclamation mark
    {0xFF02, u"\""},  // fullwidth quotation mark
    {0xFF03, u"#"},   // fullwidth number sign
    {0xFF04, u"$"},   // fullwidth dollar sign
    {0xFF05, u"%"},   // fullwidth percent sign
    {0xFF06, u"&"},   // fullwidth ampersand
    {0xFF07, u"'"},   // fullwidth apostrophe
    {0xFF08, u"("},   // fullwidth left parenthesis
    {0xFF09, u")"},   // fullwidth right parenthesis
    {0xFF0A, u"*"},   // fullwidth asterisk
    {0xFF0B, u"+"},   // fullwidth plus sign
    {0xFF0C, u","},   // fullwidth comma
    {0xFF0D, u"-"},   // fullwidth hyphen-minus
    {0xFF0E, u"."},   // fullwidth full stop
    {0xFF0F, u"/"},   // fullwidth solidus
    {0xFF10, u"0"},   // fullwidth digit zero
    {0xFF11, u"1"},   // fullwidth digit one
    {0xFF12, u"2"},   // fullwidth digit two
    {0xFF13, u"3"},   // fullwidth digit three
    {0xFF14, u"4"},   // fullwidth digit four
    {0xFF15, u"5"},   // fullwidth digit five
    {0xFF16, u"6"},   // fullwidth digit six
    {0xFF17, u"7"},   // fullwidth digit seven
    {0xFF18, u"8"},   // fullwidth digit eight
    {0xFF19, u"9"},   // fullwidth digit nine
    {0xFF1A, u":"},   // fullwidth colon
    {0xFF1B, u";"},   // fullwidth semicolon
    {0xFF1C, u"<"},   // fullwidth less-than sign
    {0xFF1D, u"="},   // fullwidth equals sign
    {0xFF1E, u">"},   // fullwidth greater-than sign
    {0xFF1F, u"?"},   // fullwidth question mark
    {0xFF20, u"@"},   // fullwidth commercial at
    {0xFF21, u"A"},   // fullwidth latin capital letter a
    {0xFF22, u"B"},   // fullwidth latin capital letter b
    {0xFF23, u"C"},   // fullwidth latin capital letter c
    {0xFF24, u"D"},   // fullwidth latin capital letter d
    {0xFF25, u"E"},   // fullwidth latin capital letter e
    {0xFF26, u"F"},   // fullwidth latin capital letter f
    {0xFF27, u"G"},   // fullwidth latin capital letter g
    {0xFF28, u"H"},   // fullwidth latin capital letter h
    {0xFF29, u"I"},   // fullwidth latin capital letter i
    {0xFF2A, u"J"},   // fullwidth latin capital letter j
    {0xFF2B, u"K"},   // fullwidth latin capital letter k
    {0xFF2C, u"L"},   // fullwidth latin capital letter l
    {0xFF2D, u"M"},   // fullwidth latin capital letter m
    {0xFF2E, u"N"},   // fullwidth latin capital letter n
    {0xFF2F, u"O"},   // fullwidth latin capital letter o
    {0xFF30, u"P"},   // fullwidth latin capital letter p
    {0xFF31, u"Q"},   // fullwidth latin capital letter q
    {0xFF32, u"R"},   // fullwidth latin capital letter r
    {0xFF33, u"S"},   // fullwidth latin capital letter s
    {0xFF34, u"T"},   // fullwidth latin capital letter t
    {0xFF35, u"U"},   // fullwidth latin capital letter u
    {0xFF36, u"V"},   // fullwidth latin capital letter v
    {0xFF37, u"W"},   // fullwidth latin capital letter w
    {0xFF38, u"X"},   // fullwidth latin capital letter x
    {0xFF39, u"Y"},   // fullwidth latin capital letter y
    {0xFF3A, u"Z"},   // fullwidth latin capital letter z
    {0xFF3B, u"["},   // fullwidth left square bracket
    {0xFF3C, u"\\"},  // fullwidth reverse solidus
    {0xFF3D, u"]"},   // fullwidth right square bracket
    {0xFF3E, u"^"},   // fullwidth circumflex accent
    {0xFF3F, u"_"},   // fullwidth low line
    {0xFF5B, u"{"},   // fullwidth left curly bracket
    {0xFF5C, u"|"},   // fullwidth vertical line
    {0xFF5D, u"}"},   // fullwidth right curly bracket
    {0xFF5E, u"~"},   // fullwidth tilde
    {0xFF61, u"."},   // halfwidth ideographic full stop
    {0xFF64, u","},   // halfwidth ideographic comma
};
static_assert(std::is_sorted(std::begin(kSmartEncoding), std::end(kSmartEncoding),
                             [](const Replacement &a, const Replacement &b) {
                                 return a.codePoint < b.codePoint;
                             }),
              "kSmartEncoding must stay sorted by code point");

// Which 256-code-point blocks hold any table entry, so that CJK, Cyrillic or Arabic text (no entries at all)
// skips the binary search.
constexpr std::array<bool, 256> kBlocksWithReplacements = [] {
    std::array<bool, 256> blocks{};
    for (const Replacement &r : kSmartEncoding)
        blocks[r.codePoint >> 8] = true;
    return blocks;
}();

const Replacement *findReplacement(char32_t codePoint)
{
    if (codePoint > 0xFFFF || !kBlocksWithReplacements[codePoint >> 8])
        return nullptr;
    const auto *end = std::end(kSmartEncoding);
    const auto *it = std::lower_bound(std::begin(kSmartEncoding), end, codePoint,
                                      [](const Replacement &r, char32_t c) { return r.codePoint < c; });
    return it != end && it->codePoint == codePoint ? it : nullptr;
}

QStringView replacementView(const Replacement &r)
{
    return QStringView(r.text, qsizetype(std::char_traits<char16_t>::length(r.text)));
}

// The table is static storage, so these strings need no allocation however often the preview asks.
QString replacementText(const Replacement &r)
{
    const QStringView view = replacementView(r);
    return QString::fromRawData(view.data(), view.size());
}

QString originalText(const Replacement &r)
{
    return QString::fromRawData(reinterpret_cast<const QChar *>(&r.codePoint), 1);
}

// Segment boundaries for the concatenated case, built on the fly. A character that does not fit whole in
// the current segment opens the next one, which is how neither an escape pair nor a surrogate pair is split.
struct Layout
{
    explicit Layout(int perSegment)
        : perSegment(perSegment)
        , used(perSegment) // so the first character opens the first segment
    {}

    void add(int position, int size)
    {
        if (used + size > perSegment) [[unlikely]]
            open(position);
        used += size;
        ++count;
    }

    void open(int position)
    {
        if (!starts.isEmpty())
            counts.append(count);
        starts.append(position);
        used = 0;
        count = 0;
    }

    void finish()
    {
        if (!starts.isEmpty())
            counts.append(count);
    }

    int perSegment;
    int used;
    int count = 0; // characters in the segment being filled
    QVarLengthArray<int, 32> starts;
    QVarLengthArray<int, 32> counts;
};

// Real text outside GSM-7 repeats a small alphabet (Cyrillic, Greek, Arabic) or a few hundred common
// ideographs, so reporting every character would otherwise cost one small allocation each. A tiny
// direct-mapped cache turns repeats into shared copies of one QString.
class CharacterCache
{
public:
    CharacterCache() { m_keys.fill(kEmpty); }

    QString get(char32_t codePoint, const char16_t *text, int length)
    {
        const std::size_t slot =
            std::uint32_t(codePoint * 0x9E3779B1u) >> (32 - kSlotBits); // Fibonacci hashing
        if (m_keys[slot] != codePoint) {
            m_keys[slot] = codePoint;
            m_strings[slot] = QString(reinterpret_cast<const QChar *>(text), length);
        }
        return m_strings[slot];
    }

private:
    static constexpr int kSlotBits = 7;
    static constexpr std::size_t kSlots = std::size_t(1) << kSlotBits;
    static constexpr char32_t kEmpty = 0xFFFFFFFF; // not a code point
    std::array<char32_t, kSlots> m_keys;
    std::array<QString, kSlots> m_strings;
};

} // namespace

QString SmsSegments::encodingName(Encoding encoding)
{
    // Technical names, the same in every language.
    return encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

bool SmsEncoding::isGsm7(char32_t codePoint)
{
    return gsmSeptets(codePoint) != 0;
}

bool SmsEncoding::isGsm7Extension(char32_t codePoint)
{
    return gsmSeptets(codePoint) == 2;
}

QString SmsEncoding::smartEncodingReplacement(char32_t codePoint)
{
    const Replacement *r = findReplacement(codePoint);
    return r ? replacementText(*r) : QString();
}

SmsSegments SmsEncoding::analyze(const QString &body)
{
    SmsSegments result;
    const char16_t *text = QStringView(body).utf16();
    const int size = int(body.size());

    // Both layouts are kept during the single pass because the encoding is only known at the end.
    Layout gsm(kGsmConcatenatedSegment);
    Layout ucs2(kUcs2ConcatenatedSegment);
    std::optional<CharacterCache> cache; // only bodies with such characters pay for it
    bool allGsm = true;
    int septets = 0;
    int characters = 0;

    for (int i = 0; i < size;) {
        char32_t codePoint = text[i];
        int length = 1;
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size && QChar::isLowSurrogate(text[i + 1])) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        ++characters;
        const int charSeptets = gsmSeptets(codePoint);
        if (charSeptets == 0) {
            if (allGsm) {
                // Once per body: reserving for every remaining unit avoids regrowing the list character by
                // character in a body where nearly everything is outside GSM-7 (CJK, Cyrillic, Arabic).
                result.nonGsmCharacters.reserve(size - i);
                allGsm = false;
            }
            NonGsmCharacter &found = result.nonGsmCharacters.emplace_back();
            found.position = i;
            found.length = length;
            found.codePoint = codePoint;
            if (const Replacement *r = findReplacement(codePoint)) {
                found.character = originalText(*r);
                found.replacement = replacementText(*r);
            } else {
                if (!cache)
                    cache.emplace();
                found.character = cache->get(codePoint, text + i, length);
            }
        } else if (allGsm) {
            septets += charSeptets;
            gsm.add(i, charSeptets);
        }
        ucs2.add(i, length);
        i += length;
    }

    result.characters = characters;
    if (size == 0) {
        result.capacity = kGsmSingleSegment;
        return result;
    }

    Layout *layout = &gsm;
    int single = kGsmSingleSegment;
    result.units = septets;
    if (!allGsm) {
        result.encoding = SmsSegments::Encoding::Ucs2;
        layout = &ucs2;
        single = kUcs2SingleSegment;
        result.units = size;
    }

    if (result.units <= single) {
        result.segments = 1;
        result.capacity = single;
        result.charactersPerSegment = {characters};
        result.segmentStarts = {0};
    } else {
        layout->finish();
        result.segments = int(layout->starts.size());
        result.capacity = result.segments * layout->perSegment;
        result.charactersPerSegment = QList<int>(layout->counts.cbegin(), layout->counts.cend());
        result.segmentStarts = QList<int>(layout->starts.cbegin(), layout->starts.cend());
    }
    return result;
}

QString SmsEncoding::smartEncode(const QString &body)
{
    const char16_t *text = QStringView(body).utf16();
    const qsizetype size = body.size();
    QString encoded;
    char16_t *out = nullptr;

    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i];
        // Table entries are all BMP and non-GSM: surrogates and GSM characters skip the search.
        const Replacement *r =
            QChar::isSurrogate(unit) || gsmSeptets(unit) != 0 ? nullptr : findReplacement(unit);
        if (!out) {
            if (!r)
                continue;
            // First replacement: from here on every unit is written out. Replacement::text holds 3 at most.
            encoded.resize(i + (size - i) * 3);
            out = std::copy(text, text + i, reinterpret_cast<char16_t *>(encoded.data()));
        }
        if (r) {
            const QStringView replacement = replacementView(*r);
            out = std::copy(replacement.utf16(), replacement.utf16() + replacement.size(), out);
        } else {
            *out++ = unit;
        }
    }
    if (!out)
        return body; // nothing replaced: share the original
    encoded.truncate(out - reinterpret_cast<const char16_t *>(encoded.constData()));
    return encoded;
}

} // namespace LeadRails
