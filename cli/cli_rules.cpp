// `dicomnet rules add [--from-ae AE] [--modality MOD] --to PEER | rules list [--json] |
// rules remove ID`: what arrives is forwarded by itself (network/forwarder.h).
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/rules.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace dicomnet::cli {

int runRules(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("from-ae"), QObject::tr("the sender's AE title"), QStringLiteral("AE")});
    parser.addOption(
        {QStringLiteral("modality"), QObject::tr("a modality, e.g. CR"), QStringLiteral("MOD")});
    parser.addOption({QStringLiteral("to"), QObject::tr("the peer or portal to forward to"),
                      QStringLiteral("PEER")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("rules")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const QString usage = QObject::tr(
        "rules add [--from-ae AE] [--modality MOD] --to PEER | rules list [--json] | "
        "rules remove ID");
    if (args.value(0) == QLatin1String("add") && args.size() == 1) {
        if (!parser.isSet(QStringLiteral("to"))) return usageError(usage);
        const QString to = parser.value(QStringLiteral("to"));
        auto id = workflow::addForwardRule(options.dataDir,
                                           {0, parser.value(QStringLiteral("from-ae")),
                                            parser.value(QStringLiteral("modality")), to});
        if (!id) return failure(id.error());
        out() << QObject::tr("rule %1: what arrives from %2 (%3) goes to %4")
                     .arg(id.value())
                     .arg(parser.value(QStringLiteral("from-ae")).isEmpty()
                              ? QObject::tr("anyone")
                              : parser.value(QStringLiteral("from-ae")),
                          parser.value(QStringLiteral("modality")).isEmpty()
                              ? QObject::tr("any modality")
                              : parser.value(QStringLiteral("modality")),
                          to)
              << "\n";
        return kExitOk;
    }
    if (args.value(0) == QLatin1String("remove") && args.size() == 2) {
        bool ok = false;
        const qint64 id = args[1].toLongLong(&ok);
        if (!ok) return usageError(usage);
        if (Status s = workflow::removeForwardRule(options.dataDir, id); !s)
            return failure(s.error());
        return kExitOk;
    }
    if (args.value(0) == QLatin1String("list") && args.size() == 1) {
        auto list = workflow::listForwardRules(options.dataDir);
        if (!list) return failure(list.error());
        QJsonArray json;
        std::vector<QStringList> table;
        for (const workflow::ForwardRule& r : list.value()) {
            json.append(QJsonObject{{"id", double(r.id)},
                                    {"from_ae", r.fromAe},
                                    {"modality", r.modality},
                                    {"to", r.destination}});
            table.push_back(
                {QString::number(r.id), r.fromAe.isEmpty() ? QStringLiteral("*") : r.fromAe,
                 r.modality.isEmpty() ? QStringLiteral("*") : r.modality, r.destination});
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(json);
        else
            printTable({QObject::tr("RULE"), QObject::tr("FROM AE"), QObject::tr("MODALITY"),
                        QObject::tr("TO")},
                       table);
        return kExitOk;
    }
    return usageError(usage);
}

}  // namespace dicomnet::cli
