#include "sr_document.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrnumvl.h>

#include <QFile>
#include <QObject>

#include <sstream>

namespace dicomnet::consult {

namespace {

std::string utf8(const QString& s) { return s.toUtf8().toStdString(); }
QString text(const OFString& s) { return QString::fromUtf8(s.c_str()); }

// "Given Family" → "Family^Given"; a name with '^' is DICOM already.
QString personName(const QString& name) {
    const QString n = name.simplified();
    if (n.contains(QLatin1Char('^')) || !n.contains(QLatin1Char(' '))) return n;
    const int last = n.lastIndexOf(QLatin1Char(' '));
    return n.mid(last + 1) + QLatin1Char('^') + n.left(last);
}

// Codes of TID 2000 and TID 1001 (DICOM PS3.16; LOINC for the document title).
DSRCodedEntryValue code(const char* value, const char* scheme, const char* meaning) {
    return DSRCodedEntryValue(value, scheme, meaning);
}

Status check(const OFCondition& c, const char* what) {
    if (c.good()) return {};
    return Error{QObject::tr("the consultation cannot be written (%1): %2")
                     .arg(QLatin1String(what), QString::fromLatin1(c.text()))};
}

// A section container with one text item, when there is text.
Status addSection(DSRDocumentTree& tree, const DSRCodedEntryValue& section,
                  const DSRCodedEntryValue& item, const QString& value, bool& first) {
    if (value.trimmed().isEmpty()) return {};
    const OFCondition added =
        first ? tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container, section)
              : tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container, section);
    if (Status s = check(added, "section"); !s) return s;
    first = false;
    if (Status s =
            check(tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text, item), "text");
        !s)
        return s;
    if (Status s =
            check(tree.getCurrentContentItem().setStringValue(utf8(value.trimmed())), "text value");
        !s)
        return s;
    tree.goUp();
    return {};
}

constexpr const char* kPrivateScheme = "99DICOMNET";

// The scores, as numeric items in the Findings section (created if the text left none): the
// value with the unit "score" (UCUM annotation), the total last.
Status addScores(DSRDocumentTree& tree, const Consultation& c, bool& first) {
    if (tree.getCurrentContentItem().getConceptName().getCodeValue() != "121070") {
        const OFCondition added = tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container,
                                                      code("121070", "DCM", "Findings"));
        if (Status s = check(added, "findings"); !s) return s;
        first = false;
    }
    bool child = true;
    for (const Score& s : c.scores) {
        const DSRCodedEntryValue concept(utf8(s.code), kPrivateScheme, utf8(s.meaning));
        const OFCondition added =
            child ? tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Num, concept)
                  : tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Num, concept);
        if (Status st = check(added, "score"); !st) return st;
        child = false;
        const DSRNumericMeasurementValue value(std::to_string(s.value),
                                               code("{score}", "UCUM", "score"));
        if (Status st = check(tree.getCurrentContentItem().setNumericValue(value), "score value");
            !st)
            return st;
    }
    tree.goUp();
    return {};
}

}  // namespace

