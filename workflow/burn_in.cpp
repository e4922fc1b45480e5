#include "workflow/burn_in.h"

#include "core/dicom_object_reader.h"
#include "core/person_name.h"
#include "viewer/pixels/display_slice.h"
#include "viewer/pixels/measurements.h"
#include "viewer/pixels/overlay_layout.h"
#include "viewer/pixels/overlay_template.h"

#include <QFile>
#include <QFont>
#include <QObject>
#include <QPainter>

#include <algorithm>

namespace dicomnet::workflow {

Result<QHash<QString, QString>> overlayValuesOfFile(const QString& path) {
    const ReadOutcome read = DicomObjectReader::readFile(path);
    if (!read.isObject()) return Error{QObject::tr("%1: %2").arg(path, read.reason())};
    const DicomObjectInfo& i = read.parsed().info;
    QHash<QString, QString> v;
    v.insert(QStringLiteral("patient"), displayPersonName(i.patient.name));
    v.insert(QStringLiteral("patient_id"), i.patient.patientId);
    v.insert(QStringLiteral("sex_age"),
             viewer::sexAndAge(i.patient.sex, i.patient.birthDate, i.study.date));
    v.insert(QStringLiteral("birth_date"), viewer::overlayDate(i.patient.birthDate));
    v.insert(QStringLiteral("study_date"), viewer::overlayDate(i.study.date));
    v.insert(QStringLiteral("study_description"), i.study.description);
    v.insert(QStringLiteral("series"),
             QStringLiteral("%1 %2").arg(i.series.number).arg(i.series.description).trimmed());
    v.insert(QStringLiteral("modality"), i.series.modality);
    return v;
}

QString useSiteOverlays(const QString& dataDir) {
    QFile file(dataDir + QStringLiteral("/overlays.json"));
    if (!file.exists()) return {};
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return QObject::tr("%1: cannot read it (at most 1 MB)").arg(file.fileName());
    auto parsed = viewer::parseOverlayTemplates(file.readAll());
    if (!parsed) return QObject::tr("%1: %2").arg(file.fileName(), parsed.error());
    viewer::setSiteOverlayTemplates(std::move(parsed.value()));
    return {};
}

QImage burnIn(const QImage& image, const viewer::DisplaySlice& slice,
              const QHash<QString, QString>& values) {
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(11, std::min(out.width(), out.height()) / 48));
    p.setFont(font);
    const QString modality = values.value(QStringLiteral("modality"), slice.modality);
    viewer::OverlayText text = viewer::fillOverlay(
        viewer::overlayTemplateFor(viewer::siteOverlayTemplates(), modality), values);
    const viewer::ScreenDirections dir = viewer::screenDirections(slice, 1, 0, 0, 1);
    if (!dir.right.isEmpty()) {
        text.right = dir.right;
        text.left = viewer::oppositeDirection(dir.right);
    }
    if (!dir.down.isEmpty()) {
        text.bottom = dir.down;
        text.top = viewer::oppositeDirection(dir.down);
    }
    const int margin = std::max(4, font.pixelSize() / 2);
    const QRect area = out.rect().adjusted(margin, margin, -margin, -margin);
    viewer::paintOverlay(p, viewer::layOutOverlay(text, area, p.fontMetrics()));
    return out;
}

}  // namespace dicomnet::workflow
