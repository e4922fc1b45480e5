// The listener against callers that do not play by the rules, on raw loopback sockets: 100
// connections that say nothing (or half an association request) do not hold up a well-behaved
// caller's C-ECHO, a host past its share is closed on arrival, a silent one is dropped after
// ARTIM, and a command set of nested sequences (which DCMTK would parse by recursion until
// its stack ran out) is refused with the association while the listener goes on.
#include "dicom_factory.h"
#include "dicom_peers.h"
#include "network/dicom_listener.h"
#include "network/network_setup.h"
#include "network/pdu_guard.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cerrno>

#include <vector>

using namespace dicomnet;
using namespace dicomnet::test;

namespace {

// A TCP connection to 127.0.0.1:port from the loopback address `from`; -1 when refused.
int connectFrom(const char* from, int port) {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, from, &local.sin_addr);
    bind(s, reinterpret_cast<sockaddr*>(&local), sizeof local);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(quint16(port));
    inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    if (::connect(s, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
        close(s);
        return -1;
    }
    return s;
}

// True when the other side has closed `s` (reads end of file, after whatever it sent last,
// such as an A-ABORT) within `ms`.
bool closedByPeer(int s, int ms) {
    QElapsedTimer t;
    t.start();
    for (;;) {
        pollfd p{s, POLLIN, 0};
        const int left = int(qMax<qint64>(0, ms - t.elapsed()));
        if (poll(&p, 1, left) <= 0) return false;
        char b[4096];
        const ssize_t n = recv(s, b, sizeof b, MSG_DONTWAIT);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) return true;
    }
}

void put16(QByteArray& b, quint16 v) {
    b.append(char(v >> 8));
    b.append(char(v & 0xff));
}
void put32(QByteArray& b, quint32 v) {
    put16(b, quint16(v >> 16));
    put16(b, quint16(v & 0xffff));
}
QByteArray item(quint8 type, const QByteArray& body) {
    QByteArray b;
    b.append(char(type));
    b.append('\0');
    put16(b, quint16(body.size()));
    return b + body;
}
QByteArray ae(const char* title) { return QByteArray(title).leftJustified(16, ' '); }

// An A-ASSOCIATE-RQ for one SOP class (Verification unless told) in Implicit VR Little Endian
// (PS3.8 9.3.2).
QByteArray associateRequest(const char* sopClass = "1.2.840.10008.1.1") {
    QByteArray body;
    put16(body, 1);
    body.append(2, '\0');
    body += ae("DICOMNET") + ae("HOSTILE");
    body.append(32, '\0');
    body += item(0x10, "1.2.840.10008.3.1.1.1");
    QByteArray pc;
    pc.append(char(1));
    pc.append(3, '\0');
    pc += item(0x30, sopClass) + item(0x40, "1.2.840.10008.1.2");
    body += item(0x20, pc);
    QByteArray maxLength;
    put32(maxLength, 16384);
    body += item(0x50, item(0x51, maxLength));
    QByteArray pdu;
    pdu.append(char(1));
    pdu.append('\0');
    put32(pdu, quint32(body.size()));
    return pdu + body;
}

// One P-DATA-TF PDU carrying one PDV fragment of a command (or of a data set).
QByteArray commandPdu(const QByteArray& fragment, bool last, bool command = true) {
    QByteArray pdv;
    put32(pdv, quint32(fragment.size() + 2));
    pdv.append(char(1));
    pdv.append(char((last ? 2 : 0) | (command ? 1 : 0)));
    pdv += fragment;
    QByteArray pdu;
    pdu.append(char(4));
    pdu.append('\0');
    put32(pdu, quint32(pdv.size()));
    return pdu + pdv;
}

// An element of a command set (implicit VR little endian).
QByteArray le(quint32 v, int bytes) {
    QByteArray b;
    for (int i = 0; i < bytes; ++i) b.append(char((v >> (8 * i)) & 0xff));
    return b;
}
QByteArray element(quint16 tag, const QByteArray& value) {
    return le(0, 2) + le(tag, 2) + le(quint32(value.size()), 4) + value;
}
QByteArray us(quint16 v) { return le(v, 2); }

