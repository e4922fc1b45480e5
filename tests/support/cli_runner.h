// Runs the dicomnet executable as a user would, for the command-line tests.
#pragma once

#include "dicom_peers.h"
#include "test_data.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QThread>

namespace dicomnet::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out, err;
};

// `input` is written to its standard input (a passphrase, as a script gives it).
inline CliResult runDicomnet(const QString& dataDir, const QStringList& args,
                             int timeoutMs = 300000, const QByteArray& input = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DICOMNET_HOME"));
    p.setProcessEnvironment(env);
    QStringList all;
    if (!dataDir.isEmpty()) all << QStringLiteral("--data-dir") << dataDir;
    p.start(dicomnetBinary(), all + args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Starts `dicomnet listen` on `port` (its output merged, for the test to read) and waits until
// it answers C-ECHO; false when it never does.
inline bool startListen(QProcess& listener, const QString& dataDir, int port) {
    listener.setProcessChannelMode(QProcess::MergedChannels);
    listener.start(dicomnetBinary(),
                   {"--data-dir", dataDir, "listen", "--port", QString::number(port)});
    if (!listener.waitForStarted()) return false;
    for (int i = 0; i < 100; ++i) {
        if (runTool("echoscu", {"-aec", "DICOMNET", "127.0.0.1", QString::number(port)}).exitCode ==
            0)
            return true;
        QThread::msleep(100);
    }
    return false;
}

// What a run said, for a failing test's message.
inline QString describe(const CliResult& r, int limit = 3000) {
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(limit)), QString::fromUtf8(r.err.left(limit)));
}

}  // namespace dicomnet::test
