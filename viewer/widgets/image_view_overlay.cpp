// ImageView's overlay: corner text, orientation letters, measurements and the scale bar, drawn
// by a transparent child widget over the OpenGL picture.
#include "viewer/pixels/overlay_template.h"
#include "viewer/widgets/image_view_impl.h"

#include <QPainter>
#include <QPainterPath>

namespace dicomnet::viewer {

QHash<QString, QString> ImageView::overlayValues() {
    QHash<QString, QString> v;
    const SeriesLabel& l = d_->label;
    v.insert(QStringLiteral("title"), l.title);
    v.insert(QStringLiteral("patient"), l.patient);
    v.insert(QStringLiteral("patient_id"), l.patientId);
    v.insert(QStringLiteral("sex_age"), sexAndAge(l.sex, l.birthDate, l.studyDate));
    v.insert(QStringLiteral("birth_date"), overlayDate(l.birthDate));
    v.insert(QStringLiteral("study_date"), overlayDate(l.studyDate));
    v.insert(QStringLiteral("study_description"), l.studyDescription);
    v.insert(QStringLiteral("series"), l.series);
    if (!d_->shown) return v;
    const DisplaySlice& s = *d_->shown;
    v.insert(QStringLiteral("modality"), s.modality);
    if (d_->volume) {
        const Plane plane = d_->geometry.plane;
        v.insert(QStringLiteral("image"), tr("%1 %2/%3")
                                              .arg(plane == Plane::Axial     ? tr("Axial")
                                                   : plane == Plane::Coronal ? tr("Coronal")
                                                                             : tr("Sagittal"))
                                              .arg(d_->current + 1)
                                              .arg(d_->geometry.count));
        v.insert(QStringLiteral("image.short"),
                 QStringLiteral("%1/%2").arg(d_->current + 1).arg(d_->geometry.count));
    } else {
        v.insert(QStringLiteral("image"),
                 tr("Image %1/%2").arg(d_->current + 1).arg(d_->slices.size()));
        v.insert(QStringLiteral("image.short"),
                 QStringLiteral("%1/%2").arg(d_->current + 1).arg(d_->slices.size()));
        if (s.hasGeometry && d_->slices.size() > 1)
            v.insert(QStringLiteral("location"), tr("%1 mm").arg(s.location(), 0, 'f', 1));
    }
    if (s.frames > 1)
        v.insert(QStringLiteral("frame"), tr("Frame %1/%2").arg(s.frame + 1).arg(s.frames));
    if (!d_->colour())
        v.insert(QStringLiteral("window"),
                 tr("W/L %1/%2").arg(d_->width, 0, 'f', 0).arg(d_->center, 0, 'f', 0));
    v.insert(QStringLiteral("window.short"),
             QStringLiteral("%1/%2").arg(d_->width, 0, 'f', 0).arg(d_->center, 0, 'f', 0));
    v.insert(QStringLiteral("zoom"), tr("Zoom %1%").arg(d_->zoom * 100, 0, 'f', 0));
    v.insert(QStringLiteral("zoom.short"), QStringLiteral("%1%").arg(d_->zoom * 100, 0, 'f', 0));
    if (s.spacingIsImagerSpacing)
        v.insert(QStringLiteral("spacing_note"), tr("Spacing at the detector (not calibrated)"));
    return v;
}

const std::vector<QRect>& ImageView::overlayBoxes() const { return d_->overlayBoxes; }

void ImageView::drawOverlay(QPainter& p) {
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    // Clear of the stack scroll bar on the right, when there is one.
    const int scrollWidth = d_->scroll->isVisible() ? d_->scroll->width() : 0;
    const QRect area = rect().adjusted(6, 4, -6 - scrollWidth, -4);
    d_->overlayBoxes.clear();
    if (!d_->shown) {
        const QString wait = d_->slices.empty() ? tr("Drag a series here") : tr("Loading…");
        paintOverlay(p, {{area, wait, int(Qt::AlignCenter), false}});
        return;
    }
    const DisplaySlice& s = *d_->shown;
    OverlayText text =
        fillOverlay(overlayTemplateFor(siteOverlayTemplates(), s.modality), overlayValues());
    // Orientation letters at the middle of each edge.
    const auto m = d_->mapping();
    const ScreenDirections dir = screenDirections(s, m.rightX, m.rightY, m.downX, m.downY);
    if (!dir.right.isEmpty()) {
        text.right = dir.right;
        text.left = oppositeDirection(dir.right);
    }
    if (!dir.down.isEmpty()) {
        text.bottom = dir.down;
        text.top = oppositeDirection(dir.down);
    }
    // The scale bar's room, when the spacing is known.
    double barMm = 0;
    int barLength = 0;
    if (s.columnSpacing > 0) {
        const double pixelsPerMm = d_->zoom / s.columnSpacing;
        for (double candidate : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0})
            if (candidate * pixelsPerMm <= area.width() / 5.0) barMm = candidate;
        barLength = int(barMm * pixelsPerMm);
        if (barLength >= 8)
            text.bottomCentre =
                QSize(std::max(barLength + 4,
                               p.fontMetrics().horizontalAdvance(tr("%1 mm").arg(barMm)) + 2),
                      p.fontMetrics().height() + 10);
    }
    // The legend's room: a square and its words per entry, in one row, or one entry a row
    // when the pane is narrow.
    const QFontMetrics fm = p.fontMetrics();
    const int square = fm.ascent(), rowHeight = fm.height() + 4;
    int rowWidth = 0, columnWidth = 0;
    for (const auto& [colour, words] : d_->legend) {
        const int entry = square + 4 + fm.horizontalAdvance(words);
        rowWidth += (rowWidth ? 12 : 0) + entry;
        columnWidth = std::max(columnWidth, entry);
    }
    const bool oneRow =
        rowWidth + 16 + 2 * fm.horizontalAdvance(QStringLiteral("W…")) + 16 <= area.width();
    if (!d_->legend.empty())
        text.topCentre = oneRow ? QSize(rowWidth + 16, rowHeight + 2)
                                : QSize(columnWidth + 16, rowHeight * int(d_->legend.size()) + 2);
    QRect barBox, legendBox;
    const std::vector<PlacedText> placed = layOutOverlay(text, area, fm, &barBox, &legendBox);
    paintOverlay(p, placed);
    for (const PlacedText& t : placed) d_->overlayBoxes.push_back(t.box);
    if (!legendBox.isEmpty()) {
        d_->overlayBoxes.push_back(legendBox);
        p.fillRect(legendBox, QColor(0, 0, 0, 170));
        int x = legendBox.left() + 8, y = legendBox.top() + 1;
        for (const auto& [colour, words] : d_->legend) {
            p.fillRect(QRect(x, y + (rowHeight - square) / 2, square, square), colour);
            p.setPen(QColor(235, 235, 200));
            p.drawText(QRect(x + square + 4, y, fm.horizontalAdvance(words) + 1, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, words);
            if (oneRow)
                x += square + 4 + fm.horizontalAdvance(words) + 12;
            else
                y += rowHeight;
        }
    }
    // Measurements of this slice, and the one being drawn.
    std::vector<Measurement> shownMeasurements;
    if (auto it = d_->measured.find(d_->current); it != d_->measured.end())
        shownMeasurements = it->second;
    if (d_->isDrawing) shownMeasurements.push_back(d_->drawing);
    p.setRenderHint(QPainter::Antialiasing);
    for (const Measurement& mm : shownMeasurements) {
        std::vector<QPointF> pts;
        for (const QPointF& ip : mm.points) pts.push_back(d_->toScreen(m, ip));
        p.setPen(QPen(QColor(255, 210, 60), 1.5));
        p.setBrush(Qt::NoBrush);
        if (mm.kind == Measurement::Kind::Distance && pts.size() >= 2) {
            p.drawLine(pts[0], pts[1]);
        } else if (mm.kind == Measurement::Kind::Angle) {
            for (size_t i = 1; i < pts.size(); ++i) p.drawLine(pts[i - 1], pts[i]);
        } else if (pts.size() >= 2) {
            // The region's outline follows the image when it is turned: draw it in image space.
            QPainterPath path;
            const QPointF a = mm.points[0], b = mm.points[1];
            const QRectF r = QRectF(a, b).normalized();
            QPolygonF outline;
            const int steps = mm.kind == Measurement::Kind::Ellipse ? 64 : 4;
            for (int k = 0; k <= steps; ++k) {
                QPointF ip;
                if (mm.kind == Measurement::Kind::Ellipse) {
                    const double t = 2 * M_PI * k / steps;
                    ip = {r.center().x() + r.width() / 2 * std::cos(t),
                          r.center().y() + r.height() / 2 * std::sin(t)};
                } else {
                    const QPointF corners[] = {r.topLeft(), r.topRight(), r.bottomRight(),
                                               r.bottomLeft(), r.topLeft()};
                    ip = corners[k];
                }
                outline << d_->toScreen(m, ip);
            }
            p.drawPolyline(outline);
        }
        for (const QPointF& pt : pts) p.drawEllipse(pt, 2.5, 2.5);
        const QString label = describe(s, mm);
        if (!label.isEmpty() && !pts.empty()) {
            // Beside the last point, inside the view.
            const int textWidth = p.fontMetrics().horizontalAdvance(label);
            QPointF at = pts.back() + QPointF(8, -8);
            if (at.x() + textWidth > width() - 4) at.setX(pts.back().x() - 8 - textWidth);
            if (at.y() < 14) at.setY(pts.back().y() + 20);
            p.setPen(QColor(0, 0, 0, 200));
            p.drawText(at + QPointF(1, 1), label);
            p.setPen(QColor(255, 210, 60));
            p.drawText(at, label);
        }
    }
    // Where the other planes of the volume cut this one.
    if (d_->volume) {
        const PlaneGeometry& g = d_->geometry;
        for (const auto& [axis, mm] : d_->crossMm) {
            // The colour of the plane whose normal this axis is: axial, coronal, sagittal.
            const QColor colour = axis == 2   ? QColor(90, 200, 255)
                                  : axis == 1 ? QColor(120, 230, 120)
                                              : QColor(240, 120, 220);
            p.setPen(QPen(colour, 1));
            if (g.right[axis] != 0) {
                const double x = (mm - g.origin[axis]) / (g.columnSpacing * g.right[axis]);
                p.drawLine(d_->toScreen(m, {x, -0.5}), d_->toScreen(m, {x, g.rows - 0.5}));
            } else if (g.down[axis] != 0) {
                const double y = (mm - g.origin[axis]) / (g.rowSpacing * g.down[axis]);
                p.drawLine(d_->toScreen(m, {-0.5, y}), d_->toScreen(m, {g.columns - 0.5, y}));
            }
        }
    }
    // The scale bar, in the room the layout kept for it.
    if (!barBox.isEmpty()) {
        d_->overlayBoxes.push_back(barBox);
        const int y = barBox.bottom() - 5, x = barBox.center().x() - barLength / 2;
        for (const auto& [offset, colour] :
             {std::pair{1, QColor(0, 0, 0, 200)}, {0, QColor(235, 235, 200)}}) {
            p.setPen(QPen(colour, 2));
            const int ox = x + offset, oy = y + offset;
            p.drawLine(ox, oy, ox + barLength, oy);
            p.drawLine(ox, oy - 4, ox, oy + 4);
            p.drawLine(ox + barLength, oy - 4, ox + barLength, oy + 4);
            p.drawText(QRect(barBox.left() + offset, barBox.top() + offset, barBox.width(),
                             p.fontMetrics().height()),
                       Qt::AlignCenter, tr("%1 mm").arg(barMm));
        }
    }
}

}  // namespace dicomnet::viewer
