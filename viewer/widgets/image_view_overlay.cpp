// ImageView's overlay: corner text, orientation letters, measurements and the scale bar, drawn
// by a transparent child widget over the OpenGL picture.
#include "viewer/widgets/image_view_impl.h"

#include <QPainter>
#include <QPainterPath>

namespace dicomnet::viewer {

void ImageView::drawOverlay(QPainter& p) {
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    // Clear of the stack scroll bar on the right, when there is one.
    const int scrollWidth = d_->scroll->isVisible() ? d_->scroll->width() : 0;
    const QRect area = rect().adjusted(6, 4, -6 - scrollWidth, -4);
    auto corner = [&](const QStringList& lines, Qt::Alignment align) {
        const QString text = lines.join(QLatin1Char('\n'));
        p.setPen(QColor(0, 0, 0, 200));
        p.drawText(area.translated(1, 1), int(align), text);
        p.setPen(QColor(235, 235, 200));
        p.drawText(area, int(align), text);
    };
    const SeriesLabel& l = d_->label;
    if (!d_->shown) {
        corner({d_->slices.empty() ? tr("Drag a series here") : tr("Loading…")}, Qt::AlignCenter);
        return;
    }
    const DisplaySlice& s = *d_->shown;
    corner({l.patient, l.patientId}, Qt::AlignTop | Qt::AlignLeft);
    corner({l.study, s.modality}, Qt::AlignTop | Qt::AlignRight);
    QStringList bottomLeft{l.series};
    if (d_->volume) {
        const Plane plane = d_->geometry.plane;
        bottomLeft << tr("%1 %2/%3")
                          .arg(plane == Plane::Axial     ? tr("Axial")
                               : plane == Plane::Coronal ? tr("Coronal")
                                                         : tr("Sagittal"))
                          .arg(d_->current + 1)
                          .arg(d_->geometry.count);
    } else {
        bottomLeft << tr("Image %1/%2").arg(d_->current + 1).arg(d_->slices.size());
    }
    if (s.frames > 1) bottomLeft << tr("Frame %1/%2").arg(s.frame + 1).arg(s.frames);
    corner(bottomLeft, Qt::AlignBottom | Qt::AlignLeft);
    QStringList bottomRight;
    if (!d_->colour())
        bottomRight << tr("W %1 L %2").arg(d_->width, 0, 'f', 0).arg(d_->center, 0, 'f', 0);
    bottomRight << tr("Zoom %1%").arg(d_->zoom * 100, 0, 'f', 0);
    if (s.spacingIsImagerSpacing) bottomRight << tr("Spacing at the detector (not calibrated)");
    corner(bottomRight, Qt::AlignBottom | Qt::AlignRight);
    // Orientation letters at the middle of each edge.
    const auto m = d_->mapping();
    const ScreenDirections dir = screenDirections(s, m.rightX, m.rightY, m.downX, m.downY);
    if (!dir.right.isEmpty()) {
        corner({dir.right}, Qt::AlignRight | Qt::AlignVCenter);
        corner({oppositeDirection(dir.right)}, Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (!dir.down.isEmpty()) {
        corner({dir.down}, Qt::AlignBottom | Qt::AlignHCenter);
        corner({oppositeDirection(dir.down)}, Qt::AlignTop | Qt::AlignHCenter);
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
    // A scale bar of a round length, when the spacing is known.
    if (s.columnSpacing > 0) {
        const double pixelsPerMm = d_->zoom / s.columnSpacing;
        double mm = 0.1;
        for (double candidate : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0})
            if (candidate * pixelsPerMm <= width() / 5.0) mm = candidate;
        const int length = int(mm * pixelsPerMm);
        const int y = height() - 40, x = width() / 2 - length / 2;
        for (const auto& [offset, colour] :
             {std::pair{1, QColor(0, 0, 0, 200)}, {0, QColor(235, 235, 200)}}) {
            p.setPen(QPen(colour, 2));
            const int ox = x + offset, oy = y + offset;
            p.drawLine(ox, oy, ox + length, oy);
            p.drawLine(ox, oy - 4, ox, oy + 4);
            p.drawLine(ox + length, oy - 4, ox + length, oy + 4);
            p.drawText(QRect(ox - 20, oy - 20, length + 40, 16), Qt::AlignCenter,
                       tr("%1 mm").arg(mm));
        }
    }
}

}  // namespace dicomnet::viewer
