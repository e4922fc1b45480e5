// A DICOMweb portal (PS3.18) as the sync engine uses it: STOW-RS to store objects (in batches,
// each object acknowledged or refused by the response), QIDO-RS to ask which instances of a
// study it holds, and a cheap query to see that it answers. HTTPS is verified against the
// system's CAs or the given one; basic or bearer authentication. Calls block (a local event
// loop): the engine runs in a worker thread.
#pragma once

#include "dicom_client.h"

#include "core/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace dicomnet::db {
struct Peer;
}
class QNetworkReply;

namespace dicomnet::network {

struct DicomWebTarget {
    QString baseUrl;  // e.g. https://portal.example/dicom-web
    QString user;
    QByteArray password, token;  // read from their files when the peer is used
    QString caFile;              // PEM; empty: the system's CAs
    int timeoutSeconds = 60;
};

// How to reach the portal `peer`: its URL and CA, the password or token read from their
// files. Fails naming a file that cannot be read.
Result<DicomWebTarget> portalTarget(const db::Peer& peer, int timeoutSeconds);

class DicomWebClient {
public:
    explicit DicomWebClient(DicomWebTarget target);
    ~DicomWebClient();

    // Round trip of a one-study query, in milliseconds, or why the portal did not answer.
    Result<double> echo();
    // The SOP Instance UIDs of `studyUid` the portal holds (none when it has not the study).
    Result<QSet<QString>> instancesOf(const QString& studyUid);
    // QIDO-RS: the studies of a patient, each with how many instances it holds (-1 when the
    // portal does not say).
    struct StudyCount {
        QString studyUid;
        int instances = -1;
    };
    Result<std::vector<StudyCount>> studiesOfPatient(const QString& patientId);
    // WADO-RS: the instances of a study (or one instance, when `sopUid` is given), written as
    // files into `folder`; how many.
    Result<int> retrieve(const QString& studyUid, const QString& folder,
                         const QString& seriesUid = {}, const QString& sopUid = {});
    // QIDO-RS at `level` (STUDY, SERIES, IMAGE) with (keyword, value) keys as C-FIND takes
    // them: a value matches (wildcards * ?, date ranges), an empty one asks for the attribute.
    // SERIES needs the StudyInstanceUID key, IMAGE the SeriesInstanceUID too. `limit` > 0:
    // at most that many matches, after skipping `offset` (a page of a long answer).
    Result<std::vector<QueryMatch>> find(const QString& level,
                                         const std::vector<std::pair<QString, QString>>& keys,
                                         int limit = 0, int offset = 0);
    // QIDO-RS: (series, instance) UIDs of a study's instances.
    Result<std::vector<std::pair<QString, QString>>> seriesAndInstancesOf(const QString& studyUid);
    // STOW-RS of `items` in batches, a few requests at once; `hooks` hear of each object as
    // its batch's answer comes. A failure of the link (refused, timed out, HTTP 401) stops with
    // fatalError.
    SendSummary store(const std::vector<SendItem>& items, const std::atomic_bool* cancel,
                      const DicomClient::ObjectHooks& hooks);

private:
    struct Reply;
    Reply request(const QByteArray& method, const QString& path, const QByteArray& accept,
                  const QByteArray& contentType = {}, const QByteArray& body = {});
    Reply finished(QNetworkReply* reply) const;  // read, described, and let go
    QNetworkReply* send(const QByteArray& method, const QString& path, const QByteArray& accept,
                        const QByteArray& contentType, const QByteArray& body);
    DicomWebTarget target_;
    std::unique_ptr<QNetworkAccessManager> network_;
};

}  // namespace dicomnet::network
