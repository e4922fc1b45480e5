// Real DICOM peers for the network tests: DCMTK's command-line tools started on loopback ports
// the tests choose, and stopped by PID.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace dicomnet::test {

// A TCP port on 127.0.0.1 that nobody listens on right now.
int freePort();

// Runs a DCMTK tool (echoscu, storescu, ...) to completion with TCP_NODELAY=1.
struct ToolResult {
    int exitCode = -1;
    QString output;  // stdout and stderr
};
ToolResult runTool(const QString& tool, const QStringList& args, int timeoutMs = 120000);
std::unique_ptr<QProcess> startTool(const QString& tool, const QStringList& args);

// storescp writing what it receives (bit-preserving) into `folder`, until destroyed.
class StoreScp {
public:
    StoreScp(const QString& aeTitle, const QString& folder);
    ~StoreScp();
    bool start();
    int port() const { return port_; }

private:
    QString aeTitle_, folder_;
    int port_ = 0;
    std::unique_ptr<QProcess> process_;
};

// DCMTK's dcmqrscp as an archive serving the AE title ARCHIVE from `folder`; it knows
// `dicomnet` (AE DICOMNET on `ourPort`) as a move destination. Stopped when destroyed.
class DcmqrscpArchive {
public:
    DcmqrscpArchive(const QString& folder, int ourPort, const QStringList& extraArgs = {});
    ~DcmqrscpArchive();
    bool waitUntilUp(int timeoutMs = 20000);
    int port() const { return port_; }

private:
    QString folder_;
    int port_;
    std::unique_ptr<QProcess> process_;
};

// The data set part of a Part 10 file (after the File Meta Information), for comparisons.
QByteArray datasetBytes(const QString& part10File);
// The data set decoded and written as explicit little endian, trailing padding dropped:
// equal for equal content.
QByteArray canonicalDataset(const QString& file);

}  // namespace dicomnet::test
