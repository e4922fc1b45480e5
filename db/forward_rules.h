// Forwarding rules and arrivals (see migrations/009_forwarding.sql): what arrives from a given
// AE title or of a given modality is queued to a destination by itself (the red zone's X-ray
// unit → the consultants' portal), and where each object came from is remembered, so that a
// consultation signed here can go back to whoever sent its request.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dicomnet::db {

class Cache;

struct ForwardRule {
    qint64 id = 0;
    QString fromAe, modality;  // empty: any
    QString destination;
};

class ForwardRules {
public:
    explicit ForwardRules(Cache& cache) : cache_(cache) {}
    Result<qint64> add(const ForwardRule& rule);
    Status remove(qint64 id);
    Result<std::vector<ForwardRule>> list();
    // The destinations for an object from `callingAe` of `modality`.
    Result<QStringList> destinationsFor(const QString& callingAe, const QString& modality);

    struct Arrival {
        QString sopUid, callingAe;
        qint64 atMs = 0;
    };
    // In one transaction (the listener notes its arrivals a batch at a time).
    Status recordArrivals(const std::vector<Arrival>& arrivals);
    Result<std::optional<QString>> arrivedFrom(const QString& sopUid);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
