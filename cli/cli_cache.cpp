// `dicomnet cache status [--json]`: what the cache holds, the disk it is on, and its quota;
// `dicomnet cache quota SIZE|N%|off` sets the quota (the site's upkeep).
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/cache_space.h"

#include <QCommandLineParser>
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
          << "\n"
          << QObject::tr("disk: %1 free of %2").arg(size(s->diskFree), size(s->diskTotal)) << "\n";
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

}  // namespace

int runCache(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    const QString usage = QObject::tr("cache status [--json] | cache quota SIZE|N%|off");
    if (!parser.parse(QStringList{QStringLiteral("cache")} + options.arguments))
        return usageError(parser.errorText() + "\n" + usage);
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("status") && args.size() == 1)
        return runStatus(options, parser.isSet(QStringLiteral("json")));
    if (args.value(0) == QLatin1String("quota") && args.size() == 2) {
        if (Status s = workflow::setCacheQuota(options.dataDir, args[1]); !s)
            return usageError(s.error());
        return runStatus(options, false);
    }
    return usageError(usage);
}

}  // namespace dicomnet::cli
