#include "PhoneNumbers.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace LeadRails;

using Type = PhoneAnalysis::Type;
using Problem = PhoneAnalysis::Problem;

Q_DECLARE_METATYPE(PhoneAnalysis::Type)
Q_DECLARE_METATYPE(PhoneAnalysis::Problem)

namespace {
const QString kUS = QStringLiteral("US");
const QString kGB = QStringLiteral("GB");

// One line that names what differs when a comparison fails.
QByteArray describe(const PhoneAnalysis &a)
{
    QString input;
    for (const QChar c : a.input.left(60))
        input += c.isPrint() ? QString(c) : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return QStringLiteral("input=\"%1\" e164=%2 valid=%3 type=%4 region=%5 problem=%6 location=\"%7\" "
                          "message=\"%8\"")
        .arg(input, a.e164)
        .arg(a.valid)
        .arg(PhoneAnalysis::typeId(a.type), a.region, PhoneAnalysis::problemId(a.problem), a.location,
             a.message)
        .toUtf8();
}
} // namespace

class tst_PhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAcceptRealNumbersInEveryFormat_data();
    void shouldAcceptRealNumbersInEveryFormat();
    void shouldExplainEachFailure_data();
    void shouldExplainEachFailure();
    void shouldRecogniseFictionalNumbersFirst_data();
    void shouldRecogniseFictionalNumbersFirst();
    void shouldLocateGeographicNumbers_data();
    void shouldLocateGeographicNumbers();
    void shouldKnowRegions_data();
    void shouldKnowRegions();
    void shouldGiveStableIds();
    void shouldSurviveAnyInput();
    void shouldGiveSameAnswersFromManyThreads();
};

