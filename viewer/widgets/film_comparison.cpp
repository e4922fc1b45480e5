#include "viewer/widgets/film_comparison.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace dicomnet::viewer {

using Outcome = std::shared_ptr<Result<AlignedFilms>>;

struct FilmComparison::Worker {
    std::atomic_bool cancel{false};
    QFutureWatcher<Outcome> watcher;
    ~Worker() {
        cancel = true;
        watcher.waitForFinished();
    }
};

FilmComparison::FilmComparison(ImageView* priorView, QObject* parent)
    : QObject(parent), priorView_(priorView), flicker_(new QTimer(this)) {
    flicker_->setInterval(250);  // two cycles a second: each image shown for a quarter
    connect(flicker_, &QTimer::timeout, this, [this] {
        flickerShowsCurrent_ = !flickerShowsCurrent_;
        present();
    });
}

FilmComparison::~FilmComparison() {
    worker_.reset();  // waits for (and cancels) an alignment in progress
}

void FilmComparison::start(std::shared_ptr<const DisplaySlice> current,
                           std::shared_ptr<const DisplaySlice> prior,
                           const std::optional<PlanarTransform>& kept) {
    current_ = std::move(current);
    prior_ = std::move(prior);
    result_.reset();
    failed_ = false;
    aligned_ = difference_ = curtain_ = nullptr;
    worker_ = std::make_unique<Worker>();
    connect(&worker_->watcher, &QFutureWatcher<Outcome>::finished, this,
            &FilmComparison::onAligned);
    if (priorView_) priorView_->setTitle(tr("PRIOR · aligning…"));
    emit stateChanged(tr("Aligning the prior onto the current film…"));
    auto c = current_;
    auto p = prior_;
    std::atomic_bool* cancel = &worker_->cancel;
    worker_->watcher.setFuture(QtConcurrent::run([c, p, kept, cancel] {
        return std::make_shared<Result<AlignedFilms>>(alignFilms(*c, *p, kept, cancel));
    }));
}

bool FilmComparison::aligned() const { return result_ != nullptr; }
const AlignedFilms* FilmComparison::result() const { return result_.get(); }

void FilmComparison::onAligned() {
    const Outcome outcome = worker_->watcher.result();
    if (!outcome || !*outcome) {
        const QString why = outcome ? outcome->error() : tr("alignment stopped");
        failed_ = true;
        if (priorView_) priorView_->setTitle(tr("PRIOR · not aligned"));
        emit stateChanged(tr("The films could not be aligned: %1").arg(why));
        emit failed(why);
        return;
    }
    result_ = std::make_unique<AlignedFilms>(std::move(outcome->value()));
    aligned_ = std::make_shared<const DisplaySlice>(result_->alignedPrior);
    difference_ = std::make_shared<const DisplaySlice>(result_->difference);
    const PlanarTransform& t = result_->registration.transform;
    const QString found = tr("rotation %1°, shift %2, %3 pixels, scale %4")
                              .arg(t.rotationDeg, 0, 'f', 1)
                              .arg(t.txPx, 0, 'f', 0)
                              .arg(t.tyPx, 0, 'f', 0)
                              .arg(t.scale, 0, 'f', 3);
    emit stateChanged(
        result_->kept
            ? tr("Aligned (kept with the pair): %1").arg(found)
            : tr("Aligned in %1 s: %2").arg(result_->registration.seconds, 0, 'f', 2).arg(found));
    if (!result_->kept)
        emit registered(current_->sopInstanceUid, prior_->sopInstanceUid, result_->registration);
    present();
}

void FilmComparison::setAlignmentShown(bool shown) {
    alignmentShown_ = shown;
    present();
}

void FilmComparison::setMode(Mode mode) {
    mode_ = mode;
    if (mode_ == Mode::Flicker)
        flicker_->start();
    else
        flicker_->stop();
    present();
}

void FilmComparison::setFlickerRate(double perSecond) {
    // `perSecond` full cycles (current, then prior) a second.
    flicker_->setInterval(int(500 / std::clamp(perSecond, 0.5, 20.0)));
}

void FilmComparison::setCurtain(double fraction) {
    curtain_fraction_ = std::clamp(fraction, 0.0, 1.0);
    curtain_ = nullptr;
    if (mode_ == Mode::Curtain) present();
}

void FilmComparison::present() {
    if (!result_ || !priorView_) return;
    std::shared_ptr<const DisplaySlice> show = alignmentShown_ ? aligned_ : prior_;
    QString title;
    std::vector<std::pair<QColor, QString>> legend;
    switch (mode_) {
        case Mode::SideBySide:
            title = alignmentShown_ ? tr("PRIOR · aligned") : tr("PRIOR · as taken");
            break;
        case Mode::Difference:
            show = difference_;
            title = tr("CHANGES");
            // The change map's readout: how much of the film changed each way (beyond three
            // times the difference's noise); a window would not apply to its colours.
            legend = {
                {denserColour(), tr("denser than before: %1 %")
                                     .arg(100 * result_->change.denserFraction, 0, 'f', 1)},
                {clearerColour(), tr("clearer than before: %1 %")
                                      .arg(100 * result_->change.clearerFraction, 0, 'f', 1)}};
            break;
        case Mode::Flicker:
            if (flickerShowsCurrent_) show = current_;
            title = flickerShowsCurrent_ ? tr("CURRENT") : tr("PRIOR · aligned");
            break;
        case Mode::Curtain:
            if (!curtain_)
                curtain_ = std::make_shared<const DisplaySlice>(
                    curtainSlice(*current_, *aligned_, curtain_fraction_));
            show = curtain_;
            title = tr("CURRENT | PRIOR");
            break;
    }
    priorView_->setTitle(title);
    priorView_->setLegend(legend);
    const double center = priorView_->windowCenter(), width = priorView_->windowWidth();
    priorView_->setSlice(0, show);
    if (show->monochromeValues()) priorView_->setWindow(center, width);
}

}  // namespace dicomnet::viewer
