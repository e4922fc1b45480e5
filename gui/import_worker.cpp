#include "gui/import_worker.h"

namespace dicomnet::gui {

void ImportWorker::registerTypes() {
    qRegisterMetaType<workflow::ImportProgress>();
    qRegisterMetaType<workflow::ImportSummary>();
}

void ImportWorker::importPaths(const QStringList& paths) {
    cancel_ = false;
    auto summary = workflow::importInto(
        dataDir_, paths,
        workflow::Progress<workflow::ImportProgress>(
            [this](const workflow::ImportProgress& p) { emit progressed(p); }, &cancel_),
        200);
    if (!summary) {
        workflow::ImportSummary failed;
        failed.fatalError = summary.error();
        emit finished(failed);
        return;
    }
    emit finished(summary.value());
}

}  // namespace dicomnet::gui
