#include "DispatcherSettings.h"

#include <QSettings>
#include <QStringList>

#include <functional>

namespace LeadRails {

namespace {

// One row a setting: its key and how to read and write it, so load, save and defaults cannot disagree.
struct Key
{
    const char *name;
    std::function<QVariant(const DispatcherSettings &)> get;
    std::function<bool(DispatcherSettings &, const QVariant &)> set;
};

QString key(const char *name)
{
    return QStringLiteral("dispatcher/") + QLatin1String(name);
}

template<typename T> Key number(const char *name, T DispatcherSettings::*field, T minimum)
{
    return {name, [field](const DispatcherSettings &s) { return QVariant::fromValue(s.*field); },
            [field, minimum](DispatcherSettings &s, const QVariant &value) {
                bool ok = false;
                const double v = value.toString().trimmed().toDouble(&ok);
                if (!ok || v < double(minimum))
                    return false;
                s.*field = T(v);
                return true;
            }};
}

QString joinSchedule(const QList<double> &steps)
{
    QStringList parts;
    for (double step : steps)
        parts << QString::number(step);
    return parts.join(QLatin1Char(','));
}

const QList<Key> &keys()
{
    static const QList<Key> all = {
        number("maxConcurrentPerAccount", &DispatcherSettings::maxConcurrentPerAccount, 1),
        number("retryBaseSeconds", &DispatcherSettings::retryBaseSeconds, 0.0),
        number("retryCapSeconds", &DispatcherSettings::retryCapSeconds, 0.0),
        number("maxAttempts", &DispatcherSettings::maxAttempts, 1),
        number("reconcileSettleSeconds", &DispatcherSettings::reconcileSettleSeconds, 0.0),
        number("reconcileRetrySeconds", &DispatcherSettings::reconcileRetrySeconds, 0.0),
        // A list is stored as one comma-separated value: QSettings' own list type reads back differently
        // from what `settings set` writes.
        {"pollScheduleSeconds",
         [](const DispatcherSettings &s) { return QVariant(joinSchedule(s.pollScheduleSeconds)); },
         [](DispatcherSettings &s, const QVariant &value) {
             const QString text = value.typeId() == QMetaType::QStringList
                                      ? value.toStringList().join(QLatin1Char(','))
                                      : value.toString();
             QList<double> steps;
             for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                 bool ok = false;
                 const double step = part.trimmed().toDouble(&ok);
                 if (!ok || step <= 0)
                     return false;
                 steps << step;
             }
             if (steps.isEmpty())
                 return false;
             s.pollScheduleSeconds = steps;
             return true;
         }},
        number("pollUntilFinalTimeoutSeconds", &DispatcherSettings::pollUntilFinalTimeoutSeconds, 0.0),
        number("connectTimeoutSeconds", &DispatcherSettings::connectTimeoutSeconds, 0.1),
        number("requestTimeoutSeconds", &DispatcherSettings::requestTimeoutSeconds, 0.1),
        number("refreshSeconds", &DispatcherSettings::refreshSeconds, 0.05),
        number("secretRetrySeconds", &DispatcherSettings::secretRetrySeconds, 0.0),
    };
    return all;
}

} // namespace

DispatcherSettings DispatcherSettings::load(const QSettings &settings)
{
    DispatcherSettings result;
    for (const Key &k : keys()) {
        const QVariant value = settings.value(key(k.name));
        if (value.isValid())
            k.set(result, value); // an unreadable value keeps the default
    }
    return result;
}

void DispatcherSettings::save(QSettings &settings) const
{
    for (const Key &k : keys())
        settings.setValue(key(k.name), k.get(*this).toString());
}

void DispatcherSettings::addMissingDefaults(QSettings &settings)
{
    const DispatcherSettings defaults;
    for (const Key &k : keys()) {
        if (!settings.contains(key(k.name)))
            settings.setValue(key(k.name), k.get(defaults).toString());
    }
}

} // namespace LeadRails
