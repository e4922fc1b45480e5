#include "query_responder.h"

#include "db/cache.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>

#include <QObject>
#include <QRegularExpression>

namespace dicomnet::network {

namespace {

QString value(DcmDataset& ds, const DcmTagKey& key) {
    OFString v;
    if (ds.findAndGetOFStringArray(key, v).bad()) return {};
    return QString::fromUtf8(v.c_str()).trimmed();
}

bool hasWildcard(const QString& v) {
    return v.contains(QLatin1Char('*')) || v.contains(QLatin1Char('?'));
}

// PS3.4 C.2.2.2.4: * any sequence, ? one character; names match regardless of case.
bool matches(const QString& pattern, const QString& v, bool caseInsensitive) {
    if (pattern.isEmpty() || pattern == QLatin1String("*")) return true;
    if (!hasWildcard(pattern))
        return caseInsensitive ? pattern.compare(v, Qt::CaseInsensitive) == 0 : pattern == v;
    QString re = QRegularExpression::escape(pattern);
    re.replace(QStringLiteral("\\*"), QStringLiteral(".*"))
        .replace(QStringLiteral("\\?"), QStringLiteral("."));
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                              : QRegularExpression::NoPatternOption)
        .match(v)
        .hasMatch();
}

bool matchesAnyUid(const QString& list, const QString& uid) {
    return list.isEmpty() || list.split(QLatin1Char('\\')).contains(uid);
}

// "20200301", "20200301-", "-20200301", "20200301-20200331".
void dateRange(const QString& v, QString& from, QString& to) {
    if (v.isEmpty()) return;
    const int dash = v.indexOf(QLatin1Char('-'));
    if (dash < 0) {
        from = to = v;
    } else {
        from = v.left(dash);
        to = v.mid(dash + 1);
    }
}

// Fills every key the identifier asked for (present in it) from `known`.
std::unique_ptr<DcmDataset> answer(DcmDataset& identifier,
                                   const std::vector<std::pair<DcmTagKey, QString>>& known) {
    auto out = std::make_unique<DcmDataset>();
    out->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    DcmStack stack;
    for (unsigned long i = 0; i < identifier.card(); ++i) {
        DcmElement* e = identifier.getElement(i);
        const DcmTagKey key = e->getTag();
        if (key == DCM_SpecificCharacterSet) continue;
        if (key == DCM_QueryRetrieveLevel) {
            out->putAndInsertString(key, value(identifier, key).toLatin1().constData());
            continue;
        }
        QString v;
        for (const auto& [k, text] : known)
            if (k == key) v = text;
        if (e->ident() == EVR_SQ) {
            out->insertEmptyElement(key);
            continue;
        }
        out->putAndInsertString(key, v.toUtf8().constData());
    }
    return out;
}

}  // namespace

