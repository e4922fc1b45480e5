#include "workflow/timeline_source.h"

#include "workflow/consultation_states.h"

#include "db/cache.h"
#include "db/peer_directory.h"
#include "network/dicom_client.h"
#include "network/retrieval.h"
#include "network/site_certificates.h"

#include <QObject>
#include <QSet>

#include <algorithm>

namespace dicomnet::workflow {

namespace {

QString field(const network::QueryMatch& m, const char* keyword) {
    for (const auto& [k, v] : m)
        if (k == QLatin1String(keyword)) return v;
    return {};
}

network::DicomClient clientFor(const QString& dataDir, const QString& ourAeTitle,
                               const db::Peer& p) {
    std::optional<network::TlsFiles> tls;
    if (p.tls) tls = network::SiteCertificates(dataDir).tlsFiles();
    return network::DicomClient(ourAeTitle, {p.aeTitle, p.host, p.port}, 15, tls);
}

}  // namespace

Result<std::vector<db::StudyRow>> localTimeline(const QString& dataDir, const QString& patientId,
                                                const QString& issuer) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto rows = db::CacheQueries(*cache.value()).history(patientId, issuer);
    if (rows) annotateConsultations(*cache.value(), rows.value());
    return rows;
}

RemoteStudies remoteTimeline(const QString& dataDir, const QString& ourAeTitle,
                             const QString& patientId, const QString& issuer) {
    RemoteStudies out;
    auto cache = db::Cache::open(dataDir);
    if (!cache) {
        out.problems << cache.error();
        return out;
    }
    QSet<QString> here;
    if (auto local = db::CacheQueries(*cache.value()).history(patientId, issuer))
        for (const db::StudyRow& s : local.value()) here.insert(s.studyUid);
    auto peers = db::PeerDirectory(*cache.value()).list();
    if (!peers) {
        out.problems << peers.error();
        return out;
    }
    QSet<QString> listed;
    for (const db::Peer& p : peers.value()) {
        auto client = clientFor(dataDir, ourAeTitle, p);
        std::vector<std::pair<QString, QString>> keys = {
            {QStringLiteral("PatientID"), patientId},
            {QStringLiteral("StudyDate"), {}},
            {QStringLiteral("StudyTime"), {}},
            {QStringLiteral("ModalitiesInStudy"), {}},
            {QStringLiteral("StudyDescription"), {}},
            {QStringLiteral("NumberOfStudyRelatedInstances"), {}},
            {QStringLiteral("StudyInstanceUID"), {}}};
        if (!issuer.isEmpty()) keys.push_back({QStringLiteral("IssuerOfPatientID"), issuer});
        auto matches = client.find(QStringLiteral("STUDY"), keys);
        if (!matches) {
            out.problems << QObject::tr("%1: %2").arg(p.name, matches.error());
            continue;
        }
        for (const network::QueryMatch& m : matches.value()) {
            db::StudyRow s;
            s.studyUid = field(m, "StudyInstanceUID");
            if (s.studyUid.isEmpty() || here.contains(s.studyUid) || listed.contains(s.studyUid))
                continue;
            s.patientId = patientId;
            s.issuer = issuer;
            s.date = field(m, "StudyDate");
            s.time = field(m, "StudyTime");
            s.modalities = field(m, "ModalitiesInStudy");
            s.description = field(m, "StudyDescription");
            s.instanceCount = field(m, "NumberOfStudyRelatedInstances").toInt();
            listed.insert(s.studyUid);
            out.studies.push_back({p.name, s});
        }
    }
    std::sort(out.studies.begin(), out.studies.end(),
              [](const RemoteStudy& a, const RemoteStudy& b) {
                  return a.study.date + a.study.time < b.study.date + b.study.time;
              });
    return out;
}

Result<QString> fetchStudy(const QString& dataDir, const QString& ourAeTitle, const QString& peer,
                           const QString& studyUid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto found = db::PeerDirectory(*cache.value()).find(peer);
    if (!found) return Error{found.error()};
    if (!found.value()) return Error{QObject::tr("no peer named \"%1\"").arg(peer)};
    auto client = clientFor(dataDir, ourAeTitle, *found.value());
    network::RetrieveTarget target;
    target.study = studyUid;
    bool notOffered = false;
    auto got = network::getIntoCache(client, *cache.value(), target, &notOffered);
    if (!got) {
        if (notOffered)
            return Error{QObject::tr("%1 does not offer C-GET: retrieve it with Network → Query "
                                     "and retrieve… (C-MOVE to this workstation's listener)")
                             .arg(peer)};
        return Error{got.error()};
    }
    if (got->transfer.failed > 0 || !got->imported.rejected.empty())
        return Error{QObject::tr("%1 of %2 objects could not be fetched")
                         .arg(got->transfer.failed + int(got->imported.rejected.size()))
                         .arg(got->transfer.completed + got->transfer.failed)};
    return QObject::tr("%1 object(s) fetched from %2").arg(got->imported.imported).arg(peer);
}

}  // namespace dicomnet::workflow
