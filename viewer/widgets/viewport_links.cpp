#include "viewer/widgets/viewport_links.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dicomnet::viewer {

namespace {

// The loaded slice's location (mm along the normal) when it has geometry.
bool locationOf(ImageView* view, int index, double& mm) {
    const auto& stack = view->stack();
    if (index < 0 || index >= int(stack.size()) || !stack[size_t(index)] ||
        !stack[size_t(index)]->hasGeometry)
        return false;
    mm = stack[size_t(index)]->location();
    return true;
}

QString frameOf(ImageView* view) { return view->frameOfReference(); }

}  // namespace

ViewportLinks::ViewportLinks(QObject* parent) : QObject(parent) {}

void ViewportLinks::setViews(const std::vector<ImageView*>& views) {
    for (const auto& c : connections_) disconnect(c);
    connections_.clear();
    views_ = views.size() >= 2 ? views : std::vector<ImageView*>{};
    offsets_.clear();
    transforms_.clear();
    for (ImageView* v : views_) {
        connections_.push_back(connect(v, &ImageView::sliceChanged, this,
                                       [this, v](int index) { onScrolled(v, index); }));
        connections_.push_back(connect(v, &ImageView::windowChanged, this,
                                       [this, v](double c, double w) { onWindow(v, c, w); }));
        connections_.push_back(
            connect(v, &ImageView::framingChanged, this, [this, v] { onFraming(v); }));
        connections_.push_back(connect(v, &QObject::destroyed, this, [this] { setViews({}); }));
    }
}

void ViewportLinks::setKinds(const Kinds& kinds) { kinds_ = kinds; }

void ViewportLinks::setPositionOffset(ImageView* view, double mm) { offsets_[view] = mm; }
void ViewportLinks::setPatientTransform(ImageView* view, const RigidTransform3D& t) {
    transforms_[view] = t;
}

int ViewportLinks::matchingSlice(ImageView* from, int index, ImageView* to) const {
    const int n = to->sliceCount();
    if (n <= 0) return -1;
    // Planes of two volumes: the centre of the plane shown, in the other's coordinates.
    double point[3];
    const bool oneFrame = !frameOf(from).isEmpty() && frameOf(from) == frameOf(to);
    const bool related = oneFrame || transforms_.count(from) || transforms_.count(to);
    if (from->showsVolume() && to->showsVolume() && related && from->planeCentre(index, point)) {
        if (auto t = transforms_.find(from); t != transforms_.end()) {
            double mapped[3];
            t->second.priorToCurrent(point, mapped);
            std::copy(mapped, mapped + 3, point);
        }
        if (auto t = transforms_.find(to); t != transforms_.end()) {
            double mapped[3];
            t->second.currentToPrior(point, mapped);
            std::copy(mapped, mapped + 3, point);
        }
        return to->nearestPlanePosition(point);
    }
    double here = 0;
    const auto offset = [this](ImageView* v) {
        const auto it = offsets_.find(v);
        return it == offsets_.end() ? 0.0 : it->second;
    };
    const bool registered = offsets_.count(from) || offsets_.count(to);
    const QString frame = frameOf(from);
    if (locationOf(from, index, here) &&
        (registered || (!frame.isEmpty() && frame == frameOf(to)))) {
        // The nearest slice by position in the patient.
        here += offset(from);
        int best = -1;
        double bestDistance = std::numeric_limits<double>::max();
        for (int i = 0; i < n; ++i) {
            double there = 0;
            if (!locationOf(to, i, there)) continue;
            const double d = std::abs(there + offset(to) - here);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        if (best >= 0) return best;
    }
    // Otherwise the same fraction of the stack.
    const int m = from->sliceCount();
    if (m <= 1) return 0;
    return int(std::lround(double(index) * (n - 1) / (m - 1)));
}

void ViewportLinks::follow(ImageView* source) {
    onScrolled(source, source->currentSlice());
    onWindow(source, source->windowCenter(), source->windowWidth());
    onFraming(source);
}

void ViewportLinks::onScrolled(ImageView* source, int index) {
    if (following_ || !kinds_.scroll) return;
    following_ = true;
    for (ImageView* v : views_) {
        if (v == source || v->showsVolume() != source->showsVolume()) continue;
        if (v->showsVolume() && v->plane() != source->plane()) continue;
        const int match = matchingSlice(source, index, v);
        if (match >= 0 && match != v->currentSlice()) v->showSlice(match);
    }
    following_ = false;
}

void ViewportLinks::onWindow(ImageView* source, double center, double width) {
    if (following_ || !kinds_.window) return;
    following_ = true;
    for (ImageView* v : views_)
        if (v != source && (v->windowCenter() != center || v->windowWidth() != width))
            v->setWindow(center, width);
    following_ = false;
}

void ViewportLinks::onFraming(ImageView* source) {
    if (following_ || !kinds_.framing) return;
    following_ = true;
    const ImageView::Framing f = source->framing();
    for (ImageView* v : views_)
        if (v != source) v->setFraming(f);
    following_ = false;
}

}  // namespace dicomnet::viewer
