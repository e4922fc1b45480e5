#include "gui/comparison_controller.h"
#include "gui/hanging_protocol_dialog.h"

#include "viewer/pixels/volume.h"
#include "viewer/registration/volume_registration.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFutureWatcher>

#include <QMenu>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace dicomnet::gui {

using Mode = viewer::FilmComparison::Mode;

// A prior volume in another frame of reference being aligned onto the current one.
struct ComparisonController::VolumeJob {
    using Outcome = std::shared_ptr<Result<viewer::VolumeRegistration>>;
    std::atomic_bool cancel{false};
    QFutureWatcher<Outcome> watcher;
    bool done = false;
    ~VolumeJob() {
        cancel = true;
        watcher.waitForFinished();
    }
};

ComparisonController::ComparisonController(viewer::ViewerPanel* panel, QToolBar* bar,
                                           QObject* parent)
    : QObject(parent), panel_(panel) {
    buildToolbar(bar);
    connect(panel_, &viewer::ViewerPanel::viewportLoaded, this,
            [this](int viewport, int, qint64, qint64) {
                if (!comparing() || viewport >= int(loaded_.size())) return;
                loaded_[size_t(viewport)] = true;
                if (viewport == 0)
                    for (int v : priorViewports_) maybeAlign(v);
                else
                    maybeAlign(viewport);
                maybeShowPlanes();
            });
}

ComparisonController::~ComparisonController() = default;

void ComparisonController::setSource(std::shared_ptr<const workflow::ComparisonSource> source) {
    source_ = std::move(source);
    compare_->setEnabled(source_ != nullptr);
}

void ComparisonController::setCurrent(const workflow::StudyForViewing& study) {
    stop();
    current_ = study;
    // "Compare with previous" is offered only when the patient has an earlier comparable
    // study: asked in a worker, the answer for the study still shown.
    if (!source_ || study.series.empty()) return;
    const int generation = ++priorCheck_;
    const QString seriesUid =
        study.series.at(size_t(std::clamp(study.chosen, 0, int(study.series.size()) - 1))).uid;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != priorCheck_) return;
        const QString why = watcher->result();
        compare_->setEnabled(why.isEmpty());
        compare_->setToolTip(why.isEmpty() ? compareTip_ : why);
    });
    watcher->setFuture(
        QtConcurrent::run([source = source_, studyUid = study.studyUid, seriesUid]() -> QString {
            auto plan = source->plan(studyUid, seriesUid);
            return plan ? QString() : plan.error();
        }));
}

void ComparisonController::buildToolbar(QToolBar* bar) {
    protocolMenu_ = new QMenu(bar);
    compare_ = new QAction(tr("Compare with previous"), this);
    compare_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    compareTip_ = tr("The current study beside the most relevant earlier one (%1)")
                      .arg(compare_->shortcut().toString(QKeySequence::NativeText));
    compare_->setToolTip(compareTip_);
    compare_->setEnabled(false);
    compare_->setMenu(protocolMenu_);
    connect(compare_, &QAction::triggered, this, [this] { compareWithPrevious(0); });
    connect(protocolMenu_, &QMenu::aboutToShow, this, &ComparisonController::fillProtocolMenu);
    bar->addAction(compare_);
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(compare_)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    QAction* edit = bar->addAction(tr("Hanging protocols…"), this, [this] { editProtocols(); });
    edit->setObjectName(QStringLiteral("editHangingProtocols"));
    edit->setToolTip(tr("How comparisons are laid out: your own protocols, tried first"));

    aligned_ = bar->addAction(tr("Aligned"));
    aligned_->setCheckable(true);
    aligned_->setChecked(true);
    aligned_->setToolTip(tr("Show the prior film aligned onto the current one"));
    connect(aligned_, &QAction::toggled, this, [this](bool on) {
        for (auto& f : films_) f->setAlignmentShown(on);
    });
    mode_ = new QComboBox(bar);
    mode_->setObjectName(QStringLiteral("comparisonMode"));
    mode_->addItem(tr("Side by side"), int(Mode::SideBySide));
    mode_->addItem(tr("What changed"), int(Mode::Difference));
    mode_->addItem(tr("Flicker"), int(Mode::Flicker));
    mode_->addItem(tr("Curtain"), int(Mode::Curtain));
    modeAction_ = bar->addWidget(mode_);
    connect(mode_, &QComboBox::currentIndexChanged, this,
            [this](int i) { setMode(Mode(mode_->itemData(i).toInt())); });
    curtain_ = new QSlider(Qt::Horizontal, bar);
    curtain_->setRange(0, 100);
    curtain_->setValue(50);
    curtain_->setFixedWidth(120);
    curtain_->setToolTip(tr("Curtain: current on the left, prior on the right"));
    curtainAction_ = bar->addWidget(curtain_);
    connect(curtain_, &QSlider::valueChanged, this, [this](int v) { setCurtain(v / 100.0); });
    flickerRate_ = new QDoubleSpinBox(bar);
    flickerRate_->setRange(0.5, 10);
    flickerRate_->setSingleStep(0.5);
    flickerRate_->setValue(2);
    flickerRate_->setSuffix(tr(" /s"));
    flickerRate_->setToolTip(tr("Flicker: cycles a second"));
    flickerAction_ = bar->addWidget(flickerRate_);
    connect(flickerRate_, &QDoubleSpinBox::valueChanged, this, [this](double perSecond) {
        for (auto& f : films_) f->setFlickerRate(perSecond);
    });

    linkSeparator_ = bar->addSeparator();
    const auto link = [&](const QString& name) {
        QAction* a = bar->addAction(name);
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this] {
            panel_->links()->setKinds(
                {linkScroll_->isChecked(), linkFraming_->isChecked(), linkWindow_->isChecked()});
        });
        return a;
    };
    linkScroll_ = link(tr("Link scroll"));
    linkFraming_ = link(tr("Link zoom/pan"));
    linkWindow_ = link(tr("Link window"));
    showControls();
}

