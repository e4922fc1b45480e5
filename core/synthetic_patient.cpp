#include "synthetic_patient.h"

#include "dcmtk_setup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace dicomnet {

namespace {

double smoothInside(double d, double edge) {  // 1 inside (d < 1), 0 outside, soft edge
    return std::clamp((1 - d) / edge + 0.5, 0.0, 1.0);
}
double ellipse(double u, double v, double cu, double cv, double ru, double rv) {
    const double a = (u - cu) / ru, b = (v - cv) / rv;
    return std::sqrt(a * a + b * b);
}

QString uid(const char* root) {
    char buffer[100];
    return QString::fromLatin1(dcmGenerateUniqueIdentifier(buffer, root));
}

struct Common {
    QString patientId, studyUid, seriesUid, date, time, description, accession;
    int seriesNumber = 1;
};

void putCommon(DcmDataset& ds, const Common& c) {
    ds.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    ds.putAndInsertString(DCM_PatientName, "Demo^Pacient");
    ds.putAndInsertString(DCM_PatientID, c.patientId.toLatin1().constData());
    ds.putAndInsertString(DCM_IssuerOfPatientID, "DICOMNET-DEMO");
    ds.putAndInsertString(DCM_PatientBirthDate, "19580314");
    ds.putAndInsertString(DCM_PatientSex, "M");
    ds.putAndInsertString(DCM_StudyInstanceUID, c.studyUid.toLatin1().constData());
    ds.putAndInsertString(DCM_SeriesInstanceUID, c.seriesUid.toLatin1().constData());
    ds.putAndInsertString(DCM_StudyDate, c.date.toLatin1().constData());
    ds.putAndInsertString(DCM_StudyTime, c.time.toLatin1().constData());
    ds.putAndInsertString(DCM_SeriesDate, c.date.toLatin1().constData());
    ds.putAndInsertString(DCM_StudyDescription, c.description.toUtf8().constData());
    ds.putAndInsertString(DCM_AccessionNumber, c.accession.toLatin1().constData());
    ds.putAndInsertString(DCM_StudyID, "1");
    ds.putAndInsertString(DCM_ReferringPhysicianName, "");
    ds.putAndInsertString(DCM_InstitutionName, "dicomnet demo");
    ds.putAndInsertString(DCM_BodyPartExamined, "CHEST");
    ds.putAndInsertString(DCM_SeriesNumber, QByteArray::number(c.seriesNumber).constData());
    ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds.putAndInsertUint16(DCM_BitsAllocated, 16);
    ds.putAndInsertUint16(DCM_BitsStored, 12);
    ds.putAndInsertUint16(DCM_HighBit, 11);
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
}

Status save(DcmFileFormat& file, const QString& path) {
    const OFCondition cond =
        file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
    if (cond.bad()) return Error{QObject::tr("cannot write %1: %2").arg(path, cond.text())};
    return {};
}

}  // namespace

double chestPhantom(double u, double v, double opacity) {
    double value = 250;
    const double body = smoothInside(ellipse(u, v, 0, 0.05, 0.86, 1.05), 0.04);
    value += 1500 * body;
    double lungs = 0;
    for (double side : {-1.0, 1.0})
        lungs = std::max(lungs, smoothInside(ellipse(u, v, side * 0.36, -0.02, 0.27, 0.56), 0.08));
    lungs *= smoothInside(ellipse(u, v, 0, 0.95, 1.2, 0.42), 0.1) < 1 ? 1 : 0.2;
    value -= 1000 * lungs * body;
    const double heart = smoothInside(ellipse(u, v, 0.1, 0.22, 0.27, 0.3), 0.12);
    value += 650 * heart * body;
    const double spine = smoothInside(std::abs(u) / 0.065, 0.2);
    value += 550 * spine * body;
    // Ribs: arcs across each lung.
    double rib = 0;
    for (int k = 0; k < 10; ++k) {
        const double curve = -0.62 + k * 0.115 + 0.22 * u * u;
        rib = std::max(rib, smoothInside(std::abs(v - curve) / 0.018, 0.5));
    }
    value += 380 * rib * lungs;
    // Clavicles.
    for (double side : {-1.0, 1.0}) {
        const double line = -0.72 + 0.12 * std::abs(u - side * 0.35);
        if (side * u > 0.05 && side * u < 0.62)
            value += 420 * smoothInside(std::abs(v - line) / 0.025, 0.4) * body;
    }
    // The opacity: right lower lobe, i.e. the image's left (PA view, patient facing us).
    const double du = u + 0.38, dv = v - 0.3;
    value += 520 * opacity * std::exp(-(du * du + dv * dv) / (2 * 0.13 * 0.13)) * lungs;
    return value;
}

