// Receiving settings: whether the workstation listens, as which AE title, on which port.
// Kept in QSettings; the listener restarts with them.
#pragma once

#include "network/dicom_listener.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace dicomnet::app {

struct ReceivingSettings {
    bool enabled = true;
    QString aeTitle = QStringLiteral("DICOMNET");
    int port = 11112;
    int maxAssociations = 8;
    static ReceivingSettings load();
    void save() const;
};

class ReceivingDialog : public QDialog {
    Q_OBJECT
public:
    ReceivingDialog(const ReceivingSettings& current, QWidget* parent = nullptr);
    ReceivingSettings settings() const;

private:
    QCheckBox* enabled_ = nullptr;
    QLineEdit* aeTitle_ = nullptr;
    QSpinBox* port_ = nullptr;
    QSpinBox* max_ = nullptr;
};

}  // namespace dicomnet::app
