#include "viewer/widgets/image_view.h"
#include "viewer/widgets/image_view_impl.h"
#include "viewer/widgets/vtk_in_widget.h"

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageResliceMapper.h>
#include <vtkImageSlice.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkUnsignedShortArray.h>

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSurfaceFormat>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>

namespace dicomnet::viewer {

void setDefaultSurfaceFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setDepthBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setStencilBufferSize(0);
    format.setSamples(0);  // multisampling makes VTK's image drawing several times slower
    QSurfaceFormat::setDefaultFormat(format);
}

// The image data VTK draws, over the slice's own memory (no copy; the slice outlives it).
vtkSmartPointer<vtkImageData> imageData(const DisplaySlice& s) {
    auto data = vtkSmartPointer<vtkImageData>::New();
    data->SetDimensions(s.columns, s.rows, 1);
    data->SetSpacing(s.columnSpacing > 0 ? s.columnSpacing : 1, s.rowSpacing > 0 ? s.rowSpacing : 1,
                     1);
    data->SetOrigin(0, 0, 0);
    const vtkIdType pixels = vtkIdType(s.columns) * s.rows;
    vtkSmartPointer<vtkDataArray> array;
    if (s.values16) {
        auto a = vtkSmartPointer<vtkShortArray>::New();
        a->SetArray(s.values16.get(), pixels, 1);
        array = a;
    } else if (s.stored16 && s.storedSigned) {
        // Read-only memory: VTK only reads it.
        auto a = vtkSmartPointer<vtkShortArray>::New();
        a->SetArray(reinterpret_cast<short*>(const_cast<uint16_t*>(s.stored16.get())), pixels, 1);
        array = a;
    } else if (s.stored16) {
        auto a = vtkSmartPointer<vtkUnsignedShortArray>::New();
        a->SetArray(const_cast<uint16_t*>(s.stored16.get()), pixels, 1);
        array = a;
    } else if (!s.valuesFloat.empty()) {
        auto a = vtkSmartPointer<vtkFloatArray>::New();
        a->SetArray(const_cast<float*>(s.valuesFloat.data()), pixels, 1);
        array = a;
    } else {
        auto a = vtkSmartPointer<vtkUnsignedCharArray>::New();
        a->SetNumberOfComponents(s.rgbChannels);
        a->SetArray(const_cast<uint8_t*>(s.rgb.data()), pixels * s.rgbChannels, 1);
        array = a;
    }
    data->GetPointData()->SetScalars(array);
    return data;
}

vtkSmartPointer<vtkImageData> volumeData(const Volume& v) {
    auto data = vtkSmartPointer<vtkImageData>::New();
    data->SetDimensions(v.columns, v.rows, v.slices);
    data->SetSpacing(v.columnSpacing, v.rowSpacing, v.sliceSpacing);
    data->SetOrigin(0, 0, 0);
    auto a = vtkSmartPointer<vtkShortArray>::New();
    a->SetArray(v.values.get(), vtkIdType(v.columns) * v.rows * v.slices, 1);
    data->GetPointData()->SetScalars(a);
    return data;
}

namespace {

struct CtPreset {
    double center, width;
};
CtPreset presetValues(ImageView::Preset p) {
    switch (p) {
        case ImageView::Preset::CtLung:
            return {-600, 1500};
        case ImageView::Preset::CtMediastinum:
            return {40, 400};
        case ImageView::Preset::CtBone:
            return {400, 1800};
        case ImageView::Preset::CtBrain:
            return {40, 80};
    }
    return {40, 400};
}

}  // namespace

// The corner text and scale bar: a transparent child widget, which the window composes over
// the OpenGL picture (QPainter inside paintGL would share VTK's GL state).
class ViewOverlay : public QWidget {
public:
    explicit ViewOverlay(ImageView* view) : QWidget(view), view_(view) {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setAttribute(Qt::WA_TranslucentBackground);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        view_->drawOverlay(p);
    }

private:
    ImageView* view_;
};

ImageView::ImageView(QWidget* parent) : QOpenGLWidget(parent), d_(std::make_unique<Impl>()) {
    d_->q = this;
    d_->overlay = new ViewOverlay(this);
    d_->scroll = new QScrollBar(Qt::Vertical, this);
    d_->scroll->setObjectName(QStringLiteral("stackScroll"));
    d_->scroll->hide();
    connect(d_->scroll, &QScrollBar::valueChanged, this, [this](int v) { showSlice(v); });
    connect(this, &ImageView::sliceChanged, d_->scroll, [this](int v) {
        const QSignalBlocker block(d_->scroll);
        d_->scroll->setValue(v);
    });
    d_->cine = new QTimer(this);
    connect(d_->cine, &QTimer::timeout, this, [this] {
        if (sliceCount() > 1) showSlice((currentSlice() + 1) % sliceCount());
    });
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(64, 64);
    d_->mapper->SliceFacesCameraOn();
    d_->mapper->SliceAtFocalPointOn();
    d_->mapper->BorderOn();  // edge pixels whole, not cut at their centres
    d_->actor->SetMapper(d_->mapper);
    d_->actor->GetProperty()->SetInterpolationTypeToLinear();  // setSmooth(false): nearest
    d_->renderer->SetBackground(0, 0, 0);
    d_->renderer->AddViewProp(d_->actor);
    d_->window->AddRenderer(d_->renderer);
    d_->window->SetMultiSamples(0);
    shareWidgetContext(d_->window, d_->contextCallback, this);
}

