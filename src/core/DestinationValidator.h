#pragma once

#include "Destination.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace LeadRails {

// One message for one field of the destination form. field is a DestinationField id ("account_sid").
struct FieldError
{
    QString field;
    QString message; // translated; says what is wrong and what to do
};

// Checks a destination before anything is saved, with a message per field that a marketer can act on.
// Cheap enough to run on every keystroke.
class DestinationValidator
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::DestinationValidator)

public:
    static constexpr double minRatePerSecond = 0.1;
    static constexpr double maxRatePerSecond = 100.0;
    static constexpr int maxNameLength = 100;

    // What gets saved: pasted whitespace (and invisible characters) removed from the SIDs and the secret,
    // the name, From, region and recipient template trimmed, the region in capitals, the API Key SID dropped
    // in Auth Token mode. SIDs keep their case: Twilio's are case-sensitive. The body is left as written.
    static Destination normalized(Destination destination);

    // Errors that block saving, in form order, at most one per field. Works on normalized(destination).
    // requireSecret: creating, or replacing the secret (an edit keeps the stored one). Name uniqueness is
    // checked by DestinationStore, which knows the other names.
    static QList<FieldError> validate(const Destination &destination, bool requireSecret);

    // Advice that does not block saving: a body without opt-out wording.
    static QList<FieldError> warnings(const Destination &destination);

    // The message for one SID typed into a field expecting `prefix` ("AC", "SK" or "MG"); empty when it is
    // well-formed or empty. For live checks in forms.
    static QString checkSid(const QString &sid, QLatin1String prefix);
};

} // namespace LeadRails
