#include "known_callers.h"

#include <QObject>

namespace dicomnet::network {

QString knownCallerRefusal(const std::vector<db::Peer>& peers, const QString& callingAeTitle,
                           const std::optional<CertificateIdentity>& certificate) {
    const QString caller = callingAeTitle.trimmed();
    bool aeKnown = false;
    for (const db::Peer& peer : peers) {
        if (peer.aeTitle != caller) continue;
        aeKnown = true;
        if (!certificate) return {};  // a plain listener has no more to check
        if (!peer.certificateSha256.isEmpty()
                ? peer.certificateSha256.compare(certificate->sha256, Qt::CaseInsensitive) == 0
                : peer.name == certificate->commonName)
            return {};
    }
    if (!aeKnown) return QObject::tr("calling AE title \"%1\" is not a known peer").arg(caller);
    return QObject::tr(
               "calling AE title \"%1\" is a known peer's, but the certificate it "
               "presented (CN \"%2\", SHA-256 %3) is not that peer's")
        .arg(caller, certificate->commonName, certificate->sha256);
}

}  // namespace dicomnet::network