Result<QString> writeConsultation(const QString& studyFile, const Consultation& c,
                                  const QString& outFile) {
    if (c.author.trimmed().isEmpty()) return Error{QObject::tr("a consultation needs an author")};
    if (c.findings.trimmed().isEmpty() && c.impression.trimmed().isEmpty() &&
        c.recommendation.trimmed().isEmpty() && c.scores.empty())
        return Error{
            QObject::tr("the consultation is empty: write findings, an impression or a "
                        "recommendation")};
    DcmFileFormat source;
    if (source.loadFile(QFile::encodeName(studyFile).constData()).bad())
        return Error{QObject::tr("%1 cannot be read").arg(studyFile)};
    DcmDataset& from = *source.getDataset();
    // Names and descriptions in UTF-8, whatever the image's character set.
    if (from.convertToUTF8().bad())
        return Error{
            QObject::tr("the patient's data in %1 cannot be converted to UTF-8").arg(studyFile)};
    OFString studyUid;
    if (from.findAndGetOFString(DCM_StudyInstanceUID, studyUid).bad() || studyUid.empty())
        return Error{QObject::tr("%1 has no Study Instance UID").arg(studyFile)};

    DSRDocument doc(DSRTypes::DT_ComprehensiveSR);
    doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    if (Status s = check(doc.createNewSeriesInStudy(studyUid), "series"); !s)
        return Error{s.error()};
    doc.setSeriesDescription(utf8(QObject::tr("Consultation")), OFFalse);
    doc.setSeriesNumber("900");
    doc.setInstanceNumber("1");
    doc.setManufacturer("dicomnet");

    DSRDocumentTree& tree = doc.getTree();
    if (Status s = check(tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container,
                                             code("18748-4", "LN", "Diagnostic imaging report")),
                         "root");
        !s)
        return Error{s.error()};
    tree.getCurrentContentItem().setTemplateIdentification("2000", "DCMR");
    // Observer context (TID 1001/1003): a person, their name and organisation.
    if (Status s = check(tree.addChildContentItem(DSRTypes::RT_hasObsContext, DSRTypes::VT_Code,
                                                  code("121005", "DCM", "Observer Type")),
                         "observer type");
        !s)
        return Error{s.error()};
    tree.getCurrentContentItem().setCodeValue(code("121006", "DCM", "Person"));
    tree.addContentItem(DSRTypes::RT_hasObsContext, DSRTypes::VT_PName,
                        code("121008", "DCM", "Person Observer Name"));
    if (Status s = check(tree.getCurrentContentItem().setStringValue(utf8(personName(c.author))),
                         "author");
        !s)
        return Error{s.error()};
    if (!c.organisation.trimmed().isEmpty()) {
        tree.addContentItem(DSRTypes::RT_hasObsContext, DSRTypes::VT_Text,
                            code("121009", "DCM", "Person Observer's Organization Name"));
        tree.getCurrentContentItem().setStringValue(utf8(c.organisation.trimmed()));
    }
    // The sections follow the observer context, children of the root like it.
    bool first = false;
    const struct {
        DSRCodedEntryValue section, item;
        const QString& value;
    } sections[] = {
        {code("121070", "DCM", "Findings"), code("121071", "DCM", "Finding"), c.findings},
        {code("121072", "DCM", "Impressions"), code("121073", "DCM", "Impression"), c.impression},
        {code("121074", "DCM", "Recommendations"), code("121075", "DCM", "Recommendation"),
         c.recommendation}};
    for (const auto& s : sections) {
        if (Status added = addSection(tree, s.section, s.item, s.value, first); !added)
            return Error{added.error()};
        if (&s.value == &c.findings && !c.scores.empty())
            if (Status added = addScores(tree, c, first); !added) return Error{added.error()};
    }
    if (!c.scores.empty()) {
        // The scores' codes are dicomnet's own: declare the scheme (PS3.3 C.12.1.1.6).
        DSRCodingSchemeIdentificationList& schemes = doc.getCodingSchemeIdentification();
        schemes.addItem(kPrivateScheme);
        schemes.setCodingSchemeName("dicomnet consultation scores");
        schemes.setCodingSchemeResponsibleOrganization("dicomnet");
    }

    DcmFileFormat out;
    DcmDataset& ds = *out.getDataset();
    if (Status s = check(doc.write(ds), "data set"); !s) return Error{s.error()};
    // The patient and study as the image has them (dcmsr knows most, not all, of these).
    const DcmTagKey copied[] = {
        DCM_PatientName, DCM_PatientID,       DCM_IssuerOfPatientID, DCM_PatientBirthDate,
        DCM_PatientSex,  DCM_StudyDate,       DCM_StudyTime,         DCM_ReferringPhysicianName,
        DCM_StudyID,     DCM_AccessionNumber, DCM_StudyDescription};
    for (const DcmTagKey& tag : copied) {
        DcmElement* e = nullptr;
        if (from.findAndGetElement(tag, e, OFFalse, OFTrue /* a copy */).good() && e)
            ds.insert(e, OFTrue);
    }
    if (Status s = check(
            out.saveFile(QFile::encodeName(outFile).constData(), EXS_LittleEndianExplicit), "file");
        !s)
        return Error{s.error()};
    OFString sop;
    doc.getSOPInstanceUID(sop);
    return text(sop);
}

namespace {

// Reads `srFile` into `doc`.
Status readDocument(const QString& srFile, DSRDocument& doc) {
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(srFile).constData()).bad())
        return Error{QObject::tr("%1 cannot be read").arg(srFile)};
    if (doc.read(*file.getDataset()).bad())
        return Error{QObject::tr("%1 is not a structured report dicomnet can read").arg(srFile)};
    return {};
}

}  // namespace

Result<ConsultationSummary> readSummary(const QString& srFile) {
    DSRDocument doc;
    if (Status read = readDocument(srFile, doc); !read) return Error{read.error()};
    ConsultationSummary s;
    OFString v;
    doc.getSOPInstanceUID(v);
    s.sopInstanceUid = text(v);
    doc.getStudyInstanceUID(v);
    s.studyUid = text(v);
    doc.getContentDate(v);
    s.date = text(v);
    doc.getContentTime(v);
    s.time = text(v);
    s.filePath = srFile;
    DSRDocumentTree& tree = doc.getTree();
    if (tree.gotoRoot())
        s.title = text(tree.getCurrentContentItem().getConceptName().getCodeMeaning());
    if (tree.gotoNamedNode(code("121008", "DCM", "Person Observer Name")))
        s.author = text(tree.getCurrentContentItem().getStringValue());
    const bool complete = doc.getCompletionFlag() == DSRTypes::CF_Complete;
    const bool verified = doc.getVerificationFlag() == DSRTypes::VF_Verified;
    s.state = complete && verified ? QStringLiteral("final")
              : complete           ? QStringLiteral("complete")
                                   : QStringLiteral("draft");
    return s;
}

Result<QString> renderTree(const QString& srFile) {
    DSRDocument doc;
    if (Status read = readDocument(srFile, doc); !read) return Error{read.error()};
    std::ostringstream out;
    doc.print(out, 0);
    return QString::fromUtf8(out.str().c_str());
}

}  // namespace dicomnet::consult
