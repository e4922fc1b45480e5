// Export and anonymize: objects of the cache written out as DICOM files, as they are (`dicomnet
// export`) or as de-identified copies (`dicomnet anonymize`, PS3.15 Annex E basic profile).
#pragma once

#include "core/result.h"
#include "network/deidentifier.h"
#include "workflow/progress.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::workflow {

struct ExportedObject {
    QString sopInstanceUid, file;
    QString pdf;  // an encapsulated PDF, also written as such
};

// Writes every object under `uids` (studies, series, instances) into `outDir` as
// SOP_INSTANCE_UID.dcm, each file whole or not at all; stops at the first that cannot be.
Result<std::vector<ExportedObject>> exportObjects(const QString& dataDir, const QStringList& uids,
                                                  const QString& outDir);

using network::DeidentificationOptions;

struct Anonymized {
    QString file, sopInstanceUid, studyUid, pseudonym;
};

struct HeldBack {
    QString file, reason;
};

struct Anonymization {
    std::vector<Anonymized> written;
    std::vector<HeldBack> heldBack;  // not de-identifiable: never written
};

// De-identified copies of `uidsOrFiles` (files, or UIDs of the cache) in `outDir`, with the
// data directory's pseudonyms; `progress` hears of each object held back as it happens.
Result<Anonymization> anonymize(const QString& dataDir, const QStringList& uidsOrFiles,
                                const QString& outDir, const DeidentificationOptions& options,
                                const Progress<HeldBack>& progress = {});

}  // namespace dicomnet::workflow
