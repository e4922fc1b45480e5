#include "dicomweb_client.h"

#include "dicomweb_answers.h"

#include "core/dcmtk_setup.h"
#include "db/peer_directory.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctag.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

namespace dicomnet::network {

namespace {

// Why the TLS handshake with `url` failed, from the certificate problems Qt reported (kept on
// the reply by send()); empty when it was not the certificate.
QString certificateProblem(const QString& url, const QNetworkReply* reply) {
    const QList<QSslError> errors = reply->property("sslErrors").value<QList<QSslError>>();
    for (const QSslError& e : errors) {
        switch (e.error()) {
            case QSslError::HostNameMismatch:
                return QObject::tr("%1 presented a certificate for another host name (%2)")
                    .arg(url,
                         e.certificate().subjectAlternativeNames().values().join(QLatin1Char(',')));
            case QSslError::CertificateExpired:
            case QSslError::CertificateNotYetValid:
                return QObject::tr("%1 presented a certificate outside its validity (%2)")
                    .arg(url, e.errorString());
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::CertificateUntrusted:
            case QSslError::UnableToVerifyFirstCertificate:
                return QObject::tr(
                           "%1 presented a certificate from a CA not trusted here (%2); give "
                           "the portal's CA with `peers add … --ca FILE`")
                    .arg(url, e.errorString());
            default:
                break;
        }
    }
    if (!errors.isEmpty())
        return QObject::tr("%1: the certificate was refused (%2)")
            .arg(url, errors.first().errorString());
    return {};
}

QString describe(const QString& url, int status, const QString& error) {
    if (status == 401 || status == 403)
        return QObject::tr("%1 refused the credentials (HTTP %2)").arg(url).arg(status);
    if (status) return QObject::tr("%1 answered HTTP %2").arg(url).arg(status);
    return QObject::tr("cannot reach %1: %2").arg(url, error);
}

constexpr int kBatchObjects = 32;
constexpr int kConcurrentRequests = 3;
constexpr qint64 kBatchBytes = 64ll << 20;

}  // namespace

struct DicomWebClient::Reply {
    int status = 0;  // HTTP status; 0 when no answer
    QByteArray body, type;
    QString problem;    // what went wrong, for people: the certificate, the status, no answer
    bool whole = true;  // the body arrived to its end (not cut by a dropped connection)
};

DicomWebClient::Reply DicomWebClient::finished(QNetworkReply* reply) const {
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    // Errors that only restate the HTTP status (content 2xx, server 4xx ranges) leave the body
    // whole; the network's and the protocol's (a connection dropped mid-body) do not.
    const int e = reply->error();
    out.whole =
        e == QNetworkReply::NoError ||
        (e >= QNetworkReply::ContentAccessDenied && e <= QNetworkReply::UnknownContentError) ||
        (e >= QNetworkReply::InternalServerError && e <= QNetworkReply::UnknownServerError);
    out.problem = certificateProblem(target_.baseUrl, reply);
    if (out.problem.isEmpty())
        out.problem = describe(target_.baseUrl, out.status,
                               reply->error() != QNetworkReply::NoError && out.status == 0
                                   ? reply->errorString()
                                   : QString());
    reply->deleteLater();
    return out;
}

Result<DicomWebTarget> portalTarget(const db::Peer& peer, int timeoutSeconds) {
    DicomWebTarget target{peer.dicomwebUrl, peer.user, {}, {}, peer.caFile, timeoutSeconds};
    for (auto [file, secret] : {std::pair{peer.passwordFile, &target.password},
                                std::pair{peer.tokenFile, &target.token}}) {
        if (file.isEmpty()) continue;
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) *secret = f.readAll().trimmed();
        if (secret->isEmpty())
            return Error{
                QObject::tr("the credentials of %1 cannot be read from %2").arg(peer.name, file)};
    }
    return target;
}

DicomWebClient::DicomWebClient(DicomWebTarget target)
    : target_(std::move(target)), network_(std::make_unique<QNetworkAccessManager>()) {
    while (target_.baseUrl.endsWith(QLatin1Char('/'))) target_.baseUrl.chop(1);
}

DicomWebClient::~DicomWebClient() = default;

QNetworkReply* DicomWebClient::send(const QByteArray& method, const QString& path,
                                    const QByteArray& accept, const QByteArray& contentType,
                                    const QByteArray& body) {
    QNetworkRequest r(QUrl(target_.baseUrl + path));
    r.setRawHeader("Accept", accept);
    if (!contentType.isEmpty()) r.setRawHeader("Content-Type", contentType);
    if (!target_.token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + target_.token);
    else if (!target_.user.isEmpty())
        r.setRawHeader("Authorization",
                       "Basic " + (target_.user.toUtf8() + ':' + target_.password).toBase64());
    if (!target_.caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(target_.caFile));
        r.setSslConfiguration(ssl);
    }
    r.setTransferTimeout(target_.timeoutSeconds * 1000);
    QNetworkReply* reply = network_->sendCustomRequest(r, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& e) {
        reply->setProperty("sslErrors", QVariant::fromValue(e));
    });
    return reply;
}

