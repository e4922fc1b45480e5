#include "dicom_factory.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QFile>

#include <vector>

namespace dicomnet::test {

QString DicomFactory::newUid() {
    char buffer[100];
    return QString::fromLatin1(dcmGenerateUniqueIdentifier(buffer, SITE_INSTANCE_UID_ROOT));
}

QByteArray DicomFactory::bytes(const SyntheticObject& o) {
    DcmFileFormat ff;
    DcmDataset* ds = ff.getDataset();
    auto put = [ds](const DcmTagKey& key, const QString& value) {
        ds->putAndInsertString(key, value.toLatin1().constData());
    };
    if (!o.characterSet.isEmpty()) put(DCM_SpecificCharacterSet, o.characterSet);
    put(DCM_SOPClassUID, QString::fromLatin1(UID_ComputedRadiographyImageStorage));
    if (!o.omitSopInstanceUid)
        put(DCM_SOPInstanceUID, o.sopInstanceUid.isEmpty() ? newUid() : o.sopInstanceUid);
    put(DCM_StudyDate, o.studyDate);
    put(DCM_StudyTime, o.studyTime);
    put(DCM_Modality, o.modality);
    ds->putAndInsertString(DCM_StudyDescription, o.studyDescription.constData());
    ds->putAndInsertString(DCM_PatientName, o.patientName.constData());
    put(DCM_PatientID, o.patientId);
    if (!o.issuer.isEmpty()) put(DCM_IssuerOfPatientID, o.issuer);
    put(DCM_PatientBirthDate, o.birthDate);
    put(DCM_PatientSex, QStringLiteral("O"));
    put(DCM_BodyPartExamined, o.bodyPart);
    if (!o.omitStudyUid) put(DCM_StudyInstanceUID, o.studyUid.isEmpty() ? newUid() : o.studyUid);
    put(DCM_SeriesInstanceUID, o.seriesUid.isEmpty() ? newUid() : o.seriesUid);
    put(DCM_SeriesNumber, QString::number(o.seriesNumber));
    put(DCM_InstanceNumber, QString::number(o.instanceNumber));
    put(DCM_ImagePositionPatient,
        QStringLiteral("0\\0\\%1").arg(o.instanceNumber * 1.25, 0, 'f', 2));
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    put(DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME2"));
    ds->putAndInsertUint16(DCM_Rows, Uint16(o.rows));
    ds->putAndInsertUint16(DCM_Columns, Uint16(o.columns));
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 12);
    ds->putAndInsertUint16(DCM_HighBit, 11);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    std::vector<Uint16> pixels(size_t(o.rows) * size_t(o.columns));
    for (size_t i = 0; i < pixels.size(); ++i)
        pixels[i] = Uint16((i * 7 + size_t(o.instanceNumber) * 13) & 0x0fff);
    ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), unsigned(pixels.size()));

    const E_TransferSyntax xfer = EXS_LittleEndianExplicit;
    DcmObject* root = &ff;
    if (o.withMetaHeader) {
        ff.validateMetaInfo(xfer);
    } else {
        root = ds;
    }
    const size_t capacity = size_t(root->calcElementLength(xfer, EET_ExplicitLength)) + 4096;
    std::vector<char> buffer(capacity);
    DcmOutputBufferStream stream(buffer.data(), offile_off_t(capacity));
    root->transferInit();
    const OFCondition cond = root->write(stream, xfer, EET_ExplicitLength, nullptr);
    root->transferEnd();
    if (cond.bad()) return {};
    void* data = nullptr;
    offile_off_t length = 0;
    stream.flushBuffer(data, length);
    return QByteArray(static_cast<const char*>(data), int(length));
}

