// Where the tests find data made by others (Debian's python3-pydicom, unpacked into the build
// tree by the fetch_pydicom fixture, tests/support/fetch_deb.sh) and the programs under test.
#pragma once

#include <QString>

namespace dicomnet::test {

// .../pydicom/data ; QFAIL-worthy when missing.
QString pydicomDataDir();
QString pydicomFile(const QString& relative);  // e.g. "test_files/CT_small.dcm"
QString dicomnetBinary();
// Where tests leave screenshots for people to look at (DICOMNET_TEST_OUTPUT, else /tmp).
QString testOutputDir();
// A synthetic CT series of `count` images (dicomnet_make_series); false when it failed.
bool makeSeries(const QString& folder, int count, int rows, int columns);

}  // namespace dicomnet::test
