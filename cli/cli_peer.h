// Shared by the subcommands that talk to a peer: the TLS and AE title options, and a client
// for a named peer (TLS when the peer was added with --tls).
#pragma once

#include "cli/cli.h"

#include "network/dicom_client.h"

#include <QCommandLineParser>

#include <functional>
#include <optional>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::cli {

void addPeerOptions(QCommandLineParser& parser);  // --aet, --tls-cert, --tls-key, --tls-ca
// The TLS files from --tls-cert/--tls-key/--tls-ca, else the data directory's.
network::TlsFiles peerTlsFiles(const QCommandLineParser& parser, const QString& dataDir);
// Prints why and sets exitCode when the peer is unknown.
std::optional<network::DicomClient> clientForPeer(db::Cache& cache, const QString& name,
                                                  const QCommandLineParser& parser,
                                                  const GlobalOptions& options, int& exitCode);

// Queries a peer: C-FIND, or QIDO-RS when the peer is a DICOMweb portal.
using Finder = std::function<Result<std::vector<network::QueryMatch>>(
    const QString& level, const std::vector<std::pair<QString, QString>>& keys)>;
// Prints why and sets exitCode when the peer is unknown (or its credentials unreadable).
std::optional<Finder> finderForPeer(db::Cache& cache, const QString& name,
                                    const QCommandLineParser& parser, const GlobalOptions& options,
                                    int& exitCode);
// Whether `name` is a DICOMweb portal (false when unknown).
bool isPortal(db::Cache& cache, const QString& name);

}  // namespace dicomnet::cli
