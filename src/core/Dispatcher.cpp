#include "Dispatcher.h"

#include "Database.h"
#include "DestinationStore.h"
#include "JobStore.h"
#include "TwilioErrorCatalog.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace LeadRails {

namespace {

Q_LOGGING_CATEGORY(lcDispatcher, "leadrails.dispatcher")

constexpr qint64 kNsPerMs = 1000000;
constexpr int kPollBatch = 200;
constexpr int kReconcileBatch = 200;
constexpr int kDepthIntervalMs = 500;

qint64 toMs(double seconds)
{
    return qint64(std::llround(seconds * 1000.0));
}

// Whole milliseconds from now until `when`, at least 0.
qint64 msUntil(const QDateTime &now, const QDateTime &when)
{
    return std::max<qint64>(0, now.msecsTo(when));
}

bool isSendable(JobState state)
{
    return state == JobState::Queued || state == JobState::RetryWait;
}

} // namespace

Dispatcher::Dispatcher(Database &database, JobStore &jobs, DestinationStore &destinations,
                       TwilioClient &twilio, const DispatcherSettings &settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_jobs(jobs)
    , m_destinationStore(destinations)
    , m_twilio(twilio)
    , m_settings(settings)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    // The pace is only as good as the timer that releases each send.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Dispatcher::pass);
    connect(&m_jobs, &JobStore::jobChanged, this, &Dispatcher::jobChanged);
    // Only this thread's store reports its own edits; other threads and processes are seen at refresh.
    connect(&m_destinationStore, &DestinationStore::changed, this, &Dispatcher::wake);
}

Dispatcher::~Dispatcher() = default;

QString Dispatcher::breakerReason()
{
    return tr("Twilio refused this destination's credentials (authentication failed).");
}

void Dispatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_idle = false;
    QString error;
    const int recovered = m_jobs.recoverInterrupted(&error);
    if (recovered < 0 || !error.isEmpty())
        qCWarning(lcDispatcher) << "could not recover interrupted jobs:" << error;
    else if (recovered > 0)
        qCInfo(lcDispatcher) << recovered << "interrupted job(s) to reconcile";
    m_refreshWanted = true;
    m_lastScanMs = -1;
    schedule();
}

void Dispatcher::stop()
{
    if (!m_running) {
        m_sendNow.clear();
        if (m_inFlight == 0)
            Q_EMIT stopped();
        else
            m_stopping = true;
        return;
    }
    m_stopping = true;
    m_timer.stop();
    if (m_inFlight == 0)
        finishStop();
}

void Dispatcher::finishStop()
{
    m_running = false;
    m_stopping = false;
    m_idle = false;
    m_timer.stop();
    Q_EMIT stopped();
}

void Dispatcher::sendNow(qint64 jobId)
{
    m_sendNow.insert(jobId);
    m_refreshWanted = true;
    schedule();
}

void Dispatcher::wake()
{
    m_refreshWanted = true;
    m_lastScanMs = -1;
    schedule();
}

// Every reason to look again (an answer, a timer, wake()) lands here; answers arriving together are
// handled by one pass.
void Dispatcher::schedule()
{
    if (m_passQueued)
        return;
    m_passQueued = true;
    QMetaObject::invokeMethod(this, &Dispatcher::pass, Qt::QueuedConnection);
}

void Dispatcher::pass()
{
    m_passQueued = false;
    if (m_stopping) {
        if (m_inFlight == 0)
            finishStop();
        return;
    }
    if (!m_running && m_sendNow.isEmpty())
        return;

    m_refreshedInPass = false;
    const qint64 nowMs = m_clock.elapsed();
    if (m_refreshWanted || m_lastRefreshMs < 0 || nowMs - m_lastRefreshMs >= toMs(m_settings.refreshSeconds))
        refreshDestinations();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 wakeMs = toMs(m_settings.refreshSeconds);
    m_sawWork = !m_sendNow.isEmpty();
    if (m_running) {
        // The unknown and accepted jobs are looked for when something says they may be due (an answer
        // of this dispatcher, a time it wrote), and at every refresh for what other processes did: a
        // pass per answer must not cost a scan of each.
        if (m_lastScanMs < 0 || nowMs - m_lastScanMs >= toMs(m_settings.refreshSeconds)) {
            m_lastScanMs = nowMs;
            m_reconcileCheckAtMs = 0;
            m_pollCheckAtMs = 0;
        }
        if (nowMs >= m_reconcileCheckAtMs)
            reconcilePass(now, &wakeMs);
        else
            wakeMs = std::min(wakeMs, m_reconcileCheckAtMs - nowMs);
        if (nowMs >= m_pollCheckAtMs)
            pollPass(now, &wakeMs);
        else
            wakeMs = std::min(wakeMs, m_pollCheckAtMs - nowMs);
        m_sawWork = m_sawWork || m_unknownWork || m_pollWork;
    }
    sendPass(now, &wakeMs);

    if (m_running) {
        const bool loadingSecrets =
            std::any_of(m_destinations.cbegin(), m_destinations.cend(), [](const DestinationState &s) {
                return s.secretState == DestinationState::Secret::Loading;
            });
        const bool idleNow = !m_sawWork && m_inFlight == 0 && !loadingSecrets;
        updateDepth(idleNow != m_idle);
        if (idleNow && !m_idle) {
            m_idle = true;
            Q_EMIT idle();
        } else if (!idleNow) {
            m_idle = false;
        }
    }
    m_timer.start(int(std::clamp<qint64>(wakeMs, 0, std::numeric_limits<int>::max())));
}

