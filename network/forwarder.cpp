#include "forwarder.h"

#include "db/cache.h"
#include "db/forward_rules.h"
#include "db/job_store.h"

#include <QDateTime>
#include <QTimer>

namespace dicomnet::network {

Forwarder::Forwarder(QString dataDir, int quietMs, QObject* parent)
    : QObject(parent), dataDir_(std::move(dataDir)) {
    quiet_ = new QTimer(this);
    quiet_->setSingleShot(true);
    quiet_->setInterval(quietMs);
    connect(quiet_, &QTimer::timeout, this, &Forwarder::flush);
    arrivalsDue_ = new QTimer(this);
    arrivalsDue_->setSingleShot(true);
    arrivalsDue_->setInterval(kArrivalsEveryMs);
    connect(arrivalsDue_, &QTimer::timeout, this, &Forwarder::writeArrivals);
}

Forwarder::~Forwarder() { writeArrivals(); }

db::Cache* Forwarder::cache() {
    if (!cache_) {
        auto opened = db::Cache::open(dataDir_);
        if (!opened) {
            emit problem(opened.error());
            return nullptr;
        }
        cache_ = std::move(opened.value());
    }
    return cache_.get();
}

void Forwarder::onReceived(const ReceivedObject& object) {
    // The index keeps who sent each object; noted a batch at a time (an index commit each
    // quarter second, not one per object while a series streams in).
    arrivals_.push_back(
        {object.sopInstanceUid, object.callingAeTitle, QDateTime::currentMSecsSinceEpoch()});
    if (int(arrivals_.size()) >= kArrivalsBatch)
        writeArrivals();
    else if (!arrivalsDue_->isActive())
        arrivalsDue_->start();
    db::Cache* c = cache();
    if (!c) return;
    auto destinations =
        db::ForwardRules(*c).destinationsFor(object.callingAeTitle, object.modality);
    if (!destinations) {
        emit problem(destinations.error());
        return;
    }
    for (const QString& d : destinations.value())
        gathered_[{d, object.studyUid}] << object.sopInstanceUid;
    if (!destinations->isEmpty()) quiet_->start();
}

void Forwarder::writeArrivals() {
    arrivalsDue_->stop();
    if (arrivals_.empty()) return;
    db::Cache* c = cache();
    if (!c) return;  // kept for the next try
    if (Status s = db::ForwardRules(*c).recordArrivals(arrivals_); !s) {
        emit problem(s.error());
        return;
    }
    arrivals_.clear();
}

void Forwarder::flush() {
    writeArrivals();
    if (gathered_.isEmpty()) return;
    db::Cache* c = cache();
    if (!c) return;
    db::JobStore store(*c);
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
