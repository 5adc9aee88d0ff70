#include "SmsEncoding.h"

#include <QTest>

#include <numeric>

using namespace LeadRails;

class tst_SmsEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSplitGsmBodiesLikeTwilio_data();
    void shouldSplitGsmBodiesLikeTwilio();
    void shouldSplitUcs2BodiesLikeTwilio_data();
    void shouldSplitUcs2BodiesLikeTwilio();
    void shouldCountBodiesAtTheTwilioLimit_data();
    void shouldCountBodiesAtTheTwilioLimit();
    void shouldReportCharactersForcingUcs2_data();
    void shouldReportCharactersForcingUcs2();
    void shouldKnowTheGsmAlphabet_data();
    void shouldKnowTheGsmAlphabet();
    void shouldHoldExactlyTheGsm0338Alphabet();
    void shouldSmartEncodeLookAlikesIntoGsm_data();
    void shouldSmartEncodeLookAlikesIntoGsm();
    void shouldOnlySubstituteNonGsmCharactersWithGsmText();
    void shouldReturnTheSameBodyWhenNothingIsReplaced();
    void shouldNameEncodingsForTheCounter();

private:
    static void addSegmentColumns();
    static void verifySegments();
    static void verifyLayoutIsConsistent(const QString &body, const SmsSegments &s);
};

namespace {

QString times(QStringView text, int count)
{
    return text.toString().repeated(count);
}

QString emoji()
{
    return QStringLiteral("\U0001F600"); // 😀, a surrogate pair
}

} // namespace

void tst_SmsEncoding::addSegmentColumns()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("charactersPerSegment");
    QTest::addColumn<QList<int>>("segmentStarts");
}

void tst_SmsEncoding::verifySegments()
{
    QFETCH(QString, body);
    QFETCH(QString, encoding);
    QFETCH(int, segments);
    QFETCH(int, characters);
    QFETCH(int, units);
    QFETCH(int, capacity);
    QFETCH(QList<int>, charactersPerSegment);
    QFETCH(QList<int>, segmentStarts);

    const SmsSegments s = SmsEncoding::analyze(body);
    QCOMPARE(SmsSegments::encodingName(s.encoding), encoding);
    QCOMPARE(s.segments, segments);
    QCOMPARE(s.characters, characters);
    QCOMPARE(s.units, units);
    QCOMPARE(s.capacity, capacity);
    QCOMPARE(s.charactersPerSegment, charactersPerSegment);
    QCOMPARE(s.segmentStarts, segmentStarts);
    verifyLayoutIsConsistent(body, s);
}

// What must hold for any body, whatever the row checks in particular.
void tst_SmsEncoding::verifyLayoutIsConsistent(const QString &body, const SmsSegments &s)
{
    QCOMPARE(s.segmentStarts.size(), qsizetype(s.segments));
    QCOMPARE(s.charactersPerSegment.size(), qsizetype(s.segments));
    QCOMPARE(std::accumulate(s.charactersPerSegment.cbegin(), s.charactersPerSegment.cend(), 0),
             s.characters);
    QVERIFY(s.units <= s.capacity);
    QCOMPARE(s.nonGsmCharacters.isEmpty(), s.encoding == SmsSegments::Encoding::Gsm7);
    for (int i = 0; i < s.segments; ++i) {
        const int start = s.segmentStarts.at(i);
        QVERIFY(i == 0 ? start == 0 : start > s.segmentStarts.at(i - 1));
        QVERIFY2(!body.at(start).isLowSurrogate(), "a segment starts inside a surrogate pair");
        QVERIFY(s.charactersPerSegment.at(i) > 0);
    }
}

