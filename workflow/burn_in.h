// Identification burned into a picture that leaves the program — `render` and `compare --out`
// write it, as a film printer would: the patient, sex and age, the study, the series and the
// image, the window, and the orientation letters at the edges, laid out like the viewer's
// overlay (viewer/pixels/overlay_layout.h) at a size that suits the picture. The site's
// overlays.json in the data directory, when there is one, says what goes where.
#pragma once

#include "core/result.h"

#include <QHash>
#include <QImage>
#include <QString>

namespace dicomnet::viewer {
struct DisplaySlice;
}

namespace dicomnet::workflow {

// The overlay's fields (overlay_template.h) that the file at `path` says: patient, sex and
// age at the study, study date and description, series, modality.
Result<QHash<QString, QString>> overlayValuesOfFile(const QString& path);

// The site's overlay templates (overlays.json in `dataDir`) in use from now on in this process;
// a file that does not parse is said in the returned warning and the built-in ones stay.
QString useSiteOverlays(const QString& dataDir);

// `image` (as rendered from `slice`, one image pixel a picture pixel) with `values` burned in:
// returned in colour (RGB32).
QImage burnIn(const QImage& image, const viewer::DisplaySlice& slice,
              const QHash<QString, QString>& values);

}  // namespace dicomnet::workflow
