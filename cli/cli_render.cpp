// `dicomnet render UID_OR_FILE --out FILE.png`: what the viewer shows for one image, at its own
// size, with the file's first window unless told otherwise.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "viewer/pixels/dicom_picture.h"
#include "workflow/image_path.h"

#include <QCommandLineParser>

namespace dicomnet::cli {

int runRender(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), QObject::tr("the PNG file to write"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("frame"), QObject::tr("frame number, from 1 (default 1)"),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("window"),
                      QObject::tr("window center and width (default: the file's first window)"),
                      QStringLiteral("CENTER,WIDTH")});
    if (!parser.parse(QStringList{QStringLiteral("render")} + options.arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out")))
        return usageError(
            QObject::tr("render UID_OR_FILE --out FILE.png [--frame N] "
                        "[--window CENTER,WIDTH]"));
    bool okFrame = false;
    const int frame = parser.value(QStringLiteral("frame")).toInt(&okFrame);
    if (!okFrame || frame < 1) return usageError(QObject::tr("--frame takes a number from 1"));
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
    auto path = workflow::imagePath(parser.positionalArguments()[0], options.dataDir);
    if (!path) return failure(path.error());
    auto picture = viewer::DicomPicture::open(path.value());
    if (!picture) return failure(picture.error());
    auto image = picture.value()->render(frame - 1, voi);
    if (!image) return failure(image.error());
    const QString out = parser.value(QStringLiteral("out"));
    if (!image->save(out, "PNG")) return failure(QObject::tr("cannot write %1").arg(out));
    err() << QObject::tr("%1×%2, frame %3 of %4 → %5")
                 .arg(image->width())
                 .arg(image->height())
                 .arg(frame)
                 .arg(picture.value()->frames())
                 .arg(out)
          << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
