#include "guarded_transport.h"

#include <dcmtk/dcmnet/dcmtrans.h>

#include <QObject>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <cerrno>

namespace dicomnet::network {

struct GuardedTransportLayer::Counts {
    std::mutex mutex;
    std::map<std::string, int> perHost;
    int total = 0;
};

namespace {

thread_local std::function<void()>* acceptedHook = nullptr;

std::string peerAddress(DcmNativeSocketType socket) {
    sockaddr_storage from{};
    socklen_t length = sizeof from;
    if (getpeername(socket, reinterpret_cast<sockaddr*>(&from), &length) != 0) return "?";
    char text[INET6_ADDRSTRLEN] = {};
    if (from.ss_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(&from)->sin_addr, text, sizeof text);
    else if (from.ss_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(&from)->sin6_addr, text, sizeof text);
    return text;
}

// A connection that passes everything to DCMTK's own, watching what is read, and gives its
// host's place back when DCMTK deletes it.
class GuardedConnection : public DcmTransportConnection {
public:
    GuardedConnection(DcmNativeSocketType socket, DcmTransportConnection* inner,
                      std::shared_ptr<GuardedTransportLayer::Counts> counts, std::string host,
                      TransportLimits limits, GuardedTransportLayer::Report report)
        : DcmTransportConnection(socket),
          inner_(inner),
          counts_(std::move(counts)),
          host_(std::move(host)),
          guard_(limits.pdu),
          requestTimeout_(limits.requestTimeoutSeconds),
          socketTimeout_(limits.socketTimeoutSeconds),
          report_(std::move(report)) {}
    ~GuardedConnection() override {
        delete inner_;
        std::lock_guard<std::mutex> lock(counts_->mutex);
        if (--counts_->perHost[host_] <= 0) counts_->perHost.erase(host_);
        --counts_->total;
    }
    OFCondition serverSideHandshake() override {
        timeouts(requestTimeout_);
        return inner_->serverSideHandshake();
    }
    OFCondition clientSideHandshake() override { return inner_->clientSideHandshake(); }
    OFCondition renegotiate(const char* suite) override { return inner_->renegotiate(suite); }
    ssize_t read(void* buf, size_t nbyte) override {
        // DCMTK sets its own socket timeouts (60 s) after making the connection: until the
        // association request is in, ours (ARTIM's) win.
        if (!requestTimeoutSet_) {
            requestTimeoutSet_ = true;
            timeouts(requestTimeout_);
        }
        const ssize_t n = inner_->read(buf, nbyte);
        if (n > 0 && !guard_.feed(static_cast<const unsigned char*>(buf), size_t(n))) {
            if (!reported_ && report_)
                report_(
                    QObject::tr("dropped a caller from %1: %2")
                        .arg(QString::fromStdString(host_), QString::fromStdString(guard_.why())));
            reported_ = true;
            errno = EPROTO;
            return -1;
        }
        if (!requestRead_ && guard_.firstPduComplete()) {
            // The association request is in: from now on DCMTK's DIMSE timeouts apply, and
            // the socket's own only as a last resort.
            requestRead_ = true;
            timeouts(socketTimeout_);
        }
        return n;
    }
    ssize_t write(void* buf, size_t nbyte) override { return inner_->write(buf, nbyte); }
    void close() override { inner_->close(); }
    void closeTransportConnection() override { inner_->closeTransportConnection(); }
    unsigned long getPeerCertificateLength() override { return inner_->getPeerCertificateLength(); }
    unsigned long getPeerCertificate(void* buf, unsigned long length) override {
        return inner_->getPeerCertificate(buf, length);
    }
    OFBool networkDataAvailable(int timeout) override {
        return inner_->networkDataAvailable(timeout);
    }
    OFBool isTransparentConnection() override { return inner_->isTransparentConnection(); }
    OFString& dumpConnectionParameters(OFString& str) override {
        return inner_->dumpConnectionParameters(str);
    }

private:
    void timeouts(int seconds) {
        timeval timeout{seconds, 0};
        setsockopt(getSocket(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        setsockopt(getSocket(), SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    }

    DcmTransportConnection* inner_;
    std::shared_ptr<GuardedTransportLayer::Counts> counts_;
    std::string host_;
    PduGuard guard_;
    int requestTimeout_, socketTimeout_;
    bool requestTimeoutSet_ = false;
    GuardedTransportLayer::Report report_;
    bool reported_ = false;
    bool requestRead_ = false;
};

}  // namespace

GuardedTransportLayer::GuardedTransportLayer(TransportLimits limits, DcmTransportLayer* tls,
                                             Report report)
    : limits_(limits), tls_(tls), report_(std::move(report)), counts_(std::make_shared<Counts>()) {}

GuardedTransportLayer::~GuardedTransportLayer() = default;

void GuardedTransportLayer::setAcceptedHook(std::function<void()>* hook) { acceptedHook = hook; }

DcmTransportConnection* GuardedTransportLayer::createConnection(DcmNativeSocketType socket,
                                                                OFBool useSecureLayer) {
    if (acceptedHook && *acceptedHook) (*acceptedHook)();
    const std::string host = peerAddress(socket);
    {
        std::lock_guard<std::mutex> lock(counts_->mutex);
        int& mine = counts_->perHost[host];
        if (mine >= limits_.maxConnectionsPerHost || counts_->total >= limits_.maxConnections) {
            const bool perHost = mine >= limits_.maxConnectionsPerHost;
            if (mine == 0) counts_->perHost.erase(host);
            if (report_)
                report_(perHost ? QObject::tr("refused a connection from %1: it holds %2 already")
                                      .arg(QString::fromStdString(host))
                                      .arg(limits_.maxConnectionsPerHost)
                                : QObject::tr("refused a connection from %1: %2 are open")
                                      .arg(QString::fromStdString(host))
                                      .arg(limits_.maxConnections));
            return nullptr;  // DCMTK closes the socket
        }
        ++mine;
        ++counts_->total;
    }
    DcmTransportConnection* inner = nullptr;
    if (useSecureLayer && tls_)
        inner = tls_->createConnection(socket, OFTrue);
    else if (!useSecureLayer)
        inner = new DcmTCPConnection(socket);
    if (!inner) {
        std::lock_guard<std::mutex> lock(counts_->mutex);
        if (--counts_->perHost[host] <= 0) counts_->perHost.erase(host);
        --counts_->total;
        return nullptr;
    }
    return new GuardedConnection(socket, inner, counts_, host, limits_, report_);
}

}  // namespace dicomnet::network
