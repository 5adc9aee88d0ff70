#include "DestinationValidator.h"

#include "MessageTemplate.h"
#include "PhoneNumbers.h"

#include <QLocale>

#include <algorithm>

namespace LeadRails {

namespace {

constexpr char kContext[] = "LeadRails::DestinationValidator";

QString translate(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

// The kinds of Twilio SID a marketer may paste into the wrong field. The first three have fields of their
// own and so a full set of texts; the others only need to be recognised.
struct SidKind
{
    QLatin1String prefix;
    const char *phrase;  // "an X (PP…)", completing "This is %1, not %2."
    const char *where;   // where to find the right one
    const char *missing; // the field is empty
    const char *length;  // %1: characters found
    const char *digits;  // %1: the first character that is not a hexadecimal digit
};

const SidKind kSidKinds[] = {
    {QLatin1String("AC"), QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "an Account SID (AC…)"),
     QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                       "Your Account SID is on the Twilio Console dashboard."),
     QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                       "Enter the Account SID (AC followed by 32 characters). It is on the Twilio Console "
                       "dashboard."),
     QT_TRANSLATE_NOOP(
         "LeadRails::DestinationValidator",
         "An Account SID is 34 characters long (AC and 32 hexadecimal digits); this one has %1."),
     QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                       "After AC, an Account SID has only the digits 0-9 and the letters a-f; \"%1\" is not "
                       "one of them.")},
    {QLatin1String("SK"), QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "an API Key SID (SK…)"),
     QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                       "API Key SIDs are listed in the Twilio Console under Account > API keys & tokens."),
     QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                       "Enter the API Key SID (SK followed by 32 characters). API keys are listed in the "
                       "Twilio Console under Account > API keys & tokens."),
     QT_TRANSLATE_NOOP(
         "LeadRails::DestinationValidator",
         "An API Key SID is 34 characters long (SK and 32 hexadecimal digits); this one has %1."),
     QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                       "After SK, an API Key SID has only the digits 0-9 and the letters a-f; \"%1\" is not "
                       "one of them.")},
    {QLatin1String("MG"),
     QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "a Messaging Service SID (MG…)"),
     QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                       "Messaging Service SIDs are listed in the Twilio Console under Messaging > Services."),
     nullptr, // optional field
     QT_TRANSLATE_NOOP(
         "LeadRails::DestinationValidator",
         "A Messaging Service SID is 34 characters long (MG and 32 hexadecimal digits); this one "
         "has %1."),
     QT_TRANSLATE_NOOP(
         "LeadRails::DestinationValidator",
         "After MG, a Messaging Service SID has only the digits 0-9 and the letters a-f; \"%1\" "
         "is not one of them.")},
    {QLatin1String("PN"), QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "a phone number SID (PN…)"),
     nullptr, nullptr, nullptr, nullptr},
    {QLatin1String("SM"), QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "a message SID (SM…)"),
     nullptr, nullptr, nullptr, nullptr},
    {QLatin1String("MM"), QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "a message SID (MM…)"),
     nullptr, nullptr, nullptr, nullptr},
};

const SidKind *sidKind(QAnyStringView prefix, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const SidKind &kind : kSidKinds) {
        if (QAnyStringView::compare(prefix, kind.prefix, cs) == 0)
            return &kind;
    }
    return nullptr;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// A well-formed SID of any kind we know: a prefix and 32 hexadecimal digits.
const SidKind *wellFormedSid(const QString &text)
{
    if (text.size() != 34)
        return nullptr;
    const SidKind *kind = sidKind(QStringView(text).left(2));
    if (!kind)
        return nullptr;
    for (qsizetype i = 2; i < text.size(); ++i) {
        if (!isHexDigit(text.at(i)))
            return nullptr;
    }
    return kind;
}

bool isInvisible(QChar c)
{
    // Spaces and line breaks, and zero-width characters that come along when copying from web pages.
    return c.isSpace() || c.category() == QChar::Other_Format;
}

QString withoutInvisible(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isInvisible(c))
            result.append(c);
    }
    return result;
}

