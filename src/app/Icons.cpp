#include "Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace LeadRails::Icons {

namespace {

// Glyphs are drawn on a 24 x 24 grid and scaled to the size asked for.
constexpr qreal kGrid = 24;

bool isStatusMark(Glyph glyph)
{
    switch (glyph) {
    case Glyph::Error:
    case Glyph::Warning:
    case Glyph::Information:
    case Glyph::Passed:
    case Glyph::Skipped:
        return true;
    default:
        return false;
    }
}

// The colour of a monochrome glyph: the text colour for where the icon sits (an item, selected or not, a
// disabled button), taken from the application palette when it is drawn.
QColor inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Active, QPalette::WindowText);
    }
}

// Status marks keep their meaning in colour and in shape: a white mark (dark on the amber warning) at 4.5:1
// or more against its fill, and fills at 3:1 or more against a white window, so the shape reads on any
// palette. Disabled ones turn grey.
QColor fillFor(Glyph glyph, QIcon::Mode mode)
{
    if (mode == QIcon::Disabled)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
    switch (glyph) {
    case Glyph::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Glyph::Warning:
        return QColor(0xc7, 0x7c, 0x00); // a brighter amber falls to 2:1 on white
    case Glyph::Information:
        return QColor(0x19, 0x76, 0xd2);
    case Glyph::Passed:
        return QColor(0x2e, 0x7d, 0x32);
    default:
        return QColor(0x75, 0x75, 0x75);
    }
}

void drawGlyph(QPainter &painter, Glyph glyph, QIcon::Mode mode)
{
    const QColor ink = isStatusMark(glyph) ? fillFor(glyph, mode) : inkFor(mode);
    QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);

    // A filled disc with a white mark on it.
    const auto disc = [&painter](const QColor &fill) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    };

    switch (glyph) {
    case Glyph::Destinations: { // a paper plane: where messages go
        QPainterPath plane;
        plane.moveTo(3, 11);
        plane.lineTo(21, 3);
        plane.lineTo(14, 21);
        plane.lineTo(11, 13);
        plane.closeSubpath();
        painter.drawPath(plane);
        painter.drawLine(QPointF(11, 13), QPointF(21, 3));
        break;
    }
    case Glyph::Jobs: // a list
        for (const qreal y : {6.5, 12.0, 17.5}) {
            painter.drawLine(QPointF(9.5, y), QPointF(20, y));
            painter.drawPoint(QPointF(5, y));
        }
        break;
    case Glyph::Alerts: { // a bell
        QPainterPath bell;
        bell.moveTo(12, 4);
        bell.cubicTo(8.6, 4, 7, 6.6, 7, 10);
        bell.lineTo(7, 14);
        bell.lineTo(5, 16.8);
        bell.lineTo(19, 16.8);
        bell.lineTo(17, 14);
        bell.lineTo(17, 10);
        bell.cubicTo(17, 6.6, 15.4, 4, 12, 4);
        bell.closeSubpath();
        painter.drawPath(bell);
        QPainterPath clapper;
        clapper.moveTo(10, 19.3);
        clapper.quadTo(12, 21.6, 14, 19.3);
        painter.drawPath(clapper);
        break;
    }
    case Glyph::AuditLog: // a clipboard with lines written on it
        painter.drawRoundedRect(QRectF(5, 4.5, 14, 16.5), 1.8, 1.8);
        painter.drawLine(QPointF(9.5, 3.5), QPointF(14.5, 3.5));
        for (const qreal y : {10.0, 13.5, 17.0})
            painter.drawLine(QPointF(8.5, y), QPointF(15.5, y));
        break;
    case Glyph::Suppression: // "no entry": numbers that must not be sent to
        painter.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        painter.drawLine(QPointF(6, 6), QPointF(18, 18));
        break;
    case Glyph::Add:
        painter.setPen(QPen(ink, 2.2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(12, 5), QPointF(12, 19));
        painter.drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case Glyph::Error:
        disc(ink);
        painter.drawLine(QPointF(8.5, 8.5), QPointF(15.5, 15.5));
        painter.drawLine(QPointF(15.5, 8.5), QPointF(8.5, 15.5));
        break;
    case Glyph::Warning: { // a triangle with a dark mark: white would not read on amber
        QPainterPath triangle;
        triangle.moveTo(12, 2.5);
        triangle.lineTo(22, 20.5);
        triangle.lineTo(2, 20.5);
        triangle.closeSubpath();
        painter.setPen(QPen(ink, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(ink);
        painter.drawPath(triangle);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 2.2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(12, 9), QPointF(12, 13.8));
        painter.drawPoint(QPointF(12, 17.3));
        break;
    }
    case Glyph::Information:
        disc(ink);
        painter.drawLine(QPointF(12, 11), QPointF(12, 17));
        painter.drawPoint(QPointF(12, 7.5));
        break;
    case Glyph::Passed: {
        disc(ink);
        QPainterPath check;
        check.moveTo(7.5, 12.5);
        check.lineTo(10.7, 15.5);
        check.lineTo(16.5, 9);
        painter.drawPath(check);
        break;
    }
    case Glyph::Skipped:
        disc(ink);
        painter.drawLine(QPointF(8, 12), QPointF(16, 12));
        break;
    case Glyph::ClearText: { // a light disc with a cross cut out of it, like the platforms' own
        const QPalette palette = QGuiApplication::palette();
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.color(QPalette::PlaceholderText));
        painter.drawEllipse(QPointF(12, 12), 8, 8);
        painter.setPen(QPen(palette.color(QPalette::Base), 2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(9, 9), QPointF(15, 15));
        painter.drawLine(QPointF(15, 9), QPointF(9, 15));
        break;
    }
    }
}

class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(Glyph glyph)
        : m_glyph(glyph)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(QRectF(rect).center() - QPointF(side / 2, side / 2));
        painter->scale(side / kGrid, side / kGrid);
        drawGlyph(*painter, m_glyph, mode);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        // Keyed by the colours too, so a palette change draws anew.
        const QString key = QStringLiteral("leadrails-glyph-%1-%2x%3-%4-%5-%6")
                                .arg(int(m_glyph))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(inkFor(mode).rgba())
                                .arg(QGuiApplication::palette().color(QPalette::Base).rgba());
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}};
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }
    QString key() const override { return QStringLiteral("LeadRailsGlyph"); }

private:
    const Glyph m_glyph;
};

} // namespace

QIcon icon(Glyph glyph)
{
    return QIcon(new GlyphEngine(glyph));
}

std::optional<Glyph> glyphFor(QStyle::StandardPixmap standardPixmap)
{
    switch (standardPixmap) {
    case QStyle::SP_LineEditClearButton:
        return Glyph::ClearText;
    case QStyle::SP_MessageBoxCritical:
        return Glyph::Error;
    case QStyle::SP_MessageBoxWarning:
        return Glyph::Warning;
    case QStyle::SP_MessageBoxInformation:
        return Glyph::Information;
    case QStyle::SP_DialogApplyButton:
        return Glyph::Passed;
    default:
        return std::nullopt;
    }
}

} // namespace LeadRails::Icons
