#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace LeadRails {

// Tells when a window has finished its first paint: the moment a user sees it. The app's --smoke-test and
// the start-up benchmark's bare window use the same probe, so both are measured to the same point.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    // Called once, after the first paint of window has been done (not when it is merely requested), with
    // the wall-clock time of that moment in microseconds since the epoch (comparable across processes).
    using Callback = std::function<void(QWidget *window, qint64 paintedAtUs)>;
    static void watch(QWidget *window, Callback done);
    // The clock of paintedAtUs: wall-clock microseconds since the epoch.
    static qint64 nowUs();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintProbe(QWidget *window, Callback done);

    Callback m_done;
    bool m_seen = false;
};

} // namespace LeadRails
