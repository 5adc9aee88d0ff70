#pragma once

#include "JobState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace LeadRails {

// One send: a lead rendered for a destination, and everything that happened to it.
struct Job
{
    qint64 id = 0;
    QString destinationId;   // empty once the destination was removed (its finished jobs stay)
    QString destinationName; // read: the destination's current name, or its last one when it was removed
    QJsonObject lead;        // the lead as received: nothing a user sent is ever lost
    QString to;              // rendered recipient, E.164
    QString body;            // rendered body, exactly as sent
    int segments = 0;
    QString encoding; // "GSM-7" / "UCS-2"
    JobState state = JobState::Queued;
    int attempts = 0;        // HTTP tries made to create the message
    QDateTime nextAttemptAt; // retry-wait: when; queued: when it may go (now)
    QString twilioSid;
    QString twilioStatus;
    int errorCode = 0;
    QString errorMessage;
    QString category;    // categoryId() of the last outcome
    bool test = false;   // Send Test
    qint64 replayOf = 0; // the job this one replays
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt; // when the create request last left (for reconciling)
    QDateTime finalAt;
    QDateTime nextPollAt; // accepted: when to ask Twilio again
    int polls = 0;
};

// One HTTP try to create the message.
struct JobAttempt
{
    qint64 id = 0;
    qint64 jobId = 0;
    QDateTime at;
    qint64 durationMs = 0;
    int httpStatus = 0; // 0: no HTTP answer
    int twilioCode = 0;
    QString outcome; // categoryId()
    QString message; // redacted
};

struct Alert
{
    enum class Severity { Info, Warning, Error };
    qint64 id = 0;
    Severity severity = Severity::Warning;
    QString destinationId;
    qint64 jobId = 0; // the latest job it concerns, 0 when none
    QString code;     // "authentication_failed", "destination_config_failed", "delivery_failed"…
    QString message;  // translated, says what to do
    QDateTime firstSeen;
    QDateTime lastSeen;
    int count = 1; // repeats fold into one alert
    bool acknowledged = false;
};

struct Suppression
{
    QString number; // E.164
    QString reason;
    QString source; // "twilio_21610" or "manual"
    QDateTime at;
};

// What the jobs list shows; every field optional.
struct JobFilter
{
    QList<JobState> states;
    QString destinationId;
    QDateTime from;
    QDateTime to;
    QString text; // matches recipient, body or SID
    bool onlyTest = false;
};

} // namespace LeadRails
