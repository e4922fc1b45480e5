#include "consistency_check.h"

#include "cache.h"
#include "object_store.h"
#include "sqlite.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QObject>

namespace dicomnet::db {

Result<ConsistencyReport> ConsistencyCheck::run(Cache& cache) {
    ConsistencyReport report;
    const QString storeDir = cache.store().storeDir();
    QHash<QString, qint64> onDisk;
    QDirIterator it(storeDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        onDisk.insert(it.filePath().mid(storeDir.size() + 1), it.fileInfo().size());
    }
    report.filesSeen = onDisk.size();

    try {
        Connection& db = cache.connection();
        Statement rows(db, "SELECT file_path, file_size FROM instances");
        while (rows.step()) {
            ++report.instancesChecked;
            const QString rel = rows.text(0);
            auto found = onDisk.find(rel);
            if (found == onDisk.end()) {
                report.missingFiles.append(rel);
                continue;
            }
            if (found.value() != rows.integer(1))
                report.sizeMismatches.append(QStringLiteral("%1 (index %2 bytes, file %3)")
                                                 .arg(rel)
                                                 .arg(rows.integer(1))
                                                 .arg(found.value()));
            onDisk.erase(found);
        }
        report.orphanFiles = onDisk.keys();
        report.orphanFiles.sort();

        Statement series(db,
                         "SELECT r.series_uid FROM series r WHERE r.instance_count <> "
                         "(SELECT count(*) FROM instances i WHERE i.series_ref = r.id)");
        while (series.step()) report.badCounters.append(series.text(0));
        Statement studies(
            db,
            "SELECT s.study_uid FROM studies s WHERE s.instance_count <> (SELECT "
            "coalesce(sum(r.instance_count), 0) FROM series r WHERE r.study_ref = "
            "s.id) OR s.series_count <> (SELECT count(*) FROM series r WHERE "
            "r.study_ref = s.id) OR s.away_count <> (SELECT count(*) FROM away_instances a WHERE "
            "a.study_ref = s.id)");
        while (studies.step()) report.badCounters.append(studies.text(0));
    } catch (const SqliteError& e) {
        return Error{QObject::tr("cannot read the index: %1").arg(QString::fromUtf8(e.what()))};
    }
    for (const ObjectStore::DeadSession& s : cache.store().deadSessions()) {
        // A writer died after this cache was opened; the next open settles what it left.
        report.leftovers.append(s.folder);
        ObjectStore::releaseSession(s);
    }
    return report;
}

}  // namespace dicomnet::db
