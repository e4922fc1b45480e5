// Forwarding what arrives (see db/forward_rules.h): each object the listener stores is noted
// with its sender; objects a rule names are gathered by study and, once the sender has been
// quiet for a moment, queued as one send job per study and destination. The sync engine (the
// window, or `dicomnet sync`) sends them.
#pragma once

#include "dicom_listener.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace dicomnet::network {

class Forwarder : public QObject {
    Q_OBJECT
public:
    explicit Forwarder(QString dataDir, int quietMs = 2000, QObject* parent = nullptr);

public slots:
    void onReceived(const dicomnet::network::ReceivedObject& object);
    // Queues what has been gathered now.
    void flush();

signals:
    void queued(int jobs);
    void problem(const QString& message);

private:
    QString dataDir_;
    QTimer* quiet_ = nullptr;
    // (destination, study) → SOP Instance UIDs
    QMap<QPair<QString, QString>, QStringList> gathered_;
};

}  // namespace dicomnet::network