DicomWebClient::Reply DicomWebClient::request(const QByteArray& method, const QString& path,
                                              const QByteArray& accept,
                                              const QByteArray& contentType,
                                              const QByteArray& body) {
    QNetworkReply* reply = send(method, path, accept, contentType, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return finished(reply);
}

Result<double> DicomWebClient::echo() {
    QElapsedTimer t;
    t.start();
    const Reply r = request("GET", QStringLiteral("/studies?limit=1"), "application/dicom+json");
    if (r.status != 200 && r.status != 204) return Error{r.problem};
    return t.nsecsElapsed() / 1e6;
}

Result<QSet<QString>> DicomWebClient::instancesOf(const QString& studyUid) {
    auto instances = seriesAndInstancesOf(studyUid);
    if (!instances) return Error{instances.error()};
    QSet<QString> uids;
    for (const auto& [series, sop] : instances.value()) uids.insert(sop);
    return uids;
}

Result<std::vector<DicomWebClient::StudyCount>> DicomWebClient::studiesOfPatient(
    const QString& patientId) {
    const Reply r = request("GET",
                            QStringLiteral("/studies?PatientID=%1&includefield=00201208")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(patientId))),
                            "application/dicom+json");
    std::vector<StudyCount> studies;
    if (r.status == 204 || r.status == 404) return studies;
    if (r.status != 200) return Error{r.problem};
    for (const auto& [uid, count] : dicomweb::studyInstanceCounts(r.body))
        studies.push_back({uid, count});
    return studies;
}

