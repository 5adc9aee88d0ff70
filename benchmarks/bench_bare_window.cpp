// The bare Qt window bench_gui compares the app's start-up with: a QMainWindow with one label, the size of
// the app's window (so both fill as many pixels), built by the same compiler, flags and Qt, and linking Qt
// Widgets only, as a bare window would. It shows, paints once, prints the time of its first paint the way
// `leadrails --smoke-test` does (the same FirstPaintProbe) and exits.
// Usage: bench_bare_window [WxH]

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare")));
    const QStringList size = argc > 1 ? QString::fromLocal8Bit(argv[1]).split(u'x') : QStringList();
    window.resize(size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize(1280, 800));
    LeadRails::FirstPaintProbe::watch(&window, [](QWidget *shown, qint64 paintedAtUs) {
        std::printf("bare window shown (%dx%d), first paint at %lld us\n", shown->width(), shown->height(),
                    static_cast<long long>(paintedAtUs));
        QCoreApplication::quit();
    });
    window.show();
    return app.exec();
}
