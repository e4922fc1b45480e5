#include "dicomdir.h"

#include "dcmtk_setup.h"
#include "dicom_object_reader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace dicomnet {

namespace {

// Finds `component` in `dir`, exactly or ignoring case.
QString resolveComponent(const QDir& dir, const QString& component) {
    if (dir.exists(component)) return dir.filePath(component);
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString& e : entries)
        if (e.compare(component, Qt::CaseInsensitive) == 0) return dir.filePath(e);
    return {};
}

}  // namespace

Result<QStringList> Dicomdir::referencedFiles(const QString& dicomdirPath, QStringList* missing) {
    ensureDcmtkConfigured();
    DcmFileFormat ff;
    if (const QString why = DicomObjectReader::loadFile(dicomdirPath, ff); !why.isEmpty())
        return Error{QObject::tr("cannot read DICOMDIR %1: %2").arg(dicomdirPath, why)};
    DcmSequenceOfItems* records = nullptr;
    if (ff.getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() || !records)
        return QStringList{};

    const QDir root = QFileInfo(dicomdirPath).absoluteDir();
    QStringList files;
    QSet<QString> seen;
    for (unsigned long i = 0; i < records->card(); ++i) {
        DcmItem* record = records->getItem(i);
        OFString fileId;
        if (record->findAndGetOFStringArray(DCM_ReferencedFileID, fileId).bad() || fileId.empty())
            continue;
        const QStringList components = QString::fromLatin1(fileId.c_str())
                                           .trimmed()
                                           .split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        QDir dir = root;
        QString path;
        for (int c = 0; c < components.size(); ++c) {
            path = resolveComponent(dir, components[c].trimmed());
            if (path.isEmpty()) break;
            if (c + 1 < components.size()) dir = QDir(path);
        }
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            if (missing) missing->append(root.filePath(components.join(QLatin1Char('/'))));
            continue;
        }
        if (!seen.contains(path)) {
            seen.insert(path);
            files.append(path);
        }
    }
    return files;
}

}  // namespace dicomnet
