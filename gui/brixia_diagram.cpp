#include "gui/brixia_diagram.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace dicomnet::gui {

namespace {

QColor colourOf(int value) {
    switch (value) {
        case 0:
            return QColor(220, 235, 220);
        case 1:
            return QColor(255, 224, 130);
        case 2:
            return QColor(255, 160, 60);
        case 3:
            return QColor(220, 60, 40);
        default:
            return QColor(200, 200, 200);
    }
}

}  // namespace

BrixiaDiagram::BrixiaDiagram(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 150);
    setToolTip(tr("Click a zone to raise its score, right-click to lower it"));
    setCursor(Qt::PointingHandCursor);
}

void BrixiaDiagram::setValue(int zone, int value) {
    if (zone < 0 || zone > 5) return;
    value = std::clamp(value, -1, 3);
    if (values_[size_t(zone)] == value) return;
    values_[size_t(zone)] = value;
    update();
    emit valueChanged(zone, value);
}

QRectF BrixiaDiagram::zoneRect(int zone) const {
    const QRectF area = QRectF(rect()).adjusted(8, 20, -8, -8);
    const double lungWidth = area.width() * 0.40, gap = area.width() * 0.20;
    const double third = area.height() / 3;
    const bool rightLung = zone < 3;  // drawn on the viewer's left
    const double x = rightLung ? area.left() : area.left() + lungWidth + gap;
    return {x, area.top() + (zone % 3) * third, lungWidth, third};
}

void BrixiaDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QRectF area = QRectF(rect()).adjusted(8, 20, -8, -8);
    p.setPen(palette().text().color());
    p.drawText(QRectF(area.left(), 0, area.width() * 0.4, 18), Qt::AlignCenter, tr("R"));
    p.drawText(QRectF(area.right() - area.width() * 0.4, 0, area.width() * 0.4, 18),
               Qt::AlignCenter, tr("L"));
    static const char* letters = "ABCDEF";
    for (int zone = 0; zone < 6; ++zone) {
        const QRectF r = zoneRect(zone);
        // Each lung a rounded outline, cut in thirds.
        QPainterPath lung;
        const bool rightLung = zone < 3;
        const QRectF whole(r.left(), zoneRect(rightLung ? 0 : 3).top(), r.width(), r.height() * 3);
        lung.addRoundedRect(whole, r.width() * 0.45, r.height() * 0.6);
        p.save();
        p.setClipPath(lung);
        p.fillRect(r, colourOf(values_[size_t(zone)]));
        p.restore();
        p.setPen(QPen(palette().text().color(), 1));
        if (zone % 3 != 2) p.drawLine(r.bottomLeft(), r.bottomRight());
        if (zone % 3 == 0) p.drawPath(lung);
        const int v = values_[size_t(zone)];
        p.drawText(r, Qt::AlignCenter,
                   QStringLiteral("%1  %2")
                       .arg(QLatin1Char(letters[zone]))
                       .arg(v < 0 ? QStringLiteral("–") : QString::number(v)));
    }
}

void BrixiaDiagram::mousePressEvent(QMouseEvent* event) {
    for (int zone = 0; zone < 6; ++zone) {
        if (!zoneRect(zone).contains(event->position())) continue;
        const int v = values_[size_t(zone)];
        if (event->button() == Qt::RightButton)
            setValue(zone, std::max(-1, v - 1));
        else
            setValue(zone, v >= 3 ? 0 : v + 1);
        return;
    }
}

}  // namespace dicomnet::gui
