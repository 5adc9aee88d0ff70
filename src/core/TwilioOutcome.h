#pragma once

#include <QString>

namespace LeadRails {

// What a Twilio response (or its absence) means for the job that made it. Decided in one place
// (TwilioClient's classification) and used by the dispatcher, the GUI, the CLI and the log.
enum class OutcomeCategory {
    Success,
    AuthenticationFailed,  // wrong SID/secret, revoked key, suspended account: stop the destination
    ConfigurationError,    // bad From, unknown Messaging Service, geo permission, trial limits: fix settings
    PermanentRecipient,    // this recipient can never receive it as sent (21211, 21614...): no retry
    RecipientUnsubscribed, // 21610: the recipient sent STOP; suppress, never retry
    CarrierFiltered, // 30007/30034: carriers filtered it (LeadRails calls this destination_config_failed)
    RateLimited,     // 429/20429/21611: back off (Retry-After when given) and retry
    Transient,       // connection refused, 5xx, TLS failure: nothing reached Twilio; retry
    OutcomeUnknown,  // the request may have reached Twilio: reconcile before any resend
};

// Stable identifiers for JSON, the database and logs.
QString categoryId(OutcomeCategory category);
// Translated short label: "Authentication failed", "Rate limited"...
QString categoryLabel(OutcomeCategory category);

} // namespace LeadRails
