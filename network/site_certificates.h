// The site's certificates for DICOM TLS (PS3.15 Annex B): a site CA, and keys and certificates
// for this node and for other workstations, made with OpenSSL. Keys are written 0600.
#pragma once

#include "tls_files.h"

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::network {

struct CertificateFiles {
    QString certificate;  // PEM
    QString privateKey;   // PEM, 0600
};

// What identifies a peer's certificate: its subject's common name and the SHA-256 of its DER
// encoding (lowercase hex), as `openssl x509 -fingerprint -sha256` shows it, without colons.
struct CertificateIdentity {
    QString commonName;
    QString sha256;
};
Result<CertificateIdentity> certificateIdentityOfPem(const QString& pemPath);
Result<CertificateIdentity> certificateIdentityOfDer(const QByteArray& der);

class SiteCertificates {
public:
    enum class Holder { Ca, Node, Person };

    // Certificates live in <dataDir>/certs.
    explicit SiteCertificates(QString dataDir);
    QString folder() const { return folder_; }
    QString caCertificate() const;  // ca.pem: what peers' certificates must chain to
    CertificateFiles node() const;  // node.pem / node.key: this workstation's identity
    // This node's identity and the site CA, as the listener and the client use them.
    TlsFiles tlsFiles() const;
    bool initialised() const;  // the CA and this node's certificate are there

    // Creates the site CA (RSA 3072, 10 years) and this node's key and certificate. Refuses to
    // overwrite an existing CA: re-creating it would orphan every certificate it issued.
    Status init(const QString& organisation, const QString& nodeName);
    // Issues a key and certificate (RSA 2048, 2 years) for another workstation, signed by the
    // site CA, into `outDir` as NAME.pem and NAME.key.
    Result<CertificateFiles> issue(const QString& name, const QString& outDir);
    // Issues a person's signing certificate (digital signature, non-repudiation; RSA 2048,
    // 2 years) for consultations, their full name as common name, into `outDir` as
    // full-name.pem and full-name.key; the key encrypted (AES-256) with `passphrase`.
    Result<CertificateFiles> issuePerson(const QString& fullName, const QString& outDir,
                                         const QByteArray& passphrase);

private:
    Result<CertificateFiles> issueTo(const QString& commonName, const CertificateFiles& files);
    Result<CertificateFiles> issueTo(const QString& commonName, const CertificateFiles& files,
                                     Holder holder, const QByteArray& passphrase);
    QString folder_;
};

}  // namespace dicomnet::network
