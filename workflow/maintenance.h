// Looking after the cache: checking the index against the stored files (`dicomnet check`) and
// adding the demo patient (`dicomnet demo`).
#pragma once

#include "core/result.h"
#include "db/consistency_check.h"
#include "workflow/import.h"
#include "workflow/progress.h"

#include <QString>

#include <optional>

namespace dicomnet::workflow {

using db::ConsistencyReport;

struct CacheCheck {
    int recovered = 0;  // objects an interrupted writer had stored, indexed on opening
    std::optional<ConsistencyReport> report;
    QString error;  // why there is no report
};

// Opens the cache (an error when it cannot) and checks it.
Result<CacheCheck> checkCache(const QString& dataDir);

// Makes the demo patient (no real person's data: four chest X-rays of one admission and a
// chest CT) inside the data directory and imports it; `progress` hears what is being done.
Result<ImportSummary> addDemoPatient(const QString& dataDir,
                                     const Progress<QString>& progress = {});

}  // namespace dicomnet::workflow
