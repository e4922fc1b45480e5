#include "forward_rules.h"

#include "cache.h"
#include "sqlite.h"

#include <QDateTime>
#include <QObject>

namespace dicomnet::db {

Result<qint64> ForwardRules::add(const ForwardRule& rule) {
    if (rule.destination.trimmed().isEmpty())
        return Error{QObject::tr("a rule needs a destination")};
    try {
        Statement q(cache_.connection(),
                    "INSERT INTO forward_rules(from_ae, modality, destination, created_ms) "
                    "VALUES (?1, ?2, ?3, ?4)");
        q.bind(1, rule.fromAe.trimmed()).bind(2, rule.modality.trimmed().toUpper());
        q.bind(3, rule.destination.trimmed()).bind(4, QDateTime::currentMSecsSinceEpoch());
        q.run();
        return qint64(cache_.connection().lastInsertId());
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status ForwardRules::remove(qint64 id) {
    try {
        Statement q(cache_.connection(), "DELETE FROM forward_rules WHERE id = ?1");
        q.bind(1, id);
        q.run();
        if (cache_.connection().changes() == 0) return Error{QObject::tr("no rule %1").arg(id)};
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<ForwardRule>> ForwardRules::list() {
    try {
        Statement q(cache_.connection(),
                    "SELECT id, from_ae, modality, destination FROM forward_rules ORDER BY id");
        std::vector<ForwardRule> rules;
        while (q.step()) rules.push_back({q.integer(0), q.text(1), q.text(2), q.text(3)});
        return rules;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<QStringList> ForwardRules::destinationsFor(const QString& callingAe,
                                                  const QString& modality) {
    try {
        Statement q(cache_.connection(),
                    "SELECT DISTINCT destination FROM forward_rules WHERE (from_ae = '' OR "
                    "from_ae = ?1) AND (modality = '' OR modality = ?2)");
        q.bind(1, callingAe.trimmed()).bind(2, modality.trimmed().toUpper());
        QStringList out;
        while (q.step()) out << q.text(0);
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status ForwardRules::recordArrivals(const std::vector<Arrival>& arrivals) {
    try {
        Connection& db = cache_.connection();
        Transaction tx(db);
        Statement q(db,
                    "INSERT OR REPLACE INTO arrivals(sop_uid, calling_ae, at_ms) VALUES (?1, ?2, "
                    "?3)");
        for (const Arrival& a : arrivals) {
            q.bind(1, a.sopUid).bind(2, a.callingAe).bind(3, a.atMs);
            q.run();
        }
        tx.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<QString>> ForwardRules::arrivedFrom(const QString& sopUid) {
    try {
        Statement q(cache_.connection(), "SELECT calling_ae FROM arrivals WHERE sop_uid = ?1");
        q.bind(1, sopUid);
        if (!q.step()) return std::optional<QString>{};
        return std::optional<QString>{q.text(0)};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
