#include "TwilioOutcome.h"

#include <QCoreApplication>

namespace LeadRails {

// These ids are stored in the database and read by scripts: never rename one.
QString categoryId(OutcomeCategory category)
{
    switch (category) {
    case OutcomeCategory::Success:
        return QStringLiteral("success");
    case OutcomeCategory::AuthenticationFailed:
        return QStringLiteral("authentication_failed");
    case OutcomeCategory::ConfigurationError:
        return QStringLiteral("configuration_error");
    case OutcomeCategory::PermanentRecipient:
        return QStringLiteral("permanent_recipient");
    case OutcomeCategory::RecipientUnsubscribed:
        return QStringLiteral("recipient_unsubscribed");
    case OutcomeCategory::CarrierFiltered:
        // The name LeadRails users already know from the hosted product's documentation.
        return QStringLiteral("destination_config_failed");
    case OutcomeCategory::RateLimited:
        return QStringLiteral("rate_limited");
    case OutcomeCategory::Transient:
        return QStringLiteral("transient");
    case OutcomeCategory::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    }
    Q_UNREACHABLE();
    return {};
}

QString categoryLabel(OutcomeCategory category)
{
    switch (category) {
    case OutcomeCategory::Success:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Succeeded");
    case OutcomeCategory::AuthenticationFailed:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Authentication failed");
    case OutcomeCategory::ConfigurationError:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Configuration error");
    case OutcomeCategory::PermanentRecipient:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Recipient cannot receive it");
    case OutcomeCategory::RecipientUnsubscribed:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Recipient unsubscribed");
    case OutcomeCategory::CarrierFiltered:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Filtered by carriers");
    case OutcomeCategory::RateLimited:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Rate limited");
    case OutcomeCategory::Transient:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Temporary failure");
    case OutcomeCategory::OutcomeUnknown:
        return QCoreApplication::translate("LeadRails::TwilioOutcome", "Outcome unknown");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace LeadRails
