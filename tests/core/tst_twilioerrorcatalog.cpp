#include "TestSupport.h"
#include "TwilioErrorCatalog.h"
#include "TwilioOutcome.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace LeadRails;

class tst_TwilioErrorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldClassifyEveryCatalogedCode_data();
    void shouldClassifyEveryCatalogedCode();
    void shouldCatalogExactlyTheClassifiedCodes();
    void shouldKnowEveryCodeListedInTheTwilioFacts();
    void shouldSuppressRecipientsWhoUnsubscribed();
    void shouldReportCarrierFilteringAsDestinationConfigFailed();
    void shouldOnlyPromiseRetriesForRateLimitsAndTransientErrors();
    void shouldExplainCarrierFilteringWithTheRegistrationFix();
    void shouldQuoteTwilioForUnknownCodes_data();
    void shouldQuoteTwilioForUnknownCodes();
    void shouldShortenLongTwilioMessages();
    void shouldKeepSecretsOutOfEveryText();
    void shouldGiveEachCodeItsOwnTitleAndAFixThatIsNotTheExplanation();
    void shouldNameEveryCategoryWithAStableId_data();
    void shouldNameEveryCategoryWithAStableId();
    void shouldKeepCategoryIdsAndLabelsUnique();
    void shouldTranslateThroughTheDeclaredContexts();
};

namespace {

using C = OutcomeCategory;

struct Expected
{
    int code;
    OutcomeCategory category;
    bool retryCanHelp;
};

// Every cataloged code and what LeadRails must do with it: the FACTS.md error table, plus the codes the
// fake server and Twilio's test numbers produce.
constexpr Expected kExpected[] = {
    {20003, C::AuthenticationFailed, false},
    {20004, C::ConfigurationError, false},
    {20008, C::ConfigurationError, false},
    {20404, C::ConfigurationError, false},
    {20429, C::RateLimited, true},
    {20500, C::Transient, true},
    {20503, C::Transient, true},
    {21211, C::PermanentRecipient, false},
    {21212, C::ConfigurationError, false},
    {21408, C::ConfigurationError, false},
    {21602, C::PermanentRecipient, false},
    {21603, C::ConfigurationError, false},
    {21604, C::PermanentRecipient, false},
    {21606, C::ConfigurationError, false},
    {21608, C::ConfigurationError, false},
    {21610, C::RecipientUnsubscribed, false},
    {21611, C::RateLimited, true},
    {21612, C::PermanentRecipient, false},
    {21614, C::PermanentRecipient, false},
    {21617, C::PermanentRecipient, false},
    {21705, C::ConfigurationError, false},
    {30001, C::RateLimited, true},
    {30002, C::AuthenticationFailed, false},
    {30003, C::PermanentRecipient, false},
    {30004, C::PermanentRecipient, false},
    {30005, C::PermanentRecipient, false},
    {30006, C::PermanentRecipient, false},
    {30007, C::CarrierFiltered, false},
    {30008, C::Transient, true},
    {30032, C::CarrierFiltered, false},
    {30034, C::CarrierFiltered, false},
    {30036, C::Transient, true},
};

const QList<OutcomeCategory> &allCategories()
{
    static const QList<OutcomeCategory> categories = {
        C::Success,
        C::AuthenticationFailed,
        C::ConfigurationError,
        C::PermanentRecipient,
        C::RecipientUnsubscribed,
        C::CarrierFiltered,
        C::RateLimited,
        C::Transient,
        C::OutcomeUnknown,
    };
    return categories;
}

QList<TwilioError> allKnownErrors()
{
    QList<TwilioError> errors;
    const QList<int> codes = TwilioErrorCatalog::knownCodes();
    for (int code : codes)
        errors.append(TwilioErrorCatalog::lookup(code));
    return errors;
}

QString docsUrl(int code)
{
    return QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code);
}

// Marks every string looked up in the two contexts the catalog declares, so a string looked up under any
// other context (where lupdate would not file it) stays unmarked and shows up.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray ctx(context);
        if (ctx == "LeadRails::TwilioErrorCatalog" || ctx == "LeadRails::TwilioOutcome")
            return QStringLiteral("[es] ") + QString::fromUtf8(sourceText);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_TwilioErrorCatalog::shouldClassifyEveryCatalogedCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("category"); // the id, so a failure names the category
    QTest::addColumn<bool>("retryCanHelp");
    for (const Expected &e : kExpected)
        QTest::addRow("%d", e.code) << e.code << categoryId(e.category) << e.retryCanHelp;
}

