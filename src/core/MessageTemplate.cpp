// A small Mustache subset written here rather than kainjow::mustache (Debian's libkainjow-mustache-dev,
// /usr/include/kainjow/mustache.hpp 4.1), which was read for this purpose. What it could not give us:
// - Positions: its parsed tree (component, with a `position` field and walk()) is the private member
//   basic_mustache::root_component_ with no accessor, so the tags, their names and their offsets cannot be
//   listed. Positions only surface inside error_message() as English text ("Unclosed section \"x\" at 12")
//   counted in UTF-8 bytes of a std::string, not UTF-16 offsets a QPlainTextEdit can select, and not
//   translatable. Empty tags, invalid names and partials are not syntax errors there at all.
// - Output spans: rendering appends to a per-line buffer flushed to the handler one line at a time
//   (render_current_line), so no caller sees where a variable's text lands in the output.
// - Unknown/empty variables: a name missing from the data renders nothing, silently; there is no hook to
//   report it or to tell a missing field from an empty one.
// - Data and speed: render() wants a kainjow::data tree (no number type) that would be rebuilt from the
//   QJsonObject on every keystroke, is non-const, and walks the tree through std::function callbacks into
//   an ostringstream; the tree walk is recursive, so 100 KB of {{#a}} would also exhaust the stack.
// Its escaping could be switched off (set_custom_escape), but that was the only requirement it met.

#include "MessageTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <vector>

namespace LeadRails {

namespace {
// Deeper nesting is never meant, and the cap bounds the renderer's recursion.
constexpr int kMaxSectionDepth = 100;
// Nested list sections multiply: {{#l}}{{#l}}...{{/l}}{{/l}} over a list of 10 grows as 10^depth. These cap
// the work of one render far above any real message (an SMS body is at most 1,600 characters).
constexpr qsizetype kMaxRenderedLength = 1 << 20;
constexpr int kMaxRenderSteps = 100000;
} // namespace

class MessageTemplatePrivate
{
public:
    enum class NodeType : quint8 { Text, Variable, Section, InvertedSection };
    struct Node
    {
        NodeType type;
        int start; // Text: the text's range in the source; tags: the opening tag's range
        int end;
        int name = -1;  // index into names
        int after = -1; // sections: index of the first node after the section
    };
    struct Name
    {
        QString full;
        QStringList parts; // empty for the implicit iterator "."
        bool hasInvertedSection = false;
    };

