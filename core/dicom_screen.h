// Screens DICOM bytes from outside (files, network data sets, DICOMweb parts) before any DCMTK
// parser sees them. DCMTK 3.6.7 reads sequences by recursion with no limit on their depth:
// about 7,000 nested levels exhaust a thread's stack and kill the process. The screen walks the
// element stream without recursion and refuses what is nested too deep, holds too many
// elements, or declares lengths that the bytes do not have. It follows DCMTK's reading rules,
// erring towards descending wherever DCMTK might (an undefined length, a value that opens with
// an item), so that nothing DCMTK would nest through passes unseen.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace dicomnet {

struct DicomLimits {
    // DCMTK itself adopted 64 as its default limit in 2026 (after 3.6.7); real objects (SR
    // content trees, RT structure sets) stay far below it.
    int maxSequenceDepth = 64;
    qint64 maxElements = 2'000'000;
    qint64 maxObjectBytes = qint64(4) << 30;
    qint64 maxInflatedBytes = qint64(1) << 30;  // a deflated data set, once inflated
};

// How a data set is encoded, as the screen found it; the parser is told the same.
enum class DatasetEncoding { ImplicitLittle, ExplicitLittle, ExplicitBig, DeflatedExplicitLittle };

struct ScreenResult {
    QString problem;  // empty: the bytes may be parsed
    DatasetEncoding encoding = DatasetEncoding::ExplicitLittle;
    int depth = 0;  // deepest sequence nesting seen
    qint64 elements = 0;
    bool ok() const { return problem.isEmpty(); }
};

// A Part 10 file (preamble, "DICM", meta information), or a bare data set (with or without a
// meta group in front) whose encoding is then told by its first element.
ScreenResult screenDicom(const char* data, qint64 size, const DicomLimits& limits = {});
inline ScreenResult screenDicom(const QByteArray& bytes, const DicomLimits& limits = {}) {
    return screenDicom(bytes.constData(), bytes.size(), limits);
}
// A data set in a known encoding (the identifier of a query, in its presentation context's
// transfer syntax).
ScreenResult screenDataset(const char* data, qint64 size, DatasetEncoding encoding,
                           const DicomLimits& limits = {});
// A file on disk, mapped rather than read.
ScreenResult screenDicomFile(const QString& path, const DicomLimits& limits = {});

// The transfer syntax UID → encoding; false for one that DCMTK does not know.
bool encodingOfTransferSyntax(const QString& uid, DatasetEncoding& encoding);

}  // namespace dicomnet
