// The one translation unit with ITK's registration templates (they are heavy to compile).
#include "viewer/registration/itk_registration_support.h"
#include "viewer/registration/registration.h"

#include <itkEuler2DTransform.h>
#include <itkImage.h>
#include <itkImageRegistrationMethodv4.h>
#include <itkMattesMutualInformationImageToImageMetricv4.h>
#include <itkRegistrationParameterScalesFromPhysicalShift.h>
#include <itkRegularStepGradientDescentOptimizerv4.h>
#include <itkSimilarity2DTransform.h>

#include <QElapsedTimer>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <thread>

namespace dicomnet::viewer {

namespace {

using Image = itk::Image<float, 2>;
using Metric = itk::MattesMutualInformationImageToImageMetricv4<Image, Image>;
using Rigid = itk::Euler2DTransform<double>;
using Similarity = itk::Similarity2DTransform<double>;

constexpr double kPi = 3.14159265358979323846;
constexpr double kSamplesPerLevel = 20000;
constexpr int kWorkingSize = 1100;  // pixels on the longer side, at most

// The image in millimetres with its centre at `centreMm` (the film's centre is the origin),
// x right and y down.
Image::Pointer itkImageOf(const PlanarImage& p, const double centreMm[2]) {
    auto image = Image::New();
    Image::RegionType region;
    region.SetSize({{itk::SizeValueType(p.columns), itk::SizeValueType(p.rows)}});
    image->SetRegions(region);
    const double spacing[2] = {p.columnSpacing, p.rowSpacing};
    image->SetSpacing(spacing);
    const double origin[2] = {centreMm[0] - (p.columns - 1) / 2.0 * p.columnSpacing,
                              centreMm[1] - (p.rows - 1) / 2.0 * p.rowSpacing};
    image->SetOrigin(origin);
    image->Allocate();
    std::memcpy(image->GetBufferPointer(), p.values.data(), p.values.size() * sizeof(float));
    return image;
}

// The film averaged over f × f blocks: the finest level registration needs (about 1000 pixels
// a side: a tenth of a working pixel is well under a pixel of the original). `centreMm` is
// where the blocks' centre lies from the film's (an odd margin leaves half a pixel).
PlanarImage binned(const PlanarImage& p, int f, double centreMm[2]) {
    centreMm[0] = centreMm[1] = 0;
    if (f <= 1) return p;
    PlanarImage out;
    out.columns = p.columns / f;
    out.rows = p.rows / f;
    const int x0 = (p.columns - out.columns * f) / 2, y0 = (p.rows - out.rows * f) / 2;
    centreMm[0] = (x0 + (out.columns * f - 1) / 2.0 - (p.columns - 1) / 2.0) * p.columnSpacing;
    centreMm[1] = (y0 + (out.rows * f - 1) / 2.0 - (p.rows - 1) / 2.0) * p.rowSpacing;
    out.columnSpacing = p.columnSpacing * f;
    out.rowSpacing = p.rowSpacing * f;
    out.values.assign(size_t(out.columns) * size_t(out.rows), 0.f);
    const float norm = 1.f / float(f * f);
    for (int y = 0; y < out.rows * f; ++y) {
        const float* in = p.values.data() + size_t(y0 + y) * size_t(p.columns) + size_t(x0);
        float* row = out.values.data() + size_t(y / f) * size_t(out.columns);
        for (int x = 0; x < out.columns * f; ++x) row[x / f] += in[x] * norm;
    }
    return out;
}

struct Stage {
    std::vector<unsigned> shrink;
    std::vector<double> sigmas;  // pixels of the level
    double learningRate;         // first step, in the scaled parameter space (≈ mm)
    unsigned iterations;
};

template <typename Transform>
double runStage(const Image::Pointer& fixed, const Image::Pointer& moving,
                typename Transform::Pointer transform, const Stage& stage, CancelObserver* observer,
                unsigned seed) {
    using Method = itk::ImageRegistrationMethodv4<Image, Image, Transform>;
    auto metric = Metric::New();
    metric->SetNumberOfHistogramBins(32);
    metric->SetUseMovingImageGradientFilter(false);
    metric->SetUseFixedImageGradientFilter(false);
    auto optimizer = Optimizer::New();
    // One work unit: each candidate runs on a core of its own (see registerPlanar).
    metric->SetMaximumNumberOfWorkUnits(1);
    auto scales = itk::RegistrationParameterScalesFromPhysicalShift<Metric>::New();
    scales->SetMetric(metric);
    optimizer->SetScalesEstimator(scales);
    optimizer->SetDoEstimateScales(true);
    configureOptimizer(optimizer, observer, stage.learningRate, 0.001, stage.iterations);
    optimizer->SetGradientMagnitudeTolerance(1e-8);

    auto method = Method::New();
    method->SetFixedImage(fixed);
    method->SetMovingImage(moving);
    method->SetMetric(metric);
    method->SetOptimizer(optimizer);
    method->SetInitialTransform(transform);
    method->InPlaceOn();
    setPyramid(method.GetPointer(), stage.shrink, stage.sigmas);
    const unsigned levels = unsigned(stage.shrink.size());
    // A fixed number of samples a level on a regular grid (not a share of its pixels): enough
    // for the joint histogram, and the fine levels cost no more than the coarse ones. Random
    // samples made the end point wander from run to run.
    method->SetMetricSamplingStrategy(Method::MetricSamplingStrategyEnum::REGULAR);
    typename Method::MetricSamplingPercentageArrayType fractions(levels);
    const double pixels = double(fixed->GetLargestPossibleRegion().GetNumberOfPixels());
    for (unsigned i = 0; i < levels; ++i)
        fractions[i] = std::min(1.0, kSamplesPerLevel * stage.shrink[i] * stage.shrink[i] / pixels);
    method->SetMetricSamplingPercentagePerLevel(fractions);
    method->MetricSamplingReinitializeSeed(int(seed));
    method->Update();
    return optimizer->GetValue();
}

struct Candidate {
    Similarity::Pointer transform;
    int iterations = 0;
    double agreement = 0;
};

// Rigid first, coarse: finds the shift and turn. Then similarity from there, from the coarse
// level again (the magnification couples with the shift and needs room to move) down to half
// the working size.
Candidate runCandidate(const Image::Pointer& fixed, const Image::Pointer& moving, unsigned seed,
                       const std::atomic_bool* cancel) {
    auto observer = CancelObserver::New();
    observer->cancel = cancel;
    auto rigid = Rigid::New();
    rigid->SetIdentity();
    runStage<Rigid>(fixed, moving, rigid, {{8, 4}, {4, 2}, 4.0, 150}, observer.GetPointer(), seed);
    Candidate c;
    c.transform = Similarity::New();
    c.transform->SetIdentity();
    c.transform->SetAngle(rigid->GetAngle());
    c.transform->SetTranslation(rigid->GetTranslation());
    if (!(cancel && *cancel))
        runStage<Similarity>(fixed, moving, c.transform, {{8, 4, 2}, {4, 2, 1}, 1.0, 150},
                             observer.GetPointer(), seed);
    c.iterations = observer->iterations;
    return c;
}

// Mattes mutual information of the two images under `t`, over a regular grid of about 10^5
// points of the current (lower is better).
double agreement(const Image::Pointer& fixed, const Image::Pointer& moving, const Similarity& t) {
    auto metric = Metric::New();
    metric->SetNumberOfHistogramBins(32);
    metric->SetFixedImage(fixed);
    metric->SetMovingImage(moving);
    auto copy = Similarity::New();
    copy->SetFixedParameters(t.GetFixedParameters());
    copy->SetParameters(t.GetParameters());
    metric->SetMovingTransform(copy);
    const auto size = fixed->GetLargestPossibleRegion().GetSize();
    const int step = std::max(1, int(std::sqrt(double(size[0] * size[1]) / 1e5)));
    auto points = Metric::FixedSampledPointSetType::New();
    itk::IdentifierType n = 0;
    for (itk::IndexValueType y = 0; y < itk::IndexValueType(size[1]); y += step)
        for (itk::IndexValueType x = 0; x < itk::IndexValueType(size[0]); x += step) {
            Image::PointType p;
            fixed->TransformIndexToPhysicalPoint({{x, y}}, p);
            points->SetPoint(n++, p);
        }
    metric->SetFixedSampledPointSet(points);
    metric->SetUseSampledPointSet(true);
    metric->Initialize();
    return metric->GetValue();
}

}  // namespace

Result<PlanarRegistration> registerPlanar(const PlanarImage& current, const PlanarImage& prior,
                                          const std::atomic_bool* cancel) {
    if (current.columns < 16 || current.rows < 16 || prior.columns < 16 || prior.rows < 16)
        return Error{QObject::tr("the images are too small to be aligned")};
    QElapsedTimer clock;
    clock.start();
    const auto factor = [](const PlanarImage& p) {
        return std::max(1, (std::max(p.columns, p.rows) + kWorkingSize - 1) / kWorkingSize);
    };
    double fixedCentre[2], movingCentre[2];
    const Image::Pointer fixed =
        itkImageOf(binned(current, factor(current), fixedCentre), fixedCentre);
    const Image::Pointer moving =
        itkImageOf(binned(prior, factor(prior), movingCentre), movingCentre);
    PlanarRegistration result;
    try {
        // Two candidates at once, one a core, sampling the images on differently placed
        // grids; the one whose alignment the images agree with more (mutual information over
        // a common grid) wins. A single run lands off the optimum now and then.
        Candidate candidates[2];
        std::string failure;
        std::thread other([&] {
            try {
                candidates[1] = runCandidate(fixed, moving, 7919, cancel);
            } catch (const itk::ExceptionObject& e) {
                failure = e.GetDescription();
            }
        });
        candidates[0] = runCandidate(fixed, moving, 20201, cancel);
        other.join();
        if (!failure.empty())
            return Error{QObject::tr("the images could not be aligned: %1")
                             .arg(QString::fromStdString(failure))};
        if (cancel && *cancel) return Error{QObject::tr("alignment cancelled")};
        for (Candidate& c : candidates) c.agreement = agreement(fixed, moving, *c.transform);
        const Candidate& best =
            candidates[0].agreement <= candidates[1].agreement ? candidates[0] : candidates[1];
        const Similarity& similarity = *best.transform;
        result.metric = best.agreement;
        result.iterations = candidates[0].iterations + candidates[1].iterations;
        // ITK's transform maps the current (fixed) to the prior (moving); ours is its inverse.
        const double s = similarity.GetScale(), angle = similarity.GetAngle();
        const auto t = similarity.GetTranslation();
        const double c = std::cos(-angle), sn = std::sin(-angle);
        const double mx = -(c * t[0] - sn * t[1]) / s, my = -(sn * t[0] + c * t[1]) / s;
        result.transform.scale = 1 / s;
        result.transform.rotationDeg = -angle * 180 / kPi;
        result.transform.txPx = mx / current.columnSpacing;
        result.transform.tyPx = my / current.rowSpacing;
    } catch (const itk::ExceptionObject& e) {
        return Error{QObject::tr("the images could not be aligned: %1")
                         .arg(QString::fromLocal8Bit(e.GetDescription()))};
    }
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

}  // namespace dicomnet::viewer
