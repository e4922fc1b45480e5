// The boundary between the program and the descriptor extractor, a library of its own
// (libdicomnet_features.so, ITK inside) that workflow/ loads the first time a descriptor is
// computed, so that commands which never compute one start without ITK.
#pragma once

#include "learning/descriptor.h"
#include "learning/site_model.h"

#include "core/result.h"

#include <QStringList>

namespace dicomnet::learning {

// A series to describe, with what the index knows of it.
struct SeriesToDescribe {
    QString modality, bodyPart, viewPosition;
    int patientAgeYears = -1;  // from birth date and study date; -1 unknown
    QStringList files;         // in the index's instance order
    // The site's model for the series' kind, if any: its output is appended to the vector and
    // its identity stored with it. A model that fails on the series fails the descriptor.
    const SiteModel* model = nullptr;
};

struct FeatureModuleApi {
    int abiVersion;
    // A descriptor (possibly not applicable, with its reason); an error only when the files
    // cannot be read at all.
    Result<Descriptor> (*describe)(const SeriesToDescribe& series);
    // Loads a site model and runs it once: the length of its output, or why it cannot be used.
    Result<int> (*checkModel)(const SiteModel& model);
};

constexpr int kFeatureModuleAbi = 2;

}  // namespace dicomnet::learning

extern "C" const dicomnet::learning::FeatureModuleApi* dicomnet_features_api();
