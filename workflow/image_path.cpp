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

Result<SliceChoice> slicePath(const QString& uid, int slice, const QString& dataDir) {
    if (Status here = ensureHere(dataDir, uid); !here) return Error{here.error()};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto rows = db::CacheQueries(*cache.value()).instancesUnder(uid);
    if (!rows) return Error{rows.error()};
    QStringList images;
    QString series;
    for (const db::InstanceRow& r : rows.value()) {
        if (r.rows <= 0 || r.columns <= 0) continue;
        if (r.sopInstanceUid == uid)
            return Error{QObject::tr("--slice takes a series or study UID, not an image's")};
        if (series.isEmpty()) series = r.seriesUid;
        if (r.seriesUid == series) images << r.filePath;
    }
    if (images.isEmpty())
        return Error{rows->empty() ? QObject::tr("\"%1\" is not a UID in the cache").arg(uid)
                                   : QObject::tr("nothing under %1 is an image").arg(uid)};
    if (slice < 1 || slice > images.size())
        return Error{
            QObject::tr("the series has %n image(s): --slice 1 to %n", "", int(images.size()))};
    return SliceChoice{images[slice - 1], int(images.size())};
}

}  // namespace dicomnet::workflow