void tst_SmsEncoding::shouldSplitGsmBodiesLikeTwilio_data()
{
    addSegmentColumns();
    const QString gsm = QStringLiteral("GSM-7");
    using L = QList<int>;

    QTest::newRow("empty body has no segment") << QString() << gsm << 0 << 0 << 0 << 160 << L{} << L{};
    QTest::newRow("1 character") << QStringLiteral("a") << gsm << 1 << 1 << 1 << 160 << L{1} << L{0};
    QTest::newRow("160 characters fit one segment")
        << times(u"a", 160) << gsm << 1 << 160 << 160 << 160 << L{160} << L{0};
    QTest::newRow("161 characters split 153 + 8")
        << times(u"a", 161) << gsm << 2 << 161 << 161 << 306 << L{153, 8} << L{0, 153};
    QTest::newRow("306 characters fill two segments")
        << times(u"a", 306) << gsm << 2 << 306 << 306 << 306 << L{153, 153} << L{0, 153};
    QTest::newRow("307 characters need a third segment")
        << times(u"a", 307) << gsm << 3 << 307 << 307 << 459 << L{153, 153, 1} << L{0, 153, 306};
    QTest::newRow("accented letters of the basic table take one septet each")
        << QStringLiteral("àäåæèéìñòöøùüÄÅÆÇÉÑÖØÜß@£$¥¤¡¿§_ΔΦΓΛΩΠΨΣΘΞ") << gsm << 1 << 42 << 42 << 160
        << L{42} << L{0};
    QTest::newRow("extension characters take two septets each")
        << QStringLiteral("^{}[]~\\|€\f") << gsm << 1 << 10 << 20 << 160 << L{10} << L{0};
    QTest::newRow("line breaks take one septet each")
        << QStringLiteral("a\r\nb\n") << gsm << 1 << 5 << 5 << 160 << L{5} << L{0};
    QTest::newRow("80 braces are exactly 160 septets")
        << times(u"{", 80) << gsm << 1 << 80 << 160 << 160 << L{80} << L{0};
    QTest::newRow("81 braces split without breaking an escape pair")
        << times(u"{", 81) << gsm << 2 << 81 << 162 << 306 << L{76, 5} << L{0, 76};
    QTest::newRow("euro at septet 153 moves whole to segment 2")
        << times(u"a", 152) + QStringLiteral("€") + times(u"a", 10) << gsm << 2 << 163 << 164 << 306
        << L{152, 11} << L{0, 152};
    QTest::newRow("euro ending exactly at septet 153 stays in segment 1")
        << times(u"a", 151) + QStringLiteral("€") + times(u"a", 10) << gsm << 2 << 162 << 163 << 306
        << L{152, 10} << L{0, 152};
    QTest::newRow("a single segment has no header, so an escape pair at septet 160 fits")
        << times(u"a", 158) + QStringLiteral("€") << gsm << 1 << 159 << 160 << 160 << L{159} << L{0};
    QTest::newRow("euro at septets 160-161 splits the message")
        << times(u"a", 159) + QStringLiteral("€") << gsm << 2 << 160 << 161 << 306 << L{153, 7} << L{0, 153};
    QTest::newRow("a full segment that closes one septet short starts the third segment early")
        << times(u"a", 152) + QStringLiteral("€") + times(u"a", 152) << gsm << 3 << 305 << 306 << 459
        << L{152, 152, 1} << L{0, 152, 304};
}

void tst_SmsEncoding::shouldSplitGsmBodiesLikeTwilio()
{
    verifySegments();
}

void tst_SmsEncoding::shouldSplitUcs2BodiesLikeTwilio_data()
{
    addSegmentColumns();
    const QString ucs2 = QStringLiteral("UCS-2");
    using L = QList<int>;
    const QString e = emoji();

    QTest::newRow("1 character outside GSM-7")
        << QStringLiteral("ê") << ucs2 << 1 << 1 << 1 << 70 << L{1} << L{0};
    QTest::newRow("70 units fit one segment")
        << QStringLiteral("ê") + times(u"a", 69) << ucs2 << 1 << 70 << 70 << 70 << L{70} << L{0};
    QTest::newRow("71 units split 67 + 4")
        << QStringLiteral("ê") + times(u"a", 70) << ucs2 << 2 << 71 << 71 << 134 << L{67, 4} << L{0, 67};
    QTest::newRow("134 units fill two segments")
        << times(u"Ж", 134) << ucs2 << 2 << 134 << 134 << 134 << L{67, 67} << L{0, 67};
    QTest::newRow("135 units need a third segment")
        << times(u"Ж", 135) << ucs2 << 3 << 135 << 135 << 201 << L{67, 67, 1} << L{0, 67, 134};
    QTest::newRow("extension characters take one unit in UCS-2")
        << QStringLiteral("€{ж") << ucs2 << 1 << 3 << 3 << 70 << L{3} << L{0};
    QTest::newRow("emoji at unit 66 moves whole to segment 2 (segment 1 holds 66 units)")
        << times(u"Ж", 66) + e + times(u"Ж", 10) << ucs2 << 2 << 77 << 78 << 134 << L{66, 11} << L{0, 66};
    QTest::newRow("emoji at units 65-66 stays in segment 1")
        << times(u"Ж", 65) + e + times(u"Ж", 10) << ucs2 << 2 << 76 << 77 << 134 << L{66, 10} << L{0, 67};
    QTest::newRow("emoji ending at unit 70 fits a single segment")
        << times(u"a", 68) + e << ucs2 << 1 << 69 << 70 << 70 << L{69} << L{0};
    QTest::newRow("emoji at units 70-71 splits the message")
        << times(u"a", 69) + e << ucs2 << 2 << 70 << 71 << 134 << L{67, 3} << L{0, 67};
    QTest::newRow("35 emoji are 70 units in one segment")
        << times(e, 35) << ucs2 << 1 << 35 << 70 << 70 << L{35} << L{0};
    QTest::newRow("36 emoji split 33 + 3, never half an emoji")
        << times(e, 36) << ucs2 << 2 << 36 << 72 << 134 << L{33, 3} << L{0, 66};
    QTest::newRow("Cyrillic") << QStringLiteral("Привет, мир") << ucs2 << 1 << 11 << 11 << 70 << L{11}
                              << L{0};
    QTest::newRow("Chinese") << QStringLiteral("您好，世界") << ucs2 << 1 << 5 << 5 << 70 << L{5} << L{0};
    QTest::newRow("Arabic") << QStringLiteral("مرحبا بالعالم") << ucs2 << 1 << 13 << 13 << 70 << L{13}
                            << L{0};
    QTest::newRow("Latin mixed with Greek lower case")
        << QStringLiteral("Hello αβγ") << ucs2 << 1 << 9 << 9 << 70 << L{9} << L{0};
}

