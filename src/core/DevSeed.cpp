#include "DevSeed.h"

#include "Database.h"
#include "JobState.h"
#include "SmsEncoding.h"
#include "TwilioErrorCatalog.h"
#include "TwilioOutcome.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <array>
#include <map>

namespace LeadRails {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kBatch = 100'000; // jobs per transaction: big enough to be fast, small enough for the WAL

// splitmix64: fast, good enough for sample data, and the same sequence for the same seed everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 m_state;
};

// Database::toText's format ("2024-05-01T12:00:00.123Z") without QDateTime: a million jobs need several
// million timestamps. Days to civil date after Howard Hinnant's algorithm.
QString isoText(qint64 ms)
{
    qint64 days = ms / kDayMs;
    qint64 rest = ms % kDayMs;
    if (rest < 0) {
        rest += kDayMs;
        --days;
    }
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    const int values[] = {year,
                          month,
                          day,
                          int(rest / 3'600'000),
                          int(rest / 60'000 % 60),
                          int(rest / 1000 % 60),
                          int(rest % 1000)};
    const int widths[] = {4, 2, 2, 2, 2, 2, 3};
    const char separators[] = {'-', '-', 'T', ':', ':', '.', 'Z'};
    char text[24];
    int at = 0;
    for (int field = 0; field < 7; ++field) {
        int value = values[field];
        for (int digit = widths[field] - 1; digit >= 0; --digit) {
            text[at + digit] = char('0' + value % 10);
            value /= 10;
        }
        at += widths[field];
        text[at++] = separators[field];
    }
    return QString::fromLatin1(text, 24);
}

QString randomHex(Random &random, int length)
{
    static const char digits[] = "0123456789abcdef";
    QString hex(length, Qt::Uninitialized);
    quint64 bits = 0;
    for (int i = 0; i < length; ++i) {
        if (i % 16 == 0)
            bits = random.next();
        hex[i] = QLatin1Char(digits[bits & 0xf]);
        bits >>= 4;
    }
    return hex;
}

QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

const std::array kFirstNames = {"Ada",   "Grace",   "Alan",   "Linus", "Margaret", "Dennis", "Barbara",
                                "Ken",   "Frances", "Edsger", "Radia", "Tim",      "José",   "Zoë",
                                "Chloé", "Björn",   "Anaïs",  "Søren", "Mónica",   "Jürgen"};
const std::array kLastNames = {"Lovelace", "Hopper",   "Turing", "Torvalds", "Hamilton", "Ritchie",
                               "Liskov",   "Thompson", "Allen",  "Dijkstra", "Perlman",  "Berners-Lee"};
const std::array kAreaCodes = {"415", "212", "312", "646", "303", "512", "617", "206", "305", "702"};
const std::array kSources = {"website", "facebook", "google-ads", "referral", "landing-page"};

// Body templates of the seed destinations; {{first_name}} is all they use.
const std::array kBodyTemplates = {
    "Hi {{first_name}}! Your free roof inspection with Acme Roofing is ready to book: reply YES and we will "
    "call you. Reply STOP to opt out, HELP for help.",
    "{{first_name}}, thanks for asking about solar panels. A Sunny Co advisor will text you within the hour. "
    "Reply STOP to opt out, HELP for help.",
    "Hello {{first_name}}, your quote from Northwind Insurance is ready. Call us at 415-555-2671 or reply "
    "here. Reply STOP to opt out, HELP for help.",
};

// What a seeded job ends up as, and how often (weights add up to 10,000).
struct Fate
{
    JobState state;
    int weight;
    int errorCode; // 0: none
    bool sidKnown; // Twilio accepted the request (it has a SID)
    int attempts;  // HTTP tries
    const char *twilioStatus;
};

const std::array kFinalFates = {
    Fate{JobState::Delivered, 8000, 0, true, 1, "delivered"},
    Fate{JobState::Undelivered, 200, 30003, true, 1, "undelivered"}, // unreachable handset
    Fate{JobState::Undelivered, 100, 30005, true, 1, "undelivered"}, // unknown destination
    Fate{JobState::Undelivered, 60, 30006, true, 1, "undelivered"},  // landline
    Fate{JobState::Undelivered, 120, 30007, true, 1, "undelivered"}, // carrier filtered
    Fate{JobState::Undelivered, 30, 30034, true, 1, "undelivered"},  // unregistered 10DLC
    Fate{JobState::Failed, 280, 21211, false, 1, nullptr},           // invalid To
    Fate{JobState::Failed, 170, 21614, false, 1, nullptr},           // not a mobile number
    Fate{JobState::Failed, 70, 21408, false, 1, nullptr},            // geo permission
    Fate{JobState::Failed, 170, 30008, true, 1, "failed"},           // unknown delivery error
    Fate{JobState::Dead, 200, 0, false, 8, nullptr},                 // 503s until the budget ran out
    Fate{JobState::Suppressed, 200, 21610, false, 1, nullptr},       // replied STOP
    Fate{JobState::Suppressed, 100, 0, false, 0, nullptr},           // already on the list
    Fate{JobState::Canceled, 300, 0, false, 0, nullptr},
};

const std::array kPendingFates = {
    Fate{JobState::Queued, 5000, 0, false, 0, nullptr}, Fate{JobState::Accepted, 3000, 0, true, 1, "sent"},
    Fate{JobState::RetryWait, 1500, 20429, false, 2, nullptr}, // rate limited
    Fate{JobState::Unknown, 500, 0, false, 1, nullptr},        // timed out; being reconciled
};

template<size_t N> const Fate &pick(const std::array<Fate, N> &fates, int roll)
{
    for (const Fate &fate : fates) {
        if (roll < fate.weight)
            return fate;
        roll -= fate.weight;
    }
    return fates.front();
}

struct ErrorText
{
    QString category;
    QString message;
};

ErrorText errorText(int code)
{
    static QHash<int, ErrorText> cache;
    if (!cache.contains(code)) {
        const TwilioError error = TwilioErrorCatalog::lookup(code);
        cache.insert(code, {categoryId(error.category), error.title});
    }
    return cache.value(code);
}

bool fail(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = Database::describe(query.lastError());
    return false;
}

bool execute(QSqlQuery &query, QString *error)
{
    return query.exec() || fail(error, query);
}

// Many rows per INSERT: the per-statement cost (and the statement journal a table with triggers and foreign
// keys needs) is paid once per chunk instead of once per row. Rows of one statement get consecutive ids.
class BulkInsert
{
public:
    static constexpr int kRowsPerStatement = 64;

    BulkInsert(QSqlDatabase connection, QString head, int columns)
        : m_connection(std::move(connection))
        , m_head(std::move(head))
        , m_columns(columns)
    {}

    void add(const QVariant *values) { m_values.append(QVariantList(values, values + m_columns)); }
    int pending() const { return int(m_values.size() / m_columns); }

    // Writes the pending rows; *firstId is the id of the first of them.
    bool flush(qint64 *firstId, QString *error)
    {
        const int rows = pending();
        if (rows == 0)
            return true;
        auto it = m_statements.find(rows);
        if (it == m_statements.end()) {
            const QString row = QLatin1Char('(') +
                                QStringList(m_columns, QStringLiteral("?")).join(QLatin1Char(',')) +
                                QLatin1Char(')');
            QSqlQuery query(m_connection);
            if (!query.prepare(m_head + QStringList(rows, row).join(QLatin1Char(','))))
                return fail(error, query);
            it = m_statements.emplace(rows, std::move(query)).first;
        }
        QSqlQuery &query = it->second;
        for (int i = 0; i < int(m_values.size()); ++i)
            query.bindValue(i, m_values.at(i));
        m_values.clear();
        if (!execute(query, error))
            return false;
        if (firstId)
            *firstId = query.lastInsertId().toLongLong() - rows + 1;
        return true;
    }

private:
    QSqlDatabase m_connection;
    QString m_head;
    int m_columns;
    QVariantList m_values;
    std::map<int, QSqlQuery> m_statements;
};

} // namespace

