// Reading SR documents: what one says of itself (for lists and states), a consultation back
// into its parts (to amend it), and the whole as a tree for people.
#include "sr_document.h"

#include "sr_io.h"
#include "templates.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QObject>

#include <sstream>

namespace dicomnet::consult {

namespace {

using detail::text;

QString codeValue(const DSRContentItem& item) { return text(item.getConceptName().getCodeValue()); }

QStringList uidsOf(DSRSOPInstanceReferenceList& list) {
    QStringList uids;
    if (list.gotoFirstItem().good()) {
        do {
            OFString uid;
            uids << text(list.getSOPInstanceUID(uid));
        } while (list.gotoNextItem().good());
    }
    return uids;
}

std::vector<DocumentReference> referencesOf(DSRSOPInstanceReferenceList& list) {
    std::vector<DocumentReference> refs;
    if (list.gotoFirstItem().good()) {
        do {
            OFString study, series, cls, instance;
            refs.push_back({text(list.getStudyInstanceUID(study)),
                            text(list.getSeriesInstanceUID(series)), text(list.getSOPClassUID(cls)),
                            text(list.getSOPInstanceUID(instance)), 0});
        } while (list.gotoNextItem().good());
    }
    return refs;
}

void appendText(QString& to, const QString& more) {
    if (!to.isEmpty()) to += QLatin1Char('\n');
    to += more;
}

// The text items of a section (the current item), joined by new lines.
QString sectionText(DSRDocumentTree& tree) {
    QString all;
    if (!tree.goDown()) return all;
    do {
        const DSRContentItem& item = tree.getCurrentContentItem();
        if (item.getValueType() == DSRTypes::VT_Text) appendText(all, text(item.getStringValue()));
    } while (tree.gotoNext());
    tree.goUp();
    return all;
}

// The Findings section (the current item): its text, scores, key images and their regions.
void readFindings(DSRDocumentTree& tree, const std::vector<DocumentReference>& evidence,
                  Consultation& c) {
    if (!tree.goDown()) return;
    do {
        DSRContentItem& item = tree.getCurrentContentItem();
        switch (item.getValueType()) {
            case DSRTypes::VT_Num:
                c.scores.push_back(
                    {codeValue(item), text(item.getConceptName().getCodeMeaning()),
                     QString::fromLatin1(item.getNumericValue().getNumericValue().c_str())
                         .toInt()});
                break;
            case DSRTypes::VT_Image: {
                const DSRImageReferenceValue& ref = item.getImageReference();
                KeyImage k;
                k.image.sopClassUid = text(ref.getSOPClassUID());
                k.image.sopInstanceUid = text(ref.getSOPInstanceUID());
                for (const DocumentReference& e : evidence)
                    if (e.sopInstanceUid == k.image.sopInstanceUid) k.image = e;
                if (!ref.getFrameList().isEmpty())
                    k.image.frame = int(ref.getFrameList().getItem(0));
                c.keyImages.push_back(k);
                break;
            }
            case DSRTypes::VT_Text: {
                const QString value = text(item.getStringValue());
                if (!tree.goDown()) {
                    appendText(c.findings, value);
                    break;
                }
                // A finding inferred from a region of a key image.
                DSRContentItem& child = tree.getCurrentContentItem();
                if (child.getValueType() == DSRTypes::VT_SCoord && !c.keyImages.empty()) {
                    const DSRSpatialCoordinatesValue& region = child.getSpatialCoordinates();
                    Annotation a;
                    a.label = value;
                    const DSRGraphicDataList& points =
                        const_cast<DSRSpatialCoordinatesValue&>(region).getGraphicDataList();
                    for (size_t i = 1; i <= points.getNumberOfItems(); ++i) {
                        a.points.push_back(points.getItem(i).Column);
                        a.points.push_back(points.getItem(i).Row);
                    }
                    switch (region.getGraphicType()) {
                        case DSRTypes::GT_Circle:
                            a.shape = Annotation::Shape::Circle;
                            break;
                        case DSRTypes::GT_Ellipse:
                            a.shape = Annotation::Shape::Ellipse;
                            break;
                        case DSRTypes::GT_Polyline: {
                            const size_t n = a.points.size();
                            const bool closed = n >= 6 && a.points[0] == a.points[n - 2] &&
                                                a.points[1] == a.points[n - 1];
                            a.shape =
                                closed ? Annotation::Shape::Polygon : Annotation::Shape::Polyline;
                            if (closed) a.points.resize(n - 2);
                            break;
                        }
                        default:
                            a.shape = Annotation::Shape::Point;
                    }
                    c.keyImages.back().annotations.push_back(a);
                } else {
                    appendText(c.findings, value);
                }
                tree.goUp();
                break;
            }
            default:
                break;
        }
    } while (tree.gotoNext());
    tree.goUp();
}

}  // namespace

Result<ConsultationSummary> readSummary(const QString& srFile) {
    DcmFileFormat file;
    if (Status s = detail::loadFile(srFile, file); !s) return Error{s.error()};
    DSRDocument doc;
    if (Status read = detail::readDocument(*file.getDataset(), srFile, doc); !read)
        return Error{read.error()};
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
    s.hasSignature = file.getDataset()->tagExists(DCM_DigitalSignaturesSequence);
    s.predecessors = uidsOf(doc.getPredecessorDocuments());
    const QStringList pertinent = uidsOf(doc.getPertinentOtherEvidence());
    DSRDocumentTree& tree = doc.getTree();
    QString rootCode, rootScheme;
    if (tree.gotoRoot()) {
        const DSRCodedEntryValue& root = tree.getCurrentContentItem().getConceptName();
        s.title = text(root.getCodeMeaning());
        rootCode = text(root.getCodeValue());
        rootScheme = text(root.getCodingSchemeDesignator());
    }
    if (tree.gotoNamedNode(DSRCodedEntryValue("121008", "DCM", "Person Observer Name")))
        s.author = text(tree.getCurrentContentItem().getStringValue());
    const bool complete = doc.getCompletionFlag() == DSRTypes::CF_Complete;
    const bool verified = doc.getVerificationFlag() == DSRTypes::VF_Verified;
    if (rootScheme == QLatin1String(detail::kPrivateScheme) &&
        rootCode == QLatin1String(detail::kRequestCode)) {
        s.kind = QStringLiteral("request");
        s.state = QStringLiteral("requested");
        ConsultationRequest r = detail::readRequestContent(tree);
        s.question = r.question;
        s.urgency = urgencyName(r.urgency);
        s.requestedFrom = r.requestedFrom;
        return s;
    }
    s.kind = rootCode == QLatin1String("18748-4") ? QStringLiteral("consultation")
                                                  : QStringLiteral("report");
    if (s.kind == QLatin1String("consultation") && !pertinent.isEmpty())
        s.answers = pertinent.front();
    s.state = complete && verified ? QStringLiteral("final")
              : complete           ? QStringLiteral("complete")
                                   : QStringLiteral("draft");
    return s;
}

Result<Consultation> readConsultation(const QString& srFile) {
    DSRDocument doc;
    if (Status read = detail::readDocument(srFile, doc); !read) return Error{read.error()};
    Consultation c;
    const std::vector<DocumentReference> evidence =
        referencesOf(doc.getCurrentRequestedProcedureEvidence());
    const std::vector<DocumentReference> pertinent = referencesOf(doc.getPertinentOtherEvidence());
    if (!pertinent.empty()) c.answers = pertinent.front();
    DSRDocumentTree& tree = doc.getTree();
    if (!tree.gotoRoot() || codeValue(tree.getCurrentContentItem()) != QLatin1String("18748-4"))
        return Error{QObject::tr("%1 is not a consultation written by dicomnet").arg(srFile)};
    if (!tree.goDown()) return c;
    do {
        DSRContentItem& item = tree.getCurrentContentItem();
        const QString code = codeValue(item);
        if (code == QLatin1String("121008"))
            c.author = text(item.getStringValue());
        else if (code == QLatin1String("121009"))
            c.organisation = text(item.getStringValue());
        else if (code == QLatin1String("121070"))
            readFindings(tree, evidence, c);
        else if (code == QLatin1String("121072"))
            c.impression = sectionText(tree);
        else if (code == QLatin1String("121074"))
            c.recommendation = sectionText(tree);
    } while (tree.gotoNext());
    c.templateName = templateOfScores(c.scores);
    return c;
}

Result<QString> renderTree(const QString& srFile) {
    DSRDocument doc;
    if (Status read = detail::readDocument(srFile, doc); !read) return Error{read.error()};
    std::ostringstream out;
    doc.print(out, 0);
    QString all = QString::fromUtf8(out.str().c_str());
    const QStringList predecessors = uidsOf(doc.getPredecessorDocuments());
    if (!predecessors.isEmpty())
        all += QObject::tr("\nReplaces (predecessor documents):\n  %1\n")
                   .arg(predecessors.join(QStringLiteral("\n  ")));
    const QStringList pertinent = uidsOf(doc.getPertinentOtherEvidence());
    if (!pertinent.isEmpty())
        all += QObject::tr("\nPertinent other evidence (e.g. the request it answers):\n  %1\n")
                   .arg(pertinent.join(QStringLiteral("\n  ")));
    return all;
}

}  // namespace dicomnet::consult
