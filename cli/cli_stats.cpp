// `dicomnet stats [--from YYYY-MM-DD] [--to YYYY-MM-DD]
// [--by month|week|year|modality|source|reader] [--portal NAME] [--json|--csv]`: investigations
// per period and modality with the COVID-19 share, consultations requested and answered with
// their turnaround, answers per reader, studies per sending AE title, and the savings estimate;
// `dicomnet stats cost [AMOUNT [CURRENCY]]` shows or sets the cost of one exam on film and paper.
// Counts only: no patient's name, ID or UID is printed.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "core/person_name.h"
#include "workflow/portal_statistics.h"
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

QString hours(double h) { return h < 0 ? QStringLiteral("-") : QString::number(h, 'f', 1); }
QJsonValue jsonHours(double h) { return h < 0 ? QJsonValue() : QJsonValue(qRound(h * 10) / 10.0); }
QString percent(qint64 part, qint64 whole) {
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + " %"
                     : QStringLiteral("-");
}

void writeCsv(const QStringList& header, const std::vector<QStringList>& rows) {
    QString csv = workflow::csvLine(header) + QLatin1Char('\n');
    for (const QStringList& row : rows) csv += workflow::csvLine(row) + QLatin1Char('\n');
    const QByteArray bytes = csv.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int runCost(const GlobalOptions& options) {
    const QStringList args = options.arguments.mid(1);
    if (args.isEmpty()) {
        auto cost = workflow::examCost(options.dataDir);
        if (!cost) return failure(cost.error());
        if (!cost->has_value())
            out() << QObject::tr("no cost per exam is set (dicomnet stats cost 4.10 EUR)") << "\n";
        else
            out() << QObject::tr("one exam on film and paper: %1").arg(cost.value()->text())
                  << "\n";
        return kExitOk;
    }
    auto cost = workflow::parseExamCost(args.join(QLatin1Char(' ')));
    if (!cost || args.size() > 2)
        return usageError(QObject::tr("stats cost AMOUNT [CURRENCY], e.g. stats cost 4.10 EUR"));
    if (Status s = workflow::setExamCost(options.dataDir, *cost); !s) return failure(s.error());
    out() << QObject::tr("one exam on film and paper: %1").arg(cost->text()) << "\n";
    return kExitOk;
}

struct Output {
    QString by;
    bool json = false, csv = false;
};

QJsonObject summaryJson(const workflow::StatsReport& r) {
    QJsonObject s{{"studies", double(r.studies)},
                  {"images", double(r.images)},
                  {"covid_studies", double(r.covidStudies)},
                  {"requested", double(r.consultationTotal.requested)},
                  {"answered", double(r.consultationTotal.answered)},
                  {"turnaround_median_hours", jsonHours(r.consultationTotal.medianHours)},
                  {"turnaround_p90_hours", jsonHours(r.consultationTotal.p90Hours)}};
    if (r.cost) {
        s.insert("cost_per_exam", r.cost->amount);
        s.insert("currency", r.cost->currency);
        s.insert("savings", double(r.studies) * r.cost->amount);
        s.insert("covid_savings", double(r.covidStudies) * r.cost->amount);
    }
    return s;
}

void printSummary(const workflow::StatsReport& r, bool consultations) {
    out() << QObject::tr("total: %1 studies, %2 images; COVID-19 investigations: %3 (%4)")
                 .arg(r.studies)
                 .arg(r.images)
                 .arg(r.covidStudies)
                 .arg(percent(r.covidStudies, r.studies))
          << "\n";
    if (consultations)
        out() << QObject::tr(
                     "consultations: %1 requested, %2 answered; turnaround from request "
                     "to signed answer: median %3 h, 90th percentile %4 h")
                     .arg(r.consultationTotal.requested)
                     .arg(r.consultationTotal.answered)
                     .arg(hours(r.consultationTotal.medianHours),
                          hours(r.consultationTotal.p90Hours))
              << "\n";
    if (r.cost)
        out() << QObject::tr(
                     "saved by reading on screen, not on film and paper: about %1 %2 "
                     "(%3 exams at %4; COVID-19 investigations: %5 %2)")
                     .arg(QString::number(double(r.studies) * r.cost->amount, 'f', 0),
                          r.cost->currency)
                     .arg(r.studies)
                     .arg(r.cost->text(),
                          QString::number(double(r.covidStudies) * r.cost->amount, 'f', 0))
              << "\n";
    else
        out() << QObject::tr(
                     "savings: set the cost of one exam on film and paper to estimate "
                     "them (dicomnet stats cost 4.10 EUR)")
              << "\n";
}

int printVolume(const workflow::StatsReport& r, const Output& o, bool byPeriod, bool portal) {
    if (o.json) {
        QJsonArray rows, consultations;
        for (const workflow::StatsRow& v : r.volume) {
            QJsonObject row{{"modality", v.modality},
                            {"studies", double(v.studies)},
                            {"images", double(v.images)}};
            if (!portal) row.insert("covid_studies", double(v.covidStudies));
            if (byPeriod) row.insert("period", v.period);
            rows.append(row);
        }
        for (const workflow::ConsultationStatsRow& c : r.consultations)
            consultations.append(QJsonObject{{"period", c.period},
                                             {"requested", double(c.requested)},
                                             {"answered", double(c.answered)},
                                             {"turnaround_median_hours", jsonHours(c.medianHours)},
                                             {"turnaround_p90_hours", jsonHours(c.p90Hours)}});
        QJsonObject doc{{"by", o.by}, {"rows", rows}};
        if (portal) {
            doc.insert("summary",
                       QJsonObject{{"studies", double(r.studies)}, {"images", double(r.images)}});
        } else {
            if (byPeriod) doc.insert("consultations", consultations);
            doc.insert("summary", summaryJson(r));
        }
        printJson(doc);
        return kExitOk;
    }
    std::vector<QStringList> table;
    for (const workflow::StatsRow& v : r.volume) {
        QStringList row;
        if (byPeriod) row << v.period;
        row << v.modality << QString::number(v.studies) << QString::number(v.images);
        if (!portal) row << QString::number(v.covidStudies);
        table.push_back(row);
    }
    QStringList header;
    if (byPeriod) header << QObject::tr("PERIOD");
    header << QObject::tr("MODALITY") << QObject::tr("STUDIES") << QObject::tr("IMAGES");
    if (!portal) header << QObject::tr("COVID-19");
    if (o.csv) {
        QStringList csvHeader;
        if (byPeriod) csvHeader << "period";
        csvHeader << "modality"
                  << "studies"
                  << "images";
        if (!portal) csvHeader << "covid_studies";
        writeCsv(csvHeader, table);
        return kExitOk;
    }
    printTable(header, table);
    if (portal) {
        out() << QObject::tr("total: %1 studies, %2 images").arg(r.studies).arg(r.images) << "\n";
        return kExitOk;
    }
    if (byPeriod && !r.consultations.empty()) {
        out() << "\n";
        std::vector<QStringList> rows;
        for (const workflow::ConsultationStatsRow& c : r.consultations)
            rows.push_back({c.period, QString::number(c.requested), QString::number(c.answered),
                            hours(c.medianHours), hours(c.p90Hours)});
        printTable({QObject::tr("PERIOD"), QObject::tr("REQUESTED"), QObject::tr("ANSWERED"),
                    QObject::tr("MEDIAN H"), QObject::tr("P90 H")},
                   rows);
    }
    printSummary(r, true);
    return kExitOk;
}

int printReaders(const workflow::StatsReport& r, const Output& o) {
    if (o.json) {
        QJsonArray rows;
        for (const workflow::ReaderStatsRow& v : r.readers)
            rows.append(QJsonObject{{"reader", displayPersonName(v.reader)},
                                    {"answers", double(v.answers)},
                                    {"timed", double(v.timed)},
                                    {"turnaround_median_hours", jsonHours(v.medianHours)},
                                    {"turnaround_p90_hours", jsonHours(v.p90Hours)}});
        printJson(QJsonObject{{"by", o.by}, {"rows", rows}});
        return kExitOk;
    }
    std::vector<QStringList> table;
    for (const workflow::ReaderStatsRow& v : r.readers)
        table.push_back({displayPersonName(v.reader), QString::number(v.answers),
                         QString::number(v.timed), hours(v.medianHours), hours(v.p90Hours)});
    if (o.csv) {
        writeCsv({"reader", "answers", "timed", "turnaround_median_hours", "turnaround_p90_hours"},
                 table);
        return kExitOk;
    }
    printTable({QObject::tr("READER"), QObject::tr("ANSWERS"), QObject::tr("TIMED"),
                QObject::tr("MEDIAN H"), QObject::tr("P90 H")},
               table);
    out() << QObject::tr(
                 "answers: the requests (or, unasked, studies) a reader's signed "
                 "consultations answer; turnaround of the requests they answered first")
          << "\n";
    return kExitOk;
}

int printSources(const workflow::StatsReport& r, const Output& o) {
    std::vector<QStringList> table;
    QJsonArray rows;
    qint64 studies = 0, images = 0;
    for (const workflow::StatsRow& v : r.sources) {
        table.push_back({v.period, QString::number(v.studies), QString::number(v.images)});
        rows.append(QJsonObject{
            {"source", v.period}, {"studies", double(v.studies)}, {"images", double(v.images)}});
        studies += v.studies;
        images += v.images;
    }
    if (o.json) {
        printJson(QJsonObject{{"by", o.by}, {"rows", rows}});
    } else if (o.csv) {
        writeCsv({"source", "studies", "images"}, table);
    } else {
        printTable({QObject::tr("SOURCE"), QObject::tr("STUDIES"), QObject::tr("IMAGES")}, table);
        out() << QObject::tr("total received: %1 studies, %2 images").arg(studies).arg(images)
              << "\n";
    }
    return kExitOk;
}

}  // namespace

