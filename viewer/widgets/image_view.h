// One viewport: a stack of slices shown with VTK inside a Qt 6 QOpenGLWidget (Debian's VTK Qt
// module is built for Qt 5, so VTK renders into a vtkGenericOpenGLRenderWindow on this
// widget's context). The VOI is applied on the GPU to the modality values, so a window drag
// redraws without touching the pixels; colour and VOI LUT images come as 8-bit pixels.
// Mouse: the left button does the chosen tool (window/level by default; distance, angle,
// rectangle and ellipse regions, pan, zoom), right drag zooms, middle drag pans, the wheel
// scrolls the stack (Ctrl+wheel zooms), and so does the scroll bar on the right. Keys:
// arrows/Page Up/Down/Home/End scroll, C plays the stack as a cine loop, I inverts, F fits,
// 1 shows one image pixel per screen pixel, R rotates, H and V flip, Delete removes the last
// measurement of the slice, Escape drops the one being drawn. Orientation letters sit at the
// edges. Rendering happens only in paintGL.
#pragma once

#include "viewer/pixels/display_slice.h"
#include "viewer/pixels/measurements.h"
#include "viewer/pixels/series_entry.h"
#include "viewer/pixels/volume.h"

#include <QColor>
#include <QHash>
#include <QOpenGLWidget>
#include <QStringList>

#include <memory>
#include <utility>

namespace dicomnet::viewer {

// What the corners say about the series shown (names and descriptions come from the index).
class ImageView : public QOpenGLWidget {
    Q_OBJECT
public:
    enum class Preset { CtLung, CtMediastinum, CtBone, CtBrain };
    enum class Tool { Window, Pan, Zoom, Distance, Angle, Rectangle, Ellipse };

    explicit ImageView(QWidget* parent = nullptr);
    ~ImageView() override;

    // A new stack of `count` slices, none loaded yet (the view shows a wait until slice 0
    // or the one scrolled to arrives).
    void resetStack(int count, const SeriesLabel& label = {});
    const SeriesLabel& label() const;
    void setSlice(int index, std::shared_ptr<const DisplaySlice> slice);
    // The stack turned out longer (multi-frame files) or shorter (unreadable files).
    void resetStackSize(int count);
    int sliceCount() const;
    // The slices as loaded so far (null where one is still missing).
    const std::vector<std::shared_ptr<const DisplaySlice>>& stack() const;

    // Multiplanar reformatting: `volume` cut by `plane`; the stack is then the plane's
    // positions, scrolled as any stack. Lines show where the other planes cut this one.
    void setVolume(std::shared_ptr<const Volume> volume, Plane plane,
                   const SeriesLabel& label = {});
    // The volume shown in planes; null for a stack.
    std::shared_ptr<const Volume> volume() const;
    bool showsVolume() const;
    Plane plane() const;
    // In multiplanar mode: the patient point at the centre of plane `position`, and the
    // position nearest to a patient point (false / -1 otherwise).
    bool planeCentre(int position, double patient[3]) const;
    int nearestPlanePosition(const double patient[3]) const;
    // The frame of reference of what is shown (empty when unknown).
    QString frameOfReference() const;
    void setCrossReference(Plane other, int position);
    int loadedCount() const;
    void showSlice(int index);
    int currentSlice() const;

    void setWindow(double center, double width);
    double windowCenter() const;
    double windowWidth() const;
    void applyPreset(Preset preset);
    void setInverted(bool inverted);
    bool inverted() const;
    void zoomBy(double factor);
    double zoom() const;  // screen pixels per image pixel
    void fit();
    void actualSize();
    void panBy(double dx, double dy);  // screen pixels
    // Zoom and pan in millimetres, for linked viewports: fitted, or so many screen pixels a
    // millimetre of the image; the pan in screen pixels.
    struct Framing {
        bool fit = true;
        double pixelsPerMm = 1;
        double panX = 0, panY = 0;
    };
    Framing framing();
    void setFraming(const Framing& f);
    void rotate90();
    void flipHorizontal();
    void flipVertical();
    // Linear interpolation between pixels (default), or each pixel a flat square.
    void setSmooth(bool smooth);

    void setTool(Tool tool);
    Tool tool() const;
    // The measurements of slice `index`, with what they measure (e.g. "42.3 mm").
    const std::vector<Measurement>& measurements(int index) const;
    QStringList measurementTexts(int index) const;
    void addMeasurement(int index, Measurement m);
    // The cine loop: the stack played at `framesPerSecond`, over and over.
    void setCine(bool playing, double framesPerSecond = 10);
    bool cinePlaying() const;
    // Image pixel (column, row) of a point of this widget, and back.
    QPointF imagePoint(QPointF widgetPoint);
    QPointF widgetPoint(QPointF imagePoint);
    // The letters at the right and bottom edges (patient directions), empty when unknown.
    QString rightEdgeLabel();
    QString bottomEdgeLabel();
    // The overlay's fields and their values now (overlay_template.h), and where the last
    // frame drew its text and scale bar (widget coordinates; they never intersect).
    QHash<QString, QString> overlayValues();
    // What the pane is, over the series' own label (PRIOR, CHANGES…), and a legend of
    // coloured squares under the top edge's letter; both go with the next resetStack().
    void setTitle(const QString& title);
    void setLegend(const std::vector<std::pair<QColor, QString>>& entries);
    const std::vector<QRect>& overlayBoxes() const;

    // Frames drawn so far (for benchmarks); whether an image has been drawn.
    int framesDrawn() const;
    double paintMilliseconds() const;  // spent in paintGL, all frames together
    bool imageShown() const;
    // The last frame drawn shows the current state at the current size (nothing pending).
    bool upToDate() const;

signals:
    void sliceChanged(int index);
    void windowChanged(double center, double width);
    // Zoom or pan changed (by the user or by a call).
    void framingChanged();
    void firstImageDrawn();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

    void resizeEvent(QResizeEvent* event) override;

private:
    friend class ViewOverlay;
    void updateScrollRange();
    void drawOverlay(class QPainter& p);
    struct Impl;
    std::unique_ptr<Impl> d_;
};

// Call before QApplication exists: the OpenGL format VTK needs (3.2 core, no multisampling).
void setDefaultSurfaceFormat();

}  // namespace dicomnet::viewer
