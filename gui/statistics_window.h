// View → Statistics…: the department's figures as charts (Qt Charts) — monthly (weekly, yearly)
// volume stacked by modality with the COVID-19 share as a line, the turnaround from request to
// signed answer (median, 90th percentile), the answers per reader — and the table beside them,
// with the savings estimate. Counted from this cache's index, or a portal's QIDO-RS (volume
// only); in a worker. Each chart exports as PNG, the table as CSV. Counts only.
#pragma once

#include "workflow/statistics.h"

#include <QDialog>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace dicomnet::gui {

class StatisticsWindow : public QDialog {
    Q_OBJECT
public:
    explicit StatisticsWindow(QString dataDir, QWidget* parent = nullptr);

    // What the buttons do, without asking for a file (the tests, scripts).
    bool exportChart(int tab, const QString& pngFile) const;  // 0 volume, 1 turnaround, 2 readers
    bool exportTable(const QString& csvFile) const;
    QTabWidget* tabs() const { return tabs_; }
    QTableWidget* table() const { return table_; }
    void setRange(const QDate& from, const QDate& to);

public slots:
    void reload();

signals:
    void loaded(bool ok);

private:
    void present(const workflow::StatsReport& report, bool portal);
    void fillVolume(const workflow::StatsReport& report, bool portal);
    void fillTurnaround(const workflow::StatsReport& report);
    void fillReaders(const workflow::StatsReport& report);
    void fillTable(const workflow::StatsReport& report, bool portal);
    void askExportChart();
    void askExportTable();

    QString dataDir_;
    QDateEdit* from_ = nullptr;
    QDateEdit* to_ = nullptr;
    QComboBox* by_ = nullptr;
    QComboBox* source_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QChartView* volume_ = nullptr;
    QChartView* turnaround_ = nullptr;
    QChartView* readers_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* summary_ = nullptr;
};

}  // namespace dicomnet::gui
