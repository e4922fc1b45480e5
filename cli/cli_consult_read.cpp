// `dicomnet consult ...`: the commands that read consultations.
//   consult list [STUDY_UID] [--json]       every SR document, its kind and state
//   consult waiting --me NAME [--json]      requests for me (or anyone), my drafts
//   consult show UID_OR_FILE                 any SR as a tree, with its signature's state
//   consult export UID_OR_FILE --pdf FILE   the consultation as a printable PDF
//   consult verify UID_OR_FILE [--ca F]     exit 0 valid and trusted, 3 changed, 4 not
//                                           trusted, 5 not signed
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "workflow/consult_actions.h"
#include "workflow/consultation_jobs.h"
#include "workflow/consultation_states.h"
#include "workflow/documents.h"
#include "workflow/session.h"
#include "workflow/site.h"

#include "consult/consultation_catalog.h"
#include "consult/encapsulated_document.h"
#include "consult/signing.h"
#include "consult/sr_document.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace dicomnet::cli {

// In cli_consult.cpp: the signed-in user's name, or the one typed when nobody signs in.
Result<QString> personNamed(const QCommandLineParser& parser, const QString& option);

namespace {

constexpr int kExitChanged = 3;
constexpr int kExitUntrusted = 4;
constexpr int kExitUnsigned = 5;

QString kindText(const QString& kind) {
    if (kind == QLatin1String("request")) return QObject::tr("request");
    if (kind == QLatin1String("consultation")) return QObject::tr("consultation");
    return QObject::tr("report");
}

QJsonObject jsonOf(const consult::ConsultationSummary& s, const QString& state) {
    QJsonObject o{{"sop_instance_uid", s.sopInstanceUid},
                  {"study_uid", s.studyUid},
                  {"kind", s.kind},
                  {"title", s.title},
                  {"author", s.author},
                  {"date", s.date},
                  {"time", s.time},
                  {"state", state},
                  {"signed", s.hasSignature},
                  {"predecessors", QJsonArray::fromStringList(s.predecessors)},
                  {"file_path", s.filePath}};
    if (!s.answers.isEmpty()) o.insert("answers", s.answers);
    if (!s.pseudonymousStudyUid.isEmpty()) o.insert("relinked_from", s.pseudonymousStudyUid);
    if (s.kind == QLatin1String("request")) {
        o.insert("question", s.question);
        o.insert("urgency", s.urgency);
        o.insert("requested_from", s.requestedFrom);
    }
    return o;
}

Result<consult::ConsultationCatalog> catalogOf(const GlobalOptions& options, const QString& study) {
    auto catalog = workflow::consultationCatalog(options.dataDir, study);
    if (catalog)
        for (const QString& p : catalog->problems) err() << p << "\n";
    return catalog;
}

int consultList(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("consult list")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() > 1)
        return usageError(QObject::tr("consult list [STUDY_UID] [--json]"));
    auto catalog = catalogOf(options, parser.positionalArguments().value(0));
    if (!catalog) return failure(catalog.error());
    QJsonArray json;
    std::vector<QStringList> table;
    for (const auto& [study, c] : catalog->studies)
        for (const consult::DocumentState& d : c.documents) {
            json.append(jsonOf(d.document, d.state));
            const QString who =
                d.document.kind == QLatin1String("request")
                    ? d.document.author + QStringLiteral(" → ") +
                          (d.document.requestedFrom.isEmpty() ? QObject::tr("anyone")
                                                              : d.document.requestedFrom)
                    : d.document.author;
            table.push_back({d.document.date, kindText(d.document.kind),
                             workflow::consultationStateText(d.state), who,
                             d.document.kind == QLatin1String("request") ? d.document.question
                                                                         : d.document.title,
                             d.document.sopInstanceUid});
        }
    if (parser.isSet(QStringLiteral("json")))
        printJson(json);
    else
        printTable(
            {QObject::tr("DATE"), QObject::tr("KIND"), QObject::tr("STATE"), QObject::tr("AUTHOR"),
             QObject::tr("TITLE OR QUESTION"), QObject::tr("SOP INSTANCE UID")},
            table);
    return kExitOk;
}