// The comparison's own controls are there only while comparing: the links for any
// comparison, alignment and mode for films, the curtain or the flicker rate for their mode.
void ComparisonController::showControls() {
    const bool films = comparing() && protocol_.align && !protocol_.mpr;
    const auto mode = Mode(mode_->currentData().toInt());
    aligned_->setVisible(films);
    modeAction_->setVisible(films);
    curtainAction_->setVisible(films && mode == Mode::Curtain);
    flickerAction_->setVisible(films && mode == Mode::Flicker);
    for (QAction* a : {linkSeparator_, linkScroll_, linkFraming_, linkWindow_})
        a->setVisible(comparing());
}

bool ComparisonController::editProtocols() {
    if (!source_) {
        emit message(tr("Open a study first."));
        return false;
    }
    QString modality, bodyPart;
    const int seriesIndex = panel_->seriesIn(0);
    if (seriesIndex >= 0)
        if (auto kind = source_->kindOf(current_.studyUid, panel_->series(seriesIndex).uid)) {
            modality = kind->first;
            bodyPart = kind->second;
        }
    HangingProtocolDialog dialog(source_->dataDir(), modality, bodyPart, panel_->window());
    if (dialog.exec() != QDialog::Accepted) return false;
    emit message(tr("Hanging protocols saved: %n of your own, tried first.", nullptr,
                    int(dialog.protocols().size())));
    if (!comparing()) setCurrent(current_);  // whether a comparison is offered may change
    return true;
}

void ComparisonController::fillProtocolMenu() {
    protocolMenu_->clear();
    const int seriesIndex = panel_->seriesIn(0);
    if (!source_ || seriesIndex < 0) return;
    auto fitting = source_->protocols(current_.studyUid, panel_->series(seriesIndex).uid);
    if (!fitting) return;
    for (int i = 0; i < int(fitting->size()); ++i)
        protocolMenu_->addAction(fitting->at(size_t(i)).name, this,
                                 [this, i] { compareWithPrevious(i); });
}

