#include "dicom_peers.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrmb.h>

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTcpSocket>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace dicomnet::test {

int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

static QProcessEnvironment toolEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TCP_NODELAY"), QStringLiteral("1"));
    return env;
}

std::unique_ptr<QProcess> startTool(const QString& tool, const QStringList& args) {
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(toolEnvironment());
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(tool, args);
    p->waitForStarted();
    return p;
}

ToolResult runTool(const QString& tool, const QStringList& args, int timeoutMs) {
    auto p = startTool(tool, args);
    ToolResult r;
    if (!p->waitForFinished(timeoutMs)) {
        p->kill();
        p->waitForFinished();
        r.output = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.output = QString::fromLocal8Bit(p->readAll());
    return r;
}

StoreScp::StoreScp(const QString& aeTitle, const QString& folder)
    : aeTitle_(aeTitle), folder_(folder) {}

StoreScp::~StoreScp() {
    if (process_) {
        process_->kill();
        process_->waitForFinished();
    }
}

bool StoreScp::start() {
    QDir().mkpath(folder_);
    port_ = freePort();
    process_ =
        startTool(QStringLiteral("storescp"),
                  {QStringLiteral("-aet"), aeTitle_, QStringLiteral("+B"), QStringLiteral("+xa"),
                   QStringLiteral("-od"), folder_, QString::number(port_)});
    // Ready once it accepts a connection.
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port_));
        if (s.waitForConnected(100)) return true;
        if (process_->state() != QProcess::Running) return false;
        QThread::msleep(50);
    }
    return false;
}

QByteArray datasetBytes(const QString& part10File) {
    QFile f(part10File);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray all = f.readAll();
    // (0002,0000) UL group length right after "DICM": tag(4) VR(2) len(2) value(4).
    if (all.size() < 144 || all.mid(128, 4) != "DICM") return {};
    const auto* p = reinterpret_cast<const unsigned char*>(all.constData()) + 140;
    const quint32 groupLength = p[0] | (p[1] << 8) | (p[2] << 16) | (quint32(p[3]) << 24);
    return all.mid(144 + int(groupLength));
}

QByteArray canonicalDataset(const QString& file) {
    DcmFileFormat ff;
    if (ff.loadFile(QFile::encodeName(file).constData()).bad()) return {};
    DcmDataset* ds = ff.getDataset();
    ds->findAndDeleteElement(DCM_DataSetTrailingPadding);  // padding means nothing
    if (ds->chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad()) return {};
    const size_t capacity =
        size_t(ds->calcElementLength(EXS_LittleEndianExplicit, EET_ExplicitLength)) + 4096;
    std::vector<char> buffer(capacity);
    DcmOutputBufferStream stream(buffer.data(), offile_off_t(capacity));
    ds->transferInit();
    const OFCondition cond =
        ds->write(stream, EXS_LittleEndianExplicit, EET_ExplicitLength, nullptr);
    ds->transferEnd();
    if (cond.bad()) return {};
    void* data = nullptr;
    offile_off_t length = 0;
    stream.flushBuffer(data, length);
    return QByteArray(static_cast<const char*>(data), int(length));
}

DcmqrscpArchive::DcmqrscpArchive(const QString& folder, int ourPort, const QStringList& extraArgs)
    : folder_(folder), port_(freePort()) {
    QDir().mkpath(folder_ + "/db");
    QFile config(folder_ + "/dcmqrscp.cfg");
    config.open(QIODevice::WriteOnly);
    config.write(QStringLiteral("NetworkTCPPort = %1\n"
                                "MaxPDUSize = 131072\n"
                                "MaxAssociations = 8\n"
                                "HostTable BEGIN\n"
                                "dicomnet = (DICOMNET, 127.0.0.1, %2)\n"
                                "HostTable END\n"
                                "VendorTable BEGIN\n"
                                "VendorTable END\n"
                                "AETable BEGIN\n"
                                "ARCHIVE %3/db RW (100, 1024mb) ANY\n"
                                "AETable END\n")
                     .arg(port_)
                     .arg(ourPort)
                     .arg(folder_)
                     .toUtf8());
    config.close();
    process_ = startTool("dcmqrscp", QStringList{"-c", config.fileName()} + extraArgs);
}

DcmqrscpArchive::~DcmqrscpArchive() {
    process_->kill();
    process_->waitForFinished();
}

bool DcmqrscpArchive::waitUntilUp(int timeoutMs) {
    for (int waited = 0; waited < timeoutMs; waited += 100) {
        if (runTool("echoscu", {"-aec", "ARCHIVE", "127.0.0.1", QString::number(port_)}, 2000)
                .exitCode == 0)
            return true;
        QThread::msleep(100);
    }
    return false;
}

}  // namespace dicomnet::test
