// `dicomnet compare CURRENT PRIOR [--out DIFF.png] [--json] [--again]`: aligns the prior film
// onto the current one and prints the transform that maps a point of the prior to the matching
// point of the current; with --out, writes what changed over the current, with a legend.
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "core/dicom_object_reader.h"
#include "workflow/burn_in.h"
#include "workflow/comparable.h"
#include "workflow/image_path.h"
#include "workflow/kept_registrations.h"

#include "viewer/pixels/dicom_picture.h"
#include "viewer/pixels/display_slice.h"
#include "viewer/pixels/overlay_template.h"
#include "viewer/registration/change_map.h"
#include "viewer/registration/registration.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <algorithm>

namespace dicomnet::cli {

namespace {

struct Film {
    QString uid;  // SOP Instance UID
    QString path;
    QString modality, bodyPart, date;
    viewer::DisplaySlice slice;
    viewer::PlanarImage image;
};

Result<Film> loadFilm(const QString& what, const QString& dataDir) {
    auto path = workflow::imagePath(what, dataDir);
    if (!path) return Error{path.error()};
    auto picture = viewer::DicomPicture::open(path.value());
    if (!picture) return Error{picture.error()};
    auto slice = picture.value()->slice(0);
    if (!slice) return Error{slice.error()};
    auto image = viewer::planarImageOf(slice.value());
    if (!image) return Error{QObject::tr("%1: %2").arg(what, image.error())};
    const ReadOutcome header = DicomObjectReader::readFile(path.value());
    if (!header.isObject()) return Error{QObject::tr("%1: %2").arg(what, header.reason())};
    const DicomObjectInfo& info = header.parsed().info;
    return Film{slice->sopInstanceUid,   path.value(),    info.series.modality,
                info.series.bodyPart,    info.study.date, std::move(slice.value()),
                std::move(image.value())};
}

}  // namespace

int runCompare(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QObject::tr("the PNG file of the changes"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QObject::tr("print JSON")});
    parser.addOption({QStringLiteral("again"), QObject::tr("align again, even if kept")});
    parser.addOption(
        {QStringLiteral("plain"), QObject::tr("without the identification burned in")});
    if (!parser.parse(QStringList{QStringLiteral("compare")} + options.arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 2)
        return usageError(QObject::tr(
            "compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]"));
    const QString outFile = parser.value(QStringLiteral("out"));
    const QByteArray format = pictureFormat(outFile);
    if (!outFile.isEmpty() && format.isEmpty())
        return usageError(QObject::tr("--out names a .png or .jpg file, not %1").arg(outFile));
    const QString currentArg = parser.positionalArguments()[0];
    const QString priorArg = parser.positionalArguments()[1];
    auto current = loadFilm(currentArg, options.dataDir);
    if (!current) return failure(current.error());
    auto prior = loadFilm(priorArg, options.dataDir);
    if (!prior) return failure(prior.error());
    if (const QString why = workflow::whyIncomparable(current->modality, current->bodyPart,
                                                      prior->modality, prior->bodyPart);
        !why.isEmpty())
        return failure(why);

    // Films named by UID are the cache's: their alignment is kept with the pair.
    const bool fromCache = !QFileInfo(currentArg).isFile() && !QFileInfo(priorArg).isFile();
    viewer::PlanarRegistration registration;
    bool kept = false;
    if (fromCache && !parser.isSet(QStringLiteral("again"))) {
        auto found = workflow::keptPlanarRegistration(options.dataDir, current->uid, prior->uid);
        if (!found) return failure(found.error());
        if (found.value()) {
            registration = *found.value();
            kept = true;
        }
    }
    if (!kept) {
        auto r = viewer::registerPlanar(current->image, prior->image);
        if (!r) return failure(r.error());
        registration = r.value();
        if (fromCache)
            if (Status saved = workflow::keepPlanarRegistration(options.dataDir, current->uid,
                                                                prior->uid, registration);
                !saved)
                return failure(saved.error());
    }

    viewer::ChangeMap change;
    if (!outFile.isEmpty()) {
        const viewer::PlanarImage aligned =
            viewer::resampleOntoCurrent(current->image, prior->image, registration.transform);
        change = viewer::changeBetween(current->image, aligned);
        QImage picture = viewer::renderChangeWithLegend(current->image, change);
        if (!parser.isSet(QStringLiteral("plain"))) {
            auto values = workflow::overlayValuesOfFile(current->path);
            if (!values) return failure(values.error());
            if (const QString warning = workflow::useSiteOverlays(options.dataDir);
                !warning.isEmpty())
                err() << "dicomnet: " << warning << "\n";
            values->insert(QStringLiteral("title"), QObject::tr("CHANGES since %1 (prior aligned)")
                                                        .arg(viewer::overlayDate(prior->date)));
            // Over the image, not over the legend's strip below it.
            const QImage burned =
                workflow::burnIn(picture.copy(0, 0, picture.width(),
                                              std::min(picture.height(), current->slice.rows)),
                                 current->slice, values.value());
            picture = picture.convertToFormat(QImage::Format_RGB32);
            QPainter(&picture).drawImage(0, 0, burned);
        }
        if (!picture.save(outFile, format.constData(), format == "JPEG" ? 92 : -1))
            return failure(QObject::tr("cannot write %1").arg(outFile));
    }

    const viewer::PlanarTransform& t = registration.transform;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("rotation_deg"), t.rotationDeg},
                      {QStringLiteral("tx_px"), t.txPx},
                      {QStringLiteral("ty_px"), t.tyPx},
                      {QStringLiteral("scale"), t.scale},
                      {QStringLiteral("metric"), registration.metric},
                      {QStringLiteral("iterations"), registration.iterations}};
        o.insert(QStringLiteral("current"), current->uid);
        o.insert(QStringLiteral("prior"), prior->uid);
        o.insert(QStringLiteral("seconds"), registration.seconds);
        o.insert(QStringLiteral("kept"), kept);
        if (!outFile.isEmpty()) {
            o.insert(QStringLiteral("out"), outFile);
            o.insert(QStringLiteral("denser_fraction"), change.denserFraction);
            o.insert(QStringLiteral("clearer_fraction"), change.clearerFraction);
        }
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    out() << QObject::tr(
                 "prior → current: rotation %1° (positive: clockwise), shift %2, %3 "
                 "pixels, scale %4")
                 .arg(t.rotationDeg, 0, 'f', 2)
                 .arg(t.txPx, 0, 'f', 1)
                 .arg(t.tyPx, 0, 'f', 1)
                 .arg(t.scale, 0, 'f', 4)
          << "\n";
    out() << (kept ? QObject::tr("aligned earlier in %1 s (kept with the pair; --again to redo)")
                   : QObject::tr("aligned in %1 s"))
                 .arg(registration.seconds, 0, 'f', 2)
          << "\n";
    if (!outFile.isEmpty())
        out() << QObject::tr("%1: %2 % denser, %3 % clearer than before")
                     .arg(outFile)
                     .arg(100 * change.denserFraction, 0, 'f', 1)
                     .arg(100 * change.clearerFraction, 0, 'f', 1)
              << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
