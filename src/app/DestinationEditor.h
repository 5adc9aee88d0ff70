#pragma once

#include "Destination.h"
#include "DestinationValidator.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DestinationEditor;
}
class QLabel;

namespace LeadRails {

class DestinationStore;

// The form for one destination. Validates as the user types (DestinationValidator), shows each problem
// next to its field, and enables Save only when the form is valid and changed. The secret is masked, never
// shown back once stored, and saved only to the keychain (through DestinationStore).
class DestinationEditor : public QWidget
{
    Q_OBJECT

public:
    // Deferred: the form is filled in but not checked until checkNow() (checking needs the phone number
    // library, which the app loads after its first paint); until then it does not count as valid. Any edit
    // checks it too.
    enum class FirstCheck { Now, Deferred };
    DestinationEditor(DestinationStore &store, QString keychainBackend,
                      FirstCheck firstCheck = FirstCheck::Now, QWidget *parent = nullptr);
    ~DestinationEditor() override;

    // Starts a new destination (empty form, sensible defaults).
    void editNew();
    // Loads a stored destination (its secret stays in the keychain).
    void edit(const Destination &destination);
    // The same, not checked yet: for a FirstCheck::Deferred form before checkNow().
    void editUnchecked(const Destination &destination);

    bool isNew() const { return m_original.id.isEmpty(); }
    bool isDirty() const;
    bool isValid() const { return m_checked && m_errors.isEmpty(); }
    bool isChecked() const { return m_checked; }
    // Checks the form now (see FirstCheck).
    void checkNow() { revalidate(); }
    // The destination as the form currently describes it (secret included when one was typed).
    Destination formDestination() const;
    const Destination &savedDestination() const { return m_original; }
    QString typedSecret() const;

    // Saves; the result arrives through saved() or saveFailed().
    void save();

    // Selects text in the body or recipient template (a preview warning was clicked).
    void selectInBody(int start, int end);
    void selectInRecipient(int start, int end);

Q_SIGNALS:
    void formChanged();
    void dirtyChanged(bool dirty);
    void saved(const LeadRails::Destination &destination);
    void saveFailed(const QString &message);
    void removed(const QString &destinationId);
    void verifyRequested();
    void sendTestRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<QLabel *> errorLabels() const;
    void applyErrorColour();

    // The form, checked: fill() then revalidate().
    void load(const Destination &destination);
    // The fields only.
    void fill(const Destination &destination);
    static Destination freshDestination();
    void revalidate();
    void showError(QLabel *label, const QString &message);
    void updateAuthMode();
    void confirmRemove();

    std::unique_ptr<Ui::DestinationEditor> m_ui;
    DestinationStore &m_store;
    QString m_keychainBackend;
    Destination m_original;
    QList<FieldError> m_errors;
    bool m_checked = false; // m_errors describes the form (see FirstCheck)
    bool m_loading = false;
    bool m_wasDirty = false;
    bool m_saving = false;
};

} // namespace LeadRails
