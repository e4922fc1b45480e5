// The 3D window: one CT or MR series rendered as a volume (viewer::VolumeView), with presets
// for bone, lung and soft tissue, the renderer (GPU or CPU ray casting), cropping along each
// axis, and the time of each frame in the status bar.
#pragma once

#include "viewer/widgets/volume_view.h"

#include <QMainWindow>

#include <array>

class QComboBox;
class QLabel;
class QSlider;

namespace dicomnet::gui {

class VolumeWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit VolumeWindow(QWidget* parent = nullptr);
    void setVolume(std::shared_ptr<const viewer::Volume> volume, const viewer::SeriesLabel& label);
    viewer::VolumeView* view() const { return view_; }
    void setPreset(viewer::VolumeView::Preset preset);
    void setRenderer(viewer::VolumeView::Renderer renderer);

private:
    void buildToolbar();
    QWidget* buildCropping();
    void cropChanged();
    viewer::VolumeView* view_ = nullptr;
    QComboBox* preset_ = nullptr;
    QComboBox* renderer_ = nullptr;
    std::array<QSlider*, 6> crop_{};
    std::array<QLabel*, 3> axisLabels_{};
};

}  // namespace dicomnet::gui
