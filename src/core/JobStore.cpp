#include "JobStore.h"

#include "Database.h"
#include "Destination.h"
#include "MessagePreview.h"
#include "PhoneNumbers.h"
#include "TwilioOutcome.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>

namespace LeadRails {

namespace {

constexpr int kTwilioUnsubscribed = 21610;

const QString kJobColumns = QStringLiteral(
    "j.id, j.destination_id, coalesce(d.name, j.destination_name), j.lead, j.to_number, j.body, j.segments, "
    "j.encoding, j.state, j.attempts, j.next_attempt_at, j.twilio_sid, j.twilio_status, j.error_code, "
    "j.error_message, j.category, j.test, j.replay_of, j.created_at, j.updated_at, j.sent_at, j.final_at, "
    "j.next_poll_at, j.polls");
const QString kJobFrom = QStringLiteral(" FROM jobs j LEFT JOIN destinations d ON d.id = j.destination_id");
const QString kSelectJobs = QStringLiteral("SELECT ") + kJobColumns + kJobFrom;

const QString kInsertJob = QStringLiteral(
    "INSERT INTO jobs (destination_id, destination_name, lead, to_number, body, segments, encoding, state, "
    "attempts, next_attempt_at, twilio_sid, twilio_status, error_code, error_message, category, test, "
    "replay_of, created_at, updated_at, sent_at, final_at, next_poll_at, polls) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

const QString kSelectAlerts = QStringLiteral(
    "SELECT id, severity, destination_id, job_id, code, message, first_seen, last_seen, count, "
    "acknowledged FROM alerts");

// Optional values are NULL in the database rather than '' or 0, so queries can say IS NULL.
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullable(const QDateTime &time)
{
    return time.isValid() ? QVariant(Database::toText(time)) : QVariant(QMetaType(QMetaType::QString));
}

// Qt binds a null QString as NULL: columns that are NOT NULL get '' instead.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeAt(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? QDateTime() : Database::fromText(value.toString());
}

QList<JobState> allStates()
{
    QList<JobState> states;
    for (int i = 0; i <= int(JobState::Unknown); ++i)
        states.append(JobState(i));
    return states;
}

Job jobFromRow(const QSqlQuery &query)
{
    Job job;
    job.id = query.value(0).toLongLong();
    job.destinationId = query.value(1).toString();
    job.destinationName = query.value(2).toString();
    job.lead = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    job.to = query.value(4).toString();
    job.body = query.value(5).toString();
    job.segments = query.value(6).toInt();
    job.encoding = query.value(7).toString();
    // The CHECK constraint keeps the column to the known ids.
    job.state = jobStateFromId(query.value(8).toString()).value_or(JobState::Unknown);
    job.attempts = query.value(9).toInt();
    job.nextAttemptAt = timeAt(query, 10);
    job.twilioSid = query.value(11).toString();
    job.twilioStatus = query.value(12).toString();
    job.errorCode = query.value(13).toInt();
    job.errorMessage = query.value(14).toString();
    job.category = query.value(15).toString();
    job.test = query.value(16).toBool();
    job.replayOf = query.value(17).toLongLong();
    job.createdAt = timeAt(query, 18);
    job.updatedAt = timeAt(query, 19);
    job.sentAt = timeAt(query, 20);
    job.finalAt = timeAt(query, 21);
    job.nextPollAt = timeAt(query, 22);
    job.polls = query.value(23).toInt();
    return job;
}

Alert alertFromRow(const QSqlQuery &query)
{
    Alert alert;
    alert.id = query.value(0).toLongLong();
    alert.severity =
        JobStore::alertSeverityFromId(query.value(1).toString()).value_or(Alert::Severity::Error);
    alert.destinationId = query.value(2).toString();
    alert.jobId = query.value(3).toLongLong();
    alert.code = query.value(4).toString();
    alert.message = query.value(5).toString();
    alert.firstSeen = timeAt(query, 6);
    alert.lastSeen = timeAt(query, 7);
    alert.count = query.value(8).toInt();
    alert.acknowledged = query.value(9).toBool();
    return alert;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    return fail(error, Database::describe(query.lastError()));
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

// Rolls back unless committed: every early return leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(Database &database)
        : m_database(database)
    {}
    ~Transaction()
    {
        if (m_open)
            m_database.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error)
    {
        m_open = m_database.transaction(error);
        return m_open;
    }
    bool commit(QString *error)
    {
        if (!m_database.commit(error))
            return false;
        m_open = false;
        return true;
    }

private:
    Database &m_database;
    bool m_open = false;
};

// Above this many matching ids, a page is found by walking the creation-order index and testing each row
// against the id set ("+id" keeps SQLite from looking the ids up one by one instead, then sorting them):
// looking up 333,000 ids costs 0.6 s on a million jobs, the walk stops after a page. Below it, looking the
// few ids up is cheaper than walking past every row that does not match.
constexpr qint64 kWalkAboveMatches = 50000;

// Bounds on what a JobStore keeps: the page queries vary with the filter, the searches with every keystroke.
constexpr qsizetype kMaxStatements = 64;
constexpr qsizetype kMaxSearchCounts = 64;

} // namespace

// What a JobStore keeps between calls: its prepared statements, and how many jobs recent searches match.
class JobStoreCache
{
public:
    explicit JobStoreCache(Database &database)
        : m_database(database)
    {}

    // A statement lent for one use. It goes back finished (reset, its bound values kept), so that no read
    // holds a transaction open between calls.
    class Statement
    {
    public:
        explicit Statement(std::shared_ptr<QSqlQuery> query)
            : m_query(std::move(query))
        {}
        ~Statement()
        {
            if (m_query)
                m_query->finish();
        }
        Statement(Statement &&) noexcept = default;
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        Statement &operator=(Statement &&) = delete;

        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query.get(); }

    private:
        std::shared_ptr<QSqlQuery> m_query;
    };

    // The statement for sql, prepared once: preparing cost as much as running the dispatcher's small
    // statements (nearly half its CPU). One still lent out (a slot that called back into the store while it
    // ran) is never shared: the caller gets a statement of its own.
    Statement statement(const QString &sql)
    {
        const auto found = m_statements.constFind(sql);
        if (found != m_statements.cend() && found->use_count() > 1)
            return Statement(prepare(sql));
        if (found != m_statements.cend()) {
            // SQLite finalizes every statement when the connection closes: after a reopen none of them runs
            // again, and nothing counted before can be trusted.
            if (!(*found)->result()->handle().isNull())
                return Statement(*found);
            m_statements.clear();
            m_searchCounts.clear();
        }
        std::shared_ptr<QSqlQuery> query = prepare(sql);
        // One that does not prepare is not kept: it fails when run, with the reason, as before.
        if (!query->result()->handle().isNull()) {
            if (m_statements.size() >= kMaxStatements)
                for (auto it = m_statements.begin(); it != m_statements.end();)
                    it = it->use_count() == 1 ? m_statements.erase(it) : std::next(it);
            m_statements.insert(sql, query);
        }
        return Statement(std::move(query));
    }

    // How many jobs the id set of the search `text` holds, or -1 when it cannot be counted. Counting reads
    // only an index, yet takes 5-50 ms on a million jobs, and one refresh asks several times (the count, the
    // page, each status bucket, rowOf): the answer is kept until a write could have changed it.
    qint64 searchCount(const QString &text, const QString &idSet, const QVariantList &values)
    {
        const std::optional<DataVersion> version = dataVersion();
        if (version != m_countsVersion) {
            m_searchCounts.clear();
            m_countsVersion = version;
        }
        if (version) {
            const auto found = m_searchCounts.constFind(text);
            if (found != m_searchCounts.cend())
                return *found;
        }
        Statement size = statement(QStringLiteral("SELECT count(*) FROM (") + idSet + QStringLiteral(")"));
        bindAll(*size, values);
        if (!size->exec() || !size->next())
            return -1;
        const qint64 matches = size->value(0).toLongLong();
        if (version) {
            if (m_searchCounts.size() >= kMaxSearchCounts)
                m_searchCounts.clear();
            m_searchCounts.insert(text, matches);
        }
        return matches;
    }

