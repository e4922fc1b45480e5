// Reads a DICOMDIR (PS3.10 media directory) and lists the files its records refer to.
#pragma once

#include "result.h"

#include <QStringList>

namespace dicomnet {

class Dicomdir {
public:
    // Absolute paths of every referenced file that exists, resolved relative to the DICOMDIR's
    // folder; media file IDs are matched case-insensitively (ISO 9660 media are upper case).
    // Records whose file is missing are reported in `missing`.
    static Result<QStringList> referencedFiles(const QString& dicomdirPath,
                                               QStringList* missing = nullptr);
};

}  // namespace dicomnet
