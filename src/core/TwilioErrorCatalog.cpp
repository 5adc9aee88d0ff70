#include "TwilioErrorCatalog.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>
#include <iterator>

namespace LeadRails {

namespace {

// The entries' texts are marked with QT_TRANSLATE_NOOP in this same context.
QString translated(const char *text)
{
    return QCoreApplication::translate("LeadRails::TwilioErrorCatalog", text);
}

enum class Retry : bool { No = false, Yes = true };

struct Entry
{
    int code;
    OutcomeCategory category;
    Retry retry;
    const char *title;
    const char *explanation;
    const char *fix;
};

// The whole catalog, one entry per code, sorted by code. Written for marketers, in LeadRails's own words:
// say what happened, then where to click. Field names are the destination's fields in LeadRails.
// A retry is only worth it when the same request could succeed later unchanged (RateLimited, Transient);
// everything else waits for a person to change something.
constexpr Entry kEntries[] = {
    {20003, OutcomeCategory::AuthenticationFailed, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Twilio rejected the credentials"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Twilio did not accept the Account SID and Auth Token (or API key) saved for this "
                       "destination. They may be mistyped, the API key may have been deleted, or the account "
                       "may be suspended or closed."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "In Twilio Console, open Account > API keys & tokens and copy the Account SID and a "
                       "current Auth Token or API key secret. Paste them into the destination's Account SID "
                       "and Auth token fields, then click Verify connection. The destination stays paused "
                       "until the credentials work.")},
    {20004, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Request not allowed by Twilio"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Twilio does not accept this kind of request at this address. This points to a "
                       "problem in LeadRails itself rather than in your settings."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Update LeadRails to its latest version. If the error comes back, report it to the "
                       "LeadRails developers together with the job's log.")},
    {20008, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Test credentials cannot do this"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The destination uses Twilio test credentials. They only work for sending test "
                       "messages and buying numbers, not for checking the account or looking things up."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "To verify the connection or send real messages, enter your live Account SID and Auth "
         "Token (Twilio Console > Account > API keys & tokens). To keep testing free of charge, "
         "keep the test credentials and set the From number to Twilio's test number "
         "+15005550006.")},
    {20404, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Not found at Twilio"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Twilio has nothing at the address LeadRails asked for. Usually the Account SID "
                       "belongs to another account, or a message or Messaging Service was deleted."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Compare the destination's Account SID with the one at the top of your Twilio Console "
                       "dashboard and correct it. If the destination uses a Messaging Service, check that it "
                       "still exists under Messaging > Services.")},
    {20429, OutcomeCategory::RateLimited, Retry::Yes,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Too many requests at once"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Your Twilio account received more simultaneous requests than it allows, so Twilio "
                       "turned this one away without processing it. Nothing was sent."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Nothing to do: LeadRails waits and sends it again by itself. If it happens often, "
                       "check whether other apps or scripts use the same Twilio account at the same time.")},
    {20500, OutcomeCategory::Transient, Retry::Yes,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Twilio server error"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Twilio had an internal problem and could not handle the request."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "LeadRails tries again later by itself. If it lasts, look for an ongoing incident on "
                       "status.twilio.com.")},
    {20503, OutcomeCategory::Transient, Retry::Yes,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Twilio temporarily unavailable"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Twilio's service was briefly unavailable or overloaded and did not handle the "
                       "request."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "LeadRails tries again later by itself. If it lasts, look for an ongoing incident on "
                       "status.twilio.com.")},
    {21211, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Invalid recipient number"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The lead's phone number is not a valid number in international format, so Twilio "
                       "cannot send to it."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "Correct the lead's number, or make the source deliver numbers in E.164 form: a plus "
         "sign, the country code and the number, without spaces (e.g. +15555550100). Check that "
         "the destination's Recipient template uses the phone field ({{phone}}).")},
    {21212, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Invalid sender number"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The From number set on this destination is not a valid phone number, or not in "
                       "international format."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "Copy one of your numbers from Twilio Console > Phone Numbers > Manage > Active numbers "
         "and paste it into the destination's From number field in E.164 form (e.g. "
         "+15555550100), or fill in the Messaging Service SID instead.")},
    {21408, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Country not enabled for SMS"),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "Your Twilio account may not send SMS to this recipient's country. Twilio blocks every "
         "country you have not enabled."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "In Twilio Console, open Messaging > Settings > Geo permissions, tick the recipient's "
                       "country and save, then resend the failed jobs. Leads from that country keep failing "
                       "until you do.")},
    {21602, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Empty message"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The message text was empty, so Twilio had nothing to send. Usually the template only "
                       "uses fields this lead does not have."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Add text that does not depend on lead fields to the destination's Message body "
                       "template, or make sure leads carry the fields it uses. The preview shows what each "
                       "lead would receive.")},
    {21603, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "No sender set"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The request named neither a sender number nor a Messaging Service, and Twilio needs "
                       "one of the two."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Fill in the destination's From number (one of your Twilio numbers, e.g. "
                       "+15555550100) or its Messaging Service SID (MG followed by 32 characters), then "
                       "save.")},
    {21604, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "No recipient number"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The recipient number was empty, so Twilio did not know where to send the message. "
                       "This lead probably has no phone number."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Make sure the destination's Recipient template (e.g. {{phone}}) names the field that "
                       "holds the phone number in your leads, and that the source fills it in.")},
    {21606, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Sender cannot send SMS"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The From number is not a number of this Twilio account that can send text messages, "
                       "at least not to this recipient."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "In Twilio Console > Phone Numbers > Manage > Active numbers, pick a number of this "
                       "account whose capabilities include SMS and put it in the destination's From number "
                       "field. Numbers of another account or sub-account do not work.")},
    {21608, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Trial account: recipient not verified"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "A trial Twilio account may only text numbers you verified yourself, and this "
                       "recipient is not one of them."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Upgrade the Twilio account (Twilio Console > Billing) to text any lead. While "
                       "testing, add the number under Phone Numbers > Manage > Verified Caller IDs.")},
    {21610, OutcomeCategory::RecipientUnsubscribed, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Recipient unsubscribed"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "This person replied STOP to your number earlier, so Twilio refuses to text them from "
                       "it."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Nothing to fix: LeadRails adds the number to its suppression list and never texts it "
                       "again. Only the recipient can opt back in, by replying START.")},
    {21611, OutcomeCategory::RateLimited, Retry::Yes,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Sender queue is full"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Your sender already has about ten hours of messages waiting at Twilio, so Twilio "
                       "refuses more for now."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "LeadRails waits and tries again. To send more per hour, put several numbers in a "
                       "Messaging Service and use its SID on the destination, or get a faster sender from "
                       "Twilio (toll-free, short code, or a higher 10DLC trust score).")},
    {21612, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Recipient unreachable from this sender"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Twilio cannot deliver from this From number to this recipient, for example because "
                       "the recipient is in another country or on a carrier the number cannot reach."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Leave this lead as failed, or send from a number local to the recipient's country: "
                       "add one to a Messaging Service and set its SID on the destination.")},
    {21614, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Recipient is not a mobile number"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The lead's number exists but cannot receive text messages, usually because it is a "
                       "landline."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "Ask the lead for a mobile number or reach them another way. Labelling the phone field "
         "of your form \"Mobile number\" avoids this.")},
    {21617, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Message too long"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The message came out longer than Twilio's limit of 1,600 characters."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Shorten the destination's Message body template, or avoid inserting long lead fields "
                       "into it. The preview counts characters and segments for each lead.")},
    {21705, OutcomeCategory::ConfigurationError, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Invalid Messaging Service"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The Messaging Service SID on this destination does not match any Messaging Service "
                       "of this Twilio account."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "In Twilio Console > Messaging > Services, open the service, copy its SID (it starts "
                       "with MG) and paste it into the destination's Messaging Service SID field. Or clear "
                       "the field to send from the From number.")},
    {30001, OutcomeCategory::RateLimited, Retry::Yes,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Messaging Service queue overflow"),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "Too many messages were waiting on your Messaging Service, and Twilio dropped this one "
         "before sending it."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "LeadRails sends it again later. Add numbers to the Messaging Service's sender pool "
                       "(Twilio Console > Messaging > Services), or spread your sending over a longer "
                       "time.")},
    {30002, OutcomeCategory::AuthenticationFailed, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Twilio account suspended"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Twilio suspended the account, so it sends no messages at all. Common reasons are an "
                       "unpaid balance or a compliance review."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "Sign in to Twilio Console, read the notice about the suspension and settle it "
         "(Billing, or Twilio Support). LeadRails pauses the destination; resume it once Twilio "
         "reactivates the account.")},
    {30003, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Phone unreachable"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The carrier could not reach the recipient's phone: it may be switched off, out of "
                       "coverage or no longer in service."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "LeadRails does not resend it by itself. If the lead matters, resend by hand in a day "
                       "or two, or contact them another way.")},
    {30004, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Message blocked"),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "The message was blocked on its way to the recipient, for example because they blocked "
         "your number or their carrier refuses messages from it."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "Do not resend to this lead. If many leads get this error, review your content and how "
         "you collect consent, and check under Twilio Console > Messaging > Regulatory "
         "Compliance that your number is registered.")},
    {30005, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Unknown phone number"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The carrier says this number does not exist or is no longer assigned to anyone."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Check the lead's number for typos and ask for a working mobile number; otherwise "
                       "remove the lead from your list.")},
    {30006, OutcomeCategory::PermanentRecipient, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Landline or unreachable carrier"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The number is a landline, or belongs to a carrier that does not accept text messages "
                       "from Twilio."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Reach this lead by phone call or email instead, and have your forms ask for a mobile "
                       "number.")},
    {30007, OutcomeCategory::CarrierFiltered, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Filtered by carriers"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The mobile carrier filtered the message as likely spam. Common causes are a sender "
                       "not registered for A2P 10DLC, content that looks like spam, or no opt-out wording."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "In Twilio Console > Messaging > Regulatory Compliance, register your A2P 10DLC brand "
         "and campaign and attach this number. Add opt-out wording (\"Reply STOP to opt out.\") "
         "to the Message body template, use links on your own domain instead of URL shorteners, "
         "and warm up a new number by sending little for its first days.")},
    {30008, OutcomeCategory::Transient, Retry::Yes,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Unknown delivery error"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The carrier reported a delivery failure without saying why."),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "Sending again later may work, and LeadRails tries again. If one lead keeps failing, "
                       "check the number; if many do, check status.twilio.com and your message content.")},
    {30032, OutcomeCategory::CarrierFiltered, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Toll-free number not verified"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The message left from a toll-free number that has not passed Twilio's toll-free "
                       "verification, and US and Canadian carriers block such messages."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "In Twilio Console > Messaging > Regulatory Compliance, submit or correct the toll-free "
         "verification of this number and wait for approval, or send from a number registered "
         "to an A2P 10DLC brand and campaign instead. Keep opt-out wording in the message, avoid "
         "URL shorteners, and warm up a new number with a low volume.")},
    {30034, OutcomeCategory::CarrierFiltered, Retry::No,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Sender not registered for A2P 10DLC"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "US carriers blocked the message because the From number is not part of an approved "
                       "A2P 10DLC campaign."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "In Twilio Console > Messaging > Regulatory Compliance, register your brand and an A2P "
         "10DLC campaign, then add this number (or its Messaging Service) to the campaign; "
         "approval takes a few days. Meanwhile keep opt-out wording in the template, avoid URL "
         "shorteners, and start a new number at a low volume to warm it up.")},
    {30036, OutcomeCategory::Transient, Retry::Yes,
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog", "Message expired before sending"),
     QT_TRANSLATE_NOOP("LeadRails::TwilioErrorCatalog",
                       "The message waited in Twilio's queue longer than its validity period, so Twilio "
                       "dropped it unsent."),
     QT_TRANSLATE_NOOP(
         "LeadRails::TwilioErrorCatalog",
         "LeadRails can send it again later. If it happens often, send fewer messages at once or "
         "add numbers to your Messaging Service so the queue empties faster.")},
};

