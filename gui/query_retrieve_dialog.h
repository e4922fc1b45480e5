// Query/retrieve: search a peer's studies (C-FIND), see a study's series, and fetch the study or
// one series into this workstation — by C-GET, or by C-MOVE to the window's own listener when
// the peer does not offer C-GET. On a DICOMweb portal: QIDO-RS, and a fetch job (WADO-RS) that
// the window's sync engine runs. Everything runs in worker threads; the dialog stays live.
#pragma once

#include "workflow/remote.h"

#include "core/result.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dicomnet::gui {

class QueryRetrieveDialog : public QDialog {
    Q_OBJECT
public:
    // `receiving`: whether the window's listener is up to take what is retrieved.
    QueryRetrieveDialog(QString dataDir, QString ourAeTitle, bool receiving,
                        QWidget* parent = nullptr);
    int resultCount() const;
    int seriesCount() const;

public slots:
    void search();
    void retrieveSelected();

signals:
    void searchFinished(bool ok, const QString& message);
    void seriesListed(bool ok, const QString& message);
    void retrieveFinished(bool ok, const QString& message);
    // A fetch job was queued (a portal): the sync engine should look at its jobs.
    void fetchQueued();

private:
    // The chosen peer: a DICOM node, or a portal.
    std::optional<workflow::RemotePeer> remote();
    void showMatches(const std::vector<workflow::QueryMatch>& matches);
    void listSeries();  // of the study selected
    void showSeries(const std::vector<workflow::QueryMatch>& matches);

    QString dataDir_, ourAeTitle_;
    bool receiving_;
    QComboBox* peer_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLineEdit* patientId_ = nullptr;
    QLineEdit* dates_ = nullptr;
    QLineEdit* modality_ = nullptr;
    QTableWidget* results_ = nullptr;
    QTableWidget* series_ = nullptr;
    QPushButton* retrieve_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace dicomnet::gui
