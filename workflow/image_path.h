// Where the image a command names is: a file path as it is; a UID names an instance of the
// cache (for a series or study, its first image).
#pragma once

#include "core/result.h"

#include <QString>

namespace dicomnet::workflow {

Result<QString> imagePath(const QString& fileOrUid, const QString& dataDir);

}  // namespace dicomnet::workflow
