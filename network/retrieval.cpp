#include "retrieval.h"

#include "db/cache.h"

#include <QDir>
#include <QObject>
#include <QTemporaryDir>

namespace dicomnet::network {

Result<GetOutcome> getIntoCache(DicomClient& client, db::Cache& cache, const RetrieveTarget& target,
                                bool* notOffered) {
    // Inside the data directory: dicomnet writes nowhere else.
    const QString scratch = cache.dataDir() + QStringLiteral("/tmp");
    QDir().mkpath(scratch);
    QTemporaryDir folder(scratch + QStringLiteral("/retrieve-XXXXXX"));
    if (!folder.isValid())
        return Error{
            QObject::tr("cannot make a folder in %1: %2").arg(scratch, folder.errorString())};
    auto got = client.get(target, folder.path(), notOffered);
    if (!got) return Error{got.error()};
    GetOutcome outcome;
    outcome.transfer = got.value();
    outcome.imported = db::Importer(cache).run({folder.path()});
    if (!outcome.imported.fatalError.isEmpty()) return Error{outcome.imported.fatalError};
    return outcome;
}

}  // namespace dicomnet::network
