#include "workflow/site.h"

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
    return network::SiteCertificates(dataDir).init(organisation, nodeName);
}

CertificateFiles siteNode(const QString& dataDir) {
    return network::SiteCertificates(dataDir).node();
}

Result<CertificateFiles> issueNodeCertificate(const QString& dataDir, const QString& name,
                                              const QString& outDir) {
    return network::SiteCertificates(dataDir).issue(name, outDir);
}

Result<CertificateFiles> issuePersonCertificate(const QString& dataDir, const QString& fullName,
                                                const QString& outDir,
                                                const QByteArray& passphrase) {
    return network::SiteCertificates(dataDir).issuePerson(fullName, outDir, passphrase);
}

}  // namespace dicomnet::workflow
