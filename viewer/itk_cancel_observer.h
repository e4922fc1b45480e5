// Inside viewer/'s ITK translation units only: counts the optimiser's iterations and stops it
// when the user cancels.
#pragma once

#include <itkCommand.h>
#include <itkRegularStepGradientDescentOptimizerv4.h>

#include <atomic>

namespace dicomnet::viewer {

class CancelObserver : public itk::Command {
public:
    using Self = CancelObserver;
    using Pointer = itk::SmartPointer<Self>;
    using Optimizer = itk::RegularStepGradientDescentOptimizerv4<double>;
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

}  // namespace dicomnet::viewer
