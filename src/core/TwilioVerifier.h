#pragma once

#include "TwilioClient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace LeadRails {

struct VerifyCheck
{
    enum class Kind { Account, FromNumber, MessagingService };
    enum class Status { Passed, Warning, Failed, Skipped };

    Kind kind = Kind::Account;
    Status status = Status::Skipped;
    QString title;       // what was checked: "Account", "From number +14155550123"…
    QString detail;      // what was found, or what went wrong, in plain words
    QString fix;         // what to do; empty when passed
    int errorCode = 0;   // Twilio's code when it gave one
    QString moreInfoUrl; // Twilio's page for the code

    bool passed() const { return status == Status::Passed || status == Status::Warning; }
    static QString kindId(Kind kind);       // "account", "from_number", "messaging_service"
    static QString statusId(Status status); // "passed", "warning", "failed", "skipped"
    QJsonObject toJson() const;
};

struct VerifyTarget
{
    TwilioCredentials credentials;
    QString fromNumber;          // E.164; checked when no Messaging Service is set
    QString messagingServiceSid; // overrides From when set
};

// Verify: are these credentials good, and can this sender send? Checks the account first, then the
// Messaging Service or else the From number. Twilio's test credentials answer 403 to everything but sending;
// that is recognised and explained, not reported as bad credentials.
class TwilioVerifier : public QObject
{
    Q_OBJECT

public:
    explicit TwilioVerifier(TwilioClient *client, QObject *parent = nullptr);

    void start(const VerifyTarget &target);
    bool isRunning() const { return m_running; }

    // The From number that works with Twilio's test credentials.
    static QString testCredentialsFromNumber() { return QStringLiteral("+15005550006"); }

Q_SIGNALS:
    void checkStarted(LeadRails::VerifyCheck::Kind kind);
    void checkFinished(const LeadRails::VerifyCheck &check);
    // allPassed: no check failed (warnings and skipped checks do not count against it).
    void finished(const QList<LeadRails::VerifyCheck> &checks, bool allPassed);

private:
    void accountChecked(const TwilioResult &result);
    void senderChecked(const TwilioResult &result);
    VerifyCheck senderCheck() const;
    void report(const VerifyCheck &check);
    void finish();

    TwilioClient *m_client;
    VerifyTarget m_target;
    QList<VerifyCheck> m_checks;
    bool m_running = false;
};

} // namespace LeadRails

Q_DECLARE_METATYPE(LeadRails::VerifyCheck)