bool ComparisonController::compareWithPrevious(int protocolIndex) {
    const int seriesIndex = panel_->seriesIn(0);
    if (!source_ || seriesIndex < 0 || current_.studyUid.isEmpty()) {
        emit message(tr("Open a study first."));
        return false;
    }
    const viewer::SeriesEntry shown = panel_->series(seriesIndex);
    auto plan = source_->plan(current_.studyUid, shown.uid, protocolIndex);
    if (!plan) {
        emit message(plan.error());
        return false;
    }
    stop();
    protocol_ = plan->protocol;
    // The current study's series (the one shown first), then each prior's chosen series.
    std::vector<viewer::SeriesEntry> series{shown};
    for (const viewer::SeriesEntry& e : current_.series)
        if (e.uid != shown.uid) series.push_back(e);
    std::vector<int> priorSeries;
    for (const workflow::StudyForViewing& p : plan->priors) {
        viewer::SeriesEntry e = p.series.at(size_t(p.chosen));
        e.title = tr("Prior %1 · %2").arg(p.date, e.title);
        e.label.title = tr("PRIOR");
        priorSeries.push_back(int(series.size()));
        series.push_back(std::move(e));
    }
    panel_->setSeries(std::move(series));
    // Three planes a study come once the series have loaded: until then one viewport each.
    if (protocol_.mpr)
        panel_->setGrid(1, protocol_.priors + 1);
    else
        panel_->setGrid(protocol_.rows, protocol_.columns);
    loaded_.assign(size_t(panel_->viewportCount()), false);
    panel_->showSeries(0, 0);
    std::vector<viewer::ImageView*> linked{panel_->viewport(0)};
    for (size_t k = 0; k < priorSeries.size() && int(k) + 1 < panel_->viewportCount(); ++k) {
        panel_->showSeries(int(k) + 1, priorSeries[k]);
        priorViewports_.push_back(int(k) + 1);
        linked.push_back(panel_->viewport(int(k) + 1));
    }
    panel_->links()->setViews(linked);
    panel_->links()->setKinds(
        {linkScroll_->isChecked(), linkFraming_->isChecked(), linkWindow_->isChecked()});
    QStringList priorUids;
    for (const workflow::StudyForViewing& p : plan->priors) priorUids << p.studyUid;
    showControls();
    emit compared(priorUids);
    emit message(tr("%1: %2 prior(s) of %3")
                     .arg(protocol_.name)
                     .arg(plan->priors.size())
                     .arg(plan->priors.front().date));
    return true;
}

void ComparisonController::maybeAlign(int viewport) {
    if (!loaded_[0] || !loaded_[size_t(viewport)]) return;
    alignVolumes(viewport);
    if (!protocol_.align) return;
    viewer::ImageView* currentView = panel_->viewport(0);
    viewer::ImageView* priorView = panel_->viewport(viewport);
    if (!currentView || !priorView || currentView->sliceCount() != 1 ||
        priorView->sliceCount() != 1)
        return;  // films only: one image each
    const auto current = currentView->stack().front();
    const auto prior = priorView->stack().front();
    if (!current || !prior) return;
    auto film = std::make_unique<viewer::FilmComparison>(priorView);
    connect(film.get(), &viewer::FilmComparison::stateChanged, this,
            &ComparisonController::message);
    connect(film.get(), &viewer::FilmComparison::registered, this,
            [this](const QString& c, const QString& p, const viewer::PlanarRegistration& r) {
                if (Status kept = source_->keep(c, p, r); !kept)
                    emit message(tr("The alignment could not be kept: %1").arg(kept.error()));
            });
    std::optional<viewer::PlanarTransform> kept;
    if (auto found = source_->kept(current->sopInstanceUid, prior->sopInstanceUid))
        kept = found->transform;
    film->setAlignmentShown(aligned_->isChecked());
    film->setMode(Mode(mode_->currentData().toInt()));
    film->setCurtain(curtain_->value() / 100.0);
    film->setFlickerRate(flickerRate_->value());
    film->start(current, prior, kept);
    films_.push_back(std::move(film));
}

