#include "workflow/triage.h"

#include "consult/consultation_catalog.h"
#include "consult/consultation_state.h"
#include "workflow/consult_actions.h"
#include "workflow/similar_cases.h"
#include "workflow/studies.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <map>

namespace dicomnet::workflow {

namespace {

QDateTime documentTime(const QString& date, const QString& time) {
    // Content Date and Time are the writer's local time.
    return QDateTime::fromString(date + time.left(6).leftJustified(6, QLatin1Char('0')),
                                 QStringLiteral("yyyyMMddHHmmss"));
}

// The suggested severity as a share of its scale, and its text.
void severityOf(const StudySuggestions& s, TriageInput& in, QString& text) {
    for (const learning::ScoreSuggestion& sc : s.suggestions.scores) {
        const double scale = sc.code == QLatin1String("BRX-T")    ? 18
                             : sc.code == QLatin1String("CTSS-T") ? 25
                                                                  : 0;
        if (scale == 0) continue;
        in.severity = sc.value / scale;
        in.severityConfidence = sc.confidence;
        text = QObject::tr("%1 %2 (%3 % sure, %n signed case(s))", "", sc.basedOn)
                   .arg(sc.code)
                   .arg(sc.value)
                   .arg(qRound(sc.confidence * 100));
    }
}

}  // namespace

Result<TriageRules> parseTriageRules(const QByteArray& json, const QString& source) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error{QObject::tr("%1: not a JSON object (%2)").arg(source, error.errorString())};
    const QJsonObject o = doc.object();
    TriageRules r;
    r.source = source;
    const QJsonObject urgency = o["urgency"].toObject(), severity = o["severity"].toObject();
    const QJsonObject novelty = o["novelty"].toObject(), waiting = o["waiting"].toObject();
    struct Field {
        const QJsonObject& in;
        const char* name;
        double& out;
    };
    const Field fields[] = {{urgency, "emergency", r.emergency},
                            {urgency, "urgent", r.urgent},
                            {urgency, "routine", r.routine},
                            {severity, "points", r.severityPoints},
                            {severity, "min_confidence", r.minConfidence},
                            {novelty, "points", r.noveltyPoints},
                            {waiting, "points_per_hour", r.pointsPerHour},
                            {waiting, "max_points", r.maxWaitingPoints}};
    for (const Field& f : fields) {
        const QJsonValue v = f.in.value(QLatin1String(f.name));
        if (v.isUndefined()) continue;  // the built-in value
        if (!v.isDouble())
            return Error{QObject::tr("%1: \"%2\" must be a number").arg(source, f.name)};
        f.out = v.toDouble();
    }
    return r;
}

Result<TriageRules> triageRules(const QString& dataDir) {
    QFile site(dataDir + QStringLiteral("/triage.json"));
    if (site.exists()) {
        if (!site.open(QIODevice::ReadOnly))
            return Error{QObject::tr("%1 cannot be read").arg(site.fileName())};
        return parseTriageRules(site.readAll(), site.fileName());
    }
    QFile builtIn(QStringLiteral(":/triage/triage.json"));
    if (!builtIn.open(QIODevice::ReadOnly))
        return Error{QObject::tr("the built-in triage rules are missing from the program")};
    return parseTriageRules(builtIn.readAll(), QObject::tr("built-in rules"));
}

TriageScore triageScore(const TriageRules& rules, const TriageInput& in) {
    TriageScore s;
    auto add = [&](double points, const QString& why) {
        if (points == 0) return;
        s.score += points;
        s.because
            << QStringLiteral("%1 %2%3").arg(why, points > 0 ? "+" : "").arg(points, 0, 'f', 1);
    };
    const QString u = in.urgency.isEmpty() ? QStringLiteral("routine") : in.urgency;
    const bool emergency = u == QLatin1String("emergency"), urgent = u == QLatin1String("urgent");
    add(emergency ? rules.emergency
        : urgent  ? rules.urgent
                  : rules.routine,
        emergency ? QObject::tr("emergency")
        : urgent  ? QObject::tr("urgent")
                  : QObject::tr("routine"));
    if (in.severity && in.severityConfidence >= rules.minConfidence)
        add(rules.severityPoints * std::clamp(*in.severity, 0.0, 1.0),
            QObject::tr("suggested severity %1 %").arg(qRound(*in.severity * 100)));
    if (in.novel) add(rules.noveltyPoints, QObject::tr("novel"));
    add(std::min(rules.maxWaitingPoints, rules.pointsPerHour * std::max(0.0, in.waitingHours)),
        QObject::tr("waiting %1 h").arg(in.waitingHours, 0, 'f', 1));
    return s;
}

Result<std::vector<WorklistEntry>> worklist(const QString& dataDir, const QString& me,
                                            const QDateTime& now) {
    auto rules = triageRules(dataDir);
    if (!rules) return Error{rules.error()};
    auto catalog = consultationCatalog(dataDir);
    if (!catalog) return Error{catalog.error()};
    std::vector<WorklistEntry> out;
    for (const auto& [studyUid, study] : catalog->studies) {
        const auto waiting = consult::waitingFor(study, me);
        if (waiting.empty()) continue;
        // The most pressing document of the study: a request before a draft, the oldest.
        const consult::ConsultationSummary* first = &waiting.front();
        for (const auto& w : waiting)
            if ((w.kind == QLatin1String("request")) > (first->kind == QLatin1String("request")))
                first = &w;
        WorklistEntry e;
        e.studyUid = studyUid;
        e.what =
            first->kind == QLatin1String("request") ? QStringLiteral("requested") : first->state;
        e.question = first->kind == QLatin1String("request") ? first->question : first->title;
        e.urgency = first->urgency, e.requester = first->author;
        e.since = documentTime(first->date, first->time);
        e.input.urgency = first->urgency;
        if (e.since.isValid()) e.input.waitingHours = double(e.since.secsTo(now)) / 3600.0;
        out.push_back(e);
    }
    if (out.empty()) return out;
    // The studies' rows, and what the signed cases suggest for each.
    StudyFilter filter;
    for (const WorklistEntry& e : out) filter.studyUids << e.studyUid;
    auto rows = listStudies(dataDir, filter);
    if (!rows) return Error{rows.error()};
    std::map<QString, const StudyRow*> byUid;
    for (const StudyRow& r : rows.value()) byUid[r.studyUid] = &r;
    StudyLearner learner(dataDir);
    for (WorklistEntry& e : out) {
        if (auto r = byUid.find(e.studyUid); r != byUid.end()) {
            e.studyDate = r->second->date, e.patientName = r->second->patientName;
            e.patientId = r->second->patientId, e.modalities = r->second->modalities;
        }
        auto s = learner.suggestionsFor(e.studyUid);
        if (!s) {
            e.suggestion = s.error();
        } else {
            if (s->suggestions.available)
                severityOf(s.value(), e.input, e.suggestion);
            else
                e.suggestion = s->suggestions.why;
            e.input.novel = s->novelty.known && s->novelty.novel;
        }
        e.score = triageScore(rules.value(), e.input);
    }
    std::stable_sort(out.begin(), out.end(), [](const WorklistEntry& a, const WorklistEntry& b) {
        if (a.score.score != b.score.score) return a.score.score > b.score.score;
        return a.since < b.since;
    });
    return out;
}

}  // namespace dicomnet::workflow
