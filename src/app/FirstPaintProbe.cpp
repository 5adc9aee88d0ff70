#include "FirstPaintProbe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>

namespace LeadRails {

FirstPaintProbe::FirstPaintProbe(QWidget *window, Callback done)
    : QObject(window)
    , m_done(std::move(done))
{
    window->installEventFilter(this);
}

void FirstPaintProbe::watch(QWidget *window, Callback done)
{
    new FirstPaintProbe(window, std::move(done));
}

qint64 FirstPaintProbe::nowUs()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::microseconds>(now).count();
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)) {
        // The filter runs before the paint; a zero timer fires once the event, and so the paint and the
        // flush to the screen, is done.
        m_seen = true;
        auto *window = static_cast<QWidget *>(watched);
        window->removeEventFilter(this);
        QTimer::singleShot(0, this, [this, window] { m_done(window, nowUs()); });
    }
    return false;
}

} // namespace LeadRails