QString trimmedInvisible(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isInvisible(text.at(begin)))
        ++begin;
    while (end > begin && isInvisible(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

void add(QList<FieldError> &errors, QLatin1String field, const QString &message)
{
    if (!message.isEmpty())
        errors.append(FieldError{field, message});
}

QString checkRequiredSid(const QString &sid, QLatin1String prefix)
{
    if (sid.isEmpty())
        return translate(sidKind(prefix)->missing);
    return DestinationValidator::checkSid(sid, prefix);
}

QString checkFrom(const Destination &d)
{
    if (d.fromNumber.isEmpty()) {
        if (d.messagingServiceSid.isEmpty())
            return translate(
                QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                                  "Enter a From number (E.164, e.g. +14155552671) or a Messaging "
                                  "Service SID: one of the two is required."));
        return {};
    }
    // A SID pasted here, recognised even with a typo in its length; "SMART" is no SID.
    const SidKind *kind = sidKind(QStringView(d.fromNumber).left(2), Qt::CaseInsensitive);
    if (kind && d.fromNumber.size() > 2 &&
        std::all_of(d.fromNumber.begin() + 2, d.fromNumber.end(), isHexDigit)) {
        QString message =
            translate(QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "This is %1, not a phone number."))
                .arg(translate(kind->phrase));
        if (kind->prefix == QLatin1String("MG"))
            message +=
                QLatin1Char(' ') + translate(QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                                                               "Put it in Messaging Service instead."));
        else
            message += QLatin1Char(' ') +
                       translate(QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                                                   "Enter the sending number itself, e.g. +14155552671."));
        return message;
    }
    const QString region = PhoneNumbers::isKnownRegion(d.region) ? d.region : QStringLiteral("US");
    const PhoneAnalysis phone = PhoneNumbers::analyze(d.fromNumber, region);
    if (!phone.ok())
        return translate(
                   QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "The From number is not valid: %1"))
            .arg(phone.message);
    if (!phone.alreadyE164)
        return translate(QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                                           "Write it as %1 (E.164: + country code and number, no spaces)."))
            .arg(phone.e164);
    return {};
}

QString checkSecret(const Destination &d, bool required)
{
    if (d.secret.isEmpty()) {
        if (!required)
            return {};
        if (d.authMode == Destination::AuthMode::ApiKey)
            return translate(
                QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                                  "Enter the API key's secret (Twilio shows it only once, when the "
                                  "key is created)."));
        return translate(QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                                           "Enter the Auth Token (on the Twilio Console dashboard, below the "
                                           "Account SID)."));
    }
    if (const SidKind *kind = wellFormedSid(d.secret))
        return translate(QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "This is %1, not the secret."))
            .arg(translate(kind->phrase));
    for (const QChar c : d.secret) {
        if (isInvisible(c) || !c.isPrint())
            return translate(QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                                               "The secret contains spaces or invisible characters. Copy it "
                                               "again from the Twilio Console."));
    }
    return {};
}

QString checkTemplate(const QString &source, const char *missing)
{
    if (source.trimmed().isEmpty())
        return translate(missing);
    if (const auto syntax = MessageTemplate(source).syntaxError())
        return syntax->message;
    return {};
}

} // namespace

QString DestinationValidator::checkSid(const QString &sid, QLatin1String prefix)
{
    const SidKind *expected = sidKind(prefix);
    Q_ASSERT(expected && expected->length);
    if (sid.isEmpty() || !expected)
        return {};
    const QStringView found = QStringView(sid).left(2);
    const SidKind *kind = sidKind(found, Qt::CaseInsensitive);
    if (kind && kind != expected)
        return tr("This is %1, not %2.").arg(translate(kind->phrase), translate(expected->phrase)) +
               QLatin1Char(' ') + translate(expected->where);
    if (!kind) {
        // 32 hexadecimal digits and no prefix is what an Auth Token looks like.
        if (sid.size() == 32 && std::all_of(sid.begin(), sid.end(), isHexDigit))
            return tr("This looks like a secret (an Auth Token has 32 characters and no prefix), not %1. %2")
                .arg(translate(expected->phrase), translate(expected->where));
        return tr("This is not %1: it must start with %2. %3")
            .arg(translate(expected->phrase), expected->prefix, translate(expected->where));
    }
    if (found != expected->prefix)
        return tr("SIDs are case-sensitive: write the prefix as \"%1\", not \"%2\".")
            .arg(expected->prefix, found.toString());
    if (sid.size() != 34)
        return translate(expected->length).arg(sid.size());
    for (qsizetype i = 2; i < sid.size(); ++i) {
        if (!isHexDigit(sid.at(i)))
            return translate(expected->digits).arg(sid.at(i));
    }
    return {};
}

