// Network → Jobs…: what the sync engine is doing and has done — each send with its
// destination, state, progress, the check on the destination and the last error, with Retry
// and Cancel. Fed by the SyncWorker; cancel and retry are written to the index off the GUI
// thread (the engine notices a cancel within a few objects).
#pragma once

#include "workflow/jobs.h"

#include <QDialog>

#include <vector>

class QPushButton;
class QTableWidget;

namespace dicomnet::gui {

class JobsDialog : public QDialog {
    Q_OBJECT
public:
    JobsDialog(QString dataDir, QWidget* parent = nullptr);
    int rowCount() const;
    QString cellText(int row, int column) const;

public slots:
    void showJobs(const std::vector<dicomnet::workflow::Job>& jobs);

signals:
    void changed();  // a job was cancelled or retried: the engine should look again

private:
    qint64 selectedJob() const;
    void act(bool retry);
    QString dataDir_;
    QTableWidget* table_ = nullptr;
    QPushButton* retry_ = nullptr;
    QPushButton* cancel_ = nullptr;
};

}  // namespace dicomnet::gui
