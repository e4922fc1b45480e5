// dicomnet_make_series: writes synthetic CT-like series for crash tests and benchmarks.
//   dicomnet_make_series OUT_DIR COUNT [ROWS COLS] [PATIENT_ID] [--studies]
// --studies: each object is a study of its own, of its own patient (PATIENT_ID followed by a
// number), dated across 2020–2026, of rotating modalities: an index to search, not pixels.
#include "dicom_factory.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 3) {
        QTextStream(stderr)
            << "usage: dicomnet_make_series OUT_DIR COUNT [ROWS COLS] [PATIENT_ID] [--studies]\n";
        return 2;
    }
    const QString out = a[1];
    const int count = a[2].toInt();
    dicomnet::test::SyntheticObject o;
    o.modality = QStringLiteral("CT");
    o.bodyPart = QStringLiteral("CHEST");
    o.studyDescription = "CT Chest";
    if (a.size() >= 5) {
        o.rows = a[3].toInt();
        o.columns = a[4].toInt();
    }
    if (a.size() >= 6) o.patientId = a[5];
    const bool studies = a.size() >= 7 && a[6] == QLatin1String("--studies");
    const QString patient = o.patientId;
    const QString modalities[] = {QStringLiteral("CR"), QStringLiteral("DX"), QStringLiteral("CT"),
                                  QStringLiteral("US"), QStringLiteral("MR")};
    o.studyUid = dicomnet::test::DicomFactory::newUid();
    o.seriesUid = dicomnet::test::DicomFactory::newUid();
    QDir().mkpath(out);
    for (int i = 1; i <= count; ++i) {
        o.instanceNumber = i;
        if (studies) {
            o.patientId = patient + QString::number(i);
            o.studyUid = dicomnet::test::DicomFactory::newUid();
            o.seriesUid = dicomnet::test::DicomFactory::newUid();
            o.modality = modalities[i % 5];
            o.studyDate = QStringLiteral("%1%2%3")
                              .arg(2020 + i % 7)
                              .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                              .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        }
        o.sopInstanceUid = o.seriesUid + QStringLiteral(".%1").arg(i);
        const QString path = QStringLiteral("%1/CT%2.dcm").arg(out).arg(i, 6, 10, QLatin1Char('0'));
        if (!dicomnet::test::DicomFactory::write(path, o)) {
            QTextStream(stderr) << "cannot write " << path << "\n";
            return 1;
        }
    }
    return 0;
}
