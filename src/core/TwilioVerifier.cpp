#include "TwilioVerifier.h"

#include "TwilioErrorCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LeadRails {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadRails::TwilioVerifier)
};

// The explanation of a failed request: the catalog's words for Twilio's code, or what the network said.
void explainFailure(VerifyCheck &check, const TwilioResult &result, int fallbackCode = 0)
{
    check.status = VerifyCheck::Status::Failed;
    const int code = result.errorCode ? result.errorCode : fallbackCode;
    check.errorCode = result.errorCode;
    if (code) {
        const TwilioError error = TwilioErrorCatalog::lookup(code, result.errorMessage, result.moreInfo);
        check.detail = error.title + QStringLiteral(": ") + error.explanation;
        check.fix = error.fix;
        check.moreInfoUrl = error.moreInfoUrl;
        return;
    }
    check.detail = result.errorMessage;
    check.fix = result.category == OutcomeCategory::Transient
                    ? Text::tr("Check the internet connection and try Verify again in a moment.")
                    : Text::tr("Check the destination's settings and try again.");
}
} // namespace

QString VerifyCheck::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Account:
        return QStringLiteral("account");
    case Kind::FromNumber:
        return QStringLiteral("from_number");
    case Kind::MessagingService:
        return QStringLiteral("messaging_service");
    }
    return {};
}

QString VerifyCheck::statusId(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject VerifyCheck::toJson() const
{
    return QJsonObject{
        {QStringLiteral("check"), kindId(kind)},
        {QStringLiteral("status"), statusId(status)},
        {QStringLiteral("title"), title},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("fix"), fix.isEmpty() ? QJsonValue() : QJsonValue(fix)},
        {QStringLiteral("errorCode"), errorCode ? QJsonValue(errorCode) : QJsonValue()},
        {QStringLiteral("moreInfo"), moreInfoUrl.isEmpty() ? QJsonValue() : QJsonValue(moreInfoUrl)}};
}

