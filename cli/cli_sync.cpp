// The sync engine from the command line:
//   send PEER UID... [--json] [--again] [--queue] [--wait SECONDS]
//                       queues a send job and runs it until done; a peer that cannot be
//                       reached is tried again with back-off for --wait seconds (default 60),
//                       then the job stays queued for `dicomnet sync`
//   jobs [--json] | jobs show ID [--json] | jobs retry ID | jobs cancel ID
//   sync [--once]       runs the queued jobs and fetches what is new on the portals: until
//                       none is left (--once), or for ever
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "cli/cli_peer.h"
#include "cli/terminal_progress.h"

#include "workflow/jobs.h"
#include "workflow/peers.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <csignal>

namespace dicomnet::cli {

namespace {

std::atomic_bool g_cancel{false};

void onInterrupt(int) { g_cancel = true; }

QJsonObject jobJson(const workflow::Job& j) {
    return QJsonObject{
        {"job", double(j.id)},
        {"kind", j.kind},
        {"destination", j.destination},
        {"requested", QJsonArray::fromStringList(j.requested)},
        {"state", j.state},
        {"total", j.total},
        {"sent", j.sent},
        {"already_there", j.alreadyThere},
        {"pending", j.pending + j.inFlight},
        {"failed", j.failed},
        {"attempts", j.attempts},
        {"next_attempt", j.nextAttemptMs > 0
                             ? QDateTime::fromMSecsSinceEpoch(j.nextAttemptMs).toString(Qt::ISODate)
                             : QString()},
        {"verification", j.verification},
        {"bytes_saved", double(j.bytesSaved)},
        {"error", j.lastError}};
}

QString jobLine(const workflow::Job& j) {
    QString line =
        (j.kind == QLatin1String("fetch")
             ? QObject::tr("job %1 ← %2: %3; fetched %4, already here %5, failed %6 "
                           "of %7")
             : QObject::tr("job %1 → %2: %3; sent %4, already there %5, failed %6 of %7"))
            .arg(j.id)
            .arg(j.destination, j.state)
            .arg(j.sent)
            .arg(j.alreadyThere)
            .arg(j.failed)
            .arg(j.total);
    if (!j.verification.isEmpty()) line += QObject::tr("; check: %1").arg(j.verification);
    if (j.bytesSaved > 0)
        line += QObject::tr("; compression saved %1").arg(formatBytes(j.bytesSaved));
    if (!j.lastError.isEmpty()) line += QObject::tr("; %1").arg(j.lastError);
    if (j.state == QLatin1String("retrying"))
        line +=
            QObject::tr("; next attempt in %1 s")
                .arg(std::max<qint64>(0, j.nextAttemptMs - QDateTime::currentMSecsSinceEpoch()) /
                     1000);
    return line;
}

// Sleeps `ms` unless Ctrl-C comes first.
void waitFor(qint64 ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !g_cancel) QThread::msleep(50);
}

workflow::SyncOptions syncOptions(const QCommandLineParser& parser, const GlobalOptions& options) {
    workflow::SyncOptions o;
    o.ourAeTitle = parser.value(QStringLiteral("aet"));
    if (parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key")) ||
        parser.isSet(QStringLiteral("tls-ca")))
        o.tls = peerTlsFiles(parser, options.dataDir);
    return o;
}

}  // namespace

