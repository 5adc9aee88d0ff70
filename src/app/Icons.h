#pragma once

#include <QIcon>
#include <QStyle>

#include <optional>

namespace LeadRails {

// The app's icons, drawn as vector glyphs at whatever size and pixel ratio they are shown.
//
// Why drawn and not files: Qt ships only the style's 16-32 px bitmaps (blurred at 200 %, and the black ones
// vanish on a dark palette), a desktop's icon theme is missing on many systems, and decoding any image file
// makes Qt load every image-format plugin (GIF, TIFF, WebP, SVG, ...), a cost paid before the window can be
// painted. These glyphs are a few paths each; the monochrome ones take the palette's text colour (selected
// and disabled too), so they follow a switch between light and dark.
namespace Icons {

enum class Glyph {
    // Sections
    Destinations,
    Jobs,
    Alerts,
    AuditLog,
    Suppression,
    // Actions
    Add,
    // Status marks, in colour
    Error,
    Warning,
    Information,
    Passed,
    Skipped,
    // The clear button inside line edits
    ClearText,
};

QIcon icon(Glyph glyph);

// The glyph that stands for a style's standard pixmap, where the app draws its own.
std::optional<Glyph> glyphFor(QStyle::StandardPixmap standardPixmap);

} // namespace Icons
} // namespace LeadRails