void tst_PhoneNumbers::shouldAcceptRealNumbersInEveryFormat_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<Type>("type");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("alreadyE164");

    const QString sf = QStringLiteral("+14155552671");
    // The US does not tell mobiles from landlines by number.
    QTest::newRow("us e164") << sf << kUS << sf << Type::FixedLineOrMobile << kUS << true;
    QTest::newRow("us national parens")
        << QStringLiteral("(415) 555-2671") << kUS << sf << Type::FixedLineOrMobile << kUS << false;
    QTest::newRow("us dots") << QStringLiteral("415.555.2671") << kUS << sf << Type::FixedLineOrMobile << kUS
                             << false;
    QTest::newRow("us digits only") << QStringLiteral("4155552671") << kUS << sf << Type::FixedLineOrMobile
                                    << kUS << false;
    QTest::newRow("us trunk 1") << QStringLiteral("1 415 555 2671") << kUS << sf << Type::FixedLineOrMobile
                                << kUS << false;
    QTest::newRow("us dashes") << QStringLiteral("+1-415-555-2671") << kUS << sf << Type::FixedLineOrMobile
                               << kUS << false;
    QTest::newRow("us spaced around")
        << QStringLiteral("  +14155552671 ") << kUS << sf << Type::FixedLineOrMobile << kUS << false;
    QTest::newRow("us tel uri") << QStringLiteral("tel:+1-415-555-2671") << kUS << sf
                                << Type::FixedLineOrMobile << kUS << false;
    QTest::newRow("us full-width digits") << QStringLiteral("＋１ ４１５ ５５５ ２６７１") << kUS << sf
                                          << Type::FixedLineOrMobile << kUS << false;
    QTest::newRow("us from gb with 001")
        << QStringLiteral("001 415 555 2671") << kGB << sf << Type::FixedLineOrMobile << kUS << false;
    QTest::newRow("us from gb with +1")
        << QStringLiteral("+1 (415) 555-2671") << kGB << sf << Type::FixedLineOrMobile << kUS << false;
    QTest::newRow("us toll-free") << QStringLiteral("+1 800 234 5678") << kUS
                                  << QStringLiteral("+18002345678") << Type::TollFree << kUS << false;
    QTest::newRow("us vanity toll-free") << QStringLiteral("1-800-FLOWERS") << kUS
                                         << QStringLiteral("+18003569377") << Type::TollFree << kUS << false;
    QTest::newRow("ca shares +1") << QStringLiteral("(506) 234-5678") << kUS << QStringLiteral("+15062345678")
                                  << Type::FixedLineOrMobile << QStringLiteral("CA") << false;

    const QString gbMobile = QStringLiteral("+447400123456");
    QTest::newRow("gb mobile e164") << gbMobile << kUS << gbMobile << Type::Mobile << kGB << true;
    QTest::newRow("gb mobile national")
        << QStringLiteral("07400 123456") << kGB << gbMobile << Type::Mobile << kGB << false;
    QTest::newRow("gb mobile 00 from gb")
        << QStringLiteral("0044 7400 123456") << kGB << gbMobile << Type::Mobile << kGB << false;
    // The US dials abroad with 011, but 00 is what most leads' spreadsheets hold.
    QTest::newRow("gb mobile 00 from us")
        << QStringLiteral("0044 7400 123456") << kUS << gbMobile << Type::Mobile << kGB << false;
    QTest::newRow("gb mobile 011 from us")
        << QStringLiteral("011 44 7400 123456") << kUS << gbMobile << Type::Mobile << kGB << false;
    QTest::newRow("gb mobile without 0 from gb")
        << QStringLiteral("447400123456") << kGB << gbMobile << Type::Mobile << kGB << false;
    QTest::newRow("gb london fixed") << QStringLiteral("020 7946 0018") << kGB
                                     << QStringLiteral("+442079460018") << Type::FixedLine << kGB << false;
    QTest::newRow("gb toll-free") << QStringLiteral("0800 123 4567") << kGB << QStringLiteral("+448001234567")
                                  << Type::TollFree << kGB << false;

    QTest::newRow("de mobile") << QStringLiteral("+49 1512 3456789") << kUS
                               << QStringLiteral("+4915123456789") << Type::Mobile << QStringLiteral("DE")
                               << false;
    QTest::newRow("de berlin fixed") << QStringLiteral("+49 (0)30 123456") << kGB
                                     << QStringLiteral("+4930123456") << Type::FixedLine
                                     << QStringLiteral("DE") << false;
    QTest::newRow("fr mobile") << QStringLiteral("+33 6 12 34 56 78") << kUS << QStringLiteral("+33612345678")
                               << Type::Mobile << QStringLiteral("FR") << false;
    QTest::newRow("fr fixed with trunk 0 kept")
        << QStringLiteral("+33 (0)1 23 45 67 89") << kUS << QStringLiteral("+33123456789") << Type::FixedLine
        << QStringLiteral("FR") << false;
    QTest::newRow("au mobile") << QStringLiteral("+61 412 345 678") << kGB << QStringLiteral("+61412345678")
                               << Type::Mobile << QStringLiteral("AU") << false;
    QTest::newRow("au fixed") << QStringLiteral("+61 2 1234 5678") << kUS << QStringLiteral("+61212345678")
                              << Type::FixedLine << QStringLiteral("AU") << false;
    QTest::newRow("in mobile") << QStringLiteral("+91 81234 56789") << kUS << QStringLiteral("+918123456789")
                               << Type::Mobile << QStringLiteral("IN") << false;
    QTest::newRow("br mobile") << QStringLiteral("+55 11 96123-4567") << kUS
                               << QStringLiteral("+5511961234567") << Type::Mobile << QStringLiteral("BR")
                               << false;
    QTest::newRow("br fixed") << QStringLiteral("+551123456789") << kUS << QStringLiteral("+551123456789")
                              << Type::FixedLine << QStringLiteral("BR") << true;
    QTest::newRow("jp mobile") << QStringLiteral("+81 90-1234-5678") << kUS << QStringLiteral("+819012345678")
                               << Type::Mobile << QStringLiteral("JP") << false;
    QTest::newRow("jp toll-free") << QStringLiteral("+81 120-123-456") << kGB
                                  << QStringLiteral("+81120123456") << Type::TollFree << QStringLiteral("JP")
                                  << false;
    // +800 belongs to no country.
    QTest::newRow("international freephone")
        << QStringLiteral("+800 1234 5678") << kUS << QStringLiteral("+80012345678") << Type::TollFree
        << QString() << false;
}

