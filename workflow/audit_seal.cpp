// Sealing the audit trail: the newest record's number and hash signed with this node's key
// (RSA/ECDSA with SHA-256, OpenSSL), and the check of the chain with its seals.
#include "workflow/audit.h"

#include "workflow/site.h"

#include "db/cache.h"

#include <QDateTime>
#include <QFile>
#include <QObject>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace dicomnet::workflow {

namespace {

template <class T, void (*F)(T*)>
struct Freer {
    void operator()(T* p) const { F(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Freer<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Freer<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Store = std::unique_ptr<X509_STORE, Freer<X509_STORE, X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Freer<X509_STORE_CTX, X509_STORE_CTX_free>>;

QByteArray sealedText(qint64 headId, const QString& headHash, qint64 atMs) {
    return QStringLiteral("dicomnet audit seal\n%1\n%2\n%3")
        .arg(headId)
        .arg(headHash)
        .arg(atMs)
        .toUtf8();
}

QByteArray readSmallFile(const QString& path) {
    QFile f(path);
    if (f.size() > 64 * 1024 || !f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

Cert certificateFrom(const QByteArray& pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Result<QByteArray> sign(const QByteArray& text, const QString& keyFile) {
    const QByteArray pem = readSmallFile(keyFile);
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Key key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key) return Error{QObject::tr("cannot read this node's key %1").arg(keyFile)};
    MdCtx ctx(EVP_MD_CTX_new());
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &size,
                       reinterpret_cast<const unsigned char*>(text.data()),
                       size_t(text.size())) != 1)
        return Error{QObject::tr("cannot sign with %1").arg(keyFile)};
    QByteArray signature(int(size), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                       reinterpret_cast<const unsigned char*>(text.data()),
                       size_t(text.size())) != 1)
        return Error{QObject::tr("cannot sign with %1").arg(keyFile)};
    signature.resize(int(size));
    return signature;
}

// Whether `seal` was signed by a certificate the site CA issued (whatever its validity dates:
// an old seal stays good after its certificate expires).
bool sealIsGenuine(const db::AuditSeal& seal, const QString& caFile) {
    Cert cert = certificateFrom(seal.certificatePem.toLatin1());
    const QByteArray caPem = readSmallFile(caFile);
    Cert ca = certificateFrom(caPem);
    if (!cert || !ca) return false;
    Store store(X509_STORE_new());
    StoreCtx check(X509_STORE_CTX_new());
    if (!store || !check || X509_STORE_add_cert(store.get(), ca.get()) != 1 ||
        X509_STORE_CTX_init(check.get(), store.get(), cert.get(), nullptr) != 1)
        return false;
    X509_STORE_CTX_set_flags(check.get(), X509_V_FLAG_NO_CHECK_TIME);
    if (X509_verify_cert(check.get()) != 1) return false;
    Key key(X509_get_pubkey(cert.get()));
    MdCtx ctx(EVP_MD_CTX_new());
    const QByteArray text = sealedText(seal.headId, seal.headHash, seal.atMs);
    return key && ctx &&
           EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(
               ctx.get(), reinterpret_cast<const unsigned char*>(seal.signature.constData()),
               size_t(seal.signature.size()),
               reinterpret_cast<const unsigned char*>(text.constData()), size_t(text.size())) == 1;
}

QString when(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace

Result<qint64> sealAudit(const QString& dataDir) {
    if (!siteCertificatesReady(dataDir))
        return Error{
            QObject::tr("no key to seal the audit trail with: make this node's "
                        "certificate first (dicomnet certs init)")};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::AuditLog log(*cache.value());
    auto newest = log.newest();
    if (!newest) return Error{newest.error()};
    if (!newest.value()) return qint64(0);
    auto seals = log.seals();
    if (!seals) return Error{seals.error()};
    if (!seals->empty() && seals->back().headId == newest.value()->id) return qint64(0);
    const CertificateFiles node = siteNode(dataDir);
    db::AuditSeal seal;
    seal.headId = newest.value()->id;
    seal.headHash = newest.value()->hash;
    seal.atMs = QDateTime::currentMSecsSinceEpoch();
    seal.certificatePem = QString::fromLatin1(readSmallFile(node.certificate));
    auto signature = sign(sealedText(seal.headId, seal.headHash, seal.atMs), node.privateKey);
    if (!signature) return Error{signature.error()};
    seal.signature = signature.value();
    if (Status s = log.addSeal(seal); !s) return Error{s.error()};
    return seal.headId;
}

Result<AuditCheck> verifyAudit(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::AuditLog log(*cache.value());
    auto check = log.verify();
    if (!check || check->firstBad) return check;
    auto seals = log.seals();
    if (!seals) return Error{seals.error()};
    const QString ca = siteCaCertificate(dataDir);
    for (const db::AuditSeal& seal : seals.value()) {
        auto sealed = log.record(seal.headId);
        if (!sealed) return Error{sealed.error()};
        QString why;
        if (!sealIsGenuine(seal, ca))
            why = QObject::tr(
                      "its seal of %1 is not genuine (forged, or not signed by a "
                      "certificate of this site)")
                      .arg(when(seal.atMs));
        else if (!sealed.value())
            why = QObject::tr("it was sealed on %1 and is missing (removed)").arg(when(seal.atMs));
        else if (sealed.value()->hash != seal.headHash)
            why = QObject::tr("it was sealed on %1 and its chain was rewritten since")
                      .arg(when(seal.atMs));
        if (!why.isEmpty()) {
            check->firstBad = seal.headId;
            check->why = why;
            return check;
        }
        ++check->seals;
        check->sealedThrough = std::max(check->sealedThrough, seal.headId);
    }
    return check;
}

}  // namespace dicomnet::workflow