// A C-FIND-RQ (or C-GET-RQ) command set that announces a data set (PS3.7 9.3.2).
QByteArray queryCommand(const char* sopClass, quint16 commandField) {
    QByteArray uid(sopClass);
    if (uid.size() % 2) uid.append('\0');
    const QByteArray body = element(0x0002, uid) + element(0x0100, us(commandField)) +
                            element(0x0110, us(7)) + element(0x0700, us(0)) +
                            element(0x0800, us(0x0000));
    return element(0x0000, le(quint32(body.size()), 4)) + body;
}

bool sendAll(int s, const QByteArray& b) {
    qint64 at = 0;
    while (at < b.size()) {
        const ssize_t n = ::send(s, b.constData() + at, size_t(b.size() - at), MSG_NOSIGNAL);
        if (n <= 0) return false;
        at += n;
    }
    return true;
}

}  // namespace

class TestListenerGuard : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<network::DicomListener> listener_;
    int port_ = 0;

    bool echo(qint64* ms = nullptr) {
        QElapsedTimer t;
        t.start();
        const ToolResult r = runTool("echoscu",
                                     {"-ta", "10", "-td", "10", "-to", "10", "-aec", "DICOMNET",
                                      "127.0.0.1", QString::number(port_)},
                                     30000);
        if (ms) *ms = t.elapsed();
        return r.exitCode == 0;
    }

