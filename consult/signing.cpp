#include "signing.h"

#include "sr_io.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmsign/dcsignat.h>
#include <dcmtk/dcmsign/sicert.h>
#include <dcmtk/dcmsign/sicertvf.h>
#include <dcmtk/dcmsign/simdmac.h>
#include <dcmtk/dcmsign/siprivat.h>
#include <dcmtk/dcmsign/sisrvpr.h>

#include <openssl/x509.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <mutex>

namespace dicomnet::consult {

namespace {

using detail::text;
using detail::utf8;

void ensureSigningReady() {
    static std::once_flag once;
    std::call_once(once, [] { DcmSignature::initializeLibrary(); });
}

QString nameEntry(X509_NAME* name, int nid) {
    if (!name) return {};
    char buffer[256] = {};
    const int n = X509_NAME_get_text_by_NID(name, nid, buffer, sizeof buffer);
    return n > 0 ? QString::fromUtf8(buffer, n) : QString();
}

QString subjectEntry(SiCertificate& cert, int nid) {
    X509* x = cert.getRawCertificate();
    return x ? nameEntry(X509_get_subject_name(x), nid) : QString();
}

QString issuerEntry(SiCertificate& cert, int nid) {
    X509* x = cert.getRawCertificate();
    return x ? nameEntry(X509_get_issuer_name(x), nid) : QString();
}

// "20261126104512.123456+0200" (DT) → "2026-11-26 10:45 UTC+02:00" for people.
QString isoDateTime(const OFString& dt) {
    const QString s = text(dt);
    const QDateTime t = QDateTime::fromString(s.left(14), QStringLiteral("yyyyMMddHHmmss"));
    if (!t.isValid()) return s;
    // The signer's clock, with its offset from UTC when the signature says it.
    const qsizetype zone =
        std::max(s.indexOf(QLatin1Char('+'), 14), s.indexOf(QLatin1Char('-'), 14));
    const QString offset = zone > 0 ? s.mid(zone, 5) : QString();
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           (offset.size() == 5 ? QStringLiteral(" UTC%1:%2").arg(offset.left(3), offset.mid(3))
                               : QString());
}

}  // namespace

bool privateKeyIsEncrypted(const QString& keyFile) {
    QFile f(keyFile);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray head = f.read(4096);
    return head.contains("ENCRYPTED");
}

Result<QString> signConsultation(const QString& draftFile, const SigningKey& signing,
                                 const QString& outFile) {
    ensureSigningReady();
    SiCertificate cert;
    if (cert.loadCertificate(QFile::encodeName(signing.certificate).constData(), X509_FILETYPE_PEM)
            .bad())
        return Error{QObject::tr("the certificate %1 cannot be read (PEM expected)")
                         .arg(signing.certificate)};
    SiPrivateKey key;
    key.setPrivateKeyPasswd(signing.passphrase.constData());  // never the console
    if (key.loadPrivateKey(QFile::encodeName(signing.privateKey).constData(), X509_FILETYPE_PEM)
            .bad())
        return Error{privateKeyIsEncrypted(signing.privateKey)
                         ? QObject::tr("the private key %1 cannot be opened: wrong passphrase")
                               .arg(signing.privateKey)
                         : QObject::tr("the private key %1 cannot be read (PEM expected)")
                               .arg(signing.privateKey)};
    if (!key.matchesCertificate(cert))
        return Error{QObject::tr("the private key %1 does not belong to the certificate %2")
                         .arg(signing.privateKey, signing.certificate)};
    const QString signer = subjectEntry(cert, NID_commonName);
    if (signer.isEmpty())
        return Error{QObject::tr("the certificate %1 names no person (no common name)")
                         .arg(signing.certificate)};

    DcmFileFormat draftFileFormat;
    if (Status s = detail::loadFile(draftFile, draftFileFormat); !s) return Error{s.error()};
    DcmDataset& draft = *draftFileFormat.getDataset();
    DSRDocument doc;
    if (doc.read(draft).bad())
        return Error{QObject::tr("%1 is not a structured report dicomnet can read").arg(draftFile)};
    if (doc.getVerificationFlag() == DSRTypes::VF_Verified)
        return Error{QObject::tr("this consultation is final already; amend it to change it")};
    OFString studyUid, seriesUid, sopClass, sopInstance;
    doc.getStudyInstanceUID(studyUid);
    doc.getSeriesInstanceUID(seriesUid);
    doc.getSOPClassUID(sopClass);
    doc.getSOPInstanceUID(sopInstance);

    QString organisation = subjectEntry(cert, NID_organizationName);
    DSRDocumentTree& tree = doc.getTree();
    if (organisation.isEmpty() && tree.gotoNamedNode(DSRCodedEntryValue(
                                      "121009", "DCM", "Person Observer's Organization Name")))
        organisation = text(tree.getCurrentContentItem().getStringValue());
    if (organisation.isEmpty()) organisation = QObject::tr("unknown organisation");

    if (doc.getCompletionFlag() != DSRTypes::CF_Complete)
        if (Status s = detail::check(doc.completeDocument(), "completion"); !s)
            return Error{s.error()};
    if (Status s =
            detail::check(doc.verifyDocument(utf8(detail::personName(signer)), utf8(organisation)),
                          "verification");
        !s)
        return Error{s.error()};
    doc.createNewSOPInstance();
    // The draft stays in the cache; the final names it as the version it completes.
    if (Status s = detail::check(
            doc.getPredecessorDocuments().addItem(studyUid, seriesUid, sopClass, sopInstance),
            "predecessor");
        !s)
        return Error{s.error()};
    OFString number;
    doc.getInstanceNumber(number);
    doc.setInstanceNumber(std::to_string(std::atoi(number.c_str()) + 1));
    if (Status s = detail::check(doc.finalizeDocument(), "finalising"); !s) return Error{s.error()};

    DcmFileFormat out;
    DcmDataset& ds = *out.getDataset();
    if (Status s = detail::check(doc.write(ds), "data set"); !s) return Error{s.error()};
    detail::copyPatientAndStudy(draft, ds);

    DcmSignature signature;
    signature.attach(&ds);
    SiMDMAC mac(EMT_SHA256);
    // The signer is the Verifying Observer: the SR profile's verification variant (PS3.15
    // C.7), its purpose "Verification Signature".
    SiStructuredReportingVerificationProfile profile;
    const OFCondition signedOk =
        signature.createSignature(key, cert, mac, profile, EXS_LittleEndianExplicit, nullptr,
                                  nullptr, SiSignaturePurpose::ESP_VerificationSignature);
    signature.detach();
    if (signedOk.bad())
        return Error{QObject::tr("the consultation cannot be signed: %1")
                         .arg(QString::fromLatin1(signedOk.text()))};
    if (Status s = detail::saveFile(out, outFile); !s) return Error{s.error()};
    OFString uid;
    doc.getSOPInstanceUID(uid);
    return text(uid);
}

Result<SignatureCheck> verifySignatures(const QString& file, const QString& trustedCaFile) {
    ensureSigningReady();
    DcmFileFormat f;
    if (Status s = detail::loadFile(file, f); !s) return Error{s.error()};
    DcmDataset& ds = *f.getDataset();
    DcmSignature signature;
    signature.attach(&ds);
    SignatureCheck result;
    const unsigned long count = signature.numberOfSignatures();
    if (count == 0) return result;

    SiCertificateVerifier trust;
    const bool haveCa = QFileInfo(trustedCaFile).isFile() &&
                        trust
                            .addTrustedCertificateFile(QFile::encodeName(trustedCaFile).constData(),
                                                       X509_FILETYPE_PEM)
                            .good();
    result.state = SignatureState::Valid;
    for (unsigned long i = 0; i < count; ++i) {
        if (signature.selectSignature(i).bad()) {
            result.state = SignatureState::Invalid;
            result.reason = QObject::tr("signature %1 cannot be read").arg(i + 1);
            break;
        }
        OFString when;
        signature.getCurrentSignatureDateTime(when);
        SiCertificate* cert = signature.getCurrentCertificate();
        if (cert) {
            result.signer = subjectEntry(*cert, NID_commonName);
            result.issuer = issuerEntry(*cert, NID_commonName);
        }
        result.signedAt = isoDateTime(when);
        const OFCondition verified = signature.verifyCurrent();
        if (verified == SI_EC_VerificationFailed_CertExpiredAtSignature ||
            verified == SI_EC_VerificationFailed_CertNotYetValidAtSig) {
            result.state = SignatureState::Untrusted;
            result.reason = QObject::tr("the certificate was not valid when it signed");
            break;
        }
        if (verified.bad()) {
            result.state = SignatureState::Invalid;
            result.reason = verified == SI_EC_VerificationFailed_Corrupted
                                ? QObject::tr("the document was changed after it was signed")
                                : QString::fromLatin1(verified.text());
            break;
        }
        if (!cert) {
            result.state = SignatureState::Untrusted;
            result.reason = QObject::tr("the signature carries no certificate");
        } else if (!haveCa) {
            result.state = SignatureState::Untrusted;
            result.reason =
                QObject::tr("no trusted CA is configured (%1 is missing)").arg(trustedCaFile);
        } else if (trust.verifyCertificate(*cert).bad()) {
            result.state = SignatureState::Untrusted;
            result.reason = QObject::tr("the signer's certificate is not from a trusted CA (%1)")
                                .arg(QString::fromLatin1(trust.lastError()));
        }
        if (result.state != SignatureState::Valid) break;
    }
    signature.detach();
    return result;
}

QString describe(const SignatureCheck& c) {
    const QString who = c.signer.isEmpty() ? QObject::tr("unknown signer") : c.signer;
    switch (c.state) {
        case SignatureState::Unsigned:
            return QObject::tr("not signed");
        case SignatureState::Valid:
            return QObject::tr("signed by %1 on %2: valid").arg(who, c.signedAt);
        case SignatureState::Invalid:
            return QObject::tr("signed by %1 on %2: INVALID, %3").arg(who, c.signedAt, c.reason);
        case SignatureState::Untrusted:
            return QObject::tr("signed by %1 on %2: signer NOT TRUSTED, %3")
                .arg(who, c.signedAt, c.reason);
    }
    return {};
}

}  // namespace dicomnet::consult
