// What a consultant — an external reader — may see: only the studies shared with them. A study
// is shared by hand (`dicomnet share`), by a consultation request addressed to them (asked
// here or arrived with the study), or by their own consultation on it. Everyone else's reading
// is limited by their role alone.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dicomnet::workflow {

// Shares `studyUid` with the user `login` (audited); the study must be in the cache.
Status shareStudy(const QString& dataDir, const QString& studyUid, const QString& login);
// The studies the signed-in user may read when their reading is limited to shared studies (a
// consultant); none when it is not limited.
Result<std::optional<QStringList>> readableStudies(const QString& dataDir);
// Whether the signed-in user may open `uid` (a study, series or instance UID); a refusal names
// it and is recorded.
Status mayOpen(const QString& dataDir, const QString& uid);

}  // namespace dicomnet::workflow
