// De-identification of what leaves the institution: the PS3.15 Annex E Basic Application Level
// Confidentiality Profile, with the Retain Longitudinal Temporal Information with Modified Dates
// option (each patient's dates shifted by the same number of days) and, when asked, the Retain
// Device Identity and Clean Descriptors options (descriptors kept as they are). The ~300
// attributes Table E.1-1 names by tag are in deidentification_profile.cpp. The patient gets a
// pseudonym, every instance UID a replacement, both kept in the index (db/pseudonym_store.h)
// and the same each time. Private attributes, overlays and curves go; person names other than
// the patient's are emptied; UIDs that are not well-known DICOM ones are replaced wherever
// they are (references, SR content). An object with burned-in annotation (Burned In
// Annotation YES, or a secondary capture that does not say NO) is refused, not sent.
#pragma once

#include "core/result.h"

#include <QString>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::network {

struct DeidentificationOptions {
    bool retainDates = true;         // shifted per patient; else emptied
    bool retainDevice = false;       // station name, device serial number…
    bool retainDescriptors = false;  // study and series descriptions, protocol name
};

struct DeidentifiedObject {
    QString sopInstanceUid, studyUid;  // the replacements
    QString pseudoId;
};

class Deidentifier {
public:
    Deidentifier(db::Cache& cache, DeidentificationOptions options = {});
    Result<DeidentifiedObject> apply(const QString& inFile, const QString& outFile);

private:
    db::Cache& cache_;
    DeidentificationOptions options_;
};

}  // namespace dicomnet::network
