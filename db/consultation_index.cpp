#include "consultation_index.h"

#include "cache.h"
#include "object_store.h"
#include "sqlite.h"

namespace dicomnet::db {

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
        for (const ReportEntry& e : entries) {
            update.bind(1, e.instanceRef).bind(2, e.readable ? 1 : 2).bind(3, e.kind);
            update.bind(4, e.templateName).bind(5, e.state).bind(6, e.isSigned ? 1 : 0);
            update.bind(7, e.urgency).bind(8, e.author).bind(9, e.requestedFrom);
            update.bind(10, e.documentTime).bind(11, e.answersUid).bind(12, e.covid ? 1 : 0);
            update.run();
        }
        tx.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status ConsultationIndex::forgetAll() {
    try {
        cache_.connection().exec("UPDATE consultations SET read_state = 0");
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
