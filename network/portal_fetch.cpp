// The inbox side of the sync engine: pulls from portals find what is new (QIDO-RS), queue it
// as a fetch job, and the job brings it (WADO-RS) into the cache, series by series.
#include "dicomweb_client.h"
#include "sync_engine.h"

#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/importer.h"
#include "db/peer_directory.h"
#include "db/pseudonym_store.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QObject>
#include <QSet>

#include <vector>

namespace dicomnet::network {

namespace {

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

// Whether the cache has `sop`: filed here, or it is our own de-identified copy of something
// here.
class Here {
public:
    explicit Here(db::Cache& cache) : queries_(cache), names_(cache) {}
    bool operator()(const QString& sop) {
        auto local = queries_.instancesUnder(sop);
        if (local && !local->empty()) return true;
        auto ours = names_.original(sop);
        return ours && ours.value();
    }

private:
    db::CacheQueries queries_;
    db::PseudonymStore names_;
};

}  // namespace

Result<int> SyncEngine::pullFromPortals(QStringList* problems) {
    if (Status s = lock(); !s) return Error{s.error()};
    auto opened = db::Cache::open(dataDir_);
    if (!opened) return Error{opened.error()};
    db::Cache& cache = *opened.value();
    auto peers = db::PeerDirectory(cache).list();
    if (!peers) return Error{peers.error()};
    db::CacheQueries queries(cache);
    db::PseudonymStore names(cache);
    db::JobStore store(cache);
    Here here(cache);
    int fetched = 0;
    for (const db::Peer& p : peers.value()) {
        if (!p.dicomweb()) continue;
        auto sent = store.studiesSentTo(p.name);
        if (!sent || sent->isEmpty()) continue;
        db::StudyFilter filter;
        filter.studyUids = sent.value();
        auto studies = queries.studies(filter);
        if (!studies) return Error{studies.error()};
        QSet<QString> patients;  // as the portal knows them
        for (const db::StudyRow& s : studies.value()) {
            if (!p.external) {
                patients.insert(s.patientId);
                continue;
            }
            auto pseudo = names.patient(s.patientId, s.issuer);
            if (pseudo) patients.insert(pseudo->pseudoId);
        }
        auto target = portalTarget(p, options_.timeoutSeconds);
        if (!target) {
            if (problems) *problems << target.error();
            continue;
        }
        DicomWebClient portal(target.value());
        std::vector<db::FetchObject> wanted;
        QStringList wantedStudies;
        std::vector<std::pair<QString, int>> seen;  // what this pull saw of each study
        for (const QString& patient : patients) {
            auto remote = portal.studiesOfPatient(patient);
            if (!remote) {
                if (problems) *problems << QStringLiteral("%1: %2").arg(p.name, remote.error());
                break;
            }
            for (const DicomWebClient::StudyCount& study : remote.value()) {
                auto mark = store.pullMark(p.name, study.studyUid);
                if (study.instances >= 0 && mark && mark.value() &&
                    *mark.value() == study.instances)
                    continue;  // nothing new there since the last pull
                auto instances = portal.seriesAndInstancesOf(study.studyUid);
                if (!instances) {
                    if (problems)
                        *problems << QStringLiteral("%1: %2").arg(p.name, instances.error());
                    continue;
                }
                const size_t before = wanted.size();
                for (const auto& [series, sop] : instances.value())
                    if (!here(sop)) wanted.push_back({sop, series, study.studyUid});
                if (wanted.size() > before) wantedStudies << study.studyUid;
                seen.emplace_back(study.studyUid,
                                  study.instances >= 0 ? study.instances : int(instances->size()));
            }
        }
        auto id = store.createFetch(p.name, wantedStudies, wanted);
        if (!id) return Error{id.error()};
        // Queued (or here): the next pull asks about these studies only if they change.
        for (const auto& [study, count] : seen) store.setPullMark(p.name, study, count);
        if (id.value() == 0) continue;
        auto ran = runJob(id.value());
        if (!ran) return Error{ran.error()};
        fetched += ran->sent;
        if (ran->state != QLatin1String("done") && problems)
            *problems << QObject::tr("fetch from %1: %2").arg(p.name, ran->lastError);
    }
    return fetched;
}

Result<qint64> SyncEngine::queueFetch(const QString& portalName, const QString& studyUid,
                                      const QString& seriesUid, const QString& sopUid) {
    auto opened = db::Cache::open(dataDir_);
    if (!opened) return Error{opened.error()};
    db::Cache& cache = *opened.value();
    auto peer = db::PeerDirectory(cache).find(portalName);
    if (!peer) return Error{peer.error()};
    if (!peer.value()) return Error{QObject::tr("no peer named \"%1\"").arg(portalName)};
    if (!peer.value()->dicomweb())
        return Error{QObject::tr("%1 is not a DICOMweb portal").arg(portalName)};
    auto target = portalTarget(*peer.value(), options_.timeoutSeconds);
    if (!target) return Error{target.error()};
    auto instances = DicomWebClient(target.value()).seriesAndInstancesOf(studyUid);
    if (!instances) return Error{instances.error()};
    Here here(cache);
    std::vector<db::FetchObject> wanted;
    int known = 0;
    for (const auto& [series, sop] : instances.value()) {
        if ((!seriesUid.isEmpty() && series != seriesUid) || (!sopUid.isEmpty() && sop != sopUid))
            continue;
        ++known;
        if (!here(sop)) wanted.push_back({sop, series, studyUid});
    }
    if (known == 0)
        return Error{QObject::tr("%1 holds nothing of %2")
                         .arg(portalName, sopUid.isEmpty()
                                              ? (seriesUid.isEmpty() ? studyUid : seriesUid)
                                              : sopUid)};
    return db::JobStore(cache).createFetch(portalName, {studyUid}, wanted);
}

Result<db::Job> SyncEngine::runFetch(db::Cache& cache, db::JobStore& store, const db::Job& job,
                                     const db::Peer& portal, const std::atomic_bool* cancel,
                                     const Progress& progress) {
    const qint64 id = job.id;
    if (!portal.dicomweb()) {
        store.setState(id, QStringLiteral("failed"),
                       QObject::tr("%1 is not a DICOMweb portal").arg(portal.name));
        return reread(store, id);
    }
    auto target = portalTarget(portal, options_.timeoutSeconds);
    if (!target) return retryLater(store, job, target.error());
    DicomWebClient client(target.value());
    store.setState(id, QStringLiteral("running"), {}, job.attempts, 0);

    // What is still to come, by series; what a kill left in flight may have come already.
    auto objects = store.objects(id);
    if (!objects) return Error{objects.error()};
    Here here(cache);
    QStringList there;
    std::vector<std::vector<db::JobObject>> groups;
    QHash<QString, size_t> groupOf;
    for (const db::JobObject& o : objects.value()) {
        if (o.state != QLatin1String("pending") && o.state != QLatin1String("in_flight")) continue;
        if (here(o.sopUid)) {
            there << o.sopUid;
            continue;
        }
        const QString key = o.studyUid + QLatin1Char('/') + o.seriesUid;
        auto g = groupOf.constFind(key);
        if (g == groupOf.constEnd()) {
            g = groupOf.insert(key, groups.size());
            groups.emplace_back();
        }
        groups[g.value()].push_back(o);
    }
    if (Status s =
            store.markDelivered(id, job.destination, there, QStringLiteral("already_there"), now());
        !s)
        return Error{s.error()};
    int done = job.sent + job.alreadyThere + int(there.size());
    if (progress && !there.isEmpty()) progress(job, done, job.total);

    const QString inbox = dataDir_ + QStringLiteral("/inbox/job-%1").arg(id);
    QDir(inbox).removeRecursively();  // what a kill left half-written
    QString down;
    bool stopped = false;
    for (size_t k = 0; k < groups.size() && down.isEmpty(); ++k) {
        auto latest = store.job(id);
        if ((cancel && cancel->load()) ||
            (latest && latest.value() && latest.value()->state == QLatin1String("cancelled"))) {
            stopped = true;
            break;
        }
        const std::vector<db::JobObject>& group = groups[k];
        QStringList sops;
        for (const db::JobObject& o : group) sops << o.sopUid;
        if (Status s = store.markInFlight(id, sops); !s) return Error{s.error()};
        const QString folder = inbox + QLatin1Char('/') + QString::number(k);
        QDir().mkpath(folder);
        const db::JobObject& first = group.front();
        // A whole series in one answer when more than one object of it is missing.
        auto got = group.size() > 1
                       ? client.retrieve(first.studyUid, folder, first.seriesUid)
                       : client.retrieve(first.studyUid, folder, first.seriesUid, first.sopUid);
        if (!got) {
            if (!client.echo()) {  // the portal is down: these come on the next attempt
                store.markPending(id, sops);
                down = got.error();
                break;
            }
            for (const QString& sop : sops) store.markFailed(id, sop, got.error());
            continue;
        }
        const db::ImportSummary imported = db::Importer(cache).run({folder});
        if (!imported.fatalError.isEmpty()) {  // disk full, index unwritable: later
            store.markPending(id, sops);
            down = imported.fatalError;
            break;
        }
        const QString why = imported.rejected.empty() ? QObject::tr("not in the portal's answer")
                                                      : imported.rejected.front().reason;
        QStringList arrived;
        for (const QString& sop : sops) {
            if (here(sop))
                arrived << sop;
            else
                store.markFailed(id, sop, why);
        }
        if (Status s =
                store.markDelivered(id, job.destination, arrived, QStringLiteral("sent"), now());
            !s)
            return Error{s.error()};
        done += int(arrived.size());
        if (progress) progress(job, done, job.total);
        QDir(folder).removeRecursively();
    }
    QDir(inbox).removeRecursively();
    auto current = reread(store, id);
    if (!current) return current;
    if (current->state == QLatin1String("cancelled")) return current;
    if (stopped) {
        store.setState(id, QStringLiteral("pending"), QObject::tr("interrupted"));
        return reread(store, id);
    }
    if (!down.isEmpty()) return retryLater(store, job, down);
    const bool complete = current->failed == 0;
    store.setVerification(id, complete ? QStringLiteral("complete")
                                       : QObject::tr("incomplete: %n object(s) not fetched",
                                                     nullptr, current->failed));
    store.setState(id, complete ? QStringLiteral("done") : QStringLiteral("failed"),
                   complete
                       ? QString()
                       : QObject::tr("%n object(s) could not be fetched", nullptr, current->failed),
                   job.attempts + 1, 0);
    return reread(store, id);
}

}  // namespace dicomnet::network
