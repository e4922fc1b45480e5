#include "forwarder.h"

#include "db/cache.h"
#include "db/forward_rules.h"
#include "db/job_store.h"

#include <QTimer>

namespace dicomnet::network {

Forwarder::Forwarder(QString dataDir, int quietMs, QObject* parent)
    : QObject(parent), dataDir_(std::move(dataDir)) {
    quiet_ = new QTimer(this);
    quiet_->setSingleShot(true);
    quiet_->setInterval(quietMs);
    connect(quiet_, &QTimer::timeout, this, &Forwarder::flush);
}

void Forwarder::onReceived(const ReceivedObject& object) {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) {
        emit problem(cache.error());
        return;
    }
    db::ForwardRules rules(*cache.value());
    if (Status s = rules.recordArrival(object.sopInstanceUid, object.callingAeTitle); !s)
        emit problem(s.error());
    auto destinations = rules.destinationsFor(object.callingAeTitle, object.modality);
    if (!destinations) {
        emit problem(destinations.error());
        return;
    }
    for (const QString& d : destinations.value())
        gathered_[{d, object.studyUid}] << object.sopInstanceUid;
    if (!destinations->isEmpty()) quiet_->start();
}

void Forwarder::flush() {
    if (gathered_.isEmpty()) return;
    auto cache = db::Cache::open(dataDir_);
    if (!cache) {
        emit problem(cache.error());
        return;
    }
    db::JobStore store(*cache.value());
    int jobs = 0;
    for (auto it = gathered_.cbegin(); it != gathered_.cend(); ++it) {
        std::vector<std::pair<QString, QString>> objects;
        for (const QString& sop : it.value()) objects.emplace_back(sop, it.key().second);
        auto id = store.createSend(it.key().first, {it.key().second}, objects);
        if (!id) {
            emit problem(id.error());
            continue;
        }
        ++jobs;
    }
    gathered_.clear();
    emit queued(jobs);
}

}  // namespace dicomnet::network
