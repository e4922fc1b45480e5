// `dicomnet listen`, `peers add|list|remove`, `echo PEER` (sending is in cli_sync.cpp).
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "cli/cli_peer.h"
#include "cli/terminal_progress.h"
#include "workflow/passphrase.h"
#include "workflow/peers.h"
#include "workflow/receiving.h"
#include "workflow/site.h"

#include "core/person_name.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTimer>

#include <unistd.h>
#include <atomic>
#include <csignal>
#include <memory>
#include <optional>

namespace dicomnet::cli {

namespace {

std::atomic_int g_signals{0};

void onStopSignal(int) {
    // The first Ctrl-C stops cleanly; a second one leaves at once (whatever was acknowledged
    // is durable, whatever was not is cleared on the next start).
    if (g_signals.fetch_add(1) > 0) ::_exit(130);
}

// This workstation's AE title: the one it joined its department's portal with, else DICOMNET.
QString defaultAeTitle(const QString& dataDir) { return workflow::ownAeTitle(dataDir); }

void addTlsOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("tls-cert"),
                      QObject::tr("our certificate (PEM; default: the data directory's node.pem)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"),
                      QObject::tr("our private key (PEM; default: node.key)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-ca"),
                      QObject::tr("the CA peers must chain to (PEM; default: ca.pem)"),
                      QStringLiteral("FILE")});
}

// The TLS files from the options, else from <data dir>/certs.
workflow::TlsFiles tlsFiles(const QCommandLineParser& parser, const QString& dataDir) {
    auto pick = [&](const char* option, const QString& fallback) {
        return parser.isSet(QLatin1String(option)) ? parser.value(QLatin1String(option)) : fallback;
    };
    const workflow::TlsFiles own = workflow::siteTlsFiles(dataDir);
    return {pick("tls-cert", own.certificate), pick("tls-key", own.privateKey),
            pick("tls-ca", own.trustedCa)};
}

bool parse(QCommandLineParser& parser, const QString& name, const GlobalOptions& options,
           int& exitCode) {
    if (!parser.parse(QStringList{name} + options.arguments)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    return true;
}

}  // namespace

