// A site's ONNX model (learning/site_model.h) run by OpenCV's dnn module. Networks are loaded
// once per identity and kept; calls are serialised (a cv::dnn::Net is not reentrant).
// OpenCV's exceptions stop here: a model that does not load or run is an error with its reason.
#pragma once

#include "core/result.h"
#include "learning/site_model.h"

#include <memory>
#include <vector>

namespace dicomnet::viewer {
struct DisplaySlice;
}

namespace dicomnet::learning {

constexpr int kMaxModelOutputs = 4096;

// Loads the model and runs it once on a grey image: the length of its output.
Result<int> checkSiteModel(const SiteModel& model);

// The model's output for a film (presentation values, 1st–99th percentile → 0…255).
Result<std::vector<float>> modelOfFilm(const SiteModel& model, const viewer::DisplaySlice& film);

// The mean output over three slices of a CT series (35, 50 and 65 % along it, lung window).
Result<std::vector<float>> modelOfCt(
    const SiteModel& model, std::vector<std::shared_ptr<const viewer::DisplaySlice>> slices);

}  // namespace dicomnet::learning