// ---- destinations ----

void Dispatcher::refreshDestinations()
{
    m_refreshWanted = false;
    m_refreshedInPass = true;
    m_lastRefreshMs = m_clock.elapsed();
    QString error;
    const QList<Destination> all = m_destinationStore.list(&error);
    if (!error.isEmpty()) {
        qCWarning(lcDispatcher) << "could not read the destinations:" << error;
        return;
    }
    QSet<QString> seen;
    for (Destination d : all) {
        seen.insert(d.id);
        DestinationState &state = m_destinations[d.id];
        const bool changed = state.destination.id.isEmpty() || state.destination.updatedAt != d.updatedAt;
        if (changed)
            state.breakerChecked = false;
        // The breaker's pause ends when the secret it tripped on is replaced (here, in another window or
        // in another process: the audit log says so either way).
        if (d.paused && d.pausedReason == breakerReason() && !state.breakerChecked) {
            state.breakerChecked = true;
            if (secretReplacedSincePause(d.id)) {
                const auto resumed = m_destinationStore.setPaused(d.id, false);
                if (resumed.ok) {
                    d = resumed.destination;
                    Q_EMIT destinationResumed(d.id);
                }
            }
        }
        // Edits may have replaced the secret: read it again before the next request.
        if (changed && state.secretState != DestinationState::Secret::Missing) {
            state.secretState = DestinationState::Secret::Missing;
            state.secret.clear();
            ++state.secretGeneration;
        }
        state.destination = d;
    }
    for (auto it = m_destinations.begin(); it != m_destinations.end();) {
        if (seen.contains(it.key()))
            ++it;
        else
            it = m_destinations.erase(it);
    }
}

bool Dispatcher::secretReplacedSincePause(const QString &destinationId) const
{
    const QList<Database::AuditEntry> entries =
        m_database.auditEntries(QStringLiteral("destination"), destinationId);
    bool pausedSeen = false;
    bool replacedAfter = false;
    for (const Database::AuditEntry &entry : entries) {
        if (entry.action == QLatin1String("destination.pause")) {
            pausedSeen = true;
            replacedAfter = false;
        } else if (pausedSeen &&
                   entry.details.value(QStringLiteral("secret")).toString() == QLatin1String("replaced")) {
            replacedAfter = true;
        }
    }
    return replacedAfter;
}

Dispatcher::DestinationState *Dispatcher::stateFor(const QString &destinationId)
{
    auto it = m_destinations.find(destinationId);
    if (it == m_destinations.end() && !m_refreshedInPass) {
        // Created since the last refresh.
        refreshDestinations();
        it = m_destinations.find(destinationId);
    }
    return it == m_destinations.end() ? nullptr : &*it;
}

bool Dispatcher::isBlocked(const DestinationState &state) const
{
    return !state.destination.enabled || state.destination.paused ||
           (state.secretState == DestinationState::Secret::Failed &&
            m_clock.elapsed() < state.secretRetryAtMs);
}

QString Dispatcher::blockedReason(const DestinationState &state) const
{
    if (!state.destination.enabled)
        return tr("The destination \"%1\" is disabled.").arg(state.destination.name);
    if (state.destination.paused)
        return tr("The destination \"%1\" is paused: %2")
            .arg(state.destination.name, state.destination.pausedReason.isEmpty()
                                             ? tr("paused by the user.")
                                             : state.destination.pausedReason);
    return tr("The secret of \"%1\" cannot be read: %2").arg(state.destination.name, state.secretProblem);
}

bool Dispatcher::ensureReady(DestinationState &state)
{
    if (!state.destination.enabled || state.destination.paused)
        return false;
    switch (state.secretState) {
    case DestinationState::Secret::Ready:
        return true;
    case DestinationState::Secret::Loading:
        return false;
    case DestinationState::Secret::Failed:
        if (m_clock.elapsed() < state.secretRetryAtMs)
            return false;
        [[fallthrough]];
    case DestinationState::Secret::Missing:
        loadSecret(state.destination.id);
        return false;
    }
    return false;
}

