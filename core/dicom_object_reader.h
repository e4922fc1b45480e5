// Reads one DICOM object from bytes (a file, a zip entry, a network buffer) and tells what it
// is: its attributes for the index, decoded to UTF-8, and the Part 10 bytes to store. Says
// whether something is not DICOM at all (skipped) or damaged DICOM (rejected, with a reason).
#pragma once

#include "dicom_records.h"

#include <QByteArray>
#include <QString>

class DcmFileFormat;

namespace dicomnet {

struct ParsedObject {
    DicomObjectInfo info;
    // The bytes to keep: the input itself when it already was a Part 10 file, otherwise the
    // dataset re-encoded with a File Meta Information header in its own transfer syntax.
    QByteArray part10;
    bool isDicomdir = false;  // a media directory: follow its records, do not store it
    QString warning;          // kept but worth telling (e.g. unknown character set)
};

class ReadOutcome {
public:
    enum class Kind { Object, NotDicom, Damaged };

    static ReadOutcome object(ParsedObject parsed);
    static ReadOutcome notDicom(QString reason);
    static ReadOutcome damaged(QString reason);

    Kind kind() const { return kind_; }
    bool isObject() const { return kind_ == Kind::Object; }
    const QString& reason() const { return reason_; }
    const ParsedObject& parsed() const { return parsed_; }
    ParsedObject& parsed() { return parsed_; }

private:
    Kind kind_ = Kind::NotDicom;
    QString reason_;
    ParsedObject parsed_;
};

class DicomObjectReader {
public:
    static ReadOutcome readBytes(const QByteArray& bytes);
    static ReadOutcome readFile(const QString& path);
    // For a Part 10 file DCMTK itself wrote from a complete network transfer: reads the
    // attributes only (large values stay on disk); `part10` is left empty.
    static ReadOutcome readReceivedFile(const QString& path);
    // The same for such a file's bytes still in memory (nothing is read back from disk).
    static ReadOutcome readReceivedBytes(const QByteArray& bytes);
    // Loads a file from outside (or the cache) into `ff`, after the screen (dicom_screen.h)
    // and with the nesting checked after the parse; empty when it went well, else why not.
    // `attributesOnly`: values over 4 kB stay on disk.
    static QString loadFile(const QString& path, DcmFileFormat& ff, bool attributesOnly = false);

private:
    static ReadOutcome describe(DcmFileFormat& ff, const QByteArray& part10Bytes, bool encode);
};

}  // namespace dicomnet
