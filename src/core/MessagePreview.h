#pragma once

#include "MessageTemplate.h"
#include "PhoneNumbers.h"
#include "SmsEncoding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace LeadRails {

// What the message needs from a destination to be rendered and checked.
struct MessageSettings
{
    QString recipientTemplate = QStringLiteral("{{phone}}");
    QString bodyTemplate;
    QString defaultRegion = QStringLiteral("US"); // for numbers written without a country code
    bool marketing = true;                        // marketing traffic must also carry HELP wording
};

struct PreviewIssue
{
    enum class Severity { Warning, Error }; // errors block sending; warnings do not
    // Which text start/end point into.
    enum class Field { None, BodyTemplate, RecipientTemplate, Body, Recipient };

    QString code; // stable id: "missing_opt_out", "body_too_long"...
    Severity severity = Severity::Warning;
    QString message; // translated; says what to fix
    Field field = Field::None;
    int start = -1; // UTF-16 offsets into `field`'s text; -1 when the issue has no place
    int end = -1;

    bool isError() const { return severity == Severity::Error; }
    static QString fieldId(Field field);
};

// Exactly what Twilio would receive for one lead, and everything a marketer should know before sending it.
struct MessagePreview
{
    QString renderedRecipient; // the recipient template's output, as rendered
    PhoneAnalysis recipient;   // its analysis; recipient.e164 is what is sent
    QString body;
    SmsSegments segments;
    QList<RenderedSpan> bodySpans; // where each variable landed in the body
    QList<PreviewIssue> issues;
    bool sendable = false;

    QString to() const { return recipient.e164; }
    bool hasIssue(const QString &code) const;
    // The shape documented for `leadrails-cli preview --json`.
    QJsonObject toJson() const;
};

// "2 segments · GSM-7 · 161 / 306": the counter the GUI and the CLI show.
QString segmentSummary(const SmsSegments &segments);

// Renders and checks messages. Templates are parsed once per settings change, so previewing on every
// keystroke and rendering thousands of leads both stay cheap. The GUI, the CLI and the dispatcher all use it.
class MessagePreviewer
{
public:
    MessagePreviewer() = default;
    explicit MessagePreviewer(const MessageSettings &settings) { setSettings(settings); }

    void setSettings(const MessageSettings &settings);
    const MessageSettings &settings() const { return m_settings; }

    MessagePreview preview(const QJsonObject &lead) const;

    static constexpr int maxBodyLength = 1600; // Twilio rejects longer bodies (21617)

private:
    MessageSettings m_settings;
    MessageTemplate m_recipientTemplate;
    MessageTemplate m_bodyTemplate;
};

} // namespace LeadRails
