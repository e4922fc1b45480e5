#include "viewer/registration/change_map.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dicomnet::viewer {

namespace {

// Box blur of radius r along rows then columns; NaN pixels stay NaN and do not count.
void boxBlur(std::vector<float>& v, int w, int h, int r) {
    if (r < 1) return;
    std::vector<float> out(v.size());
    const auto pass = [&](const std::vector<float>& in, std::vector<float>& to, bool rows) {
        const int lines = rows ? h : w, length = rows ? w : h;
        const size_t step = rows ? 1 : size_t(w);
        for (int l = 0; l < lines; ++l) {
            const size_t base = rows ? size_t(l) * size_t(w) : size_t(l);
            double sum = 0;
            int n = 0;
            const auto at = [&](int i) { return in[base + size_t(i) * step]; };
            for (int i = 0; i < std::min(r, length); ++i)
                if (!std::isnan(at(i))) sum += at(i), ++n;
            for (int i = 0; i < length; ++i) {
                if (i + r < length && !std::isnan(at(i + r))) sum += at(i + r), ++n;
                if (i - r - 1 >= 0 && !std::isnan(at(i - r - 1))) sum -= at(i - r - 1), --n;
                const float self = at(i);
                to[base + size_t(i) * step] = std::isnan(self) || n == 0 ? self : float(sum / n);
            }
        }
    };
    pass(v, out, true);
    pass(out, v, false);
}

}  // namespace

ChangeMap changeBetween(const PlanarImage& current, const PlanarImage& prior) {
    ChangeMap m;
    m.difference.columns = current.columns;
    m.difference.rows = current.rows;
    m.difference.columnSpacing = current.columnSpacing;
    m.difference.rowSpacing = current.rowSpacing;
    const size_t count = current.values.size();
    if (prior.values.size() != count) return m;
    // Grey levels: prior·gain + offset ≈ current over the overlap, least squares.
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < count; ++i) {
        const double x = prior.values[i], y = current.values[i];
        if (std::isnan(x)) continue;
        n += 1, sx += x, sy += y, sxx += x * x, sxy += x * y;
    }
    if (n < 2) {
        m.difference.values.assign(count, NAN);
        return m;
    }
    const double var = sxx - sx * sx / n;
    m.gain = var > 0 ? (sxy - sx * sy / n) / var : 1;
    m.offset = (sy - m.gain * sx) / n;
    m.difference.values.resize(count);
    for (size_t i = 0; i < count; ++i)
        m.difference.values[i] =
            float(current.values[i] - (prior.values[i] * m.gain + m.offset));  // NaN stays
    const double mm = std::min(current.columnSpacing, current.rowSpacing);
    boxBlur(m.difference.values, current.columns, current.rows,
            std::max(1, int(std::lround(1.0 / std::max(mm, 0.05)))));
    // Noise: 1.4826 × the median absolute difference (most of the film did not change).
    std::vector<float> magnitudes;
    magnitudes.reserve(count / 7 + 1);
    for (size_t i = 0; i < count; i += 7)
        if (!std::isnan(m.difference.values[i]))
            magnitudes.push_back(std::abs(m.difference.values[i]));
    if (!magnitudes.empty()) {
        auto mid = magnitudes.begin() + std::ptrdiff_t(magnitudes.size() / 2);
        std::nth_element(magnitudes.begin(), mid, magnitudes.end());
        m.noise = std::max(1e-4, 1.4826 * double(*mid));
    }
    size_t denser = 0, clearer = 0, valid = 0;
    for (float d : m.difference.values) {
        if (std::isnan(d)) continue;
        ++valid;
        if (d > 3 * m.noise) ++denser;
        if (d < -3 * m.noise) ++clearer;
    }
    if (valid) {
        m.denserFraction = double(denser) / double(valid);
        m.clearerFraction = double(clearer) / double(valid);
    }
    return m;
}

QImage renderChange(const PlanarImage& current, const ChangeMap& change) {
    QImage image(current.columns, current.rows, QImage::Format_RGB888);
    const bool have = change.difference.values.size() == current.values.size();
    const QColor up = denserColour(), down = clearerColour();
    const double threshold = 3 * change.noise, full = 10 * change.noise;
    for (int y = 0; y < current.rows; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < current.columns; ++x) {
            const size_t i = size_t(y) * size_t(current.columns) + size_t(x);
            // The current, dimmed, so that the colours stand out.
            const double grey = 40 + 150 * std::clamp(double(current.values[i]), 0.0, 1.0);
            double r = grey, g = grey, b = grey;
            const float d = have ? change.difference.values[i] : NAN;
            if (!std::isnan(d) && std::abs(d) > threshold) {
                const double a =
                    std::clamp((std::abs(d) - threshold) / (full - threshold), 0.0, 1.0) * 0.85 +
                    0.15;
                const QColor& c = d > 0 ? up : down;
                r = grey * (1 - a) + c.red() * a;
                g = grey * (1 - a) + c.green() * a;
                b = grey * (1 - a) + c.blue() * a;
            }
            line[3 * x] = uchar(r);
            line[3 * x + 1] = uchar(g);
            line[3 * x + 2] = uchar(b);
        }
    }
    return image;
}

QImage renderChangeWithLegend(const PlanarImage& current, const ChangeMap& change) {
    const QImage map = renderChange(current, change);
    const int strip = std::max(40, current.rows / 24);
    QImage out(map.width(), map.height() + strip, QImage::Format_RGB888);
    out.fill(Qt::black);
    QPainter p(&out);
    p.drawImage(0, 0, map);
    QFont font = p.font();
    font.setPixelSize(strip * 9 / 20);
    p.setFont(font);
    const int box = strip / 2, y = map.height() + (strip - box) / 2;
    int x = strip / 3;
    const auto entry = [&](const QColor& c, const QString& text) {
        p.fillRect(x, y, box, box, c);
        x += box + box / 2;
        p.setPen(Qt::white);
        const QRect r(x, map.height(), out.width() - x, strip);
        p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft, text);
        x += p.fontMetrics().horizontalAdvance(text) + strip;
    };
    entry(denserColour(), QCoreApplication::translate("ChangeMap", "denser than before"));
    entry(clearerColour(), QCoreApplication::translate("ChangeMap", "clearer than before"));
    return out;
}

}  // namespace dicomnet::viewer
