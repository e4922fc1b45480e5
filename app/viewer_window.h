// The viewer window: a study's series in a grid of viewports (1×1, 1×2, 2×1, 2×2), with the
// tools of the toolbar acting on the viewport last clicked.
#pragma once

#include "comparison_controller.h"
#include "study_for_viewing.h"

#include <QList>
#include <QMainWindow>
#include <QPair>

namespace dicomnet::app {

class ViewerWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ViewerWindow(QWidget* parent = nullptr);
    // Shows `study` with `rows` × `columns` viewports; the chosen series goes first.
    void showStudy(const StudyForViewing& study, int rows, int columns);
    viewer::ViewerPanel* panel() const { return panel_; }
    // Where "Compare with previous" finds priors and keeps alignments (none: disabled).
    void setComparisonSource(std::shared_ptr<const ComparisonSource> source);
    ComparisonController* comparison() const { return comparison_; }

private:
    void buildToolbar();
    viewer::ViewerPanel* panel_ = nullptr;
    ComparisonController* comparison_ = nullptr;
    viewer::ImageView::Tool currentTool_ = viewer::ImageView::Tool::Window;
    QList<QPair<QPair<int, int>, QAction*>> layoutActions_;
};

}  // namespace dicomnet::app
