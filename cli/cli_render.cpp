// `dicomnet render UID_OR_FILE --out FILE.png|FILE.jpg`: what the viewer shows for one image,
// at its own size, with the file's first window unless told otherwise, and — unless --plain —
// the patient, the study, the image and the orientation letters burned in, as a picture that
// leaves the program must carry. --slice N picks an image of a series (or of a study's first).
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "viewer/pixels/dicom_picture.h"
#include "viewer/pixels/display_slice.h"
#include "workflow/burn_in.h"
#include "workflow/image_path.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace dicomnet::cli {

int runRender(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QObject::tr("the picture to write (.png or .jpg)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("frame"), QObject::tr("frame number, from 1 (default 1)"),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("slice"),
                      QObject::tr("image N of the series (or the study's first series)"),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("window"),
                      QObject::tr("window center and width (default: the file's first window)"),
                      QStringLiteral("CENTER,WIDTH")});
    parser.addOption(
        {QStringLiteral("plain"), QObject::tr("without the identification burned in")});
    if (!parser.parse(QStringList{QStringLiteral("render")} + options.arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out")))
        return usageError(
            QObject::tr("render UID_OR_FILE --out FILE.png|FILE.jpg [--frame N] [--slice N] "
                        "[--window CENTER,WIDTH] [--plain]"));
    const QString out = parser.value(QStringLiteral("out"));
    const QByteArray format = pictureFormat(out);
    if (format.isEmpty())
        return usageError(QObject::tr("--out names a .png or .jpg file, not %1").arg(out));
    bool okFrame = false;
    const int frame = parser.value(QStringLiteral("frame")).toInt(&okFrame);
    if (!okFrame || frame < 1) return usageError(QObject::tr("--frame takes a number from 1"));
    int slice = 0;
    if (parser.isSet(QStringLiteral("slice"))) {
        bool okSlice = false;
        slice = parser.value(QStringLiteral("slice")).toInt(&okSlice);
        if (!okSlice || slice < 1) return usageError(QObject::tr("--slice takes a number from 1"));
    }
    viewer::VoiChoice voi;
    if (parser.isSet(QStringLiteral("window"))) {
        const QStringList parts = parser.value(QStringLiteral("window")).split(QLatin1Char(','));
        bool okC = false, okW = false;
        const double c = parts.value(0).toDouble(&okC), w = parts.value(1).toDouble(&okW);
        if (parts.size() != 2 || !okC || !okW || w < 1)
            return usageError(
                QObject::tr("--window takes CENTER,WIDTH with a width of at least 1"));
        voi = viewer::VoiChoice::window(c, w);
    }
    const QString what = parser.positionalArguments()[0];
    QString path;
    int slices = 0;
    if (slice > 0) {
        if (QFileInfo(what).isFile())
            return usageError(QObject::tr("--slice takes a series or study UID, not a file"));
        auto chosen = workflow::slicePath(what, slice, options.dataDir);
        if (!chosen) return failure(chosen.error());
        path = chosen->path;
        slices = chosen->count;
    } else {
        auto found = workflow::imagePath(what, options.dataDir);
        if (!found) return failure(found.error());
        path = found.value();
    }
    auto picture = viewer::DicomPicture::open(path);
    if (!picture) return failure(picture.error());
    auto image = picture.value()->render(frame - 1, voi);
    if (!image) return failure(image.error());
    QImage written = image.value();
    if (!parser.isSet(QStringLiteral("plain"))) {
        auto values = workflow::overlayValuesOfFile(path);
        if (!values) return failure(values.error());
        auto shown = picture.value()->slice(frame - 1);
        if (!shown) return failure(shown.error());
        if (const QString warning = workflow::useSiteOverlays(options.dataDir); !warning.isEmpty())
            err() << "dicomnet: " << warning << "\n";
        const viewer::DisplaySlice& s = shown.value();
        if (slices > 1)
            values->insert(QStringLiteral("image"),
                           QObject::tr("Image %1/%2").arg(slice).arg(slices));
        if (s.frames > 1)
            values->insert(QStringLiteral("frame"),
                           QObject::tr("Frame %1/%2").arg(frame).arg(s.frames));
        const bool explicitWindow = voi.kind == viewer::VoiChoice::Kind::Explicit;
        if (s.monochromeValues() && (explicitWindow || !s.windows.empty())) {
            const double c = explicitWindow ? voi.center : s.windows.front().center;
            const double w = explicitWindow ? voi.width : s.windows.front().width;
            values->insert(QStringLiteral("window"),
                           QObject::tr("W/L %1/%2").arg(w, 0, 'f', 0).arg(c, 0, 'f', 0));
        }
        written = workflow::burnIn(written, s, values.value());
    }
    if (!written.save(out, format.constData(), format == "JPEG" ? 92 : -1))
        return failure(QObject::tr("cannot write %1").arg(out));
    if (slices > 0)
        err() << QObject::tr("%1×%2, image %3 of %4 → %5")
                     .arg(written.width())
                     .arg(written.height())
                     .arg(slice)
                     .arg(slices)
                     .arg(out)
              << "\n";
    else
        err() << QObject::tr("%1×%2, frame %3 of %4 → %5")
                     .arg(written.width())
                     .arg(written.height())
                     .arg(frame)
                     .arg(picture.value()->frames())
                     .arg(out)
              << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
