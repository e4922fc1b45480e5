#include "workflow/site.h"

#include "workflow/audit.h"

namespace dicomnet::workflow {

bool siteCertificatesReady(const QString& dataDir) {
    return network::SiteCertificates(dataDir).initialised();
}

QString siteCaCertificate(const QString& dataDir) {
    return network::SiteCertificates(dataDir).caCertificate();
}

TlsFiles siteTlsFiles(const QString& dataDir) {
    return network::SiteCertificates(dataDir).tlsFiles();
}

QString issuedFolder(const QString& dataDir) {
    return network::SiteCertificates(dataDir).folder() + QStringLiteral("/issued");
}

Status initSite(const QString& dataDir, const QString& organisation, const QString& nodeName) {
    return audited(dataDir,
                   {QStringLiteral("certificates-made"),
                    {},
                    {},
                    {},
                    QStringLiteral("site CA of %1, node %2").arg(organisation, nodeName)},
                   network::SiteCertificates(dataDir).init(organisation, nodeName));
}

CertificateFiles siteNode(const QString& dataDir) {
    return network::SiteCertificates(dataDir).node();
}

Result<CertificateFiles> issueNodeCertificate(const QString& dataDir, const QString& name,
                                              const QString& outDir) {
    auto issued = network::SiteCertificates(dataDir).issue(name, outDir);
    audited(dataDir,
            {QStringLiteral("certificate-issued"), {}, {}, {}, QStringLiteral("node ") + name},
            issued ? Status{} : Status{Error{issued.error()}});
    return issued;
}

Result<CertificateFiles> issuePersonCertificate(const QString& dataDir, const QString& fullName,
                                                const QString& outDir,
                                                const QByteArray& passphrase) {
    auto issued = network::SiteCertificates(dataDir).issuePerson(fullName, outDir, passphrase);
    audited(
        dataDir,
        {QStringLiteral("certificate-issued"), {}, {}, {}, QStringLiteral("person ") + fullName},
        issued ? Status{} : Status{Error{issued.error()}});
    return issued;
}

}  // namespace dicomnet::workflow
