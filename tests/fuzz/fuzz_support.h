// Shared by the fuzz targets: the libFuzzer entry point each defines, and a scratch file for
// the code paths that read a file by name.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace dicomnet::fuzz {

// The input written to this process's scratch file (in /dev/shm when there is one); its path.
QString scratchFile(const uint8_t* data, size_t size);
// A folder of this process's own, made on first use and removed at exit.
QString scratchDir();
inline QByteArray bytesOf(const uint8_t* data, size_t size) {
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), int(size));
}

}  // namespace dicomnet::fuzz
