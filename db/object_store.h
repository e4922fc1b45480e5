// The file store under <data dir>/store: one file per object, at a path derived from its
// study, series and SOP Instance UIDs. Writers stage objects in a private session folder under
// <data dir>/tmp (flock-ed while the writer lives). Publishing makes a staged file durable and
// hard-links it into place (never overwriting); the staged name is kept until the index row is
// durable too. So after a crash, a dead session's files tell everything: one with a second
// link was published (it is complete and durable: index it if the index lacks it), one without
// was never acknowledged (delete it).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dicomnet::db {

class ObjectStore {
public:
    explicit ObjectStore(QString dataDir);

    // "3f/3fa2…/9c01…/e5b7….dcm": study, series and instance by SHA-1 of their UIDs. A series
    // shares one folder (one folder to create and flush per batch, files of a series together);
    // 256 top folders keep a hundred thousand studies browsable.
    static QString relativePathFor(const QString& studyUid, const QString& seriesUid,
                                   const QString& sopInstanceUid);
    QString absolutePath(const QString& relativePath) const;
    QString storeDir() const { return storeDir_; }
    QString tmpDir() const { return tmpDir_; }
    Status ensureLayout() const;

    struct Published {
        QString stagedPath;    // the session's name of the file
        QString relativePath;  // where it was linked in the store
    };
    struct DeadSession {
        QString folder;
        std::vector<Published> published;  // files that were (being) linked into the store
        int lockFd = -1;                   // held until removeSession()
    };
    // Sessions whose writer is gone (its lock is free). Locks them while returned.
    std::vector<DeadSession> deadSessions() const;
    // Deletes a dead session's folder (and with it every file never published).
    void removeSession(const DeadSession& session) const;
    // Lets go of a dead session's lock without touching it.
    static void releaseSession(const DeadSession& session);
    void removeFile(const QString& relativePath) const;
    // True when `relativePath` in the store is the very file `stagedPath` (same inode).
    bool isSameFile(const QString& relativePath, const QString& stagedPath) const;

private:
    QString dataDir_, storeDir_, tmpDir_;
};

// Session file name of a file being published to `relativePath`, and back.
QString publishedName(const QString& relativePath);
QString relativePathOfPublished(const QString& fileName);

// One writer's staging area. Not thread-safe: one per writer thread.
class StoreSession {
public:
    static Result<std::unique_ptr<StoreSession>> open(const ObjectStore& store);
    ~StoreSession();

    struct Staged {
        QString tempPath;
        QString relativePath;
        qint64 size = 0;
        int fd = -1;
        bool alreadyPresent = false;  // another writer published the same UID first
    };

    // Writes bytes to a temporary file; writeback starts at once, flushing waits for publish().
    Result<Staged> stage(const QByteArray& bytes, const QString& relativePath);
    // A fresh temporary file name in this session, for a writer that writes the file itself
    // (the listener receives straight into it); then adopt() it.
    QString reserveTempPath();
    Result<Staged> adopt(const QString& tempPath, const QString& relativePath);
    // Links every staged file into the store (renaming its staged name to say where), flushes
    // the files and the folders: from here on the objects survive a crash. (Linking before the
    // flush lets one journal commit carry data and name on ext4; recovery checks each file.)
    // The flush is one syncfs for the whole batch, shared with other writers (group_flush.h).
    Status publish(std::vector<Staged>& staged);
    // The index rows of these published files are durable: drop the staged names.
    void release(const std::vector<Staged>& staged);
    // The index could not record them: take back what this session published.
    void unpublish(const std::vector<Staged>& staged);
    // Drops files that were staged but not published.
    void discard(std::vector<Staged>& staged);
    // Leaves the folder as it is when this session ends (its lock is released), so that the
    // next open settles what it holds.
    void abandon() { abandoned_ = true; }

private:
    StoreSession(const ObjectStore& store, QString folder, int lockFd);
    const ObjectStore& store_;
    QString folder_;
    int lockFd_ = -1;
    quint64 counter_ = 0;
    bool abandoned_ = false;
    QSet<QString> knownDirs_;   // store folders known to exist and be durable
    int fileSystemKnown_ = -1;  // 1: the session folder is on another file system than the store
    bool otherFileSystem();
};

}  // namespace dicomnet::db
