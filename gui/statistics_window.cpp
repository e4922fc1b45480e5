#include "gui/statistics_window.h"

#include "core/person_name.h"
#include "workflow/peers.h"
#include "workflow/portal_statistics.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>
#include <map>
#include <set>

namespace dicomnet::gui {

namespace {

QChartView* chartView(QWidget* parent, const QString& name) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    return view;
}

// A chart emptied of its series and axes, with a new title.
QChart* reset(QChartView* view, const QString& title) {
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    return chart;
}

// An axis of counts from 0: whole-number ticks 1, 2 or 5 × 10^k apart, about five of them.
QValueAxis* countAxis(double highest) {
    double step = 1;
    for (double base = 1; step * 6 < highest; base *= 10)
        for (double m : {1.0, 2.0, 5.0})
            if (step * 6 < highest) step = m * base;
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, std::ceil(highest / step)) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QString hoursText(double h) { return h < 0 ? QString() : QString::number(h, 'f', 1); }

}  // namespace

StatisticsWindow::StatisticsWindow(QString dataDir, QWidget* parent)
    : QDialog(parent), dataDir_(std::move(dataDir)) {
    setWindowTitle(tr("Statistics"));
    resize(1200, 760);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    from_ = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-11), this);
    to_ = new QDateEdit(today, this);
    for (QDateEdit* d : {from_, to_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    by_ = new QComboBox(this);
    by_->addItem(tr("Month"), int(workflow::StatsPeriod::Month));
    by_->addItem(tr("Week"), int(workflow::StatsPeriod::Week));
    by_->addItem(tr("Year"), int(workflow::StatsPeriod::Year));
    source_ = new QComboBox(this);
    source_->setObjectName(QStringLiteral("source"));
    source_->addItem(tr("This workstation's cache"), QString());
    if (auto peers = workflow::listPeers(dataDir_))
        for (const workflow::Peer& p : peers.value())
            if (!p.dicomwebUrl.isEmpty())
                source_->addItem(tr("Portal %1 (volume only)").arg(p.name), p.name);
    auto* show = new QPushButton(tr("Show"), this);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(from_);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(to_);
    filters->addWidget(new QLabel(tr("By:"), this));
    filters->addWidget(by_);
    filters->addWidget(new QLabel(tr("Counted in:"), this));
    filters->addWidget(source_);
    filters->addWidget(show);
    filters->addStretch();
    layout->addLayout(filters);

    tabs_ = new QTabWidget(this);
    volume_ = chartView(this, QStringLiteral("volumeChart"));
    turnaround_ = chartView(this, QStringLiteral("turnaroundChart"));
    readers_ = chartView(this, QStringLiteral("readersChart"));
    table_ = new QTableWidget(0, 9, this);
    table_->setObjectName(QStringLiteral("statsTable"));
    table_->setHorizontalHeaderLabels({tr("Period"), tr("Studies"), tr("Images"), tr("COVID-19"),
                                       tr("COVID-19 %"), tr("Requested"), tr("Answered"),
                                       tr("Median h"), tr("P90 h")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setAlternatingRowColors(true);
    tabs_->addTab(volume_, tr("Volume"));
    tabs_->addTab(turnaround_, tr("Turnaround"));
    tabs_->addTab(readers_, tr("Readers"));
    tabs_->addTab(table_, tr("Table"));
    layout->addWidget(tabs_, 1);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("statsSummary"));
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    auto* bottom = new QHBoxLayout;
    auto* png = new QPushButton(tr("Export chart as PNG…"), this);
    auto* csv = new QPushButton(tr("Export table as CSV…"), this);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(png);
    bottom->addWidget(csv);
    bottom->addStretch();
    bottom->addWidget(close);
    layout->addLayout(bottom);

    connect(show, &QPushButton::clicked, this, &StatisticsWindow::reload);
    connect(png, &QPushButton::clicked, this, &StatisticsWindow::askExportChart);
    connect(csv, &QPushButton::clicked, this, &StatisticsWindow::askExportTable);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void StatisticsWindow::setRange(const QDate& from, const QDate& to) {
    from_->setDate(from);
    to_->setDate(to);
}

void StatisticsWindow::reload() {
    workflow::StatsFilter filter;
    filter.from = from_->date().toString(QStringLiteral("yyyyMMdd"));
    filter.to = to_->date().toString(QStringLiteral("yyyyMMdd"));
    const auto period = workflow::StatsPeriod(by_->currentData().toInt());
    const QString portal = source_->currentData().toString();
    summary_->setText(tr("Counting…"));
    using Report = Result<workflow::StatsReport>;
    auto* watcher = new QFutureWatcher<Report>(this);
    connect(watcher, &QFutureWatcher<Report>::finished, this, [this, watcher, portal] {
        watcher->deleteLater();
        const Report report = watcher->result();
        if (!report) {
            summary_->setText(report.error());
            emit loaded(false);
            return;
        }
        present(report.value(), !portal.isEmpty());
        emit loaded(true);
    });
    watcher->setFuture(QtConcurrent::run([dataDir = dataDir_, filter, period, portal]() -> Report {
        if (!portal.isEmpty()) return workflow::portalStatistics(dataDir, portal, filter, period);
        return workflow::statisticsOf(
            dataDir, filter, period,
            workflow::Volume | workflow::Consultations | workflow::Readers);
    }));
}

void StatisticsWindow::present(const workflow::StatsReport& r, bool portal) {
    fillVolume(r, portal);
    fillTurnaround(r);
    fillReaders(r);
    fillTable(r, portal);
    QString text = tr("%1 studies, %2 images").arg(r.studies).arg(r.images);
    if (!portal) {
        text += tr("; COVID-19 investigations: %1 (%2 %)")
                    .arg(r.covidStudies)
                    .arg(r.studies ? 100.0 * double(r.covidStudies) / double(r.studies) : 0.0, 0,
                         'f', 1);
        text +=
            tr("; consultations: %1 requested, %2 answered; turnaround median %3 h, 90th "
               "percentile %4 h")
                .arg(r.consultationTotal.requested)
                .arg(r.consultationTotal.answered)
                .arg(r.consultationTotal.medianHours < 0
                         ? QStringLiteral("–")
                         : hoursText(r.consultationTotal.medianHours),
                     r.consultationTotal.p90Hours < 0 ? QStringLiteral("–")
                                                      : hoursText(r.consultationTotal.p90Hours));
        if (r.cost)
            text += tr(". Reading on screen, not on film and paper, saved about %1 %2 (%3 an "
                       "exam).")
                        .arg(QString::number(double(r.studies) * r.cost->amount, 'f', 0),
                             r.cost->currency, r.cost->text());
        else
            text +=
                tr(". Set the cost of one exam on film and paper (dicomnet stats cost) to "
                   "estimate the savings.");
    } else {
        text += tr(" on the portal, from every workstation that sends to it.");
    }
    summary_->setText(text);
}

void StatisticsWindow::fillVolume(const workflow::StatsReport& r, bool portal) {
    QChart* chart = reset(volume_, portal ? tr("Studies per period on the portal, by modality")
                                          : tr("Studies per period by modality, and the "
                                               "COVID-19 share"));
    std::set<QString> periodSet, modalities;
    std::map<std::pair<QString, QString>, qint64> studies;
    std::map<QString, std::pair<qint64, qint64>> covid;  // period → covid, all
    for (const workflow::StatsRow& row : r.volume) {
        periodSet.insert(row.period);
        modalities.insert(row.modality);
        studies[{row.period, row.modality}] += row.studies;
        covid[row.period].first += row.covidStudies;
        covid[row.period].second += row.studies;
    }
    const QStringList periods(periodSet.begin(), periodSet.end());
    auto* bars = new QStackedBarSeries;
    qint64 highest = 0;
    std::map<QString, qint64> perPeriod;
    for (const QString& m : modalities) {
        auto* set = new QBarSet(m);
        for (const QString& p : periods) {
            const qint64 n = studies.count({p, m}) ? studies[{p, m}] : 0;
            *set << double(n);
            highest = std::max(highest, perPeriod[p] += n);
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(periods);
    if (periods.size() > 12) x->setLabelsAngle(-90);
    if (periods.size() > 24) {
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.75);
        x->setLabelsFont(small);
    }
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto* y = countAxis(double(highest));
    y->setTitleText(tr("studies"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    if (portal) return;
    auto* share = new QLineSeries;
    share->setName(tr("COVID-19 share (%)"));
    QPen pen(QColor(0xc6, 0x28, 0x28));
    pen.setWidth(3);
    share->setPen(pen);
    for (int i = 0; i < periods.size(); ++i) {
        const auto& [c, all] = covid[periods[i]];
        share->append(i, all ? 100.0 * double(c) / double(all) : 0.0);
    }
    chart->addSeries(share);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d %"));
    percent->setTitleText(tr("COVID-19 share"));
    chart->addAxis(percent, Qt::AlignRight);
    share->attachAxis(x);
    share->attachAxis(percent);
}

void StatisticsWindow::fillTurnaround(const workflow::StatsReport& r) {
    QChart* chart =
        reset(turnaround_, tr("Turnaround from request to signed answer (hours), by period"));
    auto* median = new QBarSet(tr("Median"));
    auto* p90 = new QBarSet(tr("90th percentile"));
    QStringList periods;
    double highest = 1;
    for (const workflow::ConsultationStatsRow& c : r.consultations) {
        periods << c.period;
        *median << std::max(0.0, c.medianHours);
        *p90 << std::max(0.0, c.p90Hours);
        highest = std::max(highest, c.p90Hours);
    }
    auto* series = new QBarSeries;
    series->append(median);
    series->append(p90);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(periods);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    if (periods.size() > 12) x->setLabelsAngle(-90);
    auto* y = new QValueAxis;
    y->setRange(0, highest * 1.1);
    y->applyNiceNumbers();
    y->setTitleText(tr("hours"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void StatisticsWindow::fillReaders(const workflow::StatsReport& r) {
    QChart* chart = reset(readers_, tr("Signed answers per reader"));
    auto* answers = new QBarSet(tr("Answers"));
    QStringList names;
    double highest = 1;
    // The fifteen readers with most answers, the most on top.
    const int shown = std::min<int>(15, int(r.readers.size()));
    for (int i = shown - 1; i >= 0; --i) {
        const workflow::ReaderStatsRow& reader = r.readers[size_t(i)];
        names << displayPersonName(reader.reader);
        *answers << double(reader.answers);
        highest = std::max(highest, double(reader.answers));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(answers);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = countAxis(highest);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
}

void StatisticsWindow::fillTable(const workflow::StatsReport& r, bool portal) {
    struct Line {
        qint64 studies = 0, images = 0, covid = 0;
        const workflow::ConsultationStatsRow* consult = nullptr;
    };
    std::map<QString, Line> lines;
    for (const workflow::StatsRow& row : r.volume) {
        Line& l = lines[row.period];
        l.studies += row.studies;
        l.images += row.images;
        l.covid += row.covidStudies;
    }
    for (const workflow::ConsultationStatsRow& c : r.consultations) lines[c.period].consult = &c;
    table_->setRowCount(int(lines.size()));
    int row = 0;
    for (const auto& [period, l] : lines) {
        QStringList cells{period, QString::number(l.studies), QString::number(l.images)};
        if (portal) {
            cells << QString() << QString() << QString() << QString() << QString() << QString();
        } else {
            cells << QString::number(l.covid)
                  << (l.studies
                          ? QString::number(100.0 * double(l.covid) / double(l.studies), 'f', 1)
                          : QString())
                  << QString::number(l.consult ? l.consult->requested : 0)
                  << QString::number(l.consult ? l.consult->answered : 0)
                  << (l.consult ? hoursText(l.consult->medianHours) : QString())
                  << (l.consult ? hoursText(l.consult->p90Hours) : QString());
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, c, item);
        }
        ++row;
    }
    table_->resizeColumnsToContents();
}

bool StatisticsWindow::exportChart(int tab, const QString& pngFile) const {
    QChartView* const views[] = {volume_, turnaround_, readers_};
    if (tab < 0 || tab > 2) return false;
    return views[tab]->grab().save(pngFile, "PNG");
}

bool StatisticsWindow::exportTable(const QString& csvFile) const {
    QStringList lines;
    QStringList header;
    static const char* const names[] = {"period",
                                        "studies",
                                        "images",
                                        "covid_studies",
                                        "covid_percent",
                                        "requested",
                                        "answered",
                                        "turnaround_median_hours",
                                        "turnaround_p90_hours"};
    for (const char* n : names) header << QString::fromLatin1(n);
    lines << workflow::csvLine(header);
    for (int row = 0; row < table_->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < table_->columnCount(); ++c)
            cells << (table_->item(row, c) ? table_->item(row, c)->text() : QString());
        lines << workflow::csvLine(cells);
    }
    QFile f(csvFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    const QByteArray bytes = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    return f.write(bytes) == bytes.size() && f.flush();
}

void StatisticsWindow::askExportChart() {
    const int tab = std::min(tabs_->currentIndex(), 2);
    static const char* const files[] = {"volume.png", "turnaround.png", "readers.png"};
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QString::fromLatin1(files[tab]), tr("PNG images (*.png)"));
    if (file.isEmpty()) return;
    if (!exportChart(tab, file)) summary_->setText(tr("Cannot write %1").arg(file));
}

void StatisticsWindow::askExportTable() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export table"), QStringLiteral("statistics.csv"),
                                     tr("Comma-separated values (*.csv)"));
    if (file.isEmpty()) return;
    if (!exportTable(file)) summary_->setText(tr("Cannot write %1").arg(file));
}

}  // namespace dicomnet::gui
