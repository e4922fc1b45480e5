// Administration → Audit trail…: the records (who, when, from where, what, which patient, how it
// ended), filtered by patient, user and day, newest last; and a check of the hash chain that
// names the first record that does not fit. Read in a worker.
#pragma once

#include "workflow/audit.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dicomnet::gui {

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditDialog(QString dataDir, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }

public slots:
    void reload();
    void verify();

signals:
    void loaded(int records);
    void verified(bool intact);

private:
    void fill(const std::vector<workflow::AuditRecord>& records);

    QString dataDir_;
    QLineEdit* patient_ = nullptr;
    QLineEdit* user_ = nullptr;
    QDateEdit* since_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* status_ = nullptr;
};

}  // namespace dicomnet::gui
