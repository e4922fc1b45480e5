// Two films side by side, the current in one viewport and the prior in the other: the prior is
// aligned onto the current in a worker (the prior's viewport says "aligning…" meanwhile and the
// window stays free), then shown aligned, as what changed (with a legend), flickering between
// the two, or behind a curtain that wipes from one to the other.
#pragma once

#include "viewer/registration/film_alignment.h"
#include "viewer/widgets/image_view.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTimer;

namespace dicomnet::viewer {

class FilmComparison : public QObject {
    Q_OBJECT
public:
    enum class Mode { SideBySide, Difference, Flicker, Curtain };

    explicit FilmComparison(ImageView* priorView, QObject* parent = nullptr);
    ~FilmComparison() override;

    // Starts aligning `prior` onto `current`; with `kept`, uses that transform instead.
    void start(std::shared_ptr<const DisplaySlice> current,
               std::shared_ptr<const DisplaySlice> prior,
               const std::optional<PlanarTransform>& kept = std::nullopt);
    bool aligned() const;
    // Aligned, or given up (failed() said why).
    bool done() const { return result_ != nullptr || failed_; }
    const AlignedFilms* result() const;

    // The prior aligned (default) or as it was taken.
    void setAlignmentShown(bool shown);
    void setMode(Mode mode);
    Mode mode() const { return mode_; }
    // Cycles a second (the current, then the prior), 0.5 to 20.
    void setFlickerRate(double perSecond);
    // Where the curtain is: 0 (all prior) … 1 (all current), from the left.
    void setCurtain(double fraction);

signals:
    // "aligning…", then what was found; for the status bar.
    void stateChanged(const QString& text);
    // A registration made here (not a kept one), for the app to keep with the pair.
    void registered(const QString& currentUid, const QString& priorUid,
                    const PlanarRegistration& registration);
    void failed(const QString& reason);

private:
    void onAligned();
    void present();
    QPointer<ImageView> priorView_;  // gone when the layout shrinks
    std::shared_ptr<const DisplaySlice> current_, prior_;
    std::shared_ptr<const DisplaySlice> aligned_, difference_, curtain_;
    std::unique_ptr<AlignedFilms> result_;
    Mode mode_ = Mode::SideBySide;
    bool alignmentShown_ = true;
    bool failed_ = false;
    double curtain_fraction_ = 0.5;
    bool flickerShowsCurrent_ = false;
    QTimer* flicker_;
    struct Worker;
    std::unique_ptr<Worker> worker_;
};

}  // namespace dicomnet::viewer