static_assert(std::is_sorted(std::begin(kEntries), std::end(kEntries),
                             [](const Entry &a, const Entry &b) { return a.code <= b.code; }),
              "keep kEntries sorted by code, each code once");

const Entry *find(int code)
{
    const auto it = std::lower_bound(std::begin(kEntries), std::end(kEntries), code,
                                     [](const Entry &entry, int wanted) { return entry.code < wanted; });
    return it != std::end(kEntries) && it->code == code ? it : nullptr;
}

QString docsUrl(int code)
{
    return QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code);
}

// more_info comes from the network and ends up as a clickable link: only Twilio's own https pages qualify.
bool isTwilioPage(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    const QString host = url.host().toLower();
    return url.isValid() && url.scheme() == QLatin1String("https") && url.userInfo().isEmpty() &&
           (host == QLatin1String("twilio.com") || host.endsWith(QLatin1String(".twilio.com")));
}

// Twilio's message is shown as is, but on one line and short enough for a table cell or an alert.
QString quotable(const QString &message)
{
    constexpr qsizetype kMaxLength = 300;
    QString text = message.simplified();
    if (text.size() > kMaxLength) {
        qsizetype cut = kMaxLength - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + QChar(0x2026); // …
    }
    return text;
}

} // namespace

TwilioError TwilioErrorCatalog::lookup(int code, const QString &twilioMessage, const QString &moreInfo)
{
    TwilioError error;
    error.code = code;
    if (const Entry *entry = find(code)) {
        error.known = true;
        error.category = entry->category;
        error.retryCanHelp = entry->retry == Retry::Yes;
        error.title = translated(entry->title);
        error.explanation = translated(entry->explanation);
        error.fix = translated(entry->fix);
        error.moreInfoUrl = docsUrl(code);
        return error;
    }

    // An unknown delivery error (3xxxx) concerns that message and its recipient; an unknown REST error is a
    // request Twilio refused, which retrying unchanged will not fix.
    error.category = code >= 30000 && code < 40000 ? OutcomeCategory::PermanentRecipient
                                                   : OutcomeCategory::ConfigurationError;
    error.title = QCoreApplication::translate("LeadRails::TwilioErrorCatalog", "Twilio error %1").arg(code);
    if (const QString message = quotable(twilioMessage); message.isEmpty()) {
        error.explanation = QCoreApplication::translate("LeadRails::TwilioErrorCatalog",
                                                        "Twilio reported error %1 without a description.")
                                .arg(code);
    } else {
        // Both at once, so a "%1" inside Twilio's message stays as it is.
        error.explanation =
            QCoreApplication::translate("LeadRails::TwilioErrorCatalog", "Twilio reported error %1: \"%2\"")
                .arg(QString::number(code), message);
    }
    error.fix =
        QCoreApplication::translate("LeadRails::TwilioErrorCatalog", "See Twilio's page for this code.");
    error.moreInfoUrl = isTwilioPage(moreInfo) ? moreInfo : docsUrl(code);
    return error;
}

QList<int> TwilioErrorCatalog::knownCodes()
{
    QList<int> codes;
    codes.reserve(std::size(kEntries));
    for (const Entry &entry : kEntries)
        codes.append(entry.code);
    return codes;
}

QString TwilioError::summary() const
{
    return QCoreApplication::translate("LeadRails::TwilioErrorCatalog", "Twilio error %1 — %2: %3 Fix: %4")
        .arg(code)
        .arg(title, explanation, fix);
}

} // namespace LeadRails
