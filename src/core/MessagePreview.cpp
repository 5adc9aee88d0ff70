#include "MessagePreview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace LeadRails {

namespace {

// The translation context of this file's texts; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::MessagePreview)
};

PreviewIssue issue(const char *code, PreviewIssue::Severity severity, QString message,
                   PreviewIssue::Field field = PreviewIssue::Field::None, int start = -1, int end = -1)
{
    return PreviewIssue{QLatin1String(code), severity, std::move(message), field, start, end};
}

constexpr auto Warning = PreviewIssue::Severity::Warning;
constexpr auto Error = PreviewIssue::Severity::Error;

void addTemplateIssues(const MessageTemplate &tmpl, const RenderResult &rendered, PreviewIssue::Field field,
                       QList<PreviewIssue> &issues)
{
    if (const auto syntax = tmpl.syntaxError()) {
        issues.append(issue("template_syntax", Error, syntax->message, field, syntax->start, syntax->end));
        return;
    }
    for (const TemplateDiagnostic &d : rendered.diagnostics) {
        switch (d.kind) {
        case TemplateDiagnostic::Kind::SyntaxError:
            issues.append(issue("template_syntax", Error, d.message, field, d.start, d.end));
            break;
        case TemplateDiagnostic::Kind::UnknownVariable:
            issues.append(issue("unknown_variable", Warning, d.message, field, d.start, d.end));
            break;
        case TemplateDiagnostic::Kind::EmptyVariable:
            issues.append(issue("empty_variable", Warning, d.message, field, d.start, d.end));
            break;
        }
    }
}

void checkRecipient(const MessagePreview &preview, QList<PreviewIssue> &issues)
{
    const PhoneAnalysis &phone = preview.recipient;
    const int length = int(preview.renderedRecipient.size());
    if (phone.problem == PhoneAnalysis::Problem::Fictional) {
        issues.append(
            issue("recipient_fictional", Warning, phone.message, PreviewIssue::Field::Recipient, 0, length));
        return;
    }
    if (!phone.ok()) {
        issues.append(issue("recipient_invalid", Error,
                            Text::tr("The recipient \"%1\" is not a phone number Twilio can send to: %2")
                                .arg(preview.renderedRecipient, phone.message),
                            PreviewIssue::Field::Recipient, 0, length));
        return;
    }
    if (!phone.alreadyE164)
        issues.append(
            issue("recipient_normalized", Warning,
                  Text::tr("The recipient \"%1\" is not in E.164 form; it will be sent as %2. Store phone "
                           "numbers as E.164 (+ country code and number) upstream to be sure.")
                      .arg(preview.renderedRecipient, phone.e164),
                  PreviewIssue::Field::Recipient, 0, length));
    if (phone.type == PhoneAnalysis::Type::FixedLine)
        issues.append(
            issue("recipient_landline", Warning,
                  Text::tr("%1 looks like a landline; most landlines cannot receive SMS (Twilio error "
                           "21614).")
                      .arg(phone.e164),
                  PreviewIssue::Field::Recipient, 0, length));
}