void tst_SmsEncoding::shouldSplitUcs2BodiesLikeTwilio()
{
    verifySegments();
}

void tst_SmsEncoding::shouldCountBodiesAtTheTwilioLimit_data()
{
    addSegmentColumns();
    using L = QList<int>;

    L gsmCounts(10, 153);
    gsmCounts.append(1600 - 10 * 153);
    L gsmStarts;
    for (int i = 0; i < 11; ++i)
        gsmStarts.append(i * 153);
    QTest::newRow("1,600 GSM characters are 11 segments")
        << times(u"a", 1600) << QStringLiteral("GSM-7") << 11 << 1600 << 1600 << 11 * 153 << gsmCounts
        << gsmStarts;

    L ucsCounts(23, 67);
    ucsCounts.append(1600 - 23 * 67);
    L ucsStarts;
    for (int i = 0; i < 24; ++i)
        ucsStarts.append(i * 67);
    QTest::newRow("1,600 Chinese characters are 24 segments")
        << times(u"您", 1600) << QStringLiteral("UCS-2") << 24 << 1600 << 1600 << 24 * 67 << ucsCounts
        << ucsStarts;
}

void tst_SmsEncoding::shouldCountBodiesAtTheTwilioLimit()
{
    verifySegments();
    QFETCH(QString, body);
    const SmsSegments s = SmsEncoding::analyze(body);
    QCOMPARE(s.nonGsmCharacters.size(), qsizetype(s.encoding == SmsSegments::Encoding::Gsm7 ? 0 : 1600));
}

void tst_SmsEncoding::shouldReportCharactersForcingUcs2_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QList<int>>("positions");
    QTest::addColumn<QList<int>>("lengths");
    QTest::addColumn<QList<int>>("codePoints");
    QTest::addColumn<QStringList>("replacements");
    using L = QList<int>;

    QTest::newRow("é is in GSM-7") << QStringLiteral("Café") << L{} << L{} << L{} << QStringList{};
    QTest::newRow("ê forces UCS-2 and has no substitute")
        << QStringLiteral("Crêpe") << L{2} << L{1} << L{0xEA} << QStringList{QString()};
    QTest::newRow("curly apostrophe forces UCS-2, Smart Encoding sends '")
        << QStringLiteral("Don’t") << L{3} << L{1} << L{0x2019} << QStringList{QStringLiteral("'")};
    QTest::newRow("backtick is the one ASCII character outside GSM-7")
        << QStringLiteral("a`b") << L{1} << L{1} << L{0x60} << QStringList{QStringLiteral("'")};
    QTest::newRow("emoji is reported once with both units")
        << QStringLiteral("Hi ") + emoji() + QStringLiteral("!") << L{3} << L{2} << L{0x1F600}
        << QStringList{QString()};
    QTest::newRow("positions are UTF-16 indexes, after an emoji too")
        << emoji() + QStringLiteral("x’") << L{0, 3} << L{2, 1} << L{0x1F600, 0x2019}
        << QStringList{QString(), QStringLiteral("'")};
    QTest::newRow("every offender in body order")
        << QStringLiteral("“Hi” — ok… «oui»") << L{0, 3, 5, 9, 11, 15} << L{1, 1, 1, 1, 1, 1}
        << L{0x201C, 0x201D, 0x2014, 0x2026, 0xAB, 0xBB}
        << QStringList{QStringLiteral("\""),  QStringLiteral("\""), QStringLiteral("-"),
                       QStringLiteral("..."), QStringLiteral("\""), QStringLiteral("\"")};
    QTest::newRow("non-breaking and thin spaces become spaces")
        << QStringLiteral("a\u00A0b\u2009c") << L{1, 3} << L{1, 1} << L{0xA0, 0x2009}
        << QStringList{QStringLiteral(" "), QStringLiteral(" ")};
    QTest::newRow("a tab is outside GSM-7")
        << QStringLiteral("a\tb") << L{1} << L{1} << L{0x09} << QStringList{QString()};
    QTest::newRow("a lone surrogate is reported as one unit")
        << QString(QChar(0xD83D)) + QStringLiteral("a") << L{0} << L{1} << L{0xD83D}
        << QStringList{QString()};
}

