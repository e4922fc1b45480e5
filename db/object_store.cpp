#include "object_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QSet>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace dicomnet::db {

namespace {

const char kJournal[] = "journal";
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

// mkdir -p below `base`, remembering which folders (and so which parents) changed.
bool makeDirs(const QString& base, const QString& relativeDir, QSet<QString>& changedDirs) {
    QString current = base;
    for (const QString& part : relativeDir.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString next = current + QLatin1Char('/') + part;
        if (::mkdir(QFile::encodeName(next).constData(), 0755) == 0) {
            changedDirs.insert(current);
        } else if (errno != EEXIST) {
            return false;
        }
        current = next;
    }
    return true;
}

QStringList readJournal(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QStringList lines;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty()) lines.append(QString::fromUtf8(line.trimmed()));
    return lines;
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
        const int fd =
            ::open(QFile::encodeName(folder + QLatin1Char('/') + QLatin1String(kLock)).constData(),
                   O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {  // its writer is alive
            ::close(fd);
            continue;
        }
        dead.push_back(
            {folder, readJournal(folder + QLatin1Char('/') + QLatin1String(kJournal)), fd});
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

Result<std::unique_ptr<StoreSession>> StoreSession::open(const ObjectStore& store) {
    if (Status s = store.ensureLayout(); !s) return Error{s.error()};
    QString folder = store.tmpDir() + QStringLiteral("/session-") + QString::number(::getpid()) +
                     QLatin1Char('-');
    const QString base = folder;
    for (int i = 0;; ++i) {
        folder = base + QString::number(i);
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) == 0) break;
        if (errno != EEXIST || i > 1000)
            return Error{QObject::tr("cannot create %1: %2").arg(folder, systemError(errno))};
    }
    const int fd =
        ::open(QFile::encodeName(folder + QLatin1Char('/') + QLatin1String(kLock)).constData(),
               O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (fd >= 0) ::close(fd);
        return Error{QObject::tr("cannot lock %1").arg(folder)};
    }
    const QString journalPath = folder + QLatin1Char('/') + QLatin1String(kJournal);
    const int jfd =
        ::open(QFile::encodeName(journalPath).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (jfd < 0 || !fsyncPath(folder)) {
        const int err = errno;
        if (jfd >= 0) ::close(jfd);
        ::close(fd);
        return Error{describeWriteError(err, journalPath)};
    }
    return std::unique_ptr<StoreSession>(new StoreSession(store, folder, fd, jfd));
}

StoreSession::StoreSession(const ObjectStore& store, QString folder, int lockFd, int journalFd)
    : store_(store), folder_(std::move(folder)), lockFd_(lockFd), journalFd_(journalFd) {}

StoreSession::~StoreSession() {
    QDir(folder_).removeRecursively();
    ::close(journalFd_);
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
    // 1. The data of every file is on disk.
    for (Staged& s : staged) {
        if (::fdatasync(s.fd) != 0) return Error{describeWriteError(errno, s.tempPath)};
        ::close(s.fd);
        s.fd = -1;
    }
    // 2. The journal names every final path before any of them appears.
    {
        QByteArray lines;
        for (const Staged& s : staged) lines += s.relativePath.toUtf8() + '\n';
        const bool ok = ::ftruncate(journalFd_, 0) == 0 && ::lseek(journalFd_, 0, SEEK_SET) == 0 &&
                        writeAll(journalFd_, lines.constData(), lines.size()) &&
                        ::fdatasync(journalFd_) == 0;
        if (!ok) return Error{describeWriteError(errno, folder_ + QStringLiteral("/journal"))};
    }
    // 3. Link into place; never replace a file another writer published.
    QSet<QString> dirsToSync;
    for (Staged& s : staged) {
        const QString finalPath = store_.absolutePath(s.relativePath);
        const QString relDir = s.relativePath.section(QLatin1Char('/'), 0, -2);
        if (!makeDirs(store_.storeDir(), relDir, dirsToSync))
            return Error{describeWriteError(errno, finalPath)};
        if (::link(QFile::encodeName(s.tempPath).constData(),
                   QFile::encodeName(finalPath).constData()) != 0) {
            if (errno != EEXIST) return Error{describeWriteError(errno, finalPath)};
            s.alreadyPresent = true;
            struct stat st {};
            if (::stat(QFile::encodeName(finalPath).constData(), &st) == 0) s.size = st.st_size;
        }
        ::unlink(QFile::encodeName(s.tempPath).constData());
        dirsToSync.insert(store_.storeDir() + QLatin1Char('/') + relDir);
    }
    // 4. The names are on disk.
    for (const QString& d : dirsToSync)
        if (!fsyncPath(d)) return Error{describeWriteError(errno, d)};
    return {};
}

void StoreSession::settle() {
    // No flush needed: a stale journal only names files the index already has.
    if (::ftruncate(journalFd_, 0) != 0) {
        // Harmless: the next publish truncates it again, recovery checks every entry.
    }
}

void StoreSession::unpublish(const std::vector<Staged>& staged) {
    for (const Staged& s : staged)
        if (!s.alreadyPresent) store_.removeFile(s.relativePath);
    settle();
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
