#include "workflow/users.h"

#include "workflow/audit.h"
#include "workflow/passwords.h"
#include "workflow/peers.h"

#include "db/cache.h"

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace dicomnet::workflow {

namespace {

const QString kAdministrator = QStringLiteral("administrator");

template <class Use>
auto withUsers(const QString& dataDir, Use use)
    -> decltype(use(std::declval<db::UserDirectory&>())) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::UserDirectory users(*cache.value());
    return use(users);
}

}  // namespace

QStringList roleNames() {
    return {QStringLiteral("technician"), QStringLiteral("radiologist"),
            QStringLiteral("consultant"), kAdministrator};
}

QString loginProblem(const QString& login) {
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9._-]{0,63}$"));
    if (!valid.match(login).hasMatch())
        return QObject::tr(
                   "a login is 1 to 64 lower-case letters, digits, '.', '_' or '-', "
                   "starting with a letter: \"%1\"")
            .arg(login);
    return {};
}

QString personNameProblem(const QString& fullName) {
    // PS3.5 6.2: up to five components separated by '^', each at most 64 characters; no '\'
    // (it separates values) and no control characters.
    const QStringList parts = fullName.split(QLatin1Char('^'));
    if (fullName.trimmed().isEmpty() || parts.value(0).trimmed().isEmpty())
        return QObject::tr("a name starts with the family name, e.g. Rusu^Ana");
    if (parts.size() > 5)
        return QObject::tr(
            "a name has at most five parts separated by '^': family, given, "
            "middle, prefix, suffix");
    for (const QString& p : parts) {
        if (p.size() > 64) return QObject::tr("each part of a name has at most 64 characters");
        for (QChar c : p)
            if (c == QLatin1Char('\\') || c == QLatin1Char('=') || c.unicode() < 0x20)
                return QObject::tr("a name may not hold '\\', '=' or control characters");
    }
    return {};
}

QString roleProblem(const QString& role) {
    if (roleNames().contains(role)) return {};
    return QObject::tr("the role is one of %1: \"%2\"")
        .arg(roleNames().join(QStringLiteral(", ")), role);
}

Status addUser(const QString& dataDir, const NewUser& n) {
    for (const QString& problem :
         {loginProblem(n.login), personNameProblem(n.fullName), roleProblem(n.role)})
        if (!problem.isEmpty()) return Error{problem};
    User u;
    u.login = n.login;
    u.fullName = n.fullName;
    u.role = n.role;
    if (!n.password.isEmpty()) {
        if (const QString problem = passwordProblem(n.password); !problem.isEmpty())
            return Error{problem};
        auto hash = hashPassword(n.password);
        if (!hash) return Error{hash.error()};
        u.passwordHash = hash.value();
    }
    if (!n.certificateFile.isEmpty()) {
        QFile f(n.certificateFile);
        if (f.size() > 64 * 1024 || !f.open(QIODevice::ReadOnly))
            return Error{QObject::tr("%1 cannot be read as a certificate").arg(n.certificateFile)};
        auto fingerprint = certificateFingerprint(n.certificateFile);
        if (!fingerprint) return Error{fingerprint.error()};
        u.certificatePem = QString::fromLatin1(f.readAll());
        u.certificateSha256 = fingerprint.value();
    }
    const Status added = withUsers(dataDir, [&](db::UserDirectory& users) -> Status {
        // The first user manages the others: without an administrator nobody could.
        auto existing = users.list();
        if (!existing) return Error{existing.error()};
        if (existing->empty() && u.role != kAdministrator)
            return Error{
                QObject::tr("the first user is an administrator (--role "
                            "administrator); the others follow")};
        if (existing->empty() && u.passwordHash.isEmpty())
            return Error{
                QObject::tr("the first administrator needs a password: without one "
                            "nobody could sign in")};
        return users.add(u);
    });
    return audited(dataDir,
                   {QStringLiteral("user-added"), {}, {}, {}, n.login + QLatin1Char(' ') + n.role},
                   added);
}

Result<std::vector<User>> listUsers(const QString& dataDir) {
    return withUsers(dataDir, [](db::UserDirectory& users) { return users.list(); });
}

Status setUserPassword(const QString& dataDir, const QString& login, const QByteArray& password) {
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Error{problem};
    auto hash = hashPassword(password);
    if (!hash) return Error{hash.error()};
    const Status set = withUsers(dataDir, [&](db::UserDirectory& users) {
        return users.setPasswordHash(login, hash.value());
    });
    return audited(dataDir, {QStringLiteral("password-changed"), {}, {}, {}, login}, set);
}

Status setUserDisabled(const QString& dataDir, const QString& login, bool disabled) {
    const Status changed = withUsers(dataDir, [&](db::UserDirectory& users) -> Status {
        auto user = users.find(login);
        if (!user) return Error{user.error()};
        if (!user.value()) return Error{QObject::tr("no user \"%1\"").arg(login)};
        if (disabled && !user.value()->disabled && user.value()->role == kAdministrator) {
            auto admins = users.countActive(kAdministrator);
            if (!admins) return Error{admins.error()};
            if (admins.value() <= 1)
                return Error{QObject::tr("%1 is the last enabled administrator: add or enable "
                                         "another one first")
                                 .arg(login)};
        }
        return users.setDisabled(login, disabled);
    });
    return audited(dataDir,
                   {disabled ? QStringLiteral("user-disabled") : QStringLiteral("user-enabled"),
                    {},
                    {},
                    {},
                    login},
                   changed);
}

int signInDelaySeconds(int failures) {
    if (failures < 3) return 0;
    return failures - 3 >= 5 ? 30 : std::min(30, 1 << (failures - 3));
}

Result<User> authenticate(const QString& dataDir, const QString& login,
                          const QByteArray& password) {
    const QString tried = login.left(64);
    // One opening of the index for the whole attempt.
    return withUsers(dataDir, [&](db::UserDirectory& users) -> Result<User> {
        // After three failures in a row for this login, each attempt waits longer (1, 2, 4 …
        // 30 s) before it is answered, right or wrong: guessing gets slow, the wait tells nothing.
        auto failures = users.failures(tried);
        if (!failures) return Error{failures.error()};
        if (const int wait = signInDelaySeconds(failures.value()); wait > 0)
            QThread::sleep(static_cast<unsigned long>(wait));
        auto user = users.find(login);
        if (!user) return Error{user.error()};
        const QString hash = user.value() ? user.value()->passwordHash : QString();
        // Checked even for an unknown login (against a decoy): the time says nothing either.
        const bool matches = passwordMatches(password, hash);
        const bool admitted = user.value() && matches && !user.value()->disabled;
        admitted ? users.clearFailures(tried) : users.recordFailure(tried);
        if (!user.value() || !matches) return Error{QObject::tr("wrong login or password")};
        if (user.value()->disabled)
            return Error{QObject::tr("the account %1 is disabled").arg(login)};
        return *user.value();
    });
}

}  // namespace dicomnet::workflow