void ComparisonController::alignVolumes(int viewport) {
    viewer::ImageView* currentView = panel_->viewport(0);
    viewer::ImageView* priorView = panel_->viewport(viewport);
    if (!currentView || !priorView || currentView->sliceCount() < 8 || priorView->sliceCount() < 8)
        return;
    auto current = viewer::volumeFromStack(currentView->stack());
    auto prior = viewer::volumeFromStack(priorView->stack());
    if (!current || !prior) return;
    const QString frame = current->first->frameOfReferenceUid;
    if (!frame.isEmpty() && frame == prior->first->frameOfReferenceUid)
        return;  // one frame of reference: scrolling follows by position already
    const QString currentSeries = panel_->series(panel_->seriesIn(0)).uid;
    const QString priorSeries = panel_->series(panel_->seriesIn(viewport)).uid;
    if (auto kept = source_->keptVolume(currentSeries, priorSeries)) {
        panel_->links()->setPositionOffset(
            priorView, viewer::priorScrollOffsetMm(*current, *prior, kept->transform));
        volumeTransforms_[viewport] = kept->transform;
        emit message(tr("Volumes aligned (kept with the pair): scrolling follows the anatomy."));
        return;
    }
    auto job = std::make_unique<VolumeJob>();
    VolumeJob* j = job.get();
    QPointer<viewer::ImageView> target(priorView);
    connect(&j->watcher, &QFutureWatcher<VolumeJob::Outcome>::finished, this,
            [this, j, target, viewport, current = *current, prior = *prior, currentSeries,
             priorSeries] {
                j->done = true;
                const auto showPlanes = qScopeGuard([this] { maybeShowPlanes(); });
                const VolumeJob::Outcome outcome = j->watcher.result();
                if (!outcome || !*outcome) {
                    emit message(tr("The volumes could not be aligned: %1; scrolling follows "
                                    "by relative position in the stacks")
                                     .arg(outcome ? outcome->error() : QString()));
                    return;
                }
                const viewer::VolumeRegistration& r = outcome->value();
                volumeTransforms_[viewport] = r.transform;
                if (target)
                    panel_->links()->setPositionOffset(
                        target, viewer::priorScrollOffsetMm(current, prior, r.transform));
                if (Status kept = source_->keepVolume(currentSeries, priorSeries, r); !kept)
                    emit message(tr("The alignment could not be kept: %1").arg(kept.error()));
                else
                    emit message(tr("Volumes aligned in %1 s: scrolling follows the anatomy.")
                                     .arg(r.seconds, 0, 'f', 1));
            });
    emit message(tr("Aligning the prior volume (another frame of reference)…"));
    std::atomic_bool* cancel = &j->cancel;
    j->watcher.setFuture(QtConcurrent::run([c = *current, p = *prior, cancel] {
        return std::make_shared<Result<viewer::VolumeRegistration>>(
            viewer::registerVolumes(c, p, cancel));
    }));
    volumeJobs_.push_back(std::move(job));
}

void ComparisonController::maybeShowPlanes() {
    if (!protocol_.mpr || planesShown_ || priorViewports_.empty()) return;
    for (bool l : loaded_)
        if (!l) return;
    for (const auto& j : volumeJobs_)
        if (!j->done) return;
    std::vector<int> rows{0};
    rows.insert(rows.end(), priorViewports_.begin(), priorViewports_.end());
    if (!panel_->showMprRows(rows)) return;  // the panel said why
    planesShown_ = true;
    std::vector<viewer::ImageView*> all;
    for (int v = 0; v < panel_->viewportCount(); ++v) all.push_back(panel_->viewport(v));
    panel_->links()->setViews(all);
    panel_->links()->setKinds(
        {linkScroll_->isChecked(), linkFraming_->isChecked(), linkWindow_->isChecked()});
    for (size_t row = 1; row < rows.size(); ++row) {
        const auto t = volumeTransforms_.find(rows[row]);
        if (t == volumeTransforms_.end()) continue;
        for (int plane = 0; plane < 3; ++plane)
            panel_->links()->setPatientTransform(panel_->viewport(int(row) * 3 + plane), t->second);
    }
    // The prior rows start where the current row is.
    for (int plane = 0; plane < 3; ++plane) panel_->links()->follow(panel_->viewport(plane));
}

bool ComparisonController::settled() const {
    if (protocol_.mpr && !planesShown_) return false;
    if (!panel_->settled()) return false;
    for (const auto& j : volumeJobs_)
        if (!j->done) return false;
    for (const auto& f : films_)
        if (!f->done()) return false;
    if (!protocol_.align || panel_->viewport(0)->sliceCount() != 1) return true;
    // Films: every prior film has its alignment.
    size_t priorFilms = 0;
    for (int v : priorViewports_)
        if (panel_->viewport(v) && panel_->viewport(v)->sliceCount() == 1) ++priorFilms;
    return films_.size() == priorFilms;
}

std::vector<viewer::FilmComparison*> ComparisonController::films() const {
    std::vector<viewer::FilmComparison*> out;
    for (const auto& f : films_) out.push_back(f.get());
    return out;
}

void ComparisonController::setMode(Mode mode) {
    const int i = mode_->findData(int(mode));
    if (i >= 0 && i != mode_->currentIndex()) {
        const QSignalBlocker quiet(mode_);  // the box's signal would call this again
        mode_->setCurrentIndex(i);
    }
    showControls();
    for (auto& f : films_) f->setMode(mode);
}

void ComparisonController::setCurtain(double fraction) {
    for (auto& f : films_) f->setCurtain(fraction);
}

void ComparisonController::stop() {
    films_.clear();
    volumeJobs_.clear();
    volumeTransforms_.clear();
    planesShown_ = false;
    priorViewports_.clear();
    loaded_.clear();
    panel_->links()->setViews({});
    if (linkScroll_) showControls();
}

}  // namespace dicomnet::gui
