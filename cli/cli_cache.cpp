// `dicomnet cache …`: the room the cache takes and may take, and keeping it there for months.
//   status [--json]                     what is here, what is away, the disk, the quota
//   quota SIZE|N%|off · keep DAYS       the site's quota; how long received studies stay
//   pin UID · unpin UID · pins [--json] studies kept whatever the quota says
//   evict [--free SIZE] [--dry-run]     least recently used first: over the quota down to its
//                                       low-water mark, or SIZE
//   evict UID... [--force] [--dry-run]  those studies (forced: even held nowhere known)
//   fetch UID                           bring an evicted study back now
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "cli/terminal_progress.h"

#include "workflow/cache_space.h"
#include "workflow/eviction.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace dicomnet::cli {

namespace {

QString size(qint64 bytes) { return QLocale::system().formattedDataSize(bytes); }

int runStatus(const GlobalOptions& options, bool json) {
    auto s = workflow::cacheSpace(options.dataDir);
    if (!s) return failure(s.error());
    if (json) {
        QJsonObject o{{"studies", s->studies},
                      {"objects", s->objects},
                      {"bytes", s->bytes},
                      {"away_studies", s->awayStudies},
                      {"away_objects", s->awayObjects},
                      {"away_bytes", s->awayBytes},
                      {"pinned", s->pinned},
                      {"keep_days", s->keepDays},
                      {"disk_total", s->diskTotal},
                      {"disk_free", s->diskFree},
                      {"quota", s->quotaSetting},
                      {"over_high_water", s->overHighWater()}};
        if (s->quotaBytes) o["quota_bytes"] = *s->quotaBytes;
        printJson(o);
        return kExitOk;
    }
    out() << QObject::tr("studies: %1, objects: %2, %3")
                 .arg(s->studies)
                 .arg(s->objects)
                 .arg(size(s->bytes))
          << "\n";
    if (s->awayObjects > 0)
        out() << QObject::tr(
                     "away (evicted, held by peers or portals): %1 object(s) of %2 "
                     "stud(ies), %3")
                     .arg(s->awayObjects)
                     .arg(s->awayStudies)
                     .arg(size(s->awayBytes))
              << "\n";
    out() << QObject::tr("disk: %1 free of %2").arg(size(s->diskFree), size(s->diskTotal)) << "\n"
          << QObject::tr(
                 "kept whatever the quota: studies received in the last %n day(s), "
                 "%1 pinned",
                 nullptr, s->keepDays)
                 .arg(s->pinned)
          << "\n";
    if (!s->quotaBytes) {
        out() << QObject::tr("no quota (dicomnet cache quota SIZE|N%)") << "\n";
        return kExitOk;
    }
    out() << QObject::tr("quota: %1 (%2), %3 % used")
                 .arg(s->quotaSetting, size(*s->quotaBytes))
                 .arg(100.0 * double(s->bytes) / double(*s->quotaBytes), 0, 'f', 1)
          << "\n";
    if (s->overHighWater())
        out() << QObject::tr("above the high-water mark (%1 % of the quota)")
                     .arg(100 * workflow::CacheSpace::kHighWater)
              << "\n";
    return kExitOk;
}

QJsonObject verdictJson(const workflow::StudyVerdict& v) {
    return QJsonObject{{"study_uid", v.studyUid},
                       {"objects", v.objects},
                       {"bytes", v.bytes},
                       {"held_at", v.location.isEmpty() ? QJsonValue() : QJsonValue(v.location)},
                       {"kept", v.mayGo() ? QJsonValue() : QJsonValue(workflow::keptReason(v))}};
}

void printVerdicts(const std::vector<workflow::StudyVerdict>& rows, bool went, bool dryRun) {
    std::vector<QStringList> table;
    for (const auto& v : rows)
        table.push_back({v.studyUid, QString::number(v.objects), size(v.bytes),
                         went ? (v.location.isEmpty() ? QObject::tr("nowhere known") : v.location)
                              : workflow::keptReason(v)});
    if (table.empty()) return;
    printTable({QObject::tr("STUDY UID"), QObject::tr("IMAGES"), QObject::tr("SIZE"),
                went ? (dryRun ? QObject::tr("WOULD GO, HELD BY") : QObject::tr("EVICTED, HELD BY"))
                     : QObject::tr("KEPT BECAUSE")},
               table);
}

int runEvictPass(const GlobalOptions& options, const QString& free, bool dryRun, bool json) {
    Result<workflow::EvictionOutcome> outcome = workflow::EvictionOutcome{};
    if (free.isEmpty()) {
        auto s = workflow::cacheSpace(options.dataDir);
        if (!s) return failure(s.error());
        if (!s->quotaBytes)
            return usageError(
                QObject::tr("no quota is set: give --free SIZE, or set one with "
                            "dicomnet cache quota SIZE|N%"));
        const qint64 target = qint64(workflow::CacheSpace::kLowWater * double(*s->quotaBytes));
        if (s->bytes <= target) {
            out() << QObject::tr(
                         "the cache is below the low-water mark of its quota: nothing "
                         "to evict")
                  << "\n";
            return kExitOk;
        }
        outcome = workflow::evictBytes(options.dataDir, s->bytes - target, dryRun);
    } else {
        auto bytes = workflow::parseSize(free);
        if (!bytes) return usageError(bytes.error());
        outcome = workflow::evictBytes(options.dataDir, bytes.value(), dryRun);
    }
    if (!outcome) return failure(outcome.error());
    if (outcome->busy) return failure(QObject::tr("another process is evicting from this cache"));
    if (json) {
        QJsonArray went, kept;
        for (const auto& v : outcome->evicted) went.append(verdictJson(v));
        for (const auto& v : outcome->kept) kept.append(verdictJson(v));
        printJson(QJsonObject{{"wanted", outcome->wanted},
                              {"freed", outcome->freed()},
                              {"dry_run", dryRun},
                              {"evicted", went},
                              {"kept", kept}});
    } else {
        printVerdicts(outcome->evicted, true, dryRun);
        printVerdicts(outcome->kept, false, dryRun);
        out() << (dryRun ? QObject::tr("would free %1 of the %2 wanted")
                         : QObject::tr("freed %1 of the %2 wanted"))
                     .arg(size(outcome->freed()), size(outcome->wanted))
              << "\n";
    }
    return outcome->freed() >= outcome->wanted ? kExitOk : kExitFailure;
}

int runEvictStudies(const GlobalOptions& options, const QStringList& uids, bool force, bool dryRun,
                    bool json) {
    std::vector<workflow::StudyVerdict> went, kept;
    int code = kExitOk;
    for (const QString& uid : uids) {
        auto v = workflow::evictStudy(options.dataDir, uid, force, dryRun);
        if (!v) {
            err() << uid << ": " << v.error() << "\n";
            code = kExitFailure;
            continue;
        }
        if (v->mayGo()) {
            went.push_back(v.value());
        } else {
            kept.push_back(v.value());
            code = kExitFailure;
        }
    }
    if (json) {
        QJsonArray a, b;
        for (const auto& v : went) a.append(verdictJson(v));
        for (const auto& v : kept) b.append(verdictJson(v));
        printJson(QJsonObject{{"dry_run", dryRun}, {"evicted", a}, {"kept", b}});
    } else {
        printVerdicts(went, true, dryRun);
        printVerdicts(kept, false, dryRun);
    }
    return code;
}

int runFetch(const GlobalOptions& options, const QString& uid) {
    TerminalProgress bar(QObject::tr("objects"));
    auto back = workflow::bringBack(
        options.dataDir, uid,
        workflow::Progress<workflow::BringBackStep>(
            [&](const workflow::BringBackStep& s) { bar.update(s.done, s.total, 0, s.location); }));
    bar.finish();
    if (!back) return failure(back.error());
    out() << (back.value() == 0 ? QObject::tr("all of it is here")
                                : QObject::tr("brought back %n object(s)", nullptr, back.value()))
          << "\n";
    return kExitOk;
}

}  // namespace

