// The triage worklist: what waits for the signed-in reader (requests to them or to anyone, not
// answered yet; their drafts), ordered by a score whose rules and weights are a readable file
// (resources/triage.json, or triage.json in the data directory): the request's urgency, the
// severity the signed cases suggest, novelty, and the time waited. Each entry says how its
// score is made.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dicomnet::workflow {

struct TriageRules {
    double emergency = 100, urgent = 40, routine = 0;
    double severityPoints = 30, minConfidence = 0.5;
    double noveltyPoints = 25;
    double pointsPerHour = 0.5, maxWaitingPoints = 24;
    QString source;  // the file they were read from
};

// The site's file when there is one, else the built-in rules; a site file that does not parse
// is an error naming it (the built-in rules are not silently used instead).
Result<TriageRules> triageRules(const QString& dataDir);
Result<TriageRules> parseTriageRules(const QByteArray& json, const QString& source);

struct TriageInput {
    QString urgency;  // routine, urgent, emergency ("" counts as routine)
    double waitingHours = 0;
    std::optional<double> severity;  // suggested, as a share of its scale (0…1)
    double severityConfidence = 0;
    bool novel = false;
};

struct TriageScore {
    double score = 0;
    QStringList because;  // "urgent +40", "suggested Brixia 12/18 +20.0", …
};

TriageScore triageScore(const TriageRules& rules, const TriageInput& in);

struct WorklistEntry {
    QString studyUid, studyDate, patientName, patientId, modalities;
    QString what;      // requested, or draft
    QString question;  // the request's question, or the draft's title
    QString urgency, requester;
    QDateTime since;  // the request's (or draft's) time
    TriageInput input;
    QString suggestion;  // e.g. "BRX-T 12" or why none
    TriageScore score;
};

// What waits for `me`, highest score first (computes no descriptor: those not computed yet
// count without severity and novelty).
Result<std::vector<WorklistEntry>> worklist(const QString& dataDir, const QString& me,
                                            const QDateTime& now = QDateTime::currentDateTimeUtc());

}  // namespace dicomnet::workflow
