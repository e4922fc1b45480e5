// The local cache: a data directory holding index.sqlite (WAL) and the file store. Opening it
// creates what is missing, applies migrations, and settles what a crashed writer left behind.
// One Cache per thread: it owns that thread's SQLite connection.
#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

namespace dicomnet::db {

class Connection;
class ObjectStore;

class Cache {
public:
    static Result<std::unique_ptr<Cache>> open(const QString& dataDir);
    ~Cache();

    QString dataDir() const { return dataDir_; }
    QString indexPath() const;
    ObjectStore& store() { return *store_; }
    const ObjectStore& store() const { return *store_; }
    Connection& connection() { return *connection_; }

    // What recovery did when this cache was opened: objects a crashed writer had made durable
    // but not (durably) indexed, now indexed.
    int recoveredObjects() const { return recoveredObjects_; }

private:
    Cache(QString dataDir, std::unique_ptr<ObjectStore> store,
          std::unique_ptr<Connection> connection);
    Status recover();

    QString dataDir_;
    std::unique_ptr<ObjectStore> store_;
    std::unique_ptr<Connection> connection_;
    int recoveredObjects_ = 0;
};

}  // namespace dicomnet::db