void tst_PhoneNumbers::shouldAcceptRealNumbersInEveryFormat()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, e164);
    QFETCH(Type, type);
    QFETCH(QString, region);
    QFETCH(bool, alreadyE164);

    const PhoneAnalysis a = PhoneNumbers::analyze(input, defaultRegion);
    QVERIFY2(a.ok() && a.valid && a.message.isEmpty(), describe(a).constData());
    QCOMPARE(a.input, input);
    QCOMPARE(a.e164, e164);
    QCOMPARE(PhoneAnalysis::typeId(a.type), PhoneAnalysis::typeId(type));
    QCOMPARE(a.region, region);
    QCOMPARE(a.alreadyE164, alreadyE164);
    QVERIFY(!a.fictional);
}

void tst_PhoneNumbers::shouldExplainEachFailure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("region");
    // Words the message must hold: what is wrong, or the fix.
    QTest::addColumn<QStringList>("says");

    QTest::newRow("empty") << QString() << kUS << Problem::Empty << QString() << QString()
                           << QStringList{QStringLiteral("empty")};
    QTest::newRow("blank") << QStringLiteral(" \t ") << kUS << Problem::Empty << QString() << QString()
                           << QStringList{QStringLiteral("empty")};
    QTest::newRow("word") << QStringLiteral("hello") << kUS << Problem::NotANumber << QString() << QString()
                          << QStringList{QStringLiteral("not a phone number")};
    QTest::newRow("email in phone field")
        << QStringLiteral("ada@example.com") << kUS << Problem::NotANumber << QString() << QString()
        << QStringList{QStringLiteral("not a phone number")};
    QTest::newRow("national without default region")
        << QStringLiteral("(415) 555-2671") << QString() << Problem::MissingCountryCode << QString()
        << QString() << QStringList{QStringLiteral("no country code"), QStringLiteral("+")};
    QTest::newRow("national with unknown region")
        << QStringLiteral("4155552671") << QStringLiteral("XX") << Problem::MissingCountryCode << QString()
        << QString() << QStringList{QStringLiteral("no country code")};
    // A spreadsheet dropped the +: valid only as +44, so say so rather than "too long for the US".
    QTest::newRow("international without plus")
        << QStringLiteral("447400123456") << kUS << Problem::MissingCountryCode
        << QStringLiteral("+1447400123456") << kUS
        << QStringList{QStringLiteral("United Kingdom"), QStringLiteral("+44 7400 123456")};
    QTest::newRow("us number without plus from gb")
        << QStringLiteral("14155552671") << kGB << Problem::MissingCountryCode
        << QStringLiteral("+4414155552671") << kGB
        << QStringList{QStringLiteral("United States"), QStringLiteral("+1 415-555-2671")};
    QTest::newRow("unknown country code")
        << QStringLiteral("+999 1234 5678") << kUS << Problem::InvalidCountryCode << QString() << QString()
        << QStringList{QStringLiteral("country"), QStringLiteral("+")};
    QTest::newRow("zero country code") << QStringLiteral("+0 123 4567") << kUS << Problem::InvalidCountryCode
                                       << QString() << QString() << QStringList{QStringLiteral("+1")};
    QTest::newRow("us missing a digit")
        << QStringLiteral("+1 415 555 267") << kUS << Problem::TooShort << QStringLiteral("+1415555267")
        << kUS << QStringList{QStringLiteral("too short"), QStringLiteral("United States")};
    QTest::newRow("still typing") << QStringLiteral("+1") << kUS << Problem::TooShort << QString()
                                  << QString() << QStringList{QStringLiteral("too short")};
    QTest::newRow("local number without area code")
        << QStringLiteral("555 2671") << kUS << Problem::TooShort << QStringLiteral("+15552671") << kUS
        << QStringList{QStringLiteral("area code")};
    QTest::newRow("us extra digit") << QStringLiteral("+1 415 555 26711") << kUS << Problem::TooLong
                                    << QStringLiteral("+141555526711") << kUS
                                    << QStringList{QStringLiteral("too long"),
                                                   QStringLiteral("United States")};
    QTest::newRow("far too many digits") << QStringLiteral("12345678901234567890") << kUS << Problem::TooLong
                                         << QString() << QString() << QStringList{QStringLiteral("too long")};
    QTest::newRow("over the input cap") << QString(300, QLatin1Char('5')) << kUS << Problem::TooLong
                                        << QString() << QString() << QStringList{QStringLiteral("too long")};
    // A UK national number typed with the US as the default region: explain how it was read.
    QTest::newRow("gb national read as us")
        << QStringLiteral("07400 123456") << kUS << Problem::TooLong << QStringLiteral("+107400123456") << kUS
        << QStringList{QStringLiteral("too long"), QStringLiteral("read as a number from United States")};
    QTest::newRow("us unassigned exchange")
        << QStringLiteral("+1 415 000 0000") << kUS << Problem::InvalidForRegion
        << QStringLiteral("+14150000000") << kUS
        << QStringList{QStringLiteral("not a valid number"), QStringLiteral("United States (+1)")};
    QTest::newRow("us unassigned area code")
        << QStringLiteral("+1 200 555 1234") << kGB << Problem::InvalidForRegion
        << QStringLiteral("+12005551234") << kUS << QStringList{QStringLiteral("United States")};
    // Ofcom's drama range (07700 900xxx) is not a valid UK number either.
    QTest::newRow("gb drama range") << QStringLiteral("+44 7700 900123") << kUS << Problem::InvalidForRegion
                                    << QStringLiteral("+447700900123") << kGB
                                    << QStringList{QStringLiteral("United Kingdom (+44)")};
}

