// The consultation state of studies, for the lists that show studies (browser, timeline,
// `history`): fills StudyRow::consultation from the cache's SR documents.
#pragma once

#include "db/cache_queries.h"

#include <QSet>
#include <QString>

#include <vector>

namespace dicomnet::consult {
class SummaryMemo;
}

namespace dicomnet::workflow {

// Sets each row's consultation state; returns the studies where something waits for `me`
// (a request for me or anyone, my draft). Problems reading a document leave its study as is.
QSet<QString> annotateConsultations(db::Cache& cache, std::vector<db::StudyRow>& rows,
                                    const QString& me = {}, consult::SummaryMemo* memo = nullptr);

// A state as people read it, translated: "requested", "draft", "signed", "amended", …
QString consultationStateText(const QString& state);
// A study's consultation state with, until an answer comes, where the study went: "requested ·
// sent to consultants, waiting for the answer", "sending to portal (retrying)", "sent to
// archive".
QString studyStateText(const db::StudyRow& row);

}  // namespace dicomnet::workflow
