// Shared by the subcommands that talk to a peer: the TLS and AE title options, and a named peer
// ready to be asked (TLS when the peer was added with --tls).
#pragma once

#include "cli/cli.h"
#include "workflow/remote.h"

#include <QCommandLineParser>

#include <optional>

namespace dicomnet::cli {

void addPeerOptions(QCommandLineParser& parser, const GlobalOptions& options);  // --aet, --tls-cert, --tls-key, --tls-ca
// The TLS files from --tls-cert/--tls-key/--tls-ca, else the data directory's.
workflow::TlsFiles peerTlsFiles(const QCommandLineParser& parser, const QString& dataDir);
// The peer `name` as --aet asks it (C-FIND, or QIDO-RS when it is a DICOMweb portal; C-GET,
// C-MOVE, C-ECHO). Prints why and sets exitCode when the peer is unknown (or a portal's
// credentials cannot be read).
std::optional<workflow::RemotePeer> remotePeer(const QString& name,
                                               const QCommandLineParser& parser,
                                               const GlobalOptions& options, int& exitCode);

}  // namespace dicomnet::cli
