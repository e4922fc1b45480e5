// Query and retrieve: a configured peer asked for studies and series (C-FIND on a DICOM node,
// QIDO-RS on a portal) and what it holds brought into the cache (C-GET, else C-MOVE to our
// listener; from a portal, a fetch job) — the window's Query and retrieve.
#pragma once

#include "core/result.h"
#include "network/dicom_client.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace dicomnet::workflow {

using network::QueryMatch;
using network::RetrieveTarget;
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
    // The peer `name` of the data directory (none when there is no such peer), with the site's
    // TLS files when it speaks TLS. An error when the cache or the portal's settings cannot be
    // read.
    static Result<std::optional<RemotePeer>> open(const QString& dataDir, const QString& name,
                                                  const QString& ourAeTitle,
                                                  int timeoutSeconds = 30);

    const QString& name() const;
    bool portal() const;
    // C-FIND or QIDO-RS at `level` (STUDY, SERIES). A portal's client is made in the calling
    // thread (its network manager lives there).
    Result<std::vector<QueryMatch>> find(const QString& level, const QueryKeys& keys) const;
    // From a DICOM node: C-GET into the cache in `dataDir`, else C-MOVE to `ourAeTitle` when
    // `receiving` (our listener stores what comes). Blocks: call it from a worker.
    Result<Retrieved> retrieve(const QString& dataDir, const RetrieveTarget& target,
                               bool receiving) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

// Queues a fetch from portal `portal` of a study or one of its series: what the portal holds
// and the cache lacks. The job's id, 0 when the cache has all of it already.
Result<qint64> queueFetch(const QString& dataDir, const QString& portal, const QString& studyUid,
                          const QString& seriesUid = {});

}  // namespace dicomnet::workflow
