// Forwarding what arrives (see db/forward_rules.h): each object the listener stores is noted
// with its sender; objects a rule names are gathered by study and, once the sender has been
// quiet for a moment, queued as one send job per study and destination. The sync engine (the
// window, or `dicomnet sync`) sends them.
#pragma once

#include "dicom_listener.h"

#include "db/forward_rules.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTimer;

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::network {

class Forwarder : public QObject {
    Q_OBJECT
public:
    explicit Forwarder(QString dataDir, int quietMs = 2000, QObject* parent = nullptr);
    ~Forwarder() override;  // writes the arrivals still held

public slots:
    void onReceived(const dicomnet::network::ReceivedObject& object);
    // Queues what has been gathered now (and notes the arrivals held).
    void flush();
    void writeArrivals();

signals:
    void queued(int jobs);
    void problem(const QString& message);

private:
    static constexpr int kArrivalsEveryMs = 250, kArrivalsBatch = 256;
    db::Cache* cache();  // opened once, kept; null (and a problem emitted) when it cannot be
    QString dataDir_;
    std::unique_ptr<db::Cache> cache_;
    QTimer* quiet_ = nullptr;
    QTimer* arrivalsDue_ = nullptr;
    std::vector<db::ForwardRules::Arrival> arrivals_;
    // (destination, study) → SOP Instance UIDs
    QMap<QPair<QString, QString>, QStringList> gathered_;
};

}  // namespace dicomnet::network