void tst_TwilioErrorCatalog::shouldClassifyEveryCatalogedCode()
{
    QFETCH(int, code);
    QFETCH(QString, category);
    QFETCH(bool, retryCanHelp);

    // Twilio's own message and link must not replace the catalog's text for a known code.
    const TwilioError error = TwilioErrorCatalog::lookup(code, QStringLiteral("Twilio's own wording"),
                                                         QStringLiteral("https://www.twilio.com/elsewhere"));
    QVERIFY(error.known);
    QCOMPARE(error.code, code);
    QCOMPARE(categoryId(error.category), category);
    QCOMPARE(error.retryCanHelp, retryCanHelp);
    QVERIFY(!error.title.isEmpty());
    QVERIFY(!error.explanation.isEmpty());
    QVERIFY(!error.fix.isEmpty());
    QVERIFY(!error.explanation.contains(QStringLiteral("Twilio's own wording")));
    QCOMPARE(error.moreInfoUrl, docsUrl(code));
}

// A new catalog entry must come with its expected classification above, and the other way round.
void tst_TwilioErrorCatalog::shouldCatalogExactlyTheClassifiedCodes()
{
    QList<int> expected;
    for (const Expected &e : kExpected)
        expected.append(e.code);
    QCOMPARE(TwilioErrorCatalog::knownCodes(), expected); // kExpected is sorted, so this checks the order too
    QCOMPARE(QSet<int>(expected.cbegin(), expected.cend()).size(), expected.size());
}

void tst_TwilioErrorCatalog::shouldKnowEveryCodeListedInTheTwilioFacts()
{
    const QString shared = Testing::sharedDirectory();
    if (shared.isEmpty())
        QSKIP("../shared is not beside the checkout");
    QFile facts(QDir(shared).filePath(QStringLiteral("twilio/FACTS.md")));
    QVERIFY2(facts.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(facts.fileName()));
    const QString text = QString::fromUtf8(facts.readAll());

    // Rows of the error table: "| 21211 | 400 | ...".
    static const QRegularExpression row(QStringLiteral("^\\| *([23]\\d{4}) *\\|"),
                                        QRegularExpression::MultilineOption);
    int rows = 0;
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const int code = it.next().captured(1).toInt();
        ++rows;
        QVERIFY2(TwilioErrorCatalog::lookup(code).known, qPrintable(QString::number(code)));
    }
    QVERIFY2(rows >= 20, "the error table of FACTS.md was not found");
}

void tst_TwilioErrorCatalog::shouldSuppressRecipientsWhoUnsubscribed()
{
    const TwilioError error = TwilioErrorCatalog::lookup(21610);
    QCOMPARE(categoryId(error.category), categoryId(OutcomeCategory::RecipientUnsubscribed));
    QVERIFY(!error.retryCanHelp);
    QVERIFY(error.explanation.contains(QStringLiteral("STOP")));
}

void tst_TwilioErrorCatalog::shouldReportCarrierFilteringAsDestinationConfigFailed()
{
    const TwilioError error = TwilioErrorCatalog::lookup(30007);
    QVERIFY(error.category == OutcomeCategory::CarrierFiltered);
    QCOMPARE(categoryId(error.category), QStringLiteral("destination_config_failed"));
    QVERIFY(!error.retryCanHelp);
}

// The dispatcher retries by category; the flag must never promise more than the category allows.
void tst_TwilioErrorCatalog::shouldOnlyPromiseRetriesForRateLimitsAndTransientErrors()
{
    const QList<TwilioError> errors = allKnownErrors();
    for (const TwilioError &error : errors) {
        const bool retryable =
            error.category == OutcomeCategory::RateLimited || error.category == OutcomeCategory::Transient;
        QVERIFY2(error.retryCanHelp == retryable, qPrintable(QString::number(error.code)));
    }
}

void tst_TwilioErrorCatalog::shouldExplainCarrierFilteringWithTheRegistrationFix()
{
    const QStringList mustMention = {QStringLiteral("A2P 10DLC"), QStringLiteral("Regulatory Compliance"),
                                     QStringLiteral("opt-out"), QStringLiteral("URL shorteners"),
                                     QStringLiteral("warm")};
    int filtered = 0;
    const QList<TwilioError> errors = allKnownErrors();
    for (const TwilioError &error : errors) {
        if (error.category != OutcomeCategory::CarrierFiltered)
            continue;
        ++filtered;
        for (const QString &words : mustMention) {
            QVERIFY2(error.fix.contains(words),
                     qPrintable(QStringLiteral("%1 does not mention %2").arg(error.code).arg(words)));
        }
    }
    QCOMPARE(filtered, 3); // 30007, 30032, 30034
}