Result<std::vector<QueryMatch>> DicomWebClient::find(
    const QString& level, const std::vector<std::pair<QString, QString>>& keys, int limit,
    int offset) {
    ensureDcmtkConfigured();
    auto valueOf = [&](const char* keyword) {
        for (const auto& [k, v] : keys)
            if (k == QLatin1String(keyword)) return v;
        return QString();
    };
    QString path = QStringLiteral("/studies");
    const QString study = valueOf("StudyInstanceUID"), series = valueOf("SeriesInstanceUID");
    if (level == QLatin1String("SERIES") || level == QLatin1String("IMAGE")) {
        if (study.isEmpty()) return Error{QObject::tr("a query of series needs the study")};
        path += QStringLiteral("/%1/series").arg(study);
    }
    if (level == QLatin1String("IMAGE")) {
        if (series.isEmpty()) return Error{QObject::tr("a query of instances needs the series")};
        path += QStringLiteral("/%1/instances").arg(series);
    }
    // Each key by its tag (the answer names attributes by tag): a match, or a field to return.
    std::vector<std::pair<QString, QString>> tags;  // keyword, tag as 8 hex digits
    QStringList query;
    for (const auto& [keyword, value] : keys) {
        DcmTag tag;
        if (DcmTag::findTagFromName(keyword.toLatin1().constData(), tag).bad())
            return Error{QObject::tr("unknown attribute %1").arg(keyword)};
        const QString hex = QStringLiteral("%1%2")
                                .arg(tag.getGroup(), 4, 16, QLatin1Char('0'))
                                .arg(tag.getElement(), 4, 16, QLatin1Char('0'))
                                .toUpper();
        tags.emplace_back(keyword, hex);
        const bool inPath = (keyword == QLatin1String("StudyInstanceUID") && level != "STUDY") ||
                            (keyword == QLatin1String("SeriesInstanceUID") && level == "IMAGE");
        if (inPath) continue;
        query << (value.isEmpty() ? QStringLiteral("includefield=") + hex
                                  : hex + QLatin1Char('=') +
                                        QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (limit > 0)
        query << QStringLiteral("limit=%1").arg(limit) << QStringLiteral("offset=%1").arg(offset);
    if (!query.isEmpty()) path += QLatin1Char('?') + query.join(QLatin1Char('&'));
    const Reply r = request("GET", path, "application/dicom+json");
    if (r.status == 204 || r.status == 404) return std::vector<QueryMatch>{};
    if (r.status != 200) return Error{r.problem};
    return dicomweb::queryMatches(r.body, tags);
}

Result<std::vector<std::pair<QString, QString>>> DicomWebClient::seriesAndInstancesOf(
    const QString& studyUid) {
    const Reply r = request("GET", QStringLiteral("/studies/%1/instances").arg(studyUid),
                            "application/dicom+json");
    if (r.status == 404 || r.status == 204) return std::vector<std::pair<QString, QString>>{};
    if (r.status != 200) return Error{r.problem};
    return dicomweb::seriesAndInstances(r.body);
}

Result<int> DicomWebClient::retrieve(const QString& studyUid, const QString& folder,
                                     const QString& seriesUid, const QString& sopUid) {
    QString path = QStringLiteral("/studies/%1").arg(studyUid);
    if (!seriesUid.isEmpty()) path += QStringLiteral("/series/%1").arg(seriesUid);
    if (!sopUid.isEmpty()) path += QStringLiteral("/instances/%1").arg(sopUid);
    const Reply r = request("GET", path, "multipart/related; type=\"application/dicom\"");
    if (r.status != 200) return Error{r.problem};
    auto parts = dicomweb::multipartParts(r.type, r.body);
    if (!parts) return Error{QObject::tr("%1: %2").arg(target_.baseUrl, parts.error())};
    int written = 0;
    for (const QByteArray& part : parts.value()) {
        QFile out(QStringLiteral("%1/part%2.dcm").arg(folder).arg(written));
        if (!out.open(QIODevice::WriteOnly) || out.write(part) != part.size())
            return Error{QObject::tr("cannot write %1").arg(out.fileName())};
        ++written;
    }
    return written;
}

SendSummary DicomWebClient::store(const std::vector<SendItem>& items,
                                  const std::atomic_bool* cancel,
                                  const DicomClient::ObjectHooks& hooks) {
    SendSummary summary;
    QElapsedTimer clock;
    clock.start();
    size_t next = 0;
    int inFlight = 0;
    QEventLoop loop;
    // Builds the next batch's multipart/related body; empty when none is left.
    auto nextBatch = [&](std::vector<size_t>& batch, QByteArray& boundary) -> QByteArray {
        boundary = "dicomnet-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        QByteArray body;
        qint64 reserve = 0;
        for (size_t i = next; i < items.size() && i < next + kBatchObjects; ++i)
            reserve += items[i].size + 128;
        body.reserve(std::min(reserve, kBatchBytes + (16 << 20)));
        qint64 bytes = 0;
        for (; next < items.size() && int(batch.size()) < kBatchObjects && bytes < kBatchBytes;
             ++next) {
            QFile f(items[next].path);
            if (!f.open(QIODevice::ReadOnly)) {
                ++summary.failed;
                if (hooks.after) hooks.after(next, false, f.errorString(), false);
                continue;
            }
            const QByteArray part = f.readAll();
            body += "--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n" + part + "\r\n";
            bytes += part.size();
            if (hooks.before) hooks.before(next);
            batch.push_back(next);
        }
        if (!batch.empty()) body += "--" + boundary + "--\r\n";
        return body;
    };
    // The answer to one batch: which objects the portal stored, which it refused and why.
    auto settle = [&](const std::vector<size_t>& batch, const QByteArray& reply) {
        const dicomweb::StoreAnswer answer = dicomweb::storeAnswer(reply);
        const QSet<QString>& stored = answer.stored;
        const QHash<QString, QString>& refused = answer.refused;
        for (size_t i : batch) {
            const QString sop = items[i].sopInstanceUid;
            // Stored only when the answer names it (PS3.18 10.5.3: ReferencedSOPSequence): a
            // 200 alone is no receipt. Refused when it says why; else unknown, asked about on
            // the next attempt.
            if (stored.contains(sop)) {
                ++summary.sent;
                summary.bytes += items[i].size;
                if (hooks.after) hooks.after(i, true, {}, false);
            } else {
                ++summary.failed;
                const bool known = refused.contains(sop);
                const QString why = refused.value(sop, QObject::tr("not acknowledged"));
                summary.problems << sop + QStringLiteral(": ") + why;
                if (hooks.after) hooks.after(i, false, why, !known);
            }
        }
    };
    // A few requests at once: the portal stores one batch while the next is on its way.
    std::function<void()> launch = [&]() {
        while (inFlight < kConcurrentRequests && summary.fatalError.isEmpty()) {
            if (cancel && cancel->load()) {
                summary.fatalError = QObject::tr("cancelled");
                break;
            }
            auto batch = std::make_shared<std::vector<size_t>>();
            QByteArray boundary;
            const QByteArray body = nextBatch(*batch, boundary);
            if (batch->empty()) break;
            QNetworkReply* reply =
                send("POST", QStringLiteral("/studies"), "application/dicom+json",
                     "multipart/related; type=\"application/dicom\"; boundary=" + boundary, body);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, batch] {
                --inFlight;
                const Reply r = finished(reply);
                if ((r.status != 200 && r.status != 202 && r.status != 409) || !r.whole) {
                    // Nothing known of this batch: in flight, asked about on the next attempt.
                    // An answer cut off (a portal whose database died mid-request sends its
                    // status, then no body) says nothing either.
                    const bool ok = r.status == 200 || r.status == 202 || r.status == 409;
                    if (summary.fatalError.isEmpty())
                        summary.fatalError =
                            ok ? QObject::tr("%1 broke off its answer").arg(target_.baseUrl)
                               : r.problem;
                } else {
                    settle(*batch, r.body);
                }
                launch();
                if (inFlight == 0) loop.quit();
            });
        }
    };
    launch();
    if (inFlight > 0) loop.exec();
    summary.failed += int(items.size()) - summary.sent - summary.failed;
    summary.seconds = clock.elapsed() / 1000.0;
    return summary;
}

}  // namespace dicomnet::network