void Dispatcher::loadSecret(const QString &destinationId)
{
    DestinationState &state = m_destinations[destinationId];
    state.secretState = DestinationState::Secret::Loading;
    const int generation = ++state.secretGeneration;
    QPointer<Dispatcher> guard(this);
    m_destinationStore.readSecret(
        destinationId, [this, guard, destinationId, generation](const DestinationStore::Result &result) {
            if (!guard)
                return;
            auto it = m_destinations.find(destinationId);
            if (it == m_destinations.end() || it->secretGeneration != generation)
                return; // removed or edited meanwhile: a newer read decides
            if (result.ok && !result.destination.secret.isEmpty()) {
                it->secretState = DestinationState::Secret::Ready;
                it->secret = result.destination.secret;
                it->secretProblem.clear();
            } else {
                it->secretState = DestinationState::Secret::Failed;
                it->secretRetryAtMs = m_clock.elapsed() + toMs(m_settings.secretRetrySeconds);
                it->secretProblem = result.message;
                alert(Alert::Severity::Error, destinationId, 0, QStringLiteral("secret_unavailable"),
                      tr("Nothing can be sent through \"%1\": its secret cannot be read from the system "
                         "keychain. %2 Sending resumes once it can be read.")
                          .arg(it->destination.name, result.message));
            }
            schedule();
        });
}

TwilioCredentials Dispatcher::credentials(const DestinationState &state) const
{
    return Workspace::credentialsFor(state.destination, state.secret);
}

// ---- limits ----

bool Dispatcher::hasCapacity(const QString &accountSid) const
{
    return m_inFlightPerAccount.value(accountSid) < m_settings.maxConcurrentPerAccount;
}

void Dispatcher::acquire(const QString &accountSid)
{
    ++m_inFlightPerAccount[accountSid];
    ++m_inFlight;
}

void Dispatcher::release(const QString &accountSid)
{
    if (--m_inFlightPerAccount[accountSid] <= 0)
        m_inFlightPerAccount.remove(accountSid);
    --m_inFlight;
}

bool Dispatcher::paceAllows(const DestinationState &state, qint64 *wakeMs) const
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 at = std::max(m_settings.enforcePace ? state.nextSlotNs : 0, state.holdUntilNs);
    if (now >= at)
        return true;
    *wakeMs = std::min(*wakeMs, (at - now + kNsPerMs - 1) / kNsPerMs);
    return false;
}

// A token bucket holding one token. A send that leaves a little late (timer jitter) does not push the
// following ones back, so the rate over a minute is the configured one; after a pause the schedule starts
// again from now, so no burst follows it.
void Dispatcher::consumePace(DestinationState &state)
{
    const double rate = std::max(0.001, state.destination.ratePerSecond);
    const auto interval = qint64(1e9 / rate);
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 tolerance = std::min<qint64>(interval / 4, 50 * kNsPerMs);
    if (state.nextSlotNs >= 0 && now - state.nextSlotNs < tolerance)
        state.nextSlotNs += interval;
    else
        state.nextSlotNs = now + interval;
}

// ---- sending ----

void Dispatcher::sendPass(const QDateTime &now, qint64 *wakeMs)
{
    // Send Test: one job, claimed by id, whatever else is queued.
    const QList<qint64> direct(m_sendNow.cbegin(), m_sendNow.cend());
    for (qint64 id : direct) {
        const auto job = m_jobs.job(id);
        if (!job || !isSendable(job->state)) {
            m_sendNow.remove(id);
            continue;
        }
        DestinationState *state = stateFor(job->destinationId);
        if (!state) {
            m_sendNow.remove(id);
            Q_EMIT jobBlocked(id, tr("The destination of this job no longer exists."));
            continue;
        }
        if (!ensureReady(*state)) {
            if (isBlocked(*state)) {
                m_sendNow.remove(id);
                Q_EMIT jobBlocked(id, blockedReason(*state));
            }
            continue;
        }
        if (!hasCapacity(state->destination.accountSid) || !paceAllows(*state, wakeMs))
            continue;
        m_sendNow.remove(id);
        JobStore::Outcome claim;
        claim.event = JobEvent::Claim;
        QString error;
        if (!m_jobs.apply(id, claim, &error)) {
            qCWarning(lcDispatcher) << "could not claim job" << id << ":" << error;
            continue;
        }
        const auto claimed = m_jobs.job(id);
        if (!claimed)
            continue;
        consumePace(*state);
        send(*claimed, *state, true);
    }
    if (!m_running)
        return;

    bool claimedAny = false;
    QStringList due = m_jobs.destinationsWithDueJobs(now);
    if (!due.isEmpty()) {
        // Destinations sharing an account take turns at its cap.
        const qsizetype first = m_roundRobin++ % due.size();
        std::rotate(due.begin(), due.begin() + first, due.end());
    }
    for (const QString &destinationId : std::as_const(due)) {
        DestinationState *state = stateFor(destinationId);
        if (!state)
            continue; // removed: its jobs went with it
        if (!ensureReady(*state)) {
            if (!isBlocked(*state))
                m_sawWork = true; // its secret is on the way
            continue;
        }
        m_sawWork = true;
        while (hasCapacity(state->destination.accountSid) && paceAllows(*state, wakeMs)) {
            const auto job = m_jobs.claimNextDue(destinationId, now);
            if (!job)
                break;
            consumePace(*state);
            send(*job, *state, false);
            claimedAny = true;
        }
    }
    // Jobs waiting to retry later. (After a claim, the answer brings the next pass anyway.)
    if (!claimedAny) {
        if (const auto next = m_jobs.nextDueTime(); next && *next > now) {
            m_sawWork = true;
            *wakeMs = std::min(*wakeMs, msUntil(now, *next));
        }
    }
}

