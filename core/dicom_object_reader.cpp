#include "dicom_object_reader.h"

#include "dcmtk_setup.h"
#include "dicom_screen.h"
#include "iso2022_text.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFile>

#include <algorithm>
#include <vector>

namespace dicomnet {

ReadOutcome ReadOutcome::object(ParsedObject parsed) {
    ReadOutcome o;
    o.kind_ = Kind::Object;
    o.parsed_ = std::move(parsed);
    return o;
}
ReadOutcome ReadOutcome::notDicom(QString reason) {
    ReadOutcome o;
    o.kind_ = Kind::NotDicom;
    o.reason_ = std::move(reason);
    return o;
}
ReadOutcome ReadOutcome::damaged(QString reason) {
    ReadOutcome o;
    o.kind_ = Kind::Damaged;
    o.reason_ = std::move(reason);
    return o;
}

namespace {

constexpr int kPreambleLength = 128;

bool hasPart10Preamble(const QByteArray& bytes) {
    return bytes.size() >= kPreambleLength + 4 &&
           bytes.mid(kPreambleLength, 4) == QByteArrayLiteral("DICM");
}

// A dataset without preamble starts with a tag of group 0002 or 0008 (either byte order) and a
// small element number; anything else (text, images, archives) is not DICOM.
bool looksLikeRawDataset(const QByteArray& bytes) {
    if (bytes.size() < 8) return false;
    const auto b = reinterpret_cast<const unsigned char*>(bytes.constData());
    const unsigned groupLE = b[0] | (b[1] << 8), elementLE = b[2] | (b[3] << 8);
    const unsigned groupBE = (b[0] << 8) | b[1], elementBE = (b[2] << 8) | b[3];
    auto plausible = [](unsigned group, unsigned element) {
        return (group == 0x0002 || group == 0x0008) && element < 0x0200;
    };
    return plausible(groupLE, elementLE) || plausible(groupBE, elementBE);
}

// How the string values of one dataset become UTF-8.
struct TextDecoding {
    enum class Mode { Utf8, Iso2022, Latin1 } mode = Mode::Utf8;
    QString characterSet;
};

QString text(DcmItem* item, const DcmTagKey& key, const TextDecoding& how) {
    OFString value;
    if (item->findAndGetOFStringArray(key, value).bad()) return {};
    const QByteArray raw(value.c_str(), int(value.length()));
    QString s;
    switch (how.mode) {
        case TextDecoding::Mode::Utf8:
            s = QString::fromUtf8(raw);
            break;
        case TextDecoding::Mode::Iso2022: {
            DcmElement* e = nullptr;
            const bool pn = item->findAndGetElement(key, e).good() && e && e->ident() == EVR_PN;
            s = decodeIso2022(raw, how.characterSet, pn);
            if (s.isNull()) s = QString::fromLatin1(raw);
            break;
        }
        case TextDecoding::Mode::Latin1:
            s = QString::fromLatin1(raw);
            break;
    }
    return s.trimmed();
}

QString text(DcmItem* item, const DcmTagKey& key) {
    return text(item, key, TextDecoding{TextDecoding::Mode::Latin1, {}});
}

int integer(DcmItem* item, const DcmTagKey& key) {
    OFString value;
    if (item->findAndGetOFString(key, value).bad()) return 0;
    bool ok = false;
    const int n = QString::fromLatin1(value.c_str()).trimmed().toInt(&ok);
    return ok ? n : 0;
}

int unsignedShort(DcmItem* item, const DcmTagKey& key) {
    Uint16 v = 0;
    return item->findAndGetUint16(key, v).good() ? int(v) : 0;
}

QString uid(DcmItem* item, const DcmTagKey& key) {
    OFString value;
    if (item->findAndGetOFString(key, value).bad()) return {};
    // UIDs are padded with NUL to an even length; some writers pad with spaces.
    return QString::fromLatin1(value.c_str()).trimmed().remove(QChar(0));
}

bool validUid(const QString& u) {
    if (u.isEmpty() || u.size() > 64) return false;
    for (QChar c : u)
        if (!(c.isDigit() || c == QLatin1Char('.'))) return false;
    return true;
}

// The deepest sequence nesting of a parsed data set, walked without recursion: a second guard
// behind the screen, before anything recursive (our readers, DCMTK's writers) walks the tree.
int sequenceDepth(DcmItem* root, int stopAbove) {
    struct Open {
        DcmItem* item;
        int depth;
    };
    std::vector<Open> open{{root, 0}};
    int deepest = 0;
    while (!open.empty()) {
        const Open o = open.back();
        open.pop_back();
        for (unsigned long i = 0; i < o.item->card(); ++i) {
            DcmElement* e = o.item->getElement(i);
            if (!e || e->ident() != EVR_SQ) continue;
            auto* sq = static_cast<DcmSequenceOfItems*>(e);
            const int depth = o.depth + 1;
            deepest = std::max(deepest, depth);
            if (deepest > stopAbove) return deepest;
            for (unsigned long k = 0; k < sq->card(); ++k) open.push_back({sq->getItem(k), depth});
        }
    }
    return deepest;
}

// Encodes a dataset that came without File Meta Information as a Part 10 file.
bool encodePart10(DcmFileFormat& ff, E_TransferSyntax xfer, QByteArray& out) {
    if (ff.validateMetaInfo(xfer).bad()) return false;
    offile_off_t capacity = offile_off_t(ff.calcElementLength(xfer, EET_ExplicitLength)) + 4096;
    for (int attempt = 0; attempt < 4; ++attempt, capacity *= 2) {
        std::vector<char> buffer(static_cast<size_t>(capacity));
        DcmOutputBufferStream stream(buffer.data(), capacity);
        ff.transferInit();
        const OFCondition cond = ff.write(stream, xfer, EET_ExplicitLength, nullptr);
        ff.transferEnd();
        if (cond.good()) {
            void* data = nullptr;
            offile_off_t length = 0;
            stream.flushBuffer(data, length);
            out = QByteArray(static_cast<const char*>(data), int(length));
            return true;
        }
        if (cond != EC_StreamNotifyClient) return false;
    }
    return false;
}

QString checkedDepth(DcmFileFormat& ff) {
    const int limit = DicomLimits{}.maxSequenceDepth;
    if (sequenceDepth(ff.getDataset(), limit) > limit)
        return QObject::tr("rejected: sequences nested deeper than %1").arg(limit);
    return {};
}

}  // namespace

ReadOutcome DicomObjectReader::readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReadOutcome::notDicom(QObject::tr("cannot open: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return ReadOutcome::notDicom(QObject::tr("cannot read: %1").arg(file.errorString()));
    return readBytes(bytes);
}

namespace {

E_TransferSyntax xferOf(DatasetEncoding encoding) {
    switch (encoding) {
        case DatasetEncoding::ImplicitLittle:
            return EXS_LittleEndianImplicit;
        case DatasetEncoding::ExplicitBig:
            return EXS_BigEndianExplicit;
        case DatasetEncoding::DeflatedExplicitLittle:
            return EXS_DeflatedLittleEndianExplicit;
        case DatasetEncoding::ExplicitLittle:
            break;
    }
    return EXS_LittleEndianExplicit;
}

QString conditionText(const OFCondition& cond) {
    if (cond == EC_StreamNotifyClient || cond == EC_EndOfStream || cond == EC_InvalidStream)
        return QObject::tr(
            "truncated or lying length: an element claims more data than the file holds");
    return QObject::tr("unreadable: %1").arg(cond.text());
}

// Reads the whole of `bytes` into `ff` once the screen let them through (in the encoding the
// screen found: DCMTK is never left to guess differently); empty when it went well.
QString parseInto(DcmFileFormat& ff, const QByteArray& bytes) {
    const ScreenResult screen = screenDicom(bytes);
    if (!screen.ok()) return screen.problem;
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    stream.setEos();
    ff.transferInit();
    const OFCondition cond =
        ff.read(stream, xferOf(screen.encoding), EGL_noChange, DCM_MaxReadLength);
    ff.transferEnd();
    if (cond.bad()) return conditionText(cond);
    return checkedDepth(ff);
}

}  // namespace

ReadOutcome DicomObjectReader::readReceivedBytes(const QByteArray& bytes) {
    ensureDcmtkConfigured();
    DcmFileFormat ff;
    if (const QString why = parseInto(ff, bytes); !why.isEmpty()) return ReadOutcome::damaged(why);
    return describe(ff, QByteArray(), false);
}

ReadOutcome DicomObjectReader::readBytes(const QByteArray& bytes) {
    ensureDcmtkConfigured();
    if (bytes.isEmpty()) return ReadOutcome::notDicom(QObject::tr("empty file"));
    const bool part10 = hasPart10Preamble(bytes);
    if (!part10 && !looksLikeRawDataset(bytes))
        return ReadOutcome::notDicom(QObject::tr("not a DICOM file"));

    DcmFileFormat ff;
    if (const QString why = parseInto(ff, bytes); !why.isEmpty()) return ReadOutcome::damaged(why);
    return describe(ff, part10 ? bytes : QByteArray(), !part10);
}

ReadOutcome DicomObjectReader::readReceivedFile(const QString& path) {
    ensureDcmtkConfigured();
    DcmFileFormat ff;
    // Values over 4 kB (pixel data) stay on disk: only the attributes are needed here.
    if (const QString why = loadFile(path, ff, true); !why.isEmpty())
        return ReadOutcome::damaged(why);
    return describe(ff, QByteArray(), false);
}

QString DicomObjectReader::loadFile(const QString& path, DcmFileFormat& ff, bool attributesOnly) {
    ensureDcmtkConfigured();
    const ScreenResult screen = screenDicomFile(path);
    if (!screen.ok()) return screen.problem;
    const OFCondition cond =
        ff.loadFile(QFile::encodeName(path).constData(), xferOf(screen.encoding), EGL_noChange,
                    attributesOnly ? 4096 : DCM_MaxReadLength, ERM_autoDetect);
    if (cond.bad()) return conditionText(cond);
    return checkedDepth(ff);
}

ReadOutcome DicomObjectReader::describe(DcmFileFormat& ff, const QByteArray& part10Bytes,
                                        bool encode) {
    DcmDataset* ds = ff.getDataset();
    DcmMetaInfo* meta = ff.getMetaInfo();
    ParsedObject parsed;

    OFString mediaClass;
    if (meta && meta->findAndGetOFString(DCM_MediaStorageSOPClassUID, mediaClass).good() &&
        mediaClass == UID_MediaStorageDirectoryStorage) {
        parsed.isDicomdir = true;
        return ReadOutcome::object(std::move(parsed));
    }

    E_TransferSyntax xfer = ds->getOriginalXfer();
    OFString metaXfer;
    if (meta && meta->findAndGetOFString(DCM_TransferSyntaxUID, metaXfer).good() &&
        !metaXfer.empty()) {
        parsed.info.instance.transferSyntaxUid = QString::fromLatin1(metaXfer.c_str());
    } else {
        parsed.info.instance.transferSyntaxUid = QString::fromLatin1(DcmXfer(xfer).getXferID());
    }

    if (!encode) {
        parsed.part10 = part10Bytes;
    } else if (!encodePart10(ff, xfer == EXS_Unknown ? EXS_LittleEndianImplicit : xfer,
                             parsed.part10)) {
        return ReadOutcome::damaged(QObject::tr("cannot be re-encoded as a DICOM file"));
    }

    parsed.info.specificCharacterSet = text(ds, DCM_SpecificCharacterSet);
    TextDecoding how;
    if (!parsed.info.specificCharacterSet.isEmpty()) {
        const OFCondition conv = ds->convertToUTF8();
        if (conv.bad()) {
            how.characterSet = parsed.info.specificCharacterSet;
            how.mode = how.characterSet.contains(QLatin1String("ISO 2022"))
                           ? TextDecoding::Mode::Iso2022
                           : TextDecoding::Mode::Latin1;
            if (how.mode == TextDecoding::Mode::Latin1)
                parsed.warning = QObject::tr(
                                     "character set \"%1\" could not be decoded (%2); "
                                     "text kept as Latin-1")
                                     .arg(parsed.info.specificCharacterSet, conv.text());
        }
    }

    DcmElement* sopElement = nullptr;
    if (ds->findAndGetElement(DCM_SOPInstanceUID, sopElement).good() && sopElement &&
        sopElement->ident() != EVR_UI)
        return ReadOutcome::damaged(
            QObject::tr("the data does not match its declared transfer syntax (%1)")
                .arg(parsed.info.instance.transferSyntaxUid));

    DicomObjectInfo& info = parsed.info;
    info.instance.sopInstanceUid = uid(ds, DCM_SOPInstanceUID);
    info.instance.sopClassUid = uid(ds, DCM_SOPClassUID);
    info.study.studyUid = uid(ds, DCM_StudyInstanceUID);
    info.series.seriesUid = uid(ds, DCM_SeriesInstanceUID);
    if (info.instance.sopInstanceUid.isEmpty())
        return ReadOutcome::damaged(QObject::tr("no SOP Instance UID"));
    if (!validUid(info.instance.sopInstanceUid))
        return ReadOutcome::damaged(
            QObject::tr("invalid SOP Instance UID \"%1\"").arg(info.instance.sopInstanceUid));
    if (info.instance.sopClassUid.isEmpty())
        return ReadOutcome::damaged(QObject::tr("no SOP Class UID"));
    if (info.study.studyUid.isEmpty())
        return ReadOutcome::damaged(QObject::tr("no Study Instance UID"));
    if (info.series.seriesUid.isEmpty())
        return ReadOutcome::damaged(QObject::tr("no Series Instance UID"));

    info.patient.patientId = text(ds, DCM_PatientID, how);
    info.patient.issuer = text(ds, DCM_IssuerOfPatientID, how);
    info.patient.name = text(ds, DCM_PatientName, how);
    info.patient.birthDate = text(ds, DCM_PatientBirthDate);
    info.patient.sex = text(ds, DCM_PatientSex);

    info.study.date = text(ds, DCM_StudyDate);
    info.study.time = text(ds, DCM_StudyTime);
    info.study.accessionNumber = text(ds, DCM_AccessionNumber, how);
    info.study.studyId = text(ds, DCM_StudyID, how);
    info.study.description = text(ds, DCM_StudyDescription, how);
    info.study.referringPhysician = text(ds, DCM_ReferringPhysicianName, how);

    info.series.modality = text(ds, DCM_Modality);
    info.series.bodyPart = text(ds, DCM_BodyPartExamined, how);
    info.series.viewPosition = text(ds, DCM_ViewPosition);
    info.series.description = text(ds, DCM_SeriesDescription, how);
    info.series.date = text(ds, DCM_SeriesDate);
    info.series.number = integer(ds, DCM_SeriesNumber);

    info.instance.number = integer(ds, DCM_InstanceNumber);
    info.instance.imagePosition = text(ds, DCM_ImagePositionPatient);
    info.instance.rows = unsignedShort(ds, DCM_Rows);
    info.instance.columns = unsignedShort(ds, DCM_Columns);
    info.instance.frames = integer(ds, DCM_NumberOfFrames);
    if (info.instance.frames == 0 && info.instance.rows > 0) info.instance.frames = 1;

    return ReadOutcome::object(std::move(parsed));
}

}  // namespace dicomnet
