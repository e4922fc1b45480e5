// The viewer window: a study's series in a grid of viewports (1×1, 1×2, 2×1, 2×2), with the
// tools of the toolbar acting on the viewport last clicked.
#pragma once

#include "gui/comparison_controller.h"
#include "gui/consultation_editor.h"
#include "gui/timeline_panel.h"
#include "workflow/study_for_viewing.h"

#include <QDockWidget>
#include <QList>
#include <QMainWindow>
#include <QPair>

#include <functional>

class QToolButton;

namespace dicomnet::gui {

class ViewerWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ViewerWindow(QWidget* parent = nullptr);
    ~ViewerWindow() override;
    // Shows `study` with `rows` × `columns` viewports; the chosen series goes first.
    void showStudy(const workflow::StudyForViewing& study, int rows, int columns);
    // Another study (a similar case) next to the one shown: 1×2, the current on the left.
    void showBeside(const workflow::StudyForViewing& other);
    viewer::ViewerPanel* panel() const { return panel_; }
    // The cache the window works with: "Compare with previous" finds priors and keeps
    // alignments there, and the timeline lists the patient's studies from it and from the
    // peers (asked as `ourAeTitle`). Without it both are off.
    void setDataDirectory(const QString& dataDir,
                          const QString& ourAeTitle = QStringLiteral("DICOMNET"));
    ComparisonController* comparison() const { return comparison_; }
    TimelinePanel* timeline() const { return timeline_; }
    // The current viewport's series in a 3D window of its own; null (and why in the status
    // bar) when it is still loading or not a volume.
    class VolumeWindow* openVolume();
    ConsultationEditor* consultation() const { return editor_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildToolbar();
    QToolButton* measureButton(QToolBar* bar, class QActionGroup* tools);
    // The layout button shows `rows`×`columns`; 0×0 is the planes (MPR).
    void showLayout(int rows, int columns);
    void markShown(const QString& studyUid);  // kept from eviction while shown; "" none
    void withStudy(const QString& uid, std::function<void(const workflow::StudyForViewing&)> show);
    viewer::ViewerPanel* panel_ = nullptr;
    ComparisonController* comparison_ = nullptr;
    TimelinePanel* timeline_ = nullptr;
    QDockWidget* timelineDock_ = nullptr;
    ConsultationEditor* editor_ = nullptr;
    QDockWidget* editorDock_ = nullptr;
    class SimilarCasesPanel* similar_ = nullptr;
    QDockWidget* similarDock_ = nullptr;
    std::vector<viewer::SeriesEntry> currentSeries_;  // of the study shown, chosen first
    QString studyUid_;
    QString shownMark_;  // the study marked open in the cache for this window
    QString dataDir_;
    viewer::ImageView::Tool currentTool_ = viewer::ImageView::Tool::Window;
    QList<QPair<QPair<int, int>, QAction*>> layoutActions_;
    QToolButton* layoutButton_ = nullptr;
};

}  // namespace dicomnet::gui
