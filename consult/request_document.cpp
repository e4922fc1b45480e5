// Consultation requests as Comprehensive SR: the technician's or clinician's question about a
// study, its urgency and for whom, in the study's series 901. The title and the items are coded
// in dicomnet's declared private scheme; the section is DCM's "Request".
#include "sr_document.h"

#include "sr_io.h"

#include <QObject>

namespace dicomnet::consult {

namespace {

using detail::check;
using detail::kPrivateScheme;
using detail::text;
using detail::utf8;

DSRCodedEntryValue privateCode(const char* value, const char* meaning) {
    return DSRCodedEntryValue(value, kPrivateScheme, meaning);
}

const char* urgencyCode(Urgency u) {
    switch (u) {
        case Urgency::Routine:
            return "ROUTINE";
        case Urgency::Urgent:
            return "URGENT";
        case Urgency::Emergency:
            return "EMERGENCY";
    }
    return "ROUTINE";
}

}  // namespace

QString urgencyName(Urgency u) { return QString::fromLatin1(urgencyCode(u)).toLower(); }

std::optional<Urgency> urgencyFromName(const QString& name) {
    for (Urgency u : {Urgency::Routine, Urgency::Urgent, Urgency::Emergency})
        if (name.trimmed().compare(urgencyName(u), Qt::CaseInsensitive) == 0) return u;
    return std::nullopt;
}

Result<QString> writeRequest(const QString& studyFile, const ConsultationRequest& r,
                             const QString& outFile) {
    if (r.question.trimmed().isEmpty()) return Error{QObject::tr("a request needs a question")};
    DcmFileFormat source;
    DSRDocument doc(DSRTypes::DT_ComprehensiveSR);
    if (Status s = detail::startDocument(studyFile, source, doc,
                                         QObject::tr("Consultation request"), "901");
        !s)
        return Error{s.error()};
    DSRDocumentTree& tree = doc.getTree();
    if (Status s = detail::addRootAndObserver(
            tree, privateCode(detail::kRequestCode, "Consultation request"), r.requester,
            r.organisation);
        !s)
        return Error{s.error()};
    tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Container,
                        DSRCodedEntryValue("121062", "DCM", "Request"));
    tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text,
                             privateCode("QUESTION", "Question for the consultant"));
    if (Status s = check(tree.getCurrentContentItem().setStringValue(utf8(r.question.trimmed())),
                         "question");
        !s)
        return Error{s.error()};
    tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Code,
                        privateCode("URGENCY", "Urgency"));
    const QString meaning = urgencyName(r.urgency);
    tree.getCurrentContentItem().setCodeValue(
        privateCode(urgencyCode(r.urgency), utf8(meaning).c_str()));
    if (!r.requestedFrom.trimmed().isEmpty()) {
        tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text,
                            privateCode("REQUESTED-FROM", "Requested from"));
        tree.getCurrentContentItem().setStringValue(utf8(r.requestedFrom.trimmed()));
    }
    // Issued as asked: complete, and nobody verifies a question.
    if (Status s = check(doc.completeDocument(), "completion"); !s) return Error{s.error()};
    detail::declarePrivateScheme(doc);
    return detail::finishDocument(doc, source, outFile);
}

namespace detail {

ConsultationRequest readRequestContent(DSRDocumentTree& tree) {
    ConsultationRequest r;
    if (tree.gotoNamedNode(DSRCodedEntryValue("QUESTION", kPrivateScheme, "Question")))
        r.question = text(tree.getCurrentContentItem().getStringValue());
    if (tree.gotoNamedNode(DSRCodedEntryValue("URGENCY", kPrivateScheme, "Urgency")))
        r.urgency =
            urgencyFromName(text(tree.getCurrentContentItem().getCodeValue().getCodeValue()))
                .value_or(Urgency::Routine);
    if (tree.gotoNamedNode(DSRCodedEntryValue("REQUESTED-FROM", kPrivateScheme, "Requested from")))
        r.requestedFrom = text(tree.getCurrentContentItem().getStringValue());
    if (tree.gotoNamedNode(DSRCodedEntryValue("121008", "DCM", "Person Observer Name")))
        r.requester = text(tree.getCurrentContentItem().getStringValue());
    return r;
}

}  // namespace detail

}  // namespace dicomnet::consult
