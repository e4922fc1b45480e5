// Group commit of the store's flushes (db/group_flush.h), on a real file system: one writer
// alone gets a flush of its own for every call; writers at the same time share flushes (fewer
// flushes than calls), and every one of them returns only after a flush that started after it
// called; a folder that does not exist is an error with its name, not a crash.
#include "db/group_flush.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace dicomnet;

class TestGroupFlush : public QObject {
    Q_OBJECT
private slots:
    void aloneEachCallFlushes();
    void concurrentWritersShareFlushes();
    void missingFolderIsAnError();
};

void TestGroupFlush::aloneEachCallFlushes() {
    QTemporaryDir dir;
    const auto before = db::GroupFlush::counts();
    for (int i = 0; i < 5; ++i) QVERIFY(db::GroupFlush::flush(dir.path()));
    const auto after = db::GroupFlush::counts();
    QCOMPARE(after.calls - before.calls, quint64(5));
    QCOMPARE(after.flushes - before.flushes, quint64(5));
}

void TestGroupFlush::concurrentWritersShareFlushes() {
    QTemporaryDir dir;
    const int writers = 8, rounds = 40;
    // Each writer writes a file, then asks for a flush; a flush counts as covering a call only
    // if it started after the call: counted by the flush numbers seen before and after.
    std::atomic<int> failures{0}, notCovered{0};
    const auto before = db::GroupFlush::counts();
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&, w] {
            for (int r = 0; r < rounds; ++r) {
                QFile f(dir.filePath(QStringLiteral("w%1-%2").arg(w).arg(r)));
                if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(64 * 1024, 'x')) < 0)
                    ++failures;
                f.close();
                const quint64 startedBefore = db::GroupFlush::counts().flushes;
                if (!db::GroupFlush::flush(dir.path())) ++failures;
                // At least one flush finished since the call (its own, or one it waited for).
                if (db::GroupFlush::counts().flushes <= startedBefore) ++notCovered;
            }
        });
    for (auto& t : threads) t.join();
    const auto after = db::GroupFlush::counts();
    const quint64 calls = after.calls - before.calls, flushes = after.flushes - before.flushes;
    qInfo("%llu calls from %d writers at once, %llu flushes", calls, writers, flushes);
    QCOMPARE(failures.load(), 0);
    QCOMPARE(notCovered.load(), 0);
    QCOMPARE(calls, quint64(writers * rounds));
    QVERIFY(flushes >= 1);
    QVERIFY2(flushes < calls, "concurrent calls did not share a flush");
}

void TestGroupFlush::missingFolderIsAnError() {
    QTemporaryDir dir;
    const QString missing = dir.filePath("not-there");
    const Status s = db::GroupFlush::flush(missing);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(missing), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestGroupFlush)
#include "test_group_flush.moc"
