// Signing a consultation (DICOM PS3.15 Annex C digital signatures, DCMTK dcmsign) and checking
// the signatures of one: valid, changed after signing, or signed by someone whose certificate
// does not chain to a trusted CA (the CA set DICOM TLS uses).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::consult {

struct SigningKey {
    QString certificate;    // X.509, PEM
    QString privateKey;     // PEM, possibly encrypted
    QByteArray passphrase;  // for an encrypted key; kept in memory only
};

// Whether `keyFile` is an encrypted PEM key (and a passphrase must be asked for).
bool privateKeyIsEncrypted(const QString& keyFile);

// The final version of the draft `draftFile`: completed, verified by the certificate's owner,
// a new SOP Instance UID in the draft's series, the draft named in Predecessor Documents; signed
// (Structured Reporting profile, verification signature, SHA-256, RSA) and written to
// `outFile`. Returns its UID.
// Fails, writing nothing, for a wrong passphrase, a key that does not match the certificate,
// or a document that is already final.
Result<QString> signConsultation(const QString& draftFile, const SigningKey& key,
                                 const QString& outFile);

enum class SignatureState {
    Unsigned,   // no digital signature
    Valid,      // every signature verifies and its signer chains to a trusted CA
    Invalid,    // the document was changed after it was signed (or the signature is damaged)
    Untrusted,  // intact, but the signer's certificate is not from a trusted CA
};

struct SignatureCheck {
    SignatureState state = SignatureState::Unsigned;
    QString signer;    // the certificate's subject common name
    QString issuer;    // its issuer's common name
    QString signedAt;  // the signature's date and time, ISO 8601
    QString reason;    // what failed, for Invalid and Untrusted
};

// Checks every signature of `file` against the CA certificate(s) in `trustedCaFile` (PEM).
// Fails only when the file cannot be read as DICOM.
Result<SignatureCheck> verifySignatures(const QString& file, const QString& trustedCaFile);

// "signed by NAME on DATE, valid" and so on: what a reader is told.
QString describe(const SignatureCheck& check);

}  // namespace dicomnet::consult
