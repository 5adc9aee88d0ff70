#pragma once

#include "MessagePreview.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTextEdit;

namespace LeadRails {

// The live preview beside the destination editor: a sample lead the user can edit (JSON), what the
// recipient and the body render to, how Twilio will count it, and every warning. Built in code: it is all
// views over one MessagePreview.
class MessagePreviewPanel : public QWidget
{
    Q_OBJECT

public:
    // Shows the sample lead; the preview is rendered by the first setSettings() (rendering checks the
    // recipient with the phone number library, which the app loads after its first paint).
    explicit MessagePreviewPanel(QWidget *parent = nullptr);

    // Re-renders; cheap enough to call on every keystroke (templates are parsed only when they change).
    void setSettings(const MessageSettings &settings);
    QJsonObject sampleLead() const { return m_lead; }
    void setSampleLead(const QJsonObject &lead);
    const MessagePreview &preview() const { return m_preview; }

Q_SIGNALS:
    // A warning was activated: show its place in the template it points into.
    void issueActivated(const LeadRails::PreviewIssue &issue);

private:
    void showLead(const QJsonObject &lead);
    void refresh();
    void leadEdited();

    MessagePreviewer m_previewer;
    QJsonObject m_lead;
    MessagePreview m_preview;

    QPlainTextEdit *m_leadEdit = nullptr;
    QLabel *m_leadError = nullptr;
    QLabel *m_recipient = nullptr;
    QTextEdit *m_body = nullptr;
    QLabel *m_counter = nullptr;
    QListWidget *m_issues = nullptr;
    bool m_settingLead = false;
};

} // namespace LeadRails
