// Receiving: the embedded DICOM listener of the workstation window (C-ECHO, C-STORE into the
// cache), with the forwarding rules applied to what arrives. `dicomnet listen` runs the same
// listener in the foreground.
#pragma once

#include "core/result.h"
#include "network/dicom_listener.h"
#include "network/tls_files.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace dicomnet::network {
class Forwarder;
}

namespace dicomnet::workflow {

class BackgroundEviction;
class DescriptorWorker;
using network::ReceivedObject;

struct ReceiveSettings {
    QString aeTitle = QStringLiteral("DICOMNET");
    int port = 11112;
    int maxAssociations = 8;
    bool tls = false;                           // DICOM TLS with mutual authentication:
    std::optional<network::TlsFiles> tlsFiles;  // these files, else the site's certificates
    bool knownPeersOnly = false;                // the peers of the data directory, and no one else
    bool forward = true;                        // apply the forwarding rules to what arrives
};

// The audit trail's records of one association: a "received" record per study (with how many
// objects were stored and were duplicates), one for objects refused, and a "queried-by-peer" or
// "retrieved-by-peer" record per request served — the calling AE title as the actor, its
// address as the host. Called by the listener's worker thread as the association ends.
Status recordAssociation(const QString& dataDir, const network::AssociationRecord& record);

class Receiver : public QObject {
    Q_OBJECT
public:
    explicit Receiver(QString dataDir, QObject* parent = nullptr);
    ~Receiver() override;

    // Listens (stopping a listener already running); an error says why it cannot. The cache
    // opens (and recovers) before the first sender is told anything.
    Status start(const ReceiveSettings& settings);
    // Waits for associations in progress: what was acknowledged is stored.
    void stop();
    bool listening() const { return listener_ != nullptr; }
    int activeAssociations() const;
    // Queues now what the forwarding rules name of the objects received so far.
    void flushForwarding();
    // A listener that takes known peers only follows the peers as they are now.
    void peersChanged();
    // Objects came in another way (an import): compute their descriptors in the background.
    void pokeDescriptors();

signals:
    void objectReceived(const dicomnet::network::ReceivedObject& object);
    void associationRejected(const QString& reason);
    void problem(const QString& message);
    // The forwarding rules queued `jobs` sends (0: nothing matched); or could not.
    void forwardsQueued(int jobs);
    void forwardProblem(const QString& message);
    // The background eviction freed room (or could not free enough): one line to show.
    void cacheEvicted(const QString& summary);

private:
    QString dataDir_;
    ReceiveSettings settings_;
    std::unique_ptr<network::DicomListener> listener_;
    network::Forwarder* forwarder_ = nullptr;
    std::shared_ptr<std::atomic_bool> forwarding_ = std::make_shared<std::atomic_bool>(false);
    // Descriptors of what arrives, computed in the background (features.h); none when the
    // site switched them off.
    std::shared_ptr<DescriptorWorker> descriptors_;
    // Keeps the cache under its quota while receiving (background_eviction.h).
    std::shared_ptr<BackgroundEviction> eviction_;
};

}  // namespace dicomnet::workflow