std::optional<Destination> DevSeed::seedDestination(Database &database, const QString &name, int index,
                                                    const QString &osUser, QString *error)
{
    QSqlQuery existing(database.connection());
    existing.prepare(QStringLiteral("SELECT id, body_template, from_number, account_sid FROM destinations "
                                    "WHERE name = ?"));
    existing.addBindValue(name);
    if (!execute(existing, error))
        return std::nullopt;
    Destination d;
    d.name = name;
    if (existing.next()) {
        d.id = existing.value(0).toString();
        d.bodyTemplate = existing.value(1).toString();
        d.fromNumber = existing.value(2).toString();
        d.accountSid = existing.value(3).toString();
        return d;
    }
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.accountSid = QStringLiteral("AC%1").arg(index + 1, 32, 10, QLatin1Char('0'));
    d.fromNumber = QStringLiteral("+1415555%1").arg(2000 + index % 8000, 4, 10, QLatin1Char('0'));
    d.bodyTemplate = QLatin1String(kBodyTemplates[size_t(index) % kBodyTemplates.size()]);
    d.ratePerSecond = 1 + index % 3;
    d.paused = true;
    d.pausedReason = tr("Sample data from 'dev seed': it has no secret, so nothing is sent through it.");
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO destinations (id, name, account_sid, auth_mode, from_number, recipient_template, "
        "body_template, region, marketing, rate_per_second, enabled, paused, paused_reason, created_at, "
        "updated_at) VALUES (?, ?, ?, 'auth_token', ?, ?, ?, ?, 1, ?, 1, 1, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(d.id), QVariant(d.name), QVariant(d.accountSid), QVariant(d.fromNumber),
          QVariant(d.recipientTemplate), QVariant(d.bodyTemplate), QVariant(d.region),
          QVariant(d.ratePerSecond), QVariant(d.pausedReason), QVariant(Database::toText(d.createdAt)),
          QVariant(Database::toText(d.updatedAt))})
        insert.addBindValue(value);
    if (!execute(insert, error))
        return std::nullopt;
    Database::AuditEntry entry;
    entry.osUser = osUser.isEmpty() ? QStringLiteral("unknown") : osUser;
    entry.action = QStringLiteral("destination.create");
    entry.subjectType = QStringLiteral("destination");
    entry.subjectId = d.id;
    entry.subjectName = d.name;
    entry.details =
        QJsonObject{{QStringLiteral("seed"), true}, {QStringLiteral("secret"), QStringLiteral("none")}};
    if (!database.appendAudit(entry, error))
        return std::nullopt;
    return d;
}

