#include "fuzz_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace dicomnet::fuzz {

QString scratchDir() {
    static std::unique_ptr<QTemporaryDir> dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                                       : QDir::tempPath();
        return std::make_unique<QTemporaryDir>(base + QStringLiteral("/dicomnet-fuzz-XXXXXX"));
    }();
    return dir->path();
}

QString scratchFile(const uint8_t* data, size_t size) {
    const QString path = scratchDir() + QStringLiteral("/input.dcm");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

}  // namespace dicomnet::fuzz
