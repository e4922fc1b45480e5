// 3D: a CT or MR volume rendered by ray casting (VTK's volume mappers) inside a Qt 6
// QOpenGLWidget, the same way ImageView draws slices. The volume sits in patient coordinates;
// the view opens from the front (the patient's right on the left of the screen, the head up).
// Presets map CT values to colour and opacity for bone, lung and soft tissue; MR gets a ramp
// over its own range; MIP shows the brightest value along each ray. Cropping keeps part of each
// axis. Left drag turns the volume, right drag or the wheel zooms, middle drag pans; while dragging
// the mapper samples more coarsely. Rendering happens only in paintGL.
#pragma once

#include "viewer/pixels/series_entry.h"
#include "viewer/pixels/volume.h"

#include <QOpenGLWidget>
#include <QString>

#include <array>
#include <memory>

namespace dicomnet::viewer {

class VolumeView : public QOpenGLWidget {
    Q_OBJECT
public:
    // Mip: maximum intensity projection, in grey (vessels, nodules, bone); the others blend
    // colour and opacity along each ray.
    enum class Preset { Bone, Lung, SoftTissue, MrDefault, Mip };
    // GPU: the OpenGL ray caster (on the graphics card, or Mesa's llvmpipe without one);
    // CPU: VTK's fixed-point ray caster on every core.
    enum class Renderer { Gpu, Cpu };

    explicit VolumeView(QWidget* parent = nullptr);
    ~VolumeView() override;

    void setVolume(std::shared_ptr<const Volume> volume, const SeriesLabel& label);
    bool hasVolume() const;
    void setPreset(Preset preset);
    Preset preset() const;
    // Until a renderer is set, the first frame chooses: CPU under software OpenGL (Mesa's
    // llvmpipe, where it is several times faster), GPU on a graphics card.
    void setRenderer(Renderer renderer);
    Renderer renderer() const;
    // Keeps [from, to] (fractions 0…1) of each of the volume's axes: columns, rows, slices.
    void setCropping(const std::array<double, 6>& kept);
    std::array<double, 6> cropping() const;
    // The anatomical direction each axis of the volume runs in, e.g. "R→L", "A→P", "F→H".
    QString axisName(int axis) const;
    // The front view, whole volume in sight.
    void resetView();
    void turn(double azimuthDegrees, double elevationDegrees);
    // Renders `frames` frames turning 360°/frames each, at full quality or as while dragging
    // (the mapper samples more coarsely to keep up): frames per second.
    double measureFramesPerSecond(int frames, bool interactive = false);
    // Which mapper VTK used and on what, e.g. "GPU ray casting (llvmpipe (LLVM 15.0.6, 256 bits))".
    QString rendererDescription() const;
    const SeriesLabel& label() const;

signals:
    void frameRendered(double milliseconds);
    void rendererChanged(dicomnet::viewer::VolumeView::Renderer renderer);

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace dicomnet::viewer
