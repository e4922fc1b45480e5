#include "dicom_listener.h"

#include "guarded_transport.h"
#include "presentation_contexts.h"
#include "store_scp_worker.h"
#include "tls_layer.h"

#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/scpcfg.h>

#include <QObject>

#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>

namespace dicomnet::network {

struct DicomListener::Impl {
    ListenerShared shared;
    T_ASC_Network* network = nullptr;
    std::thread acceptThread;
    std::atomic_int active{0};
    std::mutex workersMutex;
    struct Worker {
        std::thread thread;
        std::shared_ptr<std::atomic_bool> done;
    };
    std::list<Worker> workers;
    DcmSharedSCPConfig config;
    std::unique_ptr<DcmTLSTransportLayer> tls;
    std::unique_ptr<GuardedTransportLayer> transport;

    // The accept thread waits until the worker it started has taken the caller off the
    // listening socket, so that one caller never gets two workers.
    struct Handoff {
        std::mutex mutex;
        std::condition_variable taken;
        bool done = false;
        void take() {
            std::lock_guard<std::mutex> lock(mutex);
            done = true;
            taken.notify_all();
        }
    };

    void acceptLoop();
    void receiveAndServe(const std::shared_ptr<Handoff>& handoff);
    void startWorker(std::function<void()> work);
    void reapFinishedWorkers(bool all);
};

namespace {

void reject(T_ASC_Association* association, T_ASC_RejectParametersReason reason) {
    T_ASC_RejectParameters rej;
    rej.result = ASC_RESULT_REJECTEDTRANSIENT;
    rej.source = ASC_SOURCE_SERVICEPROVIDER_PRESENTATION_RELATED;
    rej.reason = reason;
    ASC_rejectAssociation(association, &rej);
}

void dropAndDestroy(T_ASC_Association*& association) {
    if (!association) return;
    ASC_dropAssociation(association);
    ASC_destroyAssociation(&association);
}

}  // namespace

DicomListener::DicomListener(ListenerSettings settings, QObject* parent)
    : QObject(parent), d_(std::make_unique<Impl>()) {
    qRegisterMetaType<ReceivedObject>();
    qRegisterMetaType<AssociationRecord>();
    d_->shared.settings = std::move(settings);
    d_->shared.listener = this;
}

DicomListener::~DicomListener() { stop(); }

const ListenerSettings& DicomListener::settings() const { return d_->shared.settings; }
bool DicomListener::running() const { return d_->acceptThread.joinable(); }
int DicomListener::activeAssociations() const { return d_->active.load(); }

void DicomListener::setKnownPeers(std::optional<std::vector<db::Peer>> peers) {
    std::lock_guard<std::mutex> lock(d_->shared.knownPeersMutex);
    d_->shared.settings.knownPeers = std::move(peers);
}

Status DicomListener::start() {
    if (running()) return {};
    const ListenerSettings& s = d_->shared.settings;
    DcmSCPConfig config;
    config.setAETitle(s.aeTitle.toLatin1().constData());
    config.setPort(Uint16(s.port));
    config.setACSETimeout(Uint32(s.timeoutSeconds));
    config.setDIMSETimeout(Uint32(s.timeoutSeconds));
    config.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    config.setHostLookupEnabled(OFFalse);
    config.setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);  // fewer, larger reads and writes
    for (const ServiceContext& c : listenerServiceContexts())
        config.addPresentationContext(c.sopClass, c.syntaxes);
    // Storage classes are accepted by the worker (acceptStorageContexts): more of them than
    // one DCMTK profile list holds.
    d_->config = DcmSharedSCPConfig(config);

