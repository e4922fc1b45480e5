// Peers: the DICOM nodes this workstation talks to — list, add (optionally over TLS, pinned to
// one certificate), remove, and C-ECHO to check one. The echo runs in a worker thread.
#pragma once

#include "workflow/peers.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QSpinBox;
class QCheckBox;
class QTableWidget;
class QLabel;

namespace dicomnet::gui {

class PeersDialog : public QDialog {
    Q_OBJECT
public:
    PeersDialog(QString dataDir, QString ourAeTitle, QWidget* parent = nullptr);
    int peerCount() const;

public slots:
    bool addPeer();  // from the form; false with a message when something is wrong
    void removeSelected();
    void echoSelected();

signals:
    void echoFinished(bool ok, const QString& message);

private:
    void reload();
    QString dataDir_, ourAeTitle_;
    QTableWidget* table_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLineEdit* aeTitle_ = nullptr;
    QLineEdit* host_ = nullptr;
    QSpinBox* port_ = nullptr;
    QCheckBox* tls_ = nullptr;
    QLineEdit* certificate_ = nullptr;   // optional PEM file that pins the peer's certificate
    std::vector<workflow::Peer> peers_;  // as listed in the table, row for row
    QLabel* message_ = nullptr;
};

}  // namespace dicomnet::gui