int runListen(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"), QObject::tr("TCP port (default 11112)"),
                      QStringLiteral("N"), QStringLiteral("11112")});
    parser.addOption({QStringLiteral("aet"),
                      QObject::tr("our AE title (default: this workstation's, else DICOMNET)"),
                      QStringLiteral("AE"), defaultAeTitle(options.dataDir)});
    parser.addOption({QStringLiteral("max-associations"),
                      QObject::tr("associations served at once (default 8)"), QStringLiteral("N"),
                      QStringLiteral("8")});
    parser.addOption(
        {QStringLiteral("tls"),
         QObject::tr("DICOM over TLS; peers must present a certificate from the site CA")});
    parser.addOption(
        {QStringLiteral("known-peers-only"),
         QObject::tr("accept only known peers (AE title; with TLS, their certificate)")});
    addTlsOptions(parser);
    int exitCode = 0;
    if (!parse(parser, QStringLiteral("listen"), options, exitCode)) return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(QObject::tr("listen takes no arguments"));
    bool okPort = false, okMax = false;
    workflow::ReceiveSettings settings;
    settings.port = parser.value(QStringLiteral("port")).toInt(&okPort);
    settings.aeTitle = parser.value(QStringLiteral("aet"));
    settings.maxAssociations = parser.value(QStringLiteral("max-associations")).toInt(&okMax);
    if (!okPort || settings.port < 1 || settings.port > 65535)
        return usageError(QObject::tr("--port takes 1 to 65535"));
    if (!okMax || settings.maxAssociations < 1)
        return usageError(QObject::tr("--max-associations takes a positive number"));
    workflow::Peer self;
    self.name = QStringLiteral("self");
    self.aeTitle = settings.aeTitle;
    self.host = QStringLiteral("localhost");
    self.port = settings.port;
    if (const QString problem = workflow::peerProblem(self); !problem.isEmpty())
        return usageError(problem);

    // The cache must open (and recover) before the first sender is told anything (start()
    // opens it first too).
    if (parser.isSet(QStringLiteral("known-peers-only"))) {
        auto peers = workflow::listPeers(options.dataDir);
        if (!peers) return failure(peers.error());
        if (peers->empty())
            return failure(
                QObject::tr("--known-peers-only, but no peer is known (dicomnet peers add)"));
        settings.knownPeersOnly = true;
    }
    if (parser.isSet(QStringLiteral("tls")) || parser.isSet(QStringLiteral("tls-cert"))) {
        settings.tls = true;
        settings.tlsFiles = tlsFiles(parser, options.dataDir);
    }

    workflow::Receiver receiver(options.dataDir);
    QObject::connect(
        &receiver, &workflow::Receiver::objectReceived, [](const workflow::ReceivedObject& o) {
            out() << QObject::tr("received from %1: %2, %3 %4 — %5%6")
                         .arg(o.callingAeTitle, displayPersonName(o.patientName), o.modality,
                              o.studyDescription, o.sopInstanceUid,
                              o.duplicate ? QObject::tr(" (already stored)") : QString())
                  << "\n";
            out().flush();
        });
    QObject::connect(&receiver, &workflow::Receiver::associationRejected, [](const QString& why) {
        err() << QObject::tr("association rejected: %1").arg(why) << "\n";
        err().flush();
    });
    QObject::connect(&receiver, &workflow::Receiver::problem, [](const QString& why) {
        err() << "dicomnet: " << why << "\n";
        err().flush();
    });
    // Forwarding rules: what they name is queued for `dicomnet sync` (or the window) to send.
    QObject::connect(&receiver, &workflow::Receiver::forwardsQueued, [](int jobs) {
        out() << QObject::tr("queued %n send job(s) by the forwarding rules", nullptr, jobs)
              << "\n";
        out().flush();
    });
    QObject::connect(&receiver, &workflow::Receiver::forwardProblem,
                     [](const QString& why) { err() << "dicomnet: " << why << "\n"; });
    QObject::connect(&receiver, &workflow::Receiver::cacheEvicted, [](const QString& line) {
        out() << line << "\n";
        out().flush();
    });
    if (Status s = receiver.start(settings); !s) return failure(s.error());
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    err() << QObject::tr("listening as %1 on port %2%3 (cache %4); Ctrl-C stops")
                 .arg(settings.aeTitle)
                 .arg(settings.port)
                 .arg(settings.tls ? QObject::tr(" with TLS") : QString())
                 .arg(options.dataDir)
          << "\n";
    err().flush();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (g_signals.load() > 0) QCoreApplication::quit();
    });
    poll.start(100);
    QCoreApplication::exec();
    err() << QObject::tr("stopping: waiting for %n association(s) in progress", nullptr,
                         receiver.activeAssociations())
          << "\n";
    err().flush();
    receiver.stop();
    QCoreApplication::processEvents();  // objects received last reach the forwarder
    receiver.flushForwarding();
    return kExitOk;
}

