// A consultation: the written answer to a request about a study, as the author wrote it (the
// free-text template: findings, impression, recommendation; scores of other templates), and
// the request that asks for one; what the cache's SR documents say of themselves.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dicomnet::consult {

// A numeric score of a template (coded in dicomnet's private scheme 99DICOMNET).
struct Score {
    QString code, meaning;
    int value = 0;
};

// Another DICOM object a document refers to (a predecessor, the request it answers, an image).
struct DocumentReference {
    QString studyUid, seriesUid, sopClassUid, sopInstanceUid;
    int frame = 0;  // for images: 1-based frame of a multi-frame image, 0 for all
};

// A region drawn on a key image, in image pixel coordinates (column, row; PS3.3 SCOORD).
struct Annotation {
    enum class Shape { Point, Polyline, Polygon, Circle, Ellipse } shape = Shape::Point;
    std::vector<float> points;  // x1, y1, x2, y2, ...
    QString label;              // what it shows, e.g. "RLL opacity 42 mm"
};

struct KeyImage {
    DocumentReference image;
    std::vector<Annotation> annotations;
};

struct Consultation {
    QString templateName = QStringLiteral("free");
    QString findings, impression, recommendation;
    QString author;             // "Given Family" or DICOM "Family^Given"
    QString organisation;       // the author's
    QString title;              // of the template, e.g. "Chest X-ray in COVID-19 (Brixia score)"
    std::vector<Score> scores;  // in the Findings section, the total last
    std::vector<KeyImage> keyImages;
    std::vector<DocumentReference> predecessors;  // the versions this one replaces
    std::optional<DocumentReference> answers;     // the request it answers
};

enum class Urgency { Routine, Urgent, Emergency };
QString urgencyName(Urgency u);  // routine, urgent, emergency
std::optional<Urgency> urgencyFromName(const QString& name);

struct ConsultationRequest {
    QString question;  // with the clinical context
    Urgency urgency = Urgency::Routine;
    QString requestedFrom;  // a person or a peer; empty: anyone
    QString requester, organisation;
};

// What an SR in the cache says of itself.
struct ConsultationSummary {
    QString sopInstanceUid, studyUid, title, author, date, time;
    QString kind;   // request, consultation, or report (an SR written elsewhere)
    QString state;  // draft, final (completed and verified), complete; requests: requested
    QStringList predecessors;  // SOP Instance UIDs of the versions it replaces
    QString answers;           // the request it answers, if it names one
    bool hasSignature = false;
    QString requestedFrom, urgency, question;  // requests
    QString filePath;
    // Written elsewhere about a de-identified copy of the study (its file names that study);
    // the index has it under the real one.
    QString pseudonymousStudyUid;
};

}  // namespace dicomnet::consult
