// The viewer window: a study's series in a grid of viewports (1×1, 1×2, 2×1, 2×2), with the
// tools of the toolbar acting on the viewport last clicked.
#pragma once

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

private:
    void buildToolbar();
    viewer::ViewerPanel* panel_ = nullptr;
    viewer::ImageView::Tool currentTool_ = viewer::ImageView::Tool::Window;
    QList<QPair<QPair<int, int>, QAction*>> layoutActions_;
};

}  // namespace dicomnet::app
