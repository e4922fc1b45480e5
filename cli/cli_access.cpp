// Who may run a subcommand. When the data directory has users, every subcommand but --help and
// --version signs someone in (--user LOGIN, the password from --password-file or asked) and is
// refused, naming the roles that may, when their role does not allow it.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/passphrase.h"
#include "workflow/session.h"
#include "workflow/study_shares.h"

#include <QRegularExpression>

#include <cstdio>

#include <unistd.h>

namespace dicomnet::cli {

namespace {

using workflow::Permission;

std::optional<Permission> consultPermission(const QString& action) {
    if (action == QLatin1String("new")) return Permission::WriteConsultation;
    if (action == QLatin1String("amend")) return Permission::AmendConsultation;
    if (action == QLatin1String("sign")) return Permission::SignConsultation;
    if (action == QLatin1String("request")) return Permission::RequestConsultation;
    if (action == QLatin1String("list") || action == QLatin1String("waiting"))
        return Permission::ListStudies;
    return Permission::ReadImages;  // show, verify, export: reading a consultation
}

Result<QByteArray> passwordOf(const GlobalOptions& options) {
    // A provisioning script may keep giving --admin-password-file after the first start.
    const QString file =
        options.passwordFile.isEmpty() ? options.adminPasswordFile : options.passwordFile;
    if (file.isEmpty())
        return workflow::askPassphrase(QObject::tr("Password for %1: ").arg(options.user));
    return workflow::readPasswordFile(file);
}

int permitted(const GlobalOptions& options, const workflow::Session& session) {
    // Changing one's own password needs no role.
    if (options.subcommand == QLatin1String("users") &&
        options.arguments.value(0) == QLatin1String("passwd") &&
        options.arguments.value(1) == session.user.login)
        return kExitOk;
    if (const auto needed = permissionFor(options))
        if (Status s = session.permit(options.dataDir, *needed); !s) return failure(s.error());
    // A consultant opens only the studies shared with them: every UID named is checked.
    if (session.user.role == QLatin1String("consultant")) {
        static const QRegularExpression uid(QStringLiteral("^[0-9]+(\\.[0-9]+)+$"));
        for (const QString& a : options.arguments)
            if (uid.match(a).hasMatch())
                if (Status s = workflow::mayOpen(options.dataDir, a); !s) return failure(s.error());
    }
    return kExitOk;
}

QString askLine(const QString& prompt) {
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    char line[512];
    if (!std::fgets(line, sizeof line, stdin)) return {};
    return QString::fromLocal8Bit(line).trimmed();
}

// On a terminal, the first start asks: the administrator's login, name and password (twice),
// or single-user mode.
Result<workflow::Session> askFirstStart(const GlobalOptions& options) {
    std::fprintf(
        stderr, "%s",
        qPrintable(QObject::tr("First start of %1: how will this workstation be used?\n"
                               "  1  with users: create the administrator now; everyone signs in\n"
                               "  2  single-user: one person, no sign-in\n")
                       .arg(options.dataDir)));
    const QString choice = askLine(QObject::tr("Choice [1/2]: "));
    if (choice == QLatin1String("2")) {
        if (Status s = workflow::chooseSingleUser(options.dataDir); !s) return Error{s.error()};
        return workflow::Session{};
    }
    if (choice != QLatin1String("1"))
        return Error{QObject::tr("nothing chosen; nothing was changed")};
    workflow::NewUser admin;
    admin.role = QStringLiteral("administrator");
    admin.login =
        options.user.isEmpty() ? askLine(QObject::tr("Administrator's login: ")) : options.user;
    admin.fullName = askLine(QObject::tr("Full name (Family^Given): "));
    admin.password = workflow::askPassphrase(QObject::tr("Password for %1: ").arg(admin.login));
    const QByteArray again = workflow::askPassphrase(QObject::tr("The same password again: "));
    if (admin.password != again)
        return Error{QObject::tr("the two passwords differ; nothing was changed")};
    auto session = workflow::createAdministrator(options.dataDir, admin);
    admin.password.fill('\0');
    return session;
}

// A data directory that has not chosen how it is used: the choice given, else asked on a
// terminal, else a refusal saying how to choose.
Result<workflow::Session> firstStart(const GlobalOptions& options) {
    if (!options.adminPasswordFile.isEmpty()) {
        if (options.user.isEmpty())
            return Error{
                QObject::tr("--admin-password-file needs --user LOGIN: the "
                            "administrator's login")};
        auto password = workflow::readPasswordFile(options.adminPasswordFile);
        if (!password) return Error{password.error()};
        workflow::NewUser admin{
            options.user, options.user, QStringLiteral("administrator"), password.value(), {}};
        auto session = workflow::createAdministrator(options.dataDir, admin);
        admin.password.fill('\0');
        return session;
    }
    if (options.singleUser) {
        if (Status s = workflow::chooseSingleUser(options.dataDir); !s) return Error{s.error()};
        return workflow::Session{};
    }
    if (isatty(STDIN_FILENO)) return askFirstStart(options);
    return Error{
        QObject::tr(
            "%1 has not chosen how it is used yet: create the administrator (--user LOGIN "
            "--admin-password-file FILE, or run dicomnet on a terminal to be asked) or work alone "
            "without sign-in (--single-user, or DICOMNET_SINGLE_USER=1)")
            .arg(options.dataDir)};
}

}  // namespace

std::optional<Permission> permissionFor(const GlobalOptions& options) {
    const QString& sub = options.subcommand;
    const QString first = options.arguments.value(0);
    static const std::pair<const char*, Permission> simple[] = {
        {"import", Permission::Import},
        {"demo", Permission::Import},
        {"ls", Permission::ListStudies},
        {"history", Permission::ListStudies},
        {"check", Permission::MaintainCache},
        {"listen", Permission::Receive},
        {"peers", Permission::ManagePeers},
        {"echo", Permission::ManagePeers},
        {"send", Permission::Send},
        {"jobs", Permission::Send},
        {"sync", Permission::Send},
        {"rules", Permission::ManageRules},
        {"certs", Permission::ManageCertificates},
        {"portal", Permission::ManageCertificates},
        {"find", Permission::QueryRetrieve},
        {"retrieve", Permission::QueryRetrieve},
        {"render", Permission::ReadImages},
        {"compare", Permission::ReadImages},
        {"view", Permission::ReadImages},
        {"export", Permission::Export},
        {"anonymize", Permission::Anonymize},
        {"users", Permission::ManageUsers},
        {"audit", Permission::ReadAudit},
        {"share", Permission::RequestConsultation},
        {"stats", Permission::ListStudies},
        {"features", Permission::ReadImages},
        {"similar", Permission::ReadImages},
        {"suggest", Permission::ReadImages},
        {"worklist", Permission::ListStudies},
    };
    if (sub == QLatin1String("consult")) return consultPermission(first);
    // The quota, how long studies stay and evicting them are the site's upkeep; pinning a
    // study is a reader's choice; bringing one back is a retrieve; how full the cache is,
    // anyone who may list it.
    if (sub == QLatin1String("cache")) {
        if (first == QLatin1String("quota") || first == QLatin1String("keep") ||
            first == QLatin1String("evict"))
            return Permission::MaintainCache;
        if (first == QLatin1String("pin") || first == QLatin1String("unpin"))
            return Permission::ReadImages;
        if (first == QLatin1String("fetch")) return Permission::QueryRetrieve;
        return Permission::ListStudies;
    }
    // Setting the cost per exam is the site's configuration; reading statistics is not.
    if (sub == QLatin1String("stats") && first == QLatin1String("cost") &&
        options.arguments.size() > 1)
        return Permission::MaintainCache;
    // Recomputing every descriptor and switching the background work are the site's upkeep.
    if (sub == QLatin1String("features") &&
        (options.arguments.contains(QStringLiteral("--rebuild")) ||
         first == QLatin1String("background")))
        return Permission::MaintainCache;
    for (const auto& [name, p] : simple)
        if (sub == QLatin1String(name)) return p;
    return std::nullopt;
}

int admit(const GlobalOptions& options) {
    if (options.subcommand == QLatin1String("help") ||
        options.subcommand == QLatin1String("version"))
        return kExitOk;
    // Ending a session needs no sign-in: an expired one must end too.
    if (options.subcommand == QLatin1String("session") &&
        options.arguments.value(0) == QLatin1String("end"))
        return kExitOk;
    auto mode = workflow::accessMode(options.dataDir);
    if (!mode) return failure(mode.error());
    if (mode.value() == workflow::AccessMode::SingleUser) return kExitOk;
    if (mode.value() == workflow::AccessMode::NotChosen) {
        // `users add` is how a script creates the administrator too (it must be one).
        if (options.subcommand == QLatin1String("users") &&
            options.arguments.value(0) == QLatin1String("add") && !options.singleUser)
            return kExitOk;
        auto session = firstStart(options);
        if (!session) return failure(session.error());
        if (session->open) return kExitOk;
        return permitted(options, session.value());
    }
    if (options.user.isEmpty()) {
        // A session started earlier (dicomnet session start), else a refusal saying how.
        auto resumed = workflow::resumeSessionToken(options.dataDir);
        if (!resumed) return failure(resumed.error());
        if (!resumed.value())
            return failure(
                QObject::tr("this workstation has users: sign in with --user LOGIN "
                            "[--password-file FILE], or start a session (dicomnet --user LOGIN "
                            "session start)"));
        return permitted(options, *resumed.value());
    }
    auto password = passwordOf(options);
    if (!password) return failure(password.error());
    QByteArray secret = password.value();
    auto session = workflow::signIn(options.dataDir, options.user, secret);
    secret.fill('\0');
    if (!session) return failure(session.error());
    return permitted(options, session.value());
}

}  // namespace dicomnet::cli
