// A consultation as a printable page (Qt's own PDF writer): a header with the patient and the
// study, the state and the signature's, the findings with the scores, the impression, the
// recommendation, the key images, and who wrote and verified it.
#pragma once

#include "core/result.h"

#include <QImage>
#include <QString>

#include <vector>

class QTextDocument;

namespace dicomnet::consult {

struct PrintOptions {
    QString signature;              // what verification said, e.g. "signed by … : valid"
    std::vector<QImage> keyImages;  // rendered, annotations drawn, in the document's order
};

// The page as rich text; `doc` receives the key images as resources. Fails for what is not SR.
Status composeReport(const QString& srFile, const PrintOptions& options, QTextDocument& doc);

// Writes the page to `pdfFile` (A4). Needs a QGuiApplication (fonts).
Status exportPdf(const QString& srFile, const PrintOptions& options, const QString& pdfFile);

}  // namespace dicomnet::consult