void Dispatcher::send(const Job &job, DestinationState &state, bool checkSuppression)
{
    // claimNextDue() checks the suppression list in the claim's transaction; a job claimed by id is
    // checked here, right before the request.
    if (checkSuppression && m_jobs.isSuppressed(job.to)) {
        JobStore::Outcome outcome;
        outcome.event = JobEvent::Unsubscribed;
        outcome.category = categoryId(OutcomeCategory::RecipientUnsubscribed);
        outcome.errorMessage = tr("%1 is on the suppression list: nothing was sent.").arg(job.to);
        QString error;
        if (!m_jobs.apply(job.id, outcome, &error))
            qCWarning(lcDispatcher) << "job" << job.id << error;
        TwilioResult result;
        result.category = OutcomeCategory::RecipientUnsubscribed;
        result.errorMessage = outcome.errorMessage;
        Q_EMIT attemptFinished(job.id, result);
        schedule();
        return;
    }
    const Destination &d = state.destination;
    const QString destinationId = d.id;
    const QString accountSid = d.accountSid;
    acquire(accountSid);
    m_twilio.sendMessage(credentials(state), {job.to, d.fromNumber, d.messagingServiceSid, job.body}, this,
                         [this, job, destinationId, accountSid](const TwilioResult &result) {
                             release(accountSid);
                             onSendFinished(job, destinationId, result);
                         });
}

void Dispatcher::onSendFinished(const Job &job, const QString &destinationId, const TwilioResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    JobAttempt attempt;
    attempt.jobId = job.id;
    attempt.at = job.sentAt.isValid() ? job.sentAt : now;
    attempt.durationMs = result.durationMs;
    attempt.httpStatus = result.httpStatus;
    attempt.twilioCode = result.errorCode;
    attempt.outcome = categoryId(result.category);
    attempt.message = result.errorMessage;

    JobStore::Outcome outcome;
    outcome.category = categoryId(result.category);
    outcome.errorCode = result.errorCode;
    outcome.errorMessage = result.errorMessage;
    const QString name = m_destinations.value(destinationId).destination.name;

    switch (result.category) {
    case OutcomeCategory::Success: {
        const TwilioMessage message = TwilioMessage::fromJson(result.body);
        outcome.event = JobEvent::Accepted;
        outcome.twilioSid = message.sid;
        outcome.twilioStatus = message.status;
        outcome.nextPollAt = nextPollAt(attempt.at, now);
        break;
    }
    case OutcomeCategory::RecipientUnsubscribed:
        // With 21610 the store lists the number in the same transaction; any other code of this category
        // is listed here.
        if (result.errorCode != 21610) {
            QString error;
            if (!m_jobs.suppress(job.to, result.errorMessage,
                                 QStringLiteral("twilio_%1").arg(result.errorCode), &error))
                qCWarning(lcDispatcher) << "could not suppress a number:" << error;
        }
        outcome.event = JobEvent::Unsubscribed;
        break;
    case OutcomeCategory::PermanentRecipient:
        outcome.event = JobEvent::PermanentFailure;
        break;
    case OutcomeCategory::ConfigurationError:
    case OutcomeCategory::CarrierFiltered: {
        outcome.event = JobEvent::PermanentFailure;
        const TwilioError explained =
            TwilioErrorCatalog::lookup(result.errorCode, result.errorMessage, result.moreInfo);
        alert(
            Alert::Severity::Error, destinationId, job.id, categoryId(result.category),
            tr("\"%1\" could not send to %2. %3 %4 Fix: %5")
                .arg(name, job.to, explained.title + QLatin1Char('.'), explained.explanation, explained.fix));
        break;
    }
    case OutcomeCategory::AuthenticationFailed:
        // Not the job's fault: it waits in the queue while the destination is paused.
        outcome.event = JobEvent::Requeue;
        openBreaker(destinationId, job.id, result);
        break;
    case OutcomeCategory::RateLimited:
    case OutcomeCategory::Transient:
        if (job.attempts >= m_settings.maxAttempts) {
            outcome.event = JobEvent::RetryBudgetSpent;
            alert(Alert::Severity::Error, destinationId, job.id, QStringLiteral("retry_budget_spent"),
                  tr("A message to %1 through \"%2\" was given up after %3 attempts: %4 Retry it from the "
                     "jobs list once the problem is solved.")
                      .arg(job.to, name)
                      .arg(job.attempts)
                      .arg(result.errorMessage));
        } else {
            outcome.event = JobEvent::RetryLater;
            outcome.nextAttemptAt = retryTime(job, result, now);
        }
        if (result.retryAfterSeconds) {
            // Twilio asked the whole account to slow down, not just this job.
            if (auto it = m_destinations.find(destinationId); it != m_destinations.end())
                it->holdUntilNs = std::max(it->holdUntilNs, m_clock.nsecsElapsed() +
                                                                *result.retryAfterSeconds * 1000 * kNsPerMs);
        }
        break;
    case OutcomeCategory::OutcomeUnknown:
        outcome.event = JobEvent::OutcomeUnknown;
        m_reconcileCheckAtMs = 0;
        break;
    }

    QString error;
    if (!m_jobs.recordAttempt(job.id, attempt, outcome, &error))
        qCWarning(lcDispatcher) << "could not record the answer for job" << job.id << ":" << error;
    if (outcome.event == JobEvent::Accepted)
        notePollAt(outcome.nextPollAt);
    Q_EMIT attemptFinished(job.id, result);
    schedule();
}

