// The DICOM client (SCU) towards one peer: C-ECHO, and C-STORE of cached objects with the
// transfer syntax they are stored in (uncompressed ones may also go as the other uncompressed
// syntaxes). One association per call; Nagle is off (see network_setup.h).
#pragma once

#include "tls_files.h"

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <utility>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace dicomnet::network {

struct PeerAddress {
    QString aeTitle;
    QString host;
    int port = 104;
};

struct SendItem {
    QString path;
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
    qint64 size = 0;
    // The same object as it is stored, for a peer that does not take the syntax above (a copy
    // compressed for a slow link); empty when there is no other form.
    QString fallbackPath, fallbackTransferSyntaxUid;
};

struct SendSummary {
    int sent = 0;      // success or warning status
    int warnings = 0;  // among `sent`
    int failed = 0;
    qint64 bytes = 0;
    double seconds = 0;
    QStringList problems;  // "SOP Instance UID: reason"
    QString fatalError;    // association refused, connection lost...
};

// What a C-MOVE or C-GET fetches: a study, one of its series, or one instance. Hierarchical
// peers (PS3.4 C.4.2.2.1) need the UIDs of the levels above, so give them when known.
struct RetrieveTarget {
    QString study, series, instance;
    QString level() const;  // IMAGE, SERIES or STUDY: the lowest level named
    QString uid() const;    // the UID at that level
};

// One C-FIND match: attribute keyword → value (UTF-8), for the keys that were asked.
using QueryMatch = std::vector<std::pair<QString, QString>>;

class DicomClient {
public:
    DicomClient(QString callingAeTitle, PeerAddress peer, int timeoutSeconds = 30,
                std::optional<TlsFiles> tls = std::nullopt);

    // Round-trip time in milliseconds, or why the peer did not answer.
    Result<double> echo();
    // C-FIND (Study Root) at `level` (STUDY, SERIES, IMAGE; PATIENT uses Patient Root) with
    // (keyword, value) keys; an empty value asks for the attribute without matching on it.
    // `notOffered` is set when the peer took the association but does not do C-FIND.
    Result<std::vector<QueryMatch>> find(const QString& level,
                                         const std::vector<std::pair<QString, QString>>& keys,
                                         bool* notOffered = nullptr);
    // C-MOVE (Study Root) of `target` to the AE title `destination` (the peer must know where
    // that is). Returns how many sub-operations completed and failed.
    struct MoveResult {
        int completed = 0, failed = 0, warnings = 0;
    };
    Result<MoveResult> move(const RetrieveTarget& target, const QString& destination);
    // C-GET (Study Root): the peer sends the objects back on the same association; they are
    // written, as received, into `folder` (the caller imports them). Fails with `notOffered`
    // set when the peer does not do C-GET, so that the caller can fall back to C-MOVE.
    Result<MoveResult> get(const RetrieveTarget& target, const QString& folder,
                           bool* notOffered = nullptr);
    // Fills in the UIDs above the level of `target` by asking the peer (a relational query);
    // leaves `target` as it is when the peer will not say.
    void completeTarget(RetrieveTarget& target);
    using ProgressFn = std::function<void(int done, int total, qint64 bytes)>;
    // Told about each object: `before` it goes, `after` with whether the peer acknowledged it
    // (success or warning) and, when not, why, and whether the peer may take it later (out of
    // resources). The sync engine records both.
    struct ObjectHooks {
        std::function<void(size_t index)> before;
        std::function<void(size_t index, bool acknowledged, const QString& problem, bool transient)>
            after;
    };
    SendSummary send(const std::vector<SendItem>& items, const ProgressFn& progress = {},
                     const std::atomic_bool* cancel = nullptr, const ObjectHooks& hooks = {});

private:
    QString callingAeTitle_;
    PeerAddress peer_;
    int timeoutSeconds_;
    std::optional<TlsFiles> tls_;
};

}  // namespace dicomnet::network
