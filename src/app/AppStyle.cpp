#include "AppStyle.h"

#include "Icons.h"

#include <QPainter>
#include <QStyleOption>

namespace LeadRails {

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                             const QWidget *widget) const
{
    if (const auto glyph = Icons::glyphFor(standardIcon))
        return Icons::icon(*glyph);
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    // Fusion paints a group box frame from fusion_groupbox.png: the same rounded outline, drawn.
    if (element == PE_FrameGroupBox && baseStyle()->name() == QLatin1String("fusion")) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(option->palette.color(QPalette::Window).darker(140));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace LeadRails