void checkCompliance(const QString &body, bool marketing, QList<PreviewIssue> &issues)
{
    // Opt-out keywords carriers and Twilio's Advanced Opt-Out recognise.
    static const QRegularExpression optOut(
        QStringLiteral("\\b(STOP|STOPALL|UNSUBSCRIBE|CANCEL|END|QUIT|OPT[- ]?OUT)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression help(QStringLiteral("\\b(HELP|INFO)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!optOut.match(body).hasMatch())
        issues.append(issue(
            "missing_opt_out", Warning,
            Text::tr("The message has no opt-out wording. Add \"Reply STOP to opt out.\": carriers filter "
                     "messages without it and it is required for A2P 10DLC.")));
    if (marketing && !help.match(body).hasMatch())
        issues.append(issue(
            "missing_help", Warning,
            Text::tr("Marketing messages should also tell recipients how to get help, e.g. \"Reply HELP "
                     "for help.\"")));

    // Public URL shorteners: carriers filter messages carrying them (Twilio error 30007).
    static const QRegularExpression shortener(
        QStringLiteral(
            "(?<![\\w.-])(?:https?://)?(?:www\\.)?(bit\\.ly|tinyurl\\.com|goo\\.gl|ow\\.ly|t\\.co|is\\.gd|"
            "buff\\.ly|rebrand\\.ly|cutt\\.ly|shorturl\\.at|tiny\\.cc|rb\\.gy|bl\\.ink|t\\.ly|s\\.id|"
            "v\\.gd|lnkd\\.in|tr\\.im)/\\S*"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = shortener.globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        issues.append(
            issue("link_shortener", Warning,
                  Text::tr("Carriers often filter messages with public link shorteners such as %1. Use a "
                           "full link on your own domain (or a branded short domain).")
                      .arg(match.captured(1)),
                  PreviewIssue::Field::Body, int(match.capturedStart()), int(match.capturedEnd())));
    }
}

void checkEncoding(const QString &body, const SmsSegments &segments, QList<PreviewIssue> &issues)
{
    if (segments.encoding != SmsSegments::Encoding::Ucs2)
        return;
    const bool allReplaceable =
        std::all_of(segments.nonGsmCharacters.cbegin(), segments.nonGsmCharacters.cend(),
                    [](const NonGsmCharacter &c) { return !c.replacement.isEmpty(); });
    if (allReplaceable) {
        const int withReplacements = SmsEncoding::analyze(SmsEncoding::smartEncode(body)).segments;
        for (const NonGsmCharacter &c : segments.nonGsmCharacters) {
            const QString cost =
                withReplacements < segments.segments
                    ? Text::tr("%1 segments instead of %2").arg(segments.segments).arg(withReplacements)
                    : Text::tr("70 characters per segment instead of 160");
            issues.append(issue(
                "ucs2_lookalike", Warning,
                Text::tr("\"%1\" looks like \"%2\" but is not in the GSM-7 alphabet, so the whole message "
                         "is sent as UCS-2 (%3). Type \"%2\" instead.")
                    .arg(c.character, c.replacement, cost),
                PreviewIssue::Field::Body, c.position, c.position + c.length));
        }
        return;
    }
    QStringList shown;
    for (const NonGsmCharacter &c : segments.nonGsmCharacters) {
        if (!shown.contains(c.character))
            shown.append(c.character);
        if (shown.size() == 8)
            break;
    }
    const NonGsmCharacter &first = segments.nonGsmCharacters.constFirst();
    issues.append(
        issue("ucs2_encoding", Warning,
              Text::tr("%1 are not in the GSM-7 alphabet, so the message is sent as UCS-2: 70 characters per "
                       "segment instead of 160 (%n segment(s)).",
                       nullptr, segments.segments)
                  .arg(shown.join(QLatin1Char(' '))),
              PreviewIssue::Field::Body, first.position, first.position + first.length));
}

} // namespace

QString PreviewIssue::fieldId(Field field)
{
    switch (field) {
    case Field::None:
        return {};
    case Field::BodyTemplate:
        return QStringLiteral("body_template");
    case Field::RecipientTemplate:
        return QStringLiteral("recipient_template");
    case Field::Body:
        return QStringLiteral("body");
    case Field::Recipient:
        return QStringLiteral("recipient");
    }
    return {};
}

void MessagePreviewer::setSettings(const MessageSettings &settings)
{
    // Parsing is the costly part; a keystroke in one template leaves the other one parsed.
    if (m_recipientTemplate.source() != settings.recipientTemplate)
        m_recipientTemplate = MessageTemplate(settings.recipientTemplate);
    if (m_bodyTemplate.source() != settings.bodyTemplate)
        m_bodyTemplate = MessageTemplate(settings.bodyTemplate);
    m_settings = settings;
}

MessagePreview MessagePreviewer::preview(const QJsonObject &lead) const
{
    MessagePreview preview;

    const RenderResult recipient = m_recipientTemplate.render(lead);
    addTemplateIssues(m_recipientTemplate, recipient, PreviewIssue::Field::RecipientTemplate, preview.issues);
    preview.renderedRecipient = recipient.text.trimmed();
    preview.recipient = PhoneNumbers::analyze(preview.renderedRecipient, m_settings.defaultRegion);
    if (m_recipientTemplate.isValid())
        checkRecipient(preview, preview.issues);

    RenderResult body = m_bodyTemplate.render(lead);
    addTemplateIssues(m_bodyTemplate, body, PreviewIssue::Field::BodyTemplate, preview.issues);
    preview.body = std::move(body.text);
    preview.bodySpans = std::move(body.spans);
    preview.segments = SmsEncoding::analyze(preview.body);

    if (m_bodyTemplate.isValid()) {
        if (preview.body.trimmed().isEmpty()) {
            preview.issues.append(
                issue("body_empty", Error,
                      Text::tr("The message is empty for this lead. Write a message body, or add a "
                               "fallback such as {{^name}}there{{/name}} for missing fields.")));
        } else {
            if (preview.segments.characters > maxBodyLength)
                preview.issues.append(
                    issue("body_too_long", Error,
                          Text::tr("The message has %1 characters; Twilio accepts at most %2. "
                                   "Shorten it by %3.")
                              .arg(preview.segments.characters)
                              .arg(maxBodyLength)
                              .arg(preview.segments.characters - maxBodyLength),
                          PreviewIssue::Field::Body, maxBodyLength, int(preview.body.size())));
            checkCompliance(preview.body, m_settings.marketing, preview.issues);
            checkEncoding(preview.body, preview.segments, preview.issues);
        }
    }

    preview.sendable = std::none_of(preview.issues.cbegin(), preview.issues.cend(),
                                    [](const PreviewIssue &i) { return i.isError(); });
    return preview;
}

QString segmentSummary(const SmsSegments &segments)
{
    const QString count = Text::tr("%n segment(s)", nullptr, segments.segments);
    return QStringLiteral("%1 · %2 · %3 / %4")
        .arg(count, SmsSegments::encodingName(segments.encoding))
        .arg(segments.units)
        .arg(segments.capacity);
}

bool MessagePreview::hasIssue(const QString &code) const
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const PreviewIssue &i) { return i.code == code; });
}

