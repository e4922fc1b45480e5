// The sync engine inside the workstation window: a worker thread that runs the queued jobs,
// wakes when one is added and when a retry is due, and reports the jobs as they stand. When
// another dicomnet (a `dicomnet sync`) holds the jobs, it says so and leaves them to it.
#pragma once

#include "workflow/jobs.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QTimer;

namespace dicomnet::gui {

class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(QString dataDir, workflow::SyncOptions options);
    ~SyncWorker() override;
    static void registerTypes();
    // From any thread: stop at the next object (the job stays queued).
    void requestStop() { stop_ = true; }

public slots:
    void start();  // in the worker thread
    void wake();   // run what may run now
    void refresh();

signals:
    void jobsChanged(const std::vector<dicomnet::workflow::Job>& jobs);
    void message(const QString& text);
    void fetchedFromPortals(int objects);  // the cache has new objects

private:
    void runOnce();
    void publish();
    QString dataDir_;
    workflow::SyncOptions options_;
    std::unique_ptr<workflow::JobRunner> runner_;
    QTimer* timer_ = nullptr;
    std::atomic_bool stop_{false};
    bool running_ = false;
    qint64 lastPublishMs_ = 0;
};

}  // namespace dicomnet::gui
