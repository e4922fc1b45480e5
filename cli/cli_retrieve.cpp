// `dicomnet retrieve PEER UID`: C-GET from the peer; when the peer does not offer C-GET, asks it
// to C-MOVE to this workstation and receives with a listener of its own for the duration (or
// the workstation's, when that one already holds the port). From a DICOMweb portal: WADO-RS, as
// a fetch job.
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "cli/cli_peer.h"

#include "workflow/import.h"
#include "workflow/jobs.h"
#include "workflow/peers.h"
#include "workflow/receiving.h"
#include "workflow/studies.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace dicomnet::cli {

namespace {

// From a DICOMweb portal: a fetch job (WADO-RS, series by series), run here and now unless
// another dicomnet runs the jobs (then it is queued for that one).
int retrieveFromPortal(const GlobalOptions& options, const QString& portal,
                       const workflow::RetrieveTarget& target) {
    if (target.study.isEmpty()) return usageError(QObject::tr("a portal needs --study for that"));
    if (!target.instance.isEmpty() && target.series.isEmpty())
        return usageError(QObject::tr("a portal needs --series too"));
    QElapsedTimer clock;
    clock.start();
    auto id =
        workflow::queueFetch(options.dataDir, portal, target.study, target.series, target.instance);
    if (!id) return failure(id.error());
    if (id.value() == 0) {
        out() << QObject::tr("all of it is in the cache already (or on its way in)") << "\n";
        return kExitOk;
    }
    workflow::JobRunner runner(options.dataDir);
    if (Status s = runner.lock(); !s) {
        out() << QObject::tr("queued as job %1: %2").arg(id.value()).arg(s.error()) << "\n";
        return kExitOk;
    }
    auto job = runner.runJob(id.value());
    if (!job) return failure(job.error());
    out() << QObject::tr(
                 "retrieved %1 object(s) from %2 by WADO-RS in %3 s (%4 failed); job %5: "
                 "%6")
                 .arg(job->sent)
                 .arg(portal)
                 .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
                 .arg(job->failed)
                 .arg(job->id)
                 .arg(job->lastError.isEmpty() ? job->state : job->lastError)
          << "\n";
    return job->state == QLatin1String("done") ? kExitOk : kExitFailure;
}

}  // namespace

int runRetrieve(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port"),
                      QObject::tr("the port the peer sends to (default 11112)"),
                      QStringLiteral("N"), QStringLiteral("11112")});
    parser.addOption({QStringLiteral("level"), QObject::tr("STUDY (default), SERIES or IMAGE"),
                      QStringLiteral("LEVEL"), QStringLiteral("STUDY")});
    parser.addOption({QStringLiteral("study"),
                      QObject::tr("the study of the series or instance (hierarchical peers need "
                                  "it; asked of the peer when not given)"),
                      QStringLiteral("UID")});
    parser.addOption({QStringLiteral("series"),
                      QObject::tr("the series of the instance (as --study)"),
                      QStringLiteral("UID")});
    parser.addOption(
        {QStringLiteral("move"),
         QObject::tr("use C-MOVE to this workstation, not C-GET (the peer must know us)")});
    addPeerOptions(parser, options);
    if (!parser.parse(QStringList{QStringLiteral("retrieve")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) return usageError(QObject::tr("retrieve needs a PEER and a UID"));
    const QString level = parser.value(QStringLiteral("level")).toUpper();
    if (level != QLatin1String("STUDY") && level != QLatin1String("SERIES") &&
        level != QLatin1String("IMAGE"))
        return usageError(QObject::tr("--level takes STUDY, SERIES or IMAGE"));
    bool okPort = false;
    const int port = parser.value(QStringLiteral("port")).toInt(&okPort);
    if (!okPort || port < 1 || port > 65535)
        return usageError(QObject::tr("--port takes 1 to 65535"));

    workflow::RetrieveTarget target;
    if (level == QLatin1String("STUDY")) {
        target.study = args[1];
    } else {
        target.study = parser.value(QStringLiteral("study"));
        if (level == QLatin1String("SERIES")) {
            target.series = args[1];
        } else {
            target.series = parser.value(QStringLiteral("series"));
            target.instance = args[1];
        }
    }
    auto known = workflow::findPeer(options.dataDir, args[0]);
    if (!known) return failure(known.error());
    if (known.value() && known.value()->dicomweb())
        return retrieveFromPortal(options, args[0], target);
    int exitCode = 0;
    auto client = remotePeer(args[0], parser, options, exitCode);
    if (!client) return exitCode;
    QElapsedTimer clock;
    clock.start();
    client->completeTarget(target);
    // A hierarchical peer finds nothing for a series or instance without its study.
    const QString hint =
        target.study.isEmpty()
            ? QObject::tr("%1 did not say which study this is in; if it needs that, give --study")
                  .arg(args[0])
            : QString();
    // C-GET first: nothing needs to be open on our side, the peer need not know us.
    if (!parser.isSet(QStringLiteral("move"))) {
        bool notOffered = false;
        auto got = client->get(options.dataDir, target, &notOffered);
        if (!got && !notOffered) return failure(got.error());
        if (got) {
            const workflow::ImportSummary& imported = got->imported;
            out() << QObject::tr(
                         "retrieved %1 object(s) from %2 by C-GET in %3 s (%4 failed); "
                         "%5 new in the cache, %6 already there")
                         .arg(got->transfer.completed)
                         .arg(args[0])
                         .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
                         .arg(got->transfer.failed)
                         .arg(imported.imported)
                         .arg(imported.duplicates)
                  << "\n";
            if (got->transfer.completed + got->transfer.failed == 0 && !hint.isEmpty())
                err() << hint << "\n";
            for (const workflow::ImportProblem& p : imported.rejected)
                err() << QObject::tr("rejected %1: %2").arg(p.item, p.reason) << "\n";
            return got->transfer.failed == 0 && imported.rejected.empty() ? kExitOk : kExitFailure;
        }
        err() << QObject::tr("%1; asking for a C-MOVE instead").arg(got.error()) << "\n";
    }

    // A listener of our own for the duration (no forwarding rules: this is a fetch).
    workflow::ReceiveSettings settings;
    settings.aeTitle = parser.value(QStringLiteral("aet"));
    settings.port = port;
    settings.forward = false;
    workflow::Receiver receiver(options.dataDir);
    if (Status s = receiver.start(settings); !s)
        err() << QObject::tr("note: %1; assuming the workstation receives on it").arg(s.error())
              << "\n";
    auto moved = client->move(target, settings.aeTitle);
    receiver.stop();  // every object the peer was told "stored" is durable now
    if (!moved) return failure(moved.error());
    if (moved->completed + moved->failed == 0 && !hint.isEmpty()) err() << hint << "\n";
    auto here = workflow::instancesUnder(options.dataDir, args[1]);
    out() << QObject::tr(
                 "retrieved %1 object(s) from %2 by C-MOVE in %3 s (%4 failed); %5 of it now "
                 "in the cache")
                 .arg(moved->completed)
                 .arg(args[0])
                 .arg(clock.elapsed() / 1000.0, 0, 'f', 2)
                 .arg(moved->failed)
                 .arg(here ? int(here->size()) : 0)
          << "\n";
    return moved->failed == 0 ? kExitOk : kExitFailure;
}

}  // namespace dicomnet::cli