QDateTime Dispatcher::retryTime(const Job &job, const TwilioResult &result, const QDateTime &now) const
{
    // Full jitter: a random wait up to the exponential bound, so that many jobs failing together do not
    // come back together.
    const int exponent = std::clamp(job.attempts - 1, 0, 30);
    const double bound =
        std::min(m_settings.retryCapSeconds, m_settings.retryBaseSeconds * std::ldexp(1.0, exponent));
    double wait = QRandomGenerator::global()->bounded(1.0) * bound;
    if (result.retryAfterSeconds)
        wait = std::max(wait, double(*result.retryAfterSeconds));
    return now.addMSecs(toMs(wait));
}

// ---- reconciling ----

void Dispatcher::reconcilePass(const QDateTime &now, qint64 *wakeMs)
{
    const qint64 nowMs = m_clock.elapsed();
    const QList<Job> unknown = m_jobs.jobsInState(JobState::Unknown, kReconcileBatch);
    qint64 nextCheck = std::numeric_limits<qint64>::max();
    m_unknownWork = false;
    for (const Job &job : unknown) {
        if (m_busyJobs.contains(job.id)) {
            m_unknownWork = true;
            continue; // its answer triggers the next look
        }
        DestinationState *state = stateFor(job.destinationId);
        if (!state || isBlocked(*state))
            continue; // looked at again at the next refresh
        m_unknownWork = true;
        if (const qint64 retryAt = m_reconcileRetryAtMs.value(job.id, 0); retryAt > nowMs) {
            nextCheck = std::min(nextCheck, retryAt);
            continue;
        }
        const QDateTime settled = (job.sentAt.isValid() ? job.sentAt : job.updatedAt)
                                      .addMSecs(toMs(m_settings.reconcileSettleSeconds));
        if (settled > now) {
            nextCheck = std::min(nextCheck, nowMs + msUntil(now, settled));
            continue;
        }
        if (!ensureReady(*state) || !hasCapacity(state->destination.accountSid)) {
            nextCheck = nowMs; // the secret's arrival or a free slot brings the next pass
            continue;
        }
        reconcile(job, *state);
    }
    if (unknown.size() >= kReconcileBatch)
        nextCheck = nowMs;
    m_reconcileCheckAtMs = nextCheck;
    if (nextCheck != std::numeric_limits<qint64>::max())
        *wakeMs = std::min(*wakeMs, std::max<qint64>(0, nextCheck - nowMs));
}

