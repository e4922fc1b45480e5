// Viewports that follow each other: scrolling (by position in the patient when the stacks
// share a frame of reference or a registration gave the offset between them, else by relative
// index), zoom and pan (in millimetres), and window/level. Each kind can be switched off.
#pragma once

#include "viewer/registration/volume_registration.h"
#include "viewer/widgets/image_view.h"

#include <QObject>

#include <map>
#include <vector>

namespace dicomnet::viewer {

class ViewportLinks : public QObject {
    Q_OBJECT
public:
    struct Kinds {
        bool scroll = true, framing = true, window = true;
    };
    explicit ViewportLinks(QObject* parent = nullptr);

    // The viewports linked together (fewer than two: none).
    void setViews(const std::vector<ImageView*>& views);
    const std::vector<ImageView*>& views() const { return views_; }
    void setKinds(const Kinds& kinds);
    Kinds kinds() const { return kinds_; }
    // Millimetres to add to the positions of `view`'s slices to land on the same anatomy as
    // the others (from a registration); set, it links by position across frames of reference.
    void setPositionOffset(ImageView* view, double mm);
    // For multiplanar views of a volume in another frame of reference: the transform from its
    // patient coordinates to the others' (a registration's prior → current).
    void setPatientTransform(ImageView* view, const RigidTransform3D& priorToCurrent);

    // Brings the others to what `source` shows now (each kind that is on).
    void follow(ImageView* source);
    // The slice of `to` that shows what slice `index` of `from` shows.
    int matchingSlice(ImageView* from, int index, ImageView* to) const;

private:
    void onScrolled(ImageView* source, int index);
    void onWindow(ImageView* source, double center, double width);
    void onFraming(ImageView* source);
    std::vector<ImageView*> views_;
    std::vector<QMetaObject::Connection> connections_;
    std::map<ImageView*, double> offsets_;
    std::map<ImageView*, RigidTransform3D> transforms_;
    Kinds kinds_;
    bool following_ = false;  // a change being passed on: not passed back
};

}  // namespace dicomnet::viewer
