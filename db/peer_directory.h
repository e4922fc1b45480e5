// The peers this workstation knows: name → AE title, host, port, TLS and the certificate they
// present. Kept in the index.
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace dicomnet::db {

class Cache;

struct Peer {
    QString name;
    QString aeTitle;
    QString host;
    int port = 104;
    bool tls = false;
    // With TLS: the SHA-256 (hex) of the one certificate this peer may present; empty when any
    // certificate from the site CA whose subject CN is the peer's name will do.
    QString certificateSha256;
    // Outside the institution: everything sent there is de-identified first.
    bool external = false;
    // A slow link: uncompressed images are sent JPEG-LS lossless compressed.
    bool compress = false;
    // A DICOMweb portal instead of a DICOM node: its base URL (then no AE title, host, port).
    QString dicomwebUrl, user, passwordFile, tokenFile, caFile;
    bool dicomweb() const { return !dicomwebUrl.isEmpty(); }
};

class PeerDirectory {
public:
    explicit PeerDirectory(Cache& cache) : cache_(cache) {}
    // Fails when the name is taken or a field is invalid (AE title: 1–16 characters, no
    // backslash or control characters; port 1–65535).
    Status add(const Peer& peer);
    Status remove(const QString& name);
    Result<std::vector<Peer>> list();
    Result<std::optional<Peer>> find(const QString& name);
    static QString validate(const Peer& peer);  // empty when valid
    // The AE title this workstation calls and listens with; empty when never set (DICOMNET).
    Result<QString> ownAeTitle();
    Status setOwnAeTitle(const QString& aeTitle);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