void tst_SmsEncoding::shouldReportCharactersForcingUcs2()
{
    QFETCH(QString, body);
    QFETCH(QList<int>, positions);
    QFETCH(QList<int>, lengths);
    QFETCH(QList<int>, codePoints);
    QFETCH(QStringList, replacements);

    const SmsSegments s = SmsEncoding::analyze(body);
    QCOMPARE(SmsSegments::encodingName(s.encoding),
             positions.isEmpty() ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2"));
    QCOMPARE(s.nonGsmCharacters.size(), positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const NonGsmCharacter &c = s.nonGsmCharacters.at(i);
        QCOMPARE(c.position, positions.at(i));
        QCOMPARE(c.length, lengths.at(i));
        QCOMPARE(int(c.codePoint), codePoints.at(i));
        QCOMPARE(c.character, body.mid(c.position, c.length));
        QCOMPARE(c.replacement, replacements.at(i));
        QCOMPARE(c.replacement.isNull(), replacements.at(i).isEmpty());
    }
    verifyLayoutIsConsistent(body, s);
}

void tst_SmsEncoding::shouldKnowTheGsmAlphabet_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<bool>("gsm");
    QTest::addColumn<bool>("extension");

    QTest::newRow("@") << uint(U'@') << true << false;
    QTest::newRow("$") << uint(U'$') << true << false;
    QTest::newRow("_") << uint(U'_') << true << false;
    QTest::newRow("LF") << uint(U'\n') << true << false;
    QTest::newRow("CR") << uint(U'\r') << true << false;
    QTest::newRow("space") << uint(U' ') << true << false;
    QTest::newRow("é") << uint(U'é') << true << false;
    QTest::newRow("Ç (capital only)") << uint(U'Ç') << true << false;
    QTest::newRow("ç") << uint(U'ç') << false << false;
    QTest::newRow("Δ") << uint(U'Δ') << true << false;
    QTest::newRow("Greek capital A looks Latin but is not GSM") << uint(U'Α') << false << false;
    QTest::newRow("ê") << uint(U'ê') << false << false;
    QTest::newRow("`") << uint(U'`') << false << false;
    QTest::newRow("tab") << uint(U'\t') << false << false;
    QTest::newRow("€") << uint(U'€') << true << true;
    QTest::newRow("form feed") << uint(U'\f') << true << true;
    QTest::newRow("^") << uint(U'^') << true << true;
    QTest::newRow("|") << uint(U'|') << true << true;
    QTest::newRow("\\") << uint(U'\\') << true << true;
    QTest::newRow("’") << uint(U'’') << false << false;
    QTest::newRow("emoji") << uint(0x1F600) << false << false;
    QTest::newRow("beyond Unicode") << uint(0x110000) << false << false;
}

void tst_SmsEncoding::shouldKnowTheGsmAlphabet()
{
    QFETCH(uint, codePoint);
    QFETCH(bool, gsm);
    QFETCH(bool, extension);
    QCOMPARE(SmsEncoding::isGsm7(codePoint), gsm);
    QCOMPARE(SmsEncoding::isGsm7Extension(codePoint), extension);
}

