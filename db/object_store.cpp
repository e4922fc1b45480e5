#include "object_store.h"

#include "db/group_flush.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSet>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>

namespace dicomnet::db {

namespace {

const char kLock[] = "lock";

QString systemError(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

QString describeWriteError(int err, const QString& what) {
    if (err == ENOSPC || err == EDQUOT)
        return QObject::tr("the disk is full: cannot write %1").arg(what);
    return QObject::tr("cannot write %1: %2").arg(what, systemError(err));
}

bool writeAll(int fd, const char* data, qint64 size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

bool fsyncPath(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// mkdir -p below `base` (the new folders are flushed with the batch's syncfs).
bool makeDirs(const QString& base, const QString& relativeDir) {
    QString current = base;
    for (const QString& part : relativeDir.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        current += QLatin1Char('/') + part;
        if (::mkdir(QFile::encodeName(current).constData(), 0755) != 0 && errno != EEXIST)
            return false;
    }
    return true;
}

}  // namespace

ObjectStore::ObjectStore(QString dataDir)
    : dataDir_(std::move(dataDir)),
      storeDir_(dataDir_ + QStringLiteral("/store")),
      tmpDir_(dataDir_ + QStringLiteral("/tmp")) {}

QString ObjectStore::relativePathFor(const QString& studyUid, const QString& seriesUid,
                                     const QString& sopInstanceUid) {
    auto hex = [](const QString& uid) {
        return QString::fromLatin1(
            QCryptographicHash::hash(uid.toLatin1(), QCryptographicHash::Sha1).toHex());
    };
    const QString study = hex(studyUid).left(20);
    return study.left(2) + QLatin1Char('/') + study + QLatin1Char('/') + hex(seriesUid).left(20) +
           QLatin1Char('/') + hex(sopInstanceUid) + QStringLiteral(".dcm");
}

QString ObjectStore::absolutePath(const QString& relativePath) const {
    return storeDir_ + QLatin1Char('/') + relativePath;
}

Status ObjectStore::ensureLayout() const {
    for (const QString& d : {dataDir_, storeDir_, tmpDir_}) {
        if (!QDir().mkpath(d)) return Error{QObject::tr("cannot create folder %1").arg(d)};
    }
    return {};
}

std::vector<ObjectStore::DeadSession> ObjectStore::deadSessions() const {
    std::vector<DeadSession> dead;
    const QStringList folders = QDir(tmpDir_).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : folders) {
        const QString folder = tmpDir_ + QLatin1Char('/') + name;
        if (name.startsWith(QLatin1String("creating-"))) {
            // A folder still being set up, or left by a writer that died setting it up (it then
            // holds nothing): cleared once it is clearly stale.
            if (QFileInfo(folder).lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
                QDir(folder).removeRecursively();
            continue;
        }
        const int fd =
            ::open(QFile::encodeName(folder + QLatin1Char('/') + QLatin1String(kLock)).constData(),
                   O_RDWR | O_CLOEXEC);
        if (fd < 0) continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {  // its writer is alive
            ::close(fd);
            continue;
        }
        DeadSession session{folder, {}, fd};
        for (const QString& f : QDir(folder).entryList({QStringLiteral("*.pub")}, QDir::Files))
            session.published.push_back(
                {folder + QLatin1Char('/') + f, relativePathOfPublished(f)});
        dead.push_back(session);
    }
    return dead;
}

void ObjectStore::removeSession(const DeadSession& session) const {
    QDir(session.folder).removeRecursively();
    if (session.lockFd >= 0) ::close(session.lockFd);
}

void ObjectStore::releaseSession(const DeadSession& session) {
    if (session.lockFd >= 0) ::close(session.lockFd);
}

void ObjectStore::removeFile(const QString& relativePath) const {
    ::unlink(QFile::encodeName(absolutePath(relativePath)).constData());
}

bool ObjectStore::isSameFile(const QString& relativePath, const QString& stagedPath) const {
    struct stat a {
    }, b{};
    return ::stat(QFile::encodeName(absolutePath(relativePath)).constData(), &a) == 0 &&
           ::stat(QFile::encodeName(stagedPath).constData(), &b) == 0 && a.st_ino == b.st_ino &&
           a.st_dev == b.st_dev;
}

QString publishedName(const QString& relativePath) {
    return QString(relativePath).replace(QLatin1Char('/'), QLatin1Char('~')) +
           QStringLiteral(".pub");
}

QString relativePathOfPublished(const QString& fileName) {
    QString rel = fileName;
    rel.chop(4);
    return rel.replace(QLatin1Char('~'), QLatin1Char('/'));
}

Result<std::unique_ptr<StoreSession>> StoreSession::open(const ObjectStore& store) {
    if (Status s = store.ensureLayout(); !s) return Error{s.error()};
    // The folder is built under a name recovery ignores, and only appears as a session once its
    // lock is held: otherwise another process opening the cache could take the free lock of a
    // folder being born, judge its writer dead and remove it.
    static std::atomic_uint sequence{0};
    const QString name = QString::number(::getpid()) + QLatin1Char('-') +
                         QString::number(sequence.fetch_add(1)) + QLatin1Char('-') +
                         QString::number(quint64(::time(nullptr)));
    const QString building = store.tmpDir() + QStringLiteral("/creating-") + name;
    const QString folder = store.tmpDir() + QStringLiteral("/session-") + name;
    if (::mkdir(QFile::encodeName(building).constData(), 0700) != 0)
        return Error{QObject::tr("cannot create %1: %2").arg(building, systemError(errno))};
    const int fd =
        ::open(QFile::encodeName(building + QLatin1Char('/') + QLatin1String(kLock)).constData(),
               O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0 ||
        ::rename(QFile::encodeName(building).constData(), QFile::encodeName(folder).constData()) !=
            0) {
        if (fd >= 0) ::close(fd);
        QDir(building).removeRecursively();
        return Error{QObject::tr("cannot lock %1").arg(folder)};
    }
    // The session folder itself must survive a crash for recovery to find it.
    if (!fsyncPath(store.tmpDir())) {
        const int err = errno;
        ::close(fd);
        return Error{describeWriteError(err, store.tmpDir())};
    }
    return std::unique_ptr<StoreSession>(new StoreSession(store, folder, fd));
}

StoreSession::StoreSession(const ObjectStore& store, QString folder, int lockFd)
    : store_(store), folder_(std::move(folder)), lockFd_(lockFd) {}

StoreSession::~StoreSession() {
    if (!abandoned_) QDir(folder_).removeRecursively();
    ::close(lockFd_);
}

QString StoreSession::reserveTempPath() {
    return folder_ + QLatin1Char('/') + QString::number(++counter_) + QStringLiteral(".part");
}

Result<StoreSession::Staged> StoreSession::adopt(const QString& tempPath,
                                                 const QString& relativePath) {
    Staged s;
    s.tempPath = tempPath;
    s.relativePath = relativePath;
    s.fd = ::open(QFile::encodeName(tempPath).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (s.fd < 0 || ::fstat(s.fd, &st) != 0) {
        const int err = errno;
        if (s.fd >= 0) ::close(s.fd);
        return Error{QObject::tr("cannot read %1: %2").arg(tempPath, systemError(err))};
    }
    s.size = st.st_size;
    return s;
}

Result<StoreSession::Staged> StoreSession::stage(const QByteArray& bytes,
                                                 const QString& relativePath) {
    Staged s;
    s.tempPath = reserveTempPath();
    s.relativePath = relativePath;
    s.size = bytes.size();
    s.fd = ::open(QFile::encodeName(s.tempPath).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (s.fd < 0) return Error{describeWriteError(errno, s.tempPath)};
    if (!writeAll(s.fd, bytes.constData(), bytes.size())) {
        const int err = errno;
        ::close(s.fd);
        ::unlink(QFile::encodeName(s.tempPath).constData());
        return Error{describeWriteError(err, s.tempPath)};
    }
    // Start writeback now so that the flush at publish time finds little left to do.
    ::sync_file_range(s.fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    return s;
}

Status StoreSession::publish(std::vector<Staged>& staged) {
    // 1. Name each file after its destination, and link it there; never replace a file that
    //    another writer published.
    for (Staged& s : staged) {
        const QString named = folder_ + QLatin1Char('/') + publishedName(s.relativePath);
        if (::rename(QFile::encodeName(s.tempPath).constData(),
                     QFile::encodeName(named).constData()) != 0)
            return Error{describeWriteError(errno, named)};
        s.tempPath = named;
        const QString finalPath = store_.absolutePath(s.relativePath);
        const QString relDir = s.relativePath.section(QLatin1Char('/'), 0, -2);
        if (!knownDirs_.contains(relDir)) {
            if (!makeDirs(store_.storeDir(), relDir))
                return Error{describeWriteError(errno, finalPath)};
            knownDirs_.insert(relDir);
        }
        if (::link(QFile::encodeName(s.tempPath).constData(),
                   QFile::encodeName(finalPath).constData()) != 0) {
            if (errno != EEXIST) return Error{describeWriteError(errno, finalPath)};
            s.alreadyPresent = true;
            struct stat st {};
            if (::stat(QFile::encodeName(finalPath).constData(), &st) == 0) s.size = st.st_size;
        }
    }
    // 2. The data of every file and 3. every name are on disk: one syncfs of the store's file
    //    system (and of the session's, if another) for the whole batch, shared with the other
    //    writers publishing at the same time (group_flush.h), instead of a journal commit for
    //    each file and each folder.
    if (Status s = GroupFlush::flush(store_.storeDir()); !s) return s;
    if (otherFileSystem())
        if (Status s = GroupFlush::flush(folder_); !s) return s;
    for (Staged& s : staged) {
        ::close(s.fd);
        s.fd = -1;
    }
    return {};
}

bool StoreSession::otherFileSystem() {
    if (fileSystemKnown_ < 0) {
        struct stat a {
        }, b{};
        fileSystemKnown_ = ::stat(QFile::encodeName(store_.storeDir()).constData(), &a) == 0 &&
                                   ::fstat(lockFd_, &b) == 0 && a.st_dev != b.st_dev
                               ? 1
                               : 0;
    }
    return fileSystemKnown_ == 1;
}

void StoreSession::release(const std::vector<Staged>& staged) {
    for (const Staged& s : staged) ::unlink(QFile::encodeName(s.tempPath).constData());
}

void StoreSession::unpublish(const std::vector<Staged>& staged) {
    for (const Staged& s : staged) {
        if (!s.alreadyPresent && store_.isSameFile(s.relativePath, s.tempPath))
            store_.removeFile(s.relativePath);
        ::unlink(QFile::encodeName(s.tempPath).constData());
    }
}

void StoreSession::discard(std::vector<Staged>& staged) {
    for (Staged& s : staged) {
        if (s.fd >= 0) ::close(s.fd);
        s.fd = -1;
        ::unlink(QFile::encodeName(s.tempPath).constData());
    }
    staged.clear();
}

}  // namespace dicomnet::db
