// Inside viewer/'s ITK translation units only: what the film and the volume registrations
// share — counting the optimiser's iterations and stopping it when the user cancels, the
// optimiser's settings, and a pyramid of shrink factors and smoothing for the v4 method.
#pragma once

#include <itkCommand.h>
#include <itkRegularStepGradientDescentOptimizerv4.h>

#include <atomic>
#include <vector>

namespace dicomnet::viewer {

using Optimizer = itk::RegularStepGradientDescentOptimizerv4<double>;

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

// Regular steps that shrink by 0.6 at each turn of direction, the best point seen returned,
// watched by `observer`.
inline void configureOptimizer(Optimizer* optimizer, CancelObserver* observer, double learningRate,
                               double minimumStep, unsigned iterations) {
    optimizer->SetLearningRate(learningRate);
    optimizer->SetMinimumStepLength(minimumStep);
    optimizer->SetRelaxationFactor(0.6);
    optimizer->SetNumberOfIterations(iterations);
    optimizer->SetReturnBestParametersAndValue(true);
    observer->optimizer = optimizer;
    optimizer->AddObserver(itk::IterationEvent(), observer);
}

// One level a shrink factor, smoothed by the sigma of the same index (in pixels).
template <typename Method>
void setPyramid(Method* method, const std::vector<unsigned>& shrinkFactors,
                const std::vector<double>& smoothingSigmas) {
    const unsigned levels = unsigned(shrinkFactors.size());
    typename Method::ShrinkFactorsArrayType shrink(levels);
    typename Method::SmoothingSigmasArrayType sigmas(levels);
    for (unsigned i = 0; i < levels; ++i) {
        shrink[i] = shrinkFactors[i];
        sigmas[i] = smoothingSigmas[i];
    }
    method->SetNumberOfLevels(levels);
    method->SetShrinkFactorsPerLevel(shrink);
    method->SetSmoothingSigmasPerLevel(sigmas);
    method->SetSmoothingSigmasAreSpecifiedInPhysicalUnits(false);
}

}  // namespace dicomnet::viewer
