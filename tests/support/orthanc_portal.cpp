#include "orthanc_portal.h"

#include "dicom_peers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

namespace dicomnet::test {

namespace {
const char* kUser = "consult";
const char* kPassword = "parola-portal";
}  // namespace

OrthancPortal::OrthancPortal(QString folder, Auth auth)
    : folder_(std::move(folder)), auth_(auth), port_(freePort()) {
    QDir().mkpath(folder_);
    QJsonObject config{
        {"Name", "dicomnet-portal"},
        {"StorageDirectory", folder_ + "/storage"},
        {"IndexDirectory", folder_ + "/index"},
        {"DicomServerEnabled", false},
        {"HttpPort", port_},
        {"RemoteAccessAllowed", false},
        {"AuthenticationEnabled", auth == Auth::Basic},
        {"RegisteredUsers", QJsonObject{{kUser, kPassword}}},
        {"Plugins", QJsonArray{"/usr/share/orthanc/plugins/libOrthancDicomWeb.so"}},
        {"DicomWeb", QJsonObject{{"Enable", true}, {"Root", "/dicom-web/"}}},
    };
    if (auth == Auth::Bearer) {
        // Every request must carry the token; Orthanc answers 403 to any other.
        QFile script(folder_ + "/bearer.py");
        if (script.open(QIODevice::WriteOnly))
            script.write(
                "import orthanc\n"
                "TOKEN = open('" +
                tokenFile().toUtf8() +
                "').read().strip()\n"
                "def Filter(uri, **request):\n"
                "    return request['headers'].get('authorization', '') == "
                "'Bearer ' + TOKEN\n"
                "orthanc.RegisterIncomingHttpRequestFilter(Filter)\n");
        config["Plugins"] = QJsonArray{"/usr/share/orthanc/plugins/libOrthancDicomWeb.so",
                                       "/usr/share/orthanc/plugins/libOrthancPython.so"};
        config["PythonScript"] = script.fileName();
        QFile token(tokenFile());
        if (token.open(QIODevice::WriteOnly)) token.write("jeton-de-portal-8f3a\n");
    }
    QFile f(folder_ + "/orthanc.json");
    if (f.open(QIODevice::WriteOnly)) f.write(QJsonDocument(config).toJson());
    QFile password(passwordFile());
    if (password.open(QIODevice::WriteOnly)) password.write(QByteArray(kPassword) + "\n");
}

OrthancPortal::~OrthancPortal() { stop(); }

void OrthancPortal::usePostgres(int port, const QString& database, const QString& user) {
    QFile f(folder_ + "/orthanc.json");
    if (!f.open(QIODevice::ReadOnly)) return;
    QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray plugins = config["Plugins"].toArray();
    plugins.append("/usr/share/orthanc/plugins/libOrthancPostgreSQLIndex.so");
    config["Plugins"] = plugins;
    config["PostgreSQL"] = QJsonObject{{"EnableIndex", true},
                                       {"EnableStorage", false},
                                       {"Host", "127.0.0.1"},
                                       {"Port", port},
                                       {"Database", database},
                                       {"Username", user},
                                       {"Password", ""},
                                       {"EnableSsl", false},
                                       {"MaximumConnectionRetries", 30},
                                       {"ConnectionRetryInterval", 1}};
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) f.write(QJsonDocument(config).toJson());
}

QString OrthancPortal::url() const {
    return QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(port_);
}

QString OrthancPortal::passwordFile() const { return folder_ + "/password"; }

QString OrthancPortal::tokenFile() const { return folder_ + "/token"; }

QString OrthancPortal::output() {
    return process_ ? QString::fromUtf8(process_->readAll()) : QString();
}

bool OrthancPortal::start() {
    process_ = std::make_unique<QProcess>();
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->start("Orthanc", {folder_ + "/orthanc.json"});
    if (!process_->waitForStarted()) return false;
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url() + "/studies?limit=1"));
    if (auth_ == Auth::Basic) {
        request.setRawHeader("Authorization",
                             "Basic " + (QByteArray(kUser) + ':' + kPassword).toBase64());
    } else {
        QFile token(tokenFile());
        if (token.open(QIODevice::ReadOnly))
            request.setRawHeader("Authorization", "Bearer " + token.readAll().trimmed());
    }
    for (int i = 0; i < 200; ++i) {
        QNetworkReply* reply = network.get(request);
        const bool answered = QTest::qWaitFor([&] { return reply->isFinished(); }, 2000);
        const int status =
            answered ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        reply->deleteLater();
        if (status == 200) return true;
        if (process_->state() == QProcess::NotRunning) return false;
        QTest::qWait(100);
    }
    return false;
}

void OrthancPortal::kill() {
    if (!process_) return;
    process_->kill();
    process_->waitForFinished();
}

void OrthancPortal::stop() {
    if (!process_ || process_->state() == QProcess::NotRunning) return;
    process_->terminate();
    if (!process_->waitForFinished(20000)) process_->kill();
    process_->waitForFinished();
}

}  // namespace dicomnet::test
