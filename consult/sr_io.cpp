#include "sr_io.h"

#include "core/dcmtk_setup.h"
#include "core/dicom_object_reader.h"

#include <dcmtk/dcmdata/dcdeftag.h>

#include <QFile>
#include <QObject>

namespace dicomnet::consult::detail {

QString personName(const QString& name) {
    const QString n = name.simplified();
    if (n.contains(QLatin1Char('^')) || !n.contains(QLatin1Char(' '))) return n;
    const int last = int(n.lastIndexOf(QLatin1Char(' ')));
    return n.mid(last + 1) + QLatin1Char('^') + n.left(last);
}

Status check(const OFCondition& c, const char* what) {
    if (c.good()) return {};
    return Error{QObject::tr("the consultation cannot be written (%1): %2")
                     .arg(QLatin1String(what), QString::fromLatin1(c.text()))};
}

Status loadFile(const QString& file, DcmFileFormat& into) {
    if (const QString why = DicomObjectReader::loadFile(file, into); !why.isEmpty())
        return Error{QObject::tr("%1 cannot be read: %2").arg(file, why)};
    return {};
}

Status readDocument(const QString& srFile, DSRDocument& doc) {
    DcmFileFormat file;
    if (Status s = loadFile(srFile, file); !s) return s;
    return readDocument(*file.getDataset(), srFile, doc);
}

Status readDocument(DcmDataset& dataset, const QString& srFile, DSRDocument& doc) {
    // Text in UTF-8 whatever the writer's character set; documents from elsewhere read
    // leniently (an item a strict reader refuses is shown as it is, not the whole refused).
    dataset.convertToUTF8();
    const size_t lenient =
        DSRTypes::RF_acceptUnknownRelationshipType | DSRTypes::RF_acceptInvalidContentItemValue |
        DSRTypes::RF_ignoreRelationshipConstraints | DSRTypes::RF_ignoreContentItemErrors;
    if (doc.read(dataset, lenient).bad())
        return Error{QObject::tr("%1 is not a structured report dicomnet can read").arg(srFile)};
    return {};
}

void copyPatientAndStudy(DcmItem& from, DcmItem& to) {
    const DcmTagKey copied[] = {
        DCM_PatientName, DCM_PatientID,       DCM_IssuerOfPatientID, DCM_PatientBirthDate,
        DCM_PatientSex,  DCM_StudyDate,       DCM_StudyTime,         DCM_ReferringPhysicianName,
        DCM_StudyID,     DCM_AccessionNumber, DCM_StudyDescription};
    for (const DcmTagKey& tag : copied) {
        DcmElement* e = nullptr;
        if (from.findAndGetElement(tag, e, OFFalse, OFTrue /* a copy */).good() && e)
            to.insert(e, OFTrue);
    }
}

Status saveFile(DcmFileFormat& file, const QString& path) {
    const OFCondition saved =
        file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
    if (saved.good()) return {};
    return Error{
        QObject::tr("%1 cannot be written: %2").arg(path, QString::fromLatin1(saved.text()))};
}

Status startDocument(const QString& studyFile, DcmFileFormat& source, DSRDocument& doc,
                     const QString& seriesDescription, const char* seriesNumber) {
    if (Status loaded = loadFile(studyFile, source); !loaded) return loaded;
    DcmDataset& from = *source.getDataset();
    // Names and descriptions in UTF-8, whatever the image's character set.
    if (from.convertToUTF8().bad())
        return Error{
            QObject::tr("the patient's data in %1 cannot be converted to UTF-8").arg(studyFile)};
    OFString studyUid;
    if (from.findAndGetOFString(DCM_StudyInstanceUID, studyUid).bad() || studyUid.empty())
        return Error{QObject::tr("%1 has no Study Instance UID").arg(studyFile)};
    doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    if (Status s = check(doc.createNewSeriesInStudy(studyUid), "series"); !s) return s;
    doc.setSeriesDescription(utf8(seriesDescription), OFFalse);
    doc.setSeriesNumber(seriesNumber);
    doc.setInstanceNumber("1");
    doc.setManufacturer("dicomnet");
    return {};
}

Status addRootAndObserver(DSRDocumentTree& tree, const DSRCodedEntryValue& title,
                          const QString& person, const QString& organisation,
                          const char* templateId) {
    if (person.trimmed().isEmpty()) return Error{QObject::tr("a document needs an author")};
    if (Status s =
            check(tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container, title), "root");
        !s)
        return s;
    if (templateId) tree.getCurrentContentItem().setTemplateIdentification(templateId, "DCMR");
    if (Status s =
            check(tree.addChildContentItem(DSRTypes::RT_hasObsContext, DSRTypes::VT_Code,
                                           DSRCodedEntryValue("121005", "DCM", "Observer Type")),
                  "observer type");
        !s)
        return s;
    tree.getCurrentContentItem().setCodeValue(DSRCodedEntryValue("121006", "DCM", "Person"));
    tree.addContentItem(DSRTypes::RT_hasObsContext, DSRTypes::VT_PName,
                        DSRCodedEntryValue("121008", "DCM", "Person Observer Name"));
    if (Status s =
            check(tree.getCurrentContentItem().setStringValue(utf8(personName(person))), "author");
        !s)
        return s;
    if (!organisation.trimmed().isEmpty()) {
        tree.addContentItem(
            DSRTypes::RT_hasObsContext, DSRTypes::VT_Text,
            DSRCodedEntryValue("121009", "DCM", "Person Observer's Organization Name"));
        tree.getCurrentContentItem().setStringValue(utf8(organisation.trimmed()));
    }
    return {};
}

Result<QString> finishDocument(DSRDocument& doc, DcmFileFormat& source, const QString& outFile) {
    DcmFileFormat out;
    DcmDataset& ds = *out.getDataset();
    if (Status s = check(doc.write(ds), "data set"); !s) return Error{s.error()};
    copyPatientAndStudy(*source.getDataset(), ds);
    if (Status saved = saveFile(out, outFile); !saved) return Error{saved.error()};
    OFString sop;
    doc.getSOPInstanceUID(sop);
    return text(sop);
}

void declarePrivateScheme(DSRDocument& doc) {
    DSRCodingSchemeIdentificationList& schemes = doc.getCodingSchemeIdentification();
    schemes.addItem(kPrivateScheme);
    schemes.setCodingSchemeName("dicomnet consultations");
    schemes.setCodingSchemeResponsibleOrganization("dicomnet");
}

}  // namespace dicomnet::consult::detail
