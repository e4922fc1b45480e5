#include "workflow/image_path.h"

#include "db/cache.h"
#include "db/cache_queries.h"
#include "workflow/eviction.h"

#include <QFileInfo>
#include <QObject>

namespace dicomnet::workflow {

Result<QString> imagePath(const QString& what, const QString& dataDir) {
    if (QFileInfo(what).isFile()) return what;
    if (Status here = ensureHere(dataDir, what); !here) return Error{here.error()};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto rows = db::CacheQueries(*cache.value()).instancesUnder(what);
    if (!rows) return Error{rows.error()};
    for (const db::InstanceRow& r : rows.value())
        if (r.rows > 0 && r.columns > 0) return r.filePath;
    if (rows->empty())
        return Error{QObject::tr("\"%1\" is neither a file nor a UID in the cache").arg(what)};
    return Error{QObject::tr("nothing under %1 is an image").arg(what)};
}

}  // namespace dicomnet::workflow
