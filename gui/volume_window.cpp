#include "gui/volume_window.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStatusBar>
#include <QToolBar>

namespace dicomnet::gui {

using Preset = viewer::VolumeView::Preset;
using Renderer = viewer::VolumeView::Renderer;

VolumeWindow::VolumeWindow(QWidget* parent) : QMainWindow(parent) {
    setAttribute(Qt::WA_DeleteOnClose);
    view_ = new viewer::VolumeView(this);
    view_->setObjectName(QStringLiteral("volumeView"));
    setCentralWidget(view_);
    buildToolbar();
    auto* dock = new QDockWidget(tr("Cropping"), this);
    dock->setObjectName(QStringLiteral("croppingDock"));
    dock->setWidget(buildCropping());
    addDockWidget(Qt::RightDockWidgetArea, dock);
    statusBar()->showMessage(
        tr("Left drag turns, right drag or the wheel zooms, middle drag pans"));
    connect(view_, &viewer::VolumeView::frameRendered, this, [this](double ms) {
        statusBar()->showMessage(
            tr("%1 · last frame %2 ms").arg(view_->rendererDescription()).arg(ms, 0, 'f', 0));
    });
}

void VolumeWindow::buildToolbar() {
    QToolBar* bar = addToolBar(tr("3D"));
    bar->setObjectName(QStringLiteral("volumeToolbar"));
    preset_ = new QComboBox(bar);
    preset_->setObjectName(QStringLiteral("volumePreset"));
    preset_->addItem(tr("Bone"), int(Preset::Bone));
    preset_->addItem(tr("Lung"), int(Preset::Lung));
    preset_->addItem(tr("Soft tissue"), int(Preset::SoftTissue));
    preset_->addItem(tr("MR"), int(Preset::MrDefault));
    preset_->addItem(tr("MIP"), int(Preset::Mip));
    preset_->setToolTip(tr("Colour and opacity by value"));
    bar->addWidget(preset_);
    connect(preset_, &QComboBox::currentIndexChanged, this,
            [this](int i) { view_->setPreset(Preset(preset_->itemData(i).toInt())); });
    renderer_ = new QComboBox(bar);
    renderer_->setObjectName(QStringLiteral("volumeRenderer"));
    renderer_->addItem(tr("GPU ray casting"), int(Renderer::Gpu));
    renderer_->addItem(tr("CPU ray casting"), int(Renderer::Cpu));
    renderer_->setToolTip(
        tr("Where the rays are cast: the graphics card (or Mesa's software "
           "OpenGL without one), or every core of the processor"));
    bar->addWidget(renderer_);
    connect(renderer_, &QComboBox::currentIndexChanged, this,
            [this](int i) { view_->setRenderer(Renderer(renderer_->itemData(i).toInt())); });
    // The view chooses by the OpenGL it finds until the user does.
    connect(view_, &viewer::VolumeView::rendererChanged, this, [this](Renderer r) {
        const QSignalBlocker quiet(renderer_);
        renderer_->setCurrentIndex(renderer_->findData(int(r)));
    });
    bar->addAction(tr("Front view"), view_, &viewer::VolumeView::resetView);
    bar->addAction(tr("Turn 90°"), this, [this] { view_->turn(90, 0); });
}

QWidget* VolumeWindow::buildCropping() {
    auto* panel = new QWidget(this);
    auto* form = new QFormLayout(panel);
    for (int axis = 0; axis < 3; ++axis) {
        axisLabels_[size_t(axis)] = new QLabel(panel);
        auto* row = new QWidget(panel);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        for (int end = 0; end < 2; ++end) {
            auto* s = new QSlider(Qt::Horizontal, row);
            s->setObjectName(QStringLiteral("crop%1%2").arg(axis).arg(end));
            s->setRange(0, 100);
            s->setValue(end * 100);
            s->setMinimumWidth(70);
            s->setToolTip(end == 0 ? tr("Where the kept part starts") : tr("Where it ends"));
            layout->addWidget(s);
            crop_[size_t(2 * axis + end)] = s;
            connect(s, &QSlider::valueChanged, this, &VolumeWindow::cropChanged);
        }
        form->addRow(axisLabels_[size_t(axis)], row);
    }
    auto* whole = new QPushButton(tr("Whole volume"), panel);
    connect(whole, &QPushButton::clicked, this, [this] {
        for (size_t i = 0; i < crop_.size(); ++i) {
            const QSignalBlocker quiet(crop_[i]);
            crop_[i]->setValue(i % 2 ? 100 : 0);
        }
        cropChanged();
    });
    form->addRow(whole);
    return panel;
}

void VolumeWindow::cropChanged() {
    std::array<double, 6> kept{};
    for (size_t i = 0; i < crop_.size(); ++i) kept[i] = crop_[i]->value() / 100.0;
    view_->setCropping(kept);
}

void VolumeWindow::setVolume(std::shared_ptr<const viewer::Volume> volume,
                             const viewer::SeriesLabel& label) {
    view_->setVolume(std::move(volume), label);
    setWindowTitle(tr("3D — %1 · %2 — dicomnet").arg(label.patient, label.series));
    for (int axis = 0; axis < 3; ++axis) axisLabels_[size_t(axis)]->setText(view_->axisName(axis));
    const QSignalBlocker quiet(preset_);
    preset_->setCurrentIndex(preset_->findData(int(view_->preset())));
}

void VolumeWindow::setPreset(Preset preset) {
    preset_->setCurrentIndex(preset_->findData(int(preset)));
}

void VolumeWindow::setRenderer(Renderer renderer) {
    view_->setRenderer(renderer);  // chosen, even when the box shows it already
    const QSignalBlocker quiet(renderer_);
    renderer_->setCurrentIndex(renderer_->findData(int(renderer)));
}

}  // namespace dicomnet::gui
