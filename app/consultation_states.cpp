#include "consultation_states.h"

#include "consult/consultation_catalog.h"

#include <QObject>

namespace dicomnet::app {

QSet<QString> annotateConsultations(db::Cache& cache, std::vector<db::StudyRow>& rows,
                                    const QString& me, consult::SummaryMemo* memo) {
    QSet<QString> waiting;
    auto catalog = consult::consultationsInCache(cache, {}, memo);
    if (!catalog) return waiting;
    for (db::StudyRow& row : rows) {
        auto it = catalog->studies.find(row.studyUid);
        if (it == catalog->studies.end()) continue;
        row.consultation = it->second.state;
        if (!me.trimmed().isEmpty() && !consult::waitingFor(it->second, me).empty())
            waiting.insert(row.studyUid);
    }
    return waiting;
}

QString consultationStateText(const QString& state) {
    if (state == QLatin1String("requested")) return QObject::tr("requested");
    if (state == QLatin1String("answered")) return QObject::tr("answered");
    if (state == QLatin1String("draft")) return QObject::tr("draft");
    if (state == QLatin1String("signed")) return QObject::tr("signed");
    if (state == QLatin1String("amended")) return QObject::tr("amended");
    if (state == QLatin1String("final")) return QObject::tr("final");
    if (state == QLatin1String("replaced")) return QObject::tr("replaced");
    if (state == QLatin1String("reported")) return QObject::tr("report from elsewhere");
    return state;
}

}  // namespace dicomnet::app
