// `dicomnet stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by month|week|year|modality|source]
// [--json|--csv]`: how many studies (and images) the cache holds per period and modality, or per
// sending AE title. Counts only: no name, ID or UID is printed.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/statistics.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace dicomnet::cli {

namespace {

// YYYY-MM-DD → YYYYMMDD; false when it is not a date.
bool dicomDate(const QString& text, QString& out) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) return false;
    out = d.toString(QStringLiteral("yyyyMMdd"));
    return true;
}

QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"'))) return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

}  // namespace

int runStats(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QObject::tr("studies from this day on"),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QObject::tr("studies up to this day"),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("by"), QObject::tr("month, week, year, modality or source"),
                      QStringLiteral("WHAT"), QStringLiteral("month")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    parser.addOption({QStringLiteral("csv"), QObject::tr("comma-separated values")});
    const QString usage = QObject::tr(
        "stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by month|week|year|modality|source] "
        "[--json|--csv]");
    if (!parser.parse(QStringList{QStringLiteral("stats")} + options.arguments) ||
        !parser.positionalArguments().isEmpty())
        return usageError(usage);
    workflow::StatsFilter filter;
    if ((parser.isSet(QStringLiteral("from")) &&
         !dicomDate(parser.value(QStringLiteral("from")), filter.from)) ||
        (parser.isSet(QStringLiteral("to")) &&
         !dicomDate(parser.value(QStringLiteral("to")), filter.to)))
        return usageError(QObject::tr("--from and --to take YYYY-MM-DD"));
    const QString by = parser.value(QStringLiteral("by"));
    const bool source = by == QLatin1String("source");
    static const std::pair<const char*, workflow::StatsPeriod> periods[] = {
        {"month", workflow::StatsPeriod::Month},
        {"week", workflow::StatsPeriod::Week},
        {"year", workflow::StatsPeriod::Year},
        {"modality", workflow::StatsPeriod::All}};
    std::optional<workflow::StatsPeriod> period;
    for (const auto& [name, p] : periods)
        if (by == QLatin1String(name)) period = p;
    if (!source && !period) return usageError(usage);
    auto rows = source ? workflow::studiesBySource(options.dataDir, filter)
                       : workflow::studyVolume(options.dataDir, filter, *period);
    if (!rows) return failure(rows.error());

    const QString first = source ? QStringLiteral("source") : QStringLiteral("period");
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const workflow::StatsRow& r : rows.value()) {
            QJsonObject o{{"studies", double(r.studies)}, {"images", double(r.images)}};
            if (source || *period != workflow::StatsPeriod::All) o.insert(first, r.period);
            if (!source) o.insert(QStringLiteral("modality"), r.modality);
            a.append(o);
        }
        printJson(a);
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        QString csv = source ? QStringLiteral("source,studies,images\n")
                             : QStringLiteral("period,modality,studies,images\n");
        for (const workflow::StatsRow& r : rows.value())
            csv += csvField(r.period) + QLatin1Char(',') +
                   (source ? QString() : csvField(r.modality) + QLatin1Char(',')) +
                   QString::number(r.studies) + QLatin1Char(',') + QString::number(r.images) +
                   QLatin1Char('\n');
        const QByteArray bytes = csv.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return kExitOk;
    }
    std::vector<QStringList> table;
    qint64 studies = 0, images = 0;
    for (const workflow::StatsRow& r : rows.value()) {
        table.push_back(
            source ? QStringList{r.period, QString::number(r.studies), QString::number(r.images)}
                   : QStringList{r.period, r.modality, QString::number(r.studies),
                                 QString::number(r.images)});
        studies += r.studies;
        images += r.images;
    }
    if (source)
        printTable({QObject::tr("SOURCE"), QObject::tr("STUDIES"), QObject::tr("IMAGES")}, table);
    else
        printTable({QObject::tr("PERIOD"), QObject::tr("MODALITY"), QObject::tr("STUDIES"),
                    QObject::tr("IMAGES")},
                   table);
    out() << QObject::tr("total: %1 studies, %2 images").arg(studies).arg(images) << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
