#include "gui/viewer_window.h"
#include "workflow/burn_in.h"

#include "gui/bring_back.h"
#include "gui/similar_cases_panel.h"
#include "gui/volume_window.h"
#include "workflow/eviction.h"
#include "workflow/key_images.h"

#include <QCloseEvent>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace dicomnet::gui {

ViewerWindow::ViewerWindow(QWidget* parent) : QMainWindow(parent) {
    setAttribute(Qt::WA_DeleteOnClose, false);
    panel_ = new viewer::ViewerPanel(this);
    setCentralWidget(panel_);
    buildToolbar();
    connect(panel_, &viewer::ViewerPanel::layoutChanged, this,
            [this](int rows, int columns, bool planes) { showLayout(planes ? 0 : rows, columns); });
    addToolBarBreak();
    QToolBar* compareBar = addToolBar(tr("Compare"));
    compareBar->setObjectName(QStringLiteral("compareToolbar"));
    comparison_ = new ComparisonController(panel_, compareBar, this);
    connect(comparison_, &ComparisonController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    statusBar()->showMessage(tr("Loading…"));  // there from the start: no re-layout later
    connect(panel_, &viewer::ViewerPanel::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(panel_, &viewer::ViewerPanel::viewportLoaded, this,
            [this](int viewport, int slices, qint64 firstMs, qint64 allMs) {
                statusBar()->showMessage(tr("Viewport %1: %2 images, first in %3 ms, all in %4 ms")
                                             .arg(viewport + 1)
                                             .arg(slices)
                                             .arg(firstMs)
                                             .arg(allMs));
            });
}

ViewerWindow::~ViewerWindow() { markShown({}); }

void ViewerWindow::closeEvent(QCloseEvent* event) {
    markShown({});
    QMainWindow::closeEvent(event);
}

// Once every image under `uid` is here (brought back if evicted), `show` gets the study; a
// problem goes to the status bar.
void ViewerWindow::withStudy(const QString& uid,
                             std::function<void(const workflow::StudyForViewing&)> show) {
    openWhenHere(
        this, dataDir_, uid,
        [this, uid, show] {
            auto study = workflow::studyForViewing(dataDir_, uid);
            if (!study)
                statusBar()->showMessage(study.error());
            else
                show(study.value());
        },
        [this](const QString& why) { statusBar()->showMessage(why); });
}

// Not evicted while shown here (workflow/eviction.h).
void ViewerWindow::markShown(const QString& studyUid) {
    if (dataDir_.isEmpty() || shownMark_ == studyUid) return;
    if (!shownMark_.isEmpty()) workflow::markStudyClosed(dataDir_, shownMark_);
    if (!studyUid.isEmpty()) workflow::markStudyOpen(dataDir_, studyUid);
    shownMark_ = studyUid;
}

void ViewerWindow::setDataDirectory(const QString& dataDir, const QString& ourAeTitle) {
    dataDir_ = dataDir;
    // The site's own overlay (overlays.json), if it has one.
    if (const QString warning = workflow::useSiteOverlays(dataDir); !warning.isEmpty())
        statusBar()->showMessage(warning);
    // The consultation beside the images.
    delete editorDock_;
    editorDock_ = new QDockWidget(tr("Consultation"), this);
    editorDock_->setObjectName(QStringLiteral("consultationDock"));
    editor_ = new ConsultationEditor(editorDock_);
    editorDock_->setWidget(editor_);
    addDockWidget(Qt::RightDockWidgetArea, editorDock_);
    resizeDocks({editorDock_}, {420}, Qt::Horizontal);
    delete similarDock_;
    similarDock_ = new QDockWidget(tr("Similar cases"), this);
    similarDock_->setObjectName(QStringLiteral("similarCasesDock"));
    similar_ = new SimilarCasesPanel(similarDock_);
    similarDock_->setWidget(similar_);
    addDockWidget(Qt::RightDockWidgetArea, similarDock_);
    tabifyDockWidget(editorDock_, similarDock_);
    editorDock_->raise();
    connect(similar_, &SimilarCasesPanel::openBeside, this, [this](const QString& uid) {
        withStudy(uid, [this](const workflow::StudyForViewing& other) { showBeside(other); });
    });
    editor_->setImageSource([this](QString& why) -> std::optional<consult::KeyImage> {
        viewer::ImageView* v = panel_->currentViewport();
        if (!v) {
            why = tr("Click the image to add first");
            return std::nullopt;
        }
        if (v->showsVolume()) {
            why = tr("A reformatted plane is not an image of the study: add it from the stack");
            return std::nullopt;
        }
        const int i = v->currentSlice();
        const auto& stack = v->stack();
        if (i < 0 || i >= int(stack.size()) || !stack[size_t(i)]) {
            why = tr("The image is still loading");
            return std::nullopt;
        }
        return workflow::keyImageOf(*stack[size_t(i)], v->measurements(i));
    });
    connect(editor_, &ConsultationEditor::message, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(editor_, &ConsultationEditor::saved, this, [this] {
        if (timeline_) timeline_->refreshLocal();
    });
    connect(editor_, &ConsultationEditor::signedFinal, this, [this] {
        if (timeline_) timeline_->refreshLocal();
    });
    if (!studyUid_.isEmpty()) editor_->setStudy(dataDir_, studyUid_);
    comparison_->setSource(std::make_shared<workflow::ComparisonSource>(dataDir));
    delete timelineDock_;
    timelineDock_ = new QDockWidget(tr("Timeline"), this);
    timelineDock_->setObjectName(QStringLiteral("timelineDock"));
    timeline_ = new TimelinePanel(dataDir, ourAeTitle, timelineDock_);
    timelineDock_->setWidget(timeline_);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock_);
    resizeDocks({timelineDock_}, {180}, Qt::Vertical);  // the images keep most of the height
    connect(timeline_, &TimelinePanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(comparison_, &ComparisonController::compared, timeline_, &TimelinePanel::markPriors);
    connect(timeline_, &TimelinePanel::openStudy, this, [this](const QString& uid) {
        withStudy(uid, [this](const workflow::StudyForViewing& study) { showStudy(study, 1, 1); });
    });
}

void ViewerWindow::showStudy(const workflow::StudyForViewing& study, int rows, int columns) {
    setWindowTitle(tr("%1 — dicomnet").arg(study.title));
    comparison_->setCurrent(study);
    markShown(study.studyUid);
    studyUid_ = study.studyUid;
    if (editor_) editor_->setStudy(dataDir_, study.studyUid);
    if (similar_) similar_->setStudy(dataDir_, study.studyUid);
    if (timeline_) timeline_->showPatient(study.patientId, study.issuer, study.studyUid);
    std::vector<viewer::SeriesEntry> series = study.series;
    // The chosen series first, so that it fills the first viewport.
    if (study.chosen > 0 && study.chosen < int(series.size()))
        std::rotate(series.begin(), series.begin() + study.chosen,
                    series.begin() + study.chosen + 1);
    currentSeries_ = series;
    panel_->setSeries(std::move(series));
    panel_->setGrid(rows, columns);
    panel_->showFirstSeries();
}

void ViewerWindow::showBeside(const workflow::StudyForViewing& other) {
    std::vector<viewer::SeriesEntry> series = currentSeries_;
    const int first = int(series.size());
    for (viewer::SeriesEntry s : other.series) {
        s.title = tr("Similar: %1 %2 · %3").arg(other.title, other.date, s.title);
        series.push_back(std::move(s));
    }
    if (first == int(series.size())) return;
    panel_->setSeries(std::move(series));
    panel_->setGrid(1, 2);
    panel_->showSeries(0, 0);
    panel_->showSeries(1, first + std::clamp(other.chosen, 0, int(other.series.size()) - 1));
    statusBar()->showMessage(tr("%1 beside the current study").arg(other.title));
}

VolumeWindow* ViewerWindow::openVolume() {
    const int index = std::max(0, panel_->currentViewportIndex());
    viewer::ImageView* v = panel_->viewport(index);
    if (!v || (v->sliceCount() == 0 && !v->showsVolume())) {
        statusBar()->showMessage(tr("Open a CT or MR series first."));
        return nullptr;
    }
    // The planes' volume when they are shown; else the series', or why not in the status bar.
    std::shared_ptr<const viewer::Volume> volume = v->volume();
    if (!volume) volume = panel_->volumeIn(index);
    if (!volume) return nullptr;
    auto* window = new VolumeWindow(this);
    window->setWindowFlag(Qt::Window);
    window->resize(1000, 800);
    window->setVolume(std::move(volume), v->label());
    window->show();
    return window;
}

}  // namespace dicomnet::gui
