// `dicomnet users add LOGIN --name "Rusu^Ana" --role radiologist [--cert FILE]
// [--password-file FILE]`, `users list [--json]`, `users disable|enable LOGIN`,
// `users passwd LOGIN [--password-file FILE]`: the people who use this workstation. A password
// comes from the first line of --password-file, else it is asked on the terminal (twice), else
// it is the first line of standard input (scripts).
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "core/person_name.h"
#include "workflow/passphrase.h"
#include "workflow/users.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace dicomnet::cli {

namespace {

// The new password, from --password-file or asked; an error says why there is none.
Result<QByteArray> newPassword(const QCommandLineParser& parser, const QString& login) {
    if (parser.isSet(QStringLiteral("password-file")))
        return workflow::readPasswordFile(parser.value(QStringLiteral("password-file")));
    QByteArray first = workflow::askPassphrase(QObject::tr("Password for %1: ").arg(login));
    if (isatty(STDIN_FILENO)) {
        QByteArray again = workflow::askPassphrase(QObject::tr("The same again: "));
        const bool same = first == again;
        again.fill('\0');
        if (!same) {
            first.fill('\0');
            return Error{QObject::tr("the two passwords differ; nothing was changed")};
        }
    }
    return first;
}

int usersAdd(const GlobalOptions& options, const QCommandLineParser& parser,
             const QStringList& args) {
    if (args.size() != 2 || !parser.isSet(QStringLiteral("name")) ||
        !parser.isSet(QStringLiteral("role")))
        return usageError(
            QObject::tr("users add LOGIN --name \"FAMILY^GIVEN\" --role ROLE "
                        "[--cert FILE] [--password-file FILE]"));
    workflow::NewUser user;
    user.login = args[1];
    user.fullName = parser.value(QStringLiteral("name"));
    user.role = parser.value(QStringLiteral("role"));
    user.certificateFile = parser.value(QStringLiteral("cert"));
    for (const QString& problem :
         {workflow::loginProblem(user.login), workflow::personNameProblem(user.fullName),
          workflow::roleProblem(user.role)})
        if (!problem.isEmpty()) return usageError(problem);
    auto password = newPassword(parser, user.login);
    if (!password) return failure(password.error());
    user.password = password.value();
    if (user.password.isEmpty())
        return failure(QObject::tr("a user needs a password (--password-file, or typed)"));
    const Status added = workflow::addUser(options.dataDir, user);
    user.password.fill('\0');
    if (!added) return failure(added.error());
    out() << QObject::tr("added %1 (%2) as %3")
                 .arg(user.login, displayPersonName(user.fullName), user.role)
          << "\n";
    return kExitOk;
}

int usersList(const GlobalOptions& options, const QCommandLineParser& parser) {
    auto users = workflow::listUsers(options.dataDir);
    if (!users) return failure(users.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const workflow::User& u : users.value())
            a.append(QJsonObject{
                {"login", u.login},
                {"name", u.fullName},
                {"role", u.role},
                {"certificate_sha256", u.certificateSha256},
                {"can_sign_in", !u.passwordHash.isEmpty() && !u.disabled},
                {"disabled", u.disabled},
                {"created", QDateTime::fromMSecsSinceEpoch(u.createdMs).toString(Qt::ISODate)}});
        printJson(a);
        return kExitOk;
    }
    std::vector<QStringList> table;
    for (const workflow::User& u : users.value())
        table.push_back({u.login, displayPersonName(u.fullName), u.role,
                         u.certificateSha256.isEmpty()
                             ? QStringLiteral("—")
                             : QObject::tr("SHA-256 %1…").arg(u.certificateSha256.left(16)),
                         u.disabled ? QObject::tr("disabled") : QObject::tr("enabled")});
    printTable({QObject::tr("LOGIN"), QObject::tr("NAME"), QObject::tr("ROLE"),
                QObject::tr("SIGNING CERTIFICATE"), QObject::tr("STATE")},
               table);
    return kExitOk;
}

int usersPasswd(const GlobalOptions& options, const QCommandLineParser& parser,
                const QString& login) {
    if (const QString problem = workflow::loginProblem(login); !problem.isEmpty())
        return usageError(problem);
    auto password = newPassword(parser, login);
    if (!password) return failure(password.error());
    QByteArray secret = password.value();
    const Status set = workflow::setUserPassword(options.dataDir, login, secret);
    secret.fill('\0');
    if (!set) return failure(set.error());
    out() << QObject::tr("the password of %1 is changed").arg(login) << "\n";
    return kExitOk;
}

}  // namespace

int runUsers(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("name"),
                      QObject::tr("the full name as a DICOM Person Name, e.g. Rusu^Ana"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"),
                      QObject::tr("technician, radiologist, consultant or administrator"),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("cert"),
                      QObject::tr("the person's signing certificate (PEM, from certs person)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("password-file"),
                      QObject::tr("a file whose first line is the password"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("users")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(0);
    if (what == QLatin1String("add")) return usersAdd(options, parser, args);
    if (what == QLatin1String("list") && args.size() == 1) return usersList(options, parser);
    if ((what == QLatin1String("disable") || what == QLatin1String("enable")) && args.size() == 2) {
        const bool disable = what == QLatin1String("disable");
        if (Status s = workflow::setUserDisabled(options.dataDir, args[1], disable); !s)
            return failure(s.error());
        out() << (disable ? QObject::tr("%1 is disabled: it can no longer sign in")
                          : QObject::tr("%1 is enabled"))
                     .arg(args[1])
              << "\n";
        return kExitOk;
    }
    if (what == QLatin1String("passwd") && args.size() == 2)
        return usersPasswd(options, parser, args[1]);
    return usageError(QObject::tr("users add|list|disable|enable|passwd"));
}

}  // namespace dicomnet::cli
