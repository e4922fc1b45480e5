// `dicomnet similar UID [--k N] [--same-patient] [--json]`: the studies of other patients whose
// films or CT look most like this one, with their signed scores (precedents).
// `dicomnet suggest STUDY_UID [--json]`: the scores the signed cases suggest for a study, with
// their confidence, how many signed cases they rest on and the cases used; and whether the
// study is unlike anything stored (novel). Suggestions are never signed by themselves.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "core/person_name.h"
#include "workflow/similar_cases.h"

#include <QCommandLineParser>

namespace dicomnet::cli {

namespace {

QString isoDay(const QString& da) {
    return da.size() == 8 ? da.left(4) + '-' + da.mid(4, 2) + '-' + da.mid(6, 2) : da;
}

QString scoresText(const std::map<QString, int>& scores) {
    QStringList parts;
    for (const auto& [code, value] : scores) parts << QStringLiteral("%1=%2").arg(code).arg(value);
    return parts.join(' ');
}

QJsonObject scoresJson(const std::map<QString, int>& scores) {
    QJsonObject o;
    for (const auto& [code, value] : scores) o[code] = value;
    return o;
}

QJsonObject caseJson(const workflow::SimilarCase& c) {
    return {{"study_uid", c.studyUid},
            {"series_uid", c.seriesUid},
            {"study_date", isoDay(c.studyDate)},
            {"patient_id", c.patientId},
            {"patient_name", c.patientName},
            {"modality", c.modality},
            {"distance", qRound(c.distance * 1000) / 1000.0},
            {"same_patient", c.samePatient},
            {"signed_scores", scoresJson(c.signedScores)}};
}

void printCases(const std::vector<workflow::SimilarCase>& cases) {
    std::vector<QStringList> table;
    for (const auto& c : cases)
        table.push_back({QString::number(c.distance, 'f', 2), isoDay(c.studyDate), c.patientId,
                         displayPersonName(c.patientName), scoresText(c.signedScores), c.studyUid});
    printTable({QObject::tr("DISTANCE"), QObject::tr("DATE"), QObject::tr("PATIENT ID"),
                QObject::tr("NAME"), QObject::tr("SIGNED SCORES"), QObject::tr("STUDY UID")},
               table);
}

}  // namespace

int runSimilar(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("k"), QObject::tr("how many"), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("same-patient"), QObject::tr("include the patient's own other studies")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    const QString usage = QObject::tr("similar UID [--k N] [--same-patient] [--json]");
    if (!parser.parse(QStringList{QStringLiteral("similar")} + options.arguments) ||
        parser.positionalArguments().size() != 1)
        return usageError(usage);
    bool ok = false;
    const int k = parser.value(QStringLiteral("k")).toInt(&ok);
    if (!ok || k < 1 || k > 100) return usageError(QObject::tr("--k takes 1 to 100"));
    auto similar = workflow::similarCases(options.dataDir, parser.positionalArguments()[0], k,
                                          parser.isSet(QStringLiteral("same-patient")));
    if (!similar) return failure(similar.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray cases;
        for (const auto& c : similar->cases) cases.append(caseJson(c));
        printJson(QJsonObject{{"kind", similar->kind},
                              {"series_uid", similar->seriesUid},
                              {"searched", similar->searched},
                              {"cases", cases}});
        return kExitOk;
    }
    out() << QObject::tr("%1 stored descriptors (%2) searched; the nearest:")
                 .arg(similar->searched)
                 .arg(similar->kind)
          << "\n";
    printCases(similar->cases);
    return kExitOk;
}

int runSuggest(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("suggest")} + options.arguments) ||
        parser.positionalArguments().size() != 1)
        return usageError(QObject::tr("suggest STUDY_UID [--json]"));
    auto result = workflow::suggestionsFor(options.dataDir, parser.positionalArguments()[0]);
    if (!result) return failure(result.error());
    const learning::Suggestions& s = result->suggestions;
    const learning::Novelty& n = result->novelty;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray scores, neighbours;
        for (const auto& sc : s.scores)
            scores.append(QJsonObject{{"code", sc.code},
                                      {"value", sc.value},
                                      {"confidence", qRound(sc.confidence * 100) / 100.0},
                                      {"signed_cases", sc.basedOn}});
        for (const auto& c : result->neighbours) neighbours.append(caseJson(c));
        QJsonObject o{{"kind", result->kind},     {"series_uid", result->seriesUid},
                      {"available", s.available}, {"signed_cases", s.labelledCases},
                      {"scores", scores},         {"neighbours", neighbours}};
        if (!s.available) o["why"] = s.why;
        if (n.known)
            o["novelty"] = QJsonObject{{"distance", qRound(n.distance * 1000) / 1000.0},
                                       {"typical", qRound(n.typical * 1000) / 1000.0},
                                       {"percentile", qRound(n.percentile * 1000) / 1000.0},
                                       {"novel", n.novel}};
        printJson(o);
        return kExitOk;
    }
    if (!s.available) {
        out() << QObject::tr("no suggestion: %1").arg(s.why) << "\n";
    } else {
        out() << QObject::tr("suggested from %n signed case(s) — a suggestion, not a reading:", "",
                             s.labelledCases)
              << "\n";
        std::vector<QStringList> table;
        for (const auto& sc : s.scores)
            table.push_back({sc.code, QString::number(sc.value),
                             QString::number(qRound(sc.confidence * 100)) + " %"});
        printTable({QObject::tr("SCORE"), QObject::tr("SUGGESTED"), QObject::tr("CONFIDENCE")},
                   table);
        out() << QObject::tr("the signed cases nearest to it:") << "\n";
        printCases(result->neighbours);
    }
    if (n.known)
        out() << (n.novel ? QObject::tr("NOVEL: unlike the stored cases (%1× the usual distance "
                                        "to its nearest; farther than %2 % of them)")
                          : QObject::tr("like the stored cases (%1× the usual distance to its "
                                        "nearest; farther than %2 % of them)"))
                     .arg(n.typical > 0 ? n.distance / n.typical : 0, 0, 'f', 1)
                     .arg(qRound(n.percentile * 100))
              << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
