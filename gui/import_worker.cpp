#include "gui/import_worker.h"

#include "db/cache.h"

namespace dicomnet::gui {

void ImportWorker::registerTypes() {
    qRegisterMetaType<db::ImportProgress>();
    qRegisterMetaType<db::ImportSummary>();
}

void ImportWorker::importPaths(const QStringList& paths) {
    cancel_ = false;
    auto cache = db::Cache::open(dataDir_);
    if (!cache) {
        db::ImportSummary failed;
        failed.fatalError = cache.error();
        emit finished(failed);
        return;
    }
    db::Importer importer(*cache.value());
    const db::ImportSummary summary = importer.run(
        paths, [this](const db::ImportProgress& p) { emit progressed(p); }, &cancel_, 200);
    emit finished(summary);
}

}  // namespace dicomnet::gui
