// The listener's association input: the bytes a caller sends, from the first PDU on. A real
// listener runs in this process (on a loopback port of its own, a cache in the scratch
// folder); each input goes over a fresh TCP connection, the sending side is then shut, and
// the target waits until the listener has closed the connection. The same bytes also go
// through the PDU guard alone, which must never accept more than it was given.
#include "fuzz_support.h"

#include "network/dicom_listener.h"
#include "network/network_setup.h"
#include "network/pdu_guard.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace dicomnet;

namespace {

int freeLoopbackPort() {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
    close(s);
    return ntohs(a.sin_port);
}

int listenerPort() {
    static std::unique_ptr<network::DicomListener> listener;
    static int port = 0;
    if (!listener) {
        network::configureNetworking();
        network::ListenerSettings s;
        s.dataDir = fuzz::scratchDir() + QStringLiteral("/listener");
        s.port = freeLoopbackPort();
        s.associationRequestSeconds = 2;
        s.timeoutSeconds = 2;
        listener = std::make_unique<network::DicomListener>(s);
        if (!listener->start()) __builtin_trap();  // no listener: nothing would be tested
        port = s.port;
    }
    return port;
}

void converse(const uint8_t* data, size_t size, int port) {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(uint16_t(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(s, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
        close(s);
        return;
    }
    size_t sent = 0;
    while (sent < size) {
        const ssize_t n = ::send(s, data + sent, size - sent, MSG_NOSIGNAL);
        if (n <= 0) break;
        sent += size_t(n);
    }
    shutdown(s, SHUT_WR);
    // Whatever the listener answers, until it closes (a few seconds at most: its timeouts).
    char buffer[65536];
    for (int rounds = 0; rounds < 1000; ++rounds) {
        pollfd p{s, POLLIN, 0};
        if (poll(&p, 1, 5000) <= 0) break;
        if (recv(s, buffer, sizeof buffer, 0) <= 0) break;
    }
    close(s);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    network::PduGuard guard;
    guard.feed(data, size);
    if (guard.pdus() > size / 6 + 1) __builtin_trap();  // a PDU has a 6-byte header at least
    converse(data, size, listenerPort());
    return 0;
}
