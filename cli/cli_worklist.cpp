// `dicomnet worklist [--me NAME] [--json]`: what waits for reading, most pressing first, by the
// triage score (workflow/triage.h) with how each score is made. `dicomnet worklist rules`
// shows the rules and weights in effect and where they come from.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "core/person_name.h"
#include "workflow/triage.h"

#include <QCommandLineParser>
#include <QFile>

namespace dicomnet::cli {

Result<QString> personNamed(const QCommandLineParser& parser, const QString& option);

namespace {

int showRules(const GlobalOptions& options) {
    auto rules = workflow::triageRules(options.dataDir);
    if (!rules) return failure(rules.error());
    const workflow::TriageRules& r = rules.value();
    out() << QObject::tr("triage rules from %1:").arg(r.source) << "\n"
          << QObject::tr("  urgency: emergency %1, urgent %2, routine %3")
                 .arg(r.emergency)
                 .arg(r.urgent)
                 .arg(r.routine)
          << "\n"
          << QObject::tr(
                 "  suggested severity: up to %1 (its share of the scale), when at least "
                 "%2 % sure")
                 .arg(r.severityPoints)
                 .arg(qRound(r.minConfidence * 100))
          << "\n"
          << QObject::tr("  novel: %1").arg(r.noveltyPoints) << "\n"
          << QObject::tr("  waiting: %1 an hour, at most %2")
                 .arg(r.pointsPerHour)
                 .arg(r.maxWaitingPoints)
          << "\n"
          << QObject::tr("A site edits a copy: %1/triage.json").arg(options.dataDir) << "\n";
    return kExitOk;
}

}  // namespace

int runWorklist(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("me"), QObject::tr("your name, or this node's AE title"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("worklist")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args == QStringList{QStringLiteral("rules")}) return showRules(options);
    if (!args.isEmpty())
        return usageError(QObject::tr("worklist [--me NAME] [--json] | worklist rules"));
    auto me = personNamed(parser, QStringLiteral("me"));
    if (!me) return usageError(me.error());
    auto list = workflow::worklist(options.dataDir, me.value());
    if (!list) return failure(list.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const workflow::WorklistEntry& e : list.value()) {
            QJsonObject o{{"study_uid", e.studyUid},
                          {"study_date", e.studyDate},
                          {"patient_id", e.patientId},
                          {"patient_name", e.patientName},
                          {"modalities", e.modalities},
                          {"what", e.what},
                          {"question", e.question},
                          {"urgency", e.urgency},
                          {"requester", e.requester},
                          {"waiting_hours", qRound(e.input.waitingHours * 10) / 10.0},
                          {"novel", e.input.novel},
                          {"suggestion", e.suggestion},
                          {"score", qRound(e.score.score * 10) / 10.0},
                          {"because", QJsonArray::fromStringList(e.score.because)}};
            if (e.input.severity) o["suggested_severity"] = *e.input.severity;
            a.append(o);
        }
        printJson(a);
        return kExitOk;
    }
    std::vector<QStringList> table;
    for (const workflow::WorklistEntry& e : list.value())
        table.push_back({QString::number(e.score.score, 'f', 1), e.urgency,
                         displayPersonName(e.patientName), e.patientId,
                         QString(e.modalities).replace('\\', ','), e.suggestion,
                         e.input.novel ? QObject::tr("novel") : QString(),
                         e.score.because.join(QStringLiteral(", ")), e.studyUid});
    printTable({QObject::tr("SCORE"), QObject::tr("URGENCY"), QObject::tr("NAME"),
                QObject::tr("PATIENT ID"), QObject::tr("MOD"), QObject::tr("SUGGESTED"),
                QObject::tr("NOVEL"), QObject::tr("BECAUSE"), QObject::tr("STUDY UID")},
               table);
    return kExitOk;
}

}  // namespace dicomnet::cli
