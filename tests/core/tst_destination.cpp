#include "Destination.h"
#include "DestinationValidator.h"
#include "MessageTemplate.h"
#include "PhoneNumbers.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace LeadRails;

namespace {
const QString kHex = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kAccountSid = QStringLiteral("AC") + kHex;
const QString kApiKeySid = QStringLiteral("SKfedcba9876543210FEDCBA9876543210");
const QString kServiceSid = QStringLiteral("MG00112233445566778899aabbccddeeff");
const QString kSecret = QStringLiteral("5ecre75ecre75ecre75ecre75ecre7ab");
const QString kFrom = QStringLiteral("+14155552671");

Destination valid()
{
    Destination d;
    d.name = QStringLiteral("Main");
    d.accountSid = kAccountSid;
    d.secret = kSecret;
    d.fromNumber = kFrom;
    d.bodyTemplate = QStringLiteral("Hi {{first_name}}, thanks! Reply STOP to opt out, HELP for help.");
    return d;
}

// Sets one field by its DestinationField id, so a data table can say what it changes.
void set(Destination &d, const QString &field, const QString &value)
{
    if (field == DestinationField::Name)
        d.name = value;
    else if (field == DestinationField::AccountSid)
        d.accountSid = value;
    else if (field == DestinationField::AuthMode)
        d.authMode = Destination::authModeFromId(value).value();
    else if (field == DestinationField::ApiKeySid)
        d.apiKeySid = value;
    else if (field == DestinationField::Secret)
        d.secret = value;
    else if (field == DestinationField::FromNumber)
        d.fromNumber = value;
    else if (field == DestinationField::MessagingServiceSid)
        d.messagingServiceSid = value;
    else if (field == DestinationField::RecipientTemplate)
        d.recipientTemplate = value;
    else if (field == DestinationField::BodyTemplate)
        d.bodyTemplate = value;
    else if (field == DestinationField::Region)
        d.region = value;
    else if (field == DestinationField::RatePerSecond)
        d.ratePerSecond =
            value == QLatin1String("nan") ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
    else
        QFAIL(qPrintable(QStringLiteral("unknown field ") + field));
}

// "field=value;field=value"
Destination with(const QString &changes)
{
    Destination d = valid();
    for (const QString &change : changes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = change.indexOf(QLatin1Char('='));
        set(d, change.left(eq), change.mid(eq + 1));
    }
    return d;
}

QByteArray describe(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.field + QStringLiteral(": ") + e.message;
    return lines.join(QLatin1String(" | ")).toUtf8();
}

QString syntaxMessage(const QString &source)
{
    return MessageTemplate(source).syntaxError().value().message;
}
} // namespace

class tst_Destination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldAcceptValidDestinations_data();
    void shouldAcceptValidDestinations();
    void shouldExplainEachInvalidField_data();
    void shouldExplainEachInvalidField();
    void shouldTrimPastedWhitespace_data();
    void shouldTrimPastedWhitespace();
    void shouldJoinSidsWrappedWhenCopied();
    void shouldDropApiKeySidInAuthTokenMode();
    void shouldNotRequireSecretWhenEditing();
    void shouldReportEveryBrokenFieldAtOnce();
    void shouldWarnWithoutOptOutWording_data();
    void shouldWarnWithoutOptOutWording();
    void shouldCheckSidsOnTheirOwn_data();
    void shouldCheckSidsOnTheirOwn();
    void shouldAuthenticateWithTheRightUsername();
    void shouldDeriveKeysAndMasks();
    void shouldCarryMessageSettings();
    void shouldRoundTripAuthModeIds();
};

void tst_Destination::initTestCase()
{
    // The rate message prints numbers in the user's locale.
    QLocale::setDefault(QLocale::c());
}

