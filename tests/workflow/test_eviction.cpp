// Eviction (workflow/eviction.h, db/eviction.h): each rule that keeps a study, tried alone and
// then lifted; least recently used order and dry runs; a kill -9 in the middle of an eviction
// (caught by watching the index) leaves `check` consistent and every object either here with
// its file or away, never half; and an evicted study comes back by C-GET from DCMTK's dcmqrscp
// when a command reads it.
#include "cli_runner.h"
#include "dicom_factory.h"

#include "db/cache.h"
#include "db/job_store.h"
#include "db/site_settings.h"
#include "workflow/cache_space.h"
#include "workflow/eviction.h"
#include "workflow/import.h"
#include "workflow/studies.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <signal.h>
#include <map>

using namespace dicomnet;
using Kept = db::StudyVerdict::Kept;

namespace {

struct Cache {
    QString data;
    QStringList studies;                  // oldest first
    std::map<QString, QStringList> sops;  // per study
};

// `count` studies of `images` CR images each (one patient per study), imported.
Cache makeCache(const QString& root, int count, int images) {
    Cache c;
    c.data = root + "/data";
    const QString in = root + "/in";
    QDir().mkpath(in);
    for (int s = 0; s < count; ++s) {
        const QString study = test::DicomFactory::newUid();
        c.studies << study;
        const QString series = test::DicomFactory::newUid();
        for (int i = 0; i < images; ++i) {
            test::SyntheticObject o;
            o.patientId = QStringLiteral("EV%1").arg(s);
            o.studyUid = study, o.seriesUid = series;
            o.sopInstanceUid = test::DicomFactory::newUid();
            o.instanceNumber = i + 1;
            o.rows = 96, o.columns = 64 + 8 * (s % 4);
            c.sops[study] << o.sopInstanceUid;
            test::DicomFactory::write(QStringLiteral("%1/%2_%3.dcm").arg(in).arg(s).arg(i), o);
        }
    }
    workflow::importInto(c.data, {in});
    return c;
}

// What the sync engine records when `peer` acknowledges every image of `study`.
bool holdAt(const Cache& c, const QString& peer, const QString& study) {
    auto cache = db::Cache::open(c.data);
    if (!cache) return false;
    db::JobStore jobs(*cache.value());
    std::vector<std::pair<QString, QString>> objects;
    for (const QString& sop : c.sops.at(study)) objects.emplace_back(sop, study);
    auto id = jobs.createSend(peer, {study}, objects);
    if (!id) return false;
    return jobs.markDelivered(id.value(), peer, c.sops.at(study), QStringLiteral("sent"),
                              QDateTime::currentMSecsSinceEpoch()) &&
           jobs.setState(id.value(), QStringLiteral("done"));
}

// A DICOM peer `name` (its AE title the same) on loopback; `external`: de-identified copies.
bool addPeer(const QString& data, const QString& name, int port, bool external = false) {
    QStringList args{"peers",     "add",    name,
                     "--aet",     name,     "--host",
                     "127.0.0.1", "--port", QString::number(port)};
    if (external) args << "--external";
    return test::runDicomnet(data, args).exitCode == 0;
}

// The stored files of the cache, by SOP Instance UID (from the index).
QStringList storedFiles(const QString& data) {
    QStringList files;
    for (QDirIterator it(data + "/store", QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files << it.next();
    return files;
}

int filesOf(const Cache& c, const QString& study) {
    auto rows = workflow::instancesUnder(c.data, study);
    int present = 0;
    if (rows)
        for (const auto& r : rows.value()) present += QFileInfo::exists(r.filePath) ? 1 : 0;
    return present;
}

db::StudyVerdict evict(const Cache& c, const QString& study, bool force = false) {
    auto v = workflow::evictStudy(c.data, study, force, false);
    if (!v) qWarning() << v.error();
    return v ? v.value() : db::StudyVerdict{};
}

QString kept(const db::StudyVerdict& v) { return workflow::keptReason(v); }

qint64 scalar(const QString& data, const char* sql) {
    sqlite3* db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(QFile::encodeName(data + "/index.sqlite").constData(), &db,
                        SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return value;
}

}  // namespace

class TestEviction : public QObject {
    Q_OBJECT
private slots:
    void rulesKeepAStudyOneByOne();
    void leastRecentlyUsedFirstAndDryRun();
    void killedEvictionLeavesNothingHalfDone();
    void evictedStudyComesBackByCGet();
    void listenerEvictsInTheBackground();
};

void TestEviction::rulesKeepAStudyOneByOne() {
    QTemporaryDir dir;
    const Cache c = makeCache(dir.path(), 9, 3);
    const QString& data = c.data;
    QVERIFY(addPeer(data, "ARCHIVE", 11112));
    QVERIFY(addPeer(data, "ABROAD", 11113, true));
    for (int s = 0; s < 7; ++s) QVERIFY(holdAt(c, "ARCHIVE", c.studies[s]));
    QVERIFY(holdAt(c, "ABROAD", c.studies[7]));  // de-identified copies only
    // Study 8: held nowhere.

    // Received just now: kept for the default 7 days.
    auto v = evict(c, c.studies[0]);
    QCOMPARE(v.kept, Kept::Recent);
    QVERIFY2(kept(v) == "received today", qPrintable(kept(v)));
    QVERIFY(workflow::setKeepDays(data, 0));

    // Pinned.
    QVERIFY(workflow::pinStudy(data, c.studies[0]));
    v = evict(c, c.studies[0]);
    QCOMPARE(v.kept, Kept::Pinned);
    QCOMPARE(filesOf(c, c.studies[0]), 3);
    QVERIFY(workflow::unpinStudy(data, c.studies[0]));
    v = evict(c, c.studies[0]);
    QVERIFY2(v.mayGo(), qPrintable(kept(v)));
    QCOMPARE(v.location, QString("ARCHIVE"));
    QCOMPARE(v.objects, 3);
    QCOMPARE(filesOf(c, c.studies[0]), 0);
    QCOMPARE(evict(c, c.studies[0]).kept, Kept::NothingHere);

    // Open in a window of a live process; a dead process's mark does not count.
    workflow::markStudyOpen(data, c.studies[1]);
    QCOMPARE(evict(c, c.studies[1]).kept, Kept::Open);
    workflow::markStudyClosed(data, c.studies[1]);
    QProcess gone;
    gone.start("true");
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
    {
        auto cache = db::Cache::open(data);
        QVERIFY(db::Eviction(*cache.value()).markOpen(c.studies[2], 4194000 + deadPid % 1000, 1));
    }
    QVERIFY(evict(c, c.studies[1]).mayGo());
    QVERIFY2(evict(c, c.studies[2]).mayGo(), "a dead process's window keeps nothing");

    // A send not complete (to another peer).
    qint64 job = 0;
    {
        auto cache = db::Cache::open(data);
        db::JobStore jobs(*cache.value());
        auto id = jobs.createSend("ARCHIVE2", {c.studies[3]},
                                  {{c.sops.at(c.studies[3])[0], c.studies[3]}});
        QVERIFY(id);
        job = id.value();
    }
    v = evict(c, c.studies[3]);
    QCOMPARE(v.kept, Kept::Job);
    QCOMPARE(v.detail, QString::number(job));
    QCOMPARE(test::runDicomnet(data, {"jobs", "cancel", QString::number(job)}).exitCode, 0);
    QVERIFY(evict(c, c.studies[3]).mayGo());

    // A consultation draft not signed, then a request not answered.
    auto r = test::runDicomnet(data, {"consult", "new", c.studies[4], "--template", "free",
                                      "--text", "No change.", "--author", "Popescu^Ion"});
    QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
    r = test::runDicomnet(data, {"consult", "request", c.studies[5], "--question",
                                 "Any progression?", "--author", "Rusu^Ana"});
    QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
    v = evict(c, c.studies[4]);
    QVERIFY2(v.kept == Kept::Draft, qPrintable(kept(v)));
    QCOMPARE(evict(c, c.studies[5]).kept, Kept::Request);
    QCOMPARE(filesOf(c, c.studies[4]), 4);  // 3 images and the draft

    // Held only by an external peer (de-identified), or by nobody: kept unless forced by name.
    QCOMPARE(evict(c, c.studies[7]).kept, Kept::NotHeld);
    v = evict(c, c.studies[8]);
    QCOMPARE(v.kept, Kept::NotHeld);
    QVERIFY2(kept(v).contains("--force"), qPrintable(kept(v)));
    auto refused = test::runDicomnet(data, {"cache", "evict", c.studies[8]});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains("no peer or portal"), refused.out.constData());
    QCOMPARE(filesOf(c, c.studies[8]), 3);
    auto forced = test::runDicomnet(data, {"cache", "evict", c.studies[8], "--force", "--json"});
    QVERIFY2(forced.exitCode == 0, qPrintable(test::describe(forced)));
    QCOMPARE(filesOf(c, c.studies[8]), 0);
    // The least recently used pass never forces.
    auto pass = workflow::evictBytes(data, qint64(1) << 40, false);
    QVERIFY(pass);
    for (const auto& gone : pass->evicted) {
        QVERIFY(gone.studyUid != c.studies[4] && gone.studyUid != c.studies[5]);
        QVERIFY(gone.studyUid != c.studies[7]);
    }

    // The index says where each study is; `check` agrees with the store.
    auto ls = test::runDicomnet(data, {"ls", "studies", "--json"});
    QCOMPARE(ls.exitCode, 0);
    int away = 0;
    for (const QJsonValue& s : QJsonDocument::fromJson(ls.out).array()) {
        const QJsonObject o = s.toObject();
        if (o["study_uid"].toString() == c.studies[0]) {
            QCOMPARE(o["away_count"].toInt(), 3);
            QCOMPARE(o["instance_count"].toInt(), 0);
            QCOMPARE(o["held_at"].toString(), QString("ARCHIVE"));
        }
        if (o["study_uid"].toString() == c.studies[4]) QVERIFY(o["held_at"].isNull());
        away += o["away_count"].toInt();
    }
    QCOMPARE(away, 3 * 6);  // studies 0, 1, 2, 3, 6 and (forced) 8
    auto check = test::runDicomnet(data, {"check"});
    QVERIFY2(check.exitCode == 0, qPrintable(test::describe(check)));
    auto status = workflow::cacheSpace(data);
    QVERIFY(status);
    QCOMPARE(status->awayObjects, qint64(18));
    QCOMPARE(status->awayStudies, qint64(6));
}

void TestEviction::leastRecentlyUsedFirstAndDryRun() {
    QTemporaryDir dir;
    const Cache c = makeCache(dir.path(), 5, 4);
    QVERIFY(addPeer(c.data, "PACS", 11112));
    for (const QString& s : c.studies) QVERIFY(holdAt(c, "PACS", s));
    QVERIFY(workflow::setKeepDays(c.data, 0));
    // Used in this order: 2, 0, 4, 1, 3 (2 is the least recently used).
    for (int s : {2, 0, 4, 1, 3}) {
        QTest::qWait(5);
        workflow::touchStudy(c.data, c.studies[s]);
    }
    auto first = workflow::evictStudy(c.data, c.studies[2], false, true);
    QVERIFY(first && first->mayGo());
    const qint64 wanted = first->bytes + 1;  // one study's worth and a byte: two go

    const QStringList before = storedFiles(c.data);
    auto dry = test::runDicomnet(
        c.data, {"cache", "evict", "--free", QString::number(wanted), "--dry-run", "--json"});
    QVERIFY2(dry.exitCode == 0, qPrintable(test::describe(dry)));
    const QJsonObject plan = QJsonDocument::fromJson(dry.out).object();
    QCOMPARE(plan["evicted"].toArray().size(), 2);
    QCOMPARE(plan["evicted"].toArray()[0].toObject()["study_uid"].toString(), c.studies[2]);
    QCOMPARE(plan["evicted"].toArray()[1].toObject()["study_uid"].toString(), c.studies[0]);
    QCOMPARE(storedFiles(c.data), before);  // a dry run changes nothing

    auto done = workflow::evictBytes(c.data, wanted, false);
    QVERIFY(done);
    QCOMPARE(int(done->evicted.size()), 2);
    QCOMPARE(done->evicted[0].studyUid, c.studies[2]);
    QCOMPARE(done->evicted[1].studyUid, c.studies[0]);
    QVERIFY(done->freed() >= wanted);
    QCOMPARE(storedFiles(c.data).size(), before.size() - 8);
    QCOMPARE(filesOf(c, c.studies[4]), 4);
    // Opening one counts as a use: next time it goes last.
    workflow::touchStudy(c.data, c.studies[4]);
    auto next = workflow::evictBytes(c.data, 1, true);
    QVERIFY(next && next->evicted.size() == 1);
    QCOMPARE(next->evicted[0].studyUid, c.studies[1]);

    // Without a quota, a pass needs a size.
    auto noQuota = test::runDicomnet(c.data, {"cache", "evict"});
    QCOMPARE(noQuota.exitCode, 2);
    QVERIFY2(noQuota.err.contains("no quota"), noQuota.err.constData());
    auto text = test::runDicomnet(c.data, {"ls", "studies"});
    QVERIFY2(text.out.contains("0 + 4 away (PACS)"), text.out.constData());
    auto series = test::runDicomnet(c.data, {"ls", "series", c.studies[2], "--json"});
    QCOMPARE(QJsonDocument::fromJson(series.out).array()[0].toObject()["away_count"].toInt(), 4);
    QVERIFY(test::runDicomnet(c.data, {"ls", "series", c.studies[2]}).out.contains("0 + 4 away"));
}

void TestEviction::killedEvictionLeavesNothingHalfDone() {
    QTemporaryDir dir;
    const Cache c = makeCache(dir.path(), 40, 12);
    for (const QString& s : c.studies) QVERIFY(holdAt(c, "PACS", s));
    QVERIFY(addPeer(c.data, "PACS", 11112));
    QVERIFY(workflow::setKeepDays(c.data, 0));
    int caught = 0, attempts = 0;
    for (; attempts < 8 && caught < 2; ++attempts) {
        const QString copy = dir.filePath(QStringLiteral("copy%1").arg(attempts));
        QCOMPARE(QProcess::execute("cp", {"-a", c.data, copy}), 0);
        QProcess child;
        child.start(test::dicomnetBinary(), {"--data-dir", copy, "cache", "evict", "--free", "1T"});
        QVERIFY(child.waitForStarted());
        // Killed the moment an eviction is seen between its first and last step.
        bool seen = false;
        for (int i = 0; i < 20000 && child.state() == QProcess::Running; ++i) {
            if (scalar(copy, "SELECT count(*) FROM instances WHERE leaving = 1") > 0) {
                ::kill(pid_t(child.processId()), SIGKILL);
                seen = true;
                break;
            }
            QThread::usleep(200);
        }
        child.waitForFinished();
        if (seen && scalar(copy, "SELECT count(*) FROM instances WHERE leaving = 1") > 0) ++caught;
        // Whatever the moment: check finds the index and the store in agreement…
        auto check = test::runDicomnet(copy, {"check"});
        QVERIFY2(check.exitCode == 0, qPrintable(test::describe(check)));
        QCOMPARE(scalar(copy, "SELECT count(*) FROM instances WHERE leaving = 1"), qint64(0));
        // …and every object is here with its whole file, or away, and none is both or lost.
        const qint64 here = scalar(copy, "SELECT count(*) FROM instances");
        const qint64 away = scalar(copy, "SELECT count(*) FROM away_instances");
        QCOMPARE(here + away, qint64(40 * 12));
        QCOMPARE(qint64(storedFiles(copy).size()), here);
        QCOMPARE(away % 12, qint64(0));  // whole studies
    }
    QVERIFY2(
        caught >= 1,
        qPrintable(QStringLiteral("no kill landed inside an eviction in %1 tries").arg(attempts)));
    qInfo("%d of %d kills landed between an eviction's first and last step", caught, attempts);
}

void TestEviction::evictedStudyComesBackByCGet() {
    QTemporaryDir dir;
    const Cache c = makeCache(dir.path(), 2, 5);
    auto archive =
        std::make_unique<test::DcmqrscpArchive>(dir.filePath("archive"), test::freePort());
    QVERIFY(archive->waitUntilUp());
    QVERIFY(addPeer(c.data, "ARCHIVE", archive->port()));
    QVERIFY(workflow::setKeepDays(c.data, 0));
    const QString study = c.studies[0];
    // The canonical content of each object before it leaves.
    std::map<QString, QByteArray> content;
    for (const auto& row : workflow::instancesUnder(c.data, study).value())
        content[row.sopInstanceUid] = test::canonicalDataset(row.filePath);
    QCOMPARE(int(content.size()), 5);

    // Not sent anywhere yet: not evicted.
    QCOMPARE(test::runDicomnet(c.data, {"cache", "evict", study}).exitCode, 1);
    auto sent = test::runDicomnet(c.data, {"send", "ARCHIVE", study});
    QVERIFY2(sent.exitCode == 0, qPrintable(test::describe(sent)));
    auto gone = test::runDicomnet(c.data, {"cache", "evict", study});
    QVERIFY2(gone.exitCode == 0, qPrintable(test::describe(gone)));
    QVERIFY2(gone.out.contains("ARCHIVE"), gone.out.constData());
    QCOMPARE(filesOf(c, study), 0);
    auto status = workflow::studyPresence(c.data, study);
    QVERIFY(status && status->away == 5 && status->locations == QStringList{"ARCHIVE"});

    // Rendering it brings it back first (C-GET), transparently.
    const QString png = dir.filePath("back.png");
    auto render = test::runDicomnet(c.data, {"render", study, "--out", png});
    QVERIFY2(render.exitCode == 0, qPrintable(test::describe(render)));
    QVERIFY(QFileInfo(png).size() > 0);
    QCOMPARE(filesOf(c, study), 5);
    for (const auto& row : workflow::instancesUnder(c.data, study).value())
        QVERIFY2(test::canonicalDataset(row.filePath) == content[row.sopInstanceUid],
                 qPrintable(row.sopInstanceUid));
    auto check = test::runDicomnet(c.data, {"check"});
    QVERIFY2(check.exitCode == 0, qPrintable(test::describe(check)));

    // Evicted again, with the archive gone: the reason, and nothing lost.
    QCOMPARE(test::runDicomnet(c.data, {"cache", "evict", study}).exitCode, 0);
    archive.reset();
    auto fetch = test::runDicomnet(c.data, {"cache", "fetch", study});
    QCOMPARE(fetch.exitCode, 1);
    QVERIFY2(fetch.err.contains("still away"), fetch.err.constData());
    QCOMPARE(workflow::studyPresence(c.data, study)->away, 5);
}

// `dicomnet listen` keeps the cache under its quota: a pass when it starts, and again after an
// association brought objects.
void TestEviction::listenerEvictsInTheBackground() {
    QTemporaryDir dir;
    const Cache c = makeCache(dir.path(), 6, 4);
    QVERIFY(addPeer(c.data, "PACS", 11112));
    for (const QString& s : c.studies) QVERIFY(holdAt(c, "PACS", s));
    QVERIFY(workflow::setKeepDays(c.data, 0));
    for (int s = 0; s < 6; ++s) {
        QTest::qWait(5);
        workflow::touchStudy(c.data, c.studies[s]);  // 0 is the least recently used
    }
    auto space = workflow::cacheSpace(c.data);
    QVERIFY(space);
    // A quota of 90 % of what is here: above its high-water mark (95 %); the low-water mark
    // (85 % of it, 76.5 % of the cache) takes two of the six studies.
    const qint64 quota = qint64(0.9 * double(space->bytes));
    {
        auto cache = db::Cache::open(c.data);
        QVERIFY(db::SiteSettings(*cache.value()).set("cache.quota", QString::number(quota)));
    }
    QProcess listener;
    const int port = test::freePort();
    QVERIFY(test::startListen(listener, c.data, port));
    QString said;
    for (int i = 0; i < 100 && !said.contains("evicted"); ++i) {
        listener.waitForReadyRead(100);
        said += QString::fromUtf8(listener.readAll());
    }
    QVERIFY2(said.contains("evicted 2 stud"), qPrintable(said));
    QVERIFY2(said.contains("held by PACS"), qPrintable(said));
    QCOMPARE(workflow::studyPresence(c.data, c.studies[0])->away, 4);
    QCOMPARE(workflow::studyPresence(c.data, c.studies[1])->away, 4);
    QCOMPARE(workflow::studyPresence(c.data, c.studies[2])->away, 0);

    // A new study arrives (held nowhere else, so it stays): the next least recently used goes.
    const QString in = dir.filePath("new");
    QDir().mkpath(in);
    test::SyntheticObject o;
    o.patientId = "EVNEW", o.rows = 256, o.columns = 192;  // almost two studies' worth
    QVERIFY(test::DicomFactory::write(in + "/new.dcm", o));
    QCOMPARE(test::runTool("storescu", {"-aec", "DICOMNET", "127.0.0.1", QString::number(port),
                                        in + "/new.dcm"})
                 .exitCode,
             0);
    said.clear();
    for (int i = 0; i < 150 && !said.contains("evicted"); ++i) {
        listener.waitForReadyRead(100);
        said += QString::fromUtf8(listener.readAll());
    }
    QVERIFY2(said.contains("evicted"), qPrintable(said));
    QCOMPARE(workflow::studyPresence(c.data, c.studies[2])->away, 4);
    QVERIFY2(test::runDicomnet(c.data, {"ls", "studies"}).out.contains("EVNEW"),
             "the new study is here");
    listener.terminate();
    QVERIFY(listener.waitForFinished(20000));
    QCOMPARE(test::runDicomnet(c.data, {"check"}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestEviction)
#include "test_eviction.moc"
