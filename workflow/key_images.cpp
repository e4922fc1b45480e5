#include "workflow/key_images.h"

#include "db/cache.h"
#include "db/cache_queries.h"
#include "viewer/pixels/dicom_picture.h"
#include "viewer/pixels/measurements.h"

#include <QObject>
#include <QPainter>
#include <QPainterPath>

namespace dicomnet::workflow {

namespace {

QImage missingCard(const QString& uid) {
    QImage card(480, 360, QImage::Format_RGB32);
    card.fill(QColor(90, 90, 90));
    QPainter p(&card);
    p.setPen(Qt::white);
    p.drawText(card.rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
               QObject::tr("Key image %1 is not in the cache").arg(uid));
    return card;
}

}  // namespace

void drawAnnotations(QImage& picture, int imageWidth,
                     const std::vector<consult::Annotation>& annotations) {
    if (annotations.empty() || imageWidth <= 0) return;
    const double k = double(picture.width()) / imageWidth;
    QPainter p(&picture);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(255, 140, 0), std::max(2.0, picture.width() / 300.0));
    p.setPen(pen);
    QFont font = p.font();
    font.setPixelSize(std::max(12, picture.width() / 40));
    p.setFont(font);
    for (const consult::Annotation& a : annotations) {
        std::vector<QPointF> pts;
        for (size_t i = 0; i + 1 < a.points.size(); i += 2)
            pts.emplace_back(a.points[i] * k, a.points[i + 1] * k);
        if (pts.empty()) continue;
        using Shape = consult::Annotation::Shape;
        switch (a.shape) {
            case Shape::Point:
                p.drawEllipse(pts[0], 4, 4);
                break;
            case Shape::Polyline:
                p.drawPolyline(pts.data(), int(pts.size()));
                break;
            case Shape::Polygon:
                p.drawPolygon(pts.data(), int(pts.size()));
                break;
            case Shape::Circle:
                if (pts.size() >= 2) {
                    const QPointF d = pts[1] - pts[0];
                    const double r = std::hypot(d.x(), d.y());
                    p.drawEllipse(pts[0], r, r);
                }
                break;
            case Shape::Ellipse:
                if (pts.size() >= 4) {
                    // Major axis ends, then minor axis ends (PS3.3 C.18.6.1.2).
                    const QPointF c = (pts[0] + pts[1]) / 2;
                    const QPointF major = pts[1] - pts[0], minor = pts[3] - pts[2];
                    p.save();
                    p.translate(c);
                    p.rotate(std::atan2(major.y(), major.x()) * 180 / M_PI);
                    const double rx = std::hypot(major.x(), major.y()) / 2,
                                 ry = std::hypot(minor.x(), minor.y()) / 2;
                    p.drawEllipse(QPointF(0, 0), rx, ry);
                    p.restore();
                }
                break;
        }
        if (!a.label.isEmpty()) {
            const QPointF at = pts.back() + QPointF(6, -6);
            p.setPen(Qt::black);
            p.drawText(at + QPointF(1, 1), a.label);
            p.setPen(pen);
            p.drawText(at, a.label);
        }
    }
}

consult::Annotation annotationOf(const viewer::DisplaySlice& slice, const viewer::Measurement& m) {
    using Kind = viewer::Measurement::Kind;
    consult::Annotation a;
    a.label = viewer::describe(slice, m);
    auto add = [&a](QPointF p) {
        a.points.push_back(float(p.x()));
        a.points.push_back(float(p.y()));
    };
    if (m.points.size() < 2) return a;
    const QPointF p0 = m.points[0], p1 = m.points[1];
    switch (m.kind) {
        case Kind::Distance:
        case Kind::Angle:
            a.shape = consult::Annotation::Shape::Polyline;
            for (const QPointF& p : m.points) add(p);
            break;
        case Kind::Rectangle:
            a.shape = consult::Annotation::Shape::Polygon;
            for (const QPointF& p : {p0, QPointF(p1.x(), p0.y()), p1, QPointF(p0.x(), p1.y())})
                add(p);
            break;
        case Kind::Ellipse: {
            a.shape = consult::Annotation::Shape::Ellipse;
            const QPointF c = (p0 + p1) / 2;
            const double rx = std::abs(p1.x() - p0.x()) / 2, ry = std::abs(p1.y() - p0.y()) / 2;
            const QPointF h(rx, 0), v(0, ry);
            if (rx >= ry)
                for (const QPointF& p : {c - h, c + h, c - v, c + v}) add(p);
            else
                for (const QPointF& p : {c - v, c + v, c - h, c + h}) add(p);
            break;
        }
    }
    return a;
}

consult::KeyImage keyImageOf(const viewer::DisplaySlice& slice,
                             const std::vector<viewer::Measurement>& measurements) {
    consult::KeyImage k;
    k.image.sopInstanceUid = slice.sopInstanceUid;
    k.image.frame = slice.frames > 1 ? slice.frame + 1 : 0;
    for (const viewer::Measurement& m : measurements)
        k.annotations.push_back(annotationOf(slice, m));
    return k;
}

std::vector<QImage> renderKeyImages(db::Cache& cache, const consult::Consultation& c, int maxSide) {
    std::vector<QImage> pictures;
    db::CacheQueries queries(cache);
    for (const consult::KeyImage& k : c.keyImages) {
        auto rows = queries.instancesUnder(k.image.sopInstanceUid);
        if (!rows || rows->size() != 1) {
            pictures.push_back(missingCard(k.image.sopInstanceUid));
            continue;
        }
        auto picture = viewer::DicomPicture::open(rows->front().filePath);
        auto image = picture ? picture.value()->render(std::max(0, k.image.frame - 1))
                             : Result<QImage>(Error{picture.error()});
        if (!image) {
            pictures.push_back(missingCard(k.image.sopInstanceUid));
            continue;
        }
        const int columns = image->width();
        QImage shown = image->convertToFormat(QImage::Format_RGB32);
        if (std::max(shown.width(), shown.height()) > maxSide)
            shown = shown.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        drawAnnotations(shown, columns, k.annotations);
        pictures.push_back(shown);
    }
    return pictures;
}

std::vector<QImage> renderKeyImages(const QString& dataDir, const consult::Consultation& c,
                                    int maxSide) {
    auto cache = db::Cache::open(dataDir);
    return cache ? renderKeyImages(*cache.value(), c, maxSide) : std::vector<QImage>{};
}

}  // namespace dicomnet::workflow
