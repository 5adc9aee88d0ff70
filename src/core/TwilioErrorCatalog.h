#pragma once

#include "TwilioOutcome.h"

#include <QList>
#include <QString>

namespace LeadRails {

// What one Twilio error code means for a marketer, and what LeadRails does about it.
struct TwilioError
{
    int code = 0;
    OutcomeCategory category = OutcomeCategory::ConfigurationError;
    // Would sending the same request again later possibly succeed? True only for RateLimited and Transient.
    bool retryCanHelp = false;
    bool known = false;  // false: not in the catalog, so the texts are generic and quote Twilio's message
    QString title;       // translated, short: "Invalid recipient number"
    QString explanation; // translated, one or two plain sentences: what happened
    QString fix;         // translated, what to do: where in Twilio Console, which field in LeadRails
    QString moreInfoUrl; // Twilio's page for the code

    // One line for status labels: "Twilio error 21610 — Recipient unsubscribed: … Fix: …".
    QString summary() const;
};

// Every Twilio error code LeadRails explains in its own words: REST errors (2xxxx) answered when a request
// is refused, and delivery errors (3xxxx) found on a message after polling it. Classify by the code, never
// by the HTTP status.
class TwilioErrorCatalog
{
public:
    // twilioMessage and moreInfo are the "message" and "more_info" of Twilio's error body; only an unknown
    // code uses them (its explanation quotes the message; a more_info link is kept when it points to
    // twilio.com over https).
    static TwilioError lookup(int code, const QString &twilioMessage = {}, const QString &moreInfo = {});
    static QList<int> knownCodes(); // ascending
};

} // namespace LeadRails
