#include "image_view.h"

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

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QPainter>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

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

namespace {

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

struct ImageView::Impl {
    ImageView* q = nullptr;
    vtkNew<vtkGenericOpenGLRenderWindow> window;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkImageSlice> actor;
    vtkNew<vtkImageResliceMapper> mapper;
    vtkNew<vtkLookupTable> lut;
    vtkNew<vtkCallbackCommand> contextCallback;

    std::vector<std::shared_ptr<const DisplaySlice>> slices;
    std::shared_ptr<const DisplaySlice> shown;  // keeps the memory VTK draws from alive
    vtkSmartPointer<vtkImageData> shownData;
    int current = 0;
    SeriesLabel label;

    double center = 0, width = 1;
    bool windowSet = false;
    bool userInverted = false;
    QString lutFor;  // what the lookup table was last built for

    double zoom = 1;  // screen pixels per image column
    bool fitMode = true;
    double panX = 0, panY = 0;  // screen pixels
    int quarterTurns = 0;
    bool mirrored = false;

    int frames = 0;
    qint64 paintNs = 0;
    bool emittedFirst = false;
    QSize paintedSize;
    bool dirty = true;
    QWidget* overlay = nullptr;
    QPoint lastMouse;
    Qt::MouseButton dragging = Qt::NoButton;

    bool colour() const { return shown && !shown->monochromeValues(); }
    bool showsInverted() const { return shown && (shown->inverse != userInverted); }

    void defaultWindow() {
        if (!shown || windowSet) return;
        if (!shown->windows.empty()) {
            center = shown->windows.front().center;
            width = shown->windows.front().width;
        } else {
            center = (shown->minValue + shown->maxValue) / 2;
            width = std::max(1.0, shown->maxValue - shown->minValue);
        }
        windowSet = true;
    }

    // The VOI on the GPU: VTK maps [level - window/2, level + window/2] onto the lookup
    // table. LINEAR (PS3.3 C.11.2.1.2) spans (c - 0.5) ± (w - 1)/2; LINEAR_EXACT c ± w/2;
    // SIGMOID is drawn into the table over c ± 2w (beyond that it is within half a grey
    // level of black or white).
    void applyDisplay() {
        vtkImageProperty* p = actor->GetProperty();
        if (!shown) return;
        if (colour()) {
            p->SetLookupTable(nullptr);
            p->SetColorWindow(255);
            p->SetColorLevel(127.5);
            return;
        }
        const QString function = shown->voiFunction;
        const bool invert = showsInverted();
        const QString want = function + (invert ? QStringLiteral("-") : QStringLiteral("+"));
        if (lutFor != want) {
            const bool sigmoid = function == QLatin1String("SIGMOID");
            const int n = sigmoid ? 1024 : 256;
            lut->SetNumberOfTableValues(n);
            for (int i = 0; i < n; ++i) {
                double g = double(i) / (n - 1);
                if (sigmoid) g = 1 / (1 + std::exp(-4 * (4 * g - 2)));
                if (invert) g = 1 - g;
                lut->SetTableValue(i, g, g, g, 1);
            }
            lut->Build();
            lutFor = want;
        }
        p->SetLookupTable(lut);
        p->UseLookupTableScalarRangeOff();
        if (function == QLatin1String("SIGMOID")) {
            p->SetColorWindow(4 * width);
            p->SetColorLevel(center);
        } else if (function == QLatin1String("LINEAR_EXACT")) {
            p->SetColorWindow(width);
            p->SetColorLevel(center);
        } else {
            p->SetColorWindow(std::max(1e-6, width - 1));
            p->SetColorLevel(center - 0.5);
        }
    }

    double worldWidth() const {
        return shown ? shown->columns * (shown->columnSpacing > 0 ? shown->columnSpacing : 1) : 1;
    }
    double worldHeight() const {
        return shown ? shown->rows * (shown->rowSpacing > 0 ? shown->rowSpacing : 1) : 1;
    }
    double columnSpacing() const {
        return shown && shown->columnSpacing > 0 ? shown->columnSpacing : 1;
    }