int runCache(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    parser.addOption({QStringLiteral("dry-run"), QObject::tr("say what would go, change nothing")});
    parser.addOption({QStringLiteral("force"),
                      QObject::tr("evict the named studies even when no peer or portal is known "
                                  "to hold them")});
    parser.addOption(
        {QStringLiteral("free"), QObject::tr("free this much"), QStringLiteral("SIZE")});
    const QString usage = QObject::tr(
        "cache status [--json] | quota SIZE|N%|off | keep DAYS | pin UID | unpin UID | pins "
        "[--json] | evict [--free SIZE] [--dry-run] [--json] | evict UID... [--force] [--dry-run] "
        "| fetch UID");
    if (!parser.parse(QStringList{QStringLiteral("cache")} + options.arguments))
        return usageError(parser.errorText() + "\n" + usage);
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (verb == QLatin1String("status") && args.size() == 1) return runStatus(options, json);
    if (verb == QLatin1String("quota") && args.size() == 2) {
        if (Status s = workflow::setCacheQuota(options.dataDir, args[1]); !s)
            return usageError(s.error());
        return runStatus(options, false);
    }
    if (verb == QLatin1String("keep") && args.size() == 2) {
        bool ok = false;
        const int days = args[1].toInt(&ok);
        if (!ok) return usageError(QObject::tr("not a number of days: %1").arg(args[1]));
        if (Status s = workflow::setKeepDays(options.dataDir, days); !s)
            return usageError(s.error());
        return runStatus(options, false);
    }
    if ((verb == QLatin1String("pin") || verb == QLatin1String("unpin")) && args.size() == 2) {
        Status s = verb == QLatin1String("pin") ? workflow::pinStudy(options.dataDir, args[1])
                                                : workflow::unpinStudy(options.dataDir, args[1]);
        return s ? kExitOk : failure(s.error());
    }
    if (verb == QLatin1String("pins") && args.size() == 1) {
        auto pins = workflow::pinnedStudies(options.dataDir);
        if (!pins) return failure(pins.error());
        if (json) {
            QJsonArray a;
            for (const auto& [uid, login] : pins.value())
                a.append(QJsonObject{{"study_uid", uid}, {"pinned_by", login}});
            printJson(a);
            return kExitOk;
        }
        std::vector<QStringList> table;
        for (const auto& [uid, login] : pins.value()) table.push_back({uid, login});
        printTable({QObject::tr("STUDY UID"), QObject::tr("PINNED BY")}, table);
        return kExitOk;
    }
    if (verb == QLatin1String("evict")) {
        if (args.size() == 1) {
            if (parser.isSet(QStringLiteral("force")))
                return usageError(QObject::tr("--force needs the studies named"));
            return runEvictPass(options, parser.value(QStringLiteral("free")), dryRun, json);
        }
        if (parser.isSet(QStringLiteral("free")))
            return usageError(QObject::tr("--free or study UIDs, not both"));
        return runEvictStudies(options, args.mid(1), parser.isSet(QStringLiteral("force")), dryRun,
                               json);
    }
    if (verb == QLatin1String("fetch") && args.size() == 2) return runFetch(options, args[1]);
    return usageError(usage);
}

}  // namespace dicomnet::cli
