#pragma once

#include <QProxyStyle>

namespace LeadRails {

// The platform's style with the app's own drawn icons wherever Qt asks the style for one (the clear button
// in line edits, message box and dialog marks), and Fusion's group box frame drawn instead of read from its
// PNG, so that no widget on screen at start-up decodes an image file: see Icons.h for why that matters.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps `base` (owned), or the platform's default style when null.
    explicit AppStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace LeadRails