    void placeCamera() {
        if (!shown) return;
        const int vw = std::max(1, q->width()), vh = std::max(1, q->height());
        const bool sideways = quarterTurns % 2 != 0;
        const double ww = sideways ? worldHeight() : worldWidth();
        const double wh = sideways ? worldWidth() : worldHeight();
        if (fitMode) zoom = std::min(vw / ww, vh / wh) * columnSpacing();
        const double pixelsPerMm = zoom / columnSpacing();
        vtkCamera* camera = renderer->GetActiveCamera();
        camera->ParallelProjectionOn();
        camera->SetParallelScale(vh / 2.0 / pixelsPerMm);
        // Image rows go down the screen: the camera looks along +z with "up" towards -y;
        // seen from the other side the image is mirrored.
        const double angle = quarterTurns * M_PI / 2 * (mirrored ? -1 : 1);
        const double upX = std::sin(angle), upY = -std::cos(angle);
        // Panning moves the image with the mouse: the focal point moves against it.
        const double rightX = mirrored ? -std::cos(angle) : std::cos(angle);
        const double rightY = mirrored ? -std::sin(angle) : std::sin(angle);
        const double downX = -upX, downY = -upY;
        // VTK's points are pixel centres: the image spans -½ … columns - ½ pixels, and its
        // middle is (columns - 1) / 2 (which puts pixel centres on screen pixel centres at 1:1).
        const double midX = (shown->columns - 1) * columnSpacing() / 2;
        const double midY = (shown->rows - 1) * (shown->rowSpacing > 0 ? shown->rowSpacing : 1) / 2;
        const double cx = midX - (panX * rightX + panY * downX) / pixelsPerMm;
        const double cy = midY - (panX * rightY + panY * downY) / pixelsPerMm;
        camera->SetFocalPoint(cx, cy, 0);
        camera->SetPosition(cx, cy, mirrored ? 1000 : -1000);
        camera->SetViewUp(upX, upY, 0);
        renderer->ResetCameraClippingRange();
    }

    void show(int index) {
        if (index < 0 || index >= int(slices.size())) return;
        current = index;
        if (slices[size_t(index)] && slices[size_t(index)] != shown) {
            const bool firstOne = !shown;
            const bool sizeChanged = shown && (shown->columns != slices[size_t(index)]->columns ||
                                               shown->rows != slices[size_t(index)]->rows);
            shown = slices[size_t(index)];
            shownData = imageData(*shown);
            mapper->SetInputData(shownData);
            if (firstOne || sizeChanged) actor->SetMapper(mapper);
            defaultWindow();
            applyDisplay();
        }
        refresh();
    }
    void refresh() {
        dirty = true;
        q->update();
        if (overlay) overlay->update();
    }
};

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
    // VTK asks for its context through these events: it is this widget's. Make it current
    // only when it is not (QOpenGLWidget::makeCurrent() would rebind the widget's framebuffer
    // under VTK, whose framebuffers then lose their attachments: a black image).
    d_->contextCallback->SetClientData(this);
    d_->contextCallback->SetCallback([](vtkObject*, unsigned long event, void* client, void* data) {
        auto* self = static_cast<ImageView*>(client);
        QOpenGLContext* context = self->context();
        if (!context) return;
        if (event == vtkCommand::WindowMakeCurrentEvent) {
            if (QOpenGLContext::currentContext() != context)
                context->makeCurrent(context->surface());
        } else if (event == vtkCommand::WindowIsCurrentEvent) {
            *static_cast<bool*>(data) = QOpenGLContext::currentContext() == context;
        }
    });
    d_->window->AddObserver(vtkCommand::WindowMakeCurrentEvent, d_->contextCallback);
    d_->window->AddObserver(vtkCommand::WindowIsCurrentEvent, d_->contextCallback);
}

ImageView::~ImageView() {
    makeCurrent();
    d_->window->Finalize();
    doneCurrent();
}

