#include "viewer/widgets/volume_view.h"

#include "viewer/widgets/vtk_in_widget.h"

#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkOpenGLRenderWindow.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QThread>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace dicomnet::viewer {

namespace {

// Desired update rates (frames a second) VTK's mappers aim for: while dragging they sample
// more coarsely to keep up; at rest they take the time full quality needs.
constexpr double kInteractiveRate = 10;
constexpr double kStillRate = 0.0001;

struct Point {
    double value, r, g, b, opacity;
};

// Colour and opacity by CT value (HU), after the usual presets of 3D workstations.
std::vector<Point> ctPreset(VolumeView::Preset preset) {
    switch (preset) {
        case VolumeView::Preset::Bone:
            return {{-1000, 0, 0, 0, 0},          {120, 0.55, 0.25, 0.15, 0},
                    {250, 0.85, 0.6, 0.35, 0.25}, {600, 0.95, 0.88, 0.75, 0.75},
                    {1500, 1, 0.98, 0.95, 0.85},  {3000, 1, 1, 1, 0.85}};
        case VolumeView::Preset::Lung:
            return {{-1000, 0.1, 0.1, 0.3, 0}, {-900, 0.2, 0.35, 0.8, 0},
                    {-780, 0.5, 0.7, 1, 0.05}, {-550, 0.9, 0.75, 0.7, 0.22},
                    {-350, 0.9, 0.6, 0.5, 0},  {3000, 1, 1, 1, 0}};
        case VolumeView::Preset::Mip:  // grey from fat to dense contrast and bone
            return {{-1000, 0, 0, 0, 1}, {-150, 0, 0, 0, 1}, {650, 1, 1, 1, 1}, {3000, 1, 1, 1, 1}};
        case VolumeView::Preset::SoftTissue:
        case VolumeView::Preset::MrDefault:
            break;
    }
    return {{-1000, 0, 0, 0, 0},        {-250, 0.55, 0.45, 0.25, 0}, {-100, 0.9, 0.8, 0.5, 0.03},
            {40, 0.8, 0.35, 0.28, 0.2}, {120, 0.9, 0.5, 0.4, 0.3},   {300, 1, 0.95, 0.85, 0.55},
            {3000, 1, 1, 1, 0.7}};
}

// MR has no fixed scale: a grey ramp over the volume's own range.
std::vector<Point> mrPreset(double lo, double hi) {
    const double r = std::max(1.0, hi - lo);
    return {{lo, 0, 0, 0, 0},
            {lo + 0.12 * r, 0.3, 0.3, 0.3, 0},
            {lo + 0.4 * r, 0.8, 0.8, 0.8, 0.25},
            {hi, 1, 1, 1, 0.6}};
}

// The anatomical letter a direction points to most (DICOM LPS: +x left, +y posterior, +z head).
QChar towards(const double d[3], bool positive) {
    int axis = 0;
    for (int i = 1; i < 3; ++i)
        if (std::abs(d[i]) > std::abs(d[axis])) axis = i;
    const bool plus = (d[axis] > 0) == positive;
    static const char letters[3][2] = {{'R', 'L'}, {'A', 'P'}, {'F', 'H'}};
    return QLatin1Char(letters[axis][plus ? 1 : 0]);
}

}  // namespace

struct VolumeView::Impl {
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkCallbackCommand> contextCallback;
    vtkNew<vtkSmartVolumeMapper> mapper;
    vtkNew<vtkVolume> actor;
    vtkNew<vtkVolumeProperty> property;
    vtkNew<vtkColorTransferFunction> colours;
    vtkNew<vtkPiecewiseFunction> opacity;
    vtkSmartPointer<vtkImageData> image;
    std::shared_ptr<const Volume> volume;
    SeriesLabel label;
    Preset preset = Preset::Bone;
    Renderer renderer_ = Renderer::Gpu;
    bool rendererChosen = false;
    QString device;  // GL_RENDERER, read once the context exists
    std::array<double, 6> kept{0, 1, 0, 1, 0, 1};
    bool viewSet = false;
    QPoint last;
    Qt::MouseButton dragging = Qt::NoButton;