DevSeed::Result DevSeed::run(Database &database, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    if (options.jobs < 0 || options.destinations < 1 || options.days < 1) {
        result.error =
            tr("Seeding needs a number of jobs (0 or more), at least one destination and one day.");
        return result;
    }
    QSqlDatabase connection = database.connection();
    QSqlQuery pragma(connection);
    // This connection only, and only while seeding: the data can be made again if a crash loses it.
    pragma.exec(QStringLiteral("PRAGMA cache_size"));
    const int previousCache = pragma.next() ? pragma.value(0).toInt() : -2000;
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const auto restore = qScopeGuard([&] {
        QSqlQuery reset(connection);
        reset.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        reset.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache));
    });

    const qint64 nowMs =
        (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    const qint64 startMs = nowMs - options.days * kDayMs;
    Random random(options.randomSeed);

    // The destinations, and every body they can produce, rendered and counted once.
    struct Sample
    {
        Destination destination;
        QList<QString> bodies; // per first name
        QList<int> segments;
        QList<QString> encodings;
        qint64 firstFiltered = 0;
        qint64 lastFiltered = 0;
        int filtered = 0;
    };
    QList<Sample> samples;
    if (!database.transaction(&result.error))
        return result;
    for (int i = 0; i < options.destinations; ++i) {
        const auto d =
            // Not translated: seeding again in another language finds the same destinations.
            seedDestination(database, QStringLiteral("Sample %1").arg(i + 1), i, options.osUser,
                            &result.error);
        if (!d) {
            database.rollback();
            return result;
        }
        Sample sample;
        sample.destination = *d;
        for (const char *first : kFirstNames) {
            QString body = d->bodyTemplate;
            body.replace(QStringLiteral("{{first_name}}"), QString::fromUtf8(first));
            const SmsSegments segments = SmsEncoding::analyze(body);
            sample.bodies.append(body);
            sample.segments.append(segments.segments);
            sample.encodings.append(SmsSegments::encodingName(segments.encoding));
        }
        samples.append(sample);
        result.destinationIds.append(d->id);
    }
    if (!database.commit(&result.error)) {
        database.rollback();
        return result;
    }

    BulkInsert insertJobs(
        connection,
        QStringLiteral("INSERT INTO jobs (destination_id, destination_name, lead, to_number, "
                       "body, segments, encoding, state, attempts, next_attempt_at, twilio_sid, "
                       "twilio_status, error_code, error_message, category, test, created_at, "
                       "updated_at, sent_at, final_at, next_poll_at, polls) VALUES "),
        22);
    BulkInsert insertAttempts(connection,
                              QStringLiteral("INSERT INTO attempts (job_id, at, duration_ms, http_status, "
                                             "twilio_code, outcome, message) VALUES "),
                              7);
    // The attempts of the jobs not written yet: their job ids are known once the jobs are.
    struct PendingAttempt
    {
        int row; // among the pending jobs
        std::array<QVariant, 7> values;
    };
    QList<PendingAttempt> pendingAttempts;
    const auto flushJobs = [&](QString *error) {
        qint64 firstId = 0;
        if (!insertJobs.flush(&firstId, error))
            return false;
        for (PendingAttempt &attempt : pendingAttempts) {
            attempt.values[0] = QVariant(firstId + attempt.row);
            insertAttempts.add(attempt.values.data());
            if (insertAttempts.pending() == BulkInsert::kRowsPerStatement &&
                !insertAttempts.flush(nullptr, error))
                return false;
        }
        pendingAttempts.clear();
        return insertAttempts.flush(nullptr, error);
    };
    QSqlQuery insertSuppression(connection);
    insertSuppression.prepare(QStringLiteral("INSERT INTO suppressions (number, reason, source, at) VALUES "
                                             "(?, ?, ?, ?) ON CONFLICT (number) DO NOTHING"));
    const QString stopReason = tr("Replied STOP (Twilio error 21610).");
    const QString manualReason = tr("Asked not to be contacted (sample entry).");
    const QString success = categoryId(OutcomeCategory::Success);
    const QString transient = categoryId(OutcomeCategory::Transient);
    const QString unknownOutcome = categoryId(OutcomeCategory::OutcomeUnknown);
    const QString timedOut = tr("No answer from Twilio within 30 seconds; the request may have arrived.");
    const QString serviceUnavailable = tr("HTTP 503 Service Unavailable");

    // Leads come back: about three jobs per distinct lead.
    const qint64 leads = qMax<qint64>(1000, options.jobs / 3);
    // The newest 5 % are still in flight; everything older has finished.
    const qint64 pendingFrom = options.jobs - options.jobs / 20;
    const qint64 span = nowMs - startMs;

    for (qint64 batchStart = 0; batchStart < options.jobs; batchStart += kBatch) {
        if (!database.transaction(&result.error))
            return result;
        const qint64 batchEnd = qMin(options.jobs, batchStart + kBatch);
        for (qint64 i = batchStart; i < batchEnd; ++i) {
            const qint64 createdMs =
                startMs + qint64((double(i) + random.unit()) * double(span) / double(options.jobs));
            Sample &sample = samples[random.below(int(samples.size()))];
            const qint64 lead = qint64(random.next() % quint64(leads));
            const int first = int(lead % qint64(kFirstNames.size()));
            const int last = int(lead / 7 % qint64(kLastNames.size()));
            QString to;
            if (lead % 10 == 9) {
                to = QStringLiteral("+447400%1").arg(lead % 1000000, 6, 10, QLatin1Char('0'));
            } else {
                int suffix = int(lead * 7919 % 10000);
                if (suffix / 100 == 1)
                    suffix += 100; // 555-0100..0199 is reserved for fiction: the preview would warn
                to = QStringLiteral("+1") +
                     QLatin1String(kAreaCodes[size_t(lead / 13 % qint64(kAreaCodes.size()))]) +
                     QStringLiteral("555") + QStringLiteral("%1").arg(suffix, 4, 10, QLatin1Char('0'));
            }
            const QString leadJson =
                QStringLiteral(
                    R"({"first_name":"%1","last_name":"%2","phone":"%3","email":"%4@example.com","source":"%5"})")
                    .arg(QString::fromUtf8(kFirstNames[size_t(first)]),
                         QLatin1String(kLastNames[size_t(last)]), to, QStringLiteral("lead%1").arg(lead),
                         QLatin1String(kSources[size_t(lead % qint64(kSources.size()))]));

            const bool pending = i >= pendingFrom;
            const Fate &fate =
                pending ? pick(kPendingFates, random.below(10000)) : pick(kFinalFates, random.below(10000));
            const qint64 sentMs = createdMs + 200 + random.below(3000);
            const qint64 finalMs = sentMs + 1000 + random.below(fate.sidKnown ? 600'000 : 5000);
            const bool hasSent = fate.attempts > 0;
            const bool finished = isFinal(fate.state);
            const qint64 updatedMs = finished ? finalMs : hasSent ? sentMs : createdMs;
            const ErrorText error = fate.errorCode ? errorText(fate.errorCode) : ErrorText{};
            QVariant category = fate.errorCode ? QVariant(error.category) : null();
            QVariant errorMessage = fate.errorCode ? QVariant(error.message) : null();
            if (fate.state == JobState::Dead) {
                category = transient;
                errorMessage = serviceUnavailable;
            } else if (fate.state == JobState::Unknown) {
                category = unknownOutcome;
                errorMessage = timedOut;
            } else if (fate.state == JobState::Suppressed && fate.errorCode == 0) {
                category = categoryId(OutcomeCategory::RecipientUnsubscribed);
                errorMessage = tr("The recipient is on the suppression list (they opted out), so it was not "
                                  "sent.");
            } else if (fate.sidKnown && fate.errorCode == 0) {
                category = success;
            }
            const bool polling = fate.state == JobState::Accepted;
            const QVariant values[] = {
                QVariant(sample.destination.id),
                QVariant(sample.destination.name),
                QVariant(leadJson),
                QVariant(to),
                QVariant(sample.bodies.at(first)),
                QVariant(sample.segments.at(first)),
                QVariant(sample.encodings.at(first)),
                QVariant(jobStateId(fate.state)),
                QVariant(fate.attempts),
                fate.state == JobState::Queued      ? QVariant(isoText(createdMs))
                : fate.state == JobState::RetryWait ? QVariant(isoText(nowMs + 1000 + random.below(900'000)))
                                                    : null(),
                fate.sidKnown ? QVariant(QStringLiteral("SM") + randomHex(random, 32)) : null(),
                fate.twilioStatus ? QVariant(QLatin1String(fate.twilioStatus)) : null(),
                QVariant(fate.errorCode),
                errorMessage,
                category,
                QVariant(random.below(100) == 0 ? 1 : 0),
                QVariant(isoText(createdMs)),
                QVariant(isoText(updatedMs)),
                hasSent ? QVariant(isoText(sentMs)) : null(),
                finished ? QVariant(isoText(finalMs)) : null(),
                polling ? QVariant(isoText(nowMs + 5000 + random.below(3'600'000))) : null(),
                QVariant(fate.sidKnown ? 1 + random.below(polling ? 4 : 3) : 0),
            };
            const int row = insertJobs.pending();
            insertJobs.add(values);

            for (int attempt = 0; attempt < fate.attempts; ++attempt) {
                const bool lastTry = attempt == fate.attempts - 1;
                int http = 201;
                int code = 0;
                QString outcome = success;
                QVariant message = null();
                if (fate.state == JobState::Dead || (fate.state == JobState::RetryWait && !lastTry)) {
                    http = 503;
                    outcome = transient;
                    message = serviceUnavailable;
                } else if (fate.state == JobState::RetryWait) {
                    http = 429;
                    code = fate.errorCode;
                    outcome = error.category;
                    message = error.message;
                } else if (fate.state == JobState::Unknown) {
                    http = 0;
                    outcome = unknownOutcome;
                    message = timedOut;
                } else if (!fate.sidKnown) {
                    http = 400;
                    code = fate.errorCode;
                    outcome = error.category;
                    message = error.message;
                }
                pendingAttempts.append({row,
                                        {QVariant(), QVariant(isoText(sentMs + attempt * 4000)),
                                         QVariant(120 + random.below(900)), QVariant(http), QVariant(code),
                                         QVariant(outcome), message}});
                ++result.attempts;
            }

            if (fate.state == JobState::Suppressed) {
                insertSuppression.bindValue(0, to);
                insertSuppression.bindValue(1, fate.errorCode ? stopReason : manualReason);
                insertSuppression.bindValue(2, fate.errorCode ? QStringLiteral("twilio_21610")
                                                              : QStringLiteral("manual"));
                insertSuppression.bindValue(3, isoText(fate.errorCode ? finalMs : createdMs - kDayMs));
                if (!execute(insertSuppression, &result.error)) {
                    database.rollback();
                    return result;
                }
                result.suppressions += insertSuppression.numRowsAffected();
            }
            if (fate.errorCode == 30007 || fate.errorCode == 30034) {
                if (sample.filtered++ == 0)
                    sample.firstFiltered = finalMs;
                sample.lastFiltered = finalMs;
            }
            if (insertJobs.pending() == BulkInsert::kRowsPerStatement && !flushJobs(&result.error)) {
                database.rollback();
                return result;
            }
        }
        if (!flushJobs(&result.error)) {
            database.rollback();
            return result;
        }
        result.jobs = batchEnd;
        if (!database.commit(&result.error)) {
            database.rollback();
            return result;
        }
    }

    // The alerts those jobs would have raised: one per destination, folded.
    if (!database.transaction(&result.error))
        return result;
    QSqlQuery insertAlert(connection);
    insertAlert.prepare(QStringLiteral("INSERT INTO alerts (severity, destination_id, code, message, "
                                       "first_seen, last_seen, count, acknowledged, acknowledged_at) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto addAlert = [&](const QString &severity, const Sample &sample, const QString &code,
                              const QString &message, qint64 first, qint64 last, int count,
                              bool acknowledged) {
        const QVariant values[] = {QVariant(severity),
                                   QVariant(sample.destination.id),
                                   QVariant(code),
                                   QVariant(message),
                                   QVariant(isoText(first)),
                                   QVariant(isoText(last)),
                                   QVariant(count),
                                   QVariant(int(acknowledged)),
                                   acknowledged ? QVariant(isoText(last + 3'600'000)) : null()};
        for (int column = 0; column < int(std::size(values)); ++column)
            insertAlert.bindValue(column, values[column]);
        if (!execute(insertAlert, &result.error))
            return false;
        ++result.alerts;
        return true;
    };
    for (const Sample &sample : std::as_const(samples)) {
        if (sample.filtered > 0 &&
            !addAlert(QStringLiteral("error"), sample, categoryId(OutcomeCategory::CarrierFiltered),
                      tr("Carriers filtered %n message(s) from \"%1\" (30007/30034). Register the sender for "
                         "10DLC (A2P brand and campaign) in Twilio Console, then send again.",
                         nullptr, sample.filtered)
                          .arg(sample.destination.name),
                      sample.firstFiltered, sample.lastFiltered, sample.filtered, false)) {
            database.rollback();
            return result;
        }
    }
    if (!samples.isEmpty() && !addAlert(QStringLiteral("error"), samples.constFirst(),
                                        categoryId(OutcomeCategory::AuthenticationFailed),
                                        tr("Twilio refused the credentials of \"%1\"; its queue was paused.")
                                            .arg(samples.constFirst().destination.name),
                                        nowMs - 20 * kDayMs, nowMs - 20 * kDayMs + 60'000, 3, true)) {
        database.rollback();
        return result;
    }
    Database::AuditEntry entry;
    entry.osUser = options.osUser.isEmpty() ? QStringLiteral("unknown") : options.osUser;
    entry.action = QStringLiteral("dev.seed");
    entry.subjectType = QStringLiteral("job");
    entry.details = QJsonObject{{QStringLiteral("jobs"), result.jobs},
                                {QStringLiteral("destinations"), options.destinations},
                                {QStringLiteral("days"), options.days}};
    if (!database.appendAudit(entry, &result.error) || !database.commit(&result.error)) {
        database.rollback();
        return result;
    }
    result.ok = true;
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace LeadRails
