#include "workflow/documents.h"

#include "workflow/consult_actions.h"

#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/importer.h"

#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>

namespace dicomnet::workflow {

Status storeDocument(db::Cache& cache, const QString& file) {
    const db::ImportSummary stored = db::Importer(cache).run({file});
    if (stored.clean() && stored.imported == 1) return {};
    return Error{stored.fatalError.isEmpty() && !stored.rejected.empty()
                     ? stored.rejected.front().reason
                     : stored.fatalError};
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

}  // namespace dicomnet::workflow
