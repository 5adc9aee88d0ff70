#include "AppStyle.h"
#include "DarkPalette.h"
#include "Icons.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTest>

using namespace LeadRails;
using Icons::Glyph;

// The app's drawn icons: sharp at any scale, in the palette's colours, and never an image file to decode.
class tst_Icons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // First: it asks whether this process ever loaded an image plugin.
    void shouldPaintTheMainWindowWithoutReadingAnImage();
    void shouldDrawEveryGlyphAtThePixelsOfItsScale_data();
    void shouldDrawEveryGlyphAtThePixelsOfItsScale();
    void shouldDrawSectionIconsInThePaletteTextColour();
    void shouldKeepStatusMarksInTheirColourAndGreyThemWhenDisabled();
    void shouldGiveLineEditsTheDrawnClearButton();

private:
    QPalette m_light;
};

namespace {

// The average colour of the pixels a glyph covers (alpha over one half), and how many there are.
struct Ink
{
    QColor colour;
    int pixels = 0;
};

Ink inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 128)
                continue;
            r += c.red();
            g += c.green();
            b += c.blue();
            ++n;
        }
    }
    if (n == 0)
        return {};
    return {QColor(int(r / n), int(g / n), int(b / n)), n};
}

bool imagePluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("/imageformats/");
}

const QList<Glyph> kAllGlyphs = {Glyph::Destinations, Glyph::Jobs,   Glyph::Alerts,  Glyph::AuditLog,
                                 Glyph::Suppression,  Glyph::Add,    Glyph::Error,   Glyph::Warning,
                                 Glyph::Information,  Glyph::Passed, Glyph::Skipped, Glyph::ClearText};

} // namespace

void tst_Icons::initTestCase()
{
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    m_light = QApplication::style()->standardPalette();
    QApplication::setPalette(m_light);
}

void tst_Icons::shouldPaintTheMainWindowWithoutReadingAnImage()
{
    if (!QFile::exists(QStringLiteral("/proc/self/maps")))
        QSKIP("Needs /proc/self/maps to see which libraries are loaded");
    // Decoding any image file makes Qt load every image-format plugin before the window can be painted.
    QString error;
    auto workspace = Testing::temporaryWorkspace(&error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(Testing::saveSampleDestination(*workspace)); // so the editor, preview and Verify box are shown
    QVERIFY(!imagePluginLoaded());
    MainWindow window(*workspace);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY2(!imagePluginLoaded(), "an image file was decoded while the main window was built and painted");
}

void tst_Icons::shouldDrawEveryGlyphAtThePixelsOfItsScale_data()
{
    QTest::addColumn<int>("glyph");
    QTest::addColumn<qreal>("scale");
    for (const Glyph glyph : kAllGlyphs) {
        for (const qreal scale : {1.0, 2.0})
            QTest::addRow("glyph %d at %gx", int(glyph), scale) << int(glyph) << scale;
    }
}

void tst_Icons::shouldDrawEveryGlyphAtThePixelsOfItsScale()
{
    QFETCH(int, glyph);
    QFETCH(qreal, scale);
    const QIcon icon = Icons::icon(Glyph(glyph));
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(16, 16), scale);
    // Drawn for the screen's pixels, not a 16 px bitmap blown up.
    QCOMPARE(pixmap.size(), QSize(16, 16) * scale);
    QCOMPARE(pixmap.devicePixelRatio(), scale);
    const Ink ink = inkOf(pixmap);
    const int area = pixmap.width() * pixmap.height();
    QVERIFY2(ink.pixels > area / 20, qPrintable(QStringLiteral("%1 of %2 pixels").arg(ink.pixels).arg(area)));
    QVERIFY2(ink.pixels < area, "the glyph fills its whole square");
}

void tst_Icons::shouldDrawSectionIconsInThePaletteTextColour()
{
    const QIcon jobs = Icons::icon(Glyph::Jobs);
    QApplication::setPalette(m_light);
    const Ink onLight = inkOf(jobs.pixmap(32, 32));
    const Ink selected = inkOf(jobs.pixmap(32, 32, QIcon::Selected));
    QApplication::setPalette(Testing::darkPalette());
    const Ink onDark = inkOf(jobs.pixmap(32, 32));
    QApplication::setPalette(m_light);

    QVERIFY2(onLight.colour.lightness() < 80, qPrintable(onLight.colour.name()));
    QVERIFY2(onDark.colour.lightness() > 180, qPrintable(onDark.colour.name()));
    const QColor highlighted = m_light.color(QPalette::HighlightedText);
    QVERIFY2(qAbs(selected.colour.lightness() - highlighted.lightness()) < 40,
             qPrintable(selected.colour.name() + QStringLiteral(" vs ") + highlighted.name()));
}

void tst_Icons::shouldKeepStatusMarksInTheirColourAndGreyThemWhenDisabled()
{
    for (const QPalette &palette : {m_light, Testing::darkPalette()}) {
        QApplication::setPalette(palette);
        const QColor error = inkOf(Icons::icon(Glyph::Error).pixmap(32, 32)).colour;
        QVERIFY2(error.red() > 2 * error.green() && error.red() > 2 * error.blue(), qPrintable(error.name()));
        const QColor passed = inkOf(Icons::icon(Glyph::Passed).pixmap(32, 32)).colour;
        QVERIFY2(passed.green() > passed.red() && passed.green() > passed.blue(), qPrintable(passed.name()));
        const QColor disabled = inkOf(Icons::icon(Glyph::Error).pixmap(32, 32, QIcon::Disabled)).colour;
        QVERIFY2(disabled.saturation() < 40, qPrintable(disabled.name()));
    }
    QApplication::setPalette(m_light);
}

void tst_Icons::shouldGiveLineEditsTheDrawnClearButton()
{
    const QIcon clear = QApplication::style()->standardIcon(QStyle::SP_LineEditClearButton);
    // The drawn glyph, not Fusion's file: any size is available and drawn to that size.
    QCOMPARE(clear.actualSize(QSize(40, 40)), QSize(40, 40));
    const Ink ink = inkOf(clear.pixmap(40, 40));
    QVERIFY(ink.pixels > 0);
    // Styles the app does not draw for are left to the platform.
    QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon).isNull());
    QVERIFY(!Icons::glyphFor(QStyle::SP_DirHomeIcon));
    QCOMPARE(Icons::glyphFor(QStyle::SP_MessageBoxCritical), std::optional<Glyph>(Glyph::Error));
}

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
