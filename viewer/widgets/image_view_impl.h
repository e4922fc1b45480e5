// Inside ImageView: the VTK pipeline, the stack, the display state and the mapping between the
// image and the screen, shared by its three source files (GL and state; overlay; input).
// Internal to viewer/: it includes VTK.
#pragma once

#include "viewer/widgets/image_view.h"

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageResliceMapper.h>
#include <vtkImageSlice.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>

#include <QPointF>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <map>

namespace dicomnet::viewer {

vtkSmartPointer<vtkImageData> imageData(const DisplaySlice& s);
vtkSmartPointer<vtkImageData> volumeData(const Volume& v);

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
    QScrollBar* scroll = nullptr;
    QTimer* cine = nullptr;

    Tool tool = Tool::Window;
    std::map<int, std::vector<Measurement>> measured;
    std::vector<QRect> overlayBoxes;
    std::vector<std::pair<QColor, QString>>
        legend;  // where the last frame's overlay text and scale bar went

    // Multiplanar mode: the volume, the plane through it (a stack is the plane z = 0), and
    // where the other planes are (millimetres along their normal axis, by axis).
    std::shared_ptr<const Volume> volume;
    vtkSmartPointer<vtkImageData> volumeImage;
    PlaneGeometry geometry;
    std::map<int, double> crossMm;
    Measurement drawing;  // being drawn: points so far
    bool isDrawing = false;
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
        double window = 0, level = 0;
        if (function == QLatin1String("SIGMOID")) {
            window = 4 * width;
            level = center;
        } else if (function == QLatin1String("LINEAR_EXACT")) {
            window = width;
            level = center;
        } else {
            window = std::max(1e-6, width - 1);
            level = center - 0.5;
        }
        // Samples drawn as stored: the window in modality units becomes one in stored units.
        if (shown->stored16 && !volume) {
            window /= shown->storedSlope;
            level = (level - shown->storedIntercept) / shown->storedSlope;
        }
        p->SetColorWindow(window);
        p->SetColorLevel(level);
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

    // Where the image lies on the screen: millimetres per screen pixel, the world point at the
    // centre of the view, and the world directions of the screen's right and down.
    struct Mapping {
        double pixelsPerMm = 1, cx = 0, cy = 0, rightX = 1, rightY = 0, downX = 0, downY = 1;
        int width = 1, height = 1;
    };
    Mapping mapping() {
        Mapping m;
        m.width = std::max(1, q->width());
        m.height = std::max(1, q->height());
        if (!shown) return m;
        const bool sideways = quarterTurns % 2 != 0;
        const double ww = sideways ? worldHeight() : worldWidth();
        const double wh = sideways ? worldWidth() : worldHeight();
        if (fitMode) zoom = std::min(m.width / ww, m.height / wh) * columnSpacing();
        m.pixelsPerMm = zoom / columnSpacing();
        // Image rows go down the screen (the camera looks along +z with "up" towards -y); seen
        // from the other side the image is mirrored.
        // Quarter turns are clockwise on the screen; the mirror is the screen's left–right.
        const double angle = -quarterTurns * M_PI / 2;
        m.rightX = std::cos(angle);
        m.rightY = std::sin(angle);
        m.downX = -std::sin(angle);
        m.downY = std::cos(angle);
        if (mirrored) {
            m.rightX = -m.rightX;
            m.rightY = -m.rightY;
        }
        // VTK's points are pixel centres: the image spans -½ … columns - ½ pixels, and its
        // middle is (columns - 1) / 2 (which puts pixel centres on screen pixel centres at 1:1).
        // Panning moves the image with the mouse: the centre moves against it.
        const double midX = (shown->columns - 1) * columnSpacing() / 2;
        const double midY = (shown->rows - 1) * rowSpacing() / 2;
        m.cx = midX - (panX * m.rightX + panY * m.downX) / m.pixelsPerMm;
        m.cy = midY - (panX * m.rightY + panY * m.downY) / m.pixelsPerMm;
        return m;
    }
    double rowSpacing() const { return shown && shown->rowSpacing > 0 ? shown->rowSpacing : 1; }
    // Image pixel (column, row) ↔ widget point.
    QPointF toScreen(const Mapping& m, QPointF image) const {
        const double wx = image.x() * columnSpacing() - m.cx, wy = image.y() * rowSpacing() - m.cy;
        return {m.width / 2.0 + (wx * m.rightX + wy * m.rightY) * m.pixelsPerMm,
                m.height / 2.0 + (wx * m.downX + wy * m.downY) * m.pixelsPerMm};
    }
    QPointF toImage(const Mapping& m, QPointF screen) const {
        const double sx = (screen.x() - m.width / 2.0) / m.pixelsPerMm;
        const double sy = (screen.y() - m.height / 2.0) / m.pixelsPerMm;
        // The screen axes are orthonormal in the world: invert by transposing.
        const double wx = sx * m.rightX + sy * m.downX + m.cx;
        const double wy = sx * m.rightY + sy * m.downY + m.cy;
        return {wx / columnSpacing(), wy / rowSpacing()};
    }

    // A point of the plane (millimetres along its right and down) in VTK's coordinates.
    void toVolume(double x, double y, double out[3]) const {
        const PlaneGeometry& g = geometry;
        for (int c = 0; c < 3; ++c)
            out[c] = g.origin[c] + x * g.right[c] + y * g.down[c] +
                     current * g.step * g.normal[c] * (volume ? 1 : 0);
    }

    void placeCamera() {
        if (!shown) return;
        const Mapping m = mapping();
        const PlaneGeometry& g = geometry;
        double focal[3], right[3], down[3], forward[3];
        toVolume(m.cx, m.cy, focal);
        for (int c = 0; c < 3; ++c) {
            right[c] = m.rightX * g.right[c] + m.rightY * g.down[c];
            down[c] = m.downX * g.right[c] + m.downY * g.down[c];
        }
        // The camera looks into the screen: right × down.
        forward[0] = right[1] * down[2] - right[2] * down[1];
        forward[1] = right[2] * down[0] - right[0] * down[2];
        forward[2] = right[0] * down[1] - right[1] * down[0];
        vtkCamera* camera = renderer->GetActiveCamera();
        camera->ParallelProjectionOn();
        camera->SetParallelScale(m.height / 2.0 / m.pixelsPerMm);
        camera->SetFocalPoint(focal);
        camera->SetPosition(focal[0] - 1000 * forward[0], focal[1] - 1000 * forward[1],
                            focal[2] - 1000 * forward[2]);
        camera->SetViewUp(-down[0], -down[1], -down[2]);
        renderer->ResetCameraClippingRange();
    }

    void show(int index) {
        if (volume) {
            // The plane's pixels for measurements; VTK draws from the volume itself.
            if (index < 0 || index >= geometry.count) return;
            current = index;
            const bool firstOne = !shown;
            shown = std::make_shared<const DisplaySlice>(planeSlice(*volume, geometry, index));
            if (firstOne) {
                defaultWindow();
                applyDisplay();
            }
            refresh();
            return;
        }
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

}  // namespace dicomnet::viewer
