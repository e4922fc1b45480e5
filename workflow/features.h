// Descriptors of films and CT series (learning/descriptor.h), computed outside the paths that
// receive and import: the writer marks a series "to compute" as its objects are indexed, and
// computeDescriptors() takes the marked ones. The extractor (ITK) is a library of its own,
// loaded the first time it is needed. One series that cannot be read is recorded as failed,
// with the reason, and the rest go on.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace dicomnet::workflow {

struct DescriptorRun {
    int computed = 0, notApplicable = 0, failed = 0;
    double seconds = 0;    // computing, in all
    QStringList reasons;   // "SERIES_UID: why" of those not applicable or failed
    int stillWaiting = 0;  // series still to compute afterwards (not settled, or arrived since)
    int outdated = 0;      // computed by an older version or another site model: marked again
};

struct DescriptorOptions {
    // Only series whose last object arrived at least this long ago (a CT series arrives slice
    // by slice; its descriptor waits until it has settled). 0: all.
    int settleSeconds = 0;
    int limit = -1;  // series at most; -1 all
    const std::atomic_bool* cancel = nullptr;
    std::function<void(int done, int waiting)> progress;
};

// Computes the descriptors that wait.
Result<DescriptorRun> computeDescriptors(const QString& dataDir, const DescriptorOptions& options);
// Marks every film and CT series to be computed again; returns how many.
Result<int> markAllDescriptors(const QString& dataDir);

struct DescriptorCountsView {
    int toCompute = 0, computed = 0, notApplicable = 0, failed = 0;
};
Result<DescriptorCountsView> descriptorCounts(const QString& dataDir);

// Whether the listener and the window compute descriptors in the background (the site setting
// learning.descriptors, on unless set to off).
bool backgroundDescriptorsEnabled(const QString& dataDir);
Status setBackgroundDescriptors(const QString& dataDir, bool on);

// The site's own models (<data dir>/models/NAME.onnx + NAME.json, learning/site_model.h), each
// loaded and run once: how many numbers it adds, or what is wrong with it.
struct SiteModelView {
    QString name, kind, use, identity;
    int outputs = 0;
    QString problem;  // a sidecar that does not parse, a model OpenCV cannot run, …
};
QString siteModelsDir(const QString& dataDir);
Result<std::vector<SiteModelView>> siteModels(const QString& dataDir);

// Whether the extractor library loads (and why not).
Status extractorAvailable();

}  // namespace dicomnet::workflow