ImageView::~ImageView() {
    makeCurrent();
    d_->window->Finalize();
    doneCurrent();
}

void ImageView::initializeGL() { initializeOnWidget(d_->window); }

void ImageView::resizeGL(int w, int h) {
    const qreal ratio = devicePixelRatioF();
    d_->window->SetSize(int(w * ratio), int(h * ratio));
}

void ImageView::paintGL() {
    QOpenGLExtraFunctions* f = context()->extraFunctions();
    if (!d_->shown) {
        f->glClearColor(0, 0, 0, 1);
        f->glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    d_->placeCamera();
    renderInto(d_->window, this);
    ++d_->frames;
    d_->paintNs += clock.nsecsElapsed();
    d_->paintedSize = size();
    d_->dirty = false;
    if (!d_->emittedFirst) {
        d_->emittedFirst = true;
        emit firstImageDrawn();
    }
}

void ImageView::resizeEvent(QResizeEvent* event) {
    QOpenGLWidget::resizeEvent(event);
    d_->overlay->setGeometry(rect());
    const int w = d_->scroll->sizeHint().width();
    d_->scroll->setGeometry(width() - w, 0, w, height());
}

void ImageView::updateScrollRange() {
    d_->scroll->setRange(0, std::max(0, sliceCount() - 1));
    d_->scroll->setPageStep(std::max(1, sliceCount() / 10));
    d_->scroll->setVisible(sliceCount() > 1);
}

const std::vector<std::shared_ptr<const DisplaySlice>>& ImageView::stack() const {
    return d_->slices;
}

void ImageView::setVolume(std::shared_ptr<const Volume> volume, Plane plane,
                          const SeriesLabel& label) {
    resetStack(0, label);
    d_->volume = std::move(volume);
    d_->geometry = planeGeometry(*d_->volume, plane);
    d_->volumeImage = volumeData(*d_->volume);
    d_->mapper->SetInputData(d_->volumeImage);
    d_->crossMm.clear();
    updateScrollRange();
    // Start in the middle of the volume.
    const int middle = d_->geometry.count / 2;
    d_->show(middle);
    emit sliceChanged(middle);
}

const SeriesLabel& ImageView::label() const { return d_->label; }

bool ImageView::showsVolume() const { return d_->volume != nullptr; }
std::shared_ptr<const Volume> ImageView::volume() const { return d_->volume; }
Plane ImageView::plane() const { return d_->geometry.plane; }
bool ImageView::planeCentre(int position, double patient[3]) const {
    if (!d_->volume) return false;
    viewer::planeCentre(*d_->volume, d_->geometry, position, patient);
    return true;
}
QString ImageView::frameOfReference() const {
    if (d_->volume) return d_->volume->first ? d_->volume->first->frameOfReferenceUid : QString();
    for (const auto& s : d_->slices)
        if (s) return s->frameOfReferenceUid;
    return {};
}
int ImageView::nearestPlanePosition(const double patient[3]) const {
    return d_->volume ? nearestPosition(*d_->volume, d_->geometry, patient) : -1;
}

void ImageView::setTitle(const QString& title) {
    d_->label.title = title;
    if (d_->overlay) d_->overlay->update();
}

void ImageView::setLegend(const std::vector<std::pair<QColor, QString>>& entries) {
    d_->legend = entries;
    if (d_->overlay) d_->overlay->update();
}

void ImageView::setCrossReference(Plane other, int position) {
    if (!d_->volume || other == d_->geometry.plane) return;
    const PlaneGeometry g = planeGeometry(*d_->volume, other);
    for (int axis = 0; axis < 3; ++axis)
        if (g.normal[axis] != 0) d_->crossMm[axis] = position * g.step;
    if (d_->overlay) d_->overlay->update();
}

void ImageView::resetStack(int count, const SeriesLabel& label) {
    d_->slices.assign(size_t(std::max(0, count)), nullptr);
    d_->volume.reset();
    d_->volumeImage = nullptr;
    d_->geometry = PlaneGeometry{};
    d_->shown.reset();
    d_->shownData = nullptr;
    d_->current = 0;
    d_->label = label;
    d_->legend.clear();
    d_->windowSet = false;
    d_->fitMode = true;
    d_->panX = d_->panY = 0;
    d_->emittedFirst = false;
    d_->measured.clear();
    d_->isDrawing = false;
    updateScrollRange();
    d_->refresh();
}

void ImageView::setSlice(int index, std::shared_ptr<const DisplaySlice> slice) {
    if (index < 0) return;
    if (index >= int(d_->slices.size())) {
        d_->slices.resize(size_t(index) + 1);
        updateScrollRange();
    }
    d_->slices[size_t(index)] = std::move(slice);
    if (index == d_->current) d_->show(index);
}

void ImageView::resetStackSize(int count) {
    d_->slices.resize(size_t(std::max(0, count)));
    updateScrollRange();
    if (d_->current >= count && count > 0) d_->show(count - 1);
    d_->refresh();
}

int ImageView::sliceCount() const {
    return d_->volume ? d_->geometry.count : int(d_->slices.size());
}
int ImageView::loadedCount() const {
    return int(std::count_if(d_->slices.begin(), d_->slices.end(),
                             [](const auto& s) { return s != nullptr; }));
}
int ImageView::currentSlice() const { return d_->current; }

void ImageView::showSlice(int index) {
    index = std::clamp(index, 0, std::max(0, sliceCount() - 1));
    if (index == d_->current && d_->shown) return;
    d_->show(index);
    emit sliceChanged(index);
}

void ImageView::setWindow(double center, double width) {
    d_->center = center;
    d_->width = std::max(1.0, width);
    d_->windowSet = true;
    d_->applyDisplay();
    d_->refresh();
    emit windowChanged(d_->center, d_->width);
}
double ImageView::windowCenter() const { return d_->center; }
double ImageView::windowWidth() const { return d_->width; }

void ImageView::applyPreset(Preset preset) {
    const CtPreset v = presetValues(preset);
    setWindow(v.center, v.width);
}

void ImageView::setInverted(bool inverted) {
    d_->userInverted = inverted;
    d_->applyDisplay();
    d_->refresh();
}
bool ImageView::inverted() const { return d_->userInverted; }

void ImageView::zoomBy(double factor) {
    d_->mapping();  // brings the zoom of a fitted view up to date
    d_->fitMode = false;
    d_->zoom = std::clamp(d_->zoom * factor, 0.02, 64.0);
    d_->refresh();
    emit framingChanged();
}
double ImageView::zoom() const { return d_->zoom; }
void ImageView::fit() {
    d_->fitMode = true;
    d_->panX = d_->panY = 0;
    d_->refresh();
    emit framingChanged();
}
void ImageView::actualSize() {
    d_->fitMode = false;
    d_->zoom = 1;
    d_->refresh();
    emit framingChanged();
}
void ImageView::panBy(double dx, double dy) {
    d_->panX += dx;
    d_->panY += dy;
    d_->refresh();
    emit framingChanged();
}
ImageView::Framing ImageView::framing() {
    Framing f;
    f.fit = d_->fitMode;
    f.pixelsPerMm = d_->mapping().pixelsPerMm;
    f.panX = d_->panX;
    f.panY = d_->panY;
    return f;
}
void ImageView::setFraming(const Framing& f) {
    d_->fitMode = f.fit;
    if (!f.fit) d_->zoom = std::clamp(f.pixelsPerMm * d_->columnSpacing(), 0.02, 64.0);
    d_->panX = f.panX;
    d_->panY = f.panY;
    d_->refresh();
    emit framingChanged();
}
void ImageView::rotate90() {
    // Clockwise as the user sees it, mirrored or not.
    d_->quarterTurns = (d_->quarterTurns + (d_->mirrored ? 3 : 1)) % 4;
    d_->refresh();
}
void ImageView::flipHorizontal() {
    d_->mirrored = !d_->mirrored;
    d_->refresh();
}
void ImageView::flipVertical() {
    d_->mirrored = !d_->mirrored;
    d_->quarterTurns = (d_->quarterTurns + 2) % 4;
    d_->refresh();
}

void ImageView::setSmooth(bool smooth) {
    if (smooth)
        d_->actor->GetProperty()->SetInterpolationTypeToLinear();
    else
        d_->actor->GetProperty()->SetInterpolationTypeToNearest();
    d_->refresh();
}

int ImageView::framesDrawn() const { return d_->frames; }
double ImageView::paintMilliseconds() const { return d_->paintNs / 1e6; }
bool ImageView::imageShown() const { return d_->emittedFirst; }
bool ImageView::upToDate() const {
    return d_->emittedFirst && !d_->dirty && d_->paintedSize == size();
}

}  // namespace dicomnet::viewer