double chestCtPhantom(double u, double v, double z) {
    const double lungScale = std::sin(M_PI * std::clamp(z * 0.95 + 0.05, 0.0, 1.0));
    const double bodyD = ellipse(u, v, 0, 0.02, 0.84, 0.6);
    if (bodyD >= 1) return -1000;
    double hu = bodyD > 0.93 ? -100 : 40;  // subcutaneous fat, then soft tissue
    for (double side : {-1.0, 1.0}) {
        if (ellipse(u, v, side * 0.38, -0.04, 0.3 * (0.5 + 0.5 * lungScale),
                    0.38 * (0.5 + 0.5 * lungScale)) < 1)
            hu = -860;
    }
    if (z > 0.3 && z < 0.75 && ellipse(u, v, 0.1, 0.08, 0.22, 0.19) < 1) hu = 40;
    if (ellipse(u, v, -0.06, -0.22, 0.05, 0.05) < 1) hu = 220;  // contrast aorta
    if (ellipse(u, v, 0, 0.4, 0.09, 0.08) < 1) hu = 650;        // vertebral body
    if (ellipse(u, v, 0, 0.52, 0.035, 0.035) < 1) hu = 25;      // spinal canal
    if (bodyD > 0.84 && bodyD < 0.9 && std::fmod(std::atan2(v, u) + 4 + z * 3, 0.5) < 0.2)
        hu = 700;  // ribs
    // Consolidation in the right lower lobe.
    if (z > 0.5 && z < 0.8 && ellipse(u, v, -0.4, 0.12, 0.12, 0.1) < 1) hu = -120;
    return hu;
}

namespace {

// A PA chest radiograph: brighter where more is in the way (bone, heart), dark lungs. `shift`
// and `turn` move the patient; `opacity` (0…1) is the density of the right lower lobe process.
std::vector<Uint16> chestRadiograph(int n, double shiftU, double shiftV, double turn,
                                    double opacity, std::mt19937& random) {
    std::vector<Uint16> pixels(size_t(n) * size_t(n));
    std::normal_distribution<double> noise(0, 14);
    const double c = std::cos(turn), s = std::sin(turn);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            // Image coordinates → patient coordinates (-1…1), moved and turned.
            const double iu = 2.0 * x / n - 1 - shiftU, iv = 2.0 * y / n - 1 - shiftV;
            const double u = c * iu + s * iv, v = -s * iu + c * iv;
            const double value = chestPhantom(u, v, opacity) + noise(random);
            pixels[size_t(y) * size_t(n) + size_t(x)] = Uint16(std::clamp(value, 0.0, 4095.0));
        }
    }
    return pixels;
}

// A chest CT slice in HU + 1024; `z` from 0 (lung apex) to 1 (bases).
std::vector<Uint16> chestSlice(double z, std::mt19937& random) {
    const int n = 512;
    std::vector<Uint16> pixels(size_t(n) * n);
    std::normal_distribution<double> noise(0, 12);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            const double u = 2.0 * x / n - 1, v = 2.0 * y / n - 1;
            const double hu = chestCtPhantom(u, v, z) + noise(random);
            pixels[size_t(y) * n + size_t(x)] = Uint16(std::clamp(hu + 1024, 0.0, 4095.0));
        }
    }
    return pixels;
}

}  // namespace