void ImageView::initializeGL() {
    d_->window->SetOwnContext(0);
    d_->window->SetReadyForRendering(true);
    d_->window->SetFrameBlitModeToNoBlit();  // paintGL blits into the widget's framebuffer
    d_->window->OpenGLInitContext();
}

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
    vtkOpenGLState* state = d_->window->GetState();
    state->Reset();
    state->Push();
    d_->window->Render();
    f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    int* rendered = d_->window->GetRenderFramebuffer()->GetLastSize();
    const qreal ratio = devicePixelRatioF();
    d_->window->BlitDisplayFramebuffer(0, 0, 0, rendered[0], rendered[1], 0, 0,
                                       int(width() * ratio), int(height() * ratio),
                                       GL_COLOR_BUFFER_BIT, GL_NEAREST);
    state->Pop();
    // VTK's state, popped, may leave its own framebuffer bound and its tests on: the overlay
    // goes into the widget's framebuffer, drawn over everything.
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
    f->glDisable(GL_DEPTH_TEST);
    f->glDisable(GL_SCISSOR_TEST);
    f->glDisable(GL_STENCIL_TEST);
    // VTK leaves alpha below 1 where it drew; the window would blend the view with what lies
    // behind it (Mesa). Make every pixel opaque.
    f->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    f->glClearColor(0, 0, 0, 1);
    f->glClear(GL_COLOR_BUFFER_BIT);
    f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
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
}

void ImageView::drawOverlay(QPainter& p) {
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QRect area = rect().adjusted(6, 4, -6, -4);
    auto corner = [&](const QStringList& lines, Qt::Alignment align) {
        const QString text = lines.join(QLatin1Char('\n'));
        p.setPen(QColor(0, 0, 0, 200));
        p.drawText(area.translated(1, 1), int(align), text);
        p.setPen(QColor(235, 235, 200));
        p.drawText(area, int(align), text);
    };
    const SeriesLabel& l = d_->label;
    if (!d_->shown) {
        if (!d_->slices.empty()) corner({tr("Loading…")}, Qt::AlignCenter);
        return;
    }
    const DisplaySlice& s = *d_->shown;
    corner({l.patient, l.patientId}, Qt::AlignTop | Qt::AlignLeft);
    corner({l.study, s.modality}, Qt::AlignTop | Qt::AlignRight);
    QStringList bottomLeft{l.series};
    bottomLeft << tr("Image %1/%2").arg(d_->current + 1).arg(d_->slices.size());
    if (s.frames > 1) bottomLeft << tr("Frame %1/%2").arg(s.frame + 1).arg(s.frames);
    corner(bottomLeft, Qt::AlignBottom | Qt::AlignLeft);
    QStringList bottomRight;
    if (!d_->colour())
        bottomRight << tr("W %1 L %2").arg(d_->width, 0, 'f', 0).arg(d_->center, 0, 'f', 0);
    bottomRight << tr("Zoom %1%").arg(d_->zoom * 100, 0, 'f', 0);
    if (s.spacingIsImagerSpacing) bottomRight << tr("Spacing at the detector (not calibrated)");
    corner(bottomRight, Qt::AlignBottom | Qt::AlignRight);
    // A scale bar of a round length, when the spacing is known.
    if (s.columnSpacing > 0) {
        const double pixelsPerMm = d_->zoom / s.columnSpacing;
        double mm = 0.1;
        for (double candidate : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0})
            if (candidate * pixelsPerMm <= width() / 5.0) mm = candidate;
        const int length = int(mm * pixelsPerMm);
        const int y = height() - 40, x = width() / 2 - length / 2;
        p.setPen(QPen(QColor(235, 235, 200), 2));
        p.drawLine(x, y, x + length, y);
        p.drawLine(x, y - 4, x, y + 4);
        p.drawLine(x + length, y - 4, x + length, y + 4);
        p.drawText(QRect(x, y - 20, length, 16), Qt::AlignCenter, tr("%1 mm").arg(mm));
    }
}

