// Runs an import in a worker thread and reports progress and the summary by signals.
#pragma once

#include "workflow/import.h"

#include <QObject>
#include <QStringList>

#include <atomic>

Q_DECLARE_METATYPE(dicomnet::workflow::ImportProgress)
Q_DECLARE_METATYPE(dicomnet::workflow::ImportSummary)

namespace dicomnet::gui {

class ImportWorker : public QObject {
    Q_OBJECT
public:
    explicit ImportWorker(QString dataDir) : dataDir_(std::move(dataDir)) {}
    static void registerTypes();
    // Thread-safe: asks the running import to stop after the batch in hand.
    void cancel() { cancel_ = true; }

public slots:
    void importPaths(const QStringList& paths);

signals:
    void progressed(const dicomnet::workflow::ImportProgress& progress);
    void finished(const dicomnet::workflow::ImportSummary& summary);

private:
    QString dataDir_;
    std::atomic_bool cancel_{false};
};

}  // namespace dicomnet::gui
