// What each role may do — one table, asked by every action once users sign in:
//   technician     import, receive, send, request a consultation, list studies (own requests)
//   radiologist    everything clinical: read, write, sign, amend, export, anonymize, retrieve…
//   consultant     an external reader: read, write, sign, amend — of the studies shared with
//                  them (the sharing is checked with the study, not here)
//   administrator  users, peers, forwarding rules, certificates, the audit trail, the cache's
//                  upkeep and jobs; no clinical reading unless also a radiologist
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::workflow {

enum class Permission {
    ListStudies,
    ReadImages,
    Import,
    Receive,
    Send,
    RequestConsultation,
    WriteConsultation,
    SignConsultation,
    AmendConsultation,
    Export,
    Anonymize,
    QueryRetrieve,
    ManageUsers,
    ManagePeers,
    ManageRules,
    ManageCertificates,
    ReadAudit,
    MaintainCache,
};

std::vector<Permission> allPermissions();
// As a refusal names it, e.g. "sign a consultation".
QString permissionText(Permission p);
bool roleMay(const QString& role, Permission p);
// The roles that may, in the order of roleNames().
QStringList rolesFor(Permission p);
// An error saying who may, when `role` may not: "LOGIN (technician) may not sign a
// consultation: that needs a radiologist or a consultant".
Status allowed(const QString& login, const QString& role, Permission p);

}  // namespace dicomnet::workflow
