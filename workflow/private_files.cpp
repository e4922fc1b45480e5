#include "workflow/private_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dicomnet::workflow {

Status writePrivateFile(const QString& path, const QByteArray& content, FolderAccess folder) {
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir) ||
        (folder == FolderAccess::Private && ::chmod(QFile::encodeName(dir).constData(), 0700) != 0))
        return Error{QObject::tr("cannot make the folder %1").arg(dir)};
    const QString temp = path + QStringLiteral(".new");
    ::unlink(QFile::encodeName(temp).constData());
    const int fd = ::open(QFile::encodeName(temp).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return Error{QObject::tr("cannot write %1").arg(temp)};
    const bool written =
        ::write(fd, content.constData(), size_t(content.size())) == content.size() &&
        ::fsync(fd) == 0;
    ::close(fd);
    if (!written ||
        ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(QFile::encodeName(temp).constData());
        return Error{QObject::tr("cannot write %1").arg(path)};
    }
    return {};
}

Status writePublicFile(const QString& path, const QByteArray& content, bool executable) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return Error{QObject::tr("cannot write %1").arg(path)};
    f.close();
    QFile::Permissions mode =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    if (executable) mode |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    f.setPermissions(mode);
    return {};
}

}  // namespace dicomnet::workflow