    void applyPreset() {
        colours->RemoveAllPoints();
        opacity->RemoveAllPoints();
        const bool mr = volume && volume->first && volume->first->modality == QLatin1String("MR");
        std::vector<Point> points =
            (preset == Preset::MrDefault || (mr && preset == Preset::Mip))
                ? mrPreset(volume ? volume->minValue : 0, volume ? volume->maxValue : 1)
                : ctPreset(preset);
        if (preset == Preset::Mip)
            for (Point& p : points) p.opacity = 1;  // the brightest value decides, in grey
        mapper->SetBlendMode(preset == Preset::Mip ? vtkVolumeMapper::MAXIMUM_INTENSITY_BLEND
                                                   : vtkVolumeMapper::COMPOSITE_BLEND);
        for (const Point& p : points) {
            colours->AddRGBPoint(p.value, p.r, p.g, p.b);
            opacity->AddPoint(p.value, p.opacity);
        }
        property->SetShade(preset != Preset::Lung && preset != Preset::Mip);
    }
    void applyCropping() {
        if (!volume) return;
        const double extent[3] = {(volume->columns - 1) * volume->columnSpacing,
                                  (volume->rows - 1) * volume->rowSpacing,
                                  (volume->slices - 1) * volume->sliceSpacing};
        double planes[6];
        for (int i = 0; i < 6; ++i) planes[i] = kept[size_t(i)] * extent[i / 2];
        const bool whole = kept == std::array<double, 6>{0, 1, 0, 1, 0, 1};
        mapper->SetCropping(!whole);
        mapper->SetCroppingRegionPlanes(planes);
        mapper->SetCroppingRegionFlagsToSubVolume();
    }
    void frontView() {
        if (!volume) return;
        double bounds[6];
        actor->GetBounds(bounds);
        const double centre[3] = {(bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2,
                                  (bounds[4] + bounds[5]) / 2};
        vtkCamera* camera = renderer->GetActiveCamera();
        camera->SetFocalPoint(centre);
        // From in front of the patient (−y, anterior), the head up: the patient's right on the
        // left of the screen, as a radiologist faces the patient.
        camera->SetPosition(centre[0], centre[1] - 1000, centre[2]);
        camera->SetViewUp(0, 0, 1);
        renderer->ResetCamera(bounds);
        viewSet = true;
    }
};

VolumeView::VolumeView(QWidget* parent) : QOpenGLWidget(parent), d_(std::make_unique<Impl>()) {
    setMinimumSize(64, 64);
    setFocusPolicy(Qt::StrongFocus);
    d_->property->SetColor(d_->colours);
    d_->property->SetScalarOpacity(d_->opacity);
    d_->property->SetInterpolationTypeToLinear();
    d_->property->SetAmbient(0.25);
    d_->property->SetDiffuse(0.8);
    d_->property->SetSpecular(0.25);
    d_->property->SetSpecularPower(20);
    d_->actor->SetMapper(d_->mapper);
    d_->actor->SetProperty(d_->property);
    d_->mapper->SetRequestedRenderModeToGPU();
    d_->mapper->SetInteractiveUpdateRate(kInteractiveRate / 2);
    d_->renderer->SetBackground(0, 0, 0);
    d_->window->AddRenderer(d_->renderer);
    d_->window->SetMultiSamples(0);
    d_->window->SetDesiredUpdateRate(kStillRate);
    d_->applyPreset();
    shareWidgetContext(d_->window, d_->contextCallback, this);
}

VolumeView::~VolumeView() {
    makeCurrent();
    d_->window->Finalize();
    doneCurrent();
}

void VolumeView::setVolume(std::shared_ptr<const Volume> volume, const SeriesLabel& label) {
    d_->volume = std::move(volume);
    d_->label = label;
    d_->renderer->RemoveVolume(d_->actor);
    if (!d_->volume) {
        update();
        return;
    }
    const Volume& v = *d_->volume;
    d_->image = vtkSmartPointer<vtkImageData>::New();
    d_->image->SetDimensions(v.columns, v.rows, v.slices);
    d_->image->SetSpacing(v.columnSpacing, v.rowSpacing, v.sliceSpacing);
    d_->image->SetOrigin(0, 0, 0);
    auto values = vtkSmartPointer<vtkShortArray>::New();
    values->SetArray(v.values.get(), vtkIdType(v.columns) * v.rows * v.slices, 1);  // no copy
    d_->image->GetPointData()->SetScalars(values);
    d_->mapper->SetInputData(d_->image);
    // Voxel axes onto the patient's: the columns along the row direction, and so on.
    vtkNew<vtkMatrix4x4> m;
    for (int i = 0; i < 3; ++i) {
        m->SetElement(i, 0, v.rowDirection[i]);
        m->SetElement(i, 1, v.columnDirection[i]);
        m->SetElement(i, 2, v.normal[i]);
        m->SetElement(i, 3, v.origin[i]);
    }
    d_->actor->SetUserMatrix(m);
    d_->renderer->AddVolume(d_->actor);
    if (v.first && v.first->modality == QLatin1String("MR"))
        d_->preset = Preset::MrDefault;
    else if (d_->preset == Preset::MrDefault)
        d_->preset = Preset::Bone;
    d_->applyPreset();
    d_->kept = {0, 1, 0, 1, 0, 1};
    d_->applyCropping();
    d_->frontView();
    update();
}

bool VolumeView::hasVolume() const { return d_->volume != nullptr; }
const SeriesLabel& VolumeView::label() const { return d_->label; }

void VolumeView::setPreset(Preset preset) {
    d_->preset = preset;
    d_->applyPreset();
    update();
}
VolumeView::Preset VolumeView::preset() const { return d_->preset; }

void VolumeView::setRenderer(Renderer renderer) {
    d_->rendererChosen = true;
    const bool changed = renderer != d_->renderer_;
    d_->renderer_ = renderer;
    if (renderer == Renderer::Gpu)
        d_->mapper->SetRequestedRenderModeToGPU();
    else
        d_->mapper->SetRequestedRenderModeToRayCast();
    if (changed) emit rendererChanged(renderer);
    update();
}
VolumeView::Renderer VolumeView::renderer() const { return d_->renderer_; }

void VolumeView::setCropping(const std::array<double, 6>& kept) {
    for (size_t axis = 0; axis < 3; ++axis) {
        double from = std::clamp(kept[2 * axis], 0.0, 1.0);
        double to = std::clamp(kept[2 * axis + 1], 0.0, 1.0);
        if (to < from) std::swap(from, to);
        d_->kept[2 * axis] = from;
        d_->kept[2 * axis + 1] = to;
    }
    d_->applyCropping();
    update();
}
std::array<double, 6> VolumeView::cropping() const { return d_->kept; }

QString VolumeView::axisName(int axis) const {
    if (!d_->volume || axis < 0 || axis > 2) return {};
    const double* d = axis == 0   ? d_->volume->rowDirection
                      : axis == 1 ? d_->volume->columnDirection
                                  : d_->volume->normal;
    return QStringLiteral("%1→%2").arg(towards(d, false), towards(d, true));
}

void VolumeView::resetView() {
    d_->frontView();
    update();
}

void VolumeView::turn(double azimuthDegrees, double elevationDegrees) {
    vtkCamera* camera = d_->renderer->GetActiveCamera();
    camera->Azimuth(azimuthDegrees);
    camera->Elevation(elevationDegrees);
    camera->OrthogonalizeViewUp();
    d_->renderer->ResetCameraClippingRange();
    update();
}

double VolumeView::measureFramesPerSecond(int frames, bool interactive) {
    if (!d_->volume || frames < 1 || !isVisible()) return 0;
    makeCurrent();
    d_->window->SetDesiredUpdateRate(interactive ? kInteractiveRate : kStillRate);
    renderInto(d_->window, this);  // the first frame uploads the volume: not counted
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < frames; ++i) {
        d_->renderer->GetActiveCamera()->Azimuth(360.0 / frames);
        d_->renderer->ResetCameraClippingRange();
        renderInto(d_->window, this);
        context()->extraFunctions()->glFinish();
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    doneCurrent();
    update();
    return seconds > 0 ? frames / seconds : 0;
}

QString VolumeView::rendererDescription() const {
    const bool gpu = d_->mapper->GetLastUsedRenderMode() == vtkSmartVolumeMapper::GPURenderMode;
    return gpu ? tr("GPU ray casting (%1)").arg(d_->device)
               : tr("CPU ray casting (%1 threads)").arg(QThread::idealThreadCount());
}

void VolumeView::initializeGL() {
    initializeOnWidget(d_->window);
    d_->device = QString::fromLatin1(
        reinterpret_cast<const char*>(context()->functions()->glGetString(GL_RENDERER)));
    if (d_->rendererChosen) return;
    const bool software = d_->device.contains(QLatin1String("llvmpipe")) ||
                          d_->device.contains(QLatin1String("softpipe")) ||
                          d_->device.contains(QLatin1String("swrast"));
    setRenderer(software ? Renderer::Cpu : Renderer::Gpu);
}

void VolumeView::resizeGL(int w, int h) {
    const qreal ratio = devicePixelRatioF();
    d_->window->SetSize(int(w * ratio), int(h * ratio));
}

void VolumeView::paintGL() {
    if (!d_->volume) {
        QOpenGLExtraFunctions* f = context()->extraFunctions();
        f->glClearColor(0, 0, 0, 1);
        f->glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    d_->window->SetDesiredUpdateRate(d_->dragging != Qt::NoButton ? kInteractiveRate : kStillRate);
    renderInto(d_->window, this);
    emit frameRendered(clock.nsecsElapsed() / 1e6);
}

void VolumeView::mousePressEvent(QMouseEvent* event) {
    d_->dragging = event->button();
    d_->last = event->position().toPoint();
}

void VolumeView::mouseMoveEvent(QMouseEvent* event) {
    if (d_->dragging == Qt::NoButton) return;
    const QPoint p = event->position().toPoint();
    const QPoint delta = p - d_->last;
    d_->last = p;
    vtkCamera* camera = d_->renderer->GetActiveCamera();
    if (d_->dragging == Qt::LeftButton) {
        camera->Azimuth(-delta.x() * 0.5);
        camera->Elevation(delta.y() * 0.5);
        camera->OrthogonalizeViewUp();
    } else if (d_->dragging == Qt::RightButton) {
        camera->Zoom(std::pow(1.01, -delta.y()));
    } else if (d_->dragging == Qt::MiddleButton) {
        // Move the camera and its focal point together, by the drag in world units.
        const double scale = camera->GetParallelProjection()
                                 ? camera->GetParallelScale() * 2 / std::max(1, height())
                                 : camera->GetDistance() *
                                       std::tan(camera->GetViewAngle() * M_PI / 360) * 2 /
                                       std::max(1, height());
        double up[3], right[3], normal[3];
        camera->GetViewUp(up);
        camera->GetViewPlaneNormal(normal);
        right[0] = up[1] * normal[2] - up[2] * normal[1];
        right[1] = up[2] * normal[0] - up[0] * normal[2];
        right[2] = up[0] * normal[1] - up[1] * normal[0];
        double focal[3], position[3];
        camera->GetFocalPoint(focal);
        camera->GetPosition(position);
        for (int i = 0; i < 3; ++i) {
            // The picture follows the mouse: the camera moves the other way.
            const double shift = (-delta.x() * right[i] + delta.y() * up[i]) * scale;
            focal[i] += shift;
            position[i] += shift;
        }
        camera->SetFocalPoint(focal);
        camera->SetPosition(position);
    }
    d_->renderer->ResetCameraClippingRange();
    update();
}

void VolumeView::mouseReleaseEvent(QMouseEvent*) {
    d_->dragging = Qt::NoButton;
    update();  // once more at full quality
}

void VolumeView::wheelEvent(QWheelEvent* event) {
    d_->renderer->GetActiveCamera()->Zoom(std::pow(1.1, event->angleDelta().y() / 120.0));
    d_->renderer->ResetCameraClippingRange();
    update();
}

}  // namespace dicomnet::viewer
