#include "workflow/comparable.h"

#include "db/prior_selection.h"

namespace dicomnet::workflow {

QString whyIncomparable(const QString& modalityA, const QString& bodyPartA,
                        const QString& modalityB, const QString& bodyPartB) {
    return db::whyIncomparable(modalityA, bodyPartA, modalityB, bodyPartB);
}

}  // namespace dicomnet::workflow