int runStats(const GlobalOptions& options) {
    if (options.arguments.value(0) == QLatin1String("cost")) return runCost(options);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QObject::tr("studies from this day on"),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QObject::tr("studies up to this day"),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("by"),
                      QObject::tr("month, week, year, modality, source or reader"),
                      QStringLiteral("WHAT"), QStringLiteral("month")});
    parser.addOption({QStringLiteral("portal"), QObject::tr("count on this DICOMweb peer"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    parser.addOption({QStringLiteral("csv"), QObject::tr("comma-separated values")});
    const QString usage = QObject::tr(
        "stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
        "[--by month|week|year|modality|source|reader] [--portal NAME] [--json|--csv]; "
        "stats cost [AMOUNT [CURRENCY]]");
    if (!parser.parse(QStringList{QStringLiteral("stats")} + options.arguments) ||
        !parser.positionalArguments().isEmpty())
        return usageError(usage);
    workflow::StatsFilter filter;
    if ((parser.isSet(QStringLiteral("from")) &&
         !dicomDate(parser.value(QStringLiteral("from")), filter.from)) ||
        (parser.isSet(QStringLiteral("to")) &&
         !dicomDate(parser.value(QStringLiteral("to")), filter.to)))
        return usageError(QObject::tr("--from and --to take YYYY-MM-DD"));
    Output o;
    o.by = parser.value(QStringLiteral("by"));
    o.json = parser.isSet(QStringLiteral("json"));
    o.csv = parser.isSet(QStringLiteral("csv"));
    static const std::pair<const char*, workflow::StatsPeriod> periods[] = {
        {"month", workflow::StatsPeriod::Month}, {"week", workflow::StatsPeriod::Week},
        {"year", workflow::StatsPeriod::Year},   {"modality", workflow::StatsPeriod::All},
        {"source", workflow::StatsPeriod::All},  {"reader", workflow::StatsPeriod::All}};
    std::optional<workflow::StatsPeriod> period;
    for (const auto& [name, p] : periods)
        if (o.by == QLatin1String(name)) period = p;
    if (!period) return usageError(usage);
    const bool byPeriod = *period != workflow::StatsPeriod::All;

    if (parser.isSet(QStringLiteral("portal"))) {
        if (o.by == QLatin1String("source") || o.by == QLatin1String("reader"))
            return usageError(QObject::tr(
                "a portal's QIDO-RS answers with studies, not with who sent or read them: "
                "--portal counts by month, week, year or modality"));
        auto report = workflow::portalStatistics(
            options.dataDir, parser.value(QStringLiteral("portal")), filter, *period);
        if (!report) return failure(report.error());
        return printVolume(report.value(), o, byPeriod, true);
    }
    const int parts = o.by == QLatin1String("source") ? workflow::Sources
                      : o.by == QLatin1String("reader")
                          ? workflow::Readers
                          : workflow::Volume | workflow::Consultations;
    auto report = workflow::statisticsOf(options.dataDir, filter, *period, parts);
    if (!report) return failure(report.error());
    if (o.by == QLatin1String("source")) return printSources(report.value(), o);
    if (o.by == QLatin1String("reader")) return printReaders(report.value(), o);
    return printVolume(report.value(), o, byPeriod, false);
}

}  // namespace dicomnet::cli