Result<QStringList> writeSyntheticPatient(const QString& folder, const SyntheticPatientOptions& o) {
    ensureDcmtkConfigured();
    if (!QDir().mkpath(folder)) return Error{QObject::tr("cannot create %1").arg(folder)};
    QStringList written;
    std::mt19937 random(20201);
    const QDate today = QDate::currentDate();

    // Four radiographs of one admission: 9, 6, 3 days ago and today.
    const struct {
        int daysAgo;
        double shiftU, shiftV, turn, opacity;
        const char* time;
    } films[] = {{9, 0.0, 0.0, 0.0, 0.15, "081500"},
                 {6, 0.035, -0.02, 0.03, 0.75, "092000"},
                 {3, -0.025, 0.03, -0.025, 1.0, "101000"},
                 {0, 0.015, 0.01, 0.015, 0.35, "083000"}};
    int number = 0;
    for (const auto& f : films) {
        Common c;
        c.patientId = o.patientId;
        c.studyUid = uid(SITE_STUDY_UID_ROOT);
        c.seriesUid = uid(SITE_SERIES_UID_ROOT);
        c.date = today.addDays(-f.daysAgo).toString(QStringLiteral("yyyyMMdd"));
        c.time = QString::fromLatin1(f.time);
        c.description = QStringLiteral("Radiografie toracică PA");
        c.accession = QStringLiteral("DEMO-CR-%1").arg(++number);
        DcmFileFormat file;
        DcmDataset& ds = *file.getDataset();
        putCommon(ds, c);
        const QString sop = uid(SITE_INSTANCE_UID_ROOT);
        ds.putAndInsertString(DCM_SOPClassUID, UID_DigitalXRayImageStorageForPresentation);
        ds.putAndInsertString(DCM_SOPInstanceUID, sop.toLatin1().constData());
        ds.putAndInsertString(DCM_Modality, "DX");
        ds.putAndInsertString(DCM_SeriesDescription, "PA");
        ds.putAndInsertString(DCM_ViewPosition, "PA");
        ds.putAndInsertString(DCM_PatientOrientation, "L\\F");
        ds.putAndInsertString(DCM_ImageType, "ORIGINAL\\PRIMARY");
        ds.putAndInsertString(DCM_PresentationIntentType, "FOR PRESENTATION");
        ds.putAndInsertString(DCM_InstanceNumber, "1");
        ds.putAndInsertUint16(DCM_Rows, Uint16(o.xraySize));
        ds.putAndInsertUint16(DCM_Columns, Uint16(o.xraySize));
        ds.putAndInsertString(DCM_ImagerPixelSpacing, "0.175\\0.175");
        ds.putAndInsertString(DCM_PixelSpacing, "0.175\\0.175");
        ds.putAndInsertString(DCM_WindowCenter, "1500");
        ds.putAndInsertString(DCM_WindowWidth, "2600");
        ds.putAndInsertString(DCM_RescaleIntercept, "0");
        ds.putAndInsertString(DCM_RescaleSlope, "1");
        ds.putAndInsertString(DCM_RescaleType, "US");
        ds.putAndInsertString(DCM_PresentationLUTShape, "IDENTITY");
        const auto pixels =
            chestRadiograph(o.xraySize, f.shiftU, f.shiftV, f.turn, f.opacity, random);
        ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(),
                                   static_cast<unsigned long>(pixels.size()));
        const QString path = QStringLiteral("%1/DX%2.dcm").arg(folder).arg(number);
        if (Status s = save(file, path); !s) return Error{s.error()};
        written << path;
    }

    // A chest CT on the day of the second film.
    Common c;
    c.patientId = o.patientId;
    c.studyUid = uid(SITE_STUDY_UID_ROOT);
    c.seriesUid = uid(SITE_SERIES_UID_ROOT);
    c.date = today.addDays(-6).toString(QStringLiteral("yyyyMMdd"));
    c.time = QStringLiteral("113000");
    c.description = QStringLiteral("CT torace nativ");
    c.accession = QStringLiteral("DEMO-CT-1");
    c.seriesNumber = 2;
    const double spacing = 0.7, thickness = 2.5;
    const QString frame = uid(SITE_UID_ROOT);  // the scanner's frame of reference
    for (int i = 0; i < o.ctSlices; ++i) {
        DcmFileFormat file;
        DcmDataset& ds = *file.getDataset();
        putCommon(ds, c);
        const QString sop = uid(SITE_INSTANCE_UID_ROOT);
        ds.putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
        ds.putAndInsertString(DCM_SOPInstanceUID, sop.toLatin1().constData());
        ds.putAndInsertString(DCM_Modality, "CT");
        ds.putAndInsertString(DCM_SeriesDescription, "Torace 2.5 mm");
        ds.putAndInsertString(DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
        ds.putAndInsertString(DCM_InstanceNumber, QByteArray::number(i + 1).constData());
        ds.putAndInsertUint16(DCM_Rows, 512);
        ds.putAndInsertUint16(DCM_Columns, 512);
        ds.putAndInsertString(DCM_PixelSpacing, "0.7\\0.7");
        ds.putAndInsertString(DCM_SliceThickness, "2.5");
        const double z = -i * thickness;  // head first: slice positions go down the body
        ds.putAndInsertString(DCM_ImagePositionPatient, QStringLiteral("%1\\%2\\%3")
                                                            .arg(-256 * spacing)
                                                            .arg(-256 * spacing)
                                                            .arg(z)
                                                            .toLatin1()
                                                            .constData());
        ds.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        ds.putAndInsertString(DCM_FrameOfReferenceUID, frame.toLatin1().constData());
        ds.putAndInsertString(DCM_SliceLocation, QByteArray::number(z).constData());
        ds.putAndInsertString(DCM_RescaleIntercept, "-1024");
        ds.putAndInsertString(DCM_RescaleSlope, "1");
        ds.putAndInsertString(DCM_RescaleType, "HU");
        ds.putAndInsertString(DCM_WindowCenter, "-600\\40");
        ds.putAndInsertString(DCM_WindowWidth, "1500\\400");
        ds.putAndInsertString(DCM_WindowCenterWidthExplanation, "LUNG\\MEDIASTINUM");
        const auto pixels = chestSlice(double(i) / std::max(1, o.ctSlices - 1), random);
        ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(),
                                   static_cast<unsigned long>(pixels.size()));
        const QString path =
            QStringLiteral("%1/CT%2.dcm").arg(folder).arg(i + 1, 4, 10, QLatin1Char('0'));
        if (Status s = save(file, path); !s) return Error{s.error()};
        written << path;
    }
    return written;
}

}  // namespace dicomnet
