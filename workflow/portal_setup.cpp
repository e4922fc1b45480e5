#include "workflow/portal_setup.h"

#include "workflow/audit.h"
#include "workflow/peers.h"
#include "workflow/private_files.h"
#include "workflow/site.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <openssl/rand.h>

namespace dicomnet::workflow {

namespace {

const QRegularExpression kAccountName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"));
const QRegularExpression kHostName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$"));

// 18 random bytes as 24 URL-safe characters: a password nobody types.
Result<QByteArray> randomSecret() {
    QByteArray bytes(18, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), int(bytes.size())) != 1)
        return Error{QObject::tr("no random bytes from OpenSSL")};
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString aeProblem(const QString& aeTitle) {
    Peer probe;
    probe.name = QStringLiteral("probe");
    probe.aeTitle = aeTitle;
    probe.host = QStringLiteral("localhost");
    return peerProblem(probe);
}

QString planProblem(const PortalPlan& plan) {
    if (!kHostName.match(plan.host).hasMatch())
        return QObject::tr("--host takes the portal machine's name (letters, digits, '.', '-')");
    if (!kAccountName.match(plan.name).hasMatch())
        return QObject::tr("--name takes letters, digits, '-' and '_'");
    if (const QString p = aeProblem(plan.aeTitle); !p.isEmpty()) return p;
    const QSet<int> ports{plan.dicomPort, plan.httpsPort, plan.httpPort, plan.postgresPort};
    if (ports.size() != 4) return QObject::tr("the portal's four ports must differ");
    for (int port : ports)
        if (port < 1 || port > 65535) return QObject::tr("ports take 1 to 65535");
    if (plan.workstations.empty())
        return QObject::tr("name the workstations that use the portal (--workstation)");
    QSet<QString> names, titles;
    for (const PortalWorkstation& w : plan.workstations) {
        if (names.contains(w.name))
            return QObject::tr("the workstation %1 is named twice").arg(w.name);
        if (titles.contains(w.aeTitle))
            return QObject::tr("the AE title %1 is given twice").arg(w.aeTitle);
        names.insert(w.name);
        titles.insert(w.aeTitle);
    }
    return {};
}

// The PostgreSQL release whose programs are installed (the highest), 15 on Debian 12.
QString postgresMajor() {
    QStringList found =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return found.isEmpty() ? QStringLiteral("15") : found.last();
}

QString modalitiesJson(const std::vector<PortalWorkstation>& workstations) {
    QStringList entries;
    for (const PortalWorkstation& w : workstations)
        entries << QStringLiteral(
                       "    \"%1\" : { \"AET\" : \"%2\", \"Host\" : \"%3\", \"Port\" : %4, "
                       "\"UseDicomTls\" : true,\n"
                       "               \"AllowEcho\" : true, \"AllowStore\" : true, "
                       "\"AllowFind\" : true, \"AllowGet\" : true, "
                       "\"AllowMove\" : true }")
                       .arg(w.name, w.aeTitle, w.host)
                       .arg(w.port);
    return entries.join(QStringLiteral(",\n"));
}

// A template of packaging/portal/ with its @NAME@ fields filled.
Result<QByteArray> filled(const QString& name, const QMap<QString, QString>& fields) {
    QFile f(QStringLiteral(":/portal/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("the template %1 is missing from this build").arg(name)};
    QString text = QString::fromUtf8(f.readAll());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        text.replace(QLatin1Char('@') + it.key() + QLatin1Char('@'), it.value());
    return text.toUtf8();
}

// A certificate and key for `commonName` from the site CA, moved to `folder` as
// `stem`.pem / `stem`.key (the key stays 0600).
Status issueInto(const QString& dataDir, const QString& commonName, const QString& folder,
                 const QString& stem) {
    auto issued = issueNodeCertificate(dataDir, commonName, folder);
    if (!issued) return Error{issued.error()};
    const QString pem = folder + QLatin1Char('/') + stem + QStringLiteral(".pem");
    const QString key = folder + QLatin1Char('/') + stem + QStringLiteral(".key");
    if (issued->certificate != pem && !QFile::rename(issued->certificate, pem))
        return Error{QObject::tr("cannot write %1").arg(pem)};
    if (issued->privateKey != key && !QFile::rename(issued->privateKey, key))
        return Error{QObject::tr("cannot write %1").arg(key)};
    return {};
}

Status copyFile(const QString& from, const QString& to) {
    QFile::remove(to);
    if (!QFile::copy(from, to)) return Error{QObject::tr("cannot copy %1 to %2").arg(from, to)};
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                             QFile::ReadOther);
    return {};
}

Status writeJoinFolder(const QString& dataDir, const PortalPlan& plan, const PortalWorkstation& w,
                       const QByteArray& password) {
    const QString folder = plan.folder + QStringLiteral("/join/") + w.name;
    if (Status s = writePrivateFile(folder + QStringLiteral("/portal.password"), password + '\n');
        !s)
        return s;
    if (Status s = issueInto(dataDir, w.name, folder, QStringLiteral("node")); !s) return s;
    if (Status s = copyFile(siteCaCertificate(dataDir), folder + QStringLiteral("/ca.pem")); !s)
        return s;
    const QJsonObject description{
        {"format", "dicomnet-portal-join 1"},
        {"peer", plan.name},
        {"dicomweb", QStringLiteral("https://%1:%2/dicom-web").arg(plan.host).arg(plan.httpsPort)},
        {"user", w.name},
        {"portal_ae_title", plan.aeTitle},
        {"host", plan.host},
        {"dicom_port", plan.dicomPort},
        {"ae_title", w.aeTitle},
    };
    return writePublicFile(folder + QStringLiteral("/portal.json"),
                           QJsonDocument(description).toJson());
}

}  // namespace

Result<PortalWorkstation> parsePortalWorkstation(const QString& text) {
    static const QRegularExpression form(
        QStringLiteral("^([^=@:]+)=([^@]+)(?:@([^:]+)(?::(\\d+))?)?$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return Error{
            QObject::tr("--workstation takes NAME=AE[@HOST[:PORT]], not \"%1\"").arg(text)};
    PortalWorkstation w;
    w.name = m.captured(1);
    w.aeTitle = m.captured(2);
    if (!m.captured(3).isEmpty()) w.host = m.captured(3);
    if (!m.captured(4).isEmpty()) w.port = m.captured(4).toInt();
    if (!kAccountName.match(w.name).hasMatch())
        return Error{QObject::tr("a workstation's name takes letters, digits, '-' and '_', not "
                                 "\"%1\"")
                         .arg(w.name)};
    if (const QString p = aeProblem(w.aeTitle); !p.isEmpty()) return Error{p};
    if (!kHostName.match(w.host).hasMatch() || w.port < 1 || w.port > 65535)
        return Error{QObject::tr("\"%1\": a host name and a port of 1 to 65535").arg(text)};
    return w;
}

Status initPortal(const QString& dataDir, const PortalPlan& plan) {
    if (const QString problem = planProblem(plan); !problem.isEmpty()) return Error{problem};
    if (!siteCertificatesReady(dataDir) ||
        !QFile::exists(QFileInfo(siteCaCertificate(dataDir)).absolutePath() +
                       QStringLiteral("/ca.key")))
        return Error{
            QObject::tr("the portal's certificates come from the site CA: run "
                        "dicomnet certs init on this workstation first")};
    const QDir folder(plan.folder);
    if (folder.exists() && !folder.isEmpty())
        return Error{
            QObject::tr("%1 is not empty: portal init writes a new folder").arg(plan.folder)};
    if (!QDir().mkpath(plan.folder))
        return Error{QObject::tr("cannot make the folder %1").arg(plan.folder)};

    // Secrets first: the workstations' DICOMweb passwords and the database's.
    QJsonObject accounts;
    std::vector<QByteArray> passwords;
    for (const PortalWorkstation& w : plan.workstations) {
        auto secret = randomSecret();
        if (!secret) return Error{secret.error()};
        accounts[w.name] = QString::fromLatin1(secret.value());
        passwords.push_back(secret.value());
    }
    auto database = randomSecret();
    if (!database) return Error{database.error()};
    const QString dir = QFileInfo(plan.folder).absoluteFilePath();
    const QByteArray accountsJson =
        "// The workstations' DICOMweb accounts (portal init --workstation). Orthanc's only.\n" +
        QJsonDocument(QJsonObject{{"RegisteredUsers", accounts}}).toJson();
    for (const auto& [path, content] :
         {std::pair{dir + QStringLiteral("/config/accounts.json"), accountsJson},
          std::pair{dir + QStringLiteral("/postgres/password"), database.value() + '\n'},
          std::pair{dir + QStringLiteral("/config/pgpass"),
                    "*:*:orthanc:orthanc:" + database.value() + '\n'}})
        if (Status s = writePrivateFile(path, content, FolderAccess::Unchanged); !s) return s;

    // The portal's certificate (its host name in it, for HTTPS) and the site CA.
    if (Status s =
            issueInto(dataDir, plan.host, dir + QStringLiteral("/tls"), QStringLiteral("portal"));
        !s)
        return s;
    if (Status s = copyFile(siteCaCertificate(dataDir), dir + QStringLiteral("/tls/ca.pem")); !s)
        return s;

    QStringList names;
    for (const PortalWorkstation& w : plan.workstations)
        names << QStringLiteral("%1 (%2)").arg(w.name, w.aeTitle);
    const QMap<QString, QString> fields{
        {"DIR", dir},
        {"NAME", plan.name},
        {"HOST", plan.host},
        {"AET", plan.aeTitle},
        {"DICOM_PORT", QString::number(plan.dicomPort)},
        {"HTTPS_PORT", QString::number(plan.httpsPort)},
        {"HTTP_PORT", QString::number(plan.httpPort)},
        {"PG_PORT", QString::number(plan.postgresPort)},
        {"PG_MAJOR", postgresMajor()},
        {"MODALITIES", modalitiesJson(plan.workstations)},
        {"WORKSTATIONS", names.join(QStringLiteral(", "))},
    };
    const struct {
        const char* templateName;
        const char* target;
        bool executable;
    } files[] = {{"orthanc.json.in", "config/orthanc.json", false},
                 {"nginx.conf.in", "nginx.conf", false},
                 {"portal.sh.in", "portal.sh", true},
                 {"dicomnet-portal.service.in", "dicomnet-portal.service", false},
                 {"README.txt.in", "README.txt", false}};
    for (const auto& file : files) {
        auto text = filled(QLatin1String(file.templateName), fields);
        if (!text) return Error{text.error()};
        if (Status s = writePublicFile(dir + QLatin1Char('/') + QLatin1String(file.target),
                                       text.value(), file.executable);
            !s)
            return s;
    }
    for (size_t i = 0; i < plan.workstations.size(); ++i)
        if (Status s = writeJoinFolder(dataDir, plan, plan.workstations[i], passwords[i]); !s)
            return s;
    return audited(dataDir,
                   {QStringLiteral("portal-made"),
                    {},
                    {},
                    {},
                    QStringLiteral("%1 %2 for %3").arg(plan.name, plan.host, names.join(", "))},
                   Status{});
}

}  // namespace dicomnet::workflow