Destination DestinationValidator::normalized(Destination d)
{
    d.name = trimmedInvisible(d.name);
    d.accountSid = withoutInvisible(d.accountSid);
    d.apiKeySid = d.authMode == Destination::AuthMode::ApiKey ? withoutInvisible(d.apiKeySid) : QString();
    d.messagingServiceSid = withoutInvisible(d.messagingServiceSid);
    d.fromNumber = trimmedInvisible(d.fromNumber);
    d.region = trimmedInvisible(d.region).toUpper();
    d.recipientTemplate = trimmedInvisible(d.recipientTemplate);
    d.secret = trimmedInvisible(d.secret);
    return d;
}

QList<FieldError> DestinationValidator::validate(const Destination &destination, bool requireSecret)
{
    const Destination d = normalized(destination);
    QList<FieldError> errors;

    if (d.name.isEmpty())
        add(errors, DestinationField::Name, tr("Enter a name for this destination."));
    else if (d.name.size() > maxNameLength)
        add(errors, DestinationField::Name,
            tr("The name is too long (%1 characters; at most %2).").arg(d.name.size()).arg(maxNameLength));

    add(errors, DestinationField::AccountSid, checkRequiredSid(d.accountSid, QLatin1String("AC")));
    if (d.authMode == Destination::AuthMode::ApiKey)
        add(errors, DestinationField::ApiKeySid, checkRequiredSid(d.apiKeySid, QLatin1String("SK")));
    add(errors, DestinationField::Secret, checkSecret(d, requireSecret));
    add(errors, DestinationField::FromNumber, checkFrom(d));
    add(errors, DestinationField::MessagingServiceSid, checkSid(d.messagingServiceSid, QLatin1String("MG")));
    add(errors, DestinationField::RecipientTemplate,
        checkTemplate(
            d.recipientTemplate,
            QT_TRANSLATE_NOOP("LeadRails::DestinationValidator",
                              "Enter the recipient template: where the lead's phone number is, e.g. "
                              "{{phone}}.")));
    add(errors, DestinationField::BodyTemplate,
        checkTemplate(d.bodyTemplate,
                      QT_TRANSLATE_NOOP("LeadRails::DestinationValidator", "Enter the message body.")));

    if (d.region.isEmpty())
        add(errors, DestinationField::Region,
            tr("Enter the default region: a two-letter country code such as US or GB."));
    else if (!PhoneNumbers::isKnownRegion(d.region))
        add(errors, DestinationField::Region,
            tr("\"%1\" is not a known region. Use a two-letter country code such as US or GB.")
                .arg(d.region));

    // Written so that NaN fails too.
    if (!(d.ratePerSecond >= minRatePerSecond && d.ratePerSecond <= maxRatePerSecond))
        add(errors, DestinationField::RatePerSecond,
            tr("The sending rate must be between %1 and %2 messages per second.")
                .arg(QLocale().toString(minRatePerSecond), QLocale().toString(maxRatePerSecond)));
    return errors;
}

QList<FieldError> DestinationValidator::warnings(const Destination &destination)
{
    const Destination d = normalized(destination);
    QList<FieldError> warnings;
    const MessageTemplate body(d.bodyTemplate);
    if (d.bodyTemplate.trimmed().isEmpty() || !body.isValid())
        return warnings;
    // The same check as the message preview, on the body as an empty lead renders it: opt-out wording is
    // literal text, never a lead field.
    const MessagePreview preview = MessagePreviewer(d.messageSettings()).preview(QJsonObject());
    for (const PreviewIssue &issue : preview.issues) {
        if (issue.code == QLatin1String("missing_opt_out"))
            warnings.append(FieldError{DestinationField::BodyTemplate, issue.message});
    }
    return warnings;
}

} // namespace LeadRails
