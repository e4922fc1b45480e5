// Where a study's consultation stands, from the SR documents it holds: requested (a request no
// consultation answers yet), draft, signed (a final consultation), amended (a final that
// replaces an earlier final). Amendments and signing never delete: the earlier versions stay
// and are recognised as replaced through Predecessor Documents (a final only once the version
// naming it is final too).
#pragma once

#include "consultation.h"

#include <QString>

#include <vector>

namespace dicomnet::consult {

struct DocumentState {
    ConsultationSummary document;
    QString state;       // requested, answered, draft, final, replaced, complete
    QString replacedBy;  // the SOP Instance UID of the version that replaces it
};

struct StudyConsultation {
    QString state;                              // "", requested, draft, signed, amended
    std::vector<DocumentState> documents;       // oldest first
    std::vector<ConsultationSummary> requests;  // unanswered
    std::vector<ConsultationSummary> current;   // consultations not replaced
};

// `docs`: every SR of one study.
StudyConsultation consultationOf(std::vector<ConsultationSummary> docs);

// Whether `person` (free text: "Ion Popescu", "Popescu^Ion", a peer's AE title) is `named`.
bool samePerson(const QString& person, const QString& named);

// What waits for `me` in a study: requests addressed to me or to anyone, not answered yet;
// my drafts.
std::vector<ConsultationSummary> waitingFor(const StudyConsultation& study, const QString& me);

}  // namespace dicomnet::consult
