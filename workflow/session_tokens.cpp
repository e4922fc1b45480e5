// Command-line sessions: a random token in a 0600 file of the user's runtime folder, its
// SHA-256 in the index with the login, the machine and the end of its time.
#include "workflow/session.h"

#include "workflow/audit.h"
#include "workflow/private_files.h"

#include "db/cache.h"
#include "db/user_directory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRandomGenerator>
#include <QSysInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dicomnet::workflow {

namespace {

constexpr QLatin1String kMagic("dicomnet-session 1\n");

QString machineId() {
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The token in `path`, checked to be a small regular file of this user that nobody else may
// read; none when there is no file.
Result<std::optional<QByteArray>> readPrivateFile(const QString& path) {
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) return std::optional<QByteArray>{};
    if (!S_ISREG(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & 077) != 0 ||
        st.st_size > 1024)
        return Error{QObject::tr("%1 is not a session file of yours that only you may read; "
                                 "it is not used (dicomnet session end removes it)")
                         .arg(path)};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return Error{QObject::tr("cannot read %1").arg(path)};
    const QByteArray content = f.read(1024);
    if (!content.startsWith(kMagic.data()))
        return Error{QObject::tr("%1 is not a dicomnet session file").arg(path)};
    return std::optional<QByteArray>{content.mid(kMagic.size()).trimmed()};
}

}  // namespace

QString sessionTokenFile(const QString& dataDir) {
    // The user's runtime folder (a tmpfs that a reboot empties), else a folder of their own in
    // /tmp — made 0700, and refused when someone else made it first.
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty())
        runtime = QDir::tempPath() + QStringLiteral("/dicomnet-runtime-%1").arg(::geteuid());
    const QString which = sha256Hex(QDir(dataDir).absolutePath().toUtf8()).left(16);
    return runtime + QStringLiteral("/dicomnet/session-") + which;
}

Result<SessionToken> startSessionToken(const QString& dataDir, const Session& session,
                                       int minutes) {
    if (session.open) return Error{QObject::tr("a session needs someone signed in (--user LOGIN)")};
    if (minutes < 1 || minutes > 720) return Error{QObject::tr("a session lasts 1 to 720 minutes")};
    QByteArray random(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()),
                                          random.size() / 4);
    const QByteArray token =
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    random.fill('\0');
    db::StoredSession stored;
    stored.tokenSha256 = sha256Hex(token);
    stored.login = session.user.login;
    stored.machine = machineId();
    stored.createdMs = QDateTime::currentMSecsSinceEpoch();
    stored.expiresMs = stored.createdMs + qint64(minutes) * 60 * 1000;
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    if (Status s = db::UserDirectory(*cache.value()).addSession(stored); !s)
        return Error{s.error()};
    const QString file = sessionTokenFile(dataDir);
    if (Status s = writePrivateFile(file, QByteArray(kMagic.data()) + token + '\n'); !s)
        return Error{s.error()};
    recordAudit(dataDir, {QStringLiteral("session-started"),
                          QStringLiteral("success"),
                          {},
                          {},
                          QStringLiteral("%1 minutes").arg(minutes)});
    return SessionToken{file, stored.expiresMs};
}

Result<std::optional<Session>> resumeSessionToken(const QString& dataDir) {
    const QString file = sessionTokenFile(dataDir);
    auto token = readPrivateFile(file);
    if (!token) return Error{token.error()};
    if (!token.value()) return std::optional<Session>{};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::UserDirectory users(*cache.value());
    auto stored = users.findSession(sha256Hex(*token.value()));
    if (!stored) return Error{stored.error()};
    const auto refuse = [&](const QString& why) -> Result<std::optional<Session>> {
        setActor(stored.value() ? stored.value()->login : QStringLiteral("session"));
        recordAudit(dataDir, {QStringLiteral("sign-in"), why, {}, {}, QStringLiteral("session")});
        setActor({});
        return Error{why + QObject::tr("; sign in with --user LOGIN (dicomnet session start "
                                       "opens a new session)")};
    };
    if (!stored.value())
        return refuse(
            QObject::tr("the session file holds no session of this "
                        "workstation"));
    const db::StoredSession& s = *stored.value();
    if (s.revoked) return refuse(QObject::tr("the session has ended"));
    if (s.machine != machineId())
        return refuse(QObject::tr("the session was opened on another machine"));
    if (QDateTime::currentMSecsSinceEpoch() >= s.expiresMs)
        return refuse(QObject::tr("the session expired at %1")
                          .arg(QDateTime::fromMSecsSinceEpoch(s.expiresMs)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    auto user = users.find(s.login);
    if (!user) return Error{user.error()};
    if (!user.value() || user.value()->disabled)
        return refuse(QObject::tr("the account %1 is disabled").arg(s.login));
    Session session;
    session.open = false;
    session.user = *user.value();
    session.user.passwordHash.clear();
    setProcessSession(session);
    return std::optional<Session>{session};
}

Status endSessionToken(const QString& dataDir) {
    const QString file = sessionTokenFile(dataDir);
    auto token = readPrivateFile(file);
    if (token && token.value()) {
        auto cache = db::Cache::open(dataDir);
        if (!cache) return Error{cache.error()};
        if (Status s = db::UserDirectory(*cache.value()).revokeSession(sha256Hex(*token.value()));
            !s)
            return s;
    }
    if (QFileInfo::exists(file) && !QFile::remove(file))
        return Error{QObject::tr("cannot remove %1").arg(file)};
    recordAudit(dataDir, {QStringLiteral("session-ended"), QStringLiteral("success"), {}, {}, {}});
    return {};
}

}  // namespace dicomnet::workflow
