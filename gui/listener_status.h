// The listener's indicator in the status bar: up or not, its AE title and port, and the last
// objects received (tooltip lists the latest ten).
#pragma once

#include "workflow/receiving.h"

#include <QLabel>
#include <QStringList>

namespace dicomnet::gui {

class ListenerStatus : public QLabel {
    Q_OBJECT
public:
    explicit ListenerStatus(QWidget* parent = nullptr);
    void showListening(const QString& aeTitle, int port, bool tls = false);
    void showStopped(const QString& reason = {});
    void showReceived(const workflow::ReceivedObject& object);
    int receivedCount() const { return received_; }

private:
    void refresh();
    QString state_;
    QStringList latest_;
    int received_ = 0;
};

}  // namespace dicomnet::gui