void tst_Destination::shouldAcceptValidDestinations_data()
{
    QTest::addColumn<QString>("changes");
    QTest::newRow("auth token and From") << QString();
    QTest::newRow("api key") << QStringLiteral("auth_mode=api_key;api_key_sid=") + kApiKeySid;
    QTest::newRow("messaging service instead of From")
        << QStringLiteral("from_number=;messaging_service_sid=") + kServiceSid;
    QTest::newRow("both: the service overrides From")
        << QStringLiteral("messaging_service_sid=") + kServiceSid;
    QTest::newRow("upper-case hex") << QStringLiteral("account_sid=AC") + kHex.toUpper();
    QTest::newRow("slowest rate") << QStringLiteral("rate_per_second=0.1");
    QTest::newRow("fastest rate") << QStringLiteral("rate_per_second=100");
    QTest::newRow("region in lower case") << QStringLiteral("region=gb;from_number=+447911123456");
    QTest::newRow("Twilio test From") << QStringLiteral("from_number=+15005550006");
    QTest::newRow("pasted with spaces") << QStringLiteral("account_sid= ") + kAccountSid +
                                               QStringLiteral("\n;secret=\t") + kSecret +
                                               QStringLiteral(" ;name=  Main  ;from_number= +14155552671 ");
    QTest::newRow("recipient from a nested field") << QStringLiteral("recipient_template={{contact.mobile}}");
}

void tst_Destination::shouldAcceptValidDestinations()
{
    QFETCH(QString, changes);
    const auto errors = DestinationValidator::validate(with(changes), true);
    QVERIFY2(errors.isEmpty(), describe(errors).constData());
}

