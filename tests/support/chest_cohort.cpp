#include "chest_cohort.h"

#include <dcmtk/dcmdata/dctk.h>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <random>

namespace dicomnet::test {

namespace {

double smoothInside(double e, double width) {  // 1 inside (e < 1), 0 outside, soft edge
    return std::clamp((1 + width - e) / (2 * width), 0.0, 1.0);
}
double ellipse(double x, double y, double cx, double cy, double rx, double ry) {
    const double dx = (x - cx) / rx, dy = (y - cy) / ry;
    return dx * dx + dy * dy;
}

struct Blob {
    double x, y, r, strength;
};

enum class Anomaly { None, Mass, Pneumothorax, ForeignBody };

struct Anatomy {
    double s = 1;
    double lungCx[2], lungCy, lungRx[2], lungRy[2];
    double heartCx, heartCy, heartRx, heartRy;
    double bodyRx, bodyRy;
    double ribPhase = 0, lungAtt = 0.32;
};

struct Scene {
    Anatomy a;
    std::array<double, 6> reticular{};
    std::vector<Blob> blobs;
    Anomaly anomaly = Anomaly::None;
    int anomalySide = 0;
    bool lungs = true;  // false: an abdomen (no lung fields)
    bool lateral = false;
};

Anatomy anatomyOf(std::mt19937& rng, double scale) {
    std::uniform_real_distribution<double> u(0.92, 1.08), v(-1, 1);
    Anatomy a;
    a.s = scale * u(rng);
    const double s = a.s;
    a.bodyRx = 165 * s * u(rng), a.bodyRy = 235 * s;
    a.lungCy = -20 * s;
    a.lungCx[0] = -72 * s, a.lungCx[1] = 74 * s;
    a.lungRx[0] = 60 * s * u(rng), a.lungRx[1] = 56 * s * u(rng);
    a.lungRy[0] = 120 * s * u(rng), a.lungRy[1] = 114 * s * u(rng);
    a.heartCx = 24 * s, a.heartCy = 72 * s, a.heartRx = 66 * s * u(rng), a.heartRy = 50 * s;
    a.ribPhase = 13 * v(rng), a.lungAtt = 0.30 + 0.04 * v(rng);
    return a;
}

// Zone `z` (0..5: A–F) of the anatomy: its side and the y band.
void zoneBand(const Anatomy& a, int z, int& side, double& y0, double& y1) {
    side = z / 3;
    const double top = a.lungCy - a.lungRy[side], h = 2 * a.lungRy[side] / 3;
    y0 = top + (z % 3) * h, y1 = y0 + h;
}

bool inLung(const Anatomy& a, int side, double x, double y) {
    return ellipse(x, y, a.lungCx[side], a.lungCy, a.lungRx[side], a.lungRy[side]) < 1 &&
           ellipse(x, y, a.heartCx, a.heartCy, a.heartRx, a.heartRy) >= 1;
}

void addGrades(Scene& scene, const std::array<int, 6>& grades, std::mt19937& rng) {
    std::uniform_real_distribution<double> u(0, 1);
    for (int z = 0; z < 6; ++z) {
        const int g = grades[size_t(z)];
        if (g == 0) continue;
        scene.reticular[size_t(z)] = g == 3 ? 0.15 : 0.22;
        if (g == 1) continue;
        const double coverage = g == 2 ? 0.35 : 0.85, strength = g == 2 ? 0.5 : 0.8;
        int side;
        double y0, y1;
        zoneBand(scene.a, z, side, y0, y1);
        const double zoneArea = 2 * scene.a.lungRx[side] * (y1 - y0) * 0.75;
        double covered = 0;
        for (int tries = 0; covered < coverage * zoneArea && tries < 400; ++tries) {
            const double r = (12 + 10 * u(rng)) * scene.a.s;
            const double x = scene.a.lungCx[side] + (2 * u(rng) - 1) * scene.a.lungRx[side];
            const double y = y0 + u(rng) * (y1 - y0);
            if (!inLung(scene.a, side, x, y)) continue;
            scene.blobs.push_back({x, y, r, strength});
            covered += M_PI * r * r * 0.6;
        }
    }
}

// The phantom's presentation value (higher is denser) at (x, y) mm, y down, x to the image's
// right (the patient's left).
double value(const Scene& sc, double x, double y) {
    const Anatomy& a = sc.a;
    const double body = ellipse(x, y, 0, 25 * a.s, a.bodyRx, a.bodyRy);
    if (body >= 1.02) return 0.03;
    const double thickness = 0.7 + 0.3 * std::sqrt(std::max(0.0, 1 - body));
    double v = thickness * smoothInside(body, 0.02) + 0.03;
    if (std::abs(x) < 16 * a.s) v += 0.12;  // spine
    if (!sc.lungs) {
        v += 0.05 * std::sin(x / 9 + y / 14);  // bowel
        return v;
    }
    if (sc.lateral) {
        // One large field in the middle, the spine at the back.
        if (ellipse(x, y, 0, -10 * a.s, 100 * a.s, 125 * a.s) < 1) v = a.lungAtt * thickness + 0.05;
        if (x > 110 * a.s && x < 140 * a.s) v += 0.3;
        return v;
    }
    if (ellipse(x, y, a.heartCx, a.heartCy, a.heartRx, a.heartRy) < 1) return v + 0.08;
    for (int side = 0; side < 2; ++side) {
        const double e = ellipse(x, y, a.lungCx[side], a.lungCy, a.lungRx[side], a.lungRy[side]);
        if (e >= 1.05) continue;
        const double edge = smoothInside(e, 0.05);
        double lung = a.lungAtt * thickness + 0.05 * (y - a.lungCy) / a.lungRy[side];
        // Vessels and ribs.
        lung += 0.025 * std::sin(x / 4.1 + 3 * std::sin(y / 17)) * std::sin(y / 5.3);
        const double rib = std::sin((y + 0.004 * x * x + a.ribPhase) / (26 * a.s) * 2 * M_PI);
        if (rib > 0.55) lung += 0.09;
        if (sc.anomaly == Anomaly::Pneumothorax && side == sc.anomalySide) {
            lung = 0.08;  // no lung markings at all
            if (ellipse(x, y, a.lungCx[side] * 0.6, a.lungCy, a.lungRx[side] * 0.3,
                        a.lungRy[side] * 0.4) < 1)
                lung = thickness;  // the collapsed lung
        }
        // Opacities of the zone.
        const int third =
            std::clamp(int((y - (a.lungCy - a.lungRy[side])) / (2 * a.lungRy[side] / 3)), 0, 2);
        const int z = side * 3 + third;
        double o = 0;
        if (sc.reticular[size_t(z)] > 0) {
            const double p =
                std::sin(x / 3.1 + 2 * std::sin(y / 11)) * std::sin(y / 2.7 + 2 * std::sin(x / 13));
            if (p > 0.3) o = sc.reticular[size_t(z)];
        }
        for (const Blob& b : sc.blobs) {
            const double d2 = ((x - b.x) * (x - b.x) + (y - b.y) * (y - b.y)) / (b.r * b.r);
            if (d2 < 1.5) o = std::max(o, b.strength * smoothInside(d2, 0.4));
        }
        lung += o * (thickness - lung);
        if (sc.anomaly == Anomaly::Mass && side == sc.anomalySide &&
            ellipse(x, y, a.lungCx[side], a.lungCy - 20, 42, 42) < 1)
            lung = 1.35;
        if (sc.anomaly == Anomaly::ForeignBody && side == sc.anomalySide &&
            std::abs(x - a.lungCx[side]) < 30 && std::abs(y - a.lungCy) < 12)
            lung = 2.6;
        v = edge * lung + (1 - edge) * v;
    }
    return v;
}

QByteArray uid() {
    char buffer[100];
    dcmGenerateUniqueIdentifier(buffer, SITE_INSTANCE_UID_ROOT);
    return QByteArray(buffer);
}

struct FilmHeader {
    QByteArray patientId, name, birthDate, studyDate, studyUid, seriesUid, sopUid;
    QByteArray bodyPart = "CHEST", viewPosition = "PA", photometric = "MONOCHROME2";
    double spacing = 0.5;
    int columns = 0, rows = 0;
};

bool writeFilm(const QString& path, const FilmHeader& h, const std::vector<uint16_t>& pixels) {
    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    ds.putAndInsertString(DCM_SOPClassUID, UID_DigitalXRayImageStorageForPresentation);
    ds.putAndInsertString(DCM_SOPInstanceUID, h.sopUid.constData());
    ds.putAndInsertString(DCM_PatientName, h.name.constData());
    ds.putAndInsertString(DCM_PatientID, h.patientId.constData());
    ds.putAndInsertString(DCM_PatientBirthDate, h.birthDate.constData());
    ds.putAndInsertString(DCM_PatientSex, "F");
    ds.putAndInsertString(DCM_StudyInstanceUID, h.studyUid.constData());
    ds.putAndInsertString(DCM_SeriesInstanceUID, h.seriesUid.constData());
    ds.putAndInsertString(DCM_StudyDate, h.studyDate.constData());
    ds.putAndInsertString(DCM_StudyTime, "093000");
    ds.putAndInsertString(DCM_StudyDescription, "Chest PA");
    ds.putAndInsertString(DCM_Modality, "DX");
    ds.putAndInsertString(DCM_BodyPartExamined, h.bodyPart.constData());
    ds.putAndInsertString(DCM_ViewPosition, h.viewPosition.constData());
    ds.putAndInsertString(DCM_PatientOrientation, "L\\F");
    ds.putAndInsertString(DCM_SeriesNumber, "1");
    ds.putAndInsertString(DCM_InstanceNumber, "1");
    ds.putAndInsertString(DCM_PresentationIntentType, "FOR PRESENTATION");
    const QByteArray sp = QByteArray::number(h.spacing, 'f', 3);
    ds.putAndInsertString(DCM_ImagerPixelSpacing, (sp + "\\" + sp).constData());
    ds.putAndInsertString(DCM_PixelSpacing, (sp + "\\" + sp).constData());
    ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds.putAndInsertString(DCM_PhotometricInterpretation, h.photometric.constData());
    ds.putAndInsertUint16(DCM_Rows, Uint16(h.rows));
    ds.putAndInsertUint16(DCM_Columns, Uint16(h.columns));
    ds.putAndInsertUint16(DCM_BitsAllocated, 16);
    ds.putAndInsertUint16(DCM_BitsStored, 12);
    ds.putAndInsertUint16(DCM_HighBit, 11);
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
    ds.putAndInsertString(DCM_WindowCenter, "2048");
    ds.putAndInsertString(DCM_WindowWidth, "4096");
    ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(), unsigned(pixels.size()));
    file.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPClassUID,
                                           UID_DigitalXRayImageStorageForPresentation);
    return file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good();
}

