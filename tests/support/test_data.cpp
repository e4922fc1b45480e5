#include "test_data.h"

#include <QDir>
#include <QProcess>

namespace dicomnet::test {

QString pydicomDataDir() {
    return QStringLiteral(DICOMNET_PYDICOM_ROOT "/usr/lib/python3/dist-packages/pydicom/data");
}

QString pydicomFile(const QString& relative) {
    return pydicomDataDir() + QLatin1Char('/') + relative;
}

QString dicomnetBinary() { return QStringLiteral(DICOMNET_BINARY); }

QString testOutputDir() {
    const QString d = qEnvironmentVariable("DICOMNET_TEST_OUTPUT", QDir::tempPath());
    QDir().mkpath(d);
    return d;
}

bool makeSeries(const QString& folder, int count, int rows, int columns) {
    QProcess make;
    make.start(qEnvironmentVariable("DICOMNET_MAKE_SERIES"),
               {folder, QString::number(count), QString::number(rows), QString::number(columns)});
    return make.waitForFinished(60000) && make.exitStatus() == QProcess::NormalExit &&
           make.exitCode() == 0;
}

}  // namespace dicomnet::test
