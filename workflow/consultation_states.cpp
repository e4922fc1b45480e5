#include "workflow/consultation_states.h"

#include "consult/consultation_catalog.h"
#include "db/job_store.h"

#include <QObject>

#include <tuple>

namespace dicomnet::workflow {

QSet<QString> annotateConsultations(db::Cache& cache, std::vector<db::StudyRow>& rows,
                                    const QString& me, consult::SummaryMemo* memo) {
    QSet<QString> waiting;
    db::JobStore jobs(cache);
    for (db::StudyRow& row : rows) {
        auto sent = jobs.latestSendOf(row.studyUid);
        if (sent && sent.value()) std::tie(row.sentTo, row.sendState) = *sent.value();
    }
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

QString studyStateText(const db::StudyRow& row) {
    const QString state = consultationStateText(row.consultation);
    const bool awaited =
        row.consultation.isEmpty() || row.consultation == QLatin1String("requested");
    if (row.sentTo.isEmpty() || !awaited || row.sendState == QLatin1String("cancelled"))
        return state;
    QString where;
    if (row.sendState == QLatin1String("done"))
        where = row.consultation.isEmpty()
                    ? QObject::tr("sent to %1").arg(row.sentTo)
                    : QObject::tr("sent to %1, waiting for the answer").arg(row.sentTo);
    else if (row.sendState == QLatin1String("failed"))
        where = QObject::tr("sending to %1 failed").arg(row.sentTo);
    else if (row.sendState == QLatin1String("retrying"))
        where = QObject::tr("sending to %1 (retrying)").arg(row.sentTo);
    else
        where = QObject::tr("sending to %1").arg(row.sentTo);
    return state.isEmpty() ? where : state + QStringLiteral(" · ") + where;
}

}  // namespace dicomnet::workflow
