// A consultation: the written answer to a request about a study, as the author wrote it (the
// free-text template: findings, impression, recommendation), before it becomes DICOM SR.
#pragma once

#include <QString>

namespace dicomnet::consult {

struct Consultation {
    QString templateName = QStringLiteral("free");
    QString findings, impression, recommendation;
    QString author;        // "Given Family" or DICOM "Family^Given"
    QString organisation;  // the author's
};

// What an SR in the cache says of itself.
struct ConsultationSummary {
    QString sopInstanceUid, studyUid, title, author, date, time;
    QString state;  // draft, final (completed and verified)
    QString filePath;
};

}  // namespace dicomnet::consult
