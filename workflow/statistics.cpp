#include "workflow/statistics.h"

#include "consult/report_indexing.h"
#include "db/cache.h"
#include "db/site_settings.h"

#include <QRegularExpression>

namespace dicomnet::workflow {

namespace {
const QString kCostKey = QStringLiteral("stats.cost-per-exam");
}

QString ExamCost::text() const {
    const QString number = QString::number(amount, 'f', 2);
    return currency.isEmpty() ? number : number + QLatin1Char(' ') + currency;
}

std::optional<ExamCost> parseExamCost(const QString& text) {
    static const QRegularExpression form(QStringLiteral(
        "^\\s*(?:([A-Za-z]{1,5})\\s*)?(\\d{1,9}(?:[.,]\\d{1,4})?)\\s*(?:([A-Za-z]{1,5}))?\\s*$"));
    const auto m = form.match(text);
    if (!m.hasMatch() || (!m.captured(1).isEmpty() && !m.captured(3).isEmpty()))
        return std::nullopt;
    ExamCost c;
    c.amount = m.captured(2).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    c.currency = (m.captured(1) + m.captured(3)).toUpper();
    return c;
}

QString csvLine(const QStringList& fields) {
    QStringList out;
    for (const QString& f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
            f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')))
            out << QLatin1Char('"') + QString(f).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                       QLatin1Char('"');
        else
            out << f;
    }
    return out.join(QLatin1Char(','));
}

Result<std::optional<ExamCost>> examCost(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto v = db::SiteSettings(*cache.value()).value(kCostKey);
    if (!v) return Error{v.error()};
    if (v->isEmpty()) return std::optional<ExamCost>{};
    return parseExamCost(v.value());
}

Status setExamCost(const QString& dataDir, const ExamCost& cost) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::SiteSettings(*cache.value()).set(kCostKey, cost.text());
}

Result<StatsReport> statisticsOf(const QString& dataDir, const StatsFilter& filter,
                                 StatsPeriod period, int parts) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    if (parts & (Volume | Consultations | Readers)) {
        if (Status s = consult::indexReports(*cache.value()); !s) return Error{s.error()};
    }
    db::Statistics stats(*cache.value());
    StatsReport report;
    if (parts & Volume) {
        auto volume = stats.volume(filter, period);
        if (!volume) return Error{volume.error()};
        report.volume = std::move(volume.value());
        for (const StatsRow& r : report.volume) {
            report.studies += r.studies;
            report.images += r.images;
            report.covidStudies += r.covidStudies;
        }
    }
    if (parts & Consultations) {
        auto rows = stats.consultations(filter, period);
        if (!rows) return Error{rows.error()};
        report.consultations = std::move(rows->periods);
        report.consultationTotal = rows->total;
    }
    if (parts & Readers) {
        auto rows = stats.readers(filter);
        if (!rows) return Error{rows.error()};
        report.readers = std::move(rows.value());
    }
    if (parts & Sources) {
        auto rows = stats.bySource(filter);
        if (!rows) return Error{rows.error()};
        report.sources = std::move(rows.value());
    }
    auto cost = db::SiteSettings(*cache.value()).value(kCostKey);
    if (!cost) return Error{cost.error()};
    if (!cost->isEmpty()) report.cost = parseExamCost(cost.value());
    return report;
}

}  // namespace dicomnet::workflow
