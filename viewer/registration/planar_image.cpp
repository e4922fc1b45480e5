#include "viewer/registration/registration.h"

#include <QObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dicomnet::viewer {

namespace {

constexpr double kPi = 3.14159265358979323846;

// The values at the given fractions of the sorted values, from a 4096-bin histogram.
std::pair<double, double> percentiles(const std::vector<float>& v, double low, double high) {
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (float x : v) {
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    if (!(hi > lo)) return {lo, lo + 1};
    constexpr int kBins = 4096;
    std::vector<size_t> histogram(kBins, 0);
    const double scale = (kBins - 1) / double(hi - lo);
    for (float x : v) ++histogram[size_t((x - lo) * scale)];
    const auto at = [&](double fraction) {
        const size_t target = size_t(fraction * double(v.size()));
        size_t seen = 0;
        for (int b = 0; b < kBins; ++b) {
            seen += histogram[size_t(b)];
            if (seen > target) return lo + b / scale;
        }
        return double(hi);
    };
    const double a = at(low), b = at(high);
    return {a, b > a ? b : a + 1};
}

}  // namespace

PlanarImage presentationValues(const DisplaySlice& s) {
    PlanarImage p;
    p.columns = s.columns;
    p.rows = s.rows;
    if (s.columnSpacing > 0 && s.rowSpacing > 0) {
        p.columnSpacing = s.columnSpacing;
        p.rowSpacing = s.rowSpacing;
    }
    const size_t count = size_t(s.columns) * size_t(s.rows);
    p.values.resize(count);
    if (!s.monochromeValues()) {
        for (size_t i = 0; i < count && i < s.rgb.size(); ++i) p.values[i] = s.rgb[i];
        return p;  // grey rendered on the CPU: already as shown
    }
    const float sign = s.inverse ? -1.f : 1.f;
    for (size_t i = 0; i < count; ++i) p.values[i] = sign * float(s.value(i));
    return p;
}

Result<PlanarImage> planarImageOf(const DisplaySlice& s) {
    const size_t count = size_t(s.columns) * size_t(s.rows);
    if (count == 0) return Error{QObject::tr("the image is empty")};
    const bool grey8 = !s.rgb.empty() && s.rgbChannels == 1;
    if (!s.monochromeValues() && !grey8)
        return Error{QObject::tr("only grey images can be aligned; this one is in colour")};
    PlanarImage p = presentationValues(s);
    const auto [lo, hi] = percentiles(p.values, 0.01, 0.99);
    const float offset = float(lo), gain = float(1.0 / (hi - lo));
    for (float& x : p.values) x = (x - offset) * gain;
    return p;
}

QPointF mapPriorToCurrent(const QPointF& q, const PlanarImage& current, const PlanarImage& prior,
                          const PlanarTransform& t) {
    // Prior pixel → millimetres from the prior's centre → turned, magnified, moved →
    // the current's pixels.
    const double qx = (q.x() - (prior.columns - 1) / 2.0) * prior.columnSpacing;
    const double qy = (q.y() - (prior.rows - 1) / 2.0) * prior.rowSpacing;
    const double a = t.rotationDeg * kPi / 180, c = std::cos(a), s = std::sin(a);
    const double px = t.scale * (c * qx - s * qy), py = t.scale * (s * qx + c * qy);
    return {px / current.columnSpacing + (current.columns - 1) / 2.0 + t.txPx,
            py / current.rowSpacing + (current.rows - 1) / 2.0 + t.tyPx};
}

PlanarImage resampleOntoCurrent(const PlanarImage& current, const PlanarImage& prior,
                                const PlanarTransform& t, bool clampToEdge) {
    PlanarImage out;
    out.columns = current.columns;
    out.rows = current.rows;
    out.columnSpacing = current.columnSpacing;
    out.rowSpacing = current.rowSpacing;
    out.values.assign(size_t(out.columns) * size_t(out.rows),
                      std::numeric_limits<float>::quiet_NaN());
    if (prior.empty() || prior.columns < 2 || prior.rows < 2) return out;
    // The inverse map, current pixel → prior pixel, is affine: start and steps per column/row.
    const double a = t.rotationDeg * kPi / 180, c = std::cos(a), s = std::sin(a);
    const double cx = (current.columns - 1) / 2.0 + t.txPx, cy = (current.rows - 1) / 2.0 + t.tyPx;
    // Current pixel (x, y) → mm about the moved centre → unturned, unmagnified → prior pixel.
    const auto toPrior = [&](double x, double y, double& u, double& v) {
        const double px = (x - cx) * current.columnSpacing, py = (y - cy) * current.rowSpacing;
        const double qx = (c * px + s * py) / t.scale, qy = (-s * px + c * py) / t.scale;
        u = qx / prior.columnSpacing + (prior.columns - 1) / 2.0;
        v = qy / prior.rowSpacing + (prior.rows - 1) / 2.0;
    };
    double u0, v0, ux, vx, uy, vy;
    toPrior(0, 0, u0, v0);
    toPrior(1, 0, ux, vx);
    toPrior(0, 1, uy, vy);
    const double du_dx = ux - u0, dv_dx = vx - v0, du_dy = uy - u0, dv_dy = vy - v0;
    const int w = prior.columns, h = prior.rows;
    const float* src = prior.values.data();
    for (int y = 0; y < out.rows; ++y) {
        double u = u0 + y * du_dy, v = v0 + y * dv_dy;
        float* row = out.values.data() + size_t(y) * size_t(out.columns);
        for (int x = 0; x < out.columns; ++x, u += du_dx, v += dv_dx) {
            double su = u, sv = v;
            if (su < 0 || sv < 0 || su > w - 1 || sv > h - 1) {
                if (!clampToEdge) continue;
                su = std::clamp(su, 0.0, double(w - 1));
                sv = std::clamp(sv, 0.0, double(h - 1));
            }
            const int iu = std::min(int(su), w - 2), iv = std::min(int(sv), h - 2);
            const float fu = float(su - iu), fv = float(sv - iv);
            const float* p = src + size_t(iv) * size_t(w) + size_t(iu);
            const float top = p[0] + fu * (p[1] - p[0]);
            const float bottom = p[w] + fu * (p[w + 1] - p[w]);
            row[x] = top + fv * (bottom - top);
        }
    }
    return out;
}

}  // namespace dicomnet::viewer
