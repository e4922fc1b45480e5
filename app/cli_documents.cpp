#include "cli_documents.h"

#include "cli.h"

#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/importer.h"

#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>

namespace dicomnet::app {

Status storeDocument(db::Cache& cache, const QString& file) {
    const db::ImportSummary stored = db::Importer(cache).run({file});
    if (stored.clean() && stored.imported == 1) return {};
    return Error{stored.fatalError.isEmpty() && !stored.rejected.empty()
                     ? stored.rejected.front().reason
                     : stored.fatalError};
}

Result<QString> documentFile(const GlobalOptions& options, const QString& uidOrFile) {
    if (QFileInfo(uidOrFile).isFile()) return uidOrFile;
    auto cache = db::Cache::open(options.dataDir);
    if (!cache) return Error{cache.error()};
    auto rows = db::CacheQueries(*cache.value()).instancesUnder(uidOrFile);
    if (!rows) return Error{rows.error()};
    if (rows->size() != 1)
        return Error{QObject::tr("\"%1\" is neither a file nor an instance UID in the cache")
                         .arg(uidOrFile)};
    return rows->front().filePath;
}

Result<QString> writeIntoCache(const QString& dataDir, db::Cache& cache,
                               const std::function<Result<QString>(const QString& path)>& write) {
    QTemporaryDir staging(dataDir + QStringLiteral("/consult-XXXXXX"));
    if (!staging.isValid()) return Error{QObject::tr("cannot write in %1").arg(dataDir)};
    const QString file = staging.filePath(QStringLiteral("document.dcm"));
    auto uid = write(file);
    if (!uid) return uid;
    if (Status s = storeDocument(cache, file); !s) return Error{s.error()};
    return uid;
}

}  // namespace dicomnet::app
