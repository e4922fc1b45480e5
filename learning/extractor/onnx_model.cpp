#include "learning/extractor/onnx_model.h"

#include "viewer/pixels/display_slice.h"
#include "viewer/registration/registration.h"

#include <QObject>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace dicomnet::learning {

namespace {

std::mutex netsMutex;
std::map<QString, cv::dnn::Net> nets;  // by identity; guarded by netsMutex

QString why(const SiteModel& m, const QString& what) {
    return QObject::tr("site model %1: %2").arg(m.name, what);
}

// The loaded network, under netsMutex.
Result<cv::dnn::Net*> netOf(const SiteModel& m) {
    if (auto it = nets.find(m.identity); it != nets.end()) return &it->second;
    cv::dnn::Net net;
    try {
        net = cv::dnn::readNetFromONNX(m.file.toStdString());
    } catch (const cv::Exception& e) {
        return Error{why(
            m,
            QObject::tr("OpenCV cannot read it: %1").arg(QString::fromStdString(e.msg).trimmed()))};
    }
    if (net.empty()) return Error{why(m, QObject::tr("OpenCV read an empty network"))};
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    return &nets.emplace(m.identity, std::move(net)).first->second;
}

// Grey 0…255, row by row, `columns` × `rows`: the model's output.
Result<std::vector<float>> run(const SiteModel& m, const float* grey, int columns, int rows) {
    std::lock_guard<std::mutex> lock(netsMutex);
    auto net = netOf(m);
    if (!net) return Error{net.error()};
    try {
        const cv::Mat image(rows, columns, CV_32F, const_cast<float*>(grey));
        cv::Mat resized;
        cv::resize(image, resized, cv::Size(m.width, m.height), 0, 0, cv::INTER_AREA);
        const int shape[4] = {1, m.channels, m.height, m.width};
        cv::Mat blob(4, shape, CV_32F);
        const size_t plane = size_t(m.width) * size_t(m.height);
        for (int c = 0; c < m.channels; ++c) {
            const float mean =
                m.mean.empty() ? 0.f : m.mean[std::min(size_t(c), m.mean.size() - 1)];
            const float sd = m.std.empty() ? 1.f : m.std[std::min(size_t(c), m.std.size() - 1)];
            float* out = blob.ptr<float>() + size_t(c) * plane;
            for (int y = 0; y < m.height; ++y) {
                const float* in = resized.ptr<float>(y);
                for (int x = 0; x < m.width; ++x) *out++ = (in[x] * m.scale - mean) / sd;
            }
        }
        net.value()->setInput(blob);
        cv::Mat result = m.outputLayer.isEmpty()
                             ? net.value()->forward()
                             : net.value()->forward(m.outputLayer.toStdString());
        if (result.depth() != CV_32F)
            return Error{why(m, QObject::tr("its output is not 32-bit floating point"))};
        const size_t n = result.total() * size_t(result.channels());
        if (n == 0 || n > size_t(kMaxModelOutputs))
            return Error{why(m, QObject::tr("its output has %1 numbers (1 to %2 are usable)")
                                    .arg(n)
                                    .arg(kMaxModelOutputs))};
        if (!result.isContinuous()) result = result.clone();
        const float* v = result.ptr<float>();
        std::vector<float> values(v, v + n);
        for (float x : values)
            if (!std::isfinite(x))
                return Error{why(m, QObject::tr("its output holds a value that is not finite"))};
        return values;
    } catch (const cv::Exception& e) {
        return Error{why(
            m,
            QObject::tr("OpenCV cannot run it: %1").arg(QString::fromStdString(e.msg).trimmed()))};
    } catch (const std::exception& e) {
        return Error{why(m, QString::fromLocal8Bit(e.what()))};
    }
}

}  // namespace

Result<int> checkSiteModel(const SiteModel& model) {
    // A mid-grey image with a brighter square: any network that accepts the input runs on it.
    const int side = 64;
    std::vector<float> grey(size_t(side) * side, 96.f);
    for (int y = side / 4; y < 3 * side / 4; ++y)
        for (int x = side / 4; x < 3 * side / 4; ++x) grey[size_t(y) * side + size_t(x)] = 192.f;
    auto out = run(model, grey.data(), side, side);
    if (!out) return Error{out.error()};
    return int(out->size());
}

Result<std::vector<float>> modelOfFilm(const SiteModel& model, const viewer::DisplaySlice& film) {
    viewer::PlanarImage p = viewer::presentationValues(film);
    if (p.empty()) return Error{why(model, QObject::tr("the film has no pixels"))};
    // Averaged down to at most 512 pixels a side first (a whole factor: OpenCV's fast path), so
    // that the percentiles and the rest work on a 16th of a large film's pixels.
    cv::Mat grey;
    try {
        const cv::Mat full(p.rows, p.columns, CV_32F, p.values.data());
        const int factor = std::max(1, (std::max(p.columns, p.rows) + 511) / 512);
        if (factor > 1)
            cv::resize(full, grey, cv::Size(p.columns / factor, p.rows / factor), 0, 0,
                       cv::INTER_AREA);
        else
            grey = full.clone();
    } catch (const cv::Exception& e) {
        return Error{why(model, QString::fromStdString(e.msg).trimmed())};
    }
    std::vector<float> sorted(grey.begin<float>(), grey.end<float>());
    const size_t n = sorted.size();
    std::nth_element(sorted.begin(), sorted.begin() + long(n / 100), sorted.end());
    const float lo = sorted[n / 100];
    std::nth_element(sorted.begin(), sorted.begin() + long(n * 99 / 100), sorted.end());
    const float hi = sorted[n * 99 / 100];
    const float gain = hi > lo ? 255.f / (hi - lo) : 0.f;
    for (auto it = grey.begin<float>(); it != grey.end<float>(); ++it)
        *it = std::clamp((*it - lo) * gain, 0.f, 255.f);
    return run(model, grey.ptr<float>(), grey.cols, grey.rows);
}

Result<std::vector<float>> modelOfCt(
    const SiteModel& model, std::vector<std::shared_ptr<const viewer::DisplaySlice>> slices) {
    if (slices.empty()) return Error{why(model, QObject::tr("the series has no slices"))};
    std::stable_sort(slices.begin(), slices.end(), [](const auto& a, const auto& b) {
        return a->hasGeometry && b->hasGeometry ? a->location() < b->location()
                                                : a->instanceNumber < b->instanceNumber;
    });
    std::vector<float> sum;
    int used = 0;
    for (double at : {0.35, 0.5, 0.65}) {
        const auto& s = *slices[size_t(std::lround(at * double(slices.size() - 1)))];
        const viewer::PlanarImage hu = viewer::presentationValues(s);
        if (hu.empty()) continue;
        std::vector<float> grey(hu.values.size());
        for (size_t i = 0; i < grey.size(); ++i)  // lung window: −1350…+150 HU
            grey[i] = std::clamp((hu.values[i] + 1350.f) / 1500.f, 0.f, 1.f) * 255.f;
        auto out = run(model, grey.data(), hu.columns, hu.rows);
        if (!out) return Error{out.error()};
        if (sum.empty()) sum.assign(out->size(), 0.f);
        if (out->size() != sum.size())
            return Error{why(model, QObject::tr("its output length changes from slice to slice"))};
        for (size_t i = 0; i < sum.size(); ++i) sum[i] += out.value()[i];
        ++used;
    }
    if (used == 0) return Error{why(model, QObject::tr("no slice has monochrome pixels"))};
    for (float& x : sum) x /= float(used);
    return sum;
}

}  // namespace dicomnet::learning