void tst_TwilioErrorCatalog::shouldQuoteTwilioForUnknownCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("moreInfo");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("expectedUrl");

    const QString configuration = categoryId(OutcomeCategory::ConfigurationError);
    const QString recipient = categoryId(OutcomeCategory::PermanentRecipient);
    QTest::newRow("rest error with Twilio's message and link")
        << 21999 << QStringLiteral("Some new validation failed")
        << QStringLiteral("https://www.twilio.com/docs/errors/21999") << configuration
        << QStringLiteral("https://www.twilio.com/docs/errors/21999");
    QTest::newRow("delivery error is about the recipient")
        << 39999 << QStringLiteral("Carrier said no")
        << QStringLiteral("https://www.twilio.com/docs/api/errors/39999") << recipient
        << QStringLiteral("https://www.twilio.com/docs/api/errors/39999");
    QTest::newRow("other ranges are configuration errors")
        << 11200 << QStringLiteral("HTTP retrieval failure") << QString() << configuration << docsUrl(11200);
    QTest::newRow("no message, no link")
        << 29999 << QString() << QString() << configuration << docsUrl(29999);
    QTest::newRow("link on another site is replaced")
        << 21998 << QStringLiteral("x") << QStringLiteral("https://evil.example/twilio.com") << configuration
        << docsUrl(21998);
    QTest::newRow("look-alike host is replaced")
        << 21998 << QStringLiteral("x") << QStringLiteral("https://www.twilio.com.evil.example/")
        << configuration << docsUrl(21998);
    QTest::newRow("plain http link is replaced")
        << 21998 << QStringLiteral("x") << QStringLiteral("http://www.twilio.com/docs/errors/21998")
        << configuration << docsUrl(21998);
    QTest::newRow("link with user info is replaced")
        << 21998 << QStringLiteral("x") << QStringLiteral("https://user:pw@www.twilio.com/docs")
        << configuration << docsUrl(21998);
    QTest::newRow("placeholders in Twilio's message stay as they are")
        << 21997 << QStringLiteral("Value %1 is not %2") << QString() << configuration << docsUrl(21997);
}

void tst_TwilioErrorCatalog::shouldQuoteTwilioForUnknownCodes()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QString, moreInfo);
    QFETCH(QString, category);
    QFETCH(QString, expectedUrl);

    const TwilioError error = TwilioErrorCatalog::lookup(code, message, moreInfo);
    QVERIFY(!error.known);
    QCOMPARE(error.code, code);
    QCOMPARE(categoryId(error.category), category);
    QVERIFY(!error.retryCanHelp);
    QCOMPARE(error.title, QStringLiteral("Twilio error %1").arg(code));
    QVERIFY(error.explanation.contains(QString::number(code)));
    if (!message.isEmpty())
        QVERIFY2(error.explanation.contains(message), qPrintable(error.explanation));
    QVERIFY(!error.explanation.contains(QStringLiteral("\"\"")));
    QCOMPARE(error.fix, QStringLiteral("See Twilio's page for this code."));
    QCOMPARE(error.moreInfoUrl, expectedUrl);
}

void tst_TwilioErrorCatalog::shouldShortenLongTwilioMessages()
{
    const QString longMessage = QStringLiteral("line one\n\tline two ") + QString(1000, QLatin1Char('x'));
    const TwilioError error = TwilioErrorCatalog::lookup(21996, longMessage);
    QVERIFY(error.explanation.contains(QStringLiteral("line one line two x")));
    QVERIFY(error.explanation.size() < 400);
    QVERIFY(!error.explanation.contains(QLatin1Char('\n')));

    // Cutting never leaves half an emoji behind.
    const QString emojis = QString(298, QLatin1Char('a')) + QStringLiteral("\U0001F600\U0001F600");
    const QString cut = TwilioErrorCatalog::lookup(21996, emojis).explanation;
    for (qsizetype i = 0; i < cut.size(); ++i) {
        if (cut.at(i).isHighSurrogate())
            QVERIFY(i + 1 < cut.size() && cut.at(i + 1).isLowSurrogate());
    }
}

