#include "tls_layer.h"

#include <QFile>
#include <QObject>

namespace dicomnet::network {

Result<std::unique_ptr<DcmTLSTransportLayer>> makeTlsLayer(T_ASC_NetworkRole role,
                                                           const TlsFiles& files) {
    for (const QString& f : {files.certificate, files.privateKey, files.trustedCa})
        if (!QFile::exists(f))
            return Error{QObject::tr("TLS: %1 does not exist (dicomnet certs init makes the "
                                     "site's certificates)")
                             .arg(f)};
    auto layer = std::make_unique<DcmTLSTransportLayer>(role, nullptr, OFTrue);
    OFCondition cond = layer->setTLSProfile(TSP_Profile_BCP195_ND);
    if (cond.good()) cond = layer->activateCipherSuites();
    if (cond.bad()) return Error{QObject::tr("TLS: %1").arg(cond.text())};
    if (layer->setPrivateKeyFile(QFile::encodeName(files.privateKey).constData(), DCF_Filetype_PEM)
            .bad())
        return Error{QObject::tr("TLS: cannot read the private key %1").arg(files.privateKey)};
    if (layer
            ->setCertificateFile(QFile::encodeName(files.certificate).constData(), DCF_Filetype_PEM)
            .bad())
        return Error{QObject::tr("TLS: cannot read the certificate %1").arg(files.certificate)};
    if (!layer->checkPrivateKeyMatchesCertificate())
        return Error{QObject::tr("TLS: %1 and %2 do not belong together")
                         .arg(files.privateKey, files.certificate)};
    if (layer
            ->addTrustedCertificateFile(QFile::encodeName(files.trustedCa).constData(),
                                        DCF_Filetype_PEM)
            .bad())
        return Error{QObject::tr("TLS: cannot read the trusted CA %1").arg(files.trustedCa)};
    layer->setCertificateVerification(DCV_requireCertificate);
    return layer;
}

}  // namespace dicomnet::network
