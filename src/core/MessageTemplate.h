#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace LeadRails {

class MessageTemplatePrivate;

struct TemplateDiagnostic
{
    enum class Kind { SyntaxError, UnknownVariable, EmptyVariable };
    Kind kind = Kind::SyntaxError;
    QString name;    // the tag's name (e.g. "company.name"); empty for syntax errors
    int start = -1;  // UTF-16 offset of the tag in the template source, {{ included
    int end = -1;    // one past the tag's closing }}
    QString message; // translated, says what to fix
};

// The stretch of the rendered text one variable tag produced. A tag inside a list section yields one span
// per item. resolved: the lead has the field; empty: it produced no text (then start == end).
struct RenderedSpan
{
    QString name;
    int start = 0;
    int end = 0;
    bool resolved = false;
    bool empty = true;
};

struct RenderResult
{
    QString text;
    // Unknown and empty variables met while rendering, each tag at most once, in rendering order. For an
    // invalid template: only the syntax error.
    QList<TemplateDiagnostic> diagnostics;
    QList<RenderedSpan> spans;
    // Set when rendering stopped early because nested list sections would have produced an absurd amount
    // of text or work (far beyond any SMS); text then holds what was produced until then.
    bool truncated = false;
};

// A Mustache template for SMS bodies and recipients, parsed once and rendered on every keystroke.
// Supported: {{name}}, {{company.name}}, {{.}}, {{#section}}, {{^inverted}}, {{! comment}}, {{{name}}} and
// {{& name}}. Nothing is ever HTML-escaped (SMS is plain text). Partials and set-delimiter tags are
// syntax errors. Lines holding only a section or comment tag disappear, as the Mustache spec says.
// Empty strings, null, false and empty lists are false for sections; everything else, 0 included, is true.
class MessageTemplate
{
public:
    MessageTemplate() = default;
    explicit MessageTemplate(const QString &source);

    QString source() const;
    bool isValid() const;
    std::optional<TemplateDiagnostic> syntaxError() const;
    // Distinct names used by variable and section tags, in order of first use. For an invalid template,
    // the names met before the syntax error.
    QStringList variableNames() const;
    RenderResult render(const QJsonObject &lead) const;

private:
    std::shared_ptr<const MessageTemplatePrivate> d; // immutable once parsed, so copies share it
};

} // namespace LeadRails