bool DicomFactory::write(const QString& path, const SyntheticObject& object) {
    const QByteArray data = bytes(object);
    QFile f(path);
    return !data.isEmpty() && f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray DicomFactory::truncated(const QByteArray& valid, int keepBytes) {
    return valid.left(keepBytes);
}

QByteArray DicomFactory::withLyingLength(const QByteArray& valid, quint16 group, quint16 element,
                                         quint32 length) {
    // Explicit VR little endian: tag (4), VR (2), then a 2-byte length, or 2 reserved bytes and
    // a 4-byte length for OB/OW/SQ/UN/UT.
    QByteArray out = valid;
    const char tag[4] = {char(group & 0xff), char(group >> 8), char(element & 0xff),
                         char(element >> 8)};
    const int at = out.indexOf(QByteArray(tag, 4), 132);
    if (at < 0) return {};
    const QByteArray vr = out.mid(at + 4, 2);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    if (vr == "OB" || vr == "OW" || vr == "SQ" || vr == "UN" || vr == "UT") {
        for (int i = 0; i < 4; ++i) p[at + 8 + i] = (length >> (8 * i)) & 0xff;
    } else {
        p[at + 6] = length & 0xff;
        p[at + 7] = (length >> 8) & 0xff;
    }
    return out;
}

namespace {

void putU16(QByteArray& out, quint16 v) {
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}
void putU32(QByteArray& out, quint32 v) {
    for (int i = 0; i < 4; ++i) out.append(char((v >> (8 * i)) & 0xff));
}
void putTag(QByteArray& out, quint16 g, quint16 e) {
    putU16(out, g);
    putU16(out, e);
}

// `header`, then the length of `body` (or "undefined"), `body`, and when the length is
// undefined the delimiter (FFFE,`delimiter`).
QByteArray withLength(QByteArray header, const QByteArray& body, bool defined, quint16 delimiter) {
    putU32(header, defined ? quint32(body.size()) : 0xffffffffu);
    header += body;
    if (!defined) {
        putTag(header, 0xfffe, delimiter);
        putU32(header, 0);
    }
    return header;
}

// One level around `inner`: an element (explicit or implicit VR) holding one item.
QByteArray wrap(const QByteArray& inner, bool explicitVr, const char* vr, bool defined, quint16 g,
                quint16 e) {
    QByteArray item;
    putTag(item, 0xfffe, 0xe000);
    QByteArray element;
    putTag(element, g, e);
    if (explicitVr) {
        element.append(vr, 2);
        putU16(element, 0);
    }
    return withLength(element, withLength(item, inner, defined, 0xe00d), defined, 0xe0dd);
}

}  // namespace

QByteArray DicomFactory::nested(const SyntheticObject& object, int depth, Nesting how) {
    QByteArray valid = bytes(object);
    const int pixels = valid.indexOf(QByteArray("\xe0\x7f\x10\x00", 4), 132);
    if (pixels < 0) return {};
    // Innermost: an ordinary element, so that every item holds something.
    QByteArray inner;
    putTag(inner, 0x0008, 0x0100);
    inner.append("SH", 2);
    putU16(inner, 4);
    inner.append("T-00", 4);
    if (how == Nesting::UnknownVr) {
        // Inside a UN of undefined length everything is Implicit VR: (0009,1010), private.
        QByteArray implicit;
        putTag(implicit, 0x0008, 0x0100);
        putU32(implicit, 4);
        implicit.append("T-00", 4);
        for (int level = 1; level < depth; ++level)
            implicit = wrap(implicit, false, "", false, 0x0009, 0x1010);
        inner = wrap(implicit, true, "UN", false, 0x0009, 0x1010);
    } else {
        for (int level = 0; level < depth; ++level)
            inner = wrap(inner, true, "SQ", how == Nesting::Defined, 0x0040, 0xa730);
    }
    // The private block needs its creator for the UN case; harmless otherwise.
    QByteArray creator;
    putTag(creator, 0x0009, 0x0010);
    creator.append("LO", 2);
    putU16(creator, 8);
    creator.append("HOSTILE ", 8);
    const QByteArray before = how == Nesting::UnknownVr ? creator + inner : inner;
    valid.insert(pixels, before);
    return valid;
}

QByteArray DicomFactory::nestedImplicitDataset(int depth, bool definedLengths) {
    QByteArray inner;
    putTag(inner, 0x0008, 0x1150);  // Referenced SOP Class UID
    putU32(inner, 0);
    for (int level = 0; level < depth; ++level)
        inner = wrap(inner, false, "SQ", definedLengths, 0x0008, 0x1115);
    QByteArray out;
    putTag(out, 0x0008, 0x0052);  // Query/Retrieve Level, first
    putU32(out, 6);
    out.append("STUDY ", 6);
    return out + inner;
}

}  // namespace dicomnet::test
