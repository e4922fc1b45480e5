// Adds objects to the cache in batches: each object is staged as a file at once; commit()
// makes the whole batch durable in the store and then records it in the index in one
// transaction. Nothing counts as stored until commit() has returned successfully.
#pragma once

#include "core/dicom_object_reader.h"
#include "core/result.h"

#include "db/object_store.h"

#include <QElapsedTimer>
#include <QString>

#include <memory>
#include <vector>

namespace dicomnet::db {

class Cache;
class Statement;
class StoreSession;
class UidConflicts;

class CacheWriter {
public:
    struct Limits {
        int maxObjects = 256;
        qint64 maxBytes = 256LL << 20;
        int maxMilliseconds = 2000;  // how long an object may wait to become durable
        // 0: every commit flushes the index. Otherwise commits are not flushed and the index
        // is flushed at most this often; until then the published files keep their staged
        // names, from which recovery re-indexes them (see object_store.h).
        int durableIndexMs = 0;
    };

    static Result<std::unique_ptr<CacheWriter>> open(Cache& cache, Limits limits);
    static Result<std::unique_ptr<CacheWriter>> open(Cache& cache) { return open(cache, Limits{}); }
    ~CacheWriter();  // discards what was not committed

    enum class Added { Staged, Duplicate, Refused };
    // Duplicate when the SOP Instance UID is in the index or already in this batch with the
    // same series and content; Refused, with the reason in `why`, when its UIDs contradict the
    // cache (see uid_conflicts.h).
    Result<Added> add(const ParsedObject& object, QString* why = nullptr);
    // For writers that receive straight into a file (the listener): a temporary path in this
    // writer's session, and the same as add() for an object already written there. The file
    // becomes the stored object; on Duplicate it is left for the caller to delete.
    QString reserveTempPath();
    Result<Added> addWritten(const ParsedObject& object, const QString& tempPath,
                             QString* why = nullptr);
    bool batchFull() const;
    int pending() const;
    // publish() then indexPublished(). `committed` (optional): how many became new rows.
    Status commit(int* committed = nullptr);
    // Makes the batch durable in the store; an error takes all of it back. After success the
    // objects survive a crash (the listener acknowledges here).
    Status publish();
    // Records what publish() made durable. An error leaves the files and their staged names
    // for the next open to index.
    Status indexPublished(int* committed = nullptr);
    // Flushes the index now if some commits were left unflushed (see Limits::durableIndexMs).
    Status makeIndexDurable();
    // For recovery: indexes (durably) an object whose file is already in the store.
    Status indexPublished(const DicomObjectInfo& info, const QString& relativePath, qint64 size);

private:
    struct Item;
    struct IndexStatements;  // prepared once per writer: the listener indexes object by object
    CacheWriter(Cache& cache, std::unique_ptr<StoreSession> session, Limits limits);
    void index(std::vector<Item>& items, int& committed);
    int64_t findOrAddStudy(IndexStatements& st, const DicomObjectInfo& in, const QString& now);
    Result<Added> judge(const DicomObjectInfo& info, QString* why);

    Cache& cache_;
    std::unique_ptr<StoreSession> session_;
    std::unique_ptr<UidConflicts> conflicts_;
    std::unique_ptr<IndexStatements> statements_;
    Limits limits_;
    std::vector<Item> batch_;
    qint64 batchBytes_ = 0;
    QElapsedTimer age_;
    std::vector<Item> published_;
    std::vector<StoreSession::Staged> awaitingDurableIndex_;
    std::vector<StoreSession::Staged> orphaned_;  // durable, not indexed: left to recovery
    QElapsedTimer sinceDurable_;
};

}  // namespace dicomnet::db
