// A real PostgreSQL server for the portal tests: a cluster made by initdb in `folder`, started
// by pg_ctl on a port chosen here, listening on 127.0.0.1 only (and a socket in the folder),
// trust authentication for local connections; run as the `postgres` account when the tests run
// as root (PostgreSQL refuses root). Stopped when destroyed; kill() is a crash (-9).
#pragma once

#include <QString>

namespace dicomnet::test {

class PostgresServer {
public:
    explicit PostgresServer(QString folder);
    ~PostgresServer();
    // initdb on first use, then starts and waits until it answers; creates database `orthanc`.
    bool start();
    void kill();  // SIGKILL to the postmaster, as a crash
    void stop();  // pg_ctl stop -m fast
    int port() const { return port_; }
    QString database() const { return QStringLiteral("orthanc"); }
    QString user() const { return QStringLiteral("postgres"); }
    QString log() const;  // what the server wrote, for a failure message

private:
    bool run(const QString& tool, const QStringList& args, int timeoutMs = 60000);
    QString folder_;
    int port_ = 0;
};

}  // namespace dicomnet::test
