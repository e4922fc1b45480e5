// The importer over real folders (pydicom's files), DICOMDIRs, zip archives and bad input.
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/consistency_check.h"
#include "db/importer.h"
#include "dicom_factory.h"
#include "test_data.h"

#include <zip.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;
using namespace dicomnet::db;
using dicomnet::test::DicomFactory;
using dicomnet::test::pydicomFile;
using dicomnet::test::SyntheticObject;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool makeZip(const QString& zipPath, const QList<QPair<QString, QByteArray>>& entries) {
    int error = 0;
    zip_t* z = zip_open(zipPath.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) return false;
    for (const auto& [name, bytes] : entries) {
        // libzip reads the buffer at zip_close; `entries` outlives that.
        zip_source_t* src = zip_source_buffer(z, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!src || zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

bool hasItem(const std::vector<ImportProblem>& list, const QString& nameEnd,
             const QString& reason = {}) {
    for (const auto& p : list)
        if (p.item.endsWith(nameEnd) && p.reason.contains(reason)) return true;
    return false;
}

}  // namespace

class TestImporter : public QObject {
    Q_OBJECT
private slots:
    void run_ShouldImportEveryValidObject_WhenPointedAtAFolder() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        ImportSummary s = Importer(*cache.value()).run({pydicomFile("test_files")});
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QVERIFY2(s.imported >= 90, qPrintable(QString::number(s.imported)));
        QVERIFY(hasItem(s.rejected, "MR_truncated.dcm", "truncated"));
        QVERIFY(hasItem(s.rejected, "rtdose_rle.dcm", "transfer syntax"));
        QVERIFY(hasItem(s.skipped, "README.txt"));
        QVERIFY(hasItem(s.skipped, "rtplan.dump"));
        QVERIFY(!s.clean());
        // Non-image objects are kept.
        StudyFilter f;
        f.modality = "SR";
        QVERIFY(!CacheQueries(*cache.value()).studies(f).value().empty());
        QVERIFY(ConsistencyCheck::run(*cache.value()).value().consistent());

        // A second import of the same folder stores nothing new.
        ImportSummary again = Importer(*cache.value()).run({pydicomFile("test_files")});
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, s.imported + s.duplicates);
        QCOMPARE(CacheQueries(*cache.value()).instanceCount().value(), qint64(s.imported));
    }

    void run_ShouldFollowRecords_WhenGivenADicomdir() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        ImportSummary s =
            Importer(*cache.value()).run({pydicomFile("test_files/dicomdirtests/DICOMDIR")});
        QVERIFY2(s.clean(),
                 s.rejected.empty() ? qPrintable(s.fatalError) : qPrintable(s.rejected[0].reason));
        QCOMPARE(s.imported, 31);
        auto history = CacheQueries(*cache.value()).history("77654033").value();
        QCOMPARE(history.size(), size_t(2));
        QVERIFY(history[0].date < history[1].date);
    }

    void run_ShouldReadEntries_WhenGivenAZip() {
        QTemporaryDir dir;
        const QString zipPath = dir.path() + "/study.zip";
        const QByteArray valid = DicomFactory::bytes(SyntheticObject{});
        QVERIFY(
            makeZip(zipPath, {{"DICOM/IM1", readAll(pydicomFile("test_files/CT_small.dcm"))},
                              {"DICOM/IM2", readAll(pydicomFile("test_files/MR_small.dcm"))},
                              {"DICOM/IM3", valid},
                              {"notes.txt", "not an image"},
                              {"DICOM/broken", DicomFactory::truncated(valid, valid.size() / 2)}}));
        auto cache = Cache::open(dir.path() + "/data");
        ImportSummary s = Importer(*cache.value()).run({zipPath});
        QCOMPARE(s.imported, 3);
        QCOMPARE(int(s.skipped.size()), 1);
        QCOMPARE(int(s.rejected.size()), 1);
        QVERIFY(hasItem(s.rejected, "study.zip:DICOM/broken", "truncated"));
    }

    void run_ShouldRejectArchive_WhenZipIsDamaged() {
        QTemporaryDir dir;
        const QString zipPath = dir.path() + "/study.zip";
        QVERIFY(makeZip(zipPath, {{"IM1", readAll(pydicomFile("test_files/CT_small.dcm"))}}));
        QByteArray bytes = readAll(zipPath);
        writeFile(zipPath, bytes.left(bytes.size() - 30));  // the central directory is cut
        auto cache = Cache::open(dir.path() + "/data");
        ImportSummary s = Importer(*cache.value()).run({zipPath});
        QCOMPARE(s.imported, 0);
        QVERIFY(hasItem(s.rejected, "study.zip", "zip"));
    }

    // Bad input gets a clear message, and nothing of it reaches the cache.
    void run_ShouldStoreNothing_WhenInputIsBad() {
        QTemporaryDir dir;
        const QString in = dir.path() + "/in";
        QDir().mkpath(in);
        const QByteArray valid = DicomFactory::bytes(SyntheticObject{});
        SyntheticObject noUid;
        noUid.omitSopInstanceUid = true;
        writeFile(in + "/empty.dcm", {});
        writeFile(in + "/notes.txt", "Radiologist on call: dr. Rusu");
        writeFile(in + "/truncated.dcm", DicomFactory::truncated(valid, valid.size() - 777));
        writeFile(in + "/lying.dcm",
                  DicomFactory::withLyingLength(valid, 0x7fe0, 0x0010, 0x7ffffff0));
        writeFile(in + "/nouid.dcm", DicomFactory::bytes(noUid));
        auto cache = Cache::open(dir.path() + "/data");
        ImportSummary s = Importer(*cache.value()).run({in, dir.path() + "/does-not-exist"});
        QCOMPARE(s.imported, 0);
        QVERIFY(hasItem(s.skipped, "empty.dcm", "empty"));
        QVERIFY(hasItem(s.skipped, "notes.txt", "not a DICOM"));
        QVERIFY(hasItem(s.rejected, "truncated.dcm", "truncated"));
        QVERIFY(hasItem(s.rejected, "lying.dcm", "length"));
        QVERIFY(hasItem(s.rejected, "nouid.dcm", "SOP Instance UID"));
        QVERIFY(hasItem(s.rejected, "does-not-exist", "no such file"));
        QCOMPARE(CacheQueries(*cache.value()).instanceCount().value(), qint64(0));
        QVERIFY(ConsistencyCheck::run(*cache.value()).value().consistent());
    }

    void run_ShouldStopAfterBatch_WhenCancelled() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        std::atomic_bool cancel{true};
        ImportSummary s = Importer(*cache.value()).run({pydicomFile("test_files")}, {}, &cancel);
        QVERIFY(s.cancelled);
        QCOMPARE(s.imported, 0);
        QVERIFY(ConsistencyCheck::run(*cache.value()).value().consistent());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "test_importer.moc"
