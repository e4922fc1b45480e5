// Runs the dicomnet executable as a user would, for the command-line tests.
#pragma once

#include "test_data.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace dicomnet::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out, err;
};

inline CliResult runDicomnet(const QString& dataDir, const QStringList& args,
                             int timeoutMs = 300000) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DICOMNET_HOME"));
    p.setProcessEnvironment(env);
    QStringList all;
    if (!dataDir.isEmpty()) all << QStringLiteral("--data-dir") << dataDir;
    p.start(dicomnetBinary(), all + args);
    p.waitForFinished(timeoutMs);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace dicomnet::test
