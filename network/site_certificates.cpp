#include "site_certificates.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QDir>
#include <QFile>
#include <QObject>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstdio>
#include <memory>

namespace dicomnet::network {

namespace {

struct Free {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Cert = std::unique_ptr<X509, Free>;

QString opensslError() {
    const unsigned long e = ERR_get_error();
    char buffer[256] = {};
    ERR_error_string_n(e, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext) return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

using Holder = SiteCertificates::Holder;

Cert makeCertificate(EVP_PKEY* key, const QString& organisation, const QString& commonName,
                     X509* issuerCert, EVP_PKEY* issuerKey, int days, Holder holder) {
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;  // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray org = organisation.toUtf8(), cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(org.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509* issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));
    bool ok = true;
    if (holder == Holder::Ca) {
        ok = addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign") &&
             addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    } else if (holder == Holder::Person) {
        // A person's signing certificate (consultations): signatures that bind their author.
        ok = addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), issuer, NID_key_usage,
                          "critical,digitalSignature,nonRepudiation");
    } else {
        const QByteArray san = "DNS:" + cn + ",DNS:localhost,IP:127.0.0.1";
        ok = addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), issuer, NID_key_usage,
                          "critical,digitalSignature,keyEncipherment") &&
             addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth,clientAuth") &&
             addExtension(cert.get(), issuer, NID_subject_alt_name, san.constData());
    }
    if (ok) ok = addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

// Writes a PEM file; a private key is created with mode 0600 before a byte is written, and
// encrypted (AES-256) when a passphrase is given.
bool writePem(const QString& path, EVP_PKEY* key, X509* cert, const QByteArray& passphrase = {}) {
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, key ? 0600 : 0644);
    if (fd < 0) return false;
    if (key) ::fchmod(fd, 0600);  // even if the file existed with wider permissions
    FILE* f = ::fdopen(fd, "w");
    if (!f) {
        ::close(fd);
        return false;
    }
    const EVP_CIPHER* cipher = passphrase.isEmpty() ? nullptr : EVP_aes_256_cbc();
    auto* pass = reinterpret_cast<unsigned char*>(const_cast<char*>(passphrase.constData()));
    const bool ok = key ? PEM_write_PrivateKey(f, key, cipher, cipher ? pass : nullptr,
                                               int(passphrase.size()), nullptr, nullptr) == 1
                        : PEM_write_X509(f, cert) == 1;
    const bool flushed = std::fflush(f) == 0 && ::fsync(fd) == 0;
    std::fclose(f);
    return ok && flushed;
}

Key readKey(const QString& path) {
    FILE* f = std::fopen(QFile::encodeName(path).constData(), "r");
    if (!f) return nullptr;
    Key key(PEM_read_PrivateKey(f, nullptr, nullptr, nullptr));
    std::fclose(f);
    return key;
}

Cert readCert(const QString& path) {
    FILE* f = std::fopen(QFile::encodeName(path).constData(), "r");
    if (!f) return nullptr;
    Cert cert(PEM_read_X509(f, nullptr, nullptr, nullptr));
    std::fclose(f);
    return cert;
}

QString organisationOf(X509* cert) {
    char buffer[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_organizationName, buffer,
                              sizeof buffer);
    return QString::fromUtf8(buffer);
}

bool validName(const QString& name) {
    if (name.isEmpty() || name.size() > 64) return false;
    for (QChar c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
              c == QLatin1Char('.')))
            return false;
    return true;
}

Result<CertificateIdentity> identityOf(X509* cert) {
    CertificateIdentity id;
    char cn[256] = {};
    if (X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn) > 0)
        id.commonName = QString::fromUtf8(cn);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &length) != 1)
        return Error{QObject::tr("cannot digest the certificate: %1").arg(opensslError())};
    id.sha256 =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
    return id;
}

}  // namespace

Result<CertificateIdentity> certificateIdentityOfPem(const QString& pemPath) {
    Cert cert = readCert(pemPath);
    if (!cert) return Error{QObject::tr("%1 holds no PEM certificate").arg(pemPath)};
    return identityOf(cert.get());
}

Result<CertificateIdentity> certificateIdentityOfDer(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Cert cert(d2i_X509(nullptr, &p, der.size()));
    if (!cert) return Error{QObject::tr("the peer's certificate cannot be read")};
    return identityOf(cert.get());
}

SiteCertificates::SiteCertificates(QString dataDir) : folder_(dataDir + QStringLiteral("/certs")) {}

QString SiteCertificates::caCertificate() const { return folder_ + QStringLiteral("/ca.pem"); }

