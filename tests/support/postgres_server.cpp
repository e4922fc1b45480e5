#include "postgres_server.h"

#include "dicom_peers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>

#include <pwd.h>
#include <unistd.h>

namespace dicomnet::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

bool asRoot() { return ::geteuid() == 0; }

}  // namespace

PostgresServer::PostgresServer(QString folder) : folder_(std::move(folder)), port_(freePort()) {}

PostgresServer::~PostgresServer() { stop(); }

bool PostgresServer::run(const QString& tool, const QStringList& args, int timeoutMs) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(folder_);
    if (asRoot())
        p.start(QStringLiteral("runuser"), QStringList{"-u", "postgres", "--", kBin + tool} + args);
    else
        p.start(kBin + tool, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    const QByteArray said = p.readAll();
    QFile log(folder_ + QStringLiteral("/tools.log"));
    if (log.open(QIODevice::Append)) log.write(tool.toUtf8() + ": " + said + "\n");
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PostgresServer::start() {
    const QString data = folder_ + QStringLiteral("/data");
    if (!QFile::exists(data + QStringLiteral("/PG_VERSION"))) {
        QDir().mkpath(folder_);
        if (asRoot()) {
            const passwd* pg = ::getpwnam("postgres");
            if (!pg || ::chown(QFile::encodeName(folder_).constData(), pg->pw_uid, pg->pw_gid) != 0)
                return false;
            // The temporary folders above must be passable for the postgres account.
            for (QString up = QFileInfo(folder_).absolutePath(); up != QLatin1String("/");
                 up = QFileInfo(up).absolutePath())
                QFile::setPermissions(up, QFile::permissions(up) | QFile::ExeOther);
        }
        if (!run(QStringLiteral("initdb"),
                 {"-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"}))
            return false;
    }
    if (!run(QStringLiteral("pg_ctl"),
             {"-D", data, "-l", folder_ + QStringLiteral("/server.log"), "-w", "-t", "60", "-o",
              QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=on")
                  .arg(port_)
                  .arg(folder_),
              "start"}))
        return false;
    // The database, once.
    run(QStringLiteral("createdb"),
        {"-h", "127.0.0.1", "-p", QString::number(port_), "-U", "postgres", database()});
    return run(QStringLiteral("pg_isready"),
               {"-h", "127.0.0.1", "-p", QString::number(port_), "-d", database()});
}

void PostgresServer::kill() {
    QFile pid(folder_ + QStringLiteral("/data/postmaster.pid"));
    if (!pid.open(QIODevice::ReadOnly)) return;
    const pid_t postmaster = pid_t(pid.readLine().trimmed().toInt());
    if (postmaster > 0) ::kill(postmaster, SIGKILL);
    QThread::msleep(500);
}

void PostgresServer::stop() {
    if (!QFile::exists(folder_ + QStringLiteral("/data/postmaster.pid"))) return;
    run(QStringLiteral("pg_ctl"),
        {"-D", folder_ + QStringLiteral("/data"), "-m", "fast", "-w", "stop"});
}

QString PostgresServer::log() const {
    QString out;
    for (const char* name : {"/tools.log", "/server.log"}) {
        QFile f(folder_ + QLatin1String(name));
        if (f.open(QIODevice::ReadOnly)) out += QString::fromUtf8(f.readAll().right(4000));
    }
    return out;
}

}  // namespace dicomnet::test
