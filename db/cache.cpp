#include "cache.h"

#include "cache_writer.h"
#include "eviction.h"
#include "migrations.h"
#include "object_store.h"
#include "sqlite.h"

#include "core/dicom_object_reader.h"

#include <QDir>
#include <QObject>

namespace dicomnet::db {

Cache::Cache(QString dataDir, std::unique_ptr<ObjectStore> store,
             std::unique_ptr<Connection> connection)
    : dataDir_(std::move(dataDir)), store_(std::move(store)), connection_(std::move(connection)) {}

Cache::~Cache() = default;

QString Cache::indexPath() const { return dataDir_ + QStringLiteral("/index.sqlite"); }

Result<std::unique_ptr<Cache>> Cache::open(const QString& dataDirIn) {
    const QString dataDir = QDir(dataDirIn).absolutePath();
    auto store = std::make_unique<ObjectStore>(dataDir);
    if (Status s = store->ensureLayout(); !s) return Error{s.error()};
    std::unique_ptr<Connection> connection;
    try {
        connection = std::make_unique<Connection>(dataDir + QStringLiteral("/index.sqlite"), true);
    } catch (const SqliteError& e) {
        return Error{QObject::tr("cannot open the index: %1").arg(QString::fromUtf8(e.what()))};
    }
    if (Status s = Migrations::apply(*connection); !s) return Error{s.error()};
    std::unique_ptr<Cache> cache(new Cache(dataDir, std::move(store), std::move(connection)));
    if (Status s = cache->recover(); !s) return Error{s.error()};
    // An eviction that a crash interrupted: its objects go the rest of the way.
    if (auto finished = Eviction::finishInterrupted(*cache); !finished)
        return Error{finished.error()};
    return cache;
}

Status Cache::recover() {
    std::vector<ObjectStore::DeadSession> dead = store_->deadSessions();
    if (dead.empty()) return {};
    auto writer = CacheWriter::open(*this);
    if (!writer) return Error{writer.error()};
    try {
        Statement indexed(*connection_, "SELECT 1 FROM instances WHERE file_path = ?");
        for (const ObjectStore::DeadSession& session : dead) {
            for (const ObjectStore::Published& p : session.published) {
                if (!store_->isSameFile(p.relativePath, p.stagedPath)) continue;  // not linked
                // Linked, perhaps not yet flushed when the writer died: keep it only if it is
                // whole and is what its name says.
                ReadOutcome read = DicomObjectReader::readFile(p.stagedPath);
                bool whole = read.isObject() && !read.parsed().isDicomdir;
                if (whole) {
                    const DicomObjectInfo& info = read.parsed().info;
                    whole = ObjectStore::relativePathFor(info.study.studyUid, info.series.seriesUid,
                                                         info.instance.sopInstanceUid) ==
                            p.relativePath;
                }
                indexed.bind(1, p.relativePath);
                const bool known = indexed.step();
                indexed.reset();
                if (known) continue;
                if (!whole) {
                    store_->removeFile(p.relativePath);
                    continue;
                }
                if (Status s = writer.value()->indexPublished(read.parsed().info, p.relativePath,
                                                              read.parsed().part10.size());
                    !s)
                    return s;
                ++recoveredObjects_;
            }
            store_->removeSession(session);
        }
    } catch (const SqliteError& e) {
        return Error{QObject::tr("cannot check the index after an interrupted write: %1")
                         .arg(QString::fromUtf8(e.what()))};
    }
    return {};
}

}  // namespace dicomnet::db
