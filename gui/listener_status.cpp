#include "gui/listener_status.h"

#include "core/person_name.h"

#include <QTime>

namespace dicomnet::gui {

ListenerStatus::ListenerStatus(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("listenerStatus"));
    showStopped();
}

void ListenerStatus::showListening(const QString& aeTitle, int port, bool tls) {
    state_ = tls ? tr("● Receiving as %1, port %2 (TLS)").arg(aeTitle).arg(port)
                 : tr("● Receiving as %1, port %2").arg(aeTitle).arg(port);
    setStyleSheet(QStringLiteral("QLabel { color: #1b7f3b; }"));
    refresh();
}

void ListenerStatus::showStopped(const QString& reason) {
    state_ = reason.isEmpty() ? tr("○ Not receiving") : tr("⚠ Not receiving: %1").arg(reason);
    setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
    refresh();
}

void ListenerStatus::showReceived(const workflow::ReceivedObject& o) {
    ++received_;
    latest_.prepend(tr("%1 %2 %3 from %4")
                        .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                             displayPersonName(o.patientName), o.modality, o.callingAeTitle));
    while (latest_.size() > 10) latest_.removeLast();
    refresh();
}

void ListenerStatus::refresh() {
    QString text = state_;
    if (!latest_.isEmpty())
        text += tr(" — last: %1 (%n received)", nullptr, received_).arg(latest_.first());
    setText(text);
    setToolTip(latest_.isEmpty() ? tr("Nothing received yet") : latest_.join(QLatin1Char('\n')));
}

}  // namespace dicomnet::gui