Result<std::vector<std::unique_ptr<DcmDataset>>> QueryResponder::find(DcmDataset& id) {
    // Identifiers may come in any character set; for what we match on (IDs, UIDs, dates,
    // codes, ASCII names) UTF-8 is what DCMTK gives us after conversion.
    id.convertToUTF8();
    const QString level = value(id, DCM_QueryRetrieveLevel).toUpper();
    db::CacheQueries q(cache_);
    std::vector<std::unique_ptr<DcmDataset>> results;

    const QString patientId = value(id, DCM_PatientID);
    const QString patientName = value(id, DCM_PatientName);
    if (level == QLatin1String("PATIENT") || level == QLatin1String("STUDY")) {
        db::StudyFilter f;
        if (!hasWildcard(patientId)) f.patientId = patientId;  // prefix, then exact below
        QString from, to;
        dateRange(value(id, DCM_StudyDate), from, to);
        f.dateFrom = from;
        f.dateTo = to;
        const QString uids = value(id, DCM_StudyInstanceUID);
        if (!uids.isEmpty()) f.studyUids = uids.split(QLatin1Char('\\'));
        auto rows = q.studies(f);
        if (!rows) return Error{rows.error()};
        const QString modalities = value(id, DCM_ModalitiesInStudy);
        const QString accession = value(id, DCM_AccessionNumber);
        QSet<QString> patientsSeen;
        for (const db::StudyRow& s : rows.value()) {
            if (!matches(patientId, s.patientId, false)) continue;
            if (!matches(patientName, s.patientName, true)) continue;
            if (!matches(accession, s.accession, false)) continue;
            if (!modalities.isEmpty()) {
                const QStringList have = s.modalities.split(QLatin1Char('\\'));
                bool any = false;
                for (const QString& m : modalities.split(QLatin1Char('\\')))
                    any = any || have.contains(m.trimmed());
                if (!any) continue;
            }
            const std::vector<std::pair<DcmTagKey, QString>> patientKeys = {
                {DCM_PatientName, s.patientName},
                {DCM_PatientID, s.patientId},
                {DCM_IssuerOfPatientID, s.issuer},
                {DCM_PatientBirthDate, s.birthDate},
                {DCM_PatientSex, s.sex}};
            if (level == QLatin1String("PATIENT")) {
                if (patientsSeen.contains(s.patientId + QChar(0x1f) + s.issuer)) continue;
                patientsSeen.insert(s.patientId + QChar(0x1f) + s.issuer);
                results.push_back(answer(id, patientKeys));
                continue;
            }
            auto keys = patientKeys;
            keys.insert(keys.end(),
                        {{DCM_StudyInstanceUID, s.studyUid},
                         {DCM_StudyDate, s.date},
                         {DCM_StudyTime, s.time},
                         {DCM_AccessionNumber, s.accession},
                         {DCM_StudyID, s.studyId},
                         {DCM_StudyDescription, s.description},
                         {DCM_ReferringPhysicianName, s.referringPhysician},
                         {DCM_ModalitiesInStudy, s.modalities},
                         {DCM_NumberOfStudyRelatedSeries, QString::number(s.seriesCount)},
                         {DCM_NumberOfStudyRelatedInstances, QString::number(s.instanceCount)}});
            results.push_back(answer(id, keys));
        }
        return results;
    }
    if (level == QLatin1String("SERIES")) {
        const QString study = value(id, DCM_StudyInstanceUID);
        if (study.isEmpty() || hasWildcard(study))
            return Error{QObject::tr("a SERIES query needs a Study Instance UID")};
        for (const QString& studyUid : study.split(QLatin1Char('\\'))) {
            auto rows = q.series(studyUid);
            if (!rows) return Error{rows.error()};
            for (const db::SeriesRow& r : rows.value()) {
                if (!matchesAnyUid(value(id, DCM_SeriesInstanceUID), r.seriesUid)) continue;
                if (!matches(value(id, DCM_Modality), r.modality, false)) continue;
                results.push_back(answer(
                    id, {{DCM_StudyInstanceUID, studyUid},
                         {DCM_SeriesInstanceUID, r.seriesUid},
                         {DCM_Modality, r.modality},
                         {DCM_SeriesNumber, QString::number(r.number)},
                         {DCM_SeriesDescription, r.description},
                         {DCM_BodyPartExamined, r.bodyPart},
                         {DCM_SeriesDate, r.date},
                         {DCM_NumberOfSeriesRelatedInstances, QString::number(r.instanceCount)}}));
            }
        }
        return results;
    }
    if (level == QLatin1String("IMAGE")) {
        const QString series = value(id, DCM_SeriesInstanceUID);
        if (series.isEmpty() || hasWildcard(series))
            return Error{QObject::tr("an IMAGE query needs a Series Instance UID")};
        for (const QString& seriesUid : series.split(QLatin1Char('\\'))) {
            auto rows = q.instances(seriesUid);
            if (!rows) return Error{rows.error()};
            for (const db::InstanceRow& r : rows.value()) {
                if (!matchesAnyUid(value(id, DCM_SOPInstanceUID), r.sopInstanceUid)) continue;
                results.push_back(
                    answer(id, {{DCM_StudyInstanceUID, value(id, DCM_StudyInstanceUID)},
                                {DCM_SeriesInstanceUID, seriesUid},
                                {DCM_SOPInstanceUID, r.sopInstanceUid},
                                {DCM_SOPClassUID, r.sopClassUid},
                                {DCM_AvailableTransferSyntaxUID, r.transferSyntaxUid},
                                {DCM_InstanceNumber, QString::number(r.number)},
                                {DCM_Rows, QString::number(r.rows)},
                                {DCM_Columns, QString::number(r.columns)},
                                {DCM_NumberOfFrames, QString::number(r.frames)}}));
            }
        }
        return results;
    }
    return Error{QObject::tr("unknown query level \"%1\"").arg(level)};
}

Result<std::vector<db::InstanceRow>> QueryResponder::instancesFor(DcmDataset& id) {
    const QString level = value(id, DCM_QueryRetrieveLevel).toUpper();
    DcmTagKey key = DCM_StudyInstanceUID;
    if (level == QLatin1String("SERIES"))
        key = DCM_SeriesInstanceUID;
    else if (level == QLatin1String("IMAGE"))
        key = DCM_SOPInstanceUID;
    else if (level == QLatin1String("PATIENT"))
        key = DCM_PatientID;
    const QString uids = value(id, key);
    if (uids.isEmpty() || hasWildcard(uids))
        return Error{QObject::tr("a retrieve at %1 level needs its unique key").arg(level)};
    db::CacheQueries q(cache_);
    std::vector<db::InstanceRow> all;
    for (const QString& uid : uids.split(QLatin1Char('\\'))) {
        if (level == QLatin1String("PATIENT")) {
            auto studies = q.history(uid);
            if (!studies) return Error{studies.error()};
            for (const db::StudyRow& s : studies.value()) {
                auto rows = q.instancesUnder(s.studyUid);
                if (!rows) return Error{rows.error()};
                all.insert(all.end(), rows.value().begin(), rows.value().end());
            }
            continue;
        }
        auto rows = q.instancesUnder(uid);
        if (!rows) return Error{rows.error()};
        all.insert(all.end(), rows.value().begin(), rows.value().end());
    }
    return all;
}

}  // namespace dicomnet::network
