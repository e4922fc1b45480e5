// The DICOM listener (SCP) embedded in the workstation and in `dicomnet listen`: one accept
// thread that only waits for callers, and a worker per caller that accepts it, reads its
// association request (within `associationRequestSeconds`), negotiates and serves it. C-ECHO,
// and C-STORE of every storage SOP class in any transfer syntax the sender proposes, received
// bit for bit into the cache. An object is acknowledged only once it is durable; past
// `maxAssociations`, further associations are rejected (local limit exceeded) at once. A slow
// or silent caller holds only its own worker: see guarded_transport.h for the other limits.
#pragma once

#include "tls_files.h"

#include "core/result.h"
#include "db/peer_directory.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace dicomnet::network {

struct ListenerSettings {
    QString dataDir;
    QString aeTitle = QStringLiteral("DICOMNET");
    int port = 11112;
    int maxAssociations = 8;
    int timeoutSeconds = 30;             // ACSE and DIMSE: how long a silent peer is waited for
    int associationRequestSeconds = 10;  // ARTIM: from the connection to its A-ASSOCIATE-RQ
    int maxConnectionsPerHost = 16;      // open at once, associated or not
    int maxConnections = 64;
    std::optional<TlsFiles> tls;  // DICOM TLS with mutual authentication
    // When set, accept associations only from these peers: their AE title, and over TLS their
    // certificate (see known_callers.h). Unset: anyone (with TLS: anyone the site CA vouches for).
    std::optional<std::vector<db::Peer>> knownPeers;
};

struct ReceivedObject {
    QString callingAeTitle;
    QString sopInstanceUid;
    QString studyUid;
    QString patientId;
    QString patientName;
    QString modality;
    QString studyDescription;
    bool duplicate = false;
};

// What one association did, told once when it ends (not per object): who called, from where,
// what was stored per study, what was asked and sent back. The audit trail's record of it.
struct AssociationRecord {
    QString callingAeTitle, peerHost;
    bool tls = false;
    struct StudyReceived {
        QString studyUid, patientId;
        int stored = 0, duplicates = 0;
    };
    std::vector<StudyReceived> received;
    int refusedObjects = 0;
    // C-FIND, C-GET and C-MOVE served, with the keys asked (the Patient ID and Study UID
    // when the identifier named them) and how many objects went back.
    struct Request {
        QString kind;  // "query", "retrieve", "move to AE"
        QString level, patientId, studyUid;
        int answers = 0;
    };
    std::vector<Request> requests;
    bool empty() const { return received.empty() && refusedObjects == 0 && requests.empty(); }
};

class DicomListener : public QObject {
    Q_OBJECT
public:
    explicit DicomListener(ListenerSettings settings, QObject* parent = nullptr);
    ~DicomListener() override;  // stops

    // Binds the port and starts accepting; fails with a message (port in use, no permission).
    Status start();
    // Stops accepting, lets running associations finish (each object already acknowledged is
    // durable; one in flight is not acknowledged), and returns when all workers are done.
    void stop();
    bool running() const;
    int activeAssociations() const;
    const ListenerSettings& settings() const;
    // Changes who may call (see ListenerSettings::knownPeers) for the associations to come.
    void setKnownPeers(std::optional<std::vector<db::Peer>> peers);

signals:
    // Emitted from worker threads; connect with a queued connection to reach the GUI thread.
    void objectReceived(const dicomnet::network::ReceivedObject& object);
    void associationRejected(const QString& reason);
    void problem(const QString& message);
    // An association that stored, was refused objects, or asked something has ended.
    void associationEnded(const dicomnet::network::AssociationRecord& record);

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace dicomnet::network

Q_DECLARE_METATYPE(dicomnet::network::ReceivedObject)
Q_DECLARE_METATYPE(dicomnet::network::AssociationRecord)
