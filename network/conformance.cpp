#include "network/conformance.h"

#include "deidentification_profile.h"
#include "network/dicom_listener.h"
#include "presentation_contexts.h"

#include <dcmtk/dcmdata/dcuid.h>

namespace dicomnet::network {

namespace {

QString nameOf(const QString& uid) {
    return QString::fromLatin1(dcmFindNameOfUID(uid.toLatin1().constData(), "(unnamed)"));
}

QStringList strings(const OFList<OFString>& list) {
    QStringList out;
    for (const OFString& s : list) out << QString::fromLatin1(s.c_str());
    return out;
}

ConformanceRow row(const OFString& uid, const QStringList& syntaxes) {
    const QString u = QString::fromLatin1(uid.c_str());
    return {u, nameOf(u), syntaxes};
}

QString syntaxNames(const QStringList& uids) {
    QStringList names;
    for (const QString& ts : uids) names << QStringLiteral("%1 `%2`").arg(nameOf(ts), ts);
    return names.join(QStringLiteral("<br>"));
}

void serviceTable(QString& out, const std::vector<ConformanceRow>& rows, const QString& role) {
    out += QStringLiteral("| SOP class | UID | Role | Transfer syntaxes |\n|---|---|---|---|\n");
    for (const ConformanceRow& r : rows)
        out += QStringLiteral("| %1 | `%2` | %3 | %4 |\n")
                   .arg(r.name, r.uid, role, syntaxNames(r.syntaxes));
}

}  // namespace

std::vector<ConformanceRow> scpServices() {
    std::vector<ConformanceRow> out;
    for (const ServiceContext& c : listenerServiceContexts())
        out.push_back(row(c.sopClass, strings(c.syntaxes)));
    return out;
}

QStringList storageScpClasses() {
    QStringList out;
    for (const OFString& uid : storageSopClasses()) out << QString::fromLatin1(uid.c_str());
    return out;
}

QStringList storageScpSyntaxes() { return strings(receivableTransferSyntaxes()); }

std::vector<ConformanceRow> scuServices() {
    const QStringList syntaxes = strings(commandTransferSyntaxes());
    std::vector<ConformanceRow> out;
    for (const char* uid :
         {UID_VerificationSOPClass, UID_FINDPatientRootQueryRetrieveInformationModel,
          UID_FINDStudyRootQueryRetrieveInformationModel,
          UID_MOVEStudyRootQueryRetrieveInformationModel,
          UID_GETStudyRootQueryRetrieveInformationModel})
        out.push_back(row(uid, syntaxes));
    return out;
}

std::vector<ConformanceRow> getStorageContexts() {
    // The same plan the client makes (127 contexts besides the C-GET one), merged by class.
    std::vector<ConformanceRow> out;
    for (const ProposedContext& c : planGetContexts({}, 127)) {
        const QString uid = QString::fromLatin1(c.sopClass.c_str());
        if (out.empty() || out.back().uid != uid) out.push_back(row(c.sopClass, {}));
        out.back().syntaxes << strings(c.syntaxes);
    }
    return out;
}

QString conformanceTables() {
    QString out;
    const ListenerSettings defaults;
    out += QStringLiteral("### Association parameters\n\n| | |\n|---|---|\n");
    const std::pair<QString, QString> facts[] = {
        {QStringLiteral("Implementation class UID"),
         QStringLiteral("`%1`").arg(QLatin1String(OFFIS_IMPLEMENTATION_CLASS_UID))},
        {QStringLiteral("Implementation version name"),
         QStringLiteral("`%1`").arg(QLatin1String(OFFIS_DTK_IMPLEMENTATION_VERSION_NAME))},
        {QStringLiteral("Maximum PDU received"),
         QStringLiteral("%1 bytes").arg(ASC_MAXIMUMPDUSIZE)},
        {QStringLiteral("Default AE title, port"),
         QStringLiteral("`%1`, %2").arg(defaults.aeTitle).arg(defaults.port)},
        {QStringLiteral("Associations accepted at once (default)"),
         QString::number(defaults.maxAssociations)},
        {QStringLiteral("Connections open at once, per host / in total"),
         QStringLiteral("%1 / %2")
             .arg(defaults.maxConnectionsPerHost)
             .arg(defaults.maxConnections)},
        {QStringLiteral("ARTIM: connection to A-ASSOCIATE-RQ"),
         QStringLiteral("%1 s").arg(defaults.associationRequestSeconds)},
        {QStringLiteral("ACSE and DIMSE timeouts (default)"),
         QStringLiteral("%1 s").arg(defaults.timeoutSeconds)}};
    for (const auto& [what, value] : facts) out += QStringLiteral("| %1 | %2 |\n").arg(what, value);
    out += QStringLiteral("\n");
    out += QStringLiteral("### Verification and query/retrieve as SCP (the listener)\n\n");
    serviceTable(out, scpServices(), QStringLiteral("SCP"));
    out += QStringLiteral(
        "\n### Storage as SCP\n\nEvery class below is accepted with the first of these "
        "transfer syntaxes that the requester proposed, in this order of preference, and with "
        "the role it proposed (SCU, or SCP under C-GET):\n\n");
    int n = 0;
    for (const QString& ts : storageScpSyntaxes())
        out += QStringLiteral("%1. %2 `%3`\n").arg(++n).arg(nameOf(ts), ts);
    out += QStringLiteral("\n| Storage SOP class | UID |\n|---|---|\n");
    for (const QString& uid : storageScpClasses())
        out += QStringLiteral("| %1 | `%2` |\n").arg(nameOf(uid), uid);
    out += QStringLiteral("\n%1 storage SOP classes.\n").arg(storageScpClasses().size());
    out += QStringLiteral("\n### Verification and query/retrieve as SCU (the client)\n\n");
    serviceTable(out, scuServices(), QStringLiteral("SCU"));
    out += QStringLiteral(
        "\n### Storage as SCU\n\nEvery storage class of the table above, each object in the "
        "transfer syntax it is stored in (a compressed copy made for the link falls back to the "
        "stored object when the peer refuses it); an uncompressed object is also offered "
        "in:\n\n");
    for (const OFString& ts : uncompressedSendSyntaxes())
        out += QStringLiteral("- %1 `%2`\n")
                   .arg(nameOf(QString::fromLatin1(ts.c_str())), QString::fromLatin1(ts.c_str()));
    out += QStringLiteral(
        "\n### Storage as SCP under C-GET, when the peer has not said what it holds\n\n");
    serviceTable(out, getStorageContexts(), QStringLiteral("SCP (C-GET)"));
    out += QStringLiteral(
               "\n### De-identification\n\n%1 attributes of PS3.15 Table E.1-1 are "
               "handled by tag (the others by the rules in section 7).\n")
               .arg(profileRuleCount());
    return out;
}

}  // namespace dicomnet::network
