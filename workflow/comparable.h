// Whether two images can be compared — the same kind of modality, the same body part — as
// `compare` and the window's choice of priors judge it (db/prior_selection.h).
#pragma once

#include <QString>

namespace dicomnet::workflow {

// Why an image of `modalityA` and `bodyPartA` cannot be compared with one of `modalityB` and
// `bodyPartB`, in words for the user; empty when it can.
QString whyIncomparable(const QString& modalityA, const QString& bodyPartA,
                        const QString& modalityB, const QString& bodyPartB);

}  // namespace dicomnet::workflow
