#include "workflow/export.h"
#include "workflow/eviction.h"

#include "workflow/audit.h"

#include "consult/encapsulated_document.h"
#include "db/cache.h"
#include "db/cache_queries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

namespace dicomnet::workflow {

namespace {

Status writeAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{QObject::tr("cannot write %1: %2").arg(path, out.errorString())};
    return {};
}

// One object of the cache into `outDir` (and its PDF, when it holds one).
Result<ExportedObject> exportOne(const db::InstanceRow& r, const QString& outDir) {
    QFile in(r.filePath);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QObject::tr("%1 cannot be read: %2").arg(r.filePath, in.errorString())};
    ExportedObject o{
        r.sopInstanceUid, QDir(outDir).filePath(r.sopInstanceUid + QStringLiteral(".dcm")), {}};
    if (Status s = writeAtomically(o.file, in.readAll()); !s) return Error{s.error()};
    if (r.sopClassUid == QLatin1String(consult::kEncapsulatedPdfClass)) {
        auto pdf = consult::readEncapsulated(r.filePath);
        if (!pdf) return Error{pdf.error()};
        o.pdf = QDir(outDir).filePath(r.sopInstanceUid + QStringLiteral(".pdf"));
        if (Status s = writeAtomically(o.pdf, pdf->bytes); !s) return Error{s.error()};
    }
    return o;
}

}  // namespace

namespace {

Result<std::vector<ExportedObject>> exportUnrecorded(const QString& dataDir,
                                                     const QStringList& uids,
                                                     const QString& outDir) {
    if (!QDir().mkpath(outDir)) return Error{QObject::tr("cannot create %1").arg(outDir)};
    // What is away comes back first (workflow/eviction.h).
    for (const QString& uid : uids)
        if (Status here = ensureHere(dataDir, uid); !here) return Error{here.error()};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::CacheQueries queries(*cache.value());
    std::vector<ExportedObject> written;
    for (const QString& uid : uids) {
        auto rows = queries.instancesUnder(uid);
        if (!rows) return Error{rows.error()};
        if (rows->empty()) return Error{QObject::tr("%1 is not in the cache").arg(uid)};
        for (const db::InstanceRow& r : rows.value()) {
            auto one = exportOne(r, outDir);
            if (!one) return Error{one.error()};
            written.push_back(one.value());
        }
    }
    return written;
}

}  // namespace

Result<std::vector<ExportedObject>> exportObjects(const QString& dataDir, const QStringList& uids,
                                                  const QString& outDir) {
    auto written = exportUnrecorded(dataDir, uids, outDir);
    const Status recorded =
        audited(dataDir,
                {QStringLiteral("exported"),
                 {},
                 {},
                 uids,
                 QObject::tr("%n object(s) to %1", nullptr, written ? int(written->size()) : 0)
                     .arg(outDir)},
                written ? Status{} : Status{Error{written.error()}});
    if (!recorded) return Error{recorded.error()};
    return written;
}

namespace {

Result<Anonymization> anonymizeUnrecorded(const QString& dataDir, const QStringList& uidsOrFiles,
                                          const QString& outDir,
                                          const DeidentificationOptions& options,
                                          const Progress<HeldBack>& progress) {
    if (!QDir().mkpath(outDir)) return Error{QObject::tr("cannot create %1").arg(outDir)};
    // What is away comes back first (workflow/eviction.h).
    for (const QString& uid : uidsOrFiles)
        if (Status here = ensureHere(dataDir, uid); !here) return Error{here.error()};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    QStringList files;
    db::CacheQueries queries(*cache.value());
    for (const QString& uid : uidsOrFiles) {
        if (QFileInfo(uid).isFile()) {
            files << uid;
            continue;
        }
        auto rows = queries.instancesUnder(uid);
        if (!rows) return Error{rows.error()};
        if (rows->empty()) return Error{QObject::tr("%1 is not in the cache").arg(uid)};
        for (const db::InstanceRow& r : rows.value()) files << r.filePath;
    }
    network::Deidentifier deidentifier(*cache.value(), options);
    Anonymization result;
    for (const QString& file : files) {
        const QString staging = QDir(outDir).filePath(QStringLiteral(".anonymizing.dcm"));
        auto done = deidentifier.apply(file, staging);
        if (!done) {
            QFile::remove(staging);
            result.heldBack.push_back({file, done.error()});
            progress.report(result.heldBack.back());
            continue;
        }
        const QString target = QDir(outDir).filePath(done->sopInstanceUid + QStringLiteral(".dcm"));
        QFile::remove(target);
        if (!QFile::rename(staging, target))
            return Error{QObject::tr("cannot write %1").arg(target)};
        result.written.push_back({target, done->sopInstanceUid, done->studyUid, done->pseudoId});
    }
    return result;
}

}  // namespace

Result<Anonymization> anonymize(const QString& dataDir, const QStringList& uidsOrFiles,
                                const QString& outDir, const DeidentificationOptions& options,
                                const Progress<HeldBack>& progress) {
    auto done = anonymizeUnrecorded(dataDir, uidsOrFiles, outDir, options, progress);
    QStringList uids;  // of the cache; files from outside are not its patients' data
    for (const QString& u : uidsOrFiles)
        if (!QFileInfo(u).isFile()) uids << u;
    const Status recorded = audited(dataDir,
                                    {QStringLiteral("anonymized"),
                                     {},
                                     {},
                                     uids,
                                     QObject::tr("%1 de-identified copies to %2, %3 held back")
                                         .arg(done ? int(done->written.size()) : 0)
                                         .arg(outDir)
                                         .arg(done ? int(done->heldBack.size()) : 0)},
                                    done ? Status{} : Status{Error{done.error()}});
    if (!recorded) return Error{recorded.error()};
    return done;
}

}  // namespace dicomnet::workflow