    QString source;
    std::vector<Node> nodes;
    std::vector<Name> names; // distinct, in order of first use
    std::optional<TemplateDiagnostic> syntaxError;
};

namespace {

using Private = MessageTemplatePrivate;

// Character numbers in messages count code points from 1, as a person would.
int characterNumber(QStringView text, int offset)
{
    int count = 0;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count + 1;
}

// Keeps messages readable when the offending text is a 100 KB accident.
QString elided(QStringView text)
{
    constexpr int kMax = 40;
    if (text.size() <= kMax)
        return text.toString();
    const int cut = text[kMax - 1].isHighSurrogate() ? kMax - 1 : kMax;
    return text.left(cut).toString() + QStringLiteral("...");
}

bool isNameCharacter(char32_t c)
{
    if (c == U'_' || c == U'-' || QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isValidName(QStringView name)
{
    if (name == u".")
        return true;
    bool segmentEmpty = true;
    for (int i = 0; i < name.size(); ++i) {
        const QChar ch = name[i];
        if (ch == u'.') {
            if (segmentEmpty)
                return false;
            segmentEmpty = true;
            continue;
        }
        char32_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(ch, name[i + 1]);
            ++i;
        }
        if (!isNameCharacter(c))
            return false;
        segmentEmpty = false;
    }
    return !segmentEmpty;
}

bool isInlineSpace(QChar ch)
{
    return ch == u' ' || ch == u'\t';
}

class Parser
{
public:
    explicit Parser(Private &p)
        : m_p(p)
        , m_src(p.source)
    {}

    void run()
    {
        const int size = int(m_src.size());
        int position = 0;
        int textStart = 0;
        while (true) {
            const int tagStart = int(m_src.indexOf(u"{{", position));
            if (tagStart < 0)
                break;
            Tag tag;
            if (!readTag(tagStart, tag))
                return;

            int textEnd = tagStart;
            int next = tag.end;
            if (tag.kind != TagKind::Variable)
                standaloneBounds(textStart, tag, textEnd, next);
            addText(textStart, textEnd);
            if (!addTag(tag))
                return;
            position = textStart = next;
        }
        addText(textStart, size);
        if (!m_open.empty()) {
            const Private::Node &node = m_p.nodes[m_open.back()];
            const QString &name = m_p.names[node.name].full;
            fail(node.start, node.end,
                 QCoreApplication::translate("LeadRails::MessageTemplate",
                                             "Unclosed section '%1' opened at character %2: add {{/%1}}.")
                     .arg(elided(name))
                     .arg(characterNumber(m_src, node.start)));
        }
    }

private:
    enum class TagKind { Variable, Section, InvertedSection, Close, Comment };
    struct Tag
    {
        TagKind kind = TagKind::Variable;
        int start = 0;
        int end = 0;
        QStringView name;
    };

    // Reads the tag at start ("{{" there); on a syntax error records it and returns false.
    bool readTag(int start, Tag &tag)
    {
        const int size = int(m_src.size());
        const bool triple = start + 2 < size && m_src[start + 2] == u'{';
        const int contentStart = start + (triple ? 3 : 2);
        const QStringView closer = triple ? QStringView(u"}}}") : QStringView(u"}}");
        const int close = int(m_src.indexOf(closer, contentStart));
        if (close < 0) {
            int end = size;
            for (const QStringView stop : {QStringView(u"{{"), QStringView(u"\n")}) {
                const int at = int(m_src.indexOf(stop, contentStart));
                if (at >= 0 && at < end)
                    end = at;
            }
            return failUnclosedTag(start, end, closer);
        }
        const QStringView content = m_src.mid(contentStart, close - contentStart);
        const QStringView trimmed = content.trimmed();
        tag.start = start;
        tag.end = close + int(closer.size());
        const QChar sigil = trimmed.isEmpty() || triple ? QChar() : trimmed.front();
        if (sigil == u'!') {
            tag.kind = TagKind::Comment;
            return true;
        }
        // "{{name {{email}}": the first tag was never closed; say so rather than complain about its name.
        if (const int nested = int(content.indexOf(u"{{")); nested >= 0)
            return failUnclosedTag(start, contentStart + nested, closer);

        bool hasSigil = true;
        switch (sigil.unicode()) {
        case u'#':
            tag.kind = TagKind::Section;
            break;
        case u'^':
            tag.kind = TagKind::InvertedSection;
            break;
        case u'/':
            tag.kind = TagKind::Close;
            break;
        case u'&':
            tag.kind = TagKind::Variable;
            break;
        case u'>':
            return fail(tag.start, tag.end,
                        QCoreApplication::translate("LeadRails::MessageTemplate",
                                                    "{{>%1}} at character %2: partials are not supported; "
                                                    "write the text into the template instead.")
                            .arg(elided(trimmed.mid(1).trimmed()))
                            .arg(characterNumber(m_src, start)));
        case u'=':
            return fail(tag.start, tag.end,
                        QCoreApplication::translate("LeadRails::MessageTemplate",
                                                    "%1 at character %2: changing the delimiters is not "
                                                    "supported; keep {{ and }}.")
                            .arg(elided(m_src.mid(start, tag.end - start)))
                            .arg(characterNumber(m_src, start)));
        default:
            tag.kind = TagKind::Variable;
            hasSigil = false;
            break;
        }
        const QStringView name = hasSigil ? trimmed.mid(1).trimmed() : trimmed;
        if (name.isEmpty()) {
            return fail(tag.start, tag.end,
                        QCoreApplication::translate("LeadRails::MessageTemplate",
                                                    "Empty tag at character %1: put a field name between the "
                                                    "braces, e.g. {{name}}.")
                            .arg(characterNumber(m_src, start)));
        }
        if (!isValidName(name)) {
            return fail(tag.start, tag.end,
                        QCoreApplication::translate("LeadRails::MessageTemplate",
                                                    "'%1' at character %2 is not a valid field name: use "
                                                    "letters, digits, _ and -, with a dot between nested "
                                                    "fields (company.name).")
                            .arg(elided(name))
                            .arg(characterNumber(m_src, start)));
        }
        tag.name = name;
        return true;
    }

    // The Mustache spec drops a line that holds nothing but one section, close or comment tag (and
    // spaces), so multi-line templates do not leave blank lines where sections were.
    void standaloneBounds(int textStart, const Tag &tag, int &textEnd, int &next) const
    {
        int lineStart = tag.start;
        while (lineStart > textStart && isInlineSpace(m_src[lineStart - 1]))
            --lineStart;
        if (lineStart > 0 && m_src[lineStart - 1] != u'\n')
            return;
        const int size = int(m_src.size());
        int lineEnd = tag.end;
        while (lineEnd < size && isInlineSpace(m_src[lineEnd]))
            ++lineEnd;
        if (lineEnd < size && m_src[lineEnd] == u'\n')
            ++lineEnd;
        else if (lineEnd + 1 < size && m_src[lineEnd] == u'\r' && m_src[lineEnd + 1] == u'\n')
            lineEnd += 2;
        else if (lineEnd != size)
            return;
        textEnd = lineStart;
        next = lineEnd;
    }

    void addText(int start, int end)
    {
        if (end > start)
            m_p.nodes.push_back({Private::NodeType::Text, start, end});
    }

    bool addTag(const Tag &tag)
    {
        switch (tag.kind) {
        case TagKind::Comment:
            return true;
        case TagKind::Variable:
            m_p.nodes.push_back({Private::NodeType::Variable, tag.start, tag.end, nameIndex(tag.name)});
            return true;
        case TagKind::Section:
        case TagKind::InvertedSection: {
            if (int(m_open.size()) >= kMaxSectionDepth) {
                return fail(tag.start, tag.end,
                            QCoreApplication::translate("LeadRails::MessageTemplate",
                                                        "Sections are nested more than %1 levels deep at "
                                                        "character %2: simplify the template.")
                                .arg(kMaxSectionDepth)
                                .arg(characterNumber(m_src, tag.start)));
            }
            const bool inverted = tag.kind == TagKind::InvertedSection;
            const int name = nameIndex(tag.name);
            if (inverted)
                m_p.names[name].hasInvertedSection = true;
            m_open.push_back(int(m_p.nodes.size()));
            m_p.nodes.push_back({inverted ? Private::NodeType::InvertedSection : Private::NodeType::Section,
                                 tag.start, tag.end, name});
            return true;
        }
        case TagKind::Close:
            break;
        }
        if (m_open.empty()) {
            return fail(tag.start, tag.end,
                        QCoreApplication::translate("LeadRails::MessageTemplate",
                                                    "{{/%1}} at character %2 closes a section that was never "
                                                    "opened: add {{#%1}} before it or remove it.")
                            .arg(elided(tag.name))
                            .arg(characterNumber(m_src, tag.start)));
        }
        Private::Node &open = m_p.nodes[m_open.back()];
        const QString &openName = m_p.names[open.name].full;
        if (openName != tag.name) {
            return fail(tag.start, tag.end,
                        QCoreApplication::translate("LeadRails::MessageTemplate",
                                                    "{{/%1}} at character %2 does not match section '%3' "
                                                    "opened at character %4: close it with {{/%3}} first.")
                            .arg(elided(tag.name))
                            .arg(characterNumber(m_src, tag.start))
                            .arg(elided(openName))
                            .arg(characterNumber(m_src, open.start)));
        }
        open.after = int(m_p.nodes.size());
        m_open.pop_back();
        return true;
    }

    int nameIndex(QStringView name)
    {
        const QString full = name.toString();
        const auto found = m_nameIndexes.constFind(full);
        if (found != m_nameIndexes.constEnd())
            return *found;
        Private::Name entry;
        entry.full = full;
        if (name != u".")
            entry.parts = full.split(u'.');
        m_p.names.push_back(std::move(entry));
        const int index = int(m_p.names.size()) - 1;
        m_nameIndexes.insert(full, index);
        return index;
    }

    bool failUnclosedTag(int start, int end, QStringView closer)
    {
        return fail(start, end,
                    QCoreApplication::translate("LeadRails::MessageTemplate",
                                                "The tag opened at character %1 is not closed: add %2.")
                        .arg(characterNumber(m_src, start))
                        .arg(closer));
    }

    bool fail(int start, int end, const QString &message)
    {
        TemplateDiagnostic error;
        error.kind = TemplateDiagnostic::Kind::SyntaxError;
        error.start = start;
        error.end = end;
        error.message = message;
        m_p.syntaxError = error;
        return false;
    }

    Private &m_p;
    QStringView m_src;
    std::vector<int> m_open; // node indexes of the sections not closed yet
    QHash<QString, int> m_nameIndexes;
};

QString numberText(double value)
{
    // JSON has only doubles; 42 must not come out as "42.0" or "4.2e+01".
    if (std::isfinite(value) && std::trunc(value) == value && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Double:
    case QJsonValue::Object:
        return true;
    }
    return true;
}

class Renderer
{
public:
    Renderer(const Private &p, const QJsonObject &lead)
        : m_p(p)
        , m_reported(p.nodes.size(), false)
    {
        m_stack.push_back({QJsonValue(lead), lead});
        m_result.text.reserve(p.source.size() + 64);
    }

    RenderResult run()
    {
        renderRange(0, int(m_p.nodes.size()));
        return std::move(m_result);
    }

private:
    struct Frame
    {
        QJsonValue value;
        QJsonObject object; // value as an object, looked up once rather than on every name
    };

    // Returns false when the budget ran out (the caller stops at once).
    bool renderRange(int begin, int end)
    {
        for (int i = begin; i < end;) {
            if (!spend())
                return false;
            const Private::Node &node = m_p.nodes[i];
            switch (node.type) {
            case Private::NodeType::Text:
                m_result.text.append(QStringView(m_p.source).mid(node.start, node.end - node.start));
                ++i;
                break;
            case Private::NodeType::Variable:
                renderVariable(i);
                ++i;
                break;
            case Private::NodeType::Section:
                if (!renderSection(i))
                    return false;
                i = node.after;
                break;
            case Private::NodeType::InvertedSection: {
                const std::optional<QJsonValue> value = resolve(node.name);
                if ((!value || !isTruthy(*value)) && !renderRange(i + 1, node.after))
                    return false;
                i = node.after;
                break;
            }
            }
        }
        return true;
    }

    bool renderSection(int index)
    {
        const Private::Node &node = m_p.nodes[index];
        const std::optional<QJsonValue> value = resolve(node.name);
        if (!value) {
            // A missing name is expected when the template also says what to do without it ({{^name}}).
            const Private::Name &name = m_p.names[node.name];
            if (!name.hasInvertedSection) {
                report(index, TemplateDiagnostic::Kind::UnknownVariable,
                       QCoreApplication::translate("LeadRails::MessageTemplate",
                                                   "The lead has no field '%1'. If it is optional, add "
                                                   "{{^%1}}...{{/%1}} for leads without it.")
                           .arg(elided(name.full)));
            }
            return true;
        }
        if (!isTruthy(*value))
            return true;
        if (value->isArray()) {
            const QJsonArray items = value->toArray();
            for (const QJsonValue &item : items) {
                if (!spend())
                    return false;
                m_stack.push_back({item, item.toObject()});
                const bool completed = renderRange(index + 1, node.after);
                m_stack.pop_back();
                if (!completed)
                    return false;
            }
            return true;
        }
        m_stack.push_back({*value, value->toObject()});
        const bool completed = renderRange(index + 1, node.after);
        m_stack.pop_back();
        return completed;
    }

    void renderVariable(int index)
    {
        const Private::Node &node = m_p.nodes[index];
        const QString &name = m_p.names[node.name].full;
        const int start = int(m_result.text.size());
        const std::optional<QJsonValue> value = resolve(node.name);
        if (!value) {
            m_result.spans.append({name, start, start, false, true});
            report(index, TemplateDiagnostic::Kind::UnknownVariable,
                   QCoreApplication::translate("LeadRails::MessageTemplate", "The lead has no field '%1'.")
                       .arg(elided(name)));
            return;
        }
        QString emptyMessage;
        switch (value->type()) {
        case QJsonValue::String:
            m_result.text.append(value->toString());
            break;
        case QJsonValue::Double:
            m_result.text.append(numberText(value->toDouble()));
            break;
        case QJsonValue::Bool:
            m_result.text.append(value->toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case QJsonValue::Object: {
            const QStringList keys = value->toObject().keys();
            if (!keys.isEmpty()) {
                emptyMessage = QCoreApplication::translate("LeadRails::MessageTemplate",
                                                           "'%1' holds several fields, not text: name one of "
                                                           "them, e.g. {{%1.%2}}.")
                                   .arg(elided(name), elided(keys.first()));
            }
            break;
        }
        case QJsonValue::Array:
            if (!value->toArray().isEmpty()) {
                emptyMessage = QCoreApplication::translate("LeadRails::MessageTemplate",
                                                           "'%1' is a list, not text: show its items with "
                                                           "{{#%1}}...{{/%1}}.")
                                   .arg(elided(name));
            }
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        const int end = int(m_result.text.size());
        m_result.spans.append({name, start, end, true, end == start});
        if (end == start) {
            if (emptyMessage.isEmpty()) {
                emptyMessage =
                    QCoreApplication::translate("LeadRails::MessageTemplate", "'%1' is empty for this lead.")
                        .arg(elided(name));
            }
            report(index, TemplateDiagnostic::Kind::EmptyVariable, emptyMessage);
        }
    }

    // Mustache lookup: the first part of the name is searched from the innermost context outwards; the
    // other parts only inside what it found (company.name never falls back to an outer "name").
    std::optional<QJsonValue> resolve(int nameIndex) const
    {
        const Private::Name &name = m_p.names[nameIndex];
        if (name.parts.isEmpty())
            return m_stack.back().value;
        std::optional<QJsonValue> value;
        for (auto frame = m_stack.crbegin(); frame != m_stack.crend(); ++frame) {
            const auto found = frame->object.constFind(name.parts.first());
            if (found != frame->object.constEnd()) {
                value = *found;
                break;
            }
        }
        for (qsizetype part = 1; value && part < name.parts.size(); ++part) {
            if (!value->isObject())
                return std::nullopt;
            const QJsonObject object = value->toObject();
            const auto found = object.constFind(name.parts[part]);
            if (found == object.constEnd())
                return std::nullopt;
            value = *found;
        }
        return value;
    }

    void report(int index, TemplateDiagnostic::Kind kind, const QString &message)
    {
        if (m_reported[index])
            return;
        m_reported[index] = true;
        const Private::Node &node = m_p.nodes[index];
        m_result.diagnostics.append({kind, m_p.names[node.name].full, node.start, node.end, message});
    }

    bool spend()
    {
        if (++m_steps > kMaxRenderSteps || m_result.text.size() > kMaxRenderedLength) {
            m_result.truncated = true;
            return false;
        }
        return true;
    }

    const Private &m_p;
    std::vector<Frame> m_stack;
    std::vector<bool> m_reported; // per node: a tag inside a list section is reported once
    int m_steps = 0;
    RenderResult m_result;
};

} // namespace

MessageTemplate::MessageTemplate(const QString &source)
{
    auto parsed = std::make_shared<Private>();
    parsed->source = source;
    Parser(*parsed).run();
    d = std::move(parsed);
}

QString MessageTemplate::source() const
{
    return d ? d->source : QString();
}

bool MessageTemplate::isValid() const
{
    return !d || !d->syntaxError;
}

std::optional<TemplateDiagnostic> MessageTemplate::syntaxError() const
{
    return d ? d->syntaxError : std::nullopt;
}

QStringList MessageTemplate::variableNames() const
{
    QStringList names;
    if (!d)
        return names;
    names.reserve(qsizetype(d->names.size()));
    for (const Private::Name &name : d->names)
        names.append(name.full);
    return names;
}

RenderResult MessageTemplate::render(const QJsonObject &lead) const
{
    if (!d)
        return {};
    if (d->syntaxError) {
        RenderResult result;
        result.diagnostics.append(*d->syntaxError);
        return result;
    }
    return Renderer(*d, lead).run();
}

} // namespace LeadRails
