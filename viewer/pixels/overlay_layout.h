// The text over an image — four corners and the orientation letters at the middle of each
// edge — laid out so that nothing collides, in a pane of any size and in any language: the
// letters are placed first and always kept; each corner is as wide as the room its edge leaves
// beside the letter (and the scale bar) in the middle; a line too long for it is elided; lines
// that do not fit in its height go, least important first. The viewer's panes and the pictures
// `render` and `compare` write use it. Qt Gui only.
#pragma once

#include <QRect>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

class QFontMetrics;
class QPainter;

namespace dicomnet::viewer {

enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };

struct OverlayLine {
    QString text;
    int rank = 0;     // the lower, the longer it is kept when room runs out
    QString shorter;  // said instead when `text` does not fit (e.g. "60/120" for "Axial 60/120")
};

struct OverlayText {
    std::array<std::vector<OverlayLine>, 4> corners;  // by Corner, each in reading order
    // Orientation letters at the middle of the left, top, right and bottom edge (may be empty).
    QString left, top, right, bottom;
    // Room kept free at the middle of the bottom edge, above its letter (the scale bar), and
    // at the middle of the top edge, below its letter (a legend).
    QSize bottomCentre, topCentre;
};

struct PlacedText {
    QRect box;  // where the text is drawn, inside the area
    QString text;
    int flags = 0;  // Qt::Alignment for drawText
    bool letter = false;
};

// Places `text` inside `area` for text measured by `metrics`. No two boxes intersect, and
// none leaves `area`; `bottomCentreBox` and `topCentreBox` (optional) receive where the scale
// bar and the legend may go (empty when the pane has no room for them).
std::vector<PlacedText> layOutOverlay(const OverlayText& text, const QRect& area,
                                      const QFontMetrics& metrics, QRect* bottomCentreBox = nullptr,
                                      QRect* topCentreBox = nullptr);

// Draws placed text legible on any image: light text with a dark shadow.
void paintOverlay(QPainter& painter, const std::vector<PlacedText>& placed);

}  // namespace dicomnet::viewer
