#include "MessagePreviewPanel.h"

#include "Icons.h"
#include "Lead.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextEdit>
#include <QVBoxLayout>

namespace LeadRails {

namespace {
constexpr int kIssueRole = Qt::UserRole + 1;
}

MessagePreviewPanel::MessagePreviewPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *leadBox = new QGroupBox(tr("Sample lead"), this);
    auto *leadLayout = new QVBoxLayout(leadBox);
    m_leadEdit = new QPlainTextEdit(leadBox);
    m_leadEdit->setObjectName(QStringLiteral("sampleLeadEdit"));
    m_leadEdit->setAccessibleName(tr("Sample lead (JSON)"));
    m_leadEdit->setToolTip(
        tr("The lead the preview is rendered for. Edit its fields (JSON) to try other values."));
    m_leadEdit->setTabChangesFocus(true);
    m_leadEdit->setMaximumHeight(130);
    m_leadError = new QLabel(leadBox);
    m_leadError->setObjectName(QStringLiteral("sampleLeadError"));
    m_leadError->setWordWrap(true);
    m_leadError->setVisible(false);
    leadLayout->addWidget(m_leadEdit);
    leadLayout->addWidget(m_leadError);
    layout->addWidget(leadBox);

    auto *resultBox = new QGroupBox(tr("What Twilio will receive"), this);
    auto *form = new QFormLayout(resultBox);
    m_recipient = new QLabel(resultBox);
    m_recipient->setObjectName(QStringLiteral("previewRecipient"));
    m_recipient->setWordWrap(true);
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("To:"), m_recipient);
    m_body = new QTextEdit(resultBox);
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setAccessibleName(tr("Rendered message"));
    m_body->setReadOnly(true);
    m_body->setMinimumHeight(90);
    form->addRow(tr("Message:"), m_body);
    m_counter = new QLabel(resultBox);
    m_counter->setObjectName(QStringLiteral("segmentCounter"));
    m_counter->setToolTip(
        tr("Segments Twilio bills, the encoding, and characters used / available in them. GSM-7 "
           "fits 160 characters in one segment (153 each when split); any other character switches "
           "the whole message to UCS-2: 70 (67 each)."));
    form->addRow(tr("Size:"), m_counter);
    layout->addWidget(resultBox);

    auto *issuesBox = new QGroupBox(tr("Checks"), this);
    auto *issuesLayout = new QVBoxLayout(issuesBox);
    m_issues = new QListWidget(issuesBox);
    m_issues->setObjectName(QStringLiteral("previewIssues"));
    m_issues->setAccessibleName(tr("Warnings about the message"));
    m_issues->setWordWrap(true);
    m_issues->setToolTip(tr("Click a warning to see its place in the template."));
    // Room for a handful of warnings; more scroll. An empty box as tall as the window pushed the
    // Verify and Send Test results below the fold.
    m_issues->setMaximumHeight(m_issues->fontMetrics().lineSpacing() * 8);
    issuesLayout->addWidget(m_issues);
    layout->addWidget(issuesBox);

    connect(m_leadEdit, &QPlainTextEdit::textChanged, this, &MessagePreviewPanel::leadEdited);
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = item->data(kIssueRole).toInt();
        if (index >= 0 && index < m_preview.issues.size())
            Q_EMIT issueActivated(m_preview.issues.at(index));
    });
    connect(m_issues, &QListWidget::itemClicked, m_issues, &QListWidget::itemActivated);

    showLead(Lead::sample());
}

void MessagePreviewPanel::setSampleLead(const QJsonObject &lead)
{
    showLead(lead);
    refresh();
}

void MessagePreviewPanel::showLead(const QJsonObject &lead)
{
    m_settingLead = true;
    m_lead = lead;
    m_leadEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(lead).toJson(QJsonDocument::Indented)).trimmed());
    m_leadError->setVisible(false);
    m_settingLead = false;
}

void MessagePreviewPanel::leadEdited()
{
    if (m_settingLead)
        return;
    QString error;
    const auto lead = Lead::parse(m_leadEdit->toPlainText().toUtf8(), &error);
    m_leadError->setText(error);
    m_leadError->setVisible(!lead);
    if (!lead)
        return; // keep showing the last good lead until the JSON is whole again
    m_lead = *lead;
    refresh();
}

void MessagePreviewPanel::setSettings(const MessageSettings &settings)
{
    m_previewer.setSettings(settings);
    refresh();
}

void MessagePreviewPanel::refresh()
{
    m_preview = m_previewer.preview(m_lead);

    // Recipient: the E.164 form and the verdict.
    const PhoneAnalysis &phone = m_preview.recipient;
    QString recipient = m_preview.to().isEmpty() ? m_preview.renderedRecipient : m_preview.to();
    if (recipient.isEmpty())
        recipient = tr("(empty)");
    if (phone.ok()) {
        QStringList details{PhoneAnalysis::typeLabel(phone.type), phone.region};
        if (!phone.location.isEmpty())
            details << phone.location;
        details.removeAll(QString());
        recipient = tr("%1 ✓ valid E.164 (%2)").arg(recipient, details.join(QStringLiteral(", ")));
    } else {
        recipient = QStringLiteral("%1 ✗ %2").arg(recipient, phone.message);
    }
    m_recipient->setText(recipient);

    // Body, with the characters that force UCS-2 and the variables that did not resolve highlighted.
    m_body->setPlainText(m_preview.body);
    QList<QTextEdit::ExtraSelection> marks;
    const auto mark = [&](int start, int end, const QColor &background, const QString &tip) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_body->document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        selection.format.setForeground(Qt::black);
        selection.format.setToolTip(tip);
        marks.append(selection);
    };
    for (const NonGsmCharacter &c : m_preview.segments.nonGsmCharacters)
        mark(c.position, c.position + c.length, QColor(0xff, 0xd5, 0x4f),
             c.replacement.isEmpty()
                 ? tr("Not in GSM-7: the message is sent as UCS-2")
                 : tr("Not in GSM-7; \"%1\" would keep the message in GSM-7").arg(c.replacement));
    for (const RenderedSpan &span : m_preview.bodySpans) {
        if (span.resolved && !span.empty)
            continue;
        // An unresolved variable renders nothing: mark the character after it so the place is visible.
        const int end =
            span.end > span.start ? span.end : std::min<int>(span.start + 1, int(m_preview.body.size()));
        if (end > span.start)
            mark(span.start, end, QColor(0xef, 0x9a, 0x9a),
                 tr("{{%1}} rendered empty for this lead").arg(span.name));
    }
    m_body->setExtraSelections(marks);

    m_counter->setText(segmentSummary(m_preview.segments));

    m_issues->clear();
    for (int i = 0; i < m_preview.issues.size(); ++i) {
        const PreviewIssue &issue = m_preview.issues.at(i);
        auto *item =
            new QListWidgetItem(Icons::icon(issue.isError() ? Icons::Glyph::Error : Icons::Glyph::Warning),
                                issue.message, m_issues);
        item->setData(kIssueRole, i);
        item->setToolTip(issue.code);
    }
    if (m_preview.issues.isEmpty())
        new QListWidgetItem(Icons::icon(Icons::Glyph::Passed), tr("No problems found."), m_issues);
}

} // namespace LeadRails
