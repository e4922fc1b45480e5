// Fetching a study, series or instance from a peer into the cache by C-GET: the objects come
// back on our own association into a scratch folder of the data directory, bit for bit, and go
// through the importer like any import. Shared by `dicomnet retrieve` and the window's
// query/retrieve panel; both fall back to C-MOVE when the peer does not offer C-GET.
#pragma once

#include "dicom_client.h"

#include "db/importer.h"

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::network {

struct GetOutcome {
    DicomClient::MoveResult transfer;  // the peer's count of sub-operations
    db::ImportSummary imported;        // what the cache made of the objects
};

// Fails with `notOffered` set when the peer does not do C-GET.
Result<GetOutcome> getIntoCache(DicomClient& client, db::Cache& cache, const RetrieveTarget& target,
                                bool* notOffered = nullptr);

}  // namespace dicomnet::network
