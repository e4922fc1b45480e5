// `dicomnet compare` as a user types it: the demo's films, whose motion is known from how they
// were made, aligned from files and from the cache (where the result is kept), the picture of
// what changed, and bad input.
#include "cli_runner.h"
#include "test_data.h"

#include "core/synthetic_patient.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dicomnet::test;

namespace {

constexpr int kSize = 1024;

// The demo moves film 2 by (0.035, −0.02) of the half width and turns it by 0.03 rad about
// the film's middle (n/2, half a pixel from the centre of pixel rows and columns that the
// transform is about): the map of film 1's points onto film 2's.
void expectedFilm1ToFilm2(double& degrees, double& tx, double& ty) {
    const double turn = 0.03, c = std::cos(turn), s = std::sin(turn), half = kSize / 2.0;
    degrees = turn * 180 / 3.14159265358979323846;
    tx = half * 0.035 + 0.5 - (c * 0.5 - s * 0.5);
    ty = half * -0.02 + 0.5 - (s * 0.5 + c * 0.5);
}

}  // namespace

class TestCliCompare : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString films_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        films_ = dir_.filePath(QStringLiteral("films"));
        dicomnet::SyntheticPatientOptions o;
        o.xraySize = kSize;
        o.ctSlices = 2;
        auto written = dicomnet::writeSyntheticPatient(films_, o);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    }

    void compareFiles_ShouldRecoverTheDemosMotion_AndDrawWhatChanged() {
        const QString diff = dir_.filePath(QStringLiteral("diff.png"));
        const CliResult r =
            runDicomnet(dir_.filePath(QStringLiteral("data")),
                        {QStringLiteral("compare"), films_ + "/DX2.dcm", films_ + "/DX1.dcm",
                         QStringLiteral("--json"), QStringLiteral("--out"), diff});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        double degrees, tx, ty;
        expectedFilm1ToFilm2(degrees, tx, ty);
        qInfo("expected %.3f° (%.2f, %.2f); found %.3f° (%.2f, %.2f) ×%.4f in %.2f s", degrees, tx,
              ty, o["rotation_deg"].toDouble(), o["tx_px"].toDouble(), o["ty_px"].toDouble(),
              o["scale"].toDouble(), o["seconds"].toDouble());
        QVERIFY(std::abs(o["rotation_deg"].toDouble() - degrees) <= 0.2);
        QVERIFY(std::abs(o["tx_px"].toDouble() - tx) <= 1);
        QVERIFY(std::abs(o["ty_px"].toDouble() - ty) <= 1);
        QVERIFY(std::abs(o["scale"].toDouble() - 1) <= 0.005);
        QVERIFY(o["seconds"].toDouble() > 0);
        QCOMPARE(o["kept"].toBool(), false);
        // The opacity grew from 0.15 to 0.75 in the right lower lobe: denser there, in the
        // denser colour (orange), and almost nothing elsewhere.
        QVERIFY(o["denser_fraction"].toDouble() > 0.005);
        QVERIFY(o["denser_fraction"].toDouble() < 0.1);
        QVERIFY(o["clearer_fraction"].toDouble() < o["denser_fraction"].toDouble());
        QImage picture(diff);
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.width(), kSize);
        QVERIFY(picture.height() > kSize);  // and the legend below
        const QColor lesion = picture.pixelColor(int(kSize * 0.327), int(kSize * 0.64));
        QVERIFY2(lesion.red() > 200 && lesion.blue() < 100,
                 qPrintable(QStringLiteral("%1").arg(lesion.name())));
        const QColor apex = picture.pixelColor(int(kSize * 0.7), int(kSize * 0.3));
        QVERIFY2(apex.red() == apex.blue(), qPrintable(apex.name()));  // grey: no change
        picture.save(testOutputDir() + QStringLiteral("/compare_dx2_dx1.png"));
        // The patient, the dates and the letters are burned in over the image, not over the
        // legend; --plain leaves the pixels alone; a .jpg is JPEG.
        const QString plain = dir_.filePath(QStringLiteral("plain.jpg"));
        const CliResult p =
            runDicomnet(dir_.filePath(QStringLiteral("data")),
                        {QStringLiteral("compare"), films_ + "/DX2.dcm", films_ + "/DX1.dcm",
                         QStringLiteral("--out"), plain, QStringLiteral("--plain")});
        QVERIFY2(p.exitCode == 0, qPrintable(describe(p)));
        QFile jpeg(plain);
        QVERIFY(jpeg.open(QIODevice::ReadOnly));
        QVERIFY(jpeg.read(2) == QByteArray("\xff\xd8"));
        const QImage bare(plain);
        QCOMPARE(bare.size(), picture.size());
        const auto brightInTopLeft = [](const QImage& i) {
            int n = 0;
            for (int y = 0; y < kSize / 40; ++y)
                for (int x = 0; x < kSize / 4; ++x) n += qGray(i.pixel(x, y)) > 200;
            return n;
        };
        QVERIFY2(brightInTopLeft(picture) > 50, "no title burned in");
        QCOMPARE(brightInTopLeft(bare), 0);
    }

    void compareUids_ShouldKeepTheAlignmentWithThePair() {
        const QString data = dir_.filePath(QStringLiteral("cache"));
        CliResult r = runDicomnet(data, {QStringLiteral("import"), films_});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(data, {QStringLiteral("compare"), films_ + "/DX3.dcm", films_ + "/DX2.dcm",
                               QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject files = QJsonDocument::fromJson(r.out).object();
        const QStringList uids{files["current"].toString(), files["prior"].toString()};
        r = runDicomnet(data, QStringList{QStringLiteral("compare")} + uids +
                                  QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject first = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(first["kept"].toBool(), false);
        // The same films: the same alignment, within what the two candidates running side by
        // side on two threads leave open (far below the 0.2° asked).
        QVERIFY(std::abs(first["rotation_deg"].toDouble() - files["rotation_deg"].toDouble()) <
                0.05);
        r = runDicomnet(data, QStringList{QStringLiteral("compare")} + uids +
                                  QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject second = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(second["kept"].toBool(), true);
        QCOMPARE(second["rotation_deg"].toDouble(), first["rotation_deg"].toDouble());
        QCOMPARE(second["tx_px"].toDouble(), first["tx_px"].toDouble());
        QCOMPARE(second["seconds"].toDouble(), first["seconds"].toDouble());
        r = runDicomnet(data, QStringList{QStringLiteral("compare")} + uids);
        QVERIFY2(r.out.contains("kept with the pair"), qPrintable(describe(r)));
    }

    void compare_ShouldExplain_WhenInputIsWrong() {
        const QString data = dir_.filePath(QStringLiteral("data"));
        CliResult r = runDicomnet(data, {QStringLiteral("compare"), films_ + "/DX1.dcm"});
        QCOMPARE(r.exitCode, 2);
        const QString text = dir_.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a DICOM file\n");
        f.close();
        r = runDicomnet(data, {QStringLiteral("compare"), films_ + "/DX1.dcm", text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("dicomnet: "), qPrintable(describe(r)));
        r = runDicomnet(
            data, {QStringLiteral("compare"), films_ + "/DX1.dcm", QStringLiteral("1.2.3.4.5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("1.2.3.4.5"), qPrintable(describe(r)));
    }

    // A chest film is compared with a chest film only: not with a CT slice, nor with a film
    // of the knee.
    void compare_ShouldRefuse_PairsOfDifferentKindsOrBodyParts() {
        const QString data = dir_.filePath(QStringLiteral("refusals"));
        CliResult r = runDicomnet(data, {QStringLiteral("compare"), films_ + "/DX2.dcm",
                                         films_ + "/CT0001.dcm", QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("a radiograph (DX) cannot be compared with a CT image"),
                 qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());

        QFile film(films_ + "/DX1.dcm");
        QVERIFY(film.open(QIODevice::ReadOnly));
        QByteArray bytes = film.readAll();
        const int at = bytes.indexOf("CHEST");
        QVERIFY(at > 0);
        bytes.replace(at, 5, "KNEE ");
        QFile knee(dir_.filePath(QStringLiteral("knee.dcm")));
        QVERIFY(knee.open(QIODevice::WriteOnly));
        knee.write(bytes);
        knee.close();
        r = runDicomnet(data, {QStringLiteral("compare"), films_ + "/DX2.dcm", knee.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("of the CHEST cannot be compared with one of the KNEE"),
                 qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "test_cli_compare.moc"
