#include "sr_document.h"

#include "sr_io.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrnumvl.h>

#include <QObject>

#include <sstream>

namespace dicomnet::consult {

namespace {

using detail::check;
using detail::personName;
using detail::text;
using detail::utf8;

// Codes of TID 2000 and TID 1001 (DICOM PS3.16; LOINC for the document title).
DSRCodedEntryValue code(const char* value, const char* scheme, const char* meaning) {
    return DSRCodedEntryValue(value, scheme, meaning);
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

using detail::kPrivateScheme;

// Makes the Findings section the current item (created if the text left none).
Status ensureFindings(DSRDocumentTree& tree) {
    if (tree.getCurrentContentItem().getConceptName().getCodeValue() == "121070") return {};
    return check(tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container,
                                     code("121070", "DCM", "Findings")),
                 "findings");
}

// The scores, as numeric items in the Findings section (the current item): the value with the
// unit "score" (UCUM annotation), the total last.
Status addScores(DSRDocumentTree& tree, const Consultation& c) {
    if (c.scores.empty()) return {};
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

DSRImageReferenceValue imageValue(const DocumentReference& r) {
    DSRImageReferenceValue value(utf8(r.sopClassUid), utf8(r.sopInstanceUid));
    if (r.frame > 0) value.getFrameList().addItem(Sint32(r.frame));
    return value;
}

DSRTypes::E_GraphicType graphicType(Annotation::Shape shape) {
    switch (shape) {
        case Annotation::Shape::Point:
            return DSRTypes::GT_Point;
        case Annotation::Shape::Polyline:
        case Annotation::Shape::Polygon:
            return DSRTypes::GT_Polyline;  // closed: last = first
        case Annotation::Shape::Circle:
            return DSRTypes::GT_Circle;
        case Annotation::Shape::Ellipse:
            return DSRTypes::GT_Ellipse;
    }
    return DSRTypes::GT_Point;
}

// Key images in the Findings section (the current item), each an IMAGE "Best illustration of
// finding"; each region drawn on one a finding (its label) INFERRED FROM an "Image Region"
// SCOORD, SELECTED FROM the image (TID 2002's pattern).
Status addKeyImages(DSRDocumentTree& tree, const Consultation& c) {
    bool child = true;
    for (const KeyImage& k : c.keyImages) {
        const OFCondition added =
            child ? tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image,
                                             code("121080", "DCM", "Best illustration of finding"))
                  : tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image,
                                        code("121080", "DCM", "Best illustration of finding"));
        if (Status s = check(added, "key image"); !s) return s;
        child = false;
        if (Status s = check(tree.getCurrentContentItem().setImageReference(imageValue(k.image)),
                             "image reference");
            !s)
            return s;
        for (const Annotation& a : k.annotations) {
            if (a.points.size() < 2 || a.points.size() % 2) continue;
            tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text,
                                code("121071", "DCM", "Finding"));
            tree.getCurrentContentItem().setStringValue(
                utf8(a.label.isEmpty() ? QObject::tr("Region of interest") : a.label));
            tree.addChildContentItem(DSRTypes::RT_inferredFrom, DSRTypes::VT_SCoord,
                                     code("111030", "DCM", "Image Region"));
            DSRSpatialCoordinatesValue region(graphicType(a.shape));
            for (size_t i = 0; i + 1 < a.points.size(); i += 2)
                region.getGraphicDataList().addItem(a.points[i], a.points[i + 1]);
            if (a.shape == Annotation::Shape::Polygon)
                region.getGraphicDataList().addItem(a.points[0], a.points[1]);
            if (Status s =
                    check(tree.getCurrentContentItem().setSpatialCoordinates(region), "region");
                !s)
                return s;
            tree.addChildContentItem(DSRTypes::RT_selectedFrom, DSRTypes::VT_Image,
                                     DSRCodedEntryValue());
            if (Status s =
                    check(tree.getCurrentContentItem().setImageReference(imageValue(k.image)),
                          "region's image");
                !s)
                return s;
            tree.goUp();
            tree.goUp();
        }
    }
    if (!c.keyImages.empty() && !child) tree.goUp();
    return {};
}

Status addReference(DSRSOPInstanceReferenceList& list, const DocumentReference& r,
                    const char* what) {
    return check(list.addItem(utf8(r.studyUid), utf8(r.seriesUid), utf8(r.sopClassUid),
                              utf8(r.sopInstanceUid)),
                 what);
}

// The versions this one replaces (Predecessor Documents), the request it answers (Pertinent
// Other Evidence) and the images it shows (Current Requested Procedure Evidence).
Status addReferences(DSRDocument& doc, const Consultation& c) {
    for (const DocumentReference& r : c.predecessors)
        if (Status s = addReference(doc.getPredecessorDocuments(), r, "predecessor"); !s) return s;
    if (c.answers)
        if (Status s = addReference(doc.getPertinentOtherEvidence(), *c.answers, "request"); !s)
            return s;
    for (const KeyImage& k : c.keyImages)
        if (Status s = addReference(doc.getCurrentRequestedProcedureEvidence(), k.image, "image");
            !s)
            return s;
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
    DSRDocument doc(DSRTypes::DT_ComprehensiveSR);
    if (Status s =
            detail::startDocument(studyFile, source, doc, QObject::tr("Consultation"), "900");
        !s)
        return Error{s.error()};
    DSRDocumentTree& tree = doc.getTree();
    if (Status s =
            detail::addRootAndObserver(tree, code("18748-4", "LN", "Diagnostic imaging report"),
                                       c.author, c.organisation, "2000");
        !s)
        return Error{s.error()};
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
        if (&s.value != &c.findings || (c.scores.empty() && c.keyImages.empty())) continue;
        for (Status added : {ensureFindings(tree), addScores(tree, c), addKeyImages(tree, c)})
            if (!added) return Error{added.error()};
    }
    if (!c.scores.empty()) {
        detail::declarePrivateScheme(doc);  // the scores' codes are dicomnet's own
    }

    if (Status s = addReferences(doc, c); !s) return Error{s.error()};

    return detail::finishDocument(doc, source, outFile);
}

}  // namespace dicomnet::consult
