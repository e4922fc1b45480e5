#include "workflow/audit_atna.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace dicomnet::workflow {

namespace {

struct Code {
    const char* code;
    const char* system;
    const char* meaning;
};

struct EventKind {
    const char* action;  // the record's action
    char actionCode;     // C, R, U, D, E
    Code event;          // CID 400
    Code type;           // CID 401–403, or none
};

constexpr Code kNone{nullptr, nullptr, nullptr};
constexpr Code kInstancesAccessed{"110103", "DCM", "DICOM Instances Accessed"};
constexpr Code kTransferred{"110104", "DCM", "DICOM Instances Transferred"};
constexpr Code kSecurityAlert{"110113", "DCM", "Security Alert"};
constexpr Code kAuthentication{"110114", "DCM", "User Authentication"};
constexpr Code kLogin{"110122", "DCM", "Login"};
constexpr Code kLogout{"110123", "DCM", "Logout"};

constexpr EventKind kEvents[] = {
    {"sign-in", 'E', kAuthentication, kLogin},
    {"session-started", 'E', kAuthentication, kLogin},
    {"sign-out", 'E', kAuthentication, kLogout},
    {"session-ended", 'E', kAuthentication, kLogout},
    {"session-locked", 'E', kAuthentication, kLogout},
    {"study-opened", 'R', kInstancesAccessed, kNone},
    {"consultation-requested", 'C', kInstancesAccessed, kNone},
    {"consultation-written", 'C', kInstancesAccessed, kNone},
    {"consultation-amended", 'U', kInstancesAccessed, kNone},
    {"consultation-signed", 'U', kInstancesAccessed, kNone},
    {"received", 'C', kTransferred, kNone},
    {"fetched", 'C', kTransferred, kNone},
    {"sent", 'R', kTransferred, kNone},
    {"retrieved-by-peer", 'R', kTransferred, kNone},
    {"queried-by-peer", 'E', {"110112", "DCM", "Query"}, kNone},
    {"imported", 'C', {"110107", "DCM", "Import"}, kNone},
    {"exported", 'R', {"110106", "DCM", "Export"}, kNone},
    {"anonymized", 'R', {"110106", "DCM", "Export"}, kNone},
    {"printed", 'R', {"110106", "DCM", "Export"}, kNone},
    {"refused", 'E', kSecurityAlert, {"110132", "DCM", "Use of Restricted Function"}},
    {"user-added", 'E', kSecurityAlert, {"110136", "DCM", "Security Roles Changed"}},
    {"user-disabled", 'E', kSecurityAlert, {"110136", "DCM", "Security Roles Changed"}},
    {"user-enabled", 'E', kSecurityAlert, {"110136", "DCM", "Security Roles Changed"}},
    {"password-changed",
     'E',
     kSecurityAlert,
     {"110137", "DCM", "User Security Attributes Changed"}},
    {"study-shared", 'E', kSecurityAlert, {"110135", "DCM", "Object Security Attributes Changed"}},
    {"peer-added", 'E', kSecurityAlert, {"110128", "DCM", "Network Configuration"}},
    {"peer-removed", 'E', kSecurityAlert, {"110128", "DCM", "Network Configuration"}},
    {"ae-title-set", 'E', kSecurityAlert, {"110128", "DCM", "Network Configuration"}},
    {"portal-made", 'E', kSecurityAlert, {"110129", "DCM", "Security Configuration"}},
    {"rule-added", 'E', kSecurityAlert, {"110128", "DCM", "Network Configuration"}},
    {"rule-removed", 'E', kSecurityAlert, {"110128", "DCM", "Network Configuration"}},
    {"certificates-made", 'E', kSecurityAlert, {"110129", "DCM", "Security Configuration"}},
    {"certificate-issued", 'E', kSecurityAlert, {"110129", "DCM", "Security Configuration"}},
    {"single-user-chosen", 'E', kSecurityAlert, {"110129", "DCM", "Security Configuration"}},
};

const EventKind& kindOf(const QString& action) {
    static const EventKind other{"", 'E', {"110100", "DCM", "Application Activity"}, kNone};
    for (const EventKind& k : kEvents)
        if (action == QLatin1String(k.action)) return k;
    return other;
}

void writeCode(QXmlStreamWriter& x, const char* element, const Code& c) {
    x.writeEmptyElement(QLatin1String(element));
    x.writeAttribute(QStringLiteral("csd-code"), QLatin1String(c.code));
    x.writeAttribute(QStringLiteral("codeSystemName"), QLatin1String(c.system));
    x.writeAttribute(QStringLiteral("originalText"), QLatin1String(c.meaning));
}

// 0 success; 4 refused (minor failure); 8 any other failure (serious).
QString outcomeIndicator(const QString& outcome, const QString& action) {
    if (outcome == QLatin1String("success")) return QStringLiteral("0");
    return action == QLatin1String("refused") ? QStringLiteral("4") : QStringLiteral("8");
}

}  // namespace

