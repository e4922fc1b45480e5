// What a DICOMweb server answers, read (PS3.18): the parts of a multipart/related body and the
// DICOM JSON of QIDO-RS and STOW-RS. Hostile until checked: any bytes give an answer or an
// error, never more parts or values than the body holds.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace dicomnet::network::dicomweb {

// (keyword, value) pairs of one match, as a C-FIND answer gives them.
using Match = std::vector<std::pair<QString, QString>>;

// The bodies of a multipart/related answer, the boundary taken from `contentType`.
Result<std::vector<QByteArray>> multipartParts(const QByteArray& contentType,
                                               const QByteArray& body);

// QIDO-RS: the answer's matches, each attribute named by `tags` ((keyword, "GGGGEEEE")).
std::vector<Match> queryMatches(const QByteArray& json,
                                const std::vector<std::pair<QString, QString>>& tags);
// QIDO-RS of instances: (Series Instance UID, SOP Instance UID) of each.
std::vector<std::pair<QString, QString>> seriesAndInstances(const QByteArray& json);
// QIDO-RS of studies with Number of Study Related Instances: (Study UID, count or -1).
std::vector<std::pair<QString, int>> studyInstanceCounts(const QByteArray& json);

// STOW-RS: the SOP Instance UIDs stored, and those refused with the reason.
struct StoreAnswer {
    QSet<QString> stored;
    QHash<QString, QString> refused;
};
StoreAnswer storeAnswer(const QByteArray& json);

}  // namespace dicomnet::network::dicomweb
