#include "importer.h"

#include "cache.h"
#include "cache_writer.h"
#include "import_sources.h"

#include "core/dicom_object_reader.h"
#include "core/dicomdir.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QObject>
#include <QSet>

#include <deque>

namespace dicomnet::db {

ImportSummary Importer::run(const QStringList& paths, const ProgressFn& progressFn,
                            const std::atomic_bool* cancel, int progressMs) {
    QElapsedTimer clock;
    clock.start();
    ImportSummary summary;
    ImportProgress progress;

    QStringList problems;
    std::vector<ImportItem> expanded = ImportSources::expand(paths, problems);
    for (const QString& p : problems)
        summary.rejected.push_back(
            {p.section(QStringLiteral(": "), 0, -2), p.section(QStringLiteral(": "), -1)});
    std::deque<ImportItem> queue(expanded.begin(), expanded.end());
    QSet<QString> seen;
    for (const ImportItem& i : queue)
        if (i.zipEntry < 0) seen.insert(QFileInfo(i.path).absoluteFilePath());
    progress.total = int(queue.size());
    progress.rejected = int(summary.rejected.size());

    auto writer = CacheWriter::open(cache_);
    if (!writer) {
        summary.fatalError = writer.error();
        return summary;
    }
    auto commit = [&]() -> bool {
        const int staged = writer.value()->pending();
        int committed = 0;
        if (Status s = writer.value()->commit(&committed); !s) {
            summary.fatalError = s.error();
            return false;
        }
        summary.imported += committed;
        summary.duplicates += staged - committed;
        progress.imported = summary.imported;
        progress.duplicates = summary.duplicates;
        return true;
    };

    QElapsedTimer sinceReport;
    sinceReport.start();
    ImportItemReader reader;
    QByteArray bytes;
    while (!queue.empty()) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        const ImportItem item = std::move(queue.front());
        queue.pop_front();
        ++progress.done;

        QString error;
        if (!reader.read(item, bytes, error)) {
            summary.rejected.push_back(
                {item.displayName(), QObject::tr("cannot read: %1").arg(error)});
        } else {
            progress.bytes += bytes.size();
            ReadOutcome outcome = DicomObjectReader::readBytes(bytes);
            switch (outcome.kind()) {
                case ReadOutcome::Kind::NotDicom:
                    summary.skipped.push_back({item.displayName(), outcome.reason()});
                    break;
                case ReadOutcome::Kind::Damaged:
                    summary.rejected.push_back({item.displayName(), outcome.reason()});
                    break;
                case ReadOutcome::Kind::Object:
                    if (outcome.parsed().isDicomdir) {
                        // Inside an archive the entries are all read anyway.
                        if (item.zipEntry >= 0) break;
                        QStringList missing;
                        auto files = Dicomdir::referencedFiles(item.path, &missing);
                        if (!files) {
                            summary.rejected.push_back({item.displayName(), files.error()});
                            break;
                        }
                        for (const QString& m : missing)
                            summary.rejected.push_back(
                                {m, QObject::tr("listed in %1 but missing").arg(item.path)});
                        for (const QString& f : files.value()) {
                            const QString canonical = QFileInfo(f).absoluteFilePath();
                            if (seen.contains(canonical)) continue;
                            seen.insert(canonical);
                            queue.push_back({f, -1, {}});
                            ++progress.total;
                        }
                        break;
                    }
                    if (!outcome.parsed().warning.isEmpty())
                        summary.warnings.append(item.displayName() + QStringLiteral(": ") +
                                                outcome.parsed().warning);
                    QString conflict;
                    auto added = writer.value()->add(outcome.parsed(), &conflict);
                    if (!added) {
                        summary.fatalError = added.error();
                        break;
                    }
                    if (added.value() == CacheWriter::Added::Refused) {
                        summary.rejected.push_back({item.displayName(), conflict});
                        break;
                    }
                    if (added.value() == CacheWriter::Added::Duplicate) {
                        ++summary.duplicates;
                        progress.duplicates = summary.duplicates;
                    }
                    {
                        const DicomObjectInfo& info = outcome.parsed().info;
                        ImportSummary::Study& study = summary.studies[info.study.studyUid];
                        study.patientId = info.patient.patientId;
                        ++study.objects;
                    }
                    summary.bytes += outcome.parsed().part10.size();
                    break;
            }
        }
        progress.skipped = int(summary.skipped.size());
        progress.rejected = int(summary.rejected.size());
        if (!summary.fatalError.isEmpty()) break;
        if (writer.value()->batchFull() && !commit()) break;
        if (progressFn && sinceReport.elapsed() >= progressMs) {
            progressFn(progress);
            sinceReport.restart();
        }
    }
    if (summary.fatalError.isEmpty()) commit();
    summary.seconds = clock.elapsed() / 1000.0;
    if (progressFn) progressFn(progress);
    return summary;
}

}  // namespace dicomnet::db
