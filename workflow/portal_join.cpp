// `dicomnet portal join FOLDER`: a workstation takes what `portal init` wrote for it.
#include "workflow/portal_setup.h"

#include "workflow/peers.h"
#include "workflow/private_files.h"
#include "workflow/site.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace dicomnet::workflow {

namespace {

Result<QByteArray> readSmall(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return Error{QObject::tr("cannot read %1").arg(path)};
    if (f.size() > 64 * 1024) return Error{QObject::tr("%1 is too large").arg(path)};
    return f.readAll();
}

// The site certificates of the join folder into the data directory, unless it already trusts
// another CA (joining would silently cut it off from its present peers).
Status takeCertificates(const QString& dataDir, const QString& joinFolder) {
    auto ca = readSmall(joinFolder + QStringLiteral("/ca.pem"));
    if (!ca) return Error{ca.error()};
    const QString ours = siteCaCertificate(dataDir);
    if (QFile::exists(ours)) {
        auto present = readSmall(ours);
        if (!present) return Error{present.error()};
        if (present.value() != ca.value())
            return Error{QObject::tr("this workstation already has another site CA (%1); joining "
                                     "would replace it and cut it off from its present peers: "
                                     "move that certs folder away first")
                             .arg(QFileInfo(ours).absolutePath())};
        if (siteCertificatesReady(dataDir)) return {};  // same site: keep our own identity
    }
    auto key = readSmall(joinFolder + QStringLiteral("/node.key"));
    if (!key) return Error{key.error()};
    auto pem = readSmall(joinFolder + QStringLiteral("/node.pem"));
    if (!pem) return Error{pem.error()};
    const TlsFiles own = siteTlsFiles(dataDir);
    if (Status s = writePrivateFile(own.privateKey, key.value()); !s) return s;
    if (Status s = writePublicFile(own.certificate, pem.value()); !s) return s;
    return writePublicFile(ours, ca.value());
}

}  // namespace

Result<JoinedPortal> joinPortal(const QString& dataDir, const QString& joinFolder) {
    auto text = readSmall(joinFolder + QStringLiteral("/portal.json"));
    if (!text) return Error{text.error()};
    const QJsonObject d = QJsonDocument::fromJson(text.value()).object();
    if (d.value(QStringLiteral("format")).toString() != QLatin1String("dicomnet-portal-join 1"))
        return Error{
            QObject::tr("%1 is not a folder written by dicomnet portal init").arg(joinFolder)};
    JoinedPortal joined;
    joined.dicomwebPeer = d.value(QStringLiteral("peer")).toString();
    joined.dicomPeer = joined.dicomwebPeer + QStringLiteral("-dicom");
    joined.aeTitle = d.value(QStringLiteral("ae_title")).toString();
    joined.url = d.value(QStringLiteral("dicomweb")).toString();

    Peer web;
    web.name = joined.dicomwebPeer;
    web.dicomwebUrl = joined.url;
    web.user = d.value(QStringLiteral("user")).toString();
    Peer dicom;
    dicom.name = joined.dicomPeer;
    dicom.aeTitle = d.value(QStringLiteral("portal_ae_title")).toString();
    dicom.host = d.value(QStringLiteral("host")).toString();
    dicom.port = d.value(QStringLiteral("dicom_port")).toInt();
    dicom.tls = true;
    for (const Peer& p : {web, dicom}) {
        if (const QString problem = peerProblem(p); !problem.isEmpty())
            return Error{QObject::tr("%1: %2").arg(joinFolder, problem)};
        auto known = findPeer(dataDir, p.name);
        if (!known) return Error{known.error()};
        if (known.value())
            return Error{QObject::tr("a peer named \"%1\" exists already (dicomnet peers remove "
                                     "%1, then join again)")
                             .arg(p.name)};
    }
    auto password = readSmall(joinFolder + QStringLiteral("/portal.password"));
    if (!password) return Error{password.error()};

    if (Status s = takeCertificates(dataDir, joinFolder); !s) return Error{s.error()};
    web.passwordFile = QDir(dataDir).absoluteFilePath(QStringLiteral("portals/") + web.name +
                                                      QStringLiteral(".password"));
    if (Status s = writePrivateFile(web.passwordFile, password.value()); !s)
        return Error{s.error()};
    web.caFile = QFileInfo(siteCaCertificate(dataDir)).absoluteFilePath();
    for (const Peer& p : {web, dicom})
        if (Status s = addPeer(dataDir, p); !s) return Error{s.error()};
    if (Status s = setOwnAeTitle(dataDir, joined.aeTitle); !s) return Error{s.error()};
    return joined;
}

}  // namespace dicomnet::workflow
