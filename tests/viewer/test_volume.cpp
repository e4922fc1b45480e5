// Volumes for multiplanar reformatting, headless: which stacks make one (evenly spaced, one
// size and orientation, straight), the block of memory shared rather than copied, and the
// coronal and sagittal planes' axes, spacing, patient directions and values.
#include "viewer/pixels/measurements.h"
#include "viewer/pixels/slice_arena.h"
#include "viewer/pixels/volume.h"

#include <QTest>

using namespace dicomnet::viewer;

namespace {

// An axial stack of `n` slices 4 × 3, 2.5 mm apart going down the body (head first), each
// voxel valued 1000·k + 10·row + column; in one arena when `shared`.
std::vector<std::shared_ptr<const DisplaySlice>> stack(int n, bool shared, double step = -2.5) {
    auto arena = shared ? SliceArena::create(size_t(n), 12) : nullptr;
    std::vector<std::shared_ptr<const DisplaySlice>> out;
    for (int k = 0; k < n; ++k) {
        DisplaySlice s;
        s.columns = 4;
        s.rows = 3;
        s.columnSpacing = 0.5;
        s.rowSpacing = 0.75;
        s.hasGeometry = true;
        s.position[0] = -10;
        s.position[1] = -20;
        s.position[2] = k * step;
        s.values16 = shared ? SliceArena::take(arena, size_t(k), 12) : ownValues(12);
        for (int j = 0; j < 3; ++j)
            for (int i = 0; i < 4; ++i)
                s.values16.get()[j * 4 + i] = int16_t(1000 * k + 10 * j + i);
        s.modality = "CT";
        out.push_back(std::make_shared<const DisplaySlice>(std::move(s)));
    }
    return out;
}

}  // namespace

class TestVolume : public QObject {
    Q_OBJECT
private slots:
    void volume_ShouldShareTheArena_AndTurnTheNormalToTheSlicesOrder() {
        const auto slices = stack(10, true);
        const auto v = volumeFromStack(slices);
        QVERIFY(v.has_value());
        QCOMPARE(v->slices, 10);
        QCOMPARE(v->sliceSpacing, 2.5);
        QCOMPARE(v->values.get(), slices[0]->values16.get());  // no copy
        QCOMPARE(v->normal[2], -1.0);  // positions go down: k counts towards the feet
        const auto copied = volumeFromStack(stack(10, false));
        QVERIFY(copied.has_value());
        QCOMPARE(copied->values.get()[1000 * 0 + 12 * 3 + 5], int16_t(1000 * 3 + 10 + 1));
    }

    void volume_ShouldBeRefused_WhenTheStackIsNotOne() {
        QVERIFY(!volumeFromStack(stack(5, true)).has_value());  // too few
        auto uneven = stack(10, false);
        auto moved = std::make_shared<DisplaySlice>(*uneven[5]);
        moved->position[2] += 1.0;  // 40 % off the 2.5 mm step
        uneven[5] = moved;
        QVERIFY(!volumeFromStack(uneven).has_value());
        auto tilted = stack(10, false);
        for (size_t k = 0; k < tilted.size(); ++k) {
            auto t = std::make_shared<DisplaySlice>(*tilted[k]);
            t->position[1] += double(k);  // drifts 1 mm a slice along the columns: a tilted gantry
            tilted[k] = t;
        }
        QVERIFY(!volumeFromStack(tilted).has_value());
        auto other = stack(10, false);
        auto big = std::make_shared<DisplaySlice>(*other[3]);
        big->columns = 5;
        other[3] = big;
        QVERIFY(!volumeFromStack(other).has_value());
    }

    void planes_ShouldPutTheFeetDownAndTheLeftRight() {
        const auto v = volumeFromStack(stack(10, true));
        QVERIFY(v.has_value());
        const PlaneGeometry coronal = planeGeometry(*v, Plane::Coronal);
        QCOMPARE(coronal.columns, 4);
        QCOMPARE(coronal.rows, 10);
        QCOMPARE(coronal.count, 3);
        QCOMPARE(coronal.rowSpacing, 2.5);
        QCOMPARE(coronal.step, 0.75);
        // k already runs to the feet: down is +k, from the top slice.
        QCOMPARE(coronal.down[2], 1.0);
        const DisplaySlice c = planeSlice(*v, coronal, 1);  // through row 1
        QCOMPARE(c.values16.get()[0 * 4 + 2], int16_t(1000 * 0 + 10 + 2));
        QCOMPARE(c.values16.get()[9 * 4 + 3], int16_t(1000 * 9 + 10 + 3));
        const ScreenDirections d = screenDirections(c, 1, 0, 0, 1);
        QCOMPARE(d.right, QString("L"));
        QCOMPARE(d.down, QString("F"));
        const PlaneGeometry sagittal = planeGeometry(*v, Plane::Sagittal);
        QCOMPARE(sagittal.columns, 3);
        QCOMPARE(sagittal.rows, 10);
        QCOMPARE(sagittal.count, 4);
        const DisplaySlice s = planeSlice(*v, sagittal, 2);  // through column 2
        QCOMPARE(s.values16.get()[4 * 3 + 1], int16_t(1000 * 4 + 10 * 1 + 2));
        const ScreenDirections ds = screenDirections(s, 1, 0, 0, 1);
        QCOMPARE(ds.right, QString("P"));
        QCOMPARE(ds.down, QString("F"));
        // Feet first (positions going up): the same picture, the other way round in memory.
        const auto up = volumeFromStack(stack(10, true, 2.5));
        QVERIFY(up.has_value());
        const PlaneGeometry upCoronal = planeGeometry(*up, Plane::Coronal);
        QCOMPARE(upCoronal.down[2], -1.0);
        const DisplaySlice cu = planeSlice(*up, upCoronal, 1);
        QCOMPARE(cu.values16.get()[0 * 4 + 2], int16_t(1000 * 9 + 10 + 2));  // the top is k = 9
    }
};

QTEST_GUILESS_MAIN(TestVolume)
#include "test_volume.moc"
