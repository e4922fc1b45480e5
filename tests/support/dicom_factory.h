// Makes DICOM objects for tests and benchmarks with DCMTK: any patient, study, series, character
// set and image size, plus deliberately damaged variants.
#pragma once

#include <QByteArray>
#include <QString>

namespace dicomnet::test {

struct SyntheticObject {
    QString patientId = QStringLiteral("P0001");
    QString issuer;
    QByteArray patientName = "Test^Patient";  // raw bytes in `characterSet`
    QString characterSet;                     // e.g. "ISO_IR 192", "ISO_IR 144"
    QString birthDate = QStringLiteral("19700101");
    QString studyUid, seriesUid, sopInstanceUid;  // generated when empty
    QString studyDate = QStringLiteral("20200301");
    QString studyTime = QStringLiteral("101500");
    QByteArray studyDescription = "Chest PA";
    QString modality = QStringLiteral("CR");
    QString bodyPart = QStringLiteral("CHEST");
    int seriesNumber = 1;
    int instanceNumber = 1;
    int rows = 64, columns = 64;  // 16-bit MONOCHROME2
    bool omitSopInstanceUid = false;
    bool omitStudyUid = false;
    bool withMetaHeader = true;
};

class DicomFactory {
public:
    static QString newUid();
    static QByteArray bytes(const SyntheticObject& object);
    static bool write(const QString& path, const SyntheticObject& object);

    // Damaged variants of a valid Part 10 file's bytes.
    static QByteArray truncated(const QByteArray& valid, int keepBytes);
    // Patches the length of the first element with tag (group, element) to `length`.
    static QByteArray withLyingLength(const QByteArray& valid, quint16 group, quint16 element,
                                      quint32 length);

    // Hostile variants: `depth` sequences nested inside each other, each holding one item,
    // put before the pixel data of a valid object (Explicit VR Little Endian).
    enum class Nesting {
        Undefined,  // SQ and items of undefined length, closed by delimiters
        Defined,    // SQ and items with explicit lengths
        UnknownVr,  // VR UN of undefined length: DCMTK reads the inside as Implicit VR
    };
    static QByteArray nested(const SyntheticObject& object, int depth,
                             Nesting how = Nesting::Undefined);
    // The same nesting as a bare data set in Implicit VR Little Endian, for a query identifier
    // or a raw file: (0008,1115) Referenced Series Sequence within itself.
    static QByteArray nestedImplicitDataset(int depth, bool definedLengths);
};

}  // namespace dicomnet::test