    d_->tls.reset();
    if (s.tls) {
        auto layer = makeTlsLayer(NET_ACCEPTOR, *s.tls);
        if (!layer) return Error{layer.error()};
        d_->tls = std::move(layer.value());
    }
    // The network's timeout is DUL's ARTIM: how long a connection may stay silent before its
    // association request.
    OFCondition cond =
        ASC_initializeNetwork(NET_ACCEPTOR, s.port, s.associationRequestSeconds, &d_->network);
    if (cond.bad())
        return Error{QObject::tr("cannot listen on port %1: %2").arg(s.port).arg(cond.text())};
    TransportLimits limits;
    limits.requestTimeoutSeconds = s.associationRequestSeconds;
    limits.socketTimeoutSeconds = std::max(s.timeoutSeconds, s.associationRequestSeconds);
    limits.maxConnectionsPerHost = s.maxConnectionsPerHost;
    limits.maxConnections = s.maxConnections;
    DicomListener* self = this;
    d_->transport = std::make_unique<GuardedTransportLayer>(
        limits, d_->tls.get(), [self](const QString& why) { emit self->associationRejected(why); });
    cond = ASC_setTransportLayer(d_->network, d_->transport.get(), 0);
    if (cond.bad()) {
        ASC_dropNetwork(&d_->network);
        return Error{QObject::tr("TLS: %1").arg(cond.text())};
    }
    d_->shared.stopping = false;
    d_->acceptThread = std::thread([this] { d_->acceptLoop(); });
    return {};
}

void DicomListener::stop() {
    if (!running()) return;
    d_->shared.stopping = true;
    d_->acceptThread.join();
    d_->reapFinishedWorkers(true);
    ASC_dropNetwork(&d_->network);
    d_->transport.reset();
}

void DicomListener::Impl::acceptLoop() {
    while (!shared.stopping) {
        // Wait up to a second for a caller, so that stop() is noticed promptly.
        if (!ASC_associationWaiting(network, 1)) {
            reapFinishedWorkers(false);
            continue;
        }
        auto handoff = std::make_shared<Handoff>();
        startWorker([this, handoff] { receiveAndServe(handoff); });
        std::unique_lock<std::mutex> lock(handoff->mutex);
        handoff->taken.wait_for(lock, std::chrono::seconds(2), [&] { return handoff->done; });
        lock.unlock();
        reapFinishedWorkers(false);
    }
}

// On a worker: accept the caller, read its association request (a silent one costs this
// thread alone, until ARTIM), then negotiate and serve.
void DicomListener::Impl::receiveAndServe(const std::shared_ptr<Handoff>& handoff) {
    std::function<void()> accepted = [handoff] { handoff->take(); };
    GuardedTransportLayer::setAcceptedHook(&accepted);
    T_ASC_Association* association = nullptr;
    // DUL_NOBLOCK: when another worker took the caller first, this one gives up after a second
    // instead of waiting in accept() for the next.
    OFCondition cond = ASC_receiveAssociation(network, &association, ASC_MAXIMUMPDUSIZE, nullptr,
                                              nullptr, tls ? OFTrue : OFFalse, DUL_NOBLOCK, 1);
    GuardedTransportLayer::setAcceptedHook(nullptr);
    handoff->take();
    if (cond == DUL_NOASSOCIATIONREQUEST) {
        ASC_destroyAssociation(&association);
        return;
    }
    if (cond.bad()) {
        // With TLS this is also where a peer whose certificate does not chain to the site CA
        // ends: the handshake fails before any DICOM is spoken.
        if (tls)
            emit shared.listener->associationRejected(
                QObject::tr("TLS handshake failed: %1").arg(QString::fromLatin1(cond.text())));
        dropAndDestroy(association);
        return;
    }
    if (++active > shared.settings.maxAssociations) {
        --active;
        reject(association, ASC_REASON_SP_PRES_LOCALLIMITEXCEEDED);
        dropAndDestroy(association);
        emit shared.listener->associationRejected(QObject::tr("all %1 association workers are busy")
                                                      .arg(shared.settings.maxAssociations));
        return;
    }
    {
        StoreScpWorker worker(shared, association);
        worker.setSharedConfig(config);
        worker.run(association);  // negotiates, serves, releases or aborts, destroys
    }
    --active;
}

void DicomListener::Impl::startWorker(std::function<void()> work) {
    auto done = std::make_shared<std::atomic_bool>(false);
    std::thread t([work = std::move(work), done] {
        work();
        *done = true;
    });
    std::lock_guard<std::mutex> lock(workersMutex);
    workers.push_back({std::move(t), done});
}

void DicomListener::Impl::reapFinishedWorkers(bool all) {
    std::lock_guard<std::mutex> lock(workersMutex);
    for (auto it = workers.begin(); it != workers.end();) {
        if (all || it->done->load()) {
            it->thread.join();
            it = workers.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace dicomnet::network
