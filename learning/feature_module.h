// The boundary between the program and the descriptor extractor, a library of its own
// (libdicomnet_features.so, ITK inside) that workflow/ loads the first time a descriptor is
// computed, so that commands which never compute one start without ITK.
#pragma once

#include "learning/descriptor.h"

#include "core/result.h"

#include <QStringList>

namespace dicomnet::learning {

// A series to describe, with what the index knows of it.
struct SeriesToDescribe {
    QString modality, bodyPart, viewPosition;
    int patientAgeYears = -1;  // from birth date and study date; -1 unknown
    QStringList files;         // in the index's instance order
};

struct FeatureModuleApi {
    int abiVersion;
    // A descriptor (possibly not applicable, with its reason); an error only when the files
    // cannot be read at all.
    Result<Descriptor> (*describe)(const SeriesToDescribe& series);
};

constexpr int kFeatureModuleAbi = 1;

}  // namespace dicomnet::learning

extern "C" const dicomnet::learning::FeatureModuleApi* dicomnet_features_api();
