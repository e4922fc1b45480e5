// dicomnet_make_series: writes synthetic CT-like series for crash tests and benchmarks.
//   dicomnet_make_series OUT_DIR COUNT [ROWS COLS] [PATIENT_ID]
#include "dicom_factory.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 3) {
        QTextStream(stderr)
            << "usage: dicomnet_make_series OUT_DIR COUNT [ROWS COLS] [PATIENT_ID]\n";
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
    o.studyUid = dicomnet::test::DicomFactory::newUid();
    o.seriesUid = dicomnet::test::DicomFactory::newUid();
    QDir().mkpath(out);
    for (int i = 1; i <= count; ++i) {
        o.instanceNumber = i;
        o.sopInstanceUid = o.seriesUid + QStringLiteral(".%1").arg(i);
        const QString path = QStringLiteral("%1/CT%2.dcm").arg(out).arg(i, 6, 10, QLatin1Char('0'));
        if (!dicomnet::test::DicomFactory::write(path, o)) {
            QTextStream(stderr) << "cannot write " << path << "\n";
            return 1;
        }
    }
    return 0;
}