void tst_Destination::shouldExplainEachInvalidField_data()
{
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QString accountWhere = QStringLiteral("Your Account SID is on the Twilio Console dashboard.");
    const QString keyWhere =
        QStringLiteral("API Key SIDs are listed in the Twilio Console under Account > API keys & tokens.");
    const QString serviceWhere =
        QStringLiteral("Messaging Service SIDs are listed in the Twilio Console under Messaging > Services.");
    const QString apiKeyMode = QStringLiteral("auth_mode=api_key;api_key_sid=");

    QTest::newRow("name missing") << QStringLiteral("name=") << QStringLiteral("name")
                                  << QStringLiteral("Enter a name for this destination.");
    QTest::newRow("name only spaces") << QStringLiteral("name=   ") << QStringLiteral("name")
                                      << QStringLiteral("Enter a name for this destination.");
    QTest::newRow("name too long") << QStringLiteral("name=") + QString(101, QLatin1Char('x'))
                                   << QStringLiteral("name")
                                   << QStringLiteral("The name is too long (101 characters; at most 100).");

    QTest::newRow("account sid missing")
        << QStringLiteral("account_sid=") << QStringLiteral("account_sid")
        << QStringLiteral("Enter the Account SID (AC followed by 32 characters). It is on the Twilio Console "
                          "dashboard.");
    QTest::newRow("api key sid pasted as account sid")
        << QStringLiteral("account_sid=") + kApiKeySid << QStringLiteral("account_sid")
        << QStringLiteral("This is an API Key SID (SK…), not an Account SID (AC…). ") + accountWhere;
    QTest::newRow("messaging service pasted as account sid")
        << QStringLiteral("account_sid=") + kServiceSid << QStringLiteral("account_sid")
        << QStringLiteral("This is a Messaging Service SID (MG…), not an Account SID (AC…). ") + accountWhere;
    QTest::newRow("auth token pasted as account sid")
        << QStringLiteral("account_sid=") + kHex << QStringLiteral("account_sid")
        << QStringLiteral("This looks like a secret (an Auth Token has 32 characters and no prefix), not an "
                          "Account SID (AC…). ") +
               accountWhere;
    QTest::newRow("account sid in lower case")
        << QStringLiteral("account_sid=ac") + kHex << QStringLiteral("account_sid")
        << QStringLiteral("SIDs are case-sensitive: write the prefix as \"AC\", not \"ac\".");
    QTest::newRow("account sid one short")
        << QStringLiteral("account_sid=") + kAccountSid.chopped(1) << QStringLiteral("account_sid")
        << QStringLiteral(
               "An Account SID is 34 characters long (AC and 32 hexadecimal digits); this one has 33.");
    QTest::newRow("account sid one too many")
        << QStringLiteral("account_sid=") + kAccountSid + QLatin1Char('0') << QStringLiteral("account_sid")
        << QStringLiteral(
               "An Account SID is 34 characters long (AC and 32 hexadecimal digits); this one has 35.");
    QTest::newRow("account sid with a letter beyond f")
        << QStringLiteral("account_sid=ACg") + kHex.mid(1) << QStringLiteral("account_sid")
        << QStringLiteral("After AC, an Account SID has only the digits 0-9 and the letters a-f; \"g\" is "
                          "not one of them.");
    QTest::newRow("account sid nonsense")
        << QStringLiteral("account_sid=hello") << QStringLiteral("account_sid")
        << QStringLiteral("This is not an Account SID (AC…): it must start with AC. ") + accountWhere;

    QTest::newRow("api key sid missing")
        << apiKeyMode << QStringLiteral("api_key_sid")
        << QStringLiteral("Enter the API Key SID (SK followed by 32 characters). API keys are listed in the "
                          "Twilio Console under Account > API keys & tokens.");
    QTest::newRow("account sid pasted as api key sid")
        << apiKeyMode + kAccountSid << QStringLiteral("api_key_sid")
        << QStringLiteral("This is an Account SID (AC…), not an API Key SID (SK…). ") + keyWhere;
    QTest::newRow("api key sid too short")
        << apiKeyMode + QStringLiteral("SK1234") << QStringLiteral("api_key_sid")
        << QStringLiteral(
               "An API Key SID is 34 characters long (SK and 32 hexadecimal digits); this one has 6.");
    QTest::newRow("api key sid with a dash")
        << apiKeyMode + QStringLiteral("SK") + kHex.left(31) + QLatin1Char('-')
        << QStringLiteral("api_key_sid")
        << QStringLiteral("After SK, an API Key SID has only the digits 0-9 and the letters a-f; \"-\" is "
                          "not one of them.");

    QTest::newRow("auth token missing")
        << QStringLiteral("secret=") << QStringLiteral("secret")
        << QStringLiteral("Enter the Auth Token (on the Twilio Console dashboard, below the Account SID).");
    QTest::newRow("api key secret missing")
        << apiKeyMode + kApiKeySid + QStringLiteral(";secret=") << QStringLiteral("secret")
        << QStringLiteral("Enter the API key's secret (Twilio shows it only once, when the key is created).");
    QTest::newRow("account sid pasted as secret")
        << QStringLiteral("secret=") + kAccountSid << QStringLiteral("secret")
        << QStringLiteral("This is an Account SID (AC…), not the secret.");
    QTest::newRow("api key sid pasted as secret")
        << QStringLiteral("secret=") + kApiKeySid << QStringLiteral("secret")
        << QStringLiteral("This is an API Key SID (SK…), not the secret.");
    QTest::newRow("secret split by a space")
        << QStringLiteral("secret=5ecre75ecre75ecre7 5ecre75ecre7ab") << QStringLiteral("secret")
        << QStringLiteral("The secret contains spaces or invisible characters. Copy it again from the Twilio "
                          "Console.");

    QTest::newRow("neither From nor service")
        << QStringLiteral("from_number=") << QStringLiteral("from_number")
        << QStringLiteral(
               "Enter a From number (E.164, e.g. +14155552671) or a Messaging Service SID: one of the "
               "two is required.");
    QTest::newRow("messaging service sid in From")
        << QStringLiteral("from_number=") + kServiceSid << QStringLiteral("from_number")
        << QStringLiteral("This is a Messaging Service SID (MG…), not a phone number. Put it in Messaging "
                          "Service instead.");
    QTest::newRow("phone number sid in From")
        << QStringLiteral("from_number=PN") + kHex << QStringLiteral("from_number")
        << QStringLiteral("This is a phone number SID (PN…), not a phone number. Enter the sending number "
                          "itself, e.g. +14155552671.");
    QTest::newRow("national format From")
        << QStringLiteral("from_number=(415) 555-2671") << QStringLiteral("from_number")
        << QStringLiteral("Write it as +14155552671 (E.164: + country code and number, no spaces).");
    QTest::newRow("spaced international From")
        << QStringLiteral("from_number=+1 415 555 2671") << QStringLiteral("from_number")
        << QStringLiteral("Write it as +14155552671 (E.164: + country code and number, no spaces).");
    QTest::newRow("national format From in the destination's region")
        << QStringLiteral("region=GB;from_number=07911 123456") << QStringLiteral("from_number")
        << QStringLiteral("Write it as +447911123456 (E.164: + country code and number, no spaces).");
    for (const char *from : {"12", "+15555550100", "+99912345678", "call me"}) {
        const QString number = QString::fromLatin1(from);
        QTest::newRow(qPrintable(QStringLiteral("From %1").arg(number)))
            << QStringLiteral("from_number=") + number << QStringLiteral("from_number")
            << QStringLiteral("The From number is not valid: ") + PhoneNumbers::analyze(number).message;
    }

    QTest::newRow("api key sid as messaging service")
        << QStringLiteral("messaging_service_sid=") + kApiKeySid << QStringLiteral("messaging_service_sid")
        << QStringLiteral("This is an API Key SID (SK…), not a Messaging Service SID (MG…). ") + serviceWhere;
    QTest::newRow("phone number as messaging service")
        << QStringLiteral("messaging_service_sid=+14155552671") << QStringLiteral("messaging_service_sid")
        << QStringLiteral("This is not a Messaging Service SID (MG…): it must start with MG. ") +
               serviceWhere;
    QTest::newRow("messaging service too short")
        << QStringLiteral("from_number=;messaging_service_sid=MG12345678")
        << QStringLiteral("messaging_service_sid")
        << QStringLiteral(
               "A Messaging Service SID is 34 characters long (MG and 32 hexadecimal digits); this "
               "one has 10.");
    QTest::newRow("messaging service with a letter beyond f")
        << QStringLiteral("messaging_service_sid=MGz") + kHex.mid(1)
        << QStringLiteral("messaging_service_sid")
        << QStringLiteral(
               "After MG, a Messaging Service SID has only the digits 0-9 and the letters a-f; \"z\" "
               "is not one of them.");

    QTest::newRow("recipient template missing")
        << QStringLiteral("recipient_template=") << QStringLiteral("recipient_template")
        << QStringLiteral("Enter the recipient template: where the lead's phone number is, e.g. {{phone}}.");
    QTest::newRow("recipient template unclosed")
        << QStringLiteral("recipient_template={{phone") << QStringLiteral("recipient_template")
        << syntaxMessage(QStringLiteral("{{phone"));
    QTest::newRow("body missing") << QStringLiteral("body_template=") << QStringLiteral("body_template")
                                  << QStringLiteral("Enter the message body.");
    QTest::newRow("body section unclosed")
        << QStringLiteral("body_template={{#vip}}Hi! Reply STOP to opt out.")
        << QStringLiteral("body_template")
        << syntaxMessage(QStringLiteral("{{#vip}}Hi! Reply STOP to opt out."));
    QTest::newRow("body with a partial")
        << QStringLiteral("body_template={{> footer}} Reply STOP to opt out.")
        << QStringLiteral("body_template")
        << syntaxMessage(QStringLiteral("{{> footer}} Reply STOP to opt out."));

    QTest::newRow("region missing") << QStringLiteral("region=") << QStringLiteral("region")
                                    << QStringLiteral(
                                           "Enter the default region: a two-letter country code such "
                                           "as US or GB.");
    QTest::newRow("region unknown") << QStringLiteral("region=XX") << QStringLiteral("region")
                                    << QStringLiteral(
                                           "\"XX\" is not a known region. Use a two-letter country "
                                           "code such as US or GB.");
    QTest::newRow("region as a name")
        << QStringLiteral("region=USA") << QStringLiteral("region")
        << QStringLiteral("\"USA\" is not a known region. Use a two-letter country "
                          "code such as US or GB.");

    const QString rate = QStringLiteral("The sending rate must be between 0.1 and 100 messages per second.");
    QTest::newRow("rate zero") << QStringLiteral("rate_per_second=0") << QStringLiteral("rate_per_second")
                               << rate;
    QTest::newRow("rate just too slow")
        << QStringLiteral("rate_per_second=0.09") << QStringLiteral("rate_per_second") << rate;
    QTest::newRow("rate just too fast")
        << QStringLiteral("rate_per_second=100.5") << QStringLiteral("rate_per_second") << rate;
    QTest::newRow("rate negative") << QStringLiteral("rate_per_second=-1")
                                   << QStringLiteral("rate_per_second") << rate;
    QTest::newRow("rate not a number")
        << QStringLiteral("rate_per_second=nan") << QStringLiteral("rate_per_second") << rate;
}

