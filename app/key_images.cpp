#include "key_images.h"

#include "db/cache_queries.h"
#include "viewer/dicom_picture.h"

#include <QObject>
#include <QPainter>
#include <QPainterPath>

namespace dicomnet::app {

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

}  // namespace dicomnet::app
