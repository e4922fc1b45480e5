// The one translation unit with ITK's registration templates (they are heavy to compile).
#include "registration.h"

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

namespace dicomnet::viewer {

namespace {

using Image = itk::Image<float, 2>;
using Metric = itk::MattesMutualInformationImageToImageMetricv4<Image, Image>;
using Optimizer = itk::RegularStepGradientDescentOptimizerv4<double>;
using Rigid = itk::Euler2DTransform<double>;
using Similarity = itk::Similarity2DTransform<double>;

constexpr double kPi = 3.14159265358979323846;
constexpr double kSamplesPerLevel = 40000;
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

// Stops the optimiser when asked to cancel.
class CancelObserver : public itk::Command {
public:
    using Self = CancelObserver;
    using Pointer = itk::SmartPointer<Self>;
    itkNewMacro(Self);
    const std::atomic_bool* cancel = nullptr;
    Optimizer* optimizer = nullptr;
    int iterations = 0;
    void Execute(itk::Object* caller, const itk::EventObject& event) override {
        Execute(static_cast<const itk::Object*>(caller), event);
    }
    void Execute(const itk::Object*, const itk::EventObject& event) override {
        if (!itk::IterationEvent().CheckEvent(&event)) return;
        ++iterations;
        if (cancel && *cancel) optimizer->StopOptimization();
    }
};

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
                typename Transform::Pointer transform, const Stage& stage,
                CancelObserver* observer) {
    using Method = itk::ImageRegistrationMethodv4<Image, Image, Transform>;
    auto metric = Metric::New();
    metric->SetNumberOfHistogramBins(32);
    metric->SetUseMovingImageGradientFilter(false);
    metric->SetUseFixedImageGradientFilter(false);
    auto optimizer = Optimizer::New();
    auto scales = itk::RegistrationParameterScalesFromPhysicalShift<Metric>::New();
    scales->SetMetric(metric);
    optimizer->SetScalesEstimator(scales);
    optimizer->SetDoEstimateScales(true);
    optimizer->SetLearningRate(stage.learningRate);
    optimizer->SetMinimumStepLength(0.001);
    optimizer->SetRelaxationFactor(0.6);
    optimizer->SetGradientMagnitudeTolerance(1e-8);
    optimizer->SetNumberOfIterations(stage.iterations);
    optimizer->SetReturnBestParametersAndValue(true);
    observer->optimizer = optimizer.GetPointer();
    optimizer->AddObserver(itk::IterationEvent(), observer);

    auto method = Method::New();
    method->SetFixedImage(fixed);
    method->SetMovingImage(moving);
    method->SetMetric(metric);
    method->SetOptimizer(optimizer);
    method->SetInitialTransform(transform);
    method->InPlaceOn();
    const unsigned levels = unsigned(stage.shrink.size());
    typename Method::ShrinkFactorsArrayType shrink(levels);
    typename Method::SmoothingSigmasArrayType sigmas(levels);
    for (unsigned i = 0; i < levels; ++i) {
        shrink[i] = stage.shrink[i];
        sigmas[i] = stage.sigmas[i];
    }
    method->SetNumberOfLevels(levels);
    method->SetShrinkFactorsPerLevel(shrink);
    method->SetSmoothingSigmasPerLevel(sigmas);
    method->SetSmoothingSigmasAreSpecifiedInPhysicalUnits(false);
    // A fixed number of samples a level on a regular grid (not a share of its pixels): enough
    // for the joint histogram, and the fine levels cost no more than the coarse ones. Random
    // samples made the end point wander from run to run.
    method->SetMetricSamplingStrategy(Method::MetricSamplingStrategyEnum::REGULAR);
    typename Method::MetricSamplingPercentageArrayType fractions(levels);
    const double pixels = double(fixed->GetLargestPossibleRegion().GetNumberOfPixels());
    for (unsigned i = 0; i < levels; ++i)
        fractions[i] = std::min(1.0, kSamplesPerLevel * stage.shrink[i] * stage.shrink[i] / pixels);
    method->SetMetricSamplingPercentagePerLevel(fractions);
    method->MetricSamplingReinitializeSeed(20201);
    method->Update();
    return optimizer->GetValue();
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
    auto observer = CancelObserver::New();
    observer->cancel = cancel;
    PlanarRegistration result;
    try {
        // Rigid first, coarse: finds the shift and turn. Then similarity from there, from the
        // coarse level again (the magnification couples with the shift and needs room to
        // move) down to the working size.
        auto rigid = Rigid::New();
        rigid->SetIdentity();
        runStage<Rigid>(fixed, moving, rigid, {{8, 4}, {4, 2}, 4.0, 150}, observer.GetPointer());
        if (cancel && *cancel) return Error{QObject::tr("alignment cancelled")};
        auto similarity = Similarity::New();
        similarity->SetIdentity();
        similarity->SetAngle(rigid->GetAngle());
        similarity->SetTranslation(rigid->GetTranslation());
        result.metric =
            runStage<Similarity>(fixed, moving, similarity,
                                 {{8, 4, 2, 1}, {4, 2, 1, 0.5}, 1.0, 150}, observer.GetPointer());
        if (cancel && *cancel) return Error{QObject::tr("alignment cancelled")};
        // ITK's transform maps the current (fixed) to the prior (moving); ours is its inverse.
        const double s = similarity->GetScale(), angle = similarity->GetAngle();
        const auto t = similarity->GetTranslation();
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
    result.iterations = observer->iterations;
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

}  // namespace dicomnet::viewer