void tst_Destination::shouldExplainEachInvalidField()
{
    QFETCH(QString, changes);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto errors = DestinationValidator::validate(with(changes), true);
    QVERIFY2(errors.size() == 1, describe(errors).constData());
    QCOMPARE(errors.constFirst().field, field);
    QCOMPARE(errors.constFirst().message, message);
}

void tst_Destination::shouldTrimPastedWhitespace_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("spaces around") << QStringLiteral("  ") << QStringLiteral("  ");
    QTest::newRow("trailing newline") << QString() << QStringLiteral("\r\n");
    QTest::newRow("tab before") << QStringLiteral("\t") << QString();
    QTest::newRow("non-breaking space") << QStringLiteral("\u00a0") << QString();
    QTest::newRow("zero-width space") << QString() << QStringLiteral("\u200b");
}

void tst_Destination::shouldTrimPastedWhitespace()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    Destination d = valid();
    d.authMode = Destination::AuthMode::ApiKey;
    d.accountSid = before + kAccountSid + after;
    d.apiKeySid = before + kApiKeySid + after;
    d.messagingServiceSid = before + kServiceSid + after;
    d.secret = before + kSecret + after;
    d.name = before + QStringLiteral("Main") + after;
    d.fromNumber = before + kFrom + after;
    d.region = before + QStringLiteral("us") + after;
    const auto errors = DestinationValidator::validate(d, true);
    QVERIFY2(errors.isEmpty(), describe(errors).constData());
    const Destination n = DestinationValidator::normalized(d);
    QCOMPARE(n.accountSid, kAccountSid);
    QCOMPARE(n.apiKeySid, kApiKeySid);
    QCOMPARE(n.messagingServiceSid, kServiceSid);
    QCOMPARE(n.secret, kSecret);
    QCOMPARE(n.name, QStringLiteral("Main"));
    QCOMPARE(n.fromNumber, kFrom);
    QCOMPARE(n.region, QStringLiteral("US"));
}