void tst_SmsEncoding::shouldHoldExactlyTheGsm0338Alphabet()
{
    // GSM 03.38: 128 basic positions minus the escape code, plus 10 extension characters.
    int basic = 0;
    int extension = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (SmsEncoding::isGsm7Extension(c))
            ++extension;
        else if (SmsEncoding::isGsm7(c))
            ++basic;
    }
    QCOMPARE(basic, 127);
    QCOMPARE(extension, 10);
}

void tst_SmsEncoding::shouldSmartEncodeLookAlikesIntoGsm_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encodingAfter");

    const QString gsm = QStringLiteral("GSM-7");
    QTest::newRow("curly quotes") << QStringLiteral("“Don’t” ‘go’") << QStringLiteral("\"Don't\" 'go'")
                                  << gsm;
    QTest::newRow("en and em dashes")
        << QStringLiteral("9–5 — daily") << QStringLiteral("9-5 - daily") << gsm;
    QTest::newRow("ellipsis grows to three dots")
        << QStringLiteral("Wait…") << QStringLiteral("Wait...") << gsm;
    QTest::newRow("guillemets") << QStringLiteral("«Oui»") << QStringLiteral("\"Oui\"") << gsm;
    QTest::newRow("Unicode spaces") << QStringLiteral("a\u00A0b\u2009c\u202Fd\u3000e")
                                    << QStringLiteral("a b c d e") << gsm;
    QTest::newRow("fullwidth forms") << QStringLiteral("ＯＫ！") << QStringLiteral("OK!") << gsm;
    QTest::newRow("fraction") << QStringLiteral("½ off") << QStringLiteral("1/2 off") << gsm;
    QTest::newRow("bullet") << QStringLiteral("• item") << QStringLiteral("- item") << gsm;
    QTest::newRow("GSM characters are kept, é included")
        << QStringLiteral("Café {ok} €5") << QStringLiteral("Café {ok} €5") << gsm;
    QTest::newRow("characters without substitute are kept")
        << QStringLiteral("Don’t ") + emoji() + QStringLiteral(" ê")
        << QStringLiteral("Don't ") + emoji() + QStringLiteral(" ê") << QStringLiteral("UCS-2");
    QTest::newRow("empty") << QString() << QString() << gsm;
}

void tst_SmsEncoding::shouldSmartEncodeLookAlikesIntoGsm()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QFETCH(QString, encodingAfter);

    const QString encoded = SmsEncoding::smartEncode(body);
    QCOMPARE(encoded, expected);
    const SmsSegments after = SmsEncoding::analyze(encoded);
    QCOMPARE(SmsSegments::encodingName(after.encoding), encodingAfter);
    // What the preview promises is what smartEncode does.
    for (const NonGsmCharacter &c : SmsEncoding::analyze(body).nonGsmCharacters)
        QVERIFY(c.replacement.isEmpty() || !encoded.contains(c.character));
}

void tst_SmsEncoding::shouldOnlySubstituteNonGsmCharactersWithGsmText()
{
    int replaced = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        const QString replacement = SmsEncoding::smartEncodingReplacement(c);
        if (replacement.isEmpty())
            continue;
        ++replaced;
        QVERIFY2(!SmsEncoding::isGsm7(c), qPrintable(QString::number(uint(c), 16)));
        for (QChar r : replacement)
            QVERIFY2(SmsEncoding::isGsm7(r.unicode()), qPrintable(QString::number(uint(c), 16)));
        QCOMPARE(SmsEncoding::smartEncode(QString::fromUcs4(&c, 1)), replacement);
    }
    QVERIFY(replaced > 200); // the documented list, not a handful of quotes
}

void tst_SmsEncoding::shouldReturnTheSameBodyWhenNothingIsReplaced()
{
    const QString body = times(u"a", 1000) + emoji();
    const QString encoded = SmsEncoding::smartEncode(body);
    QCOMPARE(encoded, body);
    QCOMPARE(encoded.constData(), body.constData()); // shared, not copied
}

void tst_SmsEncoding::shouldNameEncodingsForTheCounter()
{
    QCOMPARE(SmsSegments::encodingName(SmsSegments::Encoding::Gsm7), QStringLiteral("GSM-7"));
    QCOMPARE(SmsSegments::encodingName(SmsSegments::Encoding::Ucs2), QStringLiteral("UCS-2"));
}

QTEST_GUILESS_MAIN(tst_SmsEncoding)
#include "tst_smsencoding.moc"
