#include "DestinationEditor.h"

#include "DestinationStore.h"
#include "DestinationValidator.h"
#include "ui_DestinationEditor.h"

#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>

namespace LeadRails {

DestinationEditor::DestinationEditor(DestinationStore &store, QString keychainBackend, FirstCheck firstCheck,
                                     QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DestinationEditor>())
    , m_store(store)
    , m_keychainBackend(std::move(keychainBackend))
{
    m_ui->setupUi(this);
    for (QLabel *label : errorLabels())
        label->setVisible(false);
    applyErrorColour();

    const auto changed = [this] {
        if (m_loading)
            return;
        revalidate();
        Q_EMIT formChanged();
    };
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->accountSidEdit, m_ui->apiKeySidEdit, m_ui->secretEdit, m_ui->fromEdit,
          m_ui->messagingServiceEdit, m_ui->recipientEdit, m_ui->regionEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->rateSpin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_ui->marketingCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->apiKeyRadio, &QRadioButton::toggled, this, [this, changed] {
        updateAuthMode();
        changed();
    });
    connect(m_ui->revealSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealSecretButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DestinationEditor::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] { load(m_original); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &DestinationEditor::confirmRemove);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &DestinationEditor::verifyRequested);
    connect(m_ui->sendTestButton, &QPushButton::clicked, this, &DestinationEditor::sendTestRequested);

    if (firstCheck == FirstCheck::Now) {
        editNew();
    } else {
        editUnchecked(freshDestination());
    }
}

DestinationEditor::~DestinationEditor() = default;

QList<QLabel *> DestinationEditor::errorLabels() const
{
    return {m_ui->nameError,      m_ui->accountSidError, m_ui->apiKeySidError,
            m_ui->secretError,    m_ui->fromError,       m_ui->messagingServiceError,
            m_ui->recipientError, m_ui->bodyError,       m_ui->regionError};
}

// Error text in a red chosen for the palette: a deep red on light windows, a light one on dark windows, both
// above 4.5:1 against the window (the WCAG ratio for normal text).
void DestinationEditor::applyErrorColour()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    for (QLabel *label : errorLabels()) {
        QPalette labelPalette = palette();
        labelPalette.setColor(QPalette::WindowText, red);
        label->setPalette(labelPalette);
    }
}

void DestinationEditor::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark.
    if (event->type() == QEvent::PaletteChange)
        applyErrorColour();
    QWidget::changeEvent(event);
}

Destination DestinationEditor::freshDestination()
{
    Destination fresh;
    fresh.bodyTemplate =
        tr("Hi {{name}}, thanks for your interest. We'll reach out at {{email}}. Reply STOP to opt "
           "out, HELP for help.");
    return fresh;
}

void DestinationEditor::editNew()
{
    load(freshDestination());
}

void DestinationEditor::edit(const Destination &destination)
{
    load(destination);
}

void DestinationEditor::editUnchecked(const Destination &destination)
{
    fill(destination);
    m_checked = false;
    // As the check would find: nothing to save or revert yet.
    m_ui->saveButton->setEnabled(false);
    m_ui->revertButton->setEnabled(false);
}

void DestinationEditor::load(const Destination &destination)
{
    fill(destination);
    revalidate();
    Q_EMIT formChanged();
}

void DestinationEditor::fill(const Destination &destination)
{
    m_loading = true;
    m_original = destination;
    m_original.secret.clear();
    m_ui->nameEdit->setText(destination.name);
    m_ui->accountSidEdit->setText(destination.accountSid);
    m_ui->apiKeyRadio->setChecked(destination.authMode == Destination::AuthMode::ApiKey);
    m_ui->authTokenRadio->setChecked(destination.authMode == Destination::AuthMode::AuthToken);
    m_ui->apiKeySidEdit->setText(destination.apiKeySid);
    m_ui->secretEdit->clear();
    m_ui->revealSecretButton->setChecked(false);
    m_ui->fromEdit->setText(destination.fromNumber);
    m_ui->messagingServiceEdit->setText(destination.messagingServiceSid);
    m_ui->recipientEdit->setText(destination.recipientTemplate);
    m_ui->bodyEdit->setPlainText(destination.bodyTemplate);
    m_ui->regionEdit->setText(destination.region);
    m_ui->rateSpin->setValue(destination.ratePerSecond);
    m_ui->marketingCheck->setChecked(destination.marketing);
    m_ui->deleteButton->setEnabled(!isNew());
    m_ui->statusLabel->clear();
    m_loading = false;
    updateAuthMode();
}

void DestinationEditor::updateAuthMode()
{
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    m_ui->apiKeySidLabel->setVisible(apiKey);
    m_ui->apiKeySidEdit->setVisible(apiKey);
    m_ui->secretLabel->setText(apiKey ? tr("API key &secret") : tr("Auth &Token"));
    const QString stored = m_original.maskedSecret();
    if (!isNew() && !stored.isEmpty())
        m_ui->secretEdit->setPlaceholderText(tr("Stored (%1). Type a new one to replace it.").arg(stored));
    else
        m_ui->secretEdit->setPlaceholderText(apiKey ? tr("Paste the API key's secret")
                                                    : tr("Paste your Auth Token from the Twilio Console"));
    m_ui->secretNote->setText(
        tr("Kept only in %1, never in LeadRails's files or logs.").arg(m_keychainBackend));
}

QString DestinationEditor::typedSecret() const
{
    return m_ui->secretEdit->text().trimmed();
}