void tst_Destination::shouldJoinSidsWrappedWhenCopied()
{
    // A SID cannot contain spaces, so one broken over two lines is joined; a secret is refused instead (it
    // may be two things pasted together, which Twilio would only answer with 401).
    Destination d = valid();
    d.accountSid = kAccountSid.left(17) + QStringLiteral("\n") + kAccountSid.mid(17);
    d.secret = kSecret.left(10) + QStringLiteral("\n") + kSecret.mid(10);
    QCOMPARE(DestinationValidator::normalized(d).accountSid, kAccountSid);
    const auto errors = DestinationValidator::validate(d, true);
    QVERIFY2(errors.size() == 1 && errors.constFirst().field == QLatin1String("secret"),
             describe(errors).constData());
}

void tst_Destination::shouldDropApiKeySidInAuthTokenMode()
{
    Destination d = valid();
    d.apiKeySid = kApiKeySid;
    QCOMPARE(DestinationValidator::normalized(d).apiKeySid, QString());
    d.authMode = Destination::AuthMode::ApiKey;
    QCOMPARE(DestinationValidator::normalized(d).apiKeySid, kApiKeySid);
}

void tst_Destination::shouldNotRequireSecretWhenEditing()
{
    Destination d = valid();
    d.secret.clear();
    QVERIFY2(DestinationValidator::validate(d, false).isEmpty(),
             describe(DestinationValidator::validate(d, false)).constData());
    QCOMPARE(DestinationValidator::validate(d, true).size(), 1);
}

void tst_Destination::shouldReportEveryBrokenFieldAtOnce()
{
    Destination d;
    d.secret.clear();
    d.region = QStringLiteral("ZZ");
    d.ratePerSecond = 0;
    QStringList fields;
    for (const FieldError &e : DestinationValidator::validate(d, true))
        fields << e.field;
    // In form order, so a form can focus the first one.
    QCOMPARE(fields,
             (QStringList{QStringLiteral("name"), QStringLiteral("account_sid"), QStringLiteral("secret"),
                          QStringLiteral("from_number"), QStringLiteral("body_template"),
                          QStringLiteral("region"), QStringLiteral("rate_per_second")}));
}