void tst_PhoneNumbers::shouldExplainEachFailure()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(Problem, problem);
    QFETCH(QString, e164);
    QFETCH(QString, region);
    QFETCH(QStringList, says);

    const PhoneAnalysis a = PhoneNumbers::analyze(input, defaultRegion);
    QCOMPARE(PhoneAnalysis::problemId(a.problem), PhoneAnalysis::problemId(problem));
    QVERIFY(!a.ok());
    QVERIFY(!a.valid);
    QVERIFY(!a.fictional);
    QCOMPARE(a.type, Type::Unknown);
    QCOMPARE(a.e164, e164);
    QCOMPARE(a.region, region);
    QVERIFY(a.location.isEmpty());
    for (const QString &words : says)
        QVERIFY2(a.message.contains(words, Qt::CaseInsensitive), describe(a).constData());
}

void tst_PhoneNumbers::shouldRecogniseFictionalNumbersFirst_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<bool>("alreadyE164");

    // libphonenumber calls +1 555 invalid (no such area code) and (212) 555-0199 valid: both are fiction.
    QTest::newRow("sample lead") << QStringLiteral("+15555550100") << kUS << QStringLiteral("+15555550100")
                                 << true;
    QTest::newRow("last of the range")
        << QStringLiteral("(212) 555-0199") << kUS << QStringLiteral("+12125550199") << false;
    QTest::newRow("new jersey example")
        << QStringLiteral("+1 201-555-0123") << kUS << QStringLiteral("+12015550123") << false;
    QTest::newRow("from gb with 00") << QStringLiteral("00 1 415 555 0150") << kGB
                                     << QStringLiteral("+14155550150") << false;
    QTest::newRow("from us with 00") << QStringLiteral("001 212 555 0100") << kUS
                                     << QStringLiteral("+12125550100") << false;
}