int runCerts(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("org"),
                      QObject::tr("the organisation the site CA is named after"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("node"),
                      QObject::tr("this workstation's name in its certificate (default: dicomnet)"),
                      QStringLiteral("NAME"), QStringLiteral("dicomnet")});
    parser.addOption(
        {QStringLiteral("out"),
         QObject::tr("where issued files go (default: the data directory's certs/issued)"),
         QStringLiteral("DIR")});
    int exitCode = 0;
    if (!parse(parser, QStringLiteral("certs"), options, exitCode)) return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString& dataDir = options.dataDir;
    if (args.value(0) == QLatin1String("init")) {
        if (args.size() != 1 || !parser.isSet(QStringLiteral("org")))
            return usageError(QObject::tr("certs init --org NAME [--node NAME]"));
        if (Status s = workflow::initSite(dataDir, parser.value(QStringLiteral("org")),
                                          parser.value(QStringLiteral("node")));
            !s)
            return failure(s.error());
        const workflow::CertificateFiles node = workflow::siteNode(dataDir);
        out() << QObject::tr("site CA: %1\nthis node: %2 (key %3, readable by you only)")
                     .arg(workflow::siteCaCertificate(dataDir), node.certificate, node.privateKey)
              << "\n";
        return kExitOk;
    }
    if (args.value(0) == QLatin1String("issue")) {
        if (args.size() != 2) return usageError(QObject::tr("certs issue NAME [--out DIR]"));
        const QString outDir = parser.isSet(QStringLiteral("out"))
                                   ? parser.value(QStringLiteral("out"))
                                   : workflow::issuedFolder(dataDir);
        auto files = workflow::issueNodeCertificate(dataDir, args[1], outDir);
        if (!files) return failure(files.error());
        out() << QObject::tr("issued for %1: %2 and %3 (give them, with %4, to that workstation)")
                     .arg(args[1], files->certificate, files->privateKey,
                          workflow::siteCaCertificate(dataDir))
              << "\n";
        return kExitOk;
    }
    if (args.value(0) == QLatin1String("person")) {
        if (args.size() != 2)
            return usageError(QObject::tr("certs person \"FULL NAME\" [--out DIR]"));
        const QString outDir = parser.isSet(QStringLiteral("out"))
                                   ? parser.value(QStringLiteral("out"))
                                   : workflow::issuedFolder(dataDir);
        QByteArray pass = workflow::askPassphrase(QObject::tr("Passphrase for the new key: "));
        auto files = workflow::issuePersonCertificate(dataDir, args[1], outDir, pass);
        pass.fill('\0');
        if (!files) return failure(files.error());
        out() << QObject::tr(
                     "signing certificate for %1: %2 and %3 (the key is encrypted with "
                     "the passphrase; it is not kept anywhere)")
                     .arg(args[1], files->certificate, files->privateKey)
              << "\n";
        return kExitOk;
    }
    return usageError(QObject::tr("certs needs init, issue or person"));
}

