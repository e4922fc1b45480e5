// For slow links: an uncompressed image re-encoded JPEG-LS lossless (DCMTK's CharLS codec), the
// same SOP Instance, pixel for pixel; what is already compressed, or not an image, stays as is.
#pragma once

#include "core/result.h"

#include <QString>

namespace dicomnet::network {

struct Compressed {
    bool changed = false;  // false: the file is not an uncompressed image; nothing written
    QString transferSyntaxUid;
    qint64 before = 0, after = 0;  // bytes
};

Result<Compressed> compressLossless(const QString& inFile, const QString& outFile);

}  // namespace dicomnet::network