QJsonObject MessagePreview::toJson() const
{
    const auto nullable = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QJsonObject to{
        {QStringLiteral("input"), renderedRecipient},
        {QStringLiteral("e164"), nullable(recipient.e164)},
        {QStringLiteral("valid"), recipient.valid},
        {QStringLiteral("fictional"), recipient.fictional},
        {QStringLiteral("type"), PhoneAnalysis::typeId(recipient.type)},
        {QStringLiteral("region"), nullable(recipient.region)},
        {QStringLiteral("location"), nullable(recipient.location)},
        {QStringLiteral("error"), recipient.ok() ? QJsonValue() : QJsonValue(recipient.message)},
    };
    QJsonArray perSegment;
    for (int n : segments.charactersPerSegment)
        perSegment.append(n);
    QJsonArray nonGsm;
    for (const NonGsmCharacter &c : segments.nonGsmCharacters)
        nonGsm.append(QJsonObject{{QStringLiteral("character"), c.character},
                                  {QStringLiteral("position"), c.position},
                                  {QStringLiteral("replacement"), nullable(c.replacement)}});
    QJsonArray warnings;
    for (const PreviewIssue &i : issues) {
        QJsonObject w{
            {QStringLiteral("code"), i.code},
            {QStringLiteral("severity"), i.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), i.message},
            {QStringLiteral("start"), i.start >= 0 ? QJsonValue(i.start) : QJsonValue()},
            {QStringLiteral("end"), i.end >= 0 ? QJsonValue(i.end) : QJsonValue()}};
        if (i.field != PreviewIssue::Field::None)
            w.insert(QStringLiteral("field"), PreviewIssue::fieldId(i.field));
        warnings.append(w);
    }
    return QJsonObject{
        {QStringLiteral("to"), to},
        {QStringLiteral("body"), body},
        {QStringLiteral("encoding"), SmsSegments::encodingName(segments.encoding)},
        {QStringLiteral("segments"), segments.segments},
        {QStringLiteral("characters"), segments.characters},
        {QStringLiteral("units"), segments.units},
        {QStringLiteral("capacity"), segments.capacity},
        {QStringLiteral("charactersPerSegment"), perSegment},
        {QStringLiteral("nonGsmCharacters"), nonGsm},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("sendable"), sendable},
    };
}

} // namespace LeadRails
