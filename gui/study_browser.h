// The study browser: a search bar (name, patient ID, date range, modality) over the cache, and
// patients → studies → series in three linked tables. Queries run in a BrowserWorker thread.
#pragma once

#include "workflow/studies.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace dicomnet::gui {

class StudyBrowser : public QWidget {
    Q_OBJECT
public:
    explicit StudyBrowser(QWidget* parent = nullptr);
    workflow::StudyFilter filter() const;
    int studyCount() const;
    int patientCount() const;
    int seriesCount() const;  // of the selected study
    QString selectedStudyUid() const;
    // "Patient · date · description" of the chosen study.
    QString selectedStudyTitle() const;
    QString hint() const;
    // Show only the studies where something waits for the user.
    void setWaitingOnly(bool only);

public slots:
    void refresh();
    void showStudies(int requestId, const std::vector<dicomnet::workflow::StudyRow>& rows,
                     const QStringList& waitingForMe = {}, const QStringList& priorities = {});
    void showSeries(int requestId, const std::vector<dicomnet::workflow::SeriesRow>& rows);

signals:
    void studiesRequested(int requestId, const dicomnet::workflow::StudyFilter& filter);
    void seriesRequested(int requestId, const QString& studyUid);
    void countsChanged(int patients, int studies);
    // A study or one of its series was double-clicked (or Enter pressed on it): open it.
    void viewRequested(const QString& uid);

private:
    void buildSearchBar(QWidget* bar);
    void fillPatients();
    void fillStudies();
    void onDatePresetChanged(int index);
    void updateHint(int limit);

    QLineEdit* name_ = nullptr;
    QLineEdit* patientId_ = nullptr;
    QComboBox* datePreset_ = nullptr;
    QDateEdit* dateFrom_ = nullptr;
    QDateEdit* dateTo_ = nullptr;
    QComboBox* modality_ = nullptr;
    QCheckBox* waitingOnly_ = nullptr;  // "Waiting for me"
    QTableView* patientsView_ = nullptr;
    QTableView* studiesView_ = nullptr;
    QTableView* seriesView_ = nullptr;
    QStandardItemModel* patients_ = nullptr;
    QStandardItemModel* studies_ = nullptr;
    QStandardItemModel* series_ = nullptr;
    QLabel* seriesTitle_ = nullptr;
    QLabel* hint_ = nullptr;  // empty cache, no match, or a listing cut at the limit
    QTimer* debounce_ = nullptr;
    std::vector<workflow::StudyRow> rows_;
    QStringList waiting_;     // most pressing first (the triage worklist)
    QStringList priorities_;  // how each one's priority is made
    QString patientKey_;      // selected patient (ID + issuer), empty for all
    int studiesRequest_ = 0;
    static constexpr int kStudyLimit = 5000;  // enough to browse; searching narrows it
    int seriesRequest_ = 0;
};

}  // namespace dicomnet::gui