    qint64 walkAboveMatches = kWalkAboveMatches;

private:
    // Moves whenever a write may have changed what a query reads. total_changes() counts the rows this
    // connection wrote, through this store or not (updates too: a SID set by the dispatcher joins the jobs a
    // SID prefix finds); data_version moves when another connection commits (the dispatcher's thread,
    // another program).
    using DataVersion = std::pair<qint64, qint64>;
    std::optional<DataVersion> dataVersion()
    {
        Statement version =
            statement(QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version"));
        if (!version->exec() || !version->next())
            return std::nullopt;
        return DataVersion{version->value(0).toLongLong(), version->value(1).toLongLong()};
    }

    std::shared_ptr<QSqlQuery> prepare(const QString &sql) const
    {
        auto query = std::make_shared<QSqlQuery>(m_database.connection());
        // Nothing steps back: no copy of every row read.
        query->setForwardOnly(true);
        query->prepare(sql);
        return query;
    }

    Database &m_database;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<QString, qint64> m_searchCounts;
    std::optional<DataVersion> m_countsVersion;
};

namespace {

using Statement = JobStoreCache::Statement;

// *notFound, when given, tells a job that is not there from a read that failed.
std::optional<Job> loadJob(JobStoreCache &cache, qint64 id, QString *error, bool *notFound = nullptr)
{
    Statement query = cache.statement(kSelectJobs + QStringLiteral(" WHERE j.id = ?"));
    query->addBindValue(id);
    if (!exec(*query, error))
        return std::nullopt;
    if (!query->next()) {
        if (notFound) {
            *notFound = true;
            return std::nullopt;
        }
        fail(error, JobStore::tr("There is no job %1.").arg(id));
        return std::nullopt;
    }
    return jobFromRow(*query);
}

QString eventName(JobEvent event)
{
    switch (event) {
    case JobEvent::Claim:
        return QStringLiteral("claim");
    case JobEvent::Accepted:
        return QStringLiteral("accepted");
    case JobEvent::StatusUpdate:
        return QStringLiteral("status_update");
    case JobEvent::Delivered:
        return QStringLiteral("delivered");
    case JobEvent::Undelivered:
        return QStringLiteral("undelivered");
    case JobEvent::DeliveryFailed:
        return QStringLiteral("delivery_failed");
    case JobEvent::PermanentFailure:
        return QStringLiteral("permanent_failure");
    case JobEvent::RetryLater:
        return QStringLiteral("retry_later");
    case JobEvent::RetryBudgetSpent:
        return QStringLiteral("retry_budget_spent");
    case JobEvent::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case JobEvent::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    case JobEvent::CrashRecovered:
        return QStringLiteral("crash_recovered");
    case JobEvent::ReconcileFound:
        return QStringLiteral("reconcile_found");
    case JobEvent::ReconcileNotFound:
        return QStringLiteral("reconcile_not_found");
    case JobEvent::Cancel:
        return QStringLiteral("cancel");
    case JobEvent::ManualRetry:
        return QStringLiteral("manual_retry");
    case JobEvent::Requeue:
        return QStringLiteral("requeue");
    }
    return {};
}

// Events that carry what Twilio said (or failed to say) about the request: their error fields replace the
// job's, so a job never shows a stale error next to a newer outcome.
bool carriesTwilioOutcome(JobEvent event)
{
    switch (event) {
    case JobEvent::Accepted:
    case JobEvent::StatusUpdate:
    case JobEvent::Delivered:
    case JobEvent::Undelivered:
    case JobEvent::DeliveryFailed:
    case JobEvent::PermanentFailure:
    case JobEvent::RetryLater:
    case JobEvent::RetryBudgetSpent:
    case JobEvent::Unsubscribed:
    case JobEvent::OutcomeUnknown:
    case JobEvent::ReconcileFound:
        return true;
    case JobEvent::Claim:
    case JobEvent::CrashRecovered:
    case JobEvent::ReconcileNotFound:
    case JobEvent::Cancel:
    case JobEvent::ManualRetry:
    case JobEvent::Requeue:
        return false;
    }
    return false;
}

// The job after `event` took it to `to`: the state and the fields that go with it.
Job advanced(const Job &before, JobState to, const JobStore::Outcome &o, const QDateTime &now)
{
    Job job = before;
    job.state = to;
    job.updatedAt = now;
    if (carriesTwilioOutcome(o.event)) {
        job.errorCode = o.errorCode;
        job.errorMessage = o.errorMessage;
        if (!o.category.isEmpty())
            job.category = o.category;
        if (!o.twilioSid.isEmpty())
            job.twilioSid = o.twilioSid;
        if (!o.twilioStatus.isEmpty())
            job.twilioStatus = o.twilioStatus;
    }
    switch (o.event) {
    case JobEvent::Claim:
        job.attempts += 1;
        job.sentAt = now;
        break;
    case JobEvent::StatusUpdate:
    case JobEvent::Delivered:
    case JobEvent::Undelivered:
    case JobEvent::DeliveryFailed:
        job.polls += 1;
        break;
    case JobEvent::ReconcileFound:
        job.polls = 0;
        break;
    case JobEvent::ReconcileNotFound:
        // Twilio never had it: nothing to reconcile or poll the next time.
        job.twilioSid.clear();
        job.twilioStatus.clear();
        break;
    case JobEvent::ManualRetry:
        // A fresh start: a full retry budget, and no trace of the old message to poll or reconcile. The
        // attempts table and the audit entry keep what happened before.
        job.attempts = 0;
        job.twilioSid.clear();
        job.twilioStatus.clear();
        job.polls = 0;
        break;
    case JobEvent::Requeue:
        // Claimed but never sent: that try does not count.
        job.attempts = qMax(0, job.attempts - 1);
        break;
    case JobEvent::Accepted:
    case JobEvent::PermanentFailure:
    case JobEvent::RetryLater:
    case JobEvent::RetryBudgetSpent:
    case JobEvent::Unsubscribed:
    case JobEvent::OutcomeUnknown:
    case JobEvent::CrashRecovered:
    case JobEvent::Cancel:
        break;
    }
    // Fields that only make sense in one state.
    job.nextAttemptAt = to == JobState::RetryWait ? (o.nextAttemptAt.isValid() ? o.nextAttemptAt : now)
                        : to == JobState::Queued  ? now
                        : to == JobState::Sending ? before.nextAttemptAt
                                                  : QDateTime();
    job.nextPollAt = to == JobState::Accepted ? (o.nextPollAt.isValid() ? o.nextPollAt : now) : QDateTime();
    job.finalAt = isFinal(to) ? now : QDateTime();
    return job;
}

bool writeJob(JobStoreCache &cache, JobState from, const Job &job, QString *error)
{
    Statement query = cache.statement(
        QStringLiteral("UPDATE jobs SET state = ?, attempts = ?, next_attempt_at = ?, twilio_sid = ?, "
                       "twilio_status = ?, error_code = ?, error_message = ?, category = ?, updated_at = ?, "
                       "sent_at = ?, final_at = ?, next_poll_at = ?, polls = ? WHERE id = ? AND state = ?"));
    for (const QVariant &value :
         {QVariant(jobStateId(job.state)), QVariant(job.attempts), nullable(job.nextAttemptAt),
          nullable(job.twilioSid), nullable(job.twilioStatus), QVariant(job.errorCode),
          nullable(job.errorMessage), nullable(job.category), nullable(job.updatedAt), nullable(job.sentAt),
          nullable(job.finalAt), nullable(job.nextPollAt), QVariant(job.polls), QVariant(job.id),
          QVariant(jobStateId(from))})
        query->addBindValue(value);
    if (!exec(*query, error))
        return false;
    // Inside BEGIN IMMEDIATE nobody else writes, so this only fails if the row vanished.
    if (query->numRowsAffected() != 1)
        return fail(error, JobStore::tr("Job %1 changed while it was being updated. Try again.").arg(job.id));
    return true;
}

bool insertJob(QSqlQuery &insert, Job &job, QString *error)
{
    const QString lead = QString::fromUtf8(QJsonDocument(job.lead).toJson(QJsonDocument::Compact));
    const QVariant values[] = {nullable(job.destinationId),
                               notNull(job.destinationName),
                               QVariant(lead),
                               QVariant(job.to),
                               notNull(job.body),
                               QVariant(job.segments),
                               notNull(job.encoding),
                               QVariant(jobStateId(job.state)),
                               QVariant(job.attempts),
                               nullable(job.nextAttemptAt),
                               nullable(job.twilioSid),
                               nullable(job.twilioStatus),
                               QVariant(job.errorCode),
                               nullable(job.errorMessage),
                               nullable(job.category),
                               QVariant(int(job.test)),
                               nullableId(job.replayOf),
                               nullable(job.createdAt),
                               nullable(job.updatedAt),
                               nullable(job.sentAt),
                               nullable(job.finalAt),
                               nullable(job.nextPollAt),
                               QVariant(job.polls)};
    for (int i = 0; i < int(std::size(values)); ++i)
        insert.bindValue(i, values[i]);
    if (!insert.exec()) {
        const QSqlError sqlError = insert.lastError();
        if (Database::classify(sqlError) == Database::ErrorKind::ConstraintViolation &&
            sqlError.databaseText().contains(QLatin1String("FOREIGN KEY")))
            return fail(error, JobStore::tr("The destination \"%1\" no longer exists (it may have been "
                                            "removed in another window).")
                                   .arg(job.destinationName));
        return fail(error, Database::describe(sqlError));
    }
    job.id = insert.lastInsertId().toLongLong();
    return true;
}

// A new job, queued, or suppressed at once when its recipient opted out: it is never sent.
Job newJob(const QString &destinationId, const QString &destinationName, const QJsonObject &lead,
           const QString &to, const QString &body, int segments, const QString &encoding, bool test,
           bool suppressed, const QDateTime &now)
{
    Job job;
    job.destinationId = destinationId;
    job.destinationName = destinationName;
    job.lead = lead;
    job.to = to;
    job.body = body;
    job.segments = segments;
    job.encoding = encoding;
    job.test = test;
    job.createdAt = job.updatedAt = now;
    job.state = JobState::Queued;
    job.nextAttemptAt = now;
    if (suppressed) {
        // The same step the dispatcher takes when it meets a suppressed number: one state machine.
        JobStore::Outcome outcome;
        outcome.event = JobEvent::Unsubscribed;
        outcome.category = categoryId(OutcomeCategory::RecipientUnsubscribed);
        outcome.errorMessage =
            JobStore::tr("The recipient is on the suppression list (they opted out), so it was not sent.");
        job = advanced(job, *transition(JobState::Queued, JobEvent::Unsubscribed), outcome, now);
    }
    return job;
}

bool suppressedIn(QSqlQuery &lookup, const QString &number, bool *suppressed, QString *error)
{
    lookup.bindValue(0, number);
    if (!exec(lookup, error))
        return false;
    *suppressed = lookup.next();
    lookup.finish();
    return true;
}

QString previewProblem(const MessagePreview &preview)
{
    for (const PreviewIssue &issue : preview.issues) {
        if (issue.isError())
            return JobStore::tr("This message cannot be sent: %1").arg(issue.message);
    }
    return JobStore::tr("This message cannot be sent: it has no valid recipient.");
}

// A LIKE pattern matching text anywhere, with LIKE's own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The filter's conditions other than state and destination, for a query on `jobs` without alias.
struct Conditions
{
    QStringList terms;
    QVariantList values;

