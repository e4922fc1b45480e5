// Import: files, folders, DICOMDIRs and .zip archives into the cache — the window's Import
// and `dicomnet import`. Every object is screened, checked against the UIDs already stored,
// written durably and indexed; one bad object never stops the rest.
#pragma once

#include "core/result.h"
#include "db/importer.h"
#include "workflow/progress.h"

#include <QString>
#include <QStringList>

namespace dicomnet::workflow {

using db::ImportProblem;
using db::ImportProgress;
using db::ImportSummary;

// An error only when the cache cannot be opened; what happened to each object is in the
// summary. `reportEveryMs`: how often progress is reported (and once at the end).
Result<ImportSummary> importInto(const QString& dataDir, const QStringList& paths,
                                 const Progress<ImportProgress>& progress = {},
                                 int reportEveryMs = 100);

}  // namespace dicomnet::workflow
