// Receiving: the embedded DICOM listener of the workstation window (C-ECHO, C-STORE into the
// cache), with the forwarding rules applied to what arrives. `dicomnet listen` runs the same
// listener in the foreground.
#pragma once

#include "core/result.h"
#include "network/dicom_listener.h"

#include <QObject>
#include <QString>

#include <memory>

namespace dicomnet::network {
class Forwarder;
}

namespace dicomnet::workflow {

using network::ReceivedObject;

struct ReceiveSettings {
    QString aeTitle = QStringLiteral("DICOMNET");
    int port = 11112;
    int maxAssociations = 8;
    bool tls = false;             // with the data directory's site certificates
    bool knownPeersOnly = false;  // the peers of the data directory, and no one else
};

// Whether the data directory has the site certificates DICOM TLS needs (dicomnet certs init).
bool siteCertificatesReady(const QString& dataDir);

class Receiver : public QObject {
    Q_OBJECT
public:
    explicit Receiver(QString dataDir, QObject* parent = nullptr);
    ~Receiver() override;

    // Listens (stopping a listener already running); an error says why it cannot.
    Status start(const ReceiveSettings& settings);
    // Waits for associations in progress: what was acknowledged is stored.
    void stop();
    bool listening() const { return listener_ != nullptr; }
    // A listener that takes known peers only follows the peers as they are now.
    void peersChanged();

signals:
    void objectReceived(const dicomnet::network::ReceivedObject& object);
    void associationRejected(const QString& reason);
    void problem(const QString& message);
    // The forwarding rules queued `jobs` sends (0: nothing matched); or could not.
    void forwardsQueued(int jobs);
    void forwardProblem(const QString& message);

private:
    QString dataDir_;
    ReceiveSettings settings_;
    std::unique_ptr<network::DicomListener> listener_;
    network::Forwarder* forwarder_ = nullptr;
};

}  // namespace dicomnet::workflow