CertificateFiles SiteCertificates::node() const {
    return {folder_ + QStringLiteral("/node.pem"), folder_ + QStringLiteral("/node.key")};
}

TlsFiles SiteCertificates::tlsFiles() const {
    return {node().certificate, node().privateKey, caCertificate()};
}

bool SiteCertificates::initialised() const {
    return QFile::exists(caCertificate()) && QFile::exists(node().certificate) &&
           QFile::exists(node().privateKey);
}

Status SiteCertificates::init(const QString& organisation, const QString& nodeName) {
    if (organisation.trimmed().isEmpty())
        return Error{QObject::tr("the site needs an organisation name")};
    if (!validName(nodeName))
        return Error{
            QObject::tr("\"%1\" is not a usable node name (letters, digits, - _ .)").arg(nodeName)};
    if (QFile::exists(caCertificate()))
        return Error{QObject::tr("a site CA already exists in %1; it is kept (certificates it "
                                 "issued would stop working)")
                         .arg(folder_)};
    if (!QDir().mkpath(folder_)) return Error{QObject::tr("cannot create %1").arg(folder_)};
    ::chmod(QFile::encodeName(folder_).constData(), 0700);
    Key caKey(EVP_RSA_gen(3072));
    if (!caKey) return Error{QObject::tr("cannot make a key: %1").arg(opensslError())};
    Cert ca = makeCertificate(caKey.get(), organisation, organisation + QStringLiteral(" DICOM CA"),
                              nullptr, nullptr, 3650, Holder::Ca);
    if (!ca) return Error{QObject::tr("cannot make the CA certificate: %1").arg(opensslError())};
    if (!writePem(folder_ + QStringLiteral("/ca.key"), caKey.get(), nullptr) ||
        !writePem(caCertificate(), nullptr, ca.get()))
        return Error{QObject::tr("cannot write to %1").arg(folder_)};
    auto issued = issueTo(nodeName, node());
    if (!issued) return Error{issued.error()};
    return {};
}

Result<CertificateFiles> SiteCertificates::issue(const QString& name, const QString& outDir) {
    if (!validName(name))
        return Error{QObject::tr("\"%1\" is not a usable name (letters, digits, - _ .)").arg(name)};
    if (!QDir().mkpath(outDir)) return Error{QObject::tr("cannot create %1").arg(outDir)};
    return issueTo(name, {outDir + QLatin1Char('/') + name + QStringLiteral(".pem"),
                          outDir + QLatin1Char('/') + name + QStringLiteral(".key")});
}

Result<CertificateFiles> SiteCertificates::issuePerson(const QString& fullName,
                                                       const QString& outDir,
                                                       const QByteArray& passphrase) {
    const QString name = fullName.simplified();
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error{QObject::tr("\"%1\" is not a usable person's name").arg(fullName)};
    if (passphrase.size() < 8)
        return Error{QObject::tr("a signing key needs a passphrase of 8 characters or more")};
    if (!QDir().mkpath(outDir)) return Error{QObject::tr("cannot create %1").arg(outDir)};
    QString file = name.toLower();
    file.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    return issueTo(name,
                   {outDir + QLatin1Char('/') + file + QStringLiteral(".pem"),
                    outDir + QLatin1Char('/') + file + QStringLiteral(".key")},
                   Holder::Person, passphrase);
}

Result<CertificateFiles> SiteCertificates::issueTo(const QString& name,
                                                   const CertificateFiles& files) {
    return issueTo(name, files, Holder::Node, {});
}

Result<CertificateFiles> SiteCertificates::issueTo(const QString& name,
                                                   const CertificateFiles& files, Holder holder,
                                                   const QByteArray& passphrase) {
    Key caKey = readKey(folder_ + QStringLiteral("/ca.key"));
    Cert ca = readCert(caCertificate());
    if (!caKey || !ca)
        return Error{QObject::tr("no site CA in %1: run dicomnet certs init first").arg(folder_)};
    Key key(EVP_RSA_gen(2048));
    if (!key) return Error{QObject::tr("cannot make a key: %1").arg(opensslError())};
    Cert cert = makeCertificate(key.get(), organisationOf(ca.get()), name, ca.get(), caKey.get(),
                                730, holder);
    if (!cert) return Error{QObject::tr("cannot make the certificate: %1").arg(opensslError())};
    if (!writePem(files.privateKey, key.get(), nullptr, passphrase) ||
        !writePem(files.certificate, nullptr, cert.get()))
        return Error{QObject::tr("cannot write %1").arg(files.certificate)};
    return files;
}

}  // namespace dicomnet::network