TwilioVerifier::TwilioVerifier(TwilioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void TwilioVerifier::start(const VerifyTarget &target)
{
    if (m_running)
        return;
    m_running = true;
    m_target = target;
    m_checks.clear();
    Q_EMIT checkStarted(VerifyCheck::Kind::Account);
    m_client->fetchAccount(m_target.credentials, this, [this](const TwilioResult &r) { accountChecked(r); });
}

VerifyCheck TwilioVerifier::senderCheck() const
{
    VerifyCheck check;
    if (!m_target.messagingServiceSid.isEmpty()) {
        check.kind = VerifyCheck::Kind::MessagingService;
        check.title = Text::tr("Messaging Service %1").arg(m_target.messagingServiceSid);
    } else {
        check.kind = VerifyCheck::Kind::FromNumber;
        check.title = Text::tr("From number %1").arg(m_target.fromNumber);
    }
    return check;
}

void TwilioVerifier::accountChecked(const TwilioResult &result)
{
    VerifyCheck account;
    account.kind = VerifyCheck::Kind::Account;
    account.title = Text::tr("Account %1").arg(m_target.credentials.accountSid);

    if (result.ok()) {
        const QString status = result.body.value(QStringLiteral("status")).toString();
        const QString type = result.body.value(QStringLiteral("type")).toString();
        const QString name = result.body.value(QStringLiteral("friendly_name")).toString();
        if (status != QLatin1String("active")) {
            account.status = VerifyCheck::Status::Failed;
            account.detail =
                Text::tr("The account \"%1\" is %2, so it cannot send messages.").arg(name, status);
            account.fix =
                Text::tr("Reactivate the account in the Twilio Console (Account > General settings, or "
                         "Billing if it was suspended for payment), or use another account.");
        } else if (type == QLatin1String("Trial")) {
            account.status = VerifyCheck::Status::Warning;
            account.detail =
                Text::tr("\"%1\" is an active trial account. Trial accounts send only to phone numbers "
                         "verified in the Console and add a trial notice to each message.")
                    .arg(name);
            account.fix = Text::tr("Upgrade the account in the Twilio Console before sending to real leads.");
        } else {
            account.status = VerifyCheck::Status::Passed;
            account.detail = Text::tr("\"%1\" is active (%2 account); the credentials work.").arg(name, type);
        }
    } else if (result.errorCode == 20008 || (result.httpStatus == 403 && result.errorCode == 0)) {
        // Twilio's test credentials: they can only create messages (to magic numbers), never read anything.
        account.status = VerifyCheck::Status::Warning;
        account.errorCode = result.errorCode;
        account.detail =
            Text::tr("These are Twilio test credentials. They work, but only for sending to test "
                     "numbers: nothing is delivered and nothing else can be checked with them.");
        account.fix =
            Text::tr("To verify the real sender, use the live Account SID and Auth Token. To try Send "
                     "Test with these test credentials, set the From number to %1.")
                .arg(testCredentialsFromNumber());
        report(account);
        VerifyCheck sender = senderCheck();
        sender.status = VerifyCheck::Status::Skipped;
        sender.detail = Text::tr("Not checked: test credentials cannot read phone numbers or services.");
        report(sender);
        finish();
        return;
    } else {
        explainFailure(account, result);
    }
    report(account);

    if (account.status == VerifyCheck::Status::Failed) {
        VerifyCheck sender = senderCheck();
        sender.status = VerifyCheck::Status::Skipped;
        sender.detail = Text::tr("Not checked: the account check failed.");
        report(sender);
        finish();
        return;
    }

    const VerifyCheck sender = senderCheck();
    Q_EMIT checkStarted(sender.kind);
    if (sender.kind == VerifyCheck::Kind::MessagingService)
        m_client->fetchMessagingService(m_target.credentials, m_target.messagingServiceSid, this,
                                        [this](const TwilioResult &r) { senderChecked(r); });
    else
        m_client->findIncomingPhoneNumber(m_target.credentials, m_target.fromNumber, this,
                                          [this](const TwilioResult &r) { senderChecked(r); });
}

void TwilioVerifier::senderChecked(const TwilioResult &result)
{
    VerifyCheck check = senderCheck();
    if (check.kind == VerifyCheck::Kind::MessagingService) {
        if (result.ok()) {
            check.status = VerifyCheck::Status::Passed;
            check.detail = Text::tr("\"%1\" exists in this account. Messages go out from its sender pool.")
                               .arg(result.body.value(QStringLiteral("friendly_name")).toString());
            if (!m_target.fromNumber.isEmpty())
                check.detail += QLatin1Char(' ') +
                                Text::tr("The From number %1 is not used while a Messaging Service is set.")
                                    .arg(m_target.fromNumber);
        } else {
            explainFailure(check, result, result.httpStatus == 404 ? 21705 : 0);
        }
        report(check);
        finish();
        return;
    }

    if (!result.ok()) {
        explainFailure(check, result);
    } else {
        const QJsonArray numbers = result.body.value(QStringLiteral("incoming_phone_numbers")).toArray();
        if (numbers.isEmpty()) {
            const TwilioError error = TwilioErrorCatalog::lookup(21606);
            check.status = VerifyCheck::Status::Failed;
            check.errorCode = 21606;
            check.detail =
                Text::tr("%1 is not a phone number of this Twilio account.").arg(m_target.fromNumber);
            check.fix = error.fix;
            check.moreInfoUrl = error.moreInfoUrl;
        } else {
            const QJsonObject number = numbers.first().toObject();
            const bool sms =
                number.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("sms")).toBool();
            if (sms) {
                check.status = VerifyCheck::Status::Passed;
                check.detail =
                    Text::tr("%1 belongs to this account and can send SMS.").arg(m_target.fromNumber);
            } else {
                const TwilioError error = TwilioErrorCatalog::lookup(21606);
                check.status = VerifyCheck::Status::Failed;
                check.errorCode = 21606;
                check.detail =
                    Text::tr("%1 belongs to this account but cannot send SMS.").arg(m_target.fromNumber);
                check.fix = error.fix;
                check.moreInfoUrl = error.moreInfoUrl;
            }
        }
    }
    report(check);
    finish();
}

void TwilioVerifier::report(const VerifyCheck &check)
{
    m_checks.append(check);
    Q_EMIT checkFinished(check);
}

void TwilioVerifier::finish()
{
    m_running = false;
    // Warnings (trial account, test credentials) and checks those make impossible do not fail Verify.
    const bool allPassed = std::none_of(m_checks.cbegin(), m_checks.cend(), [](const VerifyCheck &c) {
        return c.status == VerifyCheck::Status::Failed;
    });
    Q_EMIT finished(m_checks, allPassed);
}

} // namespace LeadRails
