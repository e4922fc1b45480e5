#include "consultation_index.h"

#include "cache.h"
#include "object_store.h"
#include "sqlite.h"

namespace dicomnet::db {

namespace {

// A request's answered flag and turnaround from the final consultations that answer it.
constexpr const char* kTurnaround =
    "UPDATE consultations SET answered = EXISTS (SELECT 1 FROM consultations a WHERE "
    "a.answers_uid = consultations.sop_uid AND a.state = 'final'), turnaround_hours = (SELECT "
    "max(0, round((julianday(min(a.document_time)) - julianday(consultations.document_time)) * "
    "24, 4)) FROM consultations a WHERE a.answers_uid = consultations.sop_uid AND a.state = "
    "'final' AND a.document_time <> '' AND consultations.document_time <> ''), answered_by = "
    "coalesce((SELECT a.author FROM consultations a WHERE a.answers_uid = consultations.sop_uid "
    "AND a.state = 'final' ORDER BY a.document_time = '', a.document_time LIMIT 1), '') WHERE "
    "kind = 'request'";

}  // namespace

Result<std::vector<UnreadReport>> ConsultationIndex::unread(int limit) {
    try {
        Statement q(cache_.connection(),
                    "SELECT c.instance_ref, i.file_path FROM consultations c JOIN instances i ON "
                    "i.id = c.instance_ref WHERE c.read_state = 0 ORDER BY c.instance_ref LIMIT ?");
        q.bind(1, limit);
        std::vector<UnreadReport> out;
        while (q.step()) out.push_back({q.integer(0), cache_.store().absolutePath(q.text(1))});
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status ConsultationIndex::record(const std::vector<ReportEntry>& entries) {
    try {
        Connection& db = cache_.connection();
        Transaction tx(db);
        // An answer written elsewhere about a de-identified copy names the pseudonymous request:
        // the index keeps the real one, as it files the answer under the real study.
        Statement update(db,
                         "UPDATE consultations SET read_state = ?2, kind = ?3, template = ?4, "
                         "state = ?5, signed = ?6, urgency = ?7, author = ?8, requested_from = ?9, "
                         "document_time = ?10, answers_uid = coalesce((SELECT original FROM "
                         "pseudonym_uids WHERE replacement = ?11), ?11), covid = ?12 "
                         "WHERE instance_ref = ?1");
        Statement forget(db, "DELETE FROM consultation_scores WHERE instance_ref = ?");
        Statement score(db,
                        "INSERT INTO consultation_scores(instance_ref, code, value) "
                        "VALUES (?,?,?)");
        for (const ReportEntry& e : entries) {
            forget.bind(1, e.instanceRef).run();
            for (const auto& [code, value] : e.scores)
                score.bind(1, e.instanceRef).bind(2, code).bind(3, value).run();
            update.bind(1, e.instanceRef).bind(2, e.readable ? 1 : 2).bind(3, e.kind);
            update.bind(4, e.templateName).bind(5, e.state).bind(6, e.isSigned ? 1 : 0);
            update.bind(7, e.urgency).bind(8, e.author).bind(9, e.requestedFrom);
            update.bind(10, e.documentTime).bind(11, e.answersUid).bind(12, e.covid ? 1 : 0);
            update.run();
        }
        // The requests these documents are, or answer: their answered flag and turnaround.
        Statement own(db, (QByteArray(kTurnaround) + " AND instance_ref = ?1").constData());
        Statement answered(db, (QByteArray(kTurnaround) +
                                " AND sop_uid = (SELECT answers_uid FROM consultations WHERE "
                                "instance_ref = ?1)")
                                   .constData());
        for (const ReportEntry& e : entries) {
            own.bind(1, e.instanceRef).run();
            if (!e.answersUid.isEmpty()) answered.bind(1, e.instanceRef).run();
        }
        tx.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::map<qint64, std::map<QString, int>>> ConsultationIndex::signedScoresByStudy() {
    try {
        Statement q(cache_.connection(),
                    "SELECT c.study_ref, c.instance_ref, s.code, s.value FROM consultations c "
                    "JOIN consultation_scores s ON s.instance_ref = c.instance_ref WHERE "
                    "c.kind = 'consultation' AND c.state = 'final' AND c.signed = 1 "
                    "ORDER BY c.study_ref, c.document_time, c.instance_ref");
        std::map<qint64, std::map<QString, int>> out;
        std::map<qint64, qint64> from;  // study → the document its scores come from
        while (q.step()) {
            const qint64 study = q.integer(0), document = q.integer(1);
            auto& scores = out[study];
            if (from[study] != document) scores.clear(), from[study] = document;
            scores[q.text(2)] = int(q.integer(3));
        }
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status ConsultationIndex::refreshTurnaround() {
    try {
        cache_.connection().exec(kTurnaround);
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