void Dispatcher::reconcile(const Job &job, DestinationState &state)
{
    const QString destinationId = state.destination.id;
    const QString accountSid = state.destination.accountSid;
    // Twilio filters by whole UTC days; a day earlier covers a clock that is off, and a request sent just
    // before midnight.
    const QDate from = (job.sentAt.isValid() ? job.sentAt : job.createdAt).toUTC().date().addDays(-1);
    m_busyJobs.insert(job.id);
    acquire(accountSid);
    m_twilio.listMessages(credentials(state), job.to, from, this,
                          [this, job, destinationId, accountSid](const TwilioResult &result,
                                                                 const QList<TwilioMessage> &messages) {
                              release(accountSid);
                              m_busyJobs.remove(job.id);
                              onReconcileFinished(job, destinationId, result, messages);
                          });
}

void Dispatcher::onReconcileFinished(const Job &job, const QString &destinationId, const TwilioResult &result,
                                     const QList<TwilioMessage> &messages)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!result.ok()) {
        if (result.category == OutcomeCategory::AuthenticationFailed)
            openBreaker(destinationId, job.id, result);
        const double wait =
            std::max<double>(m_settings.reconcileRetrySeconds, result.retryAfterSeconds.value_or(0));
        m_reconcileRetryAtMs.insert(job.id, m_clock.elapsed() + toMs(wait));
        m_reconcileCheckAtMs = std::min(m_reconcileCheckAtMs, m_clock.elapsed() + toMs(wait));
        qCInfo(lcDispatcher) << "reconcile of job" << job.id
                             << "failed, trying again later:" << result.errorMessage;
        schedule();
        return;
    }
    m_reconcileRetryAtMs.remove(job.id);
    const Destination destination = m_destinations.value(destinationId).destination;
    // The message this job created, if any: same recipient and text, not created before this try left
    // (a replay, a duplicate lead or the message of a try before a manual retry has the same text; two
    // minutes allow for this computer's clock being ahead of Twilio's), and not already another job's.
    const QDateTime notBefore = (job.sentAt.isValid() ? job.sentAt : job.createdAt).addSecs(-2 * 60);
    const TwilioMessage *best = nullptr;
    int bestScore = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (const TwilioMessage &message : messages) {
        if (message.to != job.to || message.body != job.body)
            continue;
        if (message.dateCreated.isValid() && notBefore.isValid() && message.dateCreated < notBefore)
            continue;
        if (ownedByAnotherJob(message.sid, job.id))
            continue;
        const bool sameSender = (!destination.messagingServiceSid.isEmpty() &&
                                 message.messagingServiceSid == destination.messagingServiceSid) ||
                                (!destination.fromNumber.isEmpty() && message.from == destination.fromNumber);
        const int score = sameSender ? 1 : 0;
        const qint64 distance = message.dateCreated.isValid() && job.sentAt.isValid()
                                    ? std::abs(message.dateCreated.msecsTo(job.sentAt))
                                    : 0;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = &message;
            bestScore = score;
            bestDistance = distance;
        }
    }

    JobStore::Outcome outcome;
    if (best) {
        outcome.event = JobEvent::ReconcileFound;
        outcome.twilioSid = best->sid;
        outcome.twilioStatus = best->status;
        outcome.category = categoryId(OutcomeCategory::Success);
        outcome.nextPollAt = nextPollAt(job.sentAt.isValid() ? job.sentAt : now, now);
        if (!outcome.nextPollAt.isValid())
            outcome.nextPollAt = now;
    } else {
        outcome.event = JobEvent::ReconcileNotFound;
        outcome.category = categoryId(OutcomeCategory::OutcomeUnknown);
        outcome.errorMessage = tr("Twilio has no record of this message, so it was queued to be sent again.");
    }
    QString error;
    if (!m_jobs.apply(job.id, outcome, &error))
        qCWarning(lcDispatcher) << "could not record the reconcile of job" << job.id << ":" << error;
    if (best)
        notePollAt(outcome.nextPollAt);
    m_reconcileCheckAtMs = 0;
    schedule();
}

bool Dispatcher::ownedByAnotherJob(const QString &sid, qint64 jobId) const
{
    JobFilter filter;
    filter.text = sid;
    const QList<Job> matches = m_jobs.jobs(filter, 5);
    return std::any_of(matches.cbegin(), matches.cend(),
                       [&](const Job &other) { return other.id != jobId && other.twilioSid == sid; });
}

// ---- delivery status ----

