// The site's certificates (`dicomnet certs`): the site CA, this workstation's identity for DICOM
// TLS, certificates issued to other workstations and persons' signing certificates.
#pragma once

#include "core/result.h"
#include "network/site_certificates.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::workflow {

using network::CertificateFiles;
using network::TlsFiles;

// Whether the data directory has the site certificates DICOM TLS needs (dicomnet certs init).
bool siteCertificatesReady(const QString& dataDir);
// The site CA (ca.pem) that peers' and signers' certificates are checked against.
QString siteCaCertificate(const QString& dataDir);
// This workstation's TLS files (certificate, key, CA).
TlsFiles siteTlsFiles(const QString& dataDir);
// Where issued files go unless told: <data dir>/certs/issued.
QString issuedFolder(const QString& dataDir);

// Creates the site CA and this node's certificate (refuses when they exist).
Status initSite(const QString& dataDir, const QString& organisation, const QString& nodeName);
// This node's certificate and key.
CertificateFiles siteNode(const QString& dataDir);
// A key and certificate for another workstation, signed by the site CA.
Result<CertificateFiles> issueNodeCertificate(const QString& dataDir, const QString& name,
                                              const QString& outDir);
// A person's signing certificate; the key encrypted with `passphrase`.
Result<CertificateFiles> issuePersonCertificate(const QString& dataDir, const QString& fullName,
                                                const QString& outDir,
                                                const QByteArray& passphrase);

}  // namespace dicomnet::workflow
