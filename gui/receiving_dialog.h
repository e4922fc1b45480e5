// Receiving settings: whether the workstation listens, as which AE title, on which port, over
// TLS or not, and from whom.
// Kept in QSettings; the listener restarts with them.
#pragma once

#include "workflow/receiving.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace dicomnet::gui {

struct ReceivingSettings {
    bool enabled = true;
    QString aeTitle = QStringLiteral("DICOMNET");
    int port = 11112;
    int maxAssociations = 8;
    bool tls = false;  // DICOM TLS with this node's site certificate
    bool knownPeersOnly =
        false;  // refuse callers that are not peers (and, with TLS, their certificate)
    static ReceivingSettings load();
    void save() const;
};

class ReceivingDialog : public QDialog {
    Q_OBJECT
public:
    // `certificatesReady`: the site certificates exist (TLS can be chosen).
    ReceivingDialog(const ReceivingSettings& current, bool certificatesReady,
                    QWidget* parent = nullptr);
    ReceivingSettings settings() const;

private:
    QCheckBox* enabled_ = nullptr;
    QLineEdit* aeTitle_ = nullptr;
    QSpinBox* port_ = nullptr;
    QSpinBox* max_ = nullptr;
    QCheckBox* tls_ = nullptr;
    QCheckBox* knownOnly_ = nullptr;
};

}  // namespace dicomnet::gui