void tst_PhoneNumbers::shouldRecogniseFictionalNumbersFirst()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, e164);
    QFETCH(bool, alreadyE164);

    const PhoneAnalysis a = PhoneNumbers::analyze(input, defaultRegion);
    QCOMPARE(a.problem, Problem::Fictional);
    QVERIFY(a.fictional);
    QVERIFY(!a.valid);
    QCOMPARE(a.e164, e164);
    QCOMPARE(a.alreadyE164, alreadyE164);
    QCOMPARE(a.region, kUS);
    QVERIFY2(a.message.contains(QLatin1String("fiction")) && a.message.contains(QLatin1String("preview")) &&
                 a.message.contains(QLatin1String("real number")),
             describe(a).constData());
}

void tst_PhoneNumbers::shouldLocateGeographicNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("location");

    QTest::newRow("san francisco") << QStringLiteral("+14155552671") << QStringLiteral("San Francisco, CA");
    QTest::newRow("just outside the fiction range")
        << QStringLiteral("(212) 555-0200") << QStringLiteral("New York, NY");
    QTest::newRow("berlin") << QStringLiteral("+49 30 123456") << QStringLiteral("Berlin");
    QTest::newRow("london") << QStringLiteral("+44 20 7946 0018") << QStringLiteral("London");
    QTest::newRow("sao paulo in utf-8") << QStringLiteral("+55 11 2345-6789") << QStringLiteral("São Paulo");
    // Mobiles in the UK are not tied to a place: the country is all the geocoder knows.
    QTest::newRow("gb mobile") << QStringLiteral("+447400123456") << QStringLiteral("United Kingdom");
    QTest::newRow("us toll-free") << QStringLiteral("+18002345678") << QStringLiteral("United States");
}

void tst_PhoneNumbers::shouldLocateGeographicNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, location);

    const PhoneAnalysis a = PhoneNumbers::analyze(input);
    QVERIFY2(a.ok(), describe(a).constData());
    QCOMPARE(a.location, location);
}

void tst_PhoneNumbers::shouldKnowRegions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("known");

    QTest::newRow("us") << kUS << true;
    QTest::newRow("lower case") << QStringLiteral("gb") << true;
    QTest::newRow("japan") << QStringLiteral("JP") << true;
    QTest::newRow("uk is not the iso code") << QStringLiteral("UK") << false;
    QTest::newRow("unknown") << QStringLiteral("ZZ") << false;
    QTest::newRow("non-geographic entity") << QStringLiteral("001") << false;
    QTest::newRow("three letters") << QStringLiteral("USA") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("not letters") << QStringLiteral("U1") << false;
}

void tst_PhoneNumbers::shouldKnowRegions()
{
    QFETCH(QString, region);
    QFETCH(bool, known);
    QCOMPARE(PhoneNumbers::isKnownRegion(region), known);
}

void tst_PhoneNumbers::shouldGiveStableIds()
{
    const QStringList types{QStringLiteral("unknown"),     QStringLiteral("mobile"),
                            QStringLiteral("fixed_line"),  QStringLiteral("fixed_line_or_mobile"),
                            QStringLiteral("toll_free"),   QStringLiteral("premium_rate"),
                            QStringLiteral("shared_cost"), QStringLiteral("voip"),
                            QStringLiteral("personal"),    QStringLiteral("pager"),
                            QStringLiteral("uan"),         QStringLiteral("voicemail")};
    QSet<QString> labels;
    for (int i = 0; i < types.size(); ++i) {
        QCOMPARE(PhoneAnalysis::typeId(Type(i)), types.at(i));
        labels.insert(PhoneAnalysis::typeLabel(Type(i)));
    }
    QCOMPARE(labels.size(), types.size());
    QCOMPARE(PhoneAnalysis::typeLabel(Type::TollFree), QStringLiteral("toll-free"));

    const QStringList problems{QString(),
                               QStringLiteral("empty"),
                               QStringLiteral("not_a_number"),
                               QStringLiteral("missing_country_code"),
                               QStringLiteral("invalid_country_code"),
                               QStringLiteral("too_short"),
                               QStringLiteral("too_long"),
                               QStringLiteral("invalid_for_region"),
                               QStringLiteral("fictional")};
    for (int i = 0; i < problems.size(); ++i)
        QCOMPARE(PhoneAnalysis::problemId(Problem(i)), problems.at(i));
}

