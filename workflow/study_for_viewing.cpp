#include "workflow/study_for_viewing.h"

#include "core/person_name.h"
#include "db/cache.h"
#include "db/cache_queries.h"

#include <QObject>

namespace dicomnet::workflow {

Result<StudyForViewing> studyForViewing(db::Cache& cache, const QString& uid) {
    db::CacheQueries q(cache);
    QString studyUid = uid;
    db::StudyFilter filter;
    filter.studyUids = {uid};
    auto studies = q.studies(filter);
    if (!studies) return Error{studies.error()};
    if (studies->empty()) {
        auto owner = q.studyOf(uid);
        if (!owner) return Error{owner.error()};
        if (owner->isEmpty()) return Error{QObject::tr("%1 is not in the cache").arg(uid)};
        studyUid = owner.value();
        filter.studyUids = {studyUid};
        studies = q.studies(filter);
        if (!studies || studies->empty())
            return Error{QObject::tr("%1 is not in the cache").arg(uid)};
    }
    const db::StudyRow& study = studies->front();
    auto seriesRows = q.series(studyUid);
    if (!seriesRows) return Error{seriesRows.error()};
    StudyForViewing out;
    QString date = study.date;
    if (date.size() == 8) date = date.left(4) + '-' + date.mid(4, 2) + '-' + date.right(2);
    out.studyUid = studyUid;
    out.patientId = study.patientId;
    out.issuer = study.issuer;
    out.date = date;
    out.title = QStringLiteral("%1 — %2 %3")
                    .arg(displayPersonName(study.patientName), date, study.description);
    for (const db::SeriesRow& s : seriesRows.value()) {
        auto instances = q.instances(s.seriesUid);
        if (!instances) return Error{instances.error()};
        viewer::SeriesEntry entry;
        entry.uid = s.seriesUid;
        for (const db::InstanceRow& i : instances.value())
            if (i.rows > 0 && i.columns > 0) entry.files << i.filePath;
        if (entry.files.isEmpty()) continue;  // SR, waveforms: not for the image viewer
        if (s.seriesUid == uid) out.chosen = int(out.series.size());
        for (const db::InstanceRow& i : instances.value())
            if (i.sopInstanceUid == uid) out.chosen = int(out.series.size());
        entry.title = QStringLiteral("%1 · %2 · %3 (%4)")
                          .arg(s.number)
                          .arg(s.modality, s.description)
                          .arg(entry.files.size());
        entry.label.patient = displayPersonName(study.patientName);
        entry.label.patientId = study.patientId;
        entry.label.sex = study.sex;
        entry.label.birthDate = study.birthDate;
        entry.label.studyDate = study.date;
        entry.label.studyDescription = study.description;
        entry.label.series = QStringLiteral("%1 %2").arg(s.number).arg(s.description).trimmed();
        out.series.push_back(std::move(entry));
    }
    if (out.series.empty()) return Error{QObject::tr("the study %1 holds no images").arg(studyUid)};
    return out;
}

Result<StudyForViewing> studyForViewing(const QString& dataDir, const QString& uid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return studyForViewing(*cache.value(), uid);
}

}  // namespace dicomnet::workflow