void tst_TwilioErrorCatalog::shouldKeepSecretsOutOfEveryText()
{
    // SIDs and tokens look like 32 hex digits; credentials would also show up as user info in a link or an
    // authorization header.
    const QList<QRegularExpression> secretLooking = {
        QRegularExpression(QStringLiteral("[0-9a-fA-F]{32}")),
        QRegularExpression(QStringLiteral("\\b(AC|SK|MG|SM|MM|PN)[0-9a-fA-F]{6,}")),
        QRegularExpression(QStringLiteral("[A-Za-z0-9+/=_-]{40,}")),
        QRegularExpression(QStringLiteral("://[^/\\s]*@")),
        QRegularExpression(QStringLiteral("\\b(Basic|Bearer) [A-Za-z0-9]"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("(token|secret|password) *[:=]"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    const QList<TwilioError> errors = allKnownErrors();
    for (const TwilioError &error : errors) {
        for (const QString &text : {error.title, error.explanation, error.fix, error.moreInfoUrl}) {
            for (const QRegularExpression &pattern : secretLooking) {
                QVERIFY2(!pattern.match(text).hasMatch(),
                         qPrintable(QStringLiteral("%1: %2").arg(error.code).arg(text)));
            }
        }
    }
}

void tst_TwilioErrorCatalog::shouldGiveEachCodeItsOwnTitleAndAFixThatIsNotTheExplanation()
{
    QSet<QString> titles;
    const QList<TwilioError> errors = allKnownErrors();
    for (const TwilioError &error : errors) {
        const QByteArray code = QByteArray::number(error.code);
        QVERIFY2(error.fix != error.explanation, code.constData());
        QVERIFY2(!error.explanation.contains(error.fix) && !error.fix.contains(error.explanation),
                 code.constData());
        QVERIFY2(!titles.contains(error.title), code.constData());
        titles.insert(error.title);
        // Short enough for a table column; the explanation is the place for details.
        QVERIFY2(error.title.size() <= 40, code.constData());
        QVERIFY2(!error.title.endsWith(QLatin1Char('.')), code.constData());
        QVERIFY2(error.explanation.endsWith(QLatin1Char('.')), code.constData());
        QVERIFY2(error.fix.endsWith(QLatin1Char('.')), code.constData());
    }
}

void tst_TwilioErrorCatalog::shouldNameEveryCategoryWithAStableId_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("id");
    const auto row = [](OutcomeCategory category, const char *id) {
        QTest::newRow(id) << int(category) << QString::fromLatin1(id);
    };
    row(C::Success, "success");
    row(C::AuthenticationFailed, "authentication_failed");
    row(C::ConfigurationError, "configuration_error");
    row(C::PermanentRecipient, "permanent_recipient");
    row(C::RecipientUnsubscribed, "recipient_unsubscribed");
    row(C::CarrierFiltered, "destination_config_failed");
    row(C::RateLimited, "rate_limited");
    row(C::Transient, "transient");
    row(C::OutcomeUnknown, "outcome_unknown");
}

void tst_TwilioErrorCatalog::shouldNameEveryCategoryWithAStableId()
{
    QFETCH(int, category);
    QFETCH(QString, id);
    QCOMPARE(categoryId(OutcomeCategory(category)), id);
    QVERIFY(!categoryLabel(OutcomeCategory(category)).isEmpty());
}

void tst_TwilioErrorCatalog::shouldKeepCategoryIdsAndLabelsUnique()
{
    QSet<QString> ids;
    QSet<QString> labels;
    for (OutcomeCategory category : allCategories()) {
        ids.insert(categoryId(category));
        labels.insert(categoryLabel(category));
    }
    QCOMPARE(ids.size(), allCategories().size());
    QCOMPARE(labels.size(), allCategories().size());
}

void tst_TwilioErrorCatalog::shouldTranslateThroughTheDeclaredContexts()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto marked = [](const QString &text) { return text.startsWith(QStringLiteral("[es] ")); };

    const QList<TwilioError> errors = allKnownErrors();
    for (const TwilioError &error : errors) {
        const QByteArray code = QByteArray::number(error.code);
        QVERIFY2(marked(error.title) && marked(error.explanation) && marked(error.fix), code.constData());
    }
    const TwilioError unknown = TwilioErrorCatalog::lookup(21999, QStringLiteral("m"));
    QVERIFY(marked(unknown.title) && marked(unknown.explanation) && marked(unknown.fix));
    QVERIFY(marked(TwilioErrorCatalog::lookup(21999).explanation));
    for (OutcomeCategory category : allCategories())
        QVERIFY2(marked(categoryLabel(category)), qPrintable(categoryId(category)));
    QVERIFY(!marked(categoryId(OutcomeCategory::Success))); // ids are never translated

    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(tst_TwilioErrorCatalog)
#include "tst_twilioerrorcatalog.moc"