void Dispatcher::pollPass(const QDateTime &now, qint64 *wakeMs)
{
    const qint64 nowMs = m_clock.elapsed();
    const QList<Job> due = m_jobs.duePolls(now, kPollBatch);
    qint64 nextCheck = std::numeric_limits<qint64>::max();
    m_pollWork = false;
    for (const Job &job : due) {
        if (m_busyJobs.contains(job.id)) {
            m_pollWork = true;
            continue;
        }
        DestinationState *state = stateFor(job.destinationId);
        if (!state || isBlocked(*state))
            continue;
        m_pollWork = true;
        if (!ensureReady(*state) || !hasCapacity(state->destination.accountSid)) {
            nextCheck = nowMs;
            continue;
        }
        poll(job, *state);
    }
    if (due.size() >= kPollBatch)
        nextCheck = nowMs;
    if (const auto next = m_jobs.nextPollTime(); next && *next > now) {
        m_pollWork = true;
        nextCheck = std::min(nextCheck, nowMs + msUntil(now, *next));
    }
    m_pollCheckAtMs = nextCheck;
    if (nextCheck != std::numeric_limits<qint64>::max())
        *wakeMs = std::min(*wakeMs, std::max<qint64>(0, nextCheck - nowMs));
}

void Dispatcher::notePollAt(const QDateTime &when)
{
    m_pollWork = true;
    const qint64 at = when.isValid() ? m_clock.elapsed() + msUntil(QDateTime::currentDateTimeUtc(), when) : 0;
    m_pollCheckAtMs = std::min(m_pollCheckAtMs, at);
}

void Dispatcher::poll(const Job &job, DestinationState &state)
{
    const QString destinationId = state.destination.id;
    const QString accountSid = state.destination.accountSid;
    m_busyJobs.insert(job.id);
    acquire(accountSid);
    m_twilio.fetchMessage(credentials(state), job.twilioSid, this,
                          [this, job, destinationId, accountSid](const TwilioResult &result) {
                              release(accountSid);
                              m_busyJobs.remove(job.id);
                              onPollFinished(job, destinationId, result);
                          });
}

void Dispatcher::onPollFinished(const Job &job, const QString &destinationId, const TwilioResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime sentAt = job.sentAt.isValid() ? job.sentAt : job.createdAt;
    JobStore::Outcome outcome;
    outcome.event = JobEvent::StatusUpdate;
    outcome.twilioSid = job.twilioSid;
    outcome.twilioStatus = job.twilioStatus;
    outcome.category = job.category;

    if (result.ok()) {
        const TwilioMessage message = TwilioMessage::fromJson(result.body);
        outcome.twilioStatus = message.status;
        outcome.errorCode = message.errorCode;
        outcome.errorMessage = message.errorMessage;
        const QString &status = message.status;
        if (status == QLatin1String("delivered")) {
            outcome.event = JobEvent::Delivered;
        } else if (status == QLatin1String("undelivered") || status == QLatin1String("failed") ||
                   status == QLatin1String("canceled")) {
            outcome.event =
                status == QLatin1String("undelivered") ? JobEvent::Undelivered : JobEvent::DeliveryFailed;
            const TwilioError error = TwilioErrorCatalog::lookup(message.errorCode, message.errorMessage);
            const bool filtered = message.errorCode && error.category == OutcomeCategory::CarrierFiltered;
            outcome.category = message.errorCode ? categoryId(error.category)
                                                 : categoryId(OutcomeCategory::PermanentRecipient);
            if (status == QLatin1String("canceled") && outcome.errorMessage.isEmpty())
                outcome.errorMessage = tr("The message was canceled at Twilio before it was sent.");
            const QString name = m_destinations.value(destinationId).destination.name;
            const QString what = message.errorCode ? tr("Twilio error %1: %2. %3 Fix: %4")
                                                         .arg(message.errorCode)
                                                         .arg(error.title, error.explanation, error.fix)
                                                   : outcome.errorMessage;
            alert(
                filtered ? Alert::Severity::Error : Alert::Severity::Warning, destinationId, job.id,
                filtered ? QStringLiteral("destination_config_failed") : QStringLiteral("delivery_failed"),
                tr("A message from \"%1\" to %2 was not delivered (%3). %4").arg(name, job.to, status, what));
        } else {
            outcome.nextPollAt = nextPollAt(sentAt, now);
            if (!outcome.nextPollAt.isValid()) {
                stopPolling(
                    job, outcome,
                    tr("Twilio had not reported the delivery %1 after sending; LeadRails stopped asking "
                       "(last status: %2).")
                        .arg(duration(m_settings.pollUntilFinalTimeoutSeconds), status));
                return;
            }
        }
    } else if (result.category == OutcomeCategory::AuthenticationFailed) {
        openBreaker(destinationId, job.id, result);
        notePollAt({});
        schedule();
        return; // polled again once the destination resumes
    } else if (result.category == OutcomeCategory::RateLimited ||
               result.category == OutcomeCategory::Transient ||
               result.category == OutcomeCategory::OutcomeUnknown) {
        QDateTime next = nextPollAt(sentAt, now);
        if (!next.isValid())
            next = now.addMSecs(toMs(m_settings.pollScheduleSeconds.constLast()));
        if (result.retryAfterSeconds)
            next = std::max(next, now.addSecs(*result.retryAfterSeconds));
        outcome.nextPollAt = next;
    } else {
        // Twilio answers, but not with this message (deleted, or sent with test credentials): asking again
        // will not help.
        stopPolling(job, outcome,
                    tr("The delivery status cannot be read from Twilio: %1").arg(result.errorMessage));
        return;
    }
    QString error;
    if (!m_jobs.apply(job.id, outcome, &error))
        qCWarning(lcDispatcher) << "could not record the status of job" << job.id << ":" << error;
    if (outcome.event == JobEvent::StatusUpdate)
        notePollAt(outcome.nextPollAt);
    else
        m_pollCheckAtMs = 0; // final: perhaps the last one, idle then
    schedule();
}

