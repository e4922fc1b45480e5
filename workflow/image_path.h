// Where the image a command names is: a file path as it is; a UID names an instance of the
// cache (for a series or study, its first image).
#pragma once

#include "core/result.h"

#include <QString>

namespace dicomnet::workflow {

Result<QString> imagePath(const QString& fileOrUid, const QString& dataDir);

// Image `slice` (from 1) of the series a UID names, or of a study's first series of images,
// in the order of their instance numbers; with how many the series has.
struct SliceChoice {
    QString path;
    int count = 0;
};
Result<SliceChoice> slicePath(const QString& seriesOrStudyUid, int slice, const QString& dataDir);

}  // namespace dicomnet::workflow
