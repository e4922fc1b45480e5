// "Compare with previous" in the viewer window: the current study's series beside the priors a
// hanging protocol asks for, the viewports linked (each link switchable), and for films the
// priors aligned onto the current one and shown aligned, as what changed, flickering or
// behind a curtain. Its controls are a toolbar of their own.
#pragma once

#include "workflow/comparison_source.h"

#include "viewer/registration/volume_registration.h"
#include "viewer/widgets/film_comparison.h"
#include "viewer/widgets/viewer_panel.h"

#include <QObject>

#include <map>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QMenu;
class QSlider;
class QToolBar;

namespace dicomnet::gui {

class ComparisonController : public QObject {
    Q_OBJECT
public:
    ComparisonController(viewer::ViewerPanel* panel, QToolBar* bar, QObject* parent);
    ~ComparisonController() override;

    void setSource(std::shared_ptr<const workflow::ComparisonSource> source);
    // The study the window shows; comparing starts from its series in the first viewport.
    void setCurrent(const workflow::StudyForViewing& study);
    // Opens the comparison with protocol `protocolIndex` of those that fit; false (and
    // message()) when there is nothing to compare with.
    bool compareWithPrevious(int protocolIndex = 0);
    bool comparing() const { return !priorViewports_.empty(); }
    // Loaded, and the films aligned when they are to be.
    bool settled() const;
    std::vector<viewer::FilmComparison*> films() const;
    void setMode(viewer::FilmComparison::Mode mode);
    void setCurtain(double fraction);
    QAction* compareAction() const { return compare_; }
    // The hanging-protocol editor, for the series shown (modal); true when saved.
    bool editProtocols();

signals:
    void message(const QString& text);
    // A comparison opened with these prior studies.
    void compared(const QStringList& priorStudyUids);

private:
    void buildToolbar(QToolBar* bar);
    void fillProtocolMenu();
    void maybeAlign(int viewport);
    void alignVolumes(int viewport);
    // With a three-plane protocol: once everything is loaded and aligned, the planes.
    void maybeShowPlanes();
    void stop();
    void showControls();
    viewer::ViewerPanel* panel_;
    std::shared_ptr<const workflow::ComparisonSource> source_;
    workflow::StudyForViewing current_;
    workflow::HangingProtocol protocol_;
    std::vector<int> priorViewports_;
    std::vector<std::unique_ptr<viewer::FilmComparison>> films_;
    struct VolumeJob;
    std::vector<std::unique_ptr<VolumeJob>> volumeJobs_;
    std::vector<bool> loaded_;
    bool planesShown_ = false;
    std::map<int, viewer::RigidTransform3D> volumeTransforms_;  // by prior viewport
    QAction* compare_ = nullptr;
    QString compareTip_;
    int priorCheck_ = 0;  // the latest "is there a prior?" asked
    QMenu* protocolMenu_ = nullptr;
    QAction* aligned_ = nullptr;
    QComboBox* mode_ = nullptr;
    QAction* modeAction_ = nullptr;
    QAction* linkSeparator_ = nullptr;
    QSlider* curtain_ = nullptr;
    QAction* curtainAction_ = nullptr;
    QDoubleSpinBox* flickerRate_ = nullptr;
    QAction* flickerAction_ = nullptr;
    QAction *linkScroll_ = nullptr, *linkFraming_ = nullptr, *linkWindow_ = nullptr;
};

}  // namespace dicomnet::gui