int runSend(const GlobalOptions& options) {
    QCommandLineParser parser;
    addPeerOptions(parser, options);
    parser.addOption({QStringLiteral("json"), QObject::tr("print the job as JSON")});
    parser.addOption(
        {QStringLiteral("again"), QObject::tr("send even what the peer has acknowledged before")});
    parser.addOption({QStringLiteral("queue"),
                      QObject::tr("only queue the job (dicomnet sync, or the window, runs it)")});
    parser.addOption({QStringLiteral("wait"),
                      QObject::tr("how long to keep trying an unreachable peer (default 60 s)"),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    if (!parser.parse(QStringList{QStringLiteral("send")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) return usageError(QObject::tr("send needs a PEER and at least one UID"));
    auto peer = workflow::findPeer(options.dataDir, args[0]);
    if (!peer) return failure(peer.error());
    if (!peer.value())
        return failure(QObject::tr("no peer named \"%1\" (see dicomnet peers list)").arg(args[0]));
    auto id = workflow::queueSend(options.dataDir, args[0], args.mid(1), parser.isSet("again"));
    if (!id) return failure(id.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    auto report = [&](const workflow::Job& j) {
        if (json)
            printJson(QJsonArray{jobJson(j)});
        else
            out() << jobLine(j) << "\n";
    };
    workflow::JobRunner runner(options.dataDir, syncOptions(parser, options));
    if (parser.isSet(QStringLiteral("queue")) || !runner.lock()) {
        auto j = workflow::findJob(options.dataDir, id.value());
        if (j && j.value()) report(*j.value());
        if (!parser.isSet(QStringLiteral("queue"))) err() << runner.lock().error() << "\n";
        return kExitOk;
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const qint64 patienceMs = qint64(parser.value(QStringLiteral("wait")).toDouble() * 1000);
    QElapsedTimer clock;
    clock.start();
    TerminalProgress bar(QObject::tr("objects"));
    Result<workflow::Job> j = Error{QString()};
    while (true) {
        j = runner.runJob(id.value(), workflow::Progress<workflow::JobStep>(
                                          [&](const workflow::JobStep& step) {
                                              bar.update(step.done, step.total, 0);
                                          },
                                          &g_cancel));
        if (!j) break;
        if (j->finished() || g_cancel || j->state != QLatin1String("retrying")) break;
        const qint64 wait =
            std::max<qint64>(0, j->nextAttemptMs - QDateTime::currentMSecsSinceEpoch());
        if (clock.elapsed() + wait > patienceMs) break;
        err() << QObject::tr("%1: trying again in %2 s")
                     .arg(j->lastError)
                     .arg(wait / 1000.0, 0, 'f', 1)
              << "\n";
        waitFor(wait);
        if (g_cancel) break;
    }
    bar.finish();
    if (!j) return failure(j.error());
    report(j.value());
    if (j->state == QLatin1String("done")) return kExitOk;
    if (!j->finished())
        err() << QObject::tr("job %1 stays queued: dicomnet sync (or the window) finishes it")
                     .arg(j->id)
              << "\n";
    return kExitFailure;
}

int runJobs(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("jobs")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (args.isEmpty()) {
        auto jobs = workflow::listJobs(options.dataDir);
        if (!jobs) return failure(jobs.error());
        QJsonArray a;
        for (const workflow::Job& j : jobs.value()) {
            if (json)
                a.append(jobJson(j));
            else
                out() << jobLine(j) << "\n";
        }
        if (json) printJson(a);
        return kExitOk;
    }
    bool okId = false;
    const qint64 id = args.value(1).toLongLong(&okId);
    if (args.size() != 2 || !okId)
        return usageError(QObject::tr("jobs [--json] | jobs show|retry|cancel ID"));
    if (args[0] == QLatin1String("retry") || args[0] == QLatin1String("cancel")) {
        const Status s = args[0] == QLatin1String("retry")
                             ? workflow::retryJob(options.dataDir, id)
                             : workflow::cancelJob(options.dataDir, id);
        if (!s) return failure(s.error());
        auto j = workflow::findJob(options.dataDir, id);
        if (j && j.value()) out() << jobLine(*j.value()) << "\n";
        return kExitOk;
    }
    if (args[0] != QLatin1String("show"))
        return usageError(QObject::tr("jobs [--json] | jobs show|retry|cancel ID"));
    auto j = workflow::findJob(options.dataDir, id);
    if (!j) return failure(j.error());
    if (!j.value()) return failure(QObject::tr("no job %1").arg(id));
    auto objects = workflow::jobObjects(options.dataDir, id);
    if (!objects) return failure(objects.error());
    if (json) {
        QJsonObject o = jobJson(*j.value());
        QJsonArray list;
        for (const workflow::JobObject& x : objects.value())
            list.append(QJsonObject{{"sop_instance_uid", x.sopUid},
                                    {"study_uid", x.studyUid},
                                    {"state", x.state},
                                    {"error", x.error}});
        o.insert("objects", list);
        printJson(QJsonArray{o});
        return kExitOk;
    }
    out() << jobLine(*j.value()) << "\n";
    std::vector<QStringList> table;
    for (const workflow::JobObject& x : objects.value())
        table.push_back({x.state, x.sopUid, x.error});
    printTable({QObject::tr("STATE"), QObject::tr("SOP INSTANCE UID"), QObject::tr("PROBLEM")},
               table);
    return kExitOk;
}

int runSync(const GlobalOptions& options) {
    QCommandLineParser parser;
    addPeerOptions(parser, options);
    parser.addOption(
        {QStringLiteral("once"), QObject::tr("stop when no job is left to run (or all wait on "
                                             "unreachable peers longer than --wait)")});
    parser.addOption({QStringLiteral("wait"),
                      QObject::tr("with --once: how long to wait for a retry (default 60 s)"),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    if (!parser.parse(QStringList{QStringLiteral("sync")} + options.arguments))
        return usageError(parser.errorText());
    workflow::JobRunner runner(options.dataDir, syncOptions(parser, options));
    if (Status s = runner.lock(); !s) return failure(s.error());
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool once = parser.isSet(QStringLiteral("once"));
    const qint64 patienceMs = qint64(parser.value(QStringLiteral("wait")).toDouble() * 1000);
    QElapsedTimer idle;
    idle.start();
    bool pulled = false;
    while (!g_cancel) {
        auto ran = runner.runPending(workflow::Progress<workflow::JobStep>({}, &g_cancel));
        if (!ran) return failure(ran.error());
        if (ran.value() > 0) idle.restart();
        // What is new on the portals (answers, new studies of the patients sent there).
        if (!once || !pulled) {
            QStringList problems;
            auto fetched = runner.pullFromPortals(&problems);
            pulled = true;
            if (!fetched) return failure(fetched.error());
            for (const QString& p : problems) err() << p << "\n";
            if (fetched.value() > 0)
                out() << QObject::tr("fetched %n object(s) from the portals", nullptr,
                                     fetched.value())
                      << "\n";
        }
        auto next = runner.nextRetryIn();
        if (!next) return failure(next.error());
        if (once && !next.value()) break;                                // nothing left
        if (once && idle.elapsed() + *next.value() > patienceMs) break;  // waits too long
        waitFor(next.value() ? std::min<qint64>(*next.value() + 10, 5000) : 2000);
    }
    auto jobs = workflow::listJobs(options.dataDir, true);
    if (!jobs) return failure(jobs.error());
    for (const workflow::Job& j : jobs.value()) out() << jobLine(j) << "\n";
    if (jobs->empty()) out() << QObject::tr("no job waits") << "\n";
    return jobs->empty() ? kExitOk : kExitFailure;
}

}  // namespace dicomnet::cli
