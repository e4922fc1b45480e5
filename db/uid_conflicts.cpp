#include "uid_conflicts.h"

#include "sqlite.h"

#include "core/person_name.h"

#include <QObject>

namespace dicomnet::db {

struct UidConflicts::Statements {
    explicit Statements(Connection& db)
        : instance(db,
                   "SELECT r.series_uid, i.sop_class_uid, i.rows, i.columns, i.frames FROM "
                   "instances i JOIN series r ON r.id = i.series_ref WHERE i.sop_uid = ?"),
          series(db,
                 "SELECT s.study_uid FROM series r JOIN studies s ON s.id = r.study_ref "
                 "WHERE r.series_uid = ?"),
          study(db,
                "SELECT p.patient_id, p.issuer, p.name FROM studies s JOIN patients p ON "
                "p.id = s.patient_ref WHERE s.study_uid = ?"),
          pseudonym(db, "SELECT 1 FROM pseudonym_uids WHERE replacement = ? LIMIT 1") {}
    Statement instance;
    Statement series;
    Statement study;
    Statement pseudonym;
};

namespace {

// Runs a lookup by one key; the row stays readable until reset.
bool find(Statement& s, const QString& key) {
    s.bind(1, key);
    return s.step();
}

QString describe(const PatientRecord& p) {
    if (!p.patientId.isEmpty()) return QObject::tr("ID %1").arg(p.patientId);
    return p.name.isEmpty() ? QObject::tr("without ID or name") : p.name;
}

}  // namespace

bool samePatient(const PatientRecord& a, const PatientRecord& b) {
    if (!a.patientId.isEmpty() && !b.patientId.isEmpty())
        return a.patientId == b.patientId &&
               (a.issuer.isEmpty() || b.issuer.isEmpty() || a.issuer == b.issuer);
    if (!a.name.isEmpty() && !b.name.isEmpty()) return searchKey(a.name) == searchKey(b.name);
    return true;
}

UidConflicts::UidConflicts(Connection& db) : db_(db) {}
UidConflicts::~UidConflicts() = default;

bool UidConflicts::knownPseudonym(const QString& uid) {
    Statement& s = statements_->pseudonym;
    const bool found = find(s, uid);
    s.reset();
    return found;
}

UidConflicts::Verdict UidConflicts::judgeInstance(const InstanceFacts& stored,
                                                  const DicomObjectInfo& object, QString& why) {
    const InstanceRecord& i = object.instance;
    if (stored.seriesUid != object.series.seriesUid) {
        why = QObject::tr("instance %1 is stored in series %2; this object puts it in series %3")
                  .arg(i.sopInstanceUid, stored.seriesUid, object.series.seriesUid);
        return Verdict::Conflict;
    }
    if (stored.sopClassUid != i.sopClassUid || stored.rows != i.rows ||
        stored.columns != i.columns || stored.frames != i.frames) {
        why = QObject::tr(
                  "instance %1 is stored with other content (SOP class %2, %3×%4, %5 "
                  "frames); this object has SOP class %6, %7×%8, %9 frames")
                  .arg(i.sopInstanceUid, stored.sopClassUid)
                  .arg(stored.columns)
                  .arg(stored.rows)
                  .arg(stored.frames)
                  .arg(i.sopClassUid)
                  .arg(i.columns)
                  .arg(i.rows)
                  .arg(i.frames);
        return Verdict::Conflict;
    }
    return Verdict::Duplicate;
}

UidConflicts::Verdict UidConflicts::judge(const DicomObjectInfo& object, QString& why) {
    if (!statements_) statements_ = std::make_unique<Statements>(db_);
    Statements& st = *statements_;
    const QString& sop = object.instance.sopInstanceUid;

    if (auto b = batchInstances_.constFind(sop); b != batchInstances_.constEnd())
        return judgeInstance(*b, object, why);
    if (find(st.instance, sop)) {
        const InstanceFacts stored{st.instance.text(0), st.instance.text(1),
                                   int(st.instance.integer(2)), int(st.instance.integer(3)),
                                   int(st.instance.integer(4))};
        st.instance.reset();
        return judgeInstance(stored, object, why);
    }
    st.instance.reset();
    // Our own de-identified copy coming back: it is here already, in its original form.
    if (knownPseudonym(sop)) return Verdict::Duplicate;

    const QString& seriesUid = object.series.seriesUid;
    const QString& studyUid = object.study.studyUid;
    QString seriesStudy = batchSeriesStudy_.value(seriesUid);
    if (seriesStudy.isEmpty() && find(st.series, seriesUid)) seriesStudy = st.series.text(0);
    st.series.reset();
    if (!seriesStudy.isEmpty() && seriesStudy != studyUid) {
        why = QObject::tr("series %1 belongs to study %2; this object puts it in study %3")
                  .arg(seriesUid, seriesStudy, studyUid);
        return Verdict::Conflict;
    }

    // An answer about a study that left de-identified names the pseudonymous patient; it
    // joins the real study (see CacheWriter::index), so it is not compared.
    if (knownPseudonym(studyUid)) return Verdict::New;
    PatientRecord owner;
    bool owned = false;
    if (auto b = batchStudyPatient_.constFind(studyUid); b != batchStudyPatient_.constEnd()) {
        owner = *b;
        owned = true;
    } else if (find(st.study, studyUid)) {
        owner.patientId = st.study.text(0);
        owner.issuer = st.study.text(1);
        owner.name = st.study.text(2);
        owned = true;
    }
    st.study.reset();
    if (owned && !samePatient(owner, object.patient)) {
        why = QObject::tr("study %1 belongs to patient %2; this object names patient %3")
                  .arg(studyUid, describe(owner), describe(object.patient));
        return Verdict::Conflict;
    }
    return Verdict::New;
}

void UidConflicts::remember(const DicomObjectInfo& object) {
    const InstanceRecord& i = object.instance;
    batchInstances_.insert(i.sopInstanceUid,
                           {object.series.seriesUid, i.sopClassUid, i.rows, i.columns, i.frames});
    batchSeriesStudy_.insert(object.series.seriesUid, object.study.studyUid);
    if (!batchStudyPatient_.contains(object.study.studyUid))
        batchStudyPatient_.insert(object.study.studyUid, object.patient);
}

void UidConflicts::forgetBatch() {
    batchInstances_.clear();
    batchSeriesStudy_.clear();
    batchStudyPatient_.clear();
}

}  // namespace dicomnet::db