QByteArray atnaMessage(const db::AuditRecord& r, const QString& sourceId) {
    const EventKind& kind = kindOf(r.action);
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartElement(QStringLiteral("AuditMessage"));

    x.writeStartElement(QStringLiteral("EventIdentification"));
    x.writeAttribute(QStringLiteral("EventActionCode"), QString(QLatin1Char(kind.actionCode)));
    x.writeAttribute(QStringLiteral("EventDateTime"),
                     QDateTime::fromMSecsSinceEpoch(r.atMs, Qt::UTC).toString(Qt::ISODateWithMs));
    x.writeAttribute(QStringLiteral("EventOutcomeIndicator"),
                     outcomeIndicator(r.outcome, r.action));
    writeCode(x, "EventID", kind.event);
    if (kind.type.code) writeCode(x, "EventTypeCode", kind.type);
    if (r.outcome != QLatin1String("success"))
        x.writeTextElement(QStringLiteral("EventOutcomeDescription"), r.outcome);
    x.writeEndElement();

    // Who: a user of this workstation, or a calling peer (ae:TITLE) from its address.
    const bool peer = r.user.startsWith(QLatin1String("ae:"));
    x.writeEmptyElement(QStringLiteral("ActiveParticipant"));
    x.writeAttribute(QStringLiteral("UserID"), peer ? r.user.mid(3) : r.user);
    if (peer)
        x.writeAttribute(QStringLiteral("AlternativeUserID"),
                         QStringLiteral("AETITLES=") + r.user.mid(3));
    x.writeAttribute(QStringLiteral("UserIsRequestor"), QStringLiteral("true"));
    x.writeAttribute(QStringLiteral("NetworkAccessPointID"), r.host);
    // 1: a machine name; 2: an IP address.
    const bool address =
        !r.host.isEmpty() && (r.host[0].isDigit() || r.host.contains(QLatin1Char(':')));
    x.writeAttribute(QStringLiteral("NetworkAccessPointTypeCode"),
                     address ? QStringLiteral("2") : QStringLiteral("1"));

    x.writeStartElement(QStringLiteral("AuditSourceIdentification"));
    x.writeAttribute(QStringLiteral("AuditSourceID"), sourceId);
    x.writeEmptyElement(QStringLiteral("AuditSourceTypeCode"));
    x.writeAttribute(QStringLiteral("csd-code"), QStringLiteral("1"));  // end-user interface
    x.writeEndElement();

    if (!r.patientId.isEmpty()) {
        x.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        x.writeAttribute(QStringLiteral("ParticipantObjectID"), r.patientId);
        x.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("1"));
        writeCode(x, "ParticipantObjectIDTypeCode", {"2", "RFC-3881", "Patient Number"});
        x.writeEndElement();
    }
    for (const QString& study : r.studyUids) {
        x.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        x.writeAttribute(QStringLiteral("ParticipantObjectID"), study);
        x.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("2"));
        x.writeAttribute(QStringLiteral("ParticipantObjectTypeCodeRole"), QStringLiteral("3"));
        writeCode(x, "ParticipantObjectIDTypeCode", {"110180", "DCM", "Study Instance UID"});
        if (!r.detail.isEmpty())
            x.writeTextElement(QStringLiteral("ParticipantObjectDescription"), r.detail);
        x.writeEndElement();
    }
    if (r.studyUids.isEmpty() && !r.detail.isEmpty()) {
        // What was changed or asked, when no study is named: a user, a peer, a rule.
        x.writeStartElement(QStringLiteral("ParticipantObjectIdentification"));
        x.writeAttribute(QStringLiteral("ParticipantObjectID"), r.detail);
        x.writeAttribute(QStringLiteral("ParticipantObjectTypeCode"), QStringLiteral("2"));
        writeCode(x, "ParticipantObjectIDTypeCode", {"12", "RFC-3881", "URI"});
        x.writeEndElement();
    }
    x.writeEndElement();
    return out;
}

}  // namespace dicomnet::workflow
