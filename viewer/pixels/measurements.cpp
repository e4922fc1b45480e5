#include "viewer/pixels/measurements.h"

#include <QObject>

#include <algorithm>
#include <cmath>

namespace dicomnet::viewer {

namespace {

double columnSpacing(const DisplaySlice& s) { return s.columnSpacing > 0 ? s.columnSpacing : 1; }
double rowSpacing(const DisplaySlice& s) { return s.rowSpacing > 0 ? s.rowSpacing : 1; }

// The letters of a patient direction: +x left, +y posterior, +z head (PS3.3 C.7.6.1.1.1),
// strongest first, those over a fifth of the whole.
QString letters(const double v[3]) {
    struct Axis {
        double size;
        char letter;
    } axes[3] = {
        {v[0], v[0] > 0 ? 'L' : 'R'}, {v[1], v[1] > 0 ? 'P' : 'A'}, {v[2], v[2] > 0 ? 'H' : 'F'}};
    std::sort(std::begin(axes), std::end(axes),
              [](const Axis& a, const Axis& b) { return std::abs(a.size) > std::abs(b.size); });
    QString out;
    for (const Axis& a : axes)
        if (std::abs(a.size) > 0.2) out += QLatin1Char(a.letter);
    return out;
}

}  // namespace

double distanceMm(const DisplaySlice& s, QPointF a, QPointF b) {
    const double dx = (b.x() - a.x()) * columnSpacing(s), dy = (b.y() - a.y()) * rowSpacing(s);
    return std::hypot(dx, dy);
}

double angleDegrees(const DisplaySlice& s, QPointF a, QPointF vertex, QPointF b) {
    const double ax = (a.x() - vertex.x()) * columnSpacing(s),
                 ay = (a.y() - vertex.y()) * rowSpacing(s);
    const double bx = (b.x() - vertex.x()) * columnSpacing(s),
                 by = (b.y() - vertex.y()) * rowSpacing(s);
    const double la = std::hypot(ax, ay), lb = std::hypot(bx, by);
    if (la == 0 || lb == 0) return 0;
    const double c = std::clamp((ax * bx + ay * by) / (la * lb), -1.0, 1.0);
    return std::acos(c) * 180 / M_PI;
}

RegionStatistics regionStatistics(const DisplaySlice& s, const Measurement& region) {
    RegionStatistics r;
    if (!s.monochromeValues() || region.points.size() < 2) return r;
    const QPointF p = region.points[0], q = region.points[1];
    const double x0 = std::min(p.x(), q.x()), x1 = std::max(p.x(), q.x());
    const double y0 = std::min(p.y(), q.y()), y1 = std::max(p.y(), q.y());
    const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, rx = (x1 - x0) / 2, ry = (y1 - y0) / 2;
    const bool ellipse = region.kind == Measurement::Kind::Ellipse;
    double sum = 0, sumSquares = 0;
    r.min = std::numeric_limits<double>::max();
    r.max = std::numeric_limits<double>::lowest();
    for (int y = std::max(0, int(std::ceil(y0))); y <= std::min(s.rows - 1, int(std::floor(y1)));
         ++y) {
        for (int x = std::max(0, int(std::ceil(x0)));
             x <= std::min(s.columns - 1, int(std::floor(x1))); ++x) {
            if (ellipse) {
                if (rx <= 0 || ry <= 0) continue;
                const double u = (x - cx) / rx, v = (y - cy) / ry;
                if (u * u + v * v > 1) continue;
            }
            const double v = s.value(size_t(y) * size_t(s.columns) + size_t(x));
            sum += v;
            sumSquares += v * v;
            r.min = std::min(r.min, v);
            r.max = std::max(r.max, v);
            ++r.pixels;
        }
    }
    if (r.pixels == 0) return RegionStatistics{};
    r.mean = sum / r.pixels;
    r.sd =
        r.pixels > 1 ? std::sqrt(std::max(0.0, (sumSquares - sum * r.mean) / (r.pixels - 1))) : 0;
    if (s.columnSpacing > 0 && s.rowSpacing > 0)
        r.areaMm2 = (ellipse ? M_PI * rx * ry : 4 * rx * ry) * s.columnSpacing * s.rowSpacing;
    return r;
}

QString describe(const DisplaySlice& s, const Measurement& m) {
    const bool known = s.columnSpacing > 0 && s.rowSpacing > 0;
    const QString unit = !known                     ? QObject::tr("px")
                         : s.spacingIsImagerSpacing ? QObject::tr("mm at the detector")
                                                    : QObject::tr("mm");
    switch (m.kind) {
        case Measurement::Kind::Distance:
            if (m.points.size() < 2) return {};
            return QStringLiteral("%1 %2")
                .arg(distanceMm(s, m.points[0], m.points[1]), 0, 'f', 1)
                .arg(unit);
        case Measurement::Kind::Angle:
            if (m.points.size() < 3) return {};
            return QStringLiteral("%1°").arg(angleDegrees(s, m.points[0], m.points[1], m.points[2]),
                                             0, 'f', 1);
        case Measurement::Kind::Rectangle:
        case Measurement::Kind::Ellipse: {
            const RegionStatistics r = regionStatistics(s, m);
            if (r.pixels == 0) return {};
            const QString units =
                s.modality == QLatin1String("CT") ? QObject::tr(" HU") : QString();
            QString text = QObject::tr("mean %1 SD %2%3 (min %4, max %5)")
                               .arg(r.mean, 0, 'f', 1)
                               .arg(r.sd, 0, 'f', 1)
                               .arg(units)
                               .arg(r.min)
                               .arg(r.max);
            if (r.areaMm2 > 0) text += QObject::tr(", %1 mm²").arg(r.areaMm2, 0, 'f', 1);
            return text;
        }
    }
    return {};
}

ScreenDirections screenDirections(const DisplaySlice& s, double rightX, double rightY, double downX,
                                  double downY) {
    double row[3], column[3];  // patient directions of increasing column and increasing row
    if (s.hasGeometry) {
        for (int i = 0; i < 3; ++i) {
            row[i] = s.orientation[i];
            column[i] = s.orientation[3 + i];
        }
    } else {
        // Patient Orientation: the letters of the row and column directions, e.g. "L\F".
        const QStringList parts = s.patientOrientation.split(QLatin1Char('\\'));
        if (parts.size() != 2) return {};
        auto vector = [](const QString& text, double out[3]) {
            out[0] = out[1] = out[2] = 0;
            for (QChar c : text) {
                switch (c.toLatin1()) {
                    case 'L':
                        out[0] += 1;
                        break;
                    case 'R':
                        out[0] -= 1;
                        break;
                    case 'P':
                        out[1] += 1;
                        break;
                    case 'A':
                        out[1] -= 1;
                        break;
                    case 'H':
                        out[2] += 1;
                        break;
                    case 'F':
                        out[2] -= 1;
                        break;
                    default:
                        break;
                }
            }
        };
        vector(parts[0], row);
        vector(parts[1], column);
    }
    double right[3], down[3];
    for (int i = 0; i < 3; ++i) {
        right[i] = rightX * row[i] + rightY * column[i];
        down[i] = downX * row[i] + downY * column[i];
    }
    return {letters(right), letters(down)};
}

QString oppositeDirection(const QString& text) {
    QString out;
    for (QChar c : text) {
        switch (c.toLatin1()) {
            case 'L':
                out += QLatin1Char('R');
                break;
            case 'R':
                out += QLatin1Char('L');
                break;
            case 'P':
                out += QLatin1Char('A');
                break;
            case 'A':
                out += QLatin1Char('P');
                break;
            case 'H':
                out += QLatin1Char('F');
                break;
            case 'F':
                out += QLatin1Char('H');
                break;
            default:
                break;
        }
    }
    return out;
}

}  // namespace dicomnet::viewer
