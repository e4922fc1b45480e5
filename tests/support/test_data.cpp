#include "test_data.h"

#include <QDir>

namespace dicomnet::test {

QString pydicomDataDir() {
    return QStringLiteral(DICOMNET_PYDICOM_ROOT "/usr/lib/python3/dist-packages/pydicom/data");
}

QString pydicomFile(const QString& relative) {
    return pydicomDataDir() + QLatin1Char('/') + relative;
}

QString dicomnetBinary() { return QStringLiteral(DICOMNET_BINARY); }

}  // namespace dicomnet::test
