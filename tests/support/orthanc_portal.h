// Orthanc (Debian's package) with its DICOMweb plugin (orthanc-dicomweb) as a portal for the
// tests: HTTP basic authentication (user "consult"), or a bearer token checked by a request
// filter in Orthanc's Python plugin (orthanc-python); no DICOM port, storage in `folder`, on a
// port chosen here; stopped by PID when destroyed. Orthanc listens on every interface: the
// tests that use it run in a network namespace with only loopback (unshare -n).
#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace dicomnet::test {

class OrthancPortal {
public:
    enum class Auth { Basic, Bearer };
    explicit OrthancPortal(QString folder, Auth auth = Auth::Basic);
    ~OrthancPortal();
    // Keeps the index in PostgreSQL (orthanc-postgresql) instead of SQLite: the department's
    // portal. Before start().
    void usePostgres(int port, const QString& database, const QString& user);
    // Starts Orthanc (again, on the same port and storage) and waits until it answers QIDO-RS.
    bool start();
    void kill();                   // -9, as a crash
    void stop();                   // SIGTERM, waiting for it
    QString url() const;           // http://127.0.0.1:PORT/dicom-web
    QString passwordFile() const;  // holds the password, for `peers add … --password-file`
    QString tokenFile() const;     // holds the token, for `peers add … --token-file`
    int httpPort() const { return port_; }
    QString output();  // what Orthanc printed, for a failure message

private:
    QString folder_;
    Auth auth_;
    int port_ = 0;
    std::unique_ptr<QProcess> process_;
};

}  // namespace dicomnet::test
