// A consultation: the written answer to a request about a study, as the author wrote it (the
// free-text template: findings, impression, recommendation), before it becomes DICOM SR.
#pragma once

#include <QString>

#include <vector>

namespace dicomnet::consult {

// A numeric score of a template (coded in dicomnet's private scheme 99DICOMNET).
struct Score {
    QString code, meaning;
    int value = 0;
};

struct Consultation {
    QString templateName = QStringLiteral("free");
    QString findings, impression, recommendation;
    QString author;             // "Given Family" or DICOM "Family^Given"
    QString organisation;       // the author's
    QString title;              // of the template, e.g. "Chest X-ray in COVID-19 (Brixia score)"
    std::vector<Score> scores;  // in the Findings section, the total last
};

// What an SR in the cache says of itself.
struct ConsultationSummary {
    QString sopInstanceUid, studyUid, title, author, date, time;
    QString state;  // draft, final (completed and verified)
    QString filePath;
};

}  // namespace dicomnet::consult