void tst_Destination::shouldWarnWithoutOptOutWording_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("warns");
    QTest::newRow("no opt-out") << QStringLiteral("Hi {{first_name}}, thanks for your interest!") << true;
    QTest::newRow("STOP") << QStringLiteral("Hi! Reply STOP to opt out.") << false;
    QTest::newRow("lower-case stop") << QStringLiteral("Hi! reply stop to unsubscribe") << false;
    QTest::newRow("UNSUBSCRIBE") << QStringLiteral("Hi! Text UNSUBSCRIBE to leave.") << false;
    QTest::newRow("opt-out only inside a lead field") << QStringLiteral("Hi! {{footer}}") << true;
    QTest::newRow("STOPPED is no keyword") << QStringLiteral("We STOPPED by.") << true;
    // An invalid or empty body is an error, not also a warning.
    QTest::newRow("invalid body") << QStringLiteral("{{#open}}Hi") << false;
    QTest::newRow("empty body") << QString() << false;
}

void tst_Destination::shouldWarnWithoutOptOutWording()
{
    QFETCH(QString, body);
    QFETCH(bool, warns);
    Destination d = valid();
    d.bodyTemplate = body;
    const auto warnings = DestinationValidator::warnings(d);
    QCOMPARE(warnings.size(), warns ? 1 : 0);
    if (warns) {
        QCOMPARE(warnings.constFirst().field, QStringLiteral("body_template"));
        QVERIFY2(warnings.constFirst().message.contains(QLatin1String("Reply STOP to opt out")),
                 qPrintable(warnings.constFirst().message));
        // A warning never blocks saving.
        QVERIFY(DestinationValidator::validate(d, true).isEmpty());
    }
}

void tst_Destination::shouldCheckSidsOnTheirOwn_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("ok");
    QTest::newRow("account") << kAccountSid << QStringLiteral("AC") << true;
    QTest::newRow("api key") << kApiKeySid << QStringLiteral("SK") << true;
    QTest::newRow("service") << kServiceSid << QStringLiteral("MG") << true;
    QTest::newRow("empty is for the caller to judge") << QString() << QStringLiteral("MG") << true;
    QTest::newRow("service in account field") << kServiceSid << QStringLiteral("AC") << false;
    QTest::newRow("message sid in service field")
        << QStringLiteral("SM") + kHex << QStringLiteral("MG") << false;
}

void tst_Destination::shouldCheckSidsOnTheirOwn()
{
    QFETCH(QString, sid);
    QFETCH(QString, prefix);
    QFETCH(bool, ok);
    const QByteArray latin = prefix.toLatin1();
    const QString message = DestinationValidator::checkSid(sid, QLatin1String(latin));
    QCOMPARE(message.isEmpty(), ok);
}

void tst_Destination::shouldAuthenticateWithTheRightUsername()
{
    Destination d = valid();
    d.apiKeySid = kApiKeySid;
    QCOMPARE(d.username(), kAccountSid);
    d.authMode = Destination::AuthMode::ApiKey;
    QCOMPARE(d.username(), kApiKeySid);
}

void tst_Destination::shouldDeriveKeysAndMasks()
{
    Destination d;
    d.id = QStringLiteral("5f1c2a8e-0000-4000-8000-000000000001");
    QCOMPARE(d.keychainKey(), QStringLiteral("destination/5f1c2a8e-0000-4000-8000-000000000001"));
    d.secretHint = QStringLiteral("abcd");
    QCOMPARE(d.maskedSecret(), QStringLiteral("\u2022\u2022\u2022\u2022abcd"));
}

void tst_Destination::shouldCarryMessageSettings()
{
    Destination d = valid();
    d.recipientTemplate = QStringLiteral("{{mobile}}");
    d.region = QStringLiteral("GB");
    d.marketing = false;
    const MessageSettings s = d.messageSettings();
    QCOMPARE(s.recipientTemplate, d.recipientTemplate);
    QCOMPARE(s.bodyTemplate, d.bodyTemplate);
    QCOMPARE(s.defaultRegion, QStringLiteral("GB"));
    QCOMPARE(s.marketing, false);
}

void tst_Destination::shouldRoundTripAuthModeIds()
{
    for (const auto mode : {Destination::AuthMode::AuthToken, Destination::AuthMode::ApiKey})
        QCOMPARE(Destination::authModeFromId(Destination::authModeId(mode)), mode);
    QCOMPARE(Destination::authModeId(Destination::AuthMode::ApiKey), QStringLiteral("api_key"));
    QVERIFY(!Destination::authModeFromId(QStringLiteral("password")));
}

QTEST_GUILESS_MAIN(tst_Destination)
#include "tst_destination.moc"