void tst_PhoneNumbers::shouldSurviveAnyInput()
{
    QList<QString> inputs{QString(QChar(0)),
                          QStringLiteral("+1415\0"
                                         "5552671"),
                          QString(QChar(0)) + QStringLiteral("+14155552671"),
                          QString(250, QLatin1Char('9')),
                          QString(251, QLatin1Char('9')),
                          QString(1 << 20, QLatin1Char('+')),
                          QStringLiteral("+") + QString(249, QLatin1Char('1')),
                          QStringLiteral("tel:"),
                          QStringLiteral("00"),
                          QStringLiteral("011"),
                          QStringLiteral("++++"),
                          QStringLiteral("+1 (((415))) --- 555"),
                          QStringLiteral("\xD800\xDC00 broken surrogates \xDC00"),
                          QStringLiteral("٤١٥٥٥٥٢٦٧١"), // Arabic-Indic digits
                          QStringLiteral("+14155552671;ext=") + QString(200, QLatin1Char('9'))};
    auto *random = QRandomGenerator::global();
    const QString alphabet = QStringLiteral("0123456789+-() .x#*;=tel:ext\t١٢");
    for (int i = 0; i < 2000; ++i) {
        QString s;
        const int length = int(random->bounded(40));
        for (int j = 0; j < length; ++j)
            s.append(random->bounded(8) == 0 ? QChar(char16_t(random->bounded(0x10000)))
                                             : alphabet.at(random->bounded(alphabet.size())));
        inputs.append(s);
    }
    for (const QString &input : std::as_const(inputs)) {
        for (const QString &region : {kUS, kGB, QString(), QStringLiteral("\0\0")}) {
            const PhoneAnalysis a = PhoneNumbers::analyze(input, region);
            QVERIFY2(a.ok() == a.message.isEmpty(), describe(a).constData());
            QVERIFY2(!a.valid || a.ok(), describe(a).constData());
            QVERIFY2(a.e164.isEmpty() || (a.e164.startsWith(QLatin1Char('+')) && a.e164.size() <= 20),
                     describe(a).constData());
            QVERIFY2(a.region.isEmpty() || a.region.size() == 2, describe(a).constData());
        }
    }
}

void tst_PhoneNumbers::shouldGiveSameAnswersFromManyThreads()
{
    // Countries no other test geocodes, so their prefix maps are first loaded while the threads race.
    const QStringList inputs{QStringLiteral("+39 02 1234 5678"), QStringLiteral("+34 810 12 34 56"),
                             QStringLiteral("+31 10 123 4567"),  QStringLiteral("+52 222 123 4567"),
                             QStringLiteral("+91 74104 10123"),  QStringLiteral("+14155552671"),
                             QStringLiteral("(212) 555-0199"),   QStringLiteral("hello"),
                             QStringLiteral("+1 415 000 0000"),  QStringLiteral("447400123456")};
    constexpr int kThreads = 4;
    std::vector<QList<QByteArray>> seen(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&inputs, &answers = seen[t]] {
            for (int round = 0; round < 50; ++round)
                for (const QString &input : inputs)
                    answers.append(describe(PhoneNumbers::analyze(input)));
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    for (int i = 0; i < inputs.size(); ++i) {
        const QByteArray expected = describe(PhoneNumbers::analyze(inputs.at(i)));
        for (const QList<QByteArray> &answers : seen)
            for (int round = 0; round < 50; ++round)
                QCOMPARE(answers.at(round * inputs.size() + i), expected);
    }
    // The Italian landline really was geocoded.
    QCOMPARE(PhoneNumbers::analyze(inputs.first()).location, QStringLiteral("Milan"));
}

QTEST_GUILESS_MAIN(tst_PhoneNumbers)
#include "tst_phonenumbers.moc"