// Renders the scene with motion and exposure into stored values.
std::vector<uint16_t> render(const Scene& sc, const FilmHeader& h, double rotDeg, double tx,
                             double ty, double gain, bool collimate, std::mt19937& rng,
                             int fill = -1) {
    std::vector<uint16_t> px(size_t(h.columns) * size_t(h.rows));
    std::normal_distribution<double> noise(0, 18);
    const double c = std::cos(rotDeg * M_PI / 180), s = std::sin(rotDeg * M_PI / 180);
    const bool inverted = h.photometric == "MONOCHROME1";
    for (int r = 0; r < h.rows; ++r)
        for (int col = 0; col < h.columns; ++col) {
            double v;
            if (fill >= 0) {
                px[size_t(r) * h.columns + col] = uint16_t(fill);
                continue;
            }
            const double fx = (col - h.columns / 2.0) * h.spacing - tx;
            const double fy = (r - h.rows / 2.0) * h.spacing - ty;
            v = value(sc, c * fx + s * fy, -s * fx + c * fy);
            const bool shutter = collimate && (col < h.columns / 25 || col > h.columns * 24 / 25 ||
                                               r < h.rows / 25 || r > h.rows * 24 / 25);
            if (shutter) v = 1.6;
            double stored = 250 + 2300 * gain * v + noise(rng);
            stored = std::clamp(stored, 0.0, 4095.0);
            if (inverted) stored = 4095 - stored;
            px[size_t(r) * h.columns + col] = uint16_t(stored);
        }
    return px;
}

}  // namespace