int consultWaiting(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("me"), QObject::tr("your name, or this node's AE title"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("consult waiting")} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty() ||
        (!parser.isSet(QStringLiteral("me")) && workflow::currentSession().open))
        return usageError(QObject::tr("consult waiting --me NAME [--json]"));
    auto me = personNamed(parser, QStringLiteral("me"));
    if (!me) return usageError(me.error());
    auto catalog = catalogOf(options, {});
    if (!catalog) return failure(catalog.error());
    QJsonArray json;
    std::vector<QStringList> table;
    for (const auto& [study, c] : catalog->studies)
        for (const consult::ConsultationSummary& s : consult::waitingFor(c, me.value())) {
            const QString state =
                s.kind == QLatin1String("request") ? QStringLiteral("requested") : s.state;
            json.append(jsonOf(s, state));
            table.push_back({s.date, workflow::consultationStateText(state), s.urgency, s.author,
                             s.kind == QLatin1String("request") ? s.question : s.title, study});
        }
    if (parser.isSet(QStringLiteral("json")))
        printJson(json);
    else
        printTable(
            {QObject::tr("DATE"), QObject::tr("STATE"), QObject::tr("URGENCY"), QObject::tr("FROM"),
             QObject::tr("QUESTION OR TITLE"), QObject::tr("STUDY UID")},
            table);
    return kExitOk;
}

int consultShow(const GlobalOptions& options, const QStringList& args) {
    if (args.size() != 1) return usageError(QObject::tr("consult show UID_OR_FILE"));
    auto path = workflow::documentFileIn(options.dataDir, args[0]);
    if (!path) return failure(path.error());
    if (consult::isEncapsulatedPdf(path.value())) {
        auto doc = consult::readEncapsulated(path.value());
        if (!doc) return failure(doc.error());
        out() << QObject::tr(
                     "Encapsulated PDF: \"%1\", %2 bytes\nPatient: %3 (%4)\nDate: %5\n"
                     "`dicomnet export %6 --out DIR` writes it out as a PDF file.")
                     .arg(doc->title)
                     .arg(doc->bytes.size())
                     .arg(doc->patientName, doc->patientId, doc->contentDate, args[0])
              << "\n";
        return kExitOk;
    }
    auto tree = consult::renderTree(path.value());
    if (!tree) return failure(tree.error());
    auto check =
        consult::verifySignatures(path.value(), workflow::siteCaCertificate(options.dataDir));
    if (check && check->state != consult::SignatureState::Unsigned)
        out() << QObject::tr("Signature: %1").arg(consult::describe(check.value())) << "\n\n";
    out() << tree.value();
    return kExitOk;
}

int consultVerify(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("ca"),
                      QObject::tr("trusted CA certificates (PEM); the site CA by default"),
                      QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("consult verify")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QObject::tr("consult verify UID_OR_FILE [--ca FILE]"));
    auto path = workflow::documentFileIn(options.dataDir, parser.positionalArguments()[0]);
    if (!path) return failure(path.error());
    const QString ca = parser.isSet(QStringLiteral("ca"))
                           ? parser.value(QStringLiteral("ca"))
                           : workflow::siteCaCertificate(options.dataDir);
    auto check = consult::verifySignatures(path.value(), ca);
    if (!check) return failure(check.error());
    const QString said = consult::describe(check.value());
    switch (check->state) {
        case consult::SignatureState::Valid:
            out() << said << "\n";
            return kExitOk;
        case consult::SignatureState::Invalid:
            err() << said << "\n";
            return kExitChanged;
        case consult::SignatureState::Untrusted:
            err() << said << "\n";
            return kExitUntrusted;
        case consult::SignatureState::Unsigned:
            err() << said << "\n";
            return kExitUnsigned;
    }
    return kExitFailure;
}

int consultExport(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("pdf"), QObject::tr("the PDF file to write"), QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("consult export")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("pdf")))
        return usageError(QObject::tr("consult export UID_OR_FILE --pdf FILE"));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (const QString error =
            workflow::writeConsultationPdf(options.dataDir, parser.positionalArguments()[0], pdf);
        !error.isEmpty())
        return failure(error);
    err() << QObject::tr("wrote %1").arg(pdf) << "\n";
    return kExitOk;
}

}  // namespace

int runConsultReading(const GlobalOptions& options, const QString& action,
                      const QStringList& args) {
    if (action == QLatin1String("list")) return consultList(options, args);
    if (action == QLatin1String("waiting")) return consultWaiting(options, args);
    if (action == QLatin1String("show")) return consultShow(options, args);
    if (action == QLatin1String("verify")) return consultVerify(options, args);
    if (action == QLatin1String("export")) return consultExport(options, args);
    return usageError(
        QObject::tr("consult request|new|amend|sign|list|waiting|show|verify|export ..."));
}

}  // namespace dicomnet::cli
