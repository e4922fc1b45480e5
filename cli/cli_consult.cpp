// `dicomnet consult ...`: consultations as DICOM SR in the cache. The commands that write:
//   consult request STUDY_UID --question TEXT [--urgency routine|urgent|emergency]
//               [--for NAME] --author NAME [--organisation ORG]
//   consult new STUDY_UID --template NAME [--text TEXT] [--field KEY=VALUE ...] --author NAME
//               [--organisation ORG] [--key-image UID ...]
//   consult amend UID [--text TEXT] [--field KEY=VALUE ...] [--author NAME]
//   consult sign UID --cert F --key F
// each prints the new document's SOP Instance UID. The readers are in cli_consult_read.cpp.
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "workflow/consult_actions.h"
#include "workflow/consultation_jobs.h"
#include "workflow/documents.h"
#include "workflow/passphrase.h"
#include "workflow/session.h"

#include "consult/consultation_catalog.h"
#include "consult/signing.h"
#include "consult/sr_document.h"
#include "consult/templates.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace dicomnet::cli {

int runConsultReading(const GlobalOptions& options, const QString& action, const QStringList& args);

namespace {

void addContentOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("text"), QObject::tr("the findings"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("field"),
                      QObject::tr("findings=, impression=, recommendation= or a template's score"),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption(
        {QStringLiteral("author"), QObject::tr("who writes it"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("organisation"), QObject::tr("the author's organisation"),
                      QStringLiteral("ORG")});
    parser.addOption({QStringLiteral("key-image"),
                      QObject::tr("an image of the study to reference (SOP Instance UID)"),
                      QStringLiteral("UID")});
}

}  // namespace

// Who writes, asks or waits: the signed-in user's name; a different name typed with `option`
// is refused (nobody writes in another's name). Open (no users): the typed name.
Result<QString> personNamed(const QCommandLineParser& parser, const QString& option) {
    const QString typed = parser.value(option);
    const workflow::Session session = workflow::currentSession();
    if (session.open) return typed;
    if (parser.isSet(option) && typed != session.user.fullName)
        return Error{QObject::tr("signed in as %1 (%2): --%3 is who signs in; leave it out")
                         .arg(session.user.login, session.user.fullName, option)};
    return session.user.fullName;
}

namespace {

// Applies --text, --field and --author to `c`; scores replace those of the same code.
Status applyContent(const QCommandLineParser& parser, const consult::ConsultTemplate& form,
                    consult::Consultation& c) {
    auto author = personNamed(parser, QStringLiteral("author"));
    if (!author) return Error{author.error()};
    if (!author->isEmpty()) c.author = author.value();
    if (parser.isSet(QStringLiteral("organisation")))
        c.organisation = parser.value(QStringLiteral("organisation"));
    if (parser.isSet(QStringLiteral("text"))) c.findings = parser.value(QStringLiteral("text"));
    std::vector<std::pair<QString, QString>> scores;
    for (const QString& field : parser.values(QStringLiteral("field"))) {
        const int eq = int(field.indexOf(QLatin1Char('=')));
        if (eq < 0) return Error{QObject::tr("--field takes KEY=VALUE")};
        const QString key = field.left(eq).trimmed(), value = field.mid(eq + 1);
        if (key == QLatin1String("findings"))
            c.findings = value;
        else if (key == QLatin1String("impression"))
            c.impression = value;
        else if (key == QLatin1String("recommendation"))
            c.recommendation = value;
        else
            scores.emplace_back(key, value);
    }
    if (scores.empty()) return {};
    consult::Consultation given;
    if (Status s = consult::applyScores(form, scores, given); !s) return s;
    // The new values win; the total is recomputed from every zone.
    std::vector<std::pair<QString, QString>> all;
    for (const consult::ScoreDefinition& d : form.scores) {
        QString value;
        for (const consult::Score& old : c.scores)
            if (old.code == d.code) value = QString::number(old.value);
        for (const auto& [key, v] : scores)
            if (key == d.key) value = v;
        if (!value.isEmpty()) all.emplace_back(d.key, value);
    }
    c.scores.clear();
    return consult::applyScores(form, all, c);
}

int consultNew(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("template"),
                      QObject::tr("free, chest-xray-covid or chest-ct-covid (default: the one "
                                  "for the study's modality and body part)"),
                      QStringLiteral("NAME")});
    addContentOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("consult new")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 ||
        (!parser.isSet(QStringLiteral("author")) && workflow::currentSession().open))
        return usageError(
            QObject::tr("consult new STUDY_UID [--template NAME] [--text TEXT] "
                        "[--field KEY=VALUE ...] --author NAME [--organisation ORG] "
                        "[--key-image UID ...]"));
    const QString study = parser.positionalArguments()[0];
    auto form = consult::loadTemplate(parser.isSet(QStringLiteral("template"))
                                          ? parser.value(QStringLiteral("template"))
                                          : workflow::templateForStudy(options.dataDir, study));
    if (!form) return usageError(form.error());
    consult::Consultation c;
    c.templateName = form->name;
    if (Status s = applyContent(parser, form.value(), c); !s) return usageError(s.error());
    if (Status s = workflow::addKeyImages(options.dataDir, study,
                                          parser.values(QStringLiteral("key-image")), c);
        !s)
        return failure(s.error());
    auto uid = workflow::saveDraft(options.dataDir, study, c);
    if (!uid) return failure(uid.error());
    out() << uid.value() << "\n";
    return kExitOk;
}