std::vector<CohortFilm> writeChestCohort(const QString& folder, const CohortOptions& o) {
    QDir().mkpath(folder);
    std::mt19937 rng(o.seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<CohortFilm> films;
    const double spacings[] = {0.5, 0.6, 0.7};
    int n = 0;
    auto header = [&](int patient, int visit, double spacing, double widthMm, double heightMm) {
        FilmHeader h;
        h.patientId = "COH-" + QByteArray::number(patient).rightJustified(3, '0');
        h.name = "Cohort^P" + QByteArray::number(patient);
        h.birthDate = QByteArray::number(1950 + patient % 40) + "0612";
        h.studyDate = "202601" + QByteArray::number(10 + visit * 3);
        h.studyUid = uid(), h.seriesUid = uid(), h.sopUid = uid();
        h.spacing = spacing / std::sqrt(o.scale);
        h.columns = int(widthMm / h.spacing), h.rows = int(heightMm / h.spacing);
        return h;
    };
    auto add = [&](const FilmHeader& h, const std::vector<uint16_t>& px, int patient, int visit,
                   const std::array<int, 6>& grades, bool anomaly, const QString& refuse) {
        CohortFilm f;
        f.file = QStringLiteral("%1/film%2.dcm").arg(folder).arg(n++, 4, 10, QLatin1Char('0'));
        writeFilm(f.file, h, px);
        f.patientId = QString::fromLatin1(h.patientId),
        f.studyUid = QString::fromLatin1(h.studyUid);
        f.seriesUid = QString::fromLatin1(h.seriesUid), f.sopUid = QString::fromLatin1(h.sopUid);
        f.patient = patient, f.visit = visit, f.grades = grades, f.anomaly = anomaly;
        f.refuse = refuse;
        films.push_back(f);
    };

    for (int p = 0; p < o.patients; ++p) {
        const Anatomy anatomy = anatomyOf(rng, 1.0);
        const double severity = 3.2 * u(rng) - 0.4;
        std::array<int, 6> grades{};
        for (int& g : grades)
            g = std::clamp(int(std::lround(severity + 1.2 * (u(rng) - 0.5))), 0, 3);
        const double spacing = spacings[p % 3];
        const bool mono1 = p % 4 == 1;
        for (int visit = 0; visit < o.filmsPerPatient; ++visit) {
            if (visit > 0)  // the course: one or two zones move by one grade
                for (int k = 0; k < 2; ++k) {
                    int& g = grades[size_t(rng() % 6)];
                    g = std::clamp(g + (u(rng) < 0.5 ? -1 : 1), 0, 3);
                }
            Scene sc;
            sc.a = anatomy;
            addGrades(sc, grades, rng);
            FilmHeader h = header(p, visit, spacing, 390, 450);
            if (mono1) h.photometric = "MONOCHROME1";
            const auto px = render(sc, h, 12 * u(rng) - 6, 30 * u(rng) - 15, 30 * u(rng) - 15,
                                   0.85 + 0.3 * u(rng), (p + visit) % 5 == 2, rng);
            add(h, px, p, visit, grades, false, {});
        }
    }
    const Anomaly kinds[] = {Anomaly::Mass, Anomaly::Pneumothorax, Anomaly::ForeignBody};
    for (int k = 0; k < o.anomalies; ++k) {
        const int p = o.patients + k;
        Scene sc;
        sc.a = anatomyOf(rng, 1.0);
        sc.anomaly = kinds[k % 3];
        sc.anomalySide = k % 2;
        FilmHeader h = header(p, 0, 0.6, 390, 450);
        add(h, render(sc, h, 0, 0, 0, 1.0, false, rng), p, 0, {}, true, {});
    }
    if (!o.refusals) return films;
    int p = o.patients + o.anomalies;
    {
        Scene sc;
        sc.a = anatomyOf(rng, 1.0);
        sc.lateral = true;
        FilmHeader h = header(p, 0, 0.6, 390, 450);
        h.viewPosition = "LL";
        add(h, render(sc, h, 0, 0, 0, 1.0, false, rng), p++, 0, {}, false, "lateral");
    }
    {
        Scene sc;
        sc.a = anatomyOf(rng, 0.45);
        FilmHeader h = header(p, 0, 0.3, 180, 210);
        h.birthDate = "20220301";
        add(h, render(sc, h, 0, 0, 0, 1.0, false, rng), p++, 0, {}, false, "child");
    }
    {
        Scene sc;
        sc.a = anatomyOf(rng, 0.45);
        FilmHeader h = header(p, 0, 0.3, 180, 210);
        h.birthDate = "";  // no age: the size tells
        add(h, render(sc, h, 0, 0, 0, 1.0, false, rng), p++, 0, {}, false, "child by size");
    }
    {
        Scene sc;
        sc.a = anatomyOf(rng, 1.0);
        FilmHeader h = header(p, 0, 0.6, 390, 450);
        h.bodyPart = "HAND";
        add(h, render(sc, h, 0, 0, 0, 1.0, false, rng), p++, 0, {}, false, "hand");
    }
    {
        Scene sc;
        sc.a = anatomyOf(rng, 1.0);
        sc.lungs = false;
        FilmHeader h = header(p, 0, 0.6, 390, 450);
        h.bodyPart = "";
        add(h, render(sc, h, 0, 0, 0, 1.0, false, rng), p++, 0, {}, false, "abdomen");
    }
    {
        Scene sc;
        FilmHeader h = header(p, 0, 0.6, 390, 450);
        add(h, render(sc, h, 0, 0, 0, 1.0, false, rng, 0), p++, 0, {}, false, "blank");
    }
    {
        Scene sc;
        FilmHeader h = header(p, 0, 0.6, 390, 450);
        auto px = render(sc, h, 0, 0, 0, 1.0, false, rng, 4095);
        for (int r = 0; r < 40; ++r)
            for (int c = 0; c < 40; ++c) px[size_t(r) * h.columns + c] = uint16_t(1000 + r * c);
        add(h, px, p++, 0, {}, false, "saturated");
    }
    return films;
}

CohortCt writeChestCt(const QString& folder, int slices, double gap,
                      const std::array<int, 6>& groundGlass,
                      const std::array<int, 6>& consolidation, bool lungs, unsigned seed,
                      int patient) {
    QDir().mkpath(folder);
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, 12);
    std::uniform_real_distribution<double> bodyScale(0.9, 1.1), jitter(-8, 8);
    const double s = patient == 0 ? 1.0 : bodyScale(rng);  // the body's scale
    const auto moved = [&](double v) { return patient == 0 ? v : v + jitter(rng); };
    CohortCt ct;
    ct.studyUid = QString::fromLatin1(uid());
    ct.seriesUid = QString::fromLatin1(uid());
    const int size = 512;
    const double ps = 0.7, fov = size * ps;
    const double length = slices * gap;  // from the apex (z = 0) down
    // Blobs: 3D spheres in each region's centre; region r: side r/3 (0 right), third r%3.
    struct Sphere {
        double x, y, z, r, hu;
    };
    std::vector<Sphere> spheres;
    for (int r = 0; r < 6; ++r) {
        const double side = r / 3 == 0 ? -1 : 1;  // patient right is −x
        const double zc = (lungs ? length * (0.2 + 0.3 * (r % 3)) : -1000);
        for (int k = 0; k < groundGlass[size_t(r)] * 2; ++k)
            spheres.push_back({moved(side * (70 + 15 * k) * s), moved((-10.0 + 20 * k) * s),
                               moved(zc + 8 * k), 24 * s, -520});
        for (int k = 0; k < consolidation[size_t(r)] * 2; ++k)
            spheres.push_back({moved(side * (95 - 10 * k) * s), moved((30.0 - 15 * k) * s),
                               moved(zc - 6 * k), 18 * s, 20});
        ct.groundGlass[size_t(r)] = groundGlass[size_t(r)];
        ct.consolidation[size_t(r)] = consolidation[size_t(r)];
    }
    std::vector<uint16_t> px(size_t(size) * size);
    for (int k = 0; k < slices; ++k) {
        const double z = k * gap;  // mm below the top of the scan
        const double zRel = z / length;
        const double lungScale =
            lungs ? std::sin(M_PI * std::clamp(zRel * 0.9 + 0.08, 0.0, 1.0)) : 0;
        for (int j = 0; j < size; ++j)
            for (int i = 0; i < size; ++i) {
                const double x = -fov / 2 + i * ps, y = -fov / 2 + j * ps;
                double hu = -1000;
                if (ellipse(x, y, 0, 10, 160 * s, 115 * s) < 1) {
                    hu = ellipse(x, y, 0, 10, 160 * s, 115 * s) > 0.88 ? -100 : 40;
                    for (double side : {-1.0, 1.0})
                        if (lungScale > 0.15 &&
                            ellipse(x, y, side * 68 * s, 0, (52 * lungScale + 8) * s,
                                    (68 * lungScale + 8) * s) < 1)
                            hu = -850 + 40 * std::sin(x / 5) * std::sin(y / 6);
                    if (lungs && ellipse(x, y, 15 * s, 25 * s, 45 * s, 40 * s) < 1 && zRel > 0.35 &&
                        zRel < 0.8)
                        hu = 40;  // heart
                    if (hu < -400)
                        for (const Sphere& s : spheres) {
                            const double d = ((x - s.x) * (x - s.x) + (y - s.y) * (y - s.y) +
                                              (z - s.z) * (z - s.z)) /
                                             (s.r * s.r);
                            if (d < 1) hu = s.hu;
                        }
                    if (std::abs(x) < 14 && y > 70 && y < 100) hu = 700;  // vertebra
                }
                px[size_t(j) * size + i] =
                    uint16_t(std::clamp(hu + 1024 + noise(rng), 0.0, 4095.0));
            }
        DcmFileFormat file;
        DcmDataset& ds = *file.getDataset();
        const QByteArray sop = uid();
        ds.putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
        ds.putAndInsertString(DCM_SOPInstanceUID, sop.constData());
        const QByteArray id =
            patient == 0 ? QByteArray("COH-CT") : "COH-CT-" + QByteArray::number(patient);
        const QByteArray name =
            patient == 0 ? QByteArray("Cohort^CT") : "Cohort^CT" + QByteArray::number(patient);
        ds.putAndInsertString(DCM_PatientName, name.constData());
        ds.putAndInsertString(DCM_PatientID, id.constData());
        ds.putAndInsertString(DCM_StudyInstanceUID, ct.studyUid.toLatin1().constData());
        ds.putAndInsertString(DCM_SeriesInstanceUID, ct.seriesUid.toLatin1().constData());
        ds.putAndInsertString(DCM_StudyDate, "20260115");
        ds.putAndInsertString(DCM_Modality, "CT");
        ds.putAndInsertString(DCM_BodyPartExamined, lungs ? "CHEST" : "");
        ds.putAndInsertString(DCM_SeriesNumber, "2");
        ds.putAndInsertString(DCM_InstanceNumber, QByteArray::number(k + 1).constData());
        ds.putAndInsertString(
            DCM_ImagePositionPatient,
            QByteArray("-179.2\\-179.2\\" + QByteArray::number(-z, 'f', 2)).constData());
        ds.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        ds.putAndInsertString(DCM_PixelSpacing, "0.7\\0.7");
        ds.putAndInsertString(DCM_SliceThickness, QByteArray::number(gap).constData());
        ds.putAndInsertString(DCM_RescaleIntercept, "-1024");
        ds.putAndInsertString(DCM_RescaleSlope, "1");
        ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
        ds.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
        ds.putAndInsertUint16(DCM_Rows, size);
        ds.putAndInsertUint16(DCM_Columns, size);
        ds.putAndInsertUint16(DCM_BitsAllocated, 16);
        ds.putAndInsertUint16(DCM_BitsStored, 12);
        ds.putAndInsertUint16(DCM_HighBit, 11);
        ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
        ds.putAndInsertUint16Array(DCM_PixelData, px.data(), unsigned(px.size()));
        const QString path =
            QStringLiteral("%1/ct%2.dcm").arg(folder).arg(k, 4, 10, QLatin1Char('0'));
        file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
        ct.files << path;
    }
    return ct;
}

}  // namespace dicomnet::test
