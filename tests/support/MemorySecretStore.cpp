#include "MemorySecretStore.h"

#include <QMetaObject>
#include <QPointer>

namespace LeadRails::Testing {

void MemorySecretStore::finish(QObject *context, Callback done, Result result)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), result = std::move(result)] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    Result result;
    if (m_failWith != Error::None)
        result.error = m_failWith;
    else if (!m_entries.contains(key))
        result.error = Error::NotFound;
    else
        result.secret = m_entries.value(key);
    result.message = messageFor(result.error);
    finish(context, std::move(done), result);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    Result result;
    result.error = m_failWith;
    if (m_failWith == Error::None)
        m_entries.insert(key, secret);
    result.message = messageFor(result.error);
    finish(context, std::move(done), result);
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    Result result;
    if (m_failWith != Error::None)
        result.error = m_failWith;
    else if (m_entries.remove(key) == 0)
        result.error = Error::NotFound;
    result.message = messageFor(result.error);
    finish(context, std::move(done), result);
}

} // namespace LeadRails::Testing
