#include "DispatcherThread.h"

#include "Dispatcher.h"

#include <QMetaObject>

namespace LeadRails {

DispatcherThread::DispatcherThread(DispatcherHost::Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("LeadRails dispatcher"));
}

DispatcherThread::~DispatcherThread()
{
    if (m_host) {
        // Stop on its own thread; in-flight requests end there, or stay "sending" and are reconciled next
        // start.
        DispatcherHost *host = m_host;
        QMetaObject::invokeMethod(
            host,
            [host] {
                host->dispatcher().stop();
                delete host;
            },
            Qt::BlockingQueuedConnection);
        m_host = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

void DispatcherThread::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    DispatcherHost::createInThread(
        &m_thread, m_config, this, [this](DispatcherHost *host, const QString &error) {
            if (!host) {
                Q_EMIT failed(error);
                return;
            }
            m_host = host;
            Dispatcher *d = &host->dispatcher();
            connect(d, &Dispatcher::jobChanged, this, &DispatcherThread::jobChanged);
            connect(d, &Dispatcher::queueDepthChanged, this, &DispatcherThread::queueDepthChanged);
            connect(d, &Dispatcher::destinationPaused, this, &DispatcherThread::destinationPaused);
            connect(d, &Dispatcher::destinationResumed, this, &DispatcherThread::destinationResumed);
            connect(d, &Dispatcher::jobBlocked, this, &DispatcherThread::jobBlocked);
            QMetaObject::invokeMethod(d, &Dispatcher::start, Qt::QueuedConnection);
            Q_EMIT started();
        });
}

void DispatcherThread::wake()
{
    if (m_host)
        QMetaObject::invokeMethod(&m_host->dispatcher(), &Dispatcher::wake, Qt::QueuedConnection);
}

void DispatcherThread::sendNow(qint64 jobId)
{
    if (m_host) {
        Dispatcher *d = &m_host->dispatcher();
        QMetaObject::invokeMethod(
            d, [d, jobId] { d->sendNow(jobId); }, Qt::QueuedConnection);
    }
}

} // namespace LeadRails
