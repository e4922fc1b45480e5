#include "workflow/receiving.h"

#include "workflow/peers.h"

#include "db/cache.h"
#include "network/forwarder.h"
#include "network/site_certificates.h"

namespace dicomnet::workflow {

Receiver::Receiver(QString dataDir, QObject* parent)
    : QObject(parent), dataDir_(std::move(dataDir)) {}

Receiver::~Receiver() { stop(); }

Status Receiver::start(const ReceiveSettings& wanted) {
    stop();
    if (auto cache = db::Cache::open(dataDir_); !cache) return Error{cache.error()};
    network::ListenerSettings settings;
    settings.dataDir = dataDir_;
    settings.aeTitle = wanted.aeTitle;
    settings.port = wanted.port;
    settings.maxAssociations = wanted.maxAssociations;
    if (wanted.tls && wanted.tlsFiles) {
        settings.tls = wanted.tlsFiles;
    } else if (wanted.tls) {
        const network::SiteCertificates site(dataDir_);
        if (!site.initialised())
            return Error{tr("no site certificate for TLS (dicomnet certs init)")};
        settings.tls = site.tlsFiles();
    }
    if (wanted.knownPeersOnly) {
        auto peers = listPeers(dataDir_);
        settings.knownPeers = peers ? peers.value() : std::vector<Peer>{};
    }
    auto listener = std::make_unique<network::DicomListener>(settings);
    // Forwarding rules queue what they name; the window's job runner sends it.
    if (wanted.forward && !forwarder_) {
        forwarder_ = new network::Forwarder(dataDir_, 2000, this);
        connect(forwarder_, &network::Forwarder::queued, this, &Receiver::forwardsQueued);
        connect(forwarder_, &network::Forwarder::problem, this, &Receiver::forwardProblem);
    }
    if (wanted.forward)
        connect(listener.get(), &network::DicomListener::objectReceived, forwarder_,
                &network::Forwarder::onReceived, Qt::QueuedConnection);
    connect(listener.get(), &network::DicomListener::objectReceived, this,
            &Receiver::objectReceived, Qt::QueuedConnection);
    connect(listener.get(), &network::DicomListener::associationRejected, this,
            &Receiver::associationRejected, Qt::QueuedConnection);
    connect(listener.get(), &network::DicomListener::problem, this, &Receiver::problem,
            Qt::QueuedConnection);
    if (Status s = listener->start(); !s) return s;
    listener_ = std::move(listener);
    settings_ = wanted;
    return {};
}

int Receiver::activeAssociations() const { return listener_ ? listener_->activeAssociations() : 0; }

void Receiver::flushForwarding() {
    if (forwarder_) forwarder_->flush();
}

void Receiver::peersChanged() {
    if (!listener_ || !settings_.knownPeersOnly) return;
    auto peers = listPeers(dataDir_);
    listener_->setKnownPeers(peers ? peers.value() : std::vector<Peer>{});
}

void Receiver::stop() {
    if (!listener_) return;
    listener_->stop();
    listener_.reset();
}

}  // namespace dicomnet::workflow
