// Measurements and orientation letters, headless: distances and angles in millimetres from
// the pixel spacing (with the detector note, or in pixels), region statistics in modality
// units, and the patient directions of the screen's edges.
#include "viewer/pixels/measurements.h"
#include "viewer/pixels/slice_arena.h"

#include <QTest>

#include <cmath>

using namespace dicomnet::viewer;

namespace {
DisplaySlice ramp(int columns, int rows, double rowSpacing, double columnSpacing) {
    DisplaySlice s;
    s.columns = columns;
    s.rows = rows;
    s.rowSpacing = rowSpacing;
    s.columnSpacing = columnSpacing;
    s.values16 = ownValues(size_t(columns) * rows);
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x) s.values16.get()[y * columns + x] = int16_t(x + 100 * y);
    s.modality = "CT";
    return s;
}
}  // namespace

class TestMeasurements : public QObject {
    Q_OBJECT
private slots:
    void distance_ShouldUseEachAxisSpacing() {
        const DisplaySlice s = ramp(10, 10, 0.25, 0.5);  // rows 0.25 mm apart, columns 0.5 mm
        QCOMPARE(distanceMm(s, {0, 0}, {6, 0}), 3.0);
        QCOMPARE(distanceMm(s, {0, 0}, {0, 8}), 2.0);
        QVERIFY(std::abs(distanceMm(s, {0, 0}, {6, 8}) - std::hypot(3.0, 2.0)) < 1e-9);
        QCOMPARE(describe(s, {Measurement::Kind::Distance, {{0, 0}, {6, 0}}}), QString("3.0 mm"));
        DisplaySlice detector = s;
        detector.spacingIsImagerSpacing = true;
        QVERIFY(describe(detector, {Measurement::Kind::Distance, {{0, 0}, {6, 0}}})
                    .contains("detector"));
        DisplaySlice unknown = s;
        unknown.rowSpacing = unknown.columnSpacing = 0;
        QCOMPARE(describe(unknown, {Measurement::Kind::Distance, {{0, 0}, {3, 4}}}),
                 QString("5.0 px"));
    }

    void angle_ShouldBeMeasuredInMillimetreSpace() {
        const DisplaySlice square = ramp(10, 10, 1, 1);
        QCOMPARE(angleDegrees(square, {5, 0}, {0, 0}, {0, 5}), 90.0);
        QVERIFY(std::abs(angleDegrees(square, {5, 5}, {0, 0}, {5, 0}) - 45) < 1e-9);
        // With rows twice as far apart, the same pixels make a steeper line.
        const DisplaySlice tall = ramp(10, 10, 2, 1);
        QVERIFY(std::abs(angleDegrees(tall, {5, 5}, {0, 0}, {5, 0}) -
                         std::atan2(10.0, 5.0) * 180 / M_PI) < 1e-9);
    }

    void region_ShouldGiveStatisticsOfTheModalityValues() {
        const DisplaySlice s = ramp(20, 20, 0.5, 0.5);
        // Columns 2…4, rows 1…2: values x + 100 y.
        const RegionStatistics r =
            regionStatistics(s, {Measurement::Kind::Rectangle, {{2, 1}, {4, 2}}});
        QCOMPARE(r.pixels, 6);
        QCOMPARE(r.min, 102.0);
        QCOMPARE(r.max, 204.0);
        QCOMPARE(r.mean, (102 + 103 + 104 + 202 + 203 + 204) / 6.0);
        QVERIFY(r.sd > 50);
        QCOMPARE(r.areaMm2, 2 * 1 * 0.25);  // the rectangle's own size, 2 × 1 pixels
        const RegionStatistics e =
            regionStatistics(s, {Measurement::Kind::Ellipse, {{0, 0}, {10, 10}}});
        QVERIFY(e.pixels > 60 && e.pixels < 100);  // ≈ π·5² = 78.5 pixel centres
        QVERIFY(describe(s, {Measurement::Kind::Ellipse, {{0, 0}, {10, 10}}}).contains("HU"));
        // Outside the image: nothing, no crash.
        QCOMPARE(regionStatistics(s, {Measurement::Kind::Rectangle, {{50, 50}, {60, 60}}}).pixels,
                 0);
    }

    void directions_ShouldNameTheScreenEdges() {
        DisplaySlice axial = ramp(4, 4, 1, 1);
        axial.hasGeometry = true;  // rows along +x (L), columns along +y (P)
        ScreenDirections d = screenDirections(axial, 1, 0, 0, 1);
        QCOMPARE(d.right, QString("L"));
        QCOMPARE(d.down, QString("P"));
        QCOMPARE(oppositeDirection(d.right), QString("R"));
        // Turned a quarter clockwise: the screen's right is the image's up.
        d = screenDirections(axial, 0, -1, 1, 0);
        QCOMPARE(d.right, QString("A"));
        QCOMPARE(d.down, QString("L"));
        // A PA chest radiograph without geometry: Patient Orientation L\F.
        DisplaySlice chest = ramp(4, 4, 1, 1);
        chest.patientOrientation = "L\\F";
        d = screenDirections(chest, 1, 0, 0, 1);
        QCOMPARE(d.right, QString("L"));
        QCOMPARE(d.down, QString("F"));
        // An oblique plane gets two letters, the stronger first.
        DisplaySlice oblique = ramp(4, 4, 1, 1);
        oblique.hasGeometry = true;
        const double o[6] = {0.8, 0.6, 0, 0, 0, -1};
        std::copy(o, o + 6, oblique.orientation);
        d = screenDirections(oblique, 1, 0, 0, 1);
        QCOMPARE(d.right, QString("LP"));
        QCOMPARE(d.down, QString("F"));
        DisplaySlice none = ramp(4, 4, 1, 1);
        QVERIFY(screenDirections(none, 1, 0, 0, 1).right.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMeasurements)
#include "test_measurements.moc"
