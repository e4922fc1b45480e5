#include "workflow/access.h"

#include "workflow/users.h"

#include <QObject>

namespace dicomnet::workflow {

namespace {

using P = Permission;

// The table. A permission missing for a role is refused.
bool inTable(const QString& role, P p) {
    if (role == QLatin1String("technician"))
        return p == P::ListStudies || p == P::Import || p == P::Receive || p == P::Send ||
               p == P::RequestConsultation;
    if (role == QLatin1String("radiologist"))
        return p == P::ListStudies || p == P::ReadImages || p == P::Import || p == P::Receive ||
               p == P::Send || p == P::RequestConsultation || p == P::WriteConsultation ||
               p == P::SignConsultation || p == P::AmendConsultation || p == P::Export ||
               p == P::Anonymize || p == P::QueryRetrieve;
    if (role == QLatin1String("consultant"))
        return p == P::ListStudies || p == P::ReadImages || p == P::WriteConsultation ||
               p == P::SignConsultation || p == P::AmendConsultation;
    if (role == QLatin1String("administrator"))
        return p == P::ManageUsers || p == P::ManagePeers || p == P::ManageRules ||
               p == P::ManageCertificates || p == P::ReadAudit || p == P::MaintainCache;
    return false;
}

}  // namespace

std::vector<Permission> allPermissions() {
    std::vector<Permission> all;
    for (int p = int(P::ListStudies); p <= int(P::MaintainCache); ++p) all.push_back(P(p));
    return all;
}

QString permissionText(Permission p) {
    switch (p) {
        case P::ListStudies:
            return QObject::tr("list studies");
        case P::ReadImages:
            return QObject::tr("open images");
        case P::Import:
            return QObject::tr("import");
        case P::Receive:
            return QObject::tr("receive studies");
        case P::Send:
            return QObject::tr("send studies");
        case P::RequestConsultation:
            return QObject::tr("request a consultation");
        case P::WriteConsultation:
            return QObject::tr("write a consultation");
        case P::SignConsultation:
            return QObject::tr("sign a consultation");
        case P::AmendConsultation:
            return QObject::tr("amend a consultation");
        case P::Export:
            return QObject::tr("export");
        case P::Anonymize:
            return QObject::tr("anonymize");
        case P::QueryRetrieve:
            return QObject::tr("query and retrieve from peers");
        case P::ManageUsers:
            return QObject::tr("manage users");
        case P::ManagePeers:
            return QObject::tr("manage peers");
        case P::ManageRules:
            return QObject::tr("manage forwarding rules");
        case P::ManageCertificates:
            return QObject::tr("manage certificates");
        case P::ReadAudit:
            return QObject::tr("read the audit trail");
        case P::MaintainCache:
            return QObject::tr("look after the cache and its jobs");
    }
    return {};
}

bool roleMay(const QString& role, Permission p) { return inTable(role, p); }

QStringList rolesFor(Permission p) {
    QStringList roles;
    for (const QString& role : roleNames())
        if (inTable(role, p)) roles << role;
    return roles;
}

Status allowed(const QString& login, const QString& role, Permission p) {
    if (roleMay(role, p)) return {};
    return Error{QObject::tr("%1 (%2) may not %3: that needs the role %4")
                     .arg(login, role, permissionText(p), rolesFor(p).join(QObject::tr(" or ")))};
}

}  // namespace dicomnet::workflow
