#include "viewer/pixels/overlay_layout.h"

#include <QColor>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace dicomnet::viewer {

namespace {

constexpr int kGap = 4;  // between boxes of different groups, in pixels

QRect letterBox(const QString& letter, const QFontMetrics& fm) {
    return letter.isEmpty() ? QRect() : QRect(0, 0, fm.horizontalAdvance(letter) + 2, fm.height());
}

// Which lines of one corner fit in `height` (least important dropped first), in reading order;
// none when the corner is narrower than `width` allows for a letter.
std::vector<size_t> fitCorner(const std::vector<OverlayLine>& lines, int width, int height,
                              const QFontMetrics& fm) {
    std::vector<size_t> kept;
    if (width < fm.horizontalAdvance(QStringLiteral("W…")) || height < fm.height()) return kept;
    const size_t room = size_t(height / fm.height());
    for (size_t i = 0; i < lines.size(); ++i)
        if (!lines[i].text.trimmed().isEmpty()) kept.push_back(i);
    if (kept.size() > room) {
        std::stable_sort(kept.begin(), kept.end(),
                         [&](size_t a, size_t b) { return lines[a].rank < lines[b].rank; });
        kept.resize(room);
        std::sort(kept.begin(), kept.end());
    }
    return kept;
}

}  // namespace

std::vector<PlacedText> layOutOverlay(const OverlayText& text, const QRect& area,
                                      const QFontMetrics& fm, QRect* bottomCentreBox,
                                      QRect* topCentreBox) {
    std::vector<PlacedText> out;
    const int lineH = fm.height();
    // 1. The letters, at the middle of each edge.
    QRect left = letterBox(text.left, fm), right = letterBox(text.right, fm);
    QRect top = letterBox(text.top, fm), bottom = letterBox(text.bottom, fm);
    const int midY = area.center().y(), midX = area.center().x();
    if (!left.isNull()) left.moveTo(area.left(), midY - lineH / 2);
    if (!right.isNull()) right.moveTo(area.right() + 1 - right.width(), midY - lineH / 2);
    if (!top.isNull()) top.moveTo(midX - top.width() / 2, area.top());
    if (!bottom.isNull()) bottom.moveTo(midX - bottom.width() / 2, area.bottom() + 1 - lineH);
    const bool roomForLetters = area.width() > 4 * lineH && area.height() > 3 * lineH;
    if (roomForLetters) {
        const auto add = [&](const QRect& r, const QString& s, int flags) {
            if (!r.isNull()) out.push_back({r, s, flags, true});
        };
        add(left, text.left, Qt::AlignLeft | Qt::AlignVCenter);
        add(right, text.right, Qt::AlignRight | Qt::AlignVCenter);
        add(top, text.top, Qt::AlignHCenter | Qt::AlignTop);
        add(bottom, text.bottom, Qt::AlignHCenter | Qt::AlignBottom);
    } else {
        left = right = top = bottom = QRect();
    }
    // 2. Where the side letters are: the corners, the scale bar and the legend stay above or
    //    below them.
    int sideTop = midY, sideBottom = midY;
    for (const QRect& r : {left, right})
        if (!r.isNull()) {
            sideTop = std::min(sideTop, r.top());
            sideBottom = std::max(sideBottom, r.bottom() + 1);
        }
    // 3. The scale bar's room: at the middle of the bottom edge, above its letter.
    const int minimalCorner = fm.horizontalAdvance(QStringLiteral("W…"));
    QRect bar;
    if (!text.bottomCentre.isEmpty() && roomForLetters &&
        text.bottomCentre.width() + 2 * (minimalCorner + kGap) <= area.width()) {
        const int barBottom = (bottom.isNull() ? area.bottom() + 1 : bottom.top() - kGap);
        bar = QRect(midX - text.bottomCentre.width() / 2, barBottom - text.bottomCentre.height(),
                    text.bottomCentre.width(), text.bottomCentre.height());
        if (bar.top() < sideBottom + kGap) bar = QRect();
    }
    if (bottomCentreBox) *bottomCentreBox = bar;
    QRect legend;
    if (!text.topCentre.isEmpty() && roomForLetters &&
        text.topCentre.width() + 2 * (minimalCorner + kGap) <= area.width()) {
        const int legendTop = top.isNull() ? area.top() : top.bottom() + 1 + kGap;
        legend = QRect(midX - text.topCentre.width() / 2, legendTop, text.topCentre.width(),
                       text.topCentre.height());
        if (legend.bottom() + kGap >= sideTop) legend = QRect();
    }
    if (topCentreBox) *topCentreBox = legend;
    // 4. The corners' heights: the top ones end above the side letters, the bottom ones start
    //    below them; without letters, each half of the height.
    const int topHeight = sideTop - kGap - area.top();
    const int bottomHeight = area.bottom() + 1 - (sideBottom + kGap);
    // 5. Each row of a corner is as wide as the middle of the pane leaves at its height (the
    //    top or bottom letter, the scale bar); the lines kept fill the rows from the corner.
    const auto rowWidth = [&](int y) {
        int middle = 0;
        for (const QRect& r : {top, bottom, bar, legend})
            if (!r.isNull() && r.top() < y + lineH + kGap && y < r.bottom() + 1 + kGap)
                middle = std::max(middle, r.width());
        return middle > 0 ? (area.width() - middle) / 2 - kGap : (area.width() - kGap) / 2;
    };
    const int narrowest = std::min(rowWidth(area.top()), rowWidth(area.bottom() + 1 - lineH));
    for (int c = 0; c < 4; ++c) {
        const bool isTop = c == int(Corner::TopLeft) || c == int(Corner::TopRight);
        const bool isLeft = c == int(Corner::TopLeft) || c == int(Corner::BottomLeft);
        const std::vector<size_t> kept =
            fitCorner(text.corners[size_t(c)], std::max(narrowest, rowWidth(midY)),
                      isTop ? topHeight : bottomHeight, fm);
        const int n = int(kept.size());
        for (int i = 0; i < n; ++i) {
            const int y = isTop ? area.top() + i * lineH : area.bottom() + 1 - (n - i) * lineH;
            const int width = rowWidth(y);
            const OverlayLine& l = text.corners[size_t(c)][kept[size_t(i)]];
            const bool fits = fm.horizontalAdvance(l.text) <= width;
            const QString line = fm.elidedText(fits || l.shorter.isEmpty() ? l.text : l.shorter,
                                               Qt::ElideRight, width);
            if (width < fm.horizontalAdvance(QStringLiteral("W…"))) continue;
            const int w = std::min(width, fm.horizontalAdvance(line) + 1);
            const int x = isLeft ? area.left() : area.right() + 1 - w;
            out.push_back({QRect(x, y, w, lineH), line,
                           int(isLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, false});
        }
    }
    return out;
}

void paintOverlay(QPainter& p, const std::vector<PlacedText>& placed) {
    for (const PlacedText& t : placed) {
        p.setPen(QColor(0, 0, 0, 200));
        p.drawText(t.box.translated(1, 1), t.flags, t.text);
        p.setPen(QColor(235, 235, 200));
        p.drawText(t.box, t.flags, t.text);
    }
}

}  // namespace dicomnet::viewer
