// `dicomnet consult new|list|show`: consultations as DICOM SR in the cache.
//   consult new STUDY_UID --template NAME [--text TEXT] [--field KEY=VALUE ...] --author NAME
//               [--organisation ORG]        prints the new SOP Instance UID
//   consult list [STUDY_UID] [--json]
//   consult show UID_OR_FILE
#include "cli.h"
#include "cli_output.h"

#include "consult/sr_document.h"
#include "consult/templates.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/importer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace dicomnet::app {

namespace {

int consultNew(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("template"),
                      QObject::tr("free, chest-xray-covid or chest-ct-covid"),
                      QStringLiteral("NAME"), QStringLiteral("free")});
    parser.addOption({QStringLiteral("text"), QObject::tr("the findings"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("field"),
                      QObject::tr("findings=, impression= or recommendation="),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption(
        {QStringLiteral("author"), QObject::tr("who writes it"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("organisation"), QObject::tr("the author's organisation"),
                      QStringLiteral("ORG")});
    if (!parser.parse(QStringList{QStringLiteral("consult new")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("author")))
        return usageError(
            QObject::tr("consult new STUDY_UID --template NAME [--text TEXT] "
                        "[--field KEY=VALUE ...] --author NAME [--organisation ORG]"));
    auto form = consult::loadTemplate(parser.value(QStringLiteral("template")));
    if (!form) return usageError(form.error());
    consult::Consultation c;
    c.author = parser.value(QStringLiteral("author"));
    c.organisation = parser.value(QStringLiteral("organisation"));
    c.findings = parser.value(QStringLiteral("text"));
    std::vector<std::pair<QString, QString>> scores;
    for (const QString& field : parser.values(QStringLiteral("field"))) {
        const int eq = int(field.indexOf(QLatin1Char('=')));
        const QString key = field.left(eq).trimmed(), value = field.mid(eq + 1);
        if (eq < 0) return usageError(QObject::tr("--field takes KEY=VALUE"));
        if (key == QLatin1String("findings"))
            c.findings = value;
        else if (key == QLatin1String("impression"))
            c.impression = value;
        else if (key == QLatin1String("recommendation"))
            c.recommendation = value;
        else
            scores.emplace_back(key, value);
    }
    if (Status s = consult::applyScores(form.value(), scores, c); !s) return usageError(s.error());
    const QString study = parser.positionalArguments()[0];
    auto cache = db::Cache::open(options.dataDir);
    if (!cache) return failure(cache.error());
    auto instances = db::CacheQueries(*cache.value()).instancesUnder(study);
    if (!instances) return failure(instances.error());
    if (instances->empty()) return failure(QObject::tr("study %1 is not in the cache").arg(study));
    QTemporaryDir staging(options.dataDir + QStringLiteral("/consult-XXXXXX"));
    if (!staging.isValid()) return failure(QObject::tr("cannot write in %1").arg(options.dataDir));
    const QString file = staging.filePath(QStringLiteral("consultation.dcm"));
    auto uid = consult::writeConsultation(instances->front().filePath, c, file);
    if (!uid) return failure(uid.error());
    // Into the cache like any object: durable, indexed, in the study.
    const db::ImportSummary stored = db::Importer(*cache.value()).run({file});
    if (!stored.clean() || stored.imported != 1)
        return failure(stored.fatalError.isEmpty() && !stored.rejected.empty()
                           ? stored.rejected.front().reason
                           : stored.fatalError);
    out() << uid.value() << "\n";
    return kExitOk;
}

int consultList(const GlobalOptions& options, const QStringList& args) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("consult list")} + args))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() > 1)
        return usageError(QObject::tr("consult list [STUDY_UID] [--json]"));
    auto cache = db::Cache::open(options.dataDir);
    if (!cache) return failure(cache.error());
    auto reports =
        db::CacheQueries(*cache.value()).structuredReports(parser.positionalArguments().value(0));
    if (!reports) return failure(reports.error());
    QJsonArray json;
    std::vector<QStringList> table;
    for (const db::InstanceRow& r : reports.value()) {
        auto s = consult::readSummary(r.filePath);
        if (!s) {
            err() << QObject::tr("%1: %2").arg(r.sopInstanceUid, s.error()) << "\n";
            continue;
        }
        json.append(QJsonObject{{"sop_instance_uid", s->sopInstanceUid},
                                {"study_uid", s->studyUid},
                                {"title", s->title},
                                {"author", s->author},
                                {"date", s->date},
                                {"time", s->time},
                                {"state", s->state},
                                {"file_path", s->filePath}});
        table.push_back({s->date, s->state, s->author, s->title, s->sopInstanceUid});
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(json);
    else
        printTable({QObject::tr("DATE"), QObject::tr("STATE"), QObject::tr("AUTHOR"),
                    QObject::tr("TITLE"), QObject::tr("SOP INSTANCE UID")},
                   table);
    return kExitOk;
}

int consultShow(const GlobalOptions& options, const QStringList& args) {
    if (args.size() != 1) return usageError(QObject::tr("consult show UID_OR_FILE"));
    QString path = args[0];
    if (!QFileInfo(path).isFile()) {
        auto cache = db::Cache::open(options.dataDir);
        if (!cache) return failure(cache.error());
        auto rows = db::CacheQueries(*cache.value()).instancesUnder(args[0]);
        if (!rows) return failure(rows.error());
        if (rows->size() != 1)
            return failure(
                QObject::tr("\"%1\" is neither a file nor an instance UID in the cache").arg(path));
        path = rows->front().filePath;
    }
    auto tree = consult::renderTree(path);
    if (!tree) return failure(tree.error());
    out() << tree.value();
    return kExitOk;
}

}  // namespace

int runConsult(const GlobalOptions& options) {
    const QString action = options.arguments.value(0);
    const QStringList rest = options.arguments.mid(1);
    if (action == QLatin1String("new")) return consultNew(options, rest);
    if (action == QLatin1String("list")) return consultList(options, rest);
    if (action == QLatin1String("show")) return consultShow(options, rest);
    return usageError(QObject::tr("consult new|list|show ..."));
}

}  // namespace dicomnet::app
