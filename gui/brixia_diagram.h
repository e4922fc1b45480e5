// The Brixia score by clicking the lungs: six zones on a frontal chest drawn as the film is
// read (the patient's right on the left), A–C the right lung from the top, D–F the left. A
// click raises a zone's score (0 → 1 → 2 → 3 → 0), a right click lowers it; a zone not scored
// yet shows "–". Colours go from clear to red with the score.
#pragma once

#include <QWidget>

#include <array>

namespace dicomnet::gui {

class BrixiaDiagram : public QWidget {
    Q_OBJECT
public:
    explicit BrixiaDiagram(QWidget* parent = nullptr);
    // -1: not scored.
    int value(int zone) const { return values_[size_t(zone)]; }
    void setValue(int zone, int value);
    // The zone's rectangle in widget coordinates (for tests and hit testing).
    QRectF zoneRect(int zone) const;
    QSize sizeHint() const override { return {220, 200}; }

signals:
    void valueChanged(int zone, int value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    std::array<int, 6> values_{-1, -1, -1, -1, -1, -1};
};

}  // namespace dicomnet::gui
