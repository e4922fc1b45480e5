#include "cache_writer.h"

#include "cache.h"
#include "object_store.h"
#include "sqlite.h"
#include "uid_conflicts.h"

#include "core/person_name.h"

#include <QDateTime>
#include <QObject>

namespace dicomnet::db {

struct CacheWriter::Item {
    DicomObjectInfo info;
    StoreSession::Staged file;
};

struct CacheWriter::IndexStatements {
    explicit IndexStatements(Connection& db)
        : findPatient(db, "SELECT id FROM patients WHERE identity_key = ?"),
          addPatient(db,
                     "INSERT INTO patients(identity_key, patient_id, issuer, name, name_key, "
                     "birth_date, sex) VALUES (?,?,?,?,?,?,?)"),
          findStudy(db, "SELECT id FROM studies WHERE study_uid = ?"),
          addStudy(db,
                   "INSERT INTO studies(patient_ref, study_uid, study_date, study_time, "
                   "accession, study_id, description, referring, added_at) "
                   "VALUES (?,?,?,?,?,?,?,?,?)"),
          findSeries(db, "SELECT id, study_ref FROM series WHERE series_uid = ?"),
          addSeries(db,
                    "INSERT INTO series(study_ref, series_uid, modality, body_part, "
                    "description, series_date, series_number, view_position) "
                    "VALUES (?,?,?,?,?,?,?,?)"),
          studyModalities(
              db,
              "UPDATE studies SET series_count = series_count + 1, modalities = coalesce((SELECT "
              "group_concat(m, '\\') FROM (SELECT DISTINCT modality AS m FROM series WHERE "
              "study_ref = "
              "?1 AND modality <> '' ORDER BY modality)), '') WHERE id = ?1"),
          addInstance(db,
                      "INSERT OR IGNORE INTO instances(series_ref, sop_uid, sop_class_uid, "
                      "transfer_syntax, "
                      "instance_number, image_position, rows, columns, frames, file_path, "
                      "file_size, char_set, "
                      "added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
          countSeries(db, "UPDATE series SET instance_count = instance_count + 1 WHERE id = ?"),
          countStudy(db,
                     "UPDATE studies SET instance_count = instance_count + 1, received_ms = ?2, "
                     "used_ms = max(used_ms, ?2) WHERE id = ?1"),
          backFromAway(db, "DELETE FROM away_instances WHERE sop_uid = ?"),
          noteReturned(db,
                       "UPDATE descriptors SET state = 0, changed_at = ?2 WHERE series_ref = ?1 "
                       "AND state = 3"),
          countReturned(db,
                        "UPDATE studies SET instance_count = instance_count + 1, away_count = "
                        "away_count - 1, used_ms = max(used_ms, ?2) WHERE id = ?1"),
          originalOf(db, "SELECT original FROM pseudonym_uids WHERE replacement = ?"),
          noteReport(db,
                     "INSERT OR IGNORE INTO consultations(instance_ref, sop_uid, study_ref) "
                     "VALUES (?,?,?)"),
          noteImage(db,
                    "INSERT INTO descriptors(series_ref, study_ref, changed_at) VALUES (?,?,?) "
                    "ON CONFLICT(series_ref) DO UPDATE SET state = 0, "
                    "changed_at = excluded.changed_at") {}
    Statement findPatient;
    Statement addPatient;
    Statement findStudy;
    Statement addStudy;
    Statement findSeries;
    Statement addSeries;
    Statement studyModalities;
    Statement addInstance;
    Statement countSeries;
    Statement countStudy;     // and when it last received an object
    Statement backFromAway;   // an evicted object fetched back (migration 023)
    Statement noteReturned;   // ... its series' descriptor again, if it failed while away
    Statement countReturned;  // ... counted here again, not as newly received
    Statement originalOf;     // de-identification's UID replacements, back
    Statement noteReport;     // an SR for the consultation index, read later by consult/
    Statement noteImage;      // a film or CT series whose descriptor is (again) to be computed
};

namespace {

bool isStructuredReport(const QString& sopClass) {
    // Basic Text, Enhanced, Comprehensive and Comprehensive 3D SR
    static const QStringList classes = {QStringLiteral("1.2.840.10008.5.1.4.1.1.88.11"),
                                        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.22"),
                                        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.33"),
                                        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.34")};
    return classes.contains(sopClass);
}

// The modalities learning/ describes (see migration 022).
bool hasDescriptor(const QString& modality) {
    return modality == QLatin1String("CR") || modality == QLatin1String("DX") ||
           modality == QLatin1String("DR") || modality == QLatin1String("CT");
}

QString identityKey(const PatientRecord& p) {
    const QChar sep(0x1f);
    if (!p.patientId.isEmpty()) return p.patientId + sep + p.issuer;
    // Without a Patient ID the best identity left is name and birth date.
    return QString(sep) + p.issuer + sep + p.name + sep + p.birthDate;
}

}  // namespace

Result<std::unique_ptr<CacheWriter>> CacheWriter::open(Cache& cache, Limits limits) {
    auto session = StoreSession::open(cache.store());
    if (!session) return Error{session.error()};
    return std::unique_ptr<CacheWriter>(new CacheWriter(cache, std::move(session.value()), limits));
}

CacheWriter::CacheWriter(Cache& cache, std::unique_ptr<StoreSession> session, Limits limits)
    : cache_(cache), session_(std::move(session)), limits_(limits) {
    sinceDurable_.start();
}

CacheWriter::~CacheWriter() {
    std::vector<StoreSession::Staged> files;
    for (Item& i : batch_) files.push_back(i.file);
    session_->discard(files);  // staged, never published, never acknowledged
    indexPublished();
    // Whatever is durable but not durably indexed keeps its staged name for the next open.
    if (!makeIndexDurable() || !orphaned_.empty()) session_->abandon();
}

Status CacheWriter::makeIndexDurable() {
    if (awaitingDurableIndex_.empty()) return {};
    try {
        Connection& db = cache_.connection();
        db.setDurableCommits(true);
        Transaction tx(db);
        Statement mark(db, "UPDATE durability_mark SET at = ? WHERE id = 1");
        mark.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run();
        tx.commit();
    } catch (const SqliteError& e) {
        return Error{QObject::tr("cannot flush the index: %1").arg(QString::fromUtf8(e.what()))};
    }
    session_->release(awaitingDurableIndex_);
    awaitingDurableIndex_.clear();
    sinceDurable_.restart();
    return {};
}

Status CacheWriter::indexPublished(const DicomObjectInfo& info, const QString& relativePath,
                                   qint64 size) {
    std::vector<Item> items{{info, StoreSession::Staged{{}, relativePath, size, -1, false}}};
    int committed = 0;
    try {
        cache_.connection().setDurableCommits(true);
        index(items, committed);
    } catch (const SqliteError& e) {
        return Error{
            QObject::tr("cannot record objects in the index: %1").arg(QString::fromUtf8(e.what()))};
    }
    return {};
}

Result<CacheWriter::Added> CacheWriter::judge(const DicomObjectInfo& info, QString* why) {
    try {
        if (!conflicts_) conflicts_ = std::make_unique<UidConflicts>(cache_.connection());
        QString reason;
        switch (conflicts_->judge(info, reason)) {
            case UidConflicts::Verdict::New:
                return Added::Staged;
            case UidConflicts::Verdict::Duplicate:
                return Added::Duplicate;
            case UidConflicts::Verdict::Conflict:
                if (why) *why = reason;
                return Added::Refused;
        }
    } catch (const SqliteError& e) {
        return Error{QObject::tr("cannot read the index: %1").arg(QString::fromUtf8(e.what()))};
    }
    return Added::Refused;
}

namespace {
QString storePathFor(const DicomObjectInfo& info) {
    return ObjectStore::relativePathFor(info.study.studyUid, info.series.seriesUid,
                                        info.instance.sopInstanceUid);
}
}  // namespace

Result<CacheWriter::Added> CacheWriter::add(const ParsedObject& object, QString* why) {
    auto verdict = judge(object.info, why);
    if (!verdict || verdict.value() != Added::Staged) return verdict;
    auto staged = session_->stage(object.part10, storePathFor(object.info));
    if (!staged) return Error{staged.error()};
    if (batch_.empty()) age_.start();
    batch_.push_back({object.info, staged.value()});
    conflicts_->remember(object.info);
    batchBytes_ += object.part10.size();
    return Added::Staged;
}

QString CacheWriter::reserveTempPath() { return session_->reserveTempPath(); }

Result<CacheWriter::Added> CacheWriter::addWritten(const ParsedObject& object,
                                                   const QString& tempPath, QString* why) {
    auto verdict = judge(object.info, why);
    if (!verdict || verdict.value() != Added::Staged) return verdict;
    auto staged = session_->adopt(tempPath, storePathFor(object.info));
    if (!staged) return Error{staged.error()};
    if (batch_.empty()) age_.start();
    batch_.push_back({object.info, staged.value()});
    conflicts_->remember(object.info);
    batchBytes_ += staged.value().size;
    return Added::Staged;
}

int CacheWriter::pending() const { return int(batch_.size()); }

bool CacheWriter::batchFull() const {
    if (batch_.empty()) return false;
    return int(batch_.size()) >= limits_.maxObjects || batchBytes_ >= limits_.maxBytes ||
           age_.elapsed() >= limits_.maxMilliseconds;
}

Status CacheWriter::commit(int* committed) {
    if (Status s = publish(); !s) return s;
    return indexPublished(committed);
}

Status CacheWriter::publish() {
    if (batch_.empty()) return {};
    std::vector<StoreSession::Staged> files;
    files.reserve(batch_.size());
    for (Item& i : batch_) files.push_back(i.file);
    const Status s = session_->publish(files);
    if (!s) {
        // Nothing of it was acknowledged: take all of it back.
        session_->unpublish(files);
        session_->discard(files);
    } else {
        for (size_t k = 0; k < files.size(); ++k) batch_[k].file = files[k];
        published_.insert(published_.end(), batch_.begin(), batch_.end());
    }
    batch_.clear();
    if (conflicts_) conflicts_->forgetBatch();
    batchBytes_ = 0;
    return s;
}

Status CacheWriter::indexPublished(int* committed) {
    int count = 0;
    if (committed) *committed = 0;
    if (published_.empty()) return {};
    const bool durableNow = limits_.durableIndexMs <= 0 ||
                            sinceDurable_.elapsed() >= limits_.durableIndexMs ||
                            awaitingDurableIndex_.size() >= 256;
    try {
        cache_.connection().setDurableCommits(durableNow);
        index(published_, count);
    } catch (const SqliteError& e) {
        // The files are durable and keep their staged names: the next open indexes them.
        for (const Item& i : published_) orphaned_.push_back(i.file);
        published_.clear();
        return Error{
            QObject::tr("cannot record objects in the index: %1").arg(QString::fromUtf8(e.what()))};
    }
    for (const Item& i : published_) awaitingDurableIndex_.push_back(i.file);
    published_.clear();
    if (durableNow) {
        // This commit flushed the index, and with it every earlier one.
        session_->release(awaitingDurableIndex_);
        awaitingDurableIndex_.clear();
        sinceDurable_.restart();
    }
    if (committed) *committed = count;
    return {};
}

namespace {

int64_t lookup(Statement& s, const QString& key) {
    s.bind(1, key);
    const int64_t id = s.step() ? s.integer(0) : 0;
    s.reset();
    return id;
}

}  // namespace

int64_t CacheWriter::findOrAddStudy(IndexStatements& st, const DicomObjectInfo& in,
                                    const QString& now) {
    // An answer about a study that left de-identified (a consultation from abroad) joins the
    // real study, under the real patient; the file stays as it came (its signature holds).
    const int64_t viaPseudonym = [&] {
        st.originalOf.bind(1, in.study.studyUid);
        const QString original = st.originalOf.step() ? st.originalOf.text(0) : QString();
        st.originalOf.reset();
        return original.isEmpty() ? 0 : lookup(st.findStudy, original);
    }();
    if (viaPseudonym) return viaPseudonym;
    if (const int64_t id = lookup(st.findStudy, in.study.studyUid)) return id;
    Connection& db = cache_.connection();
    const QString key = identityKey(in.patient);
    int64_t patientId = lookup(st.findPatient, key);
    if (!patientId) {
        st.addPatient.bind(1, key).bind(2, in.patient.patientId).bind(3, in.patient.issuer);
        st.addPatient.bind(4, in.patient.name).bind(5, searchKey(in.patient.name));
        st.addPatient.bind(6, in.patient.birthDate).bind(7, in.patient.sex).run();
        patientId = db.lastInsertId();
    }
    st.addStudy.bind(1, patientId).bind(2, in.study.studyUid).bind(3, in.study.date);
    st.addStudy.bind(4, in.study.time).bind(5, in.study.accessionNumber);
    st.addStudy.bind(6, in.study.studyId).bind(7, in.study.description);
    st.addStudy.bind(8, in.study.referringPhysician).bind(9, now).run();
    return db.lastInsertId();
}

void CacheWriter::index(std::vector<Item>& items, int& committed) {
    Connection& db = cache_.connection();
    const QDateTime clock = QDateTime::currentDateTimeUtc();
    const QString now = clock.toString(Qt::ISODate);
    const qint64 nowMs = clock.toMSecsSinceEpoch();
    Transaction tx(db);
    if (!statements_) statements_ = std::make_unique<IndexStatements>(db);
    IndexStatements& st = *statements_;

    for (const Item& item : items) {
        const DicomObjectInfo& in = item.info;
        // A series belongs to one study: an object that names another one (refused by add()
        // unless another writer indexed the series in between) is counted where its series is.
        int64_t seriesId = 0, studyId = 0;
        st.findSeries.bind(1, in.series.seriesUid);
        if (st.findSeries.step()) {
            seriesId = st.findSeries.integer(0);
            studyId = st.findSeries.integer(1);
        }
        st.findSeries.reset();
        if (!seriesId) {
            studyId = findOrAddStudy(st, in, now);
            st.addSeries.bind(1, studyId).bind(2, in.series.seriesUid).bind(3, in.series.modality);
            st.addSeries.bind(4, in.series.bodyPart).bind(5, in.series.description);
            st.addSeries.bind(6, in.series.date).bind(7, in.series.number);
            st.addSeries.bind(8, in.series.viewPosition).run();
            seriesId = db.lastInsertId();
            st.studyModalities.bind(1, studyId).run();
        }
        const InstanceRecord& i = in.instance;
        st.addInstance.bind(1, seriesId).bind(2, i.sopInstanceUid).bind(3, i.sopClassUid);
        st.addInstance.bind(4, i.transferSyntaxUid).bind(5, i.number).bind(6, i.imagePosition);
        st.addInstance.bind(7, i.rows).bind(8, i.columns).bind(9, i.frames);
        st.addInstance.bind(10, item.file.relativePath).bind(11, item.file.size);
        st.addInstance.bind(12, in.specificCharacterSet).bind(13, now).run();
        if (db.changes() == 0) continue;  // another writer indexed it first
        const int64_t instanceId = db.lastInsertId();
        st.backFromAway.bind(1, i.sopInstanceUid).run();
        const bool returned = db.changes() > 0;
        if (isStructuredReport(i.sopClassUid))
            st.noteReport.bind(1, instanceId).bind(2, i.sopInstanceUid).bind(3, studyId).run();
        else if (returned && hasDescriptor(in.series.modality) && i.rows > 0)
            st.noteReturned.bind(1, seriesId).bind(2, now).run();
        else if (hasDescriptor(in.series.modality) && i.rows > 0)
            st.noteImage.bind(1, seriesId).bind(2, studyId).bind(3, now).run();
        st.countSeries.bind(1, seriesId).run();
        (returned ? st.countReturned : st.countStudy).bind(1, studyId).bind(2, nowMs).run();
        ++committed;
    }
    tx.commit();
}

}  // namespace dicomnet::db
