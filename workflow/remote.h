// Query and retrieve: a configured peer asked for studies and series (C-FIND on a DICOM node,
// QIDO-RS on a portal) and what it holds brought into the cache (C-GET, else C-MOVE to our
// listener; from a portal, a fetch job) — the window's Query and retrieve.
#pragma once

#include "core/result.h"
#include "network/dicom_client.h"
#include "network/retrieval.h"
#include "network/tls_files.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace dicomnet::workflow {

using network::GetOutcome;
using network::QueryMatch;
using network::RetrieveTarget;
using network::TlsFiles;
using MoveOutcome = network::DicomClient::MoveResult;
using QueryKeys = std::vector<std::pair<QString, QString>>;

// What a retrieve from a DICOM node brought.
struct Retrieved {
    enum class Way {
        Get,      // C-GET into the cache
        Move,     // C-MOVE to our listener
        Refused,  // the peer does no C-GET, and we are not receiving for a C-MOVE
    } way = Way::Get;
    int completed = 0, failed = 0;  // sub-operations; for C-GET `failed` counts refusals here too
    int imported = 0, duplicates = 0;
    bool ok() const { return way != Way::Refused && failed == 0; }
};

// A configured peer, ready to be asked; copies share it, and may go to worker threads.
class RemotePeer {
public:
    // The peer `name` of the data directory (none when there is no such peer). When it speaks
    // TLS: `tls`, else the site's files. An error when the cache or a portal's settings cannot be
    // read.
    static Result<std::optional<RemotePeer>> open(const QString& dataDir, const QString& name,
                                                  const QString& ourAeTitle,
                                                  int timeoutSeconds = 30,
                                                  const std::optional<TlsFiles>& tls = {});

    const QString& name() const;
    bool portal() const;
    // C-FIND or QIDO-RS at `level` (STUDY, SERIES). A portal's client is made in the calling
    // thread (its network manager lives there). `limit` > 0 (portals only): one page of at
    // most `limit` matches after `offset`.
    Result<std::vector<QueryMatch>> find(const QString& level, const QueryKeys& keys, int limit = 0,
                                         int offset = 0) const;
    // C-ECHO, or a small QIDO-RS query of a portal: the round trip in ms.
    Result<double> echo() const;

    // The single steps of a retrieve from a DICOM node. completeTarget asks the peer for the
    // study (and series) of a series or instance when they are not given.
    void completeTarget(RetrieveTarget& target) const;
    // C-GET into the cache of `dataDir`; `notOffered` when the peer does no C-GET.
    Result<GetOutcome> get(const QString& dataDir, const RetrieveTarget& target,
                           bool* notOffered) const;
    // C-MOVE to `destinationAe` (a listener must be storing what comes).
    Result<MoveOutcome> move(const RetrieveTarget& target, const QString& destinationAe) const;

    // From a DICOM node: C-GET into the cache in `dataDir`, else C-MOVE to `ourAeTitle` when
    // `receiving` (our listener stores what comes). Blocks: call it from a worker.
    Result<Retrieved> retrieve(const QString& dataDir, const RetrieveTarget& target,
                               bool receiving) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

// Queues a fetch from portal `portal` of a study, one of its series or one instance: what the
// portal holds and the cache lacks. The job's id, 0 when the cache has all of it already.
Result<qint64> queueFetch(const QString& dataDir, const QString& portal, const QString& studyUid,
                          const QString& seriesUid = {}, const QString& sopUid = {});

}  // namespace dicomnet::workflow
