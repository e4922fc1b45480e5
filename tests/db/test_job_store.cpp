// The jobs of the index on a real SQLite file: a send's objects, the journal that writes their
// steps from a thread of its own (in order, every step there once finish() returns, the
// destination's memory of what it acknowledged), a second send that skips what was delivered,
// fetch jobs that leave out what an unfinished fetch already has, and pull marks.
#include "db/cache.h"
#include "db/job_store.h"
#include "db/send_journal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;

class TestJobStore : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    static std::vector<std::pair<QString, QString>> objects(int n) {
        std::vector<std::pair<QString, QString>> out;
        for (int i = 0; i < n; ++i) out.emplace_back(QStringLiteral("1.2.3.%1").arg(i), "1.2.3");
        return out;
    }

private slots:
    void journal_ShouldWriteEveryStepInOrder() {
        auto cache = db::Cache::open(dir_.path());
        QVERIFY(cache);
        db::JobStore store(*cache.value());
        auto id = store.createSend("archive", {"1.2.3"}, objects(200));
        QVERIFY(id);
        {
            db::SendJournal journal(dir_.path(), id.value(), "archive");
            journal.inFlight("1.2.3.0");
            for (int i = 0; i < 200; ++i) {
                const QString next =
                    i + 1 < 199 ? QStringLiteral("1.2.3.%1").arg(i + 1) : QString();
                if (i == 199)
                    journal.failed("1.2.3.199", "refused (reason 42)");
                else if (i == 198)
                    journal.pending("1.2.3.198");
                else
                    journal.delivered(QStringLiteral("1.2.3.%1").arg(i), 1000 + i, next);
            }
            QVERIFY(journal.finish().ok());
            // finish() means written: this connection sees all of it.
            auto job = store.job(id.value());
            QVERIFY(job && job.value());
            QCOMPARE(job.value()->sent, 198);
            QCOMPARE(job.value()->pending, 1);
            QCOMPARE(job.value()->failed, 1);
            QCOMPARE(job.value()->inFlight, 0);
        }
        auto failed = store.objects(id.value(), "failed");
        QVERIFY(failed && failed->size() == 1);
        QCOMPARE(failed->front().error, QStringLiteral("refused (reason 42)"));
        // What the archive acknowledged is not sent to it again.
        auto again = store.createSend("archive", {"1.2.3"}, objects(200));
        QVERIFY(again);
        auto job = store.job(again.value());
        QCOMPARE(job.value()->alreadyThere, 198);
        QCOMPARE(job.value()->pending, 2);
    }

    void fetch_ShouldLeaveOutWhatIsComing_AndMarkPulls() {
        auto cache = db::Cache::open(dir_.path());
        QVERIFY(cache);
        db::JobStore store(*cache.value());
        const std::vector<db::FetchObject> wanted{{"9.1", "9.0.1", "9.0"}, {"9.2", "9.0.1", "9.0"}};
        auto first = store.createFetch("portal", {"9.0"}, wanted);
        QVERIFY(first && first.value() > 0);
        auto second = store.createFetch("portal", {"9.0"}, wanted);
        QVERIFY(second);
        QCOMPARE(second.value(), qint64(0));  // all of it is on its way already
        auto objects = store.objects(first.value());
        QCOMPARE(objects->size(), size_t(2));
        QCOMPARE(objects->front().seriesUid, QStringLiteral("9.0.1"));
        QCOMPARE(store.job(first.value()).value()->kind, QStringLiteral("fetch"));
        QVERIFY(!store.pullMark("portal", "9.0").value());
        QVERIFY(store.setPullMark("portal", "9.0", 2).ok());
        QCOMPARE(*store.pullMark("portal", "9.0").value(), 2);
        QVERIFY(store.forgetDestination("portal").ok());
        QVERIFY(!store.pullMark("portal", "9.0").value());
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "test_job_store.moc"
