// The cache's durability rules: migrations, staged batches, duplicates, recovery after a writer
// dies between publishing files and indexing them, and the consistency check.
#include "core/dicom_object_reader.h"
#include "db/cache.h"
#include "db/cache_writer.h"
#include "db/consistency_check.h"
#include "db/migrations.h"
#include "db/object_store.h"
#include "dicom_factory.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace dicomnet;
using namespace dicomnet::db;
using dicomnet::test::DicomFactory;
using dicomnet::test::SyntheticObject;

namespace {

ParsedObject parsedObject(const SyntheticObject& o) {
    ReadOutcome r = DicomObjectReader::readBytes(DicomFactory::bytes(o));
    return r.parsed();
}

int countFiles(const QString& dir) {
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QByteArray sha1(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}

void execSql(const QString& db, const char* sql) {
    sqlite3* h = nullptr;
    sqlite3_open(db.toUtf8().constData(), &h);
    sqlite3_exec(h, sql, nullptr, nullptr, nullptr);
    sqlite3_close(h);
}

}  // namespace

class TestCache : public QObject {
    Q_OBJECT
private slots:
    void open_ShouldCreateLayoutAndSchema_WhenDirectoryIsNew() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path() + "/data");
        QVERIFY2(cache.ok(), qPrintable(cache.error()));
        QVERIFY(QFile::exists(dir.path() + "/data/index.sqlite"));
        QVERIFY(QFileInfo(dir.path() + "/data/store").isDir());
        QVERIFY(Migrations::latestVersion() >= 1);
    }

    void open_ShouldRefuseAndNotTouch_WhenIndexIsNewer() {
        QTemporaryDir dir;
        { QVERIFY(Cache::open(dir.path()).ok()); }
        const QString index = dir.path() + "/index.sqlite";
        execSql(index, "PRAGMA user_version=999");
        const QByteArray before = sha1(index);
        auto cache = Cache::open(dir.path());
        QVERIFY(!cache.ok());
        QVERIFY2(cache.error().contains("newer"), qPrintable(cache.error()));
        QCOMPARE(sha1(index), before);
    }

    void commit_ShouldStoreBytesAndIndex_WhenBatchCommitted() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        auto writer = CacheWriter::open(*cache.value());
        QVERIFY(writer.ok());
        SyntheticObject o;
        const QByteArray bytes = DicomFactory::bytes(o);
        ReadOutcome r = DicomObjectReader::readBytes(bytes);
        QCOMPARE(writer.value()->add(r.parsed()).value(), CacheWriter::Added::Staged);
        QCOMPARE(countFiles(cache.value()->store().storeDir()), 0);  // nothing before commit
        int committed = 0;
        QVERIFY(writer.value()->commit(&committed).ok());
        QCOMPARE(committed, 1);
        const QString path = cache.value()->store().absolutePath(ObjectStore::relativePathFor(
            r.parsed().info.study.studyUid, r.parsed().info.series.seriesUid,
            r.parsed().info.instance.sopInstanceUid));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        auto report = ConsistencyCheck::run(*cache.value());
        QVERIFY(report.value().consistent());
        QCOMPARE(report.value().instancesChecked, 1);
    }

    void add_ShouldCountDuplicate_WhenUidKnownOrInBatch() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        auto writer = CacheWriter::open(*cache.value());
        SyntheticObject o;
        o.sopInstanceUid = DicomFactory::newUid();
        const ParsedObject p = parsedObject(o);
        QCOMPARE(writer.value()->add(p).value(), CacheWriter::Added::Staged);
        QCOMPARE(writer.value()->add(p).value(), CacheWriter::Added::Duplicate);
        QVERIFY(writer.value()->commit().ok());
        QCOMPARE(writer.value()->add(p).value(), CacheWriter::Added::Duplicate);
        QCOMPARE(countFiles(cache.value()->store().storeDir()), 1);
    }

    // Two writers (the listener and an import) each judge against the index before either
    // commits, so both accept their object; the index still files the second object where its
    // series is, and the counters stay right.
    void index_ShouldStayConsistent_WhenWritersRaceOnOneSeries() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        auto other = Cache::open(dir.path());
        auto first = CacheWriter::open(*cache.value());
        auto second = CacheWriter::open(*other.value());
        SyntheticObject a;
        a.studyUid = DicomFactory::newUid();
        a.seriesUid = DicomFactory::newUid();
        SyntheticObject b = a;
        b.studyUid = DicomFactory::newUid();
        b.sopInstanceUid = DicomFactory::newUid();
        QCOMPARE(first.value()->add(parsedObject(a)).value(), CacheWriter::Added::Staged);
        QCOMPARE(second.value()->add(parsedObject(b)).value(), CacheWriter::Added::Staged);
        QVERIFY(first.value()->commit().ok());
        QVERIFY(second.value()->commit().ok());
        auto report = ConsistencyCheck::run(*cache.value());
        QVERIFY2(report.value().consistent(), qPrintable(report.value().badCounters.join(", ")));
        QCOMPARE(report.value().instancesChecked, 2);
        // …and the next one is refused, with the reason.
        SyntheticObject c = b;
        c.sopInstanceUid = DicomFactory::newUid();
        QString why;
        QCOMPARE(second.value()->add(parsedObject(c), &why).value(), CacheWriter::Added::Refused);
        QVERIFY2(why.contains("belongs to study " + a.studyUid), qPrintable(why));
    }

    void destructor_ShouldLeaveNothing_WhenBatchNotCommitted() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        {
            auto writer = CacheWriter::open(*cache.value());
            for (int i = 0; i < 5; ++i) writer.value()->add(parsedObject(SyntheticObject{}));
        }
        QCOMPARE(countFiles(dir.path() + "/store"), 0);
        QCOMPARE(countFiles(dir.path() + "/tmp"), 0);
        QVERIFY(ConsistencyCheck::run(*cache.value()).value().consistent());
    }

    // A writer that dies after its files are durable in place but before the index has them
    // (or before that index commit was flushed): the next open indexes exactly those, and
    // drops what it had only staged.
    void open_ShouldIndexPublishedAndDropStaged_WhenWriterDied() {
        QTemporaryDir dir;
        {
            auto cache = Cache::open(dir.path());
            auto writer = CacheWriter::open(*cache.value());
            writer.value()->add(parsedObject(SyntheticObject{}));
            QVERIFY(writer.value()->commit().ok());  // one object that must survive
        }
        const pid_t child = fork();
        if (child == 0) {
            ObjectStore store(dir.path());
            auto session = StoreSession::open(store);
            std::vector<StoreSession::Staged> published, stagedOnly;
            for (int i = 0; i < 5; ++i) {
                SyntheticObject o;
                o.studyUid = "1.2";
                o.seriesUid = "1.2.3";
                o.sopInstanceUid = DicomFactory::newUid();
                auto staged = session.value()->stage(
                    DicomFactory::bytes(o),
                    ObjectStore::relativePathFor(o.studyUid, o.seriesUid, o.sopInstanceUid));
                (i < 3 ? published : stagedOnly).push_back(staged.value());
            }
            session.value()->publish(published);
            _exit(0);  // no destructors: like kill -9 before the index transaction
        }
        int status = 0;
        waitpid(child, &status, 0);
        QCOMPARE(countFiles(dir.path() + "/store"), 4);
        auto cache = Cache::open(dir.path());
        QVERIFY2(cache.ok(), qPrintable(cache.error()));
        QCOMPARE(cache.value()->recoveredObjects(), 3);
        QCOMPARE(countFiles(dir.path() + "/store"), 4);
        QCOMPARE(countFiles(dir.path() + "/tmp"), 0);
        auto report = ConsistencyCheck::run(*cache.value());
        QVERIFY(report.value().consistent());
        QCOMPARE(report.value().instancesChecked, 4);
    }

    // Commits left unflushed (the listener's mode) are made durable when the writer closes.
    void writer_ShouldFlushIndex_WhenClosedAfterUnflushedCommits() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        {
            CacheWriter::Limits limits;
            limits.maxObjects = 1;
            limits.durableIndexMs = 60000;
            auto writer = CacheWriter::open(*cache.value(), limits);
            for (int i = 0; i < 3; ++i) {
                writer.value()->add(parsedObject(SyntheticObject{}));
                QVERIFY(writer.value()->commit().ok());
            }
            // Their staged names are kept until the index is flushed.
            QCOMPARE(countFiles(dir.path() + "/tmp"), 4);  // 3 staged links + the lock file
        }
        QCOMPARE(countFiles(dir.path() + "/tmp"), 0);
        QVERIFY(ConsistencyCheck::run(*cache.value()).value().consistent());
    }

    void check_ShouldReportEachKindOfMismatch() {
        QTemporaryDir dir;
        auto cache = Cache::open(dir.path());
        auto writer = CacheWriter::open(*cache.value());
        std::vector<QString> paths;
        for (int i = 0; i < 3; ++i) {
            SyntheticObject o;
            o.sopInstanceUid = DicomFactory::newUid();
            o.studyUid = "1.2";
            o.seriesUid = "1.2.3";
            writer.value()->add(parsedObject(o));
            paths.push_back(cache.value()->store().absolutePath(
                ObjectStore::relativePathFor("1.2", "1.2.3", o.sopInstanceUid)));
        }
        QVERIFY(writer.value()->commit().ok());
        QFile::remove(paths[0]);
        QFile grow(paths[1]);
        grow.open(QIODevice::Append);
        grow.write("x");
        grow.close();
        QFile orphan(dir.path() + "/store/stray.dcm");
        orphan.open(QIODevice::WriteOnly);
        orphan.write("stray");
        orphan.close();
        auto report = ConsistencyCheck::run(*cache.value());
        QVERIFY(report.ok());
        QVERIFY(!report.value().consistent());
        QCOMPARE(report.value().missingFiles.size(), 1);
        QCOMPARE(report.value().sizeMismatches.size(), 1);
        QCOMPARE(report.value().orphanFiles, QStringList{"stray.dcm"});
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "test_cache.moc"
