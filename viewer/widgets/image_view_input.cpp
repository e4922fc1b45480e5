// ImageView's input: the mouse (tools, window/level, zoom, pan, measurements), the wheel and
// the keys, and the measurement and cine controls.
#include "viewer/widgets/image_view_impl.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace dicomnet::viewer {

void ImageView::mousePressEvent(QMouseEvent* event) {
    d_->dragging = event->button();
    d_->lastMouse = event->position().toPoint();
    if (event->button() != Qt::LeftButton || !d_->shown) return;
    const QPointF at = imagePoint(event->position());
    switch (d_->tool) {
        case Tool::Distance:
        case Tool::Rectangle:
        case Tool::Ellipse:
            d_->drawing = {d_->tool == Tool::Distance    ? Measurement::Kind::Distance
                           : d_->tool == Tool::Rectangle ? Measurement::Kind::Rectangle
                                                         : Measurement::Kind::Ellipse,
                           {at, at}};
            d_->isDrawing = true;
            break;
        case Tool::Angle:
            // Click the first arm's end, drag to the vertex, then click the second arm's end.
            if (d_->isDrawing && d_->drawing.points.size() == 3) {
                d_->drawing.points[2] = at;
                addMeasurement(d_->current, d_->drawing);
                d_->isDrawing = false;
            } else {
                d_->drawing = {Measurement::Kind::Angle, {at, at}};
                d_->isDrawing = true;
            }
            break;
        default:
            break;
    }
    d_->overlay->update();
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint now = event->position().toPoint();
    const QPoint delta = now - d_->lastMouse;
    d_->lastMouse = now;
    switch (d_->dragging) {
        case Qt::LeftButton:
            if (!d_->colour()) {
                // A full drag across the view changes the width by about the image's range.
                const double range =
                    d_->shown ? std::max(1.0, d_->shown->maxValue - d_->shown->minValue) : 1000.0;
                const double step = range / std::max(200, width());
                setWindow(d_->center + delta.y() * step, d_->width + delta.x() * step);
            }
            break;
        case Qt::RightButton:
            zoomBy(std::pow(1.01, -delta.y()));
            break;
        case Qt::MiddleButton:
            panBy(delta.x(), delta.y());
            break;
        default:
            break;
    }
}

void ImageView::mouseReleaseEvent(QMouseEvent* event) {
    d_->dragging = Qt::NoButton;
    if (!d_->isDrawing || event->button() != Qt::LeftButton) return;
    d_->drawing.points.back() = imagePoint(event->position());
    if (d_->drawing.kind == Measurement::Kind::Angle) {
        if (d_->drawing.points.size() == 2) d_->drawing.points.push_back(d_->drawing.points[1]);
        return;  // the third point comes with the next click
    }
    if (d_->drawing.points[0] != d_->drawing.points[1]) addMeasurement(d_->current, d_->drawing);
    d_->isDrawing = false;
    d_->overlay->update();
}

void ImageView::setTool(Tool tool) {
    d_->tool = tool;
    d_->isDrawing = false;
    setCursor(tool == Tool::Window ? Qt::ArrowCursor
              : tool == Tool::Pan  ? Qt::OpenHandCursor
                                   : Qt::CrossCursor);
    d_->overlay->update();
}
ImageView::Tool ImageView::tool() const { return d_->tool; }

const std::vector<Measurement>& ImageView::measurements(int index) const {
    static const std::vector<Measurement> none;
    auto it = d_->measured.find(index);
    return it == d_->measured.end() ? none : it->second;
}

QStringList ImageView::measurementTexts(int index) const {
    QStringList out;
    const auto& slice = index >= 0 && index < sliceCount() ? d_->slices[size_t(index)] : nullptr;
    if (!slice) return out;
    for (const Measurement& m : measurements(index)) out << describe(*slice, m);
    return out;
}

void ImageView::addMeasurement(int index, Measurement m) {
    d_->measured[index].push_back(std::move(m));
    d_->overlay->update();
}

void ImageView::setCine(bool playing, double framesPerSecond) {
    if (playing && sliceCount() > 1)
        d_->cine->start(int(1000 / std::clamp(framesPerSecond, 1.0, 60.0)));
    else
        d_->cine->stop();
}
bool ImageView::cinePlaying() const { return d_->cine->isActive(); }

QPointF ImageView::imagePoint(QPointF widgetPoint) {
    return d_->toImage(d_->mapping(), widgetPoint);
}
QPointF ImageView::widgetPoint(QPointF imagePoint) {
    return d_->toScreen(d_->mapping(), imagePoint);
}

QString ImageView::rightEdgeLabel() {
    if (!d_->shown) return {};
    const auto m = d_->mapping();
    return screenDirections(*d_->shown, m.rightX, m.rightY, m.downX, m.downY).right;
}
QString ImageView::bottomEdgeLabel() {
    if (!d_->shown) return {};
    const auto m = d_->mapping();
    return screenDirections(*d_->shown, m.rightX, m.rightY, m.downX, m.downY).down;
}

void ImageView::wheelEvent(QWheelEvent* event) {
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) return;
    if (event->modifiers() & Qt::ControlModifier)
        zoomBy(std::pow(1.1, steps));
    else
        showSlice(currentSlice() - steps);
}

void ImageView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Left:
            showSlice(currentSlice() - 1);
            break;
        case Qt::Key_Down:
        case Qt::Key_Right:
            showSlice(currentSlice() + 1);
            break;
        case Qt::Key_PageUp:
            showSlice(currentSlice() - 10);
            break;
        case Qt::Key_PageDown:
            showSlice(currentSlice() + 10);
            break;
        case Qt::Key_Home:
            showSlice(0);
            break;
        case Qt::Key_End:
            showSlice(sliceCount() - 1);
            break;
        case Qt::Key_I:
            setInverted(!inverted());
            break;
        case Qt::Key_F:
            fit();
            break;
        case Qt::Key_1:
            actualSize();
            break;
        case Qt::Key_R:
            rotate90();
            break;
        case Qt::Key_H:
            flipHorizontal();
            break;
        case Qt::Key_V:
            flipVertical();
            break;
        default:
            QOpenGLWidget::keyPressEvent(event);
    }
}

}  // namespace dicomnet::viewer