void Dispatcher::stopPolling(const Job &job, const JobStore::Outcome &last, const QString &note)
{
    QString error;
    // The last status read is kept; no next poll means the job no longer keeps the dispatcher busy.
    if (last.twilioStatus != job.twilioStatus) {
        JobStore::Outcome update = last;
        update.nextPollAt = QDateTime::currentDateTimeUtc();
        if (!m_jobs.apply(job.id, update, &error))
            qCWarning(lcDispatcher) << "could not record the status of job" << job.id << ":" << error;
    }
    if (!m_jobs.stopPolling(job.id, note, &error))
        qCWarning(lcDispatcher) << "could not stop polling job" << job.id << ":" << error;
    m_pollCheckAtMs = 0; // perhaps the last one: idle then
    schedule();
}

QString Dispatcher::duration(double seconds)
{
    if (seconds >= 3600)
        return tr("%n hour(s)", nullptr, int(std::lround(seconds / 3600)));
    if (seconds >= 60)
        return tr("%n minute(s)", nullptr, int(std::lround(seconds / 60)));
    return tr("%n second(s)", nullptr, int(std::lround(seconds)));
}

QDateTime Dispatcher::nextPollAt(const QDateTime &sentAt, const QDateTime &now) const
{
    const qint64 elapsed = sentAt.msecsTo(now);
    const qint64 limit = toMs(m_settings.pollUntilFinalTimeoutSeconds);
    if (elapsed >= limit)
        return {};
    qint64 offset = 0;
    for (double step : m_settings.pollScheduleSeconds) {
        offset += std::max<qint64>(1, toMs(step));
        if (offset > elapsed)
            return sentAt.addMSecs(std::min(offset, limit)); // the last look is at the deadline
    }
    const qint64 last = std::max<qint64>(1, toMs(m_settings.pollScheduleSeconds.constLast()));
    offset += ((elapsed - offset) / last + 1) * last;
    return sentAt.addMSecs(std::min(offset, limit));
}

// ---- breaker, alerts ----

void Dispatcher::openBreaker(const QString &destinationId, qint64 jobId, const TwilioResult &result)
{
    auto it = m_destinations.find(destinationId);
    if (it == m_destinations.end() || it->destination.paused)
        return; // requests already in flight answer 401 too: one pause, one alert
    const QString reason = breakerReason();
    const auto paused = m_destinationStore.setPaused(destinationId, true, reason);
    if (!paused.ok) {
        qCWarning(lcDispatcher) << "could not pause destination" << destinationId << ":" << paused.message;
        it->destination.paused = true; // still stop sending in this run
        it->destination.pausedReason = reason;
    } else {
        it->destination = paused.destination;
    }
    it->breakerChecked = true;
    alert(Alert::Severity::Error, destinationId, jobId, categoryId(OutcomeCategory::AuthenticationFailed),
          tr("Twilio refused the credentials of \"%1\" (%2). Sending through it is paused: replace its Auth "
             "Token or API key secret and it resumes by itself, or resume it once the account is fixed.")
              .arg(it->destination.name, result.errorMessage));
    Q_EMIT destinationPaused(destinationId, reason);
}

void Dispatcher::alert(Alert::Severity severity, const QString &destinationId, qint64 jobId,
                       const QString &code, const QString &message)
{
    m_jobs.raiseAlert(severity, destinationId, jobId, code, message);
}

void Dispatcher::updateDepth(bool force)
{
    const qint64 nowMs = m_clock.elapsed();
    if (!force && m_lastDepthMs >= 0 && nowMs - m_lastDepthMs < kDepthIntervalMs)
        return;
    m_lastDepthMs = nowMs;
    const QMap<JobState, int> counts = m_jobs.stateCounts();
    const int depth = counts.value(JobState::Queued) + counts.value(JobState::RetryWait) +
                      counts.value(JobState::Sending) + counts.value(JobState::Unknown);
    if (depth != m_lastDepth) {
        m_lastDepth = depth;
        Q_EMIT queueDepthChanged(depth);
    }
}

} // namespace LeadRails
