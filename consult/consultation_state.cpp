#include "consultation_state.h"

#include <QSet>

#include <algorithm>

namespace dicomnet::consult {

namespace {

QString when(const ConsultationSummary& s) { return s.date + s.time; }

bool isConsultation(const ConsultationSummary& s) { return s.kind != QLatin1String("request"); }

// "Popescu^Ion" and "Ion Popescu" alike: the name's words, lower case, sorted.
QStringList words(const QString& name) {
    QString n = name.toLower();
    n.replace(QLatin1Char('^'), QLatin1Char(' '));
    QStringList w = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    w.sort();
    return w;
}

}  // namespace

bool samePerson(const QString& person, const QString& named) {
    const QStringList a = words(person), b = words(named);
    return !a.isEmpty() && a == b;
}

StudyConsultation consultationOf(std::vector<ConsultationSummary> docs) {
    std::stable_sort(docs.begin(), docs.end(),
                     [](const auto& a, const auto& b) { return when(a) < when(b); });
    StudyConsultation study;
    QHash<QString, const ConsultationSummary*> byUid;
    for (const ConsultationSummary& d : docs) byUid.insert(d.sopInstanceUid, &d);
    // A version is replaced by a later one that names it: a final only by a final (an
    // amendment still in draft leaves the signed version standing), a draft by anything.
    QHash<QString, QString> replacedBy;
    for (const ConsultationSummary& d : docs)
        for (const QString& p : d.predecessors) {
            const ConsultationSummary* earlier = byUid.value(p);
            const bool earlierFinal = earlier && earlier->state == QLatin1String("final");
            if (!earlierFinal || d.state == QLatin1String("final"))
                replacedBy.insert(p, d.sopInstanceUid);
        }

    for (const ConsultationSummary& d : docs) {
        DocumentState s{d, d.state, replacedBy.value(d.sopInstanceUid)};
        if (!isConsultation(d)) {
            // Answered: a consultation names it, or one was written after it.
            const bool answered = std::any_of(docs.begin(), docs.end(), [&](const auto& c) {
                return isConsultation(c) && (c.answers == d.sopInstanceUid ||
                                             (c.answers.isEmpty() && when(c) >= when(d)));
            });
            s.state = answered ? QStringLiteral("answered") : QStringLiteral("requested");
            if (!answered) study.requests.push_back(d);
        } else if (!s.replacedBy.isEmpty()) {
            s.state = QStringLiteral("replaced");
        } else {
            study.current.push_back(d);
        }
        study.documents.push_back(s);
    }

    // The study's state: its most advanced current consultation.
    auto amends = [&](const ConsultationSummary& c) {
        return std::any_of(c.predecessors.begin(), c.predecessors.end(), [&](const QString& p) {
            const ConsultationSummary* earlier = byUid.value(p);
            return earlier && earlier->state == QLatin1String("final");
        });
    };
    for (const ConsultationSummary& c : study.current)
        if (c.state == QLatin1String("final"))
            study.state = amends(c) ? QStringLiteral("amended") : QStringLiteral("signed");
    if (study.state.isEmpty())
        for (const ConsultationSummary& c : study.current)
            if (c.state == QLatin1String("draft")) study.state = QStringLiteral("draft");
    if (study.state.isEmpty() && !study.requests.empty()) study.state = QStringLiteral("requested");
    if (study.state.isEmpty() && !study.current.empty()) study.state = QStringLiteral("reported");
    return study;
}

std::vector<ConsultationSummary> waitingFor(const StudyConsultation& study, const QString& me) {
    std::vector<ConsultationSummary> waiting;
    for (const ConsultationSummary& r : study.requests)
        if (r.requestedFrom.trimmed().isEmpty() || samePerson(r.requestedFrom, me))
            waiting.push_back(r);
    for (const ConsultationSummary& c : study.current)
        if (c.state == QLatin1String("draft") && samePerson(c.author, me)) waiting.push_back(c);
    return waiting;
}

}  // namespace dicomnet::consult