int consultRequest(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("question"), QObject::tr("what to answer, with the context"),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("urgency"), QObject::tr("routine, urgent or emergency"),
                      QStringLiteral("U"), QStringLiteral("routine")});
    parser.addOption({QStringLiteral("for"), QObject::tr("a person or a peer (default: anyone)"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("author"), QObject::tr("who asks"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("organisation"), QObject::tr("the asker's organisation"),
                      QStringLiteral("ORG")});
    if (!parser.parse(QStringList{QStringLiteral("consult request")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("question")) ||
        (!parser.isSet(QStringLiteral("author")) && workflow::currentSession().open))
        return usageError(QObject::tr(
            "consult request STUDY_UID --question TEXT [--urgency routine|urgent|emergency] "
            "[--for NAME] --author NAME [--organisation ORG]"));
    const auto urgency = consult::urgencyFromName(parser.value(QStringLiteral("urgency")));
    if (!urgency) return usageError(QObject::tr("--urgency is routine, urgent or emergency"));
    auto author = personNamed(parser, QStringLiteral("author"));
    if (!author) return usageError(author.error());
    const consult::ConsultationRequest r{parser.value(QStringLiteral("question")), *urgency,
                                         parser.value(QStringLiteral("for")), author.value(),
                                         parser.value(QStringLiteral("organisation"))};
    auto uid = workflow::requestConsultation(options.dataDir, parser.positionalArguments()[0], r);
    if (!uid) return failure(uid.error());
    out() << uid.value() << "\n";
    return kExitOk;
}

int consultAmend(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    addContentOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("consult amend")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(
            QObject::tr("consult amend UID [--text TEXT] [--field KEY=VALUE ...] [--author NAME]"));
    const QString uid = parser.positionalArguments()[0];
    auto file = workflow::documentFileIn(options.dataDir, uid);
    if (!file) return failure(file.error());
    auto summary = consult::readSummary(file.value());
    if (!summary) return failure(summary.error());
    if (summary->state != QLatin1String("final"))
        return failure(QObject::tr("only a signed (final) consultation is amended; %1 is %2")
                           .arg(uid, summary->state));
    auto c = consult::readConsultation(file.value());
    if (!c) return failure(c.error());
    auto form = consult::loadTemplate(c->templateName);
    if (!form) return failure(form.error());
    if (Status s = applyContent(parser, form.value(), c.value()); !s) return usageError(s.error());
    if (Status s = workflow::addKeyImages(options.dataDir, summary->studyUid,
                                          parser.values(QStringLiteral("key-image")), c.value());
        !s)
        return failure(s.error());
    c->predecessors.clear();
    auto made = workflow::saveDraft(options.dataDir, summary->studyUid, c.value(), uid);
    if (!made) return failure(made.error());
    out() << made.value() << "\n";
    return kExitOk;
}

int consultSign(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cert"), QObject::tr("the author's X.509 certificate (PEM)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("key"), QObject::tr("the author's private key (PEM)"),
                      QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("consult sign")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("cert")) ||
        !parser.isSet(QStringLiteral("key")))
        return usageError(QObject::tr("consult sign UID --cert FILE --key FILE"));
    consult::SigningKey key{
        parser.value(QStringLiteral("cert")), parser.value(QStringLiteral("key")), {}};
    for (const QString& f : {key.certificate, key.privateKey})
        if (!QFileInfo(f).isReadable()) return failure(QObject::tr("%1 cannot be read").arg(f));
    auto draft = workflow::documentFileIn(options.dataDir, parser.positionalArguments()[0]);
    if (!draft) return failure(draft.error());
    if (consult::privateKeyIsEncrypted(key.privateKey))
        key.passphrase =
            workflow::askPassphrase(QObject::tr("Passphrase for %1: ").arg(key.privateKey));
    auto uid = workflow::signDraft(options.dataDir, draft.value(), key);
    key.passphrase.fill('\0');
    if (!uid) return failure(uid.error());
    out() << uid.value() << "\n";
    return kExitOk;
}

}  // namespace

int runConsult(const GlobalOptions& options) {
    const QString action = options.arguments.value(0);
    const QStringList rest = options.arguments.mid(1);
    if (action == QLatin1String("new")) return consultNew(options, rest);
    if (action == QLatin1String("request")) return consultRequest(options, rest);
    if (action == QLatin1String("amend")) return consultAmend(options, rest);
    if (action == QLatin1String("sign")) return consultSign(options, rest);
    return runConsultReading(options, action, rest);
}

}  // namespace dicomnet::cli
