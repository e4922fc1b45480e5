// The translation unit with ITK's 3D registration templates.
#include "viewer/registration/itk_registration_support.h"
#include "viewer/registration/volume_registration.h"

#include <itkCenteredTransformInitializer.h>
#include <itkImage.h>
#include <itkImageRegistrationMethodv4.h>
#include <itkMattesMutualInformationImageToImageMetricv4.h>
#include <itkRegistrationParameterScalesFromPhysicalShift.h>
#include <itkRegularStepGradientDescentOptimizerv4.h>
#include <itkVersorRigid3DTransform.h>

#include <QElapsedTimer>
#include <QObject>

#include <algorithm>
#include <cmath>

namespace dicomnet::viewer {

namespace {

using Image = itk::Image<float, 3>;
using Transform = itk::VersorRigid3DTransform<double>;
using Metric = itk::MattesMutualInformationImageToImageMetricv4<Image, Image>;
using Method = itk::ImageRegistrationMethodv4<Image, Image, Transform>;

constexpr double kWorkingSpacingMm = 2.5;  // voxels of about this size, at least

// The volume averaged over blocks of about kWorkingSpacingMm, as an ITK image in patient
// coordinates (its direction cosines from the volume's axes).
Image::Pointer workingImage(const Volume& v) {
    const int fi = std::max(1, int(kWorkingSpacingMm / v.columnSpacing));
    const int fj = std::max(1, int(kWorkingSpacingMm / v.rowSpacing));
    const int fk = std::max(1, int(kWorkingSpacingMm / v.sliceSpacing));
    const int ni = v.columns / fi, nj = v.rows / fj, nk = v.slices / fk;
    auto image = Image::New();
    Image::RegionType region;
    region.SetSize({{itk::SizeValueType(ni), itk::SizeValueType(nj), itk::SizeValueType(nk)}});
    image->SetRegions(region);
    const double spacing[3] = {v.columnSpacing * fi, v.rowSpacing * fj, v.sliceSpacing * fk};
    image->SetSpacing(spacing);
    Image::DirectionType direction;
    for (int r = 0; r < 3; ++r) {
        direction[r][0] = v.rowDirection[r];
        direction[r][1] = v.columnDirection[r];
        direction[r][2] = v.normal[r];
    }
    image->SetDirection(direction);
    // The first block's centre.
    double origin[3];
    for (int r = 0; r < 3; ++r)
        origin[r] = v.origin[r] + (fi - 1) / 2.0 * v.columnSpacing * v.rowDirection[r] +
                    (fj - 1) / 2.0 * v.rowSpacing * v.columnDirection[r] +
                    (fk - 1) / 2.0 * v.sliceSpacing * v.normal[r];
    image->SetOrigin(origin);
    image->Allocate();
    image->FillBuffer(0.f);
    float* out = image->GetBufferPointer();
    const int16_t* in = v.values.get();
    const float norm = 1.f / float(fi * fj * fk);
    for (int k = 0; k < nk * fk; ++k)
        for (int j = 0; j < nj * fj; ++j) {
            const int16_t* row = in + (size_t(k) * size_t(v.rows) + size_t(j)) * size_t(v.columns);
            float* to = out + (size_t(k / fk) * size_t(nj) + size_t(j / fj)) * size_t(ni);
            for (int i = 0; i < ni * fi; ++i) to[i / fi] += float(row[i]) * norm;
        }
    return image;
}

}  // namespace

void RigidTransform3D::priorToCurrent(const double p[3], double c[3]) const {
    for (int r = 0; r < 3; ++r)
        c[r] = rotation[3 * r] * p[0] + rotation[3 * r + 1] * p[1] + rotation[3 * r + 2] * p[2] +
               translation[r];
}

void RigidTransform3D::currentToPrior(const double c[3], double p[3]) const {
    const double d[3] = {c[0] - translation[0], c[1] - translation[1], c[2] - translation[2]};
    for (int r = 0; r < 3; ++r)  // the transpose undoes a rotation
        p[r] = rotation[r] * d[0] + rotation[3 + r] * d[1] + rotation[6 + r] * d[2];
}

void volumeCentre(const Volume& v, double out[3]) {
    for (int r = 0; r < 3; ++r)
        out[r] = v.origin[r] + (v.columns - 1) / 2.0 * v.columnSpacing * v.rowDirection[r] +
                 (v.rows - 1) / 2.0 * v.rowSpacing * v.columnDirection[r] +
                 (v.slices - 1) / 2.0 * v.sliceSpacing * v.normal[r];
}

double priorScrollOffsetMm(const Volume& current, const Volume& prior, const RigidTransform3D& t) {
    double c[3], p[3];
    volumeCentre(current, c);
    t.currentToPrior(c, p);
    // Locations as the slices give them (DisplaySlice::location): along row × column, which
    // is the volume's normal or its opposite when the stack runs the other way.
    const auto along = [](const Volume& v, const double* x) {
        const double* r = v.rowDirection;
        const double* k = v.columnDirection;
        const double n[3] = {r[1] * k[2] - r[2] * k[1], r[2] * k[0] - r[0] * k[2],
                             r[0] * k[1] - r[1] * k[0]};
        return n[0] * x[0] + n[1] * x[1] + n[2] * x[2];
    };
    return along(current, c) - along(prior, p);
}

Result<VolumeRegistration> registerVolumes(const Volume& current, const Volume& prior,
                                           const std::atomic_bool* cancel) {
    if (current.slices < 8 || prior.slices < 8 || !current.values || !prior.values)
        return Error{QObject::tr("the series are not volumes")};
    QElapsedTimer clock;
    clock.start();
    VolumeRegistration result;
    try {
        const Image::Pointer fixed = workingImage(current), moving = workingImage(prior);
        auto transform = Transform::New();
        // Centres on centres to begin with: another frame of reference may put the prior
        // anywhere.
        using Initializer = itk::CenteredTransformInitializer<Transform, Image, Image>;
        auto initializer = Initializer::New();
        initializer->SetTransform(transform);
        initializer->SetFixedImage(fixed);
        initializer->SetMovingImage(moving);
        initializer->GeometryOn();
        initializer->InitializeTransform();

        auto metric = Metric::New();
        metric->SetNumberOfHistogramBins(32);
        auto optimizer = Optimizer::New();
        auto scales = itk::RegistrationParameterScalesFromPhysicalShift<Metric>::New();
        scales->SetMetric(metric);
        optimizer->SetScalesEstimator(scales);
        auto observer = CancelObserver::New();
        observer->cancel = cancel;
        configureOptimizer(optimizer, observer, 4, 0.001, 200);

        auto method = Method::New();
        method->SetFixedImage(fixed);
        method->SetMovingImage(moving);
        method->SetMetric(metric);
        method->SetOptimizer(optimizer);
        method->SetInitialTransform(transform);
        method->InPlaceOn();
        setPyramid(method.GetPointer(), {4, 2, 1}, {2, 1, 0});
        method->SetMetricSamplingStrategy(Method::MetricSamplingStrategyEnum::REGULAR);
        method->SetMetricSamplingPercentage(0.25);
        method->MetricSamplingReinitializeSeed(20201);
        method->Update();
        if (cancel && *cancel) return Error{QObject::tr("alignment cancelled")};
        // ITK maps the current (fixed) onto the prior (moving): x_p = M (x_c - c) + c + t.
        // Ours is the inverse: x_c = Mᵀ x_p + (c - Mᵀ (c + t)).
        const auto m = transform->GetMatrix();
        const auto off = transform->GetOffset();  // x_p = M x_c + off
        for (int r = 0; r < 3; ++r)
            for (int k = 0; k < 3; ++k) result.transform.rotation[3 * r + k] = m[k][r];
        for (int r = 0; r < 3; ++r)
            result.transform.translation[r] =
                -(m[0][r] * off[0] + m[1][r] * off[1] + m[2][r] * off[2]);
        result.metric = optimizer->GetValue();
        result.iterations = observer->iterations;
    } catch (const itk::ExceptionObject& e) {
        return Error{QObject::tr("the volumes could not be aligned: %1")
                         .arg(QString::fromLocal8Bit(e.GetDescription()))};
    }
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

}  // namespace dicomnet::viewer