private slots:
    void initTestCase() {
        network::configureNetworking();
        port_ = freePort();
        network::ListenerSettings s;
        s.dataDir = tmp_.path() + "/data";
        s.port = port_;
        s.associationRequestSeconds = 3;
        listener_ = std::make_unique<network::DicomListener>(s);
        QVERIFY(listener_->start().ok());
        QVERIFY(echo());
    }

    void echo_ShouldAnswerAtOnce_WhenHundredIdleConnectionsAreOpen() {
        std::vector<int> idle;
        for (int i = 0; i < 100; ++i) {
            const int s = connectFrom(i % 2 ? "127.0.0.2" : "127.0.0.3", port_);
            if (s >= 0) idle.push_back(s);
        }
        // A few send half an association request, then nothing.
        const QByteArray request = associateRequest();
        for (int i = 0; i < 5; ++i) {
            const int s = connectFrom("127.0.0.4", port_);
            QVERIFY(s >= 0);
            QVERIFY(sendAll(s, request.left(request.size() / 2)));
            idle.push_back(s);
        }
        QCOMPARE(int(idle.size()), 105);
        qint64 ms = 0;
        QVERIFY2(echo(&ms), "C-ECHO failed while idle connections were held");
        qInfo("C-ECHO with 105 idle connections open: %lld ms", ms);
        // Past its share (16 each), a host's connections were closed on arrival.
        int closed = 0;
        for (int s : idle)
            if (closedByPeer(s, 0)) ++closed;
        QVERIFY2(closed >= 100 - 2 * 16, qPrintable(QString::number(closed)));
        // The rest are dropped once ARTIM (3 s here) runs out.
        QElapsedTimer t;
        t.start();
        for (size_t i = 0; i < idle.size(); ++i)
            QVERIFY2(closedByPeer(idle[i], 15000), qPrintable(QString::number(i)));
        qInfo("every idle connection closed after %lld ms", t.elapsed());
        for (int s : idle) close(s);
        QVERIFY(echo());
    }

    void listener_ShouldDropCaller_WhenCommandSetIsNestedOrEndless() {
        QSignalSpy rejected(listener_.get(), &network::DicomListener::associationRejected);
        for (bool nested : {true, false}) {
            const int s = connectFrom("127.0.0.1", port_);
            QVERIFY(s >= 0);
            QVERIFY(sendAll(s, associateRequest()));
            char ac[6];
            QCOMPARE(recv(s, ac, 6, MSG_WAITALL), ssize_t(6));
            QCOMPARE(int(ac[0]), 2);  // A-ASSOCIATE-AC
            const QByteArray command = nested ? DicomFactory::nestedImplicitDataset(7000, false)
                                              : QByteArray(64 * 1024, '\0');
            // Command PDVs of 16 kB, the last one flagged last.
            bool sent = true;
            for (int at = 0; at < command.size() && sent; at += 16000)
                sent = sendAll(s, commandPdu(command.mid(at, 16000), at + 16000 >= command.size()));
            QVERIFY(closedByPeer(s, 10000));
            close(s);
            QVERIFY(echo());
        }
        QTRY_VERIFY(!rejected.isEmpty());
        bool named = false;
        for (const auto& r : rejected)
            named = named || r.at(0).toString().contains("command set of more than");
        QVERIFY(named);
    }

    // A query identifier nested 7,000 levels deep (DCMTK's own receive would parse it by
    // recursion and overflow the stack): the query is refused with "unable to process", and
    // the association and the listener go on.
    void listener_ShouldRefuseQuery_WhenIdentifierIsNested() {
        QSignalSpy problems(listener_.get(), &network::DicomListener::problem);
        const struct {
            const char* sopClass;
            quint16 command;
        } requests[] = {{"1.2.840.10008.5.1.4.1.2.2.1", 0x0020},   // Study Root FIND
                        {"1.2.840.10008.5.1.4.1.2.2.3", 0x0010}};  // Study Root GET
        for (const auto& rq : requests) {
            const int s = connectFrom("127.0.0.1", port_);
            QVERIFY(s >= 0);
            QVERIFY(sendAll(s, associateRequest(rq.sopClass)));
            char header[6];
            QCOMPARE(recv(s, header, 6, MSG_WAITALL), ssize_t(6));
            QCOMPARE(int(header[0]), 2);  // A-ASSOCIATE-AC
            const quint32 acLength = qFromBigEndian<quint32>(header + 2);
            QByteArray ac(int(acLength), '\0');
            QCOMPARE(recv(s, ac.data(), acLength, MSG_WAITALL), ssize_t(acLength));
            // The context was accepted (result 0 in the presentation context item).
            const int pc = ac.indexOf(char(0x21));
            QVERIFY(pc > 0);
            QCOMPARE(int(ac[pc + 6]), 0);
            QVERIFY(sendAll(s, commandPdu(queryCommand(rq.sopClass, rq.command), true)));
            const QByteArray identifier = DicomFactory::nestedImplicitDataset(7000, false);
            for (int at = 0; at < identifier.size(); at += 16000)
                QVERIFY(sendAll(s, commandPdu(identifier.mid(at, 16000),
                                              at + 16000 >= identifier.size(), false)));
            // The answer: one P-DATA-TF with the response command and its status.
            QCOMPARE(recv(s, header, 6, MSG_WAITALL), ssize_t(6));
            QCOMPARE(int(header[0]), 4);
            const quint32 length = qFromBigEndian<quint32>(header + 2);
            QByteArray answer(int(length), '\0');
            QCOMPARE(recv(s, answer.data(), length, MSG_WAITALL), ssize_t(length));
            const QByteArray statusTag("\x00\x00\x00\x09\x02\x00\x00\x00", 8);
            const int at = answer.indexOf(statusTag);
            QVERIFY(at > 0);
            QCOMPARE(qFromLittleEndian<quint16>(answer.constData() + at + 8), quint16(0xC000));
            // The association is still in step: it releases properly.
            QByteArray release;
            release.append(char(5));
            release.append('\0');
            put32(release, 4);
            release.append(4, '\0');
            QVERIFY(sendAll(s, release));
            QCOMPARE(recv(s, header, 6, MSG_WAITALL), ssize_t(6));
            QCOMPARE(int(header[0]), 6);  // A-RELEASE-RP
            close(s);
        }
        QVERIFY(echo());
        int refused = 0;
        for (const auto& p : problems)
            if (p.at(0).toString().contains("nested deeper than 64")) ++refused;
        QCOMPARE(refused, 2);
    }

    void guard_ShouldFollowPdus_WhenBytesComeOneByOne() {
        network::PduGuard guard;
        const QByteArray stream = associateRequest() + commandPdu(QByteArray(100, 'x'), true) +
                                  commandPdu(QByteArray(100, 'y'), true);
        for (char c : stream) QVERIFY(guard.feed(reinterpret_cast<const unsigned char*>(&c), 1));
        QCOMPARE(guard.pdus(), quint64(3));
        network::PduGuard lying;
        QByteArray huge;
        huge.append(char(1));
        huge.append('\0');
        put32(huge, 0x7fffffff);
        QVERIFY(!lying.feed(reinterpret_cast<const unsigned char*>(huge.constData()),
                            size_t(huge.size())));
        QVERIFY(QString::fromStdString(lying.why()).contains("claiming"));
    }

    void cleanupTestCase() { listener_->stop(); }
};

QTEST_GUILESS_MAIN(TestListenerGuard)
#include "test_listener_guard.moc"