    void add(const QString &term, const QVariantList &termValues = {})
    {
        terms.append(term);
        values.append(termValues);
    }
    QString where() const
    {
        return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
};

// The search box: a whole SID goes through its index; a number written with + through the number index
// (as a prefix: "+1415555" finds every number that begins so); a part of a number through the number
// index; words through the word index over bodies (jobs_words, migration 4), each word matching itself or a
// longer word it begins (case and accents ignored), together with a part of a SID. Only text without any
// letter or digit falls back to reading every row.
struct TextMatch
{
    QString sql;         // the condition, when it is not simply "id in idSet"
    QString idSet;       // a query for the ids of the matching jobs, read from an index
    QVariantList values; // for sql, or for idSet
};

TextMatch textMatch(const QString &text)
{
    static const QRegularExpression sid(QStringLiteral("^(SM|MM)[0-9a-f]{32}$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numberPrefix(QStringLiteral("^\\+[1-9][0-9]*$"));
    static const QRegularExpression numberPart(QStringLiteral("^\\+?[ (]*[0-9][0-9 ().\\-]*$"));
    static const QRegularExpression sidPart(QStringLiteral("^((SM|MM)[0-9a-f]*|[0-9a-f]{6,})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{N}\\s]"));
    if (sid.match(text).hasMatch())
        return {QStringLiteral("twilio_sid = ?"), {}, {text.left(2).toUpper() + text.mid(2).toLower()}};
    if (numberPrefix.match(text).hasMatch()) {
        // Every number that begins with the text sorts between it and the text with its last digit + 1
        // (':' follows '9').
        QString upper = text;
        upper.back() = QChar(upper.back().unicode() + 1);
        return {
            {}, QStringLiteral("SELECT id FROM jobs WHERE to_number >= ? AND to_number < ?"), {text, upper}};
    }
    if (numberPart.match(text).hasMatch()) {
        // "(415) 555-26" finds +141555526..: only the digits count.
        QString digits = text.startsWith(u'+') ? QStringLiteral("+") : QString();
        for (QChar ch : text) {
            if (ch.isDigit())
                digits += ch;
        }
        return {{},
                QStringLiteral("SELECT id FROM jobs WHERE to_number LIKE ? ESCAPE '\\'"),
                {containsPattern(digits)}};
    }
    const QStringList words = text.split(nonWord, Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        const QString pattern = containsPattern(text);
        return {QStringLiteral("(to_number LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\' OR "
                               "twilio_sid LIKE ? ESCAPE '\\')"),
                {},
                {pattern, pattern, pattern}};
    }
    // FTS5 query syntax: each word quoted (so AND, OR, NOT, * and quotes are only text) and a prefix.
    QStringList query;
    for (QString word : words)
        query.append(QLatin1Char('"') + word.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*"));
    const QString wordSet = QStringLiteral("SELECT rowid FROM jobs_words WHERE jobs_words MATCH ?");
    const bool withPunctuation = text.contains(punctuation);
    const bool sidLike = words.size() == 1 && sidPart.match(text).hasMatch();
    if (!withPunctuation && !sidLike)
        return {{}, wordSet, {query.join(u' ')}};
    if (!withPunctuation && (text.startsWith(QLatin1String("SM"), Qt::CaseInsensitive) ||
                             text.startsWith(QLatin1String("MM"), Qt::CaseInsensitive))) {
        // The beginning of a SID: a range of the SID index (stored as "SM" + lowercase hex), with the words.
        const QString from = text.left(2).toUpper() + text.mid(2).toLower();
        QString upper = from;
        upper.back() = QChar(upper.back().unicode() + 1);
        return {{},
                wordSet +
                    QStringLiteral(" UNION SELECT id FROM jobs WHERE twilio_sid >= ? AND twilio_sid < ?"),
                {query.join(u' '), from, upper}};
    }
    QString term = QStringLiteral("id IN (") + wordSet + QStringLiteral(")");
    QVariantList values{query.join(u' ')};
    // Punctuation typed between the words ("ada@example", "100%") must be there too.
    if (withPunctuation) {
        term = QStringLiteral("(") + term + QStringLiteral(" AND body LIKE ? ESCAPE '\\')");
        values.append(containsPattern(text));
    }
    if (sidLike) {
        term = QStringLiteral("(") + term +
               QStringLiteral(
                   " OR id IN (SELECT id FROM jobs WHERE twilio_sid IS NOT NULL AND twilio_sid LIKE ? "
                   "ESCAPE '\\'))");
        values.append(containsPattern(text));
    }
    return {term, {}, values};
}

// The filter's conditions other than state and destination. textMatches, when given, receives how many
// jobs the text matches (-1 when that is not known without reading the rows).
Conditions commonConditions(const JobFilter &filter, JobStoreCache &cache, qint64 *textMatches = nullptr)
{
    Conditions c;
    if (textMatches)
        *textMatches = -1;
    if (filter.from.isValid())
        c.add(QStringLiteral("created_at >= ?"), {Database::toText(filter.from)});
    if (filter.to.isValid())
        c.add(QStringLiteral("created_at <= ?"), {Database::toText(filter.to)});
    if (filter.onlyTest)
        c.add(QStringLiteral("test = 1"));
    const QString text = filter.text.trimmed();
    if (text.isEmpty())
        return c;
    const TextMatch match = textMatch(text);
    if (match.idSet.isEmpty()) {
        c.add(match.sql, match.values);
        return c;
    }
    // The size of the set chooses the plan.
    qint64 matches = cache.searchCount(text, match.idSet, match.values);
    if (matches < 0)
        matches = cache.walkAboveMatches + 1;
    if (textMatches)
        *textMatches = matches;
    c.add((matches > cache.walkAboveMatches ? QStringLiteral("+id IN (") : QStringLiteral("id IN (")) +
              match.idSet + QStringLiteral(")"),
          match.values);
    return c;
}

QList<JobState> distinctStates(const QList<JobState> &states)
{
    QList<JobState> distinct;
    for (JobState state : states) {
        if (!distinct.contains(state))
            distinct.append(state);
    }
    return distinct;
}

// The jobs in `states` (any state when empty) of the filter's destination (any when empty) that meet common.
Conditions filterConditions(const QList<JobState> &states, const QString &destinationId,
                            const Conditions &common)
{
    Conditions c;
    if (states.size() == 1) {
        c.add(QStringLiteral("state = ?"), {jobStateId(states.constFirst())});
    } else if (!states.isEmpty()) {
        QStringList marks;
        QVariantList ids;
        for (JobState state : states) {
            marks.append(QStringLiteral("?"));
            ids.append(jobStateId(state));
        }
        c.add(QStringLiteral("state IN (%1)").arg(marks.join(QStringLiteral(", "))), ids);
    }
    if (!destinationId.isEmpty())
        c.add(QStringLiteral("destination_id = ?"), {destinationId});
    c.terms.append(common.terms);
    c.values.append(common.values);
    return c;
}

// The conditions of one state's rows. Its index, (state, created_at) or (destination_id, state, created_at),
// keeps them in creation order, so a walk stops after offset + limit rows instead of sorting every match.
Conditions stateConditions(const JobFilter &filter, const Conditions &common, JobState state)
{
    return filterConditions({state}, filter.destinationId, common);
}

// How many jobs meet c, or -1 on a database error.
int countJobs(JobStoreCache &cache, const Conditions &c)
{
    Statement query = cache.statement(QStringLiteral("SELECT count(*) FROM jobs") + c.where());
    bindAll(*query, c.values);
    return query->exec() && query->next() ? query->value(0).toInt() : -1;
}

// The rows matching c as an index walk in creation order, tagged with the place of their group in the page.
QString walk(const Conditions &c, bool oldestFirst, int bucket)
{
    const QString direction = oldestFirst ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral("SELECT id, created_at, %1 AS bucket FROM jobs").arg(bucket) + c.where() +
           QStringLiteral(" ORDER BY created_at") + direction + QStringLiteral(", id") + direction;
}

// Rows [offset, offset + limit) of `total`, read from whichever end of the walk is nearer: SQLite steps
// over every skipped row, so the last page read backwards costs what the first one does.
struct Window
{
    int limit = 0;
    int offset = 0;
    bool backwards = false;
};

Window nearerEnd(int total, int offset, int limit)
{
    const int take = qMin(limit, total - offset);
    const int after = total - offset - take;
    return after < offset ? Window{take, after, true} : Window{take, offset, false};
}

// Beyond this offset, newest/oldest first over several states counts the matches (when an index can) to see
// whether the other end is nearer: merging the walks sorts states × (offset + limit) rows.
constexpr int kDeepOffset = 1000;

bool appendAudit(Database &database, const QString &osUser, const QString &action, const QString &subjectType,
                 const QString &subjectId, const QString &subjectName, const QJsonObject &details,
                 QString *error)
{
    Database::AuditEntry entry;
    entry.osUser = osUser;
    entry.action = action;
    entry.subjectType = subjectType;
    entry.subjectId = subjectId;
    entry.subjectName = subjectName;
    entry.details = details;
    return database.appendAudit(entry, error);
}

const QString kJobSubject = QStringLiteral("job");
const QString kSuppressionSubject = QStringLiteral("suppression");
const QString kAlertSubject = QStringLiteral("alert");

} // namespace

JobStore::JobStore(Database &database, QString osUser, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_osUser(osUser.isEmpty() ? QStringLiteral("unknown") : std::move(osUser))
    , m_cache(std::make_unique<JobStoreCache>(database))
{}

JobStore::~JobStore() = default;

void JobStore::setSearchWalkThreshold(qint64 matches)
{
    // Kept within an int, as count() is: the threshold + 1 still fits.
    m_cache->walkAboveMatches = qBound(qint64(0), matches, qint64(std::numeric_limits<int>::max()));
    // The plans differ only in speed: counts and pages stay the same, nothing to refresh.
}

// --- creating jobs ---

qint64 JobStore::enqueue(const Destination &destination, const QJsonObject &lead,
                         const MessagePreview &preview, bool test, QString *error)
{
    if (destination.id.isEmpty()) {
        fail(error, tr("Save the destination before sending through it."));
        return 0;
    }
    if (!preview.sendable || preview.to().isEmpty()) {
        fail(error, previewProblem(preview));
        return 0;
    }
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return 0;
    Statement lookup = m_cache->statement(QStringLiteral("SELECT 1 FROM suppressions WHERE number = ?"));
    bool suppressed = false;
    if (!suppressedIn(*lookup, preview.to(), &suppressed, error))
        return 0;
    Job job = newJob(destination.id, destination.name, lead, preview.to(), preview.body,
                     preview.segments.segments, SmsSegments::encodingName(preview.segments.encoding), test,
                     suppressed, QDateTime::currentDateTimeUtc());
    Statement insert = m_cache->statement(kInsertJob);
    if (!insertJob(*insert, job, error) || !transaction.commit(error))
        return 0;
    Q_EMIT jobChanged(job.id);
    return job.id;
}

int JobStore::enqueueMany(const Destination &destination, const QList<QJsonObject> &leads,
                          const QList<MessagePreview> &previews, QString *error)
{
    if (leads.size() != previews.size()) {
        fail(error,
             QStringLiteral("enqueueMany: %1 leads but %2 previews").arg(leads.size()).arg(previews.size()));
        return 0;
    }
    if (destination.id.isEmpty()) {
        fail(error, tr("Save the destination before sending through it."));
        return 0;
    }
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return 0;
    Statement lookup = m_cache->statement(QStringLiteral("SELECT 1 FROM suppressions WHERE number = ?"));
    Statement insert = m_cache->statement(kInsertJob);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int stored = 0;
    int skipped = 0;
    QString firstProblem;
    for (qsizetype i = 0; i < leads.size(); ++i) {
        const MessagePreview &preview = previews.at(i);
        if (!preview.sendable || preview.to().isEmpty()) {
            if (firstProblem.isEmpty())
                firstProblem = previewProblem(preview);
            ++skipped;
            continue;
        }
        bool suppressed = false;
        if (!suppressedIn(*lookup, preview.to(), &suppressed, error))
            return 0;
        Job job = newJob(destination.id, destination.name, leads.at(i), preview.to(), preview.body,
                         preview.segments.segments, SmsSegments::encodingName(preview.segments.encoding),
                         false, suppressed, now);
        if (!insertJob(*insert, job, error))
            return 0;
        ++stored;
    }
    if (!transaction.commit(error))
        return 0;
    if (skipped > 0 && error)
        *error = tr("%n lead(s) could not be sent and were skipped. The first: %1", nullptr, skipped)
                     .arg(firstProblem);
    if (stored > 0)
        Q_EMIT jobChanged(0);
    return stored;
}

// --- reading ---

std::optional<Job> JobStore::job(qint64 id, QString *error) const
{
    return loadJob(*m_cache, id, error);
}

QList<JobAttempt> JobStore::attempts(qint64 jobId) const
{
    Statement query = m_cache->statement(QStringLiteral("SELECT id, job_id, at, duration_ms, http_status, "
                                                        "twilio_code, outcome, message FROM attempts "
                                                        "WHERE job_id = ? ORDER BY id"));
    query->addBindValue(jobId);
    QList<JobAttempt> list;
    if (!query->exec())
        return list;
    while (query->next()) {
        JobAttempt attempt;
        attempt.id = query->value(0).toLongLong();
        attempt.jobId = query->value(1).toLongLong();
        attempt.at = timeAt(*query, 2);
        attempt.durationMs = query->value(3).toLongLong();
        attempt.httpStatus = query->value(4).toInt();
        attempt.twilioCode = query->value(5).toInt();
        attempt.outcome = query->value(6).toString();
        attempt.message = query->value(7).toString();
        list.append(attempt);
    }
    return list;
}

QList<Job> JobStore::jobs(const JobFilter &filter, int limit, int offset, QString *error) const
{
    QList<Job> list;
    if (limit <= 0)
        return list;
    offset = qMax(0, offset);
    const Conditions common = commonConditions(filter, *m_cache);
    const QList<JobState> states = filter.states.isEmpty() ? allStates() : distinctStates(filter.states);
    // The trigger-kept counts answer for the state filter alone; anything else needs a query.
    const bool countsAreKept = common.terms.isEmpty() && filter.destinationId.isEmpty();
    QString page;
    QVariantList values;
    QString order;
    if (filter.order == JobOrder::StatusThenNewest || filter.order == JobOrder::StatusReversedThenNewest) {
        // One bucket per status. The per-state counts say which buckets the window falls in; each of those
        // is one index walk, from its nearer end. Only the page itself is sorted.
        QList<JobState> buckets;
        for (JobState state : jobStatesInLifecycleOrder()) {
            if (states.contains(state))
                buckets.append(state);
        }
        if (filter.order == JobOrder::StatusReversedThenNewest)
            std::reverse(buckets.begin(), buckets.end());
        const QMap<JobState, int> kept = countsAreKept ? stateCounts() : QMap<JobState, int>();
        QStringList parts;
        int skip = offset;
        int wanted = limit;
        for (JobState state : std::as_const(buckets)) {
            if (wanted == 0)
                break;
            JobFilter one = filter;
            one.states = {state};
            const int size = countsAreKept ? kept.value(state) : count(one);
            if (skip >= size) {
                skip -= size;
                continue;
            }
            const Window window = nearerEnd(size, skip, wanted);
            const Conditions c = stateConditions(filter, common, state);
            parts.append(QStringLiteral("SELECT * FROM (") + walk(c, window.backwards, int(parts.size())) +
                         QStringLiteral(" LIMIT ? OFFSET ?)"));
            values.append(c.values);
            values.append(window.limit);
            values.append(window.offset);
            wanted -= window.limit;
            skip = 0;
        }
        if (parts.isEmpty())
            return list;
        page = parts.join(QStringLiteral(" UNION ALL "));
        order = QStringLiteral("page.bucket, page.created_at DESC, page.id DESC");
    } else {
        bool oldestFirst = filter.order == JobOrder::OldestFirst;
        order = oldestFirst ? QStringLiteral("page.created_at, page.id")
                            : QStringLiteral("page.created_at DESC, page.id DESC");
        const bool oneWalk = filter.states.isEmpty() && filter.destinationId.isEmpty();
        // A deep page is read from the other end when that is nearer and the count is worth taking: free
        // with the kept counts; an index range when several walks would otherwise be merged and sorted.
        const bool countedByIndex = !filter.onlyTest && filter.text.trimmed().isEmpty();
        if (offset > 0 &&
            (countsAreKept || (!oneWalk && states.size() > 1 && offset >= kDeepOffset && countedByIndex))) {
            const int total = count(filter);
            if (offset >= total)
                return list;
            const Window window = nearerEnd(total, offset, limit);
            limit = window.limit;
            offset = window.offset;
            oldestFirst = oldestFirst != window.backwards;
        }
        if (oneWalk) {
            page = walk(common, oldestFirst, 0) + QStringLiteral(" LIMIT ? OFFSET ?");
            values = common.values;
        } else {
            // One index walk per state, each stopping after offset + limit rows; merging them sorts at most
            // states × (offset + limit) rows. A single query with state IN (...) would sort every match.
            QStringList parts;
            for (JobState state : states) {
                const Conditions c = stateConditions(filter, common, state);
                values.append(c.values);
                QString part = walk(c, oldestFirst, 0);
                if (states.size() > 1) {
                    part = QStringLiteral("SELECT * FROM (") + part + QStringLiteral(" LIMIT ?)");
                    values.append(qint64(limit) + offset);
                }
                parts.append(part);
            }
            page = parts.join(QStringLiteral(" UNION ALL "));
            if (states.size() > 1)
                page += oldestFirst ? QStringLiteral(" ORDER BY created_at, id")
                                    : QStringLiteral(" ORDER BY created_at DESC, id DESC");
            page += QStringLiteral(" LIMIT ? OFFSET ?");
        }
        values.append(limit);
        values.append(offset);
    }
    Statement query =
        m_cache->statement(QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM (") + page +
                           QStringLiteral(") AS page JOIN jobs j ON j.id = page.id LEFT "
                                          "JOIN destinations d ON d.id = j.destination_id "
                                          "ORDER BY ") +
                           order);
    bindAll(*query, values);
    if (!exec(*query, error))
        return list;
    while (query->next())
        list.append(jobFromRow(*query));
    return list;
}

int JobStore::count(const JobFilter &filter) const
{
    qint64 textMatches = -1;
    const Conditions common = commonConditions(filter, *m_cache, &textMatches);
    const QList<JobState> states = distinctStates(filter.states);
    // The search alone: the size of its id set is the answer.
    if (textMatches >= 0 && common.terms.size() == 1 && states.isEmpty() && filter.destinationId.isEmpty())
        return int(textMatches);
    if (common.terms.isEmpty() && filter.destinationId.isEmpty()) {
        const QMap<JobState, int> counts = stateCounts();
        int total = 0;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (states.isEmpty() || states.contains(it.key()))
                total += it.value();
        }
        return total;
    }
    return qMax(0, countJobs(*m_cache, filterConditions(states, filter.destinationId, common)));
}

int JobStore::rowOf(const JobFilter &filter, qint64 jobId) const
{
    Statement row = m_cache->statement(QStringLiteral("SELECT created_at, state FROM jobs WHERE id = ?"));
    row->addBindValue(jobId);
    if (!row->exec() || !row->next())
        return -1;
    const QString created = row->value(0).toString();
    const std::optional<JobState> state = jobStateFromId(row->value(1).toString());
    const QList<JobState> states = filter.states.isEmpty() ? allStates() : distinctStates(filter.states);
    if (!state || !states.contains(*state))
        return -1;
    const Conditions common = commonConditions(filter, *m_cache);
    // The jobs of `among` matching the filter, plus one more condition.
    const auto countWith = [&](const QList<JobState> &among, const QString &term,
                               const QVariantList &values) {
        Conditions c = filterConditions(among, filter.destinationId, common);
        if (!term.isEmpty())
            c.add(term, values);
        return countJobs(*m_cache, c);
    };
    if (countWith({*state}, QStringLiteral("id = ?"), {jobId}) != 1)
        return -1; // another condition of the filter leaves it out
    const bool oldestFirst = filter.order == JobOrder::OldestFirst;
    const QString earlier = oldestFirst ? QStringLiteral("(created_at < ? OR (created_at = ? AND id < ?))")
                                        : QStringLiteral("(created_at > ? OR (created_at = ? AND id > ?))");
    const QVariantList at{created, created, jobId};
    if (filter.order == JobOrder::NewestFirst || filter.order == JobOrder::OldestFirst)
        return countWith(states, earlier, at);
    // Status orders: every job of the statuses before its own, then the newer ones of its status.
    QList<JobState> buckets = jobStatesInLifecycleOrder();
    if (filter.order == JobOrder::StatusReversedThenNewest)
        std::reverse(buckets.begin(), buckets.end());
    QList<JobState> before;
    for (JobState s : std::as_const(buckets)) {
        if (s == *state)
            break;
        if (states.contains(s))
            before.append(s);
    }
    const int ahead = before.isEmpty() ? 0 : countWith(before, {}, {});
    return ahead + countWith({*state}, earlier, at);
}

QMap<JobState, int> JobStore::stateCounts() const
{
    QMap<JobState, int> counts;
    for (JobState state : allStates())
        counts.insert(state, 0);
    Statement query = m_cache->statement(QStringLiteral("SELECT state, n FROM job_counts"));
    if (!query->exec())
        return counts;
    while (query->next()) {
        if (const auto state = jobStateFromId(query->value(0).toString()))
            counts.insert(*state, query->value(1).toInt());
    }
    return counts;
}

int JobStore::pendingCount() const
{
    int pending = 0;
    const QMap<JobState, int> counts = stateCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!isFinal(it.key()))
            pending += it.value();
    }
    return pending;
}

// --- the dispatcher's steps ---

std::optional<Job> JobStore::claimNextDue(const QString &destinationId, const QDateTime &now)
{
    QString error;
    Transaction transaction(m_database);
    if (!transaction.begin(&error))
        return std::nullopt;
    Statement queued = m_cache->statement(kSelectJobs + QStringLiteral(" WHERE j.destination_id = ? AND "
                                                                       "j.state = 'queued' ORDER BY "
                                                                       "j.created_at, j.id LIMIT 1"));
    Statement retry = m_cache->statement(kSelectJobs + QStringLiteral(" WHERE j.destination_id = ? AND "
                                                                      "j.state = 'retry_wait' AND "
                                                                      "j.next_attempt_at <= ? ORDER BY "
                                                                      "j.next_attempt_at, j.id LIMIT 1"));
    Statement lookup = m_cache->statement(QStringLiteral("SELECT 1 FROM suppressions WHERE number = ?"));
    const auto first = [](QSqlQuery &query) -> std::optional<Job> {
        if (!query.exec() || !query.next())
            return std::nullopt;
        Job job = jobFromRow(query);
        query.finish();
        return job;
    };
    QList<qint64> suppressedIds;
    while (true) {
        queued->bindValue(0, destinationId);
        retry->bindValue(0, destinationId);
        retry->bindValue(1, Database::toText(now));
        const auto oldestQueued = first(*queued);
        const auto oldestRetry = first(*retry);
        if (!oldestQueued && !oldestRetry)
            break;
        // Whichever has waited longer since it became due.
        const Job candidate = !oldestRetry ? *oldestQueued
                              : !oldestQueued || oldestRetry->nextAttemptAt < oldestQueued->nextAttemptAt
                                  ? *oldestRetry
                                  : *oldestQueued;
        bool suppressed = false;
        if (!suppressedIn(*lookup, candidate.to, &suppressed, &error))
            return std::nullopt;
        if (suppressed) {
            // Never sent to a number that opted out, even one added after the job was queued.
            Outcome outcome;
            outcome.event = JobEvent::Unsubscribed;
            outcome.category = categoryId(OutcomeCategory::RecipientUnsubscribed);
            outcome.errorMessage =
                tr("The recipient is on the suppression list (they opted out), so it was not sent.");
            const Job after =
                advanced(candidate, *transition(candidate.state, JobEvent::Unsubscribed), outcome, now);
            if (!writeJob(*m_cache, candidate.state, after, &error))
                return std::nullopt;
            suppressedIds.append(after.id);
            continue;
        }
        Outcome claim;
        claim.event = JobEvent::Claim;
        const Job after = advanced(candidate, *transition(candidate.state, JobEvent::Claim), claim, now);
        if (!writeJob(*m_cache, candidate.state, after, &error) || !transaction.commit(&error))
            return std::nullopt;
        for (qint64 id : std::as_const(suppressedIds))
            Q_EMIT jobChanged(id);
        Q_EMIT jobChanged(after.id);
        return after;
    }
    if (!suppressedIds.isEmpty() && transaction.commit(&error)) {
        for (qint64 id : std::as_const(suppressedIds))
            Q_EMIT jobChanged(id);
    }
    return std::nullopt;
}

QStringList JobStore::destinationsWithDueJobs(const QDateTime &now) const
{
    Statement query = m_cache->statement(
        QStringLiteral("SELECT d.id FROM destinations d WHERE EXISTS (SELECT 1 FROM jobs j WHERE "
                       "j.destination_id = d.id AND j.state = 'queued') OR EXISTS (SELECT 1 FROM jobs j "
                       "WHERE j.destination_id = d.id AND j.state = 'retry_wait' AND j.next_attempt_at <= ?) "
                       "ORDER BY d.name"));
    query->addBindValue(Database::toText(now));
    QStringList ids;
    if (!query->exec())
        return ids;
    while (query->next())
        ids.append(query->value(0).toString());
    return ids;
}

std::optional<QDateTime> JobStore::nextDueTime() const
{
    std::optional<QDateTime> earliest;
    for (const QString &sql :
         {QStringLiteral("SELECT next_attempt_at FROM jobs WHERE state = 'queued' ORDER BY created_at, id "
                         "LIMIT 1"),
          QStringLiteral("SELECT next_attempt_at FROM jobs WHERE state = 'retry_wait' ORDER BY "
                         "next_attempt_at LIMIT 1")}) {
        Statement query = m_cache->statement(sql);
        if (!query->exec() || !query->next())
            continue;
        const QDateTime at = timeAt(*query, 0);
        if (at.isValid() && (!earliest || at < *earliest))
            earliest = at;
    }
    return earliest;
}

bool JobStore::recordAttempt(qint64 jobId, const JobAttempt &attempt, const Outcome &outcome, QString *error)
{
    return applyOutcome(jobId, outcome, &attempt, error);
}

bool JobStore::apply(qint64 jobId, const Outcome &outcome, QString *error)
{
    return applyOutcome(jobId, outcome, nullptr, error);
}

bool JobStore::applyOutcome(qint64 jobId, const Outcome &outcome, const JobAttempt *attempt, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool suppressionAdded = false;
    if (!moveJob(jobId, outcome, now, &suppressionAdded, error))
        return false;
    if (attempt) {
        Statement insert =
            m_cache->statement(QStringLiteral("INSERT INTO attempts (job_id, at, duration_ms, http_status, "
                                              "twilio_code, outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value :
             {QVariant(jobId), QVariant(Database::toText(attempt->at.isValid() ? attempt->at : now)),
              QVariant(attempt->durationMs), QVariant(attempt->httpStatus), QVariant(attempt->twilioCode),
              notNull(attempt->outcome.isEmpty() ? outcome.category : attempt->outcome),
              nullable(attempt->message)})
            insert->addBindValue(value);
        if (!exec(*insert, error))
            return false;
    }
    if (!transaction.commit(error))
        return false;
    Q_EMIT jobChanged(jobId);
    if (suppressionAdded)
        Q_EMIT suppressionsChanged();
    return true;
}

bool JobStore::moveJob(qint64 jobId, const Outcome &outcome, const QDateTime &now, bool *suppressionAdded,
                       QString *error)
{
    const auto current = loadJob(*m_cache, jobId, error);
    if (!current)
        return false;
    const auto to = transition(current->state, outcome.event);
    if (!to)
        return fail(error, tr("Job %1 is %2: the step \"%3\" is not allowed from there.")
                               .arg(jobId)
                               .arg(jobStateLabel(current->state).toLower(), eventName(outcome.event)));
    const Job after = advanced(*current, *to, outcome, now);
    if (!writeJob(*m_cache, current->state, after, error))
        return false;
    if (outcome.event == JobEvent::Unsubscribed && outcome.errorCode == kTwilioUnsubscribed) {
        // Twilio says the recipient replied STOP: no job may go to them again, starting now.
        Statement insert = m_cache->statement(QStringLiteral("INSERT INTO suppressions (number, reason, "
                                                             "source, at) VALUES (?, ?, ?, ?) ON CONFLICT "
                                                             "(number) DO NOTHING"));
        insert->addBindValue(current->to);
        insert->addBindValue(outcome.errorMessage.isEmpty()
                                 ? tr("The recipient replied STOP (Twilio error 21610).")
                                 : outcome.errorMessage);
        insert->addBindValue(QStringLiteral("twilio_21610"));
        insert->addBindValue(Database::toText(now));
        if (!exec(*insert, error))
            return false;
        if (suppressionAdded)
            *suppressionAdded = insert->numRowsAffected() > 0;
    }
    return true;
}

int JobStore::recoverInterrupted(QString *error)
{
    // Every row moves by the same rule, so the state machine is asked once for all of them.
    const auto to = transition(JobState::Sending, JobEvent::CrashRecovered);
    Transaction transaction(m_database);
    if (!to || !transaction.begin(error))
        return 0;
    Statement query = m_cache->statement(QStringLiteral("UPDATE jobs SET state = ?, updated_at = ? WHERE "
                                                        "state = 'sending'"));
    query->addBindValue(jobStateId(*to));
    query->addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    if (!exec(*query, error))
        return 0;
    const int recovered = query->numRowsAffected();
    if (!transaction.commit(error))
        return 0;
    if (recovered > 0)
        Q_EMIT jobChanged(0);
    return recovered;
}

QList<Job> JobStore::jobsInState(JobState state, int limit) const
{
    Statement query =
        m_cache->statement(kSelectJobs + QStringLiteral(" WHERE j.state = ? ORDER BY j.created_at, j.id "
                                                        "LIMIT ?"));
    query->addBindValue(jobStateId(state));
    query->addBindValue(limit);
    QList<Job> list;
    if (!query->exec())
        return list;
    while (query->next())
        list.append(jobFromRow(*query));
    return list;
}

QList<Job> JobStore::duePolls(const QDateTime &now, int limit) const
{
    Statement query = m_cache->statement(kSelectJobs + QStringLiteral(" WHERE j.state = 'accepted' AND "
                                                                      "j.next_poll_at <= ? ORDER BY "
                                                                      "j.next_poll_at, j.id LIMIT ?"));
    query->addBindValue(Database::toText(now));
    query->addBindValue(limit);
    QList<Job> list;
    if (!query->exec())
        return list;
    while (query->next())
        list.append(jobFromRow(*query));
    return list;
}

std::optional<QDateTime> JobStore::nextPollTime() const
{
    Statement query =
        m_cache->statement(QStringLiteral("SELECT next_poll_at FROM jobs WHERE state = 'accepted' "
                                          "AND next_poll_at IS NOT NULL ORDER BY next_poll_at "
                                          "LIMIT 1"));
    if (!query->exec() || !query->next())
        return std::nullopt;
    return timeAt(*query, 0);
}

// --- manual operations ---

namespace {

// "Retried 12 jobs; 3 skipped (Delivered: 2, Sent to Twilio: 1)." The states as the Status column shows them,
// in the order of a job's life.
QString bulkSummary(const JobStore::BulkResult &result, bool retried)
{
    const int changed = int(result.changed.size());
    const QString done = retried ? JobStore::tr("Retried %Ln job(s)", nullptr, changed)
                                 : JobStore::tr("Canceled %Ln job(s)", nullptr, changed);
    const int skipped = result.skipped();
    if (skipped == 0)
        return done + QLatin1Char('.');
    QList<std::pair<QString, int>> reasons;
    for (JobState state : jobStatesInLifecycleOrder()) {
        if (const int count = result.skippedByState.value(state))
            reasons.append({jobStateLabel(state), count});
    }
    if (result.skippedWithoutDestination > 0)
        reasons.append({JobStore::tr("Destination removed"), result.skippedWithoutDestination});
    if (result.notFound > 0)
        reasons.append({JobStore::tr("Not found"), result.notFound});
    QStringList why;
    for (const auto &[reason, count] : std::as_const(reasons))
        why.append(reasons.size() == 1 ? reason
                                       : JobStore::tr("%1: %2", "why jobs were skipped: how many")
                                             .arg(reason, QLocale().toString(count)));
    return JobStore::tr("%1; %Ln skipped (%2).", "Retried 12 jobs; 3 skipped (Delivered).", skipped)
        .arg(done, why.join(QStringLiteral(", ")));
}

} // namespace

bool JobStore::retry(qint64 jobId, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    const auto current = loadJob(*m_cache, jobId, error);
    if (!current)
        return false;
    if (!transition(current->state, JobEvent::ManualRetry))
        return fail(error, tr("Job %1 is %2: only failed, undelivered or dead jobs can be retried.")
                               .arg(jobId)
                               .arg(jobStateLabel(current->state).toLower()));
    if (!hasDestination(*current))
        return fail(error, tr("Job %1 cannot be retried: its destination \"%2\" was removed.")
                               .arg(jobId)
                               .arg(current->destinationName));
    if (!manualStep(*current, JobEvent::ManualRetry, 0, error) || !transaction.commit(error))
        return false;
    Q_EMIT jobChanged(jobId);
    return true;
}

qint64 JobStore::replay(qint64 jobId, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return 0;
    const auto original = loadJob(*m_cache, jobId, error);
    if (!original)
        return 0;
    if (!isFinal(original->state)) {
        fail(error, tr("Job %1 is still %2: wait until it finishes (or cancel it) before replaying it.")
                        .arg(jobId)
                        .arg(jobStateLabel(original->state).toLower()));
        return 0;
    }
    if (!hasDestination(*original)) {
        fail(error, tr("Job %1 cannot be replayed: its destination \"%2\" was removed.")
                        .arg(jobId)
                        .arg(original->destinationName));
        return 0;
    }
    Statement lookup = m_cache->statement(QStringLiteral("SELECT 1 FROM suppressions WHERE number = ?"));
    bool suppressed = false;
    if (!suppressedIn(*lookup, original->to, &suppressed, error))
        return 0;
    Job copy = newJob(original->destinationId, original->destinationName, original->lead, original->to,
                      original->body, original->segments, original->encoding, original->test, suppressed,
                      QDateTime::currentDateTimeUtc());
    copy.replayOf = jobId;
    Statement insert = m_cache->statement(kInsertJob);
    if (!insertJob(*insert, copy, error))
        return 0;
    if (!appendAudit(m_database, m_osUser, QStringLiteral("job.replay"), kJobSubject, QString::number(jobId),
                     original->to,
                     QJsonObject{{QStringLiteral("new_job"), copy.id},
                                 {QStringLiteral("new_state"), jobStateId(copy.state)}},
                     error) ||
        !transaction.commit(error))
        return 0;
    Q_EMIT jobChanged(copy.id);
    return copy.id;
}

bool JobStore::cancel(qint64 jobId, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    const auto current = loadJob(*m_cache, jobId, error);
    if (!current)
        return false;
    if (!transition(current->state, JobEvent::Cancel))
        return fail(error, tr("Job %1 is %2: only queued jobs and jobs waiting to retry can be canceled.")
                               .arg(jobId)
                               .arg(jobStateLabel(current->state).toLower()));
    if (!manualStep(*current, JobEvent::Cancel, 0, error) || !transaction.commit(error))
        return false;
    Q_EMIT jobChanged(jobId);
    return true;
}

int JobStore::BulkResult::skipped() const
{
    int total = skippedWithoutDestination + notFound;
    for (int count : skippedByState)
        total += count;
    return total;
}

std::optional<JobStore::BulkResult> JobStore::retryMany(const QList<qint64> &jobIds, QString *error)
{
    return manualSteps(jobIds, JobEvent::ManualRetry, error);
}

std::optional<JobStore::BulkResult> JobStore::cancelMany(const QList<qint64> &jobIds, QString *error)
{
    return manualSteps(jobIds, JobEvent::Cancel, error);
}

bool JobStore::manualStep(const Job &current, JobEvent event, int batchSize, QString *error)
{
    Outcome outcome;
    outcome.event = event;
    const auto to = transition(current.state, event);
    if (!to)
        return fail(error, tr("Job %1 is %2: the step \"%3\" is not allowed from there.")
                               .arg(current.id)
                               .arg(jobStateLabel(current.state).toLower(), eventName(event)));
    if (!writeJob(*m_cache, current.state, advanced(current, *to, outcome, QDateTime::currentDateTimeUtc()),
                  error))
        return false;
    QJsonObject details{{QStringLiteral("from"), jobStateId(current.state)}};
    if (event == JobEvent::ManualRetry) {
        // What the retry wiped from the job (the attempts table keeps the rest).
        details.insert(QStringLiteral("attempts"), current.attempts);
        if (current.errorCode != 0)
            details.insert(QStringLiteral("error_code"), current.errorCode);
        if (!current.twilioSid.isEmpty())
            details.insert(QStringLiteral("twilio_sid"), current.twilioSid);
    }
    if (batchSize > 0)
        details.insert(QStringLiteral("batch_size"), batchSize);
    return appendAudit(m_database, m_osUser,
                       event == JobEvent::ManualRetry ? QStringLiteral("job.retry")
                                                      : QStringLiteral("job.cancel"),
                       kJobSubject, QString::number(current.id), current.to, details, error);
}

std::optional<JobStore::BulkResult> JobStore::manualSteps(const QList<qint64> &jobIds, JobEvent event,
                                                          QString *error)
{
    const bool retrying = event == JobEvent::ManualRetry;
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    // Every job is read before any is written, so each audit entry can say how many went together.
    BulkResult result;
    QList<Job> allowed;
    QSet<qint64> seen;
    for (qint64 id : jobIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        bool notFound = false;
        const auto current = loadJob(*m_cache, id, error, &notFound);
        if (!current && !notFound)
            return std::nullopt;
        // canRetryByHand() / canCancelByHand(), told apart by why not.
        if (!current)
            ++result.notFound;
        else if (!transition(current->state, event)) {
            ++result.skippedByState[current->state];
        } else if (retrying && !hasDestination(*current)) {
            ++result.skippedWithoutDestination;
        } else {
            allowed.append(*current);
        }
    }
    for (const Job &job : std::as_const(allowed)) {
        if (!manualStep(job, event, int(allowed.size()), error))
            return std::nullopt;
        result.changed.append(job.id);
    }
    if (!result.changed.isEmpty() && !transaction.commit(error))
        return std::nullopt;
    result.summary = bulkSummary(result, retrying);
    if (!result.changed.isEmpty())
        Q_EMIT jobChanged(result.changed.size() == 1 ? result.changed.constFirst() : 0);
    return result;
}

// --- suppression list ---

std::optional<QString> JobStore::suppressionNumber(const QString &input, QString *error)
{
    const QString number = input.trimmed();
    const auto refuse = [&](const QString &why) {
        fail(error, tr("\"%1\" is not a phone number in E.164 form (+, the country code, then the number, "
                       "e.g. +14155552671): %2")
                        .arg(number, why));
        return std::nullopt;
    };
    if (!number.startsWith(QLatin1Char('+')))
        return refuse(tr("it must start with + and the country code."));
    // libphonenumber would read letters as a keypad does (+1 800 FLOWERS): not a way to write E.164.
    static const QRegularExpression digits(QStringLiteral("^\\+[0-9 ().-]+$"));
    if (!digits.match(number).hasMatch())
        return refuse(tr("only digits may follow the +."));
    const PhoneAnalysis analysis = PhoneNumbers::analyze(number);
    // Fictional numbers are fine to list: they are never sent anyway, and tests use them.
    if (analysis.e164.isEmpty() || (!analysis.ok() && analysis.problem != PhoneAnalysis::Problem::Fictional))
        return refuse(analysis.message);
    return analysis.e164;
}

bool JobStore::isSuppressed(const QString &number) const
{
    Statement lookup = m_cache->statement(QStringLiteral("SELECT 1 FROM suppressions WHERE number = ?"));
    bool suppressed = false;
    return suppressedIn(*lookup, number, &suppressed, nullptr) && suppressed;
}

bool JobStore::suppress(const QString &input, const QString &reason, const QString &source, QString *error)
{
    const auto number = suppressionNumber(input, error);
    if (!number)
        return false;
    if (source.trimmed().isEmpty())
        return fail(error, tr("Say where the suppression comes from (for example \"manual\")."));
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    Statement existing =
        m_cache->statement(QStringLiteral("SELECT reason, source FROM suppressions WHERE number = ?"));
    existing->addBindValue(*number);
    if (!exec(*existing, error))
        return false;
    const QString why = reason.trimmed();
    QJsonObject details{{QStringLiteral("reason"), why}, {QStringLiteral("source"), source}};
    if (existing->next()) {
        if (existing->value(0).toString() == why && existing->value(1).toString() == source)
            return true; // already listed just so: nothing to change or audit
        details.insert(QStringLiteral("previous"),
                       QJsonObject{{QStringLiteral("reason"), existing->value(0).toString()},
                                   {QStringLiteral("source"), existing->value(1).toString()}});
    }
    existing->finish();
    Statement upsert = m_cache->statement(
        QStringLiteral("INSERT INTO suppressions (number, reason, source, at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (number) DO UPDATE SET reason = excluded.reason, source = "
                       "excluded.source"));
    upsert->addBindValue(*number);
    upsert->addBindValue(notNull(why));
    upsert->addBindValue(source);
    upsert->addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    if (!exec(*upsert, error) ||
        !appendAudit(m_database, m_osUser, QStringLiteral("suppression.add"), kSuppressionSubject, *number,
                     *number, details, error) ||
        !transaction.commit(error))
        return false;
    Q_EMIT suppressionsChanged();
    return true;
}

bool JobStore::unsuppress(const QString &input, QString *error)
{
    // A number listed before validation tightened can still be removed as written.
    const QString number = suppressionNumber(input).value_or(input.trimmed());
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    Statement existing =
        m_cache->statement(QStringLiteral("SELECT reason, source, at FROM suppressions WHERE number = ?"));
    existing->addBindValue(number);
    if (!exec(*existing, error))
        return false;
    if (!existing->next())
        return fail(error, tr("%1 is not on the suppression list.").arg(number));
    const QJsonObject details{{QStringLiteral("reason"), existing->value(0).toString()},
                              {QStringLiteral("source"), existing->value(1).toString()},
                              {QStringLiteral("listed_at"), existing->value(2).toString()}};
    existing->finish();
    Statement remove = m_cache->statement(QStringLiteral("DELETE FROM suppressions WHERE number = ?"));
    remove->addBindValue(number);
    if (!exec(*remove, error) ||
        !appendAudit(m_database, m_osUser, QStringLiteral("suppression.remove"), kSuppressionSubject, number,
                     number, details, error) ||
        !transaction.commit(error))
        return false;
    Q_EMIT suppressionsChanged();
    return true;
}

QList<Suppression> JobStore::suppressions() const
{
    QList<Suppression> list;
    Statement query = m_cache->statement(
        QStringLiteral("SELECT number, reason, source, at FROM suppressions ORDER BY at DESC, number"));
    if (!query->exec())
        return list;
    while (query->next())
        list.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                     timeAt(*query, 3)});
    return list;
}

// --- alerts ---

QString JobStore::alertSeverityId(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return QStringLiteral("info");
    case Alert::Severity::Warning:
        return QStringLiteral("warning");
    case Alert::Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

std::optional<Alert::Severity> JobStore::alertSeverityFromId(const QString &id)
{
    for (Alert::Severity severity :
         {Alert::Severity::Info, Alert::Severity::Warning, Alert::Severity::Error}) {
        if (alertSeverityId(severity) == id)
            return severity;
    }
    return std::nullopt;
}

qint64 JobStore::raiseAlert(Alert::Severity severity, const QString &destinationId, qint64 jobId,
                            const QString &code, const QString &message)
{
    if (code.isEmpty() || message.isEmpty())
        return 0;
    QString error;
    Transaction transaction(m_database);
    if (!transaction.begin(&error))
        return 0;
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    Statement open =
        m_cache->statement(QStringLiteral("SELECT id, severity FROM alerts WHERE code = ? AND destination_id "
                                          "IS ? AND acknowledged = 0 ORDER BY id DESC LIMIT 1"));
    open->addBindValue(code);
    open->addBindValue(nullable(destinationId));
    if (!exec(*open, &error))
        return 0;
    qint64 id = 0;
    if (open->next()) {
        id = open->value(0).toLongLong();
        // A repeat never lowers the severity the user already saw.
        const auto previous = alertSeverityFromId(open->value(1).toString()).value_or(severity);
        open->finish();
        Statement update = m_cache->statement(QStringLiteral("UPDATE alerts SET count = count + 1, last_seen "
                                                             "= ?, message = ?, severity = ?, job_id = "
                                                             "coalesce(?, job_id) WHERE id = ?"));
        for (const QVariant &value :
             {QVariant(now), QVariant(message), QVariant(alertSeverityId(std::max(previous, severity))),
              nullableId(jobId), QVariant(id)})
            update->addBindValue(value);
        if (!exec(*update, &error))
            return 0;
    } else {
        open->finish();
        Statement insert = m_cache->statement(QStringLiteral("INSERT INTO alerts (severity, destination_id, "
                                                             "job_id, code, message, first_seen, last_seen) "
                                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value :
             {QVariant(alertSeverityId(severity)), nullable(destinationId), nullableId(jobId), QVariant(code),
              QVariant(message), QVariant(now), QVariant(now)})
            insert->addBindValue(value);
        if (!exec(*insert, &error))
            return 0;
        id = insert->lastInsertId().toLongLong();
    }
    if (!transaction.commit(&error))
        return 0;
    Q_EMIT alertsChanged();
    return id;
}

QList<Alert> JobStore::alerts(bool includeAcknowledged) const
{
    QList<Alert> list;
    Statement query = m_cache->statement(
        kSelectAlerts + (includeAcknowledged ? QString() : QStringLiteral(" WHERE acknowledged = 0")) +
        QStringLiteral(" ORDER BY acknowledged, last_seen DESC, id DESC"));
    if (!query->exec())
        return list;
    while (query->next())
        list.append(alertFromRow(*query));
    return list;
}

bool JobStore::acknowledge(qint64 alertId, QString *error)
{
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    Statement query = m_cache->statement(kSelectAlerts + QStringLiteral(" WHERE id = ?"));
    query->addBindValue(alertId);
    if (!exec(*query, error))
        return false;
    if (!query->next())
        return fail(error, tr("There is no alert %1.").arg(alertId));
    const Alert alert = alertFromRow(*query);
    query->finish();
    if (alert.acknowledged)
        return true;
    Statement update =
        m_cache->statement(QStringLiteral("UPDATE alerts SET acknowledged = 1, acknowledged_at = ? WHERE id "
                                          "= ?"));
    update->addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    update->addBindValue(alertId);
    QJsonObject details{{QStringLiteral("count"), alert.count}, {QStringLiteral("message"), alert.message}};
    if (!alert.destinationId.isEmpty())
        details.insert(QStringLiteral("destination_id"), alert.destinationId);
    if (!exec(*update, error) ||
        !appendAudit(m_database, m_osUser, QStringLiteral("alert.acknowledge"), kAlertSubject,
                     QString::number(alertId), alert.code, details, error) ||
        !transaction.commit(error))
        return false;
    Q_EMIT alertsChanged();
    return true;
}

int JobStore::unacknowledgedAlertCount() const
{
    Statement query =
        m_cache->statement(QStringLiteral("SELECT count(*) FROM alerts WHERE acknowledged = 0"));
    if (!query->exec() || !query->next())
        return 0;
    return query->value(0).toInt();
}

} // namespace LeadRails
