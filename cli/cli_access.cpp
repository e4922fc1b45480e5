// Who may run a subcommand. When the data directory has users, every subcommand but --help and
// --version signs someone in (--user LOGIN, the password from --password-file or asked) and is
// refused, naming the roles that may, when their role does not allow it.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/passphrase.h"
#include "workflow/session.h"

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
    if (options.passwordFile.isEmpty())
        return workflow::askPassphrase(QObject::tr("Password for %1: ").arg(options.user));
    return workflow::readPasswordFile(options.passwordFile);
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
        {"find", Permission::QueryRetrieve},
        {"retrieve", Permission::QueryRetrieve},
        {"render", Permission::ReadImages},
        {"compare", Permission::ReadImages},
        {"view", Permission::ReadImages},
        {"export", Permission::Export},
        {"anonymize", Permission::Anonymize},
        {"users", Permission::ManageUsers},
        {"audit", Permission::ReadAudit},
    };
    if (sub == QLatin1String("consult")) return consultPermission(first);
    for (const auto& [name, p] : simple)
        if (sub == QLatin1String(name)) return p;
    return std::nullopt;
}

int admit(const GlobalOptions& options) {
    if (options.subcommand == QLatin1String("help") ||
        options.subcommand == QLatin1String("version"))
        return kExitOk;
    auto users = workflow::hasUsers(options.dataDir);
    if (!users) return failure(users.error());
    if (!users.value()) return kExitOk;  // no users yet: open, as before
    if (options.user.isEmpty())
        return failure(
            QObject::tr("this workstation has users: sign in with --user LOGIN "
                        "[--password-file FILE]"));
    auto password = passwordOf(options);
    if (!password) return failure(password.error());
    QByteArray secret = password.value();
    auto session = workflow::signIn(options.dataDir, options.user, secret);
    secret.fill('\0');
    if (!session) return failure(session.error());
    // Changing one's own password needs no role.
    if (options.subcommand == QLatin1String("users") &&
        options.arguments.value(0) == QLatin1String("passwd") &&
        options.arguments.value(1) == session->user.login)
        return kExitOk;
    if (const auto needed = permissionFor(options))
        if (Status s = session->permit(options.dataDir, *needed); !s) return failure(s.error());
    return kExitOk;
}

}  // namespace dicomnet::cli