void ImageView::resetStack(int count, const SeriesLabel& label) {
    d_->slices.assign(size_t(std::max(0, count)), nullptr);
    d_->shown.reset();
    d_->shownData = nullptr;
    d_->current = 0;
    d_->label = label;
    d_->windowSet = false;
    d_->fitMode = true;
    d_->panX = d_->panY = 0;
    d_->emittedFirst = false;
    d_->refresh();
}

void ImageView::setSlice(int index, std::shared_ptr<const DisplaySlice> slice) {
    if (index < 0) return;
    if (index >= int(d_->slices.size())) d_->slices.resize(size_t(index) + 1);
    d_->slices[size_t(index)] = std::move(slice);
    if (index == d_->current) d_->show(index);
}

void ImageView::resetStackSize(int count) {
    d_->slices.resize(size_t(std::max(0, count)));
    if (d_->current >= count && count > 0) d_->show(count - 1);
    d_->refresh();
}

int ImageView::sliceCount() const { return int(d_->slices.size()); }
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
    d_->fitMode = false;
    d_->zoom = std::clamp(d_->zoom * factor, 0.02, 64.0);
    d_->refresh();
}
double ImageView::zoom() const { return d_->zoom; }
void ImageView::fit() {
    d_->fitMode = true;
    d_->panX = d_->panY = 0;
    d_->refresh();
}
void ImageView::actualSize() {
    d_->fitMode = false;
    d_->zoom = 1;
    d_->refresh();
}
void ImageView::panBy(double dx, double dy) {
    d_->panX += dx;
    d_->panY += dy;
    d_->refresh();
}
void ImageView::rotate90() {
    d_->quarterTurns = (d_->quarterTurns + 1) % 4;
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

void ImageView::mousePressEvent(QMouseEvent* event) {
    d_->dragging = event->button();
    d_->lastMouse = event->position().toPoint();
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint now = event->position().toPoint();
    const QPoint delta = now - d_->lastMouse;
    d_->lastMouse = now;
    switch (d_->dragging) {
        case Qt::LeftButton:
            if (!d_->colour()) {
                // A full drag across the view changes the width by about the image's range.
                const double range =
                    d_->shown ? std::max(1.0, d_->shown->maxValue - d_->shown->minValue) : 1000.0;
                const double step = range / std::max(200, width());
                setWindow(d_->center + delta.y() * step, d_->width + delta.x() * step);
            }
            break;
        case Qt::RightButton:
            zoomBy(std::pow(1.01, -delta.y()));
            break;
        case Qt::MiddleButton:
            panBy(delta.x(), delta.y());
            break;
        default:
            break;
    }
}

void ImageView::mouseReleaseEvent(QMouseEvent*) { d_->dragging = Qt::NoButton; }

void ImageView::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) return;
    if (event->modifiers() & Qt::ControlModifier)
        zoomBy(std::pow(1.1, steps));
    else
        showSlice(currentSlice() - steps);
}

void ImageView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Left:
            showSlice(currentSlice() - 1);
            break;
        case Qt::Key_Down:
        case Qt::Key_Right:
            showSlice(currentSlice() + 1);
            break;
        case Qt::Key_PageUp:
            showSlice(currentSlice() - 10);
            break;
        case Qt::Key_PageDown:
            showSlice(currentSlice() + 10);
            break;
        case Qt::Key_Home:
            showSlice(0);
            break;
        case Qt::Key_End:
            showSlice(sliceCount() - 1);
            break;
        case Qt::Key_I:
            setInverted(!inverted());
            break;
        case Qt::Key_F:
            fit();
            break;
        case Qt::Key_1:
            actualSize();
            break;
        case Qt::Key_R:
            rotate90();
            break;
        case Qt::Key_H:
            flipHorizontal();
            break;
        case Qt::Key_V:
            flipVertical();
            break;
        default:
            QOpenGLWidget::keyPressEvent(event);
    }
}

}  // namespace dicomnet::viewer