namespace {

void addPeersOptions(QCommandLineParser& parser) {
    parser.addOption(
        {QStringLiteral("aet"), QObject::tr("the peer's AE title"), QStringLiteral("AE")});
    parser.addOption(
        {QStringLiteral("host"), QObject::tr("host name or address"), QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("port"), QObject::tr("TCP port"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("tls"), QObject::tr("the peer speaks DICOM over TLS")});
    parser.addOption({QStringLiteral("certificate"),
                      QObject::tr("with --tls: the peer's certificate (PEM); only it is accepted "
                                  "from the peer (default: any from the site CA named after it)"),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("dicomweb"),
         QObject::tr("a DICOMweb portal at this base URL (instead of --aet/--host/--port)"),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("user"),
                      QObject::tr("the portal's user (basic authentication)"),
                      QStringLiteral("USER")});
    parser.addOption({QStringLiteral("password-file"),
                      QObject::tr("a file holding the portal's password"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("token-file"), QObject::tr("a file holding a bearer token"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ca"),
                      QObject::tr("the CA the portal's HTTPS certificate must chain to (PEM)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("compress"),
                      QObject::tr("a slow link: send uncompressed images JPEG-LS lossless")});
    parser.addOption({QStringLiteral("external"),
                      QObject::tr("outside the institution: send only de-identified copies")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
}

// `peers add NAME --dicomweb URL ...`
int peersAddPortal(const GlobalOptions& options, const QCommandLineParser& parser,
                   const QStringList& args) {
    if (args.size() != 2)
        return usageError(QObject::tr(
            "peers add NAME --dicomweb URL [--user U --password-file F | --token-file F] "
            "[--ca F] [--external]"));
    workflow::Peer peer;
    peer.name = args[1];
    peer.dicomwebUrl = parser.value(QStringLiteral("dicomweb"));
    peer.user = parser.value(QStringLiteral("user"));
    peer.external = parser.isSet(QStringLiteral("external"));
    peer.compress = parser.isSet(QStringLiteral("compress"));
    auto absolute = [&](const char* option) {
        return parser.isSet(QLatin1String(option))
                   ? QFileInfo(parser.value(QLatin1String(option))).absoluteFilePath()
                   : QString();
    };
    peer.passwordFile = absolute("password-file");
    peer.tokenFile = absolute("token-file");
    peer.caFile = absolute("ca");
    for (const QString& f : {peer.passwordFile, peer.tokenFile, peer.caFile})
        if (!f.isEmpty() && !QFileInfo(f).isReadable())
            return failure(QObject::tr("%1 cannot be read").arg(f));
    if (const QString problem = workflow::peerProblem(peer); !problem.isEmpty())
        return usageError(problem);
    if (Status s = workflow::addPeer(options.dataDir, peer); !s) return failure(s.error());
    out() << QObject::tr("added portal %1: %2").arg(peer.name, peer.dicomwebUrl)
          << (peer.external ? QObject::tr(", external: de-identified copies only") : QString())
          << "\n";
    return kExitOk;
}

// `peers add NAME --aet AE --host HOST --port N ...`
int peersAddNode(const GlobalOptions& options, const QCommandLineParser& parser,
                 const QStringList& args) {
    if (args.size() != 2 || !parser.isSet(QStringLiteral("aet")) ||
        !parser.isSet(QStringLiteral("host")) || !parser.isSet(QStringLiteral("port")))
        return usageError(
            QObject::tr("peers add NAME --aet AE --host HOST --port N [--tls [--certificate FILE]] "
                        "[--external]"));
    bool ok = false;
    workflow::Peer peer;
    peer.name = args[1];
    peer.aeTitle = parser.value(QStringLiteral("aet"));
    peer.host = parser.value(QStringLiteral("host"));
    peer.port = parser.value(QStringLiteral("port")).toInt(&ok);
    peer.tls = parser.isSet(QStringLiteral("tls"));
    peer.external = parser.isSet(QStringLiteral("external"));
    peer.compress = parser.isSet(QStringLiteral("compress"));
    if (!ok) return usageError(QObject::tr("--port takes a number"));
    if (parser.isSet(QStringLiteral("certificate"))) {
        auto fingerprint =
            workflow::certificateFingerprint(parser.value(QStringLiteral("certificate")));
        if (!fingerprint) return failure(fingerprint.error());
        peer.certificateSha256 = fingerprint.value();
    }
    if (const QString problem = workflow::peerProblem(peer); !problem.isEmpty())
        return usageError(problem);
    if (Status s = workflow::addPeer(options.dataDir, peer); !s) return failure(s.error());
    out() << QObject::tr("added peer %1: %2@%3:%4%5")
                 .arg(peer.name, peer.aeTitle, peer.host)
                 .arg(peer.port)
                 .arg(peer.tls ? QStringLiteral(" (TLS)") : QString())
          << (peer.external ? QObject::tr(", external: de-identified copies only") : QString())
          << "\n";
    if (!peer.certificateSha256.isEmpty())
        out() << QObject::tr("only the certificate with SHA-256 %1 is accepted from it")
                     .arg(peer.certificateSha256)
              << "\n";
    return kExitOk;
}

int peersRemove(const GlobalOptions& options, const QStringList& args) {
    if (args.size() != 2) return usageError(QObject::tr("peers remove NAME"));
    if (Status s = workflow::removePeer(options.dataDir, args[1]); !s) return failure(s.error());
    out() << QObject::tr("removed peer %1").arg(args[1]) << "\n";
    return kExitOk;
}

void printPeersJson(const std::vector<workflow::Peer>& peers) {
    QJsonArray a;
    for (const auto& p : peers)
        a.append(QJsonObject{{"name", p.name},
                             {"ae_title", p.aeTitle},
                             {"host", p.host},
                             {"port", p.port},
                             {"tls", p.tls},
                             {"certificate_sha256", p.certificateSha256},
                             {"external", p.external},
                             {"dicomweb", p.dicomwebUrl},
                             {"compress", p.compress}});
    printJson(a);
}

void printPeersTable(const std::vector<workflow::Peer>& peers) {
    std::vector<QStringList> table;
    for (const auto& p : peers)
        table.push_back(
            p.dicomweb()
                ? QStringList{p.name, QObject::tr("DICOMweb"), p.dicomwebUrl, QString(),
                              p.dicomwebUrl.startsWith(QLatin1String("https"))
                                  ? QObject::tr("HTTPS")
                                  : QObject::tr("no"),
                              p.external ? QObject::tr("external") : QString()}
                : QStringList{p.name, p.aeTitle, p.host, QString::number(p.port),
                              !p.tls ? QObject::tr("no")
                              : p.certificateSha256.isEmpty()
                                  ? QObject::tr("CN %1").arg(p.name)
                                  : QObject::tr("SHA-256 %1…").arg(p.certificateSha256.left(16)),
                              p.external ? QObject::tr("external") : QString()});
    printTable({QObject::tr("NAME"), QObject::tr("AE TITLE"), QObject::tr("HOST"),
                QObject::tr("PORT"), QObject::tr("TLS"), QObject::tr("SCOPE")},
               table);
}

int peersList(const GlobalOptions& options, const QCommandLineParser& parser,
              const QStringList& args) {
    if (args.size() != 1) return usageError(QObject::tr("peers list takes no arguments"));
    auto peers = workflow::listPeers(options.dataDir);
    if (!peers) return failure(peers.error());
    if (parser.isSet(QStringLiteral("json")))
        printPeersJson(peers.value());
    else
        printPeersTable(peers.value());
    return kExitOk;
}

}  // namespace

int runPeers(const GlobalOptions& options) {
    QCommandLineParser parser;
    addPeersOptions(parser);
    int exitCode = 0;
    if (!parse(parser, QStringLiteral("peers"), options, exitCode)) return exitCode;
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(0);
    if (what == QLatin1String("add") && parser.isSet(QStringLiteral("dicomweb")))
        return peersAddPortal(options, parser, args);
    if (what == QLatin1String("add")) return peersAddNode(options, parser, args);
    if (what == QLatin1String("remove")) return peersRemove(options, args);
    if (what == QLatin1String("list")) return peersList(options, parser, args);
    return usageError(QObject::tr("peers needs add, list or remove"));
}

void addPeerOptions(QCommandLineParser& parser, const GlobalOptions& options) {
    parser.addOption({QStringLiteral("aet"),
                      QObject::tr("our AE title (default: this workstation's, else DICOMNET)"),
                      QStringLiteral("AE"), defaultAeTitle(options.dataDir)});
    addTlsOptions(parser);
}

workflow::TlsFiles peerTlsFiles(const QCommandLineParser& parser, const QString& dataDir) {
    return tlsFiles(parser, dataDir);
}

std::optional<workflow::RemotePeer> remotePeer(const QString& name,
                                               const QCommandLineParser& parser,
                                               const GlobalOptions& options, int& exitCode) {
    auto peer =
        workflow::RemotePeer::open(options.dataDir, name, parser.value(QStringLiteral("aet")), 30,
                                   tlsFiles(parser, options.dataDir));
    if (!peer) {
        exitCode = failure(peer.error());
        return std::nullopt;
    }
    if (!peer.value())
        exitCode = failure(QObject::tr("no peer named \"%1\" (see dicomnet peers list)").arg(name));
    return peer.value();
}

int runEcho(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("aet"),
                      QObject::tr("our AE title (default: this workstation's, else DICOMNET)"),
                      QStringLiteral("AE"), defaultAeTitle(options.dataDir)});
    addTlsOptions(parser);
    int exitCode = 0;
    if (!parse(parser, QStringLiteral("echo"), options, exitCode)) return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(QObject::tr("echo needs one PEER"));
    auto peer = remotePeer(parser.positionalArguments()[0], parser, options, exitCode);
    if (!peer) return exitCode;
    auto rtt = peer->echo();
    if (!rtt) return failure(rtt.error());
    if (peer->portal())
        out() << QObject::tr("%1 answered a DICOMweb query in %2 ms")
                     .arg(peer->name())
                     .arg(rtt.value(), 0, 'f', 1)
              << "\n";
    else
        out() << QObject::tr("%1 answered C-ECHO in %2 ms")
                     .arg(peer->name())
                     .arg(rtt.value(), 0, 'f', 1)
              << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
