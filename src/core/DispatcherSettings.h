#pragma once

#include <QList>

class QSettings;

namespace LeadRails {

// How the dispatcher paces, retries, reconciles and polls. Every field is a profile setting under
// "dispatcher/" (seconds as decimals, so tests can use short delays), listed by `leadrails-cli settings
// list`.
struct DispatcherSettings
{
    // Requests in flight at once per Twilio account (sends, polls and reconcile lists together).
    int maxConcurrentPerAccount = 4;
    // Retries: full jitter, the n-th retry waits a random time in [0, min(cap, base * 2^(n-1))], never
    // less than a Retry-After. After maxAttempts tries the job is dead.
    double retryBaseSeconds = 2;
    double retryCapSeconds = 15 * 60;
    int maxAttempts = 8;
    // An unknown outcome is reconciled only once the request is this old: the POST may still be in
    // flight at Twilio until the client's own timeout has passed, and Twilio's message list lags behind
    // creation. A "not found" seen too early would send the message twice.
    double reconcileSettleSeconds = 60;
    // A reconcile whose list request failed is tried again after this long.
    double reconcileRetrySeconds = 30;
    // Delivery polling: the waits between polls of an accepted message, counted from when it was sent;
    // the last one repeats until pollUntilFinalTimeoutSeconds after sending, then polling stops.
    QList<double> pollScheduleSeconds = {2, 5, 15, 60, 300, 900, 3600};
    double pollUntilFinalTimeoutSeconds = 24 * 3600;
    // One request: connection (no bytes moving) and total limits.
    double connectTimeoutSeconds = 10;
    double requestTimeoutSeconds = 30;
    // How often the destinations (paused, rate, secret replaced) and jobs queued by other processes are
    // looked at again when nothing else wakes the dispatcher.
    double refreshSeconds = 2;
    // Keychain read failed (locked, refused): tried again after this long.
    double secretRetrySeconds = 30;

    // Not a profile setting: benchmarks switch the per-destination pace off to measure raw throughput.
    bool enforcePace = true;

    // Reads every key, using the default for a missing or unreadable one.
    static DispatcherSettings load(const QSettings &settings);
    // Writes every key.
    void save(QSettings &settings) const;
    // Adds the keys the profile does not have yet, with their defaults, so that they can be seen and
    // edited; existing values are kept.
    static void addMissingDefaults(QSettings &settings);
};

} // namespace LeadRails
