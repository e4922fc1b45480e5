#include "workflow/background_eviction.h"

#include <QLocale>
#include <QObject>
#include <QSet>

#include <chrono>

namespace dicomnet::workflow {

BackgroundEviction::BackgroundEviction(QString dataDir, Told told, int minimumGapSeconds)
    : dataDir_(std::move(dataDir)), told_(std::move(told)), gapSeconds_(minimumGapSeconds) {
    thread_ = std::thread([this] { run(); });
}

BackgroundEviction::~BackgroundEviction() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void BackgroundEviction::poke() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        poked_ = true;
    }
    wake_.notify_all();
}

void BackgroundEviction::run() {
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [this] { return poked_ || stop_; });
            if (stop_) return;
            poked_ = false;
        }
        auto outcome = evictOverQuota(dataDir_);
        ++passes_;
        if (!outcome) {
            EvictionOutcome failed;
            failed.error = outcome.error();
            if (told_) told_(failed);
        } else if ((outcome->wanted > 0 || !outcome->evicted.empty()) && told_) {
            told_(outcome.value());
        }
        // At most one pass every few seconds, however often objects arrive.
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait_for(lock, std::chrono::seconds(gapSeconds_), [this] { return bool(stop_); });
        if (stop_) return;
    }
}

QString describeEviction(const EvictionOutcome& o) {
    if (!o.error.isEmpty()) return QObject::tr("eviction failed: %1").arg(o.error);
    if (o.busy || (o.wanted <= 0 && o.evicted.empty())) return {};
    const QLocale locale = QLocale::system();
    QStringList where;
    for (const StudyVerdict& v : o.evicted)
        if (!where.contains(v.location)) where << v.location;
    QString text = QObject::tr("evicted %n stud(ies) (%1) to stay under the quota", nullptr,
                               int(o.evicted.size()))
                       .arg(locale.formattedDataSize(o.freed()));
    if (!where.isEmpty()) text += QObject::tr(", held by %1").arg(where.join(QStringLiteral(", ")));
    if (o.freed() < o.wanted)
        text += QObject::tr("; %1 more could not go (%n stud(ies) kept by the rules)", nullptr,
                            int(o.kept.size()))
                    .arg(locale.formattedDataSize(o.wanted - o.freed()));
    return text;
}

}  // namespace dicomnet::workflow