Destination DestinationEditor::formDestination() const
{
    Destination d = m_original;
    d.name = m_ui->nameEdit->text();
    d.accountSid = m_ui->accountSidEdit->text();
    d.authMode =
        m_ui->apiKeyRadio->isChecked() ? Destination::AuthMode::ApiKey : Destination::AuthMode::AuthToken;
    d.apiKeySid = d.authMode == Destination::AuthMode::ApiKey ? m_ui->apiKeySidEdit->text() : QString();
    d.secret = m_ui->secretEdit->text();
    d.fromNumber = m_ui->fromEdit->text();
    d.messagingServiceSid = m_ui->messagingServiceEdit->text();
    d.recipientTemplate = m_ui->recipientEdit->text();
    d.bodyTemplate = m_ui->bodyEdit->toPlainText();
    d.region = m_ui->regionEdit->text().toUpper();
    d.ratePerSecond = m_ui->rateSpin->value();
    d.marketing = m_ui->marketingCheck->isChecked();
    return d;
}

bool DestinationEditor::isDirty() const
{
    const Destination now = DestinationValidator::normalized(formDestination());
    const Destination was = DestinationValidator::normalized(m_original);
    return isNew() || !now.secret.isEmpty() || now.name != was.name || now.accountSid != was.accountSid ||
           now.authMode != was.authMode || now.apiKeySid != was.apiKeySid ||
           now.fromNumber != was.fromNumber || now.messagingServiceSid != was.messagingServiceSid ||
           now.recipientTemplate != was.recipientTemplate || now.bodyTemplate != was.bodyTemplate ||
           now.region != was.region || !qFuzzyCompare(now.ratePerSecond, was.ratePerSecond) ||
           now.marketing != was.marketing;
}

void DestinationEditor::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void DestinationEditor::revalidate()
{
    const Destination d = formDestination();
    m_errors = DestinationValidator::validate(d, isNew());
    m_checked = true;
    const auto messageFor = [this](QLatin1String field) {
        QStringList messages;
        for (const FieldError &e : std::as_const(m_errors)) {
            if (e.field == field)
                messages << e.message;
        }
        return messages.join(QLatin1Char('\n'));
    };
    // A field the user has not touched yet on a new form shows no error: an empty form is not a mistake.
    const auto touched = [this](const QString &text) { return !isNew() || !text.isEmpty(); };
    showError(m_ui->nameError, touched(d.name) ? messageFor(DestinationField::Name) : QString());
    showError(m_ui->accountSidError,
              touched(d.accountSid) ? messageFor(DestinationField::AccountSid) : QString());
    showError(m_ui->apiKeySidError,
              touched(d.apiKeySid) ? messageFor(DestinationField::ApiKeySid) : QString());
    showError(m_ui->secretError, touched(d.secret) ? messageFor(DestinationField::Secret) : QString());
    const bool senderTouched = touched(d.fromNumber + d.messagingServiceSid);
    showError(m_ui->fromError, senderTouched ? messageFor(DestinationField::FromNumber) : QString());
    showError(m_ui->messagingServiceError,
              senderTouched ? messageFor(DestinationField::MessagingServiceSid) : QString());
    showError(m_ui->recipientError, messageFor(DestinationField::RecipientTemplate));
    showError(m_ui->bodyError, messageFor(DestinationField::BodyTemplate));
    QStringList other = {messageFor(DestinationField::Region), messageFor(DestinationField::RatePerSecond)};
    other.removeAll(QString());
    showError(m_ui->regionError, other.join(QLatin1Char('\n')));

    const bool dirty = isDirty();
    m_ui->saveButton->setEnabled(m_errors.isEmpty() && dirty && !m_saving);
    m_ui->saveButton->setToolTip(m_errors.isEmpty() ? QString()
                                                    : tr("Fix the fields marked in red first (%n left).",
                                                         nullptr, int(m_errors.size())));
    m_ui->revertButton->setEnabled(dirty && !isNew());
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void DestinationEditor::save()
{
    if (!isValid() || m_saving)
        return;
    m_saving = true;
    m_ui->saveButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Saving…"));
    const Destination d = formDestination();
    auto done = [this](const DestinationStore::Result &result) {
        m_saving = false;
        if (!result.ok) {
            QString message = result.message;
            for (const FieldError &e : result.errors)
                message += QLatin1Char('\n') + e.message;
            m_ui->statusLabel->setText(message.trimmed());
            revalidate();
            Q_EMIT saveFailed(message.trimmed());
            return;
        }
        load(result.destination);
        m_ui->statusLabel->setText(tr("Saved. The secret is in %1.").arg(m_keychainBackend));
        Q_EMIT saved(result.destination);
    };
    if (isNew())
        m_store.create(d, done);
    else
        m_store.update(d, done);
}

void DestinationEditor::confirmRemove()
{
    if (isNew())
        return;
    QMessageBox box(
        QMessageBox::Question, tr("Delete destination"),
        tr("Delete \"%1\" and remove its secret from the keychain? Messages already sent stay in the "
           "log.")
            .arg(m_original.name),
        QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const QString id = m_original.id;
    m_store.remove(id, [this, id](const DestinationStore::Result &result) {
        if (!result.ok) {
            m_ui->statusLabel->setText(result.message);
            return;
        }
        Q_EMIT removed(id);
        editNew();
    });
}

void DestinationEditor::selectInBody(int start, int end)
{
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_ui->bodyEdit->setTextCursor(cursor);
    m_ui->bodyEdit->setFocus();
}

void DestinationEditor::selectInRecipient(int start, int end)
{
    m_ui->recipientEdit->setSelection(start, end - start);
    m_ui->recipientEdit->setFocus();
}

} // namespace LeadRails
