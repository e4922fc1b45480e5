// Plain value types for what dicomnet knows about a DICOM object, level by level, as read from
// its header. Text is UTF-8 (QString) whatever the object's Specific Character Set was.
#pragma once

#include <QString>

namespace dicomnet {

struct PatientRecord {
    QString patientId;
    QString issuer;  // Issuer of Patient ID: part of the patient's identity
    QString name;    // DICOM PN, components separated by '^', groups by '='
    QString birthDate;
    QString sex;
};

struct StudyRecord {
    QString studyUid;
    QString date;  // DA, YYYYMMDD
    QString time;
    QString accessionNumber;
    QString studyId;
    QString description;
    QString referringPhysician;
};

struct SeriesRecord {
    QString seriesUid;
    QString modality;
    QString bodyPart;
    QString viewPosition;  // of radiographs: PA, AP, LL…
    QString description;
    QString date;
    int number = 0;
};

struct InstanceRecord {
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid;
    int number = 0;
    QString imagePosition;  // Image Position (Patient), "x\y\z" as in the file
    int rows = 0;
    int columns = 0;
    int frames = 0;
};

// Everything the cache indexes about one object.
struct DicomObjectInfo {
    PatientRecord patient;
    StudyRecord study;
    SeriesRecord series;
    InstanceRecord instance;
    QString specificCharacterSet;  // as declared in the file
};

}  // namespace dicomnet
