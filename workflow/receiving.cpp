#include "workflow/receiving.h"
#include "workflow/background_eviction.h"

#include "workflow/audit.h"
#include "workflow/audit_forwarding.h"
#include "workflow/descriptor_worker.h"
#include "workflow/features.h"
#include "workflow/peers.h"
#include "workflow/site.h"

#include "db/cache.h"
#include "network/forwarder.h"
#include "network/site_certificates.h"

#include <QThreadPool>
#include <QTimer>

namespace dicomnet::workflow {

Status recordAssociation(const QString& dataDir, const network::AssociationRecord& r) {
    const QString actor = QStringLiteral("ae:") + r.callingAeTitle;
    const QString from = r.callingAeTitle + (r.tls ? QStringLiteral(" over TLS") : QString());
    Status result;
    auto record = [&](AuditEvent e) {
        e.actor = actor;
        e.host = r.peerHost;
        if (e.outcome.isEmpty()) e.outcome = QStringLiteral("success");
        if (Status s = recordAudit(dataDir, e); !s) result = s;
    };
    for (const auto& study : r.received)
        record({QStringLiteral("received"),
                {},
                study.patientId,
                {study.studyUid},
                QStringLiteral("from %1: %2 stored, %3 already here")
                    .arg(from)
                    .arg(study.stored)
                    .arg(study.duplicates)});
    if (r.refusedObjects > 0)
        record({QStringLiteral("received"),
                QStringLiteral("%1 object(s) refused").arg(r.refusedObjects),
                {},
                {},
                QStringLiteral("from %1").arg(from)});
    for (const auto& q : r.requests)
        record({q.kind == QLatin1String("query") ? QStringLiteral("queried-by-peer")
                                                 : QStringLiteral("retrieved-by-peer"),
                {},
                q.patientId,
                q.studyUid.isEmpty() ? QStringList{} : QStringList{q.studyUid},
                QStringLiteral("%1 %2 by %3: %4 answer(s)")
                    .arg(q.kind, q.level, from)
                    .arg(q.answers)});
    return result;
}

Receiver::Receiver(QString dataDir, QObject* parent)
    : QObject(parent), dataDir_(std::move(dataDir)) {
    // The audit trail is sealed every 15 minutes (when this node has its key), off this thread.
    auto* seal = new QTimer(this);
    seal->setInterval(15 * 60 * 1000);
    connect(seal, &QTimer::timeout, this, [dataDir = dataDir_] {
        if (!siteCertificatesReady(dataDir)) return;
        QThreadPool::globalInstance()->start([dataDir] { sealAudit(dataDir); });
    });
    seal->start();
    // What waits for the audit collector goes every minute (when one is set), one try at a time.
    auto forward = new QTimer(this);
    forward->setInterval(60 * 1000);
    connect(forward, &QTimer::timeout, this, [this] {
        if (forwarding_->exchange(true)) return;
        QThreadPool::globalInstance()->start([dataDir = dataDir_, busy = forwarding_] {
            forwardAudit(dataDir);
            *busy = false;
        });
    });
    forward->start();
}

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
    if (!descriptors_ && backgroundDescriptorsEnabled(dataDir_))
        descriptors_ = std::make_shared<DescriptorWorker>(dataDir_);
    if (!eviction_)
        eviction_ =
            std::make_shared<BackgroundEviction>(dataDir_, [this](const EvictionOutcome& outcome) {
                const QString line = describeEviction(outcome);
                if (!line.isEmpty())
                    QMetaObject::invokeMethod(
                        this, [this, line] { emit cacheEvicted(line); }, Qt::QueuedConnection);
            });
    // Recorded by the association's own worker thread as it ends: never the window's work.
    connect(
        listener.get(), &network::DicomListener::associationEnded, this,
        [this, dataDir = dataDir_, descriptors = descriptors_,
         eviction = eviction_](const network::AssociationRecord& record) {
            if (descriptors && !record.received.empty()) descriptors->poke();
            if (eviction && !record.received.empty()) eviction->poke();
            if (Status s = recordAssociation(dataDir, record); !s)
                QMetaObject::invokeMethod(
                    this, [this, why = s.error()] { emit problem(why); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
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

void Receiver::pokeDescriptors() {
    if (!descriptors_ && backgroundDescriptorsEnabled(dataDir_))
        descriptors_ = std::make_shared<DescriptorWorker>(dataDir_);
    if (descriptors_) descriptors_->poke();
    if (eviction_) eviction_->poke();
}

void Receiver::stop() {
    if (!listener_) return;
    listener_->stop();
    listener_.reset();
    // What the listener recorded last is sealed as it stops.
    if (siteCertificatesReady(dataDir_)) sealAudit(dataDir_);
}

}  // namespace dicomnet::workflow
