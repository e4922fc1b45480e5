#include "store_scp_worker.h"

#include "core/dicom_object_reader.h"
#include "db/cache.h"
#include "db/cache_writer.h"
#include "db/peer_directory.h"
#include "dicom_client.h"
#include "direct_file_sink.h"
#include "identifier_reader.h"
#include "known_callers.h"
#include "presentation_contexts.h"
#include "query_responder.h"
#include "site_certificates.h"
#include "store_file.h"

#include <dcmtk/dcmdata/dcostrmf.h>
#include <dcmtk/dcmnet/dimse.h>
#include <dcmtk/dcmnet/diutil.h>

#include <QFile>

#include <algorithm>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dicomnet::network {

namespace {
// "Cannot understand" (C000–CFFF, PS3.4 B.2.3): the object's UIDs contradict the cache.
constexpr Uint16 kStatusUidConflict = 0xC001;
}  // namespace

StoreScpWorker::StoreScpWorker(ListenerShared& shared, T_ASC_Association* association)
    : shared_(shared), association_(association) {}

StoreScpWorker::~StoreScpWorker() {
    afterAnswer_.wait();
    if (!record_.empty()) emit shared_.listener->associationEnded(record_);
}

void StoreScpWorker::noteCaller() {
    if (!record_.callingAeTitle.isEmpty()) return;
    record_.callingAeTitle = QString::fromLatin1(getPeerAETitle().c_str());
    if (association_ && association_->params)
        record_.peerHost =
            QString::fromLatin1(association_->params->DULparams.callingPresentationAddress);
    record_.tls = shared_.settings.tls.has_value();
}

void StoreScpWorker::noteStored(const ReceivedObject& object) {
    noteCaller();
    auto study = std::find_if(record_.received.begin(), record_.received.end(),
                              [&](const auto& s) { return s.studyUid == object.studyUid; });
    if (study == record_.received.end())
        study = record_.received.insert(record_.received.end(),
                                        {object.studyUid, object.patientId, 0, 0});
    ++(object.duplicate ? study->duplicates : study->stored);
}

void StoreScpWorker::noteRequest(const QString& kind, DcmDataset& identifier, int answers) {
    noteCaller();
    auto key = [&](const DcmTagKey& tag) {
        OFString value;
        identifier.findAndGetOFString(tag, value);
        return QString::fromLatin1(value.c_str()).trimmed().left(128);
    };
    record_.requests.push_back({kind, key(DCM_QueryRetrieveLevel), key(DCM_PatientID),
                                key(DCM_StudyInstanceUID), answers});
}

OFCondition StoreScpWorker::receiveIntoFile(T_DIMSE_C_StoreRQ& request,
                                            T_ASC_PresentationContextID presentationId,
                                            const QString& path, QString& writeError,
                                            QByteArray& inMemory) {
    if (request.DataSetType == DIMSE_DATASET_NULL) return DIMSE_BADMESSAGE;
    // DCMTK writes the file meta information, as storescp does; the data set follows as it
    // comes off the wire, bit for bit.
    DcmOutputFileStream* meta = nullptr;
    OFCondition cond =
        DIMSE_createFilestream(OFFilename(QFile::encodeName(path).constData()), &request,
                               association_, presentationId, OFTrue, &meta);
    delete meta;
    sink_.reset();
    if (cond.good()) sink_ = DirectFileSink::open(path, writeError);
    if (!sink_) {
        if (writeError.isEmpty()) writeError = QString::fromLatin1(cond.text());
        // Still read the data set, so that the answer can be a proper refusal.
        DIC_UL bytes = 0, pdvs = 0;
        return DIMSE_ignoreDataSet(association_, getDIMSEBlockingMode(), int(getDIMSETimeout()),
                                   &bytes, &pdvs);
    }
    T_ASC_PresentationContextID dataId = presentationId;
    cond = DIMSE_receiveDataSetInFile(association_, getDIMSEBlockingMode(), int(getDIMSETimeout()),
                                      &dataId, &sink_->stream(), nullptr, nullptr);
    if (cond.good() && dataId != presentationId) return DIMSE_BADMESSAGE;
    if (cond.good()) {
        sink_->complete();  // the disk finishes while the object is parsed
        inMemory = sink_->wholeFile();
    }
    return cond;
}

OFBool StoreScpWorker::checkCalledAETitleAccepted(const OFString& calledAE) {
    const bool ok = QString::fromLatin1(calledAE.c_str()).trimmed() == shared_.settings.aeTitle;
    if (!ok)
        emit shared_.listener->associationRejected(
            QObject::tr("called AE title \"%1\" is not ours (%2)")
                .arg(QString::fromLatin1(calledAE.c_str()), shared_.settings.aeTitle));
    return ok;
}

OFBool StoreScpWorker::checkCallingAETitleAccepted(const OFString& callingAE) {
    std::optional<std::vector<db::Peer>> known;
    {
        std::lock_guard<std::mutex> lock(shared_.knownPeersMutex);
        known = shared_.settings.knownPeers;
    }
    if (!known) return OFTrue;
    std::optional<CertificateIdentity> certificate;
    if (shared_.settings.tls) {
        QByteArray der(int(ASC_getPeerCertificateLength(association_)), '\0');
        if (!der.isEmpty())
            der.resize(
                int(ASC_getPeerCertificate(association_, der.data(), (unsigned long)der.size())));
        auto identity = certificateIdentityOfDer(der);
        // The handshake demanded a certificate; one that cannot be read names nobody.
        certificate = identity ? identity.value() : CertificateIdentity{};
    }
    const QString why =
        knownCallerRefusal(*known, QString::fromLatin1(callingAE.c_str()), certificate);
    if (why.isEmpty()) return OFTrue;
    emit shared_.listener->associationRejected(why);
    return OFFalse;
}

void StoreScpWorker::notifyReleaseRequest() {
    afterAnswer_.wait();
    DcmThreadSCP::notifyReleaseRequest();
}

OFCondition StoreScpWorker::negotiateAssociation() {
    OFCondition cond = DcmThreadSCP::negotiateAssociation();
    if (cond.good()) acceptStorageContexts(association_->params);
    return cond;
}

bool StoreScpWorker::ensureCache(QString& error) {
    if (cache_) return true;
    auto cache = db::Cache::open(shared_.settings.dataDir);
    if (!cache) {
        error = cache.error();
        return false;
    }
    cache_ = std::move(cache.value());
    return true;
}

bool StoreScpWorker::ensureWriter(QString& error) {
    if (writer_) return true;
    if (!ensureCache(error)) return false;
    // One object per batch: each is acknowledged as soon as its file is durable in the store.
    // The index is flushed every quarter second (and when the association ends); until then
    // the object's staged name lets recovery re-index it after a crash.
    db::CacheWriter::Limits limits;
    limits.maxObjects = 1;
    limits.maxMilliseconds = 0;
    limits.durableIndexMs = 250;
    auto writer = db::CacheWriter::open(*cache_, limits);
    if (!writer) {
        error = writer.error();
        return false;
    }
    writer_ = std::move(writer.value());
    return true;
}

OFCondition StoreScpWorker::handleIncomingCommand(T_DIMSE_Message* message,
                                                  const DcmPresentationContextInfo& context) {
    if (message->CommandField == DIMSE_C_STORE_RQ)
        return handleStore(message->msg.CStoreRQ, context.presentationContextID);
    afterAnswer_.wait();  // the rest may read the index
    if (message->CommandField == DIMSE_C_FIND_RQ)
        return handleFind(message->msg.CFindRQ, context.presentationContextID);
    if (message->CommandField == DIMSE_C_MOVE_RQ)
        return handleMove(message->msg.CMoveRQ, context.presentationContextID);
    if (message->CommandField == DIMSE_C_GET_RQ)
        return handleGet(message->msg.CGetRQ, context.presentationContextID);
    return DcmThreadSCP::handleIncomingCommand(message, context);
}

OFCondition StoreScpWorker::handleStore(T_DIMSE_C_StoreRQ& request,
                                        T_ASC_PresentationContextID presentationId) {
    QString error;
    if (!ensureWriter(error)) {
        emit shared_.listener->problem(error);
        // Still read the data set off the wire, so that the answer can be a proper refusal.
        const QString sink = QStringLiteral("/dev/null");
        receiveSTORERequest(request, presentationId, OFString(sink.toLocal8Bit().constData()));
        return sendSTOREResponse(presentationId, request, STATUS_STORE_Refused_OutOfResources);
    }
    if (nextTempPath_.isEmpty()) afterAnswer_.wait();
    const QString tempPath =
        nextTempPath_.isEmpty() ? writer_->reserveTempPath() : std::exchange(nextTempPath_, {});
    QString writeError;
    QByteArray inMemory;
    OFCondition cond = receiveIntoFile(request, presentationId, tempPath, writeError, inMemory);
    afterAnswer_.wait();  // the previous object's index row is written before this one's checks
    if (cond.bad()) {
        // The association dropped mid-object: nothing was acknowledged, nothing is kept.
        sink_.reset();
        QFile::remove(tempPath);
        return cond;
    }
    if (!writeError.isEmpty()) {
        sink_.reset();
        QFile::remove(tempPath);
        emit shared_.listener->problem(
            QObject::tr("cannot store an object from %1: %2")
                .arg(QString::fromLatin1(getPeerAETitle().c_str()), writeError));
        return sendSTOREResponse(presentationId, request, STATUS_STORE_Refused_OutOfResources);
    }
    ReceivedObject received;
    received.callingAeTitle = QString::fromLatin1(getPeerAETitle().c_str());
    QString comment;
    const Uint16 status = ingest(tempPath, inMemory, request, received, comment);
    std::unique_ptr<DcmDataset> detail;  // only for a refusal that says why
    if (!comment.isEmpty()) {
        detail = std::make_unique<DcmDataset>();
        detail->putAndInsertString(DCM_ErrorComment, comment.left(64).toLatin1().constData());
    }
    cond = sendSTOREResponse(presentationId, request.MessageID, request.AffectedSOPClassUID,
                             request.AffectedSOPInstanceUID, status, detail.get());
    const bool stored = status == STATUS_Success;
    if (stored) {
        noteStored(received);
    } else {
        noteCaller();
        ++record_.refusedObjects;
    }
    // The object is durable (and recoverable by its staged name); its index row follows while
    // the next object arrives, and only then is it told (a forwarding rule looks it up there).
    const bool index = std::exchange(indexAfterAnswer_, false);
    if (index) nextTempPath_ = writer_->reserveTempPath();
    if (index || stored)
        afterAnswer_.run([this, index, stored, received] {
            if (index)
                if (Status s = writer_->indexPublished(); !s)
                    emit shared_.listener->problem(s.error());
            if (stored) emit shared_.listener->objectReceived(received);
        });
    return cond;
}

Uint16 StoreScpWorker::ingest(const QString& tempPath, const QByteArray& inMemory,
                              const T_DIMSE_C_StoreRQ& request, ReceivedObject& out,
                              QString& comment) {
    // A file too large to stay in memory is read back, so it must be whole first; one in
    // memory is parsed while the disk writes it. Either way it is whole before it is adopted.
    QString writeError;
    bool written = !inMemory.isEmpty() || sink_->wait(writeError);
    ReadOutcome read = !written             ? ReadOutcome::damaged(writeError)
                       : inMemory.isEmpty() ? DicomObjectReader::readReceivedFile(tempPath)
                                            : DicomObjectReader::readReceivedBytes(inMemory);
    written = written && sink_->wait(writeError);
    sink_.reset();
    if (!written) {
        QFile::remove(tempPath);
        emit shared_.listener->problem(
            QObject::tr("cannot store an object from %1: %2").arg(out.callingAeTitle, writeError));
        return STATUS_STORE_Refused_OutOfResources;
    }
    if (!read.isObject() || read.parsed().isDicomdir) {
        QFile::remove(tempPath);
        emit shared_.listener->problem(
            QObject::tr("refused an object from %1: %2").arg(out.callingAeTitle, read.reason()));
        return STATUS_STORE_Error_CannotUnderstand;
    }
    const DicomObjectInfo& info = read.parsed().info;
    if (info.instance.sopClassUid != QLatin1String(request.AffectedSOPClassUID) ||
        info.instance.sopInstanceUid != QLatin1String(request.AffectedSOPInstanceUID)) {
        QFile::remove(tempPath);
        emit shared_.listener->problem(
            QObject::tr("refused an object from %1: its data set does not match the request")
                .arg(out.callingAeTitle));
        return STATUS_STORE_Error_DataSetDoesNotMatchSOPClass;
    }
    out.sopInstanceUid = info.instance.sopInstanceUid;
    out.studyUid = info.study.studyUid;
    out.patientId = info.patient.patientId;
    out.patientName = info.patient.name;
    out.modality = info.series.modality;
    out.studyDescription = info.study.description;

    QString conflict;
    auto added = writer_->addWritten(read.parsed(), tempPath, &conflict);
    if (!added) {
        QFile::remove(tempPath);
        emit shared_.listener->problem(added.error());
        return STATUS_STORE_Refused_OutOfResources;
    }
    if (added.value() == db::CacheWriter::Added::Refused) {
        QFile::remove(tempPath);
        emit shared_.listener->problem(
            QObject::tr("refused an object from %1: %2").arg(out.callingAeTitle, conflict));
        comment = QStringLiteral("UID conflict: see the receiver's log");
        return kStatusUidConflict;
    }
    if (added.value() == db::CacheWriter::Added::Duplicate) {
        QFile::remove(tempPath);
        out.duplicate = true;
        return STATUS_Success;  // already durable here
    }
    if (Status s = writer_->publish(); !s) {
        emit shared_.listener->problem(s.error());
        return STATUS_STORE_Refused_OutOfResources;
    }
    indexAfterAnswer_ = true;  // the answer need not wait for the index (see handleStore)
    return STATUS_Success;
}

}  // namespace dicomnet::network

namespace dicomnet::network {

OFCondition StoreScpWorker::handleFind(T_DIMSE_C_FindRQ& request,
                                       T_ASC_PresentationContextID presentationId) {
    std::unique_ptr<DcmDataset> owned;
    QString refusal;
    OFCondition cond = receiveIdentifier(association_, getDIMSEBlockingMode(),
                                         int(getDIMSETimeout()), presentationId, owned, refusal);
    if (cond.bad()) return cond;
    if (!owned) {
        emit shared_.listener->problem(
            QObject::tr("refused a query from %1: %2")
                .arg(QString::fromLatin1(getPeerAETitle().c_str()), refusal));
        return sendFINDResponse(presentationId, request.MessageID, request.AffectedSOPClassUID,
                                nullptr, STATUS_FIND_Failed_UnableToProcess);
    }
    QString error;
    if (!ensureCache(error)) {
        emit shared_.listener->problem(error);
        return sendFINDResponse(presentationId, request.MessageID, request.AffectedSOPClassUID,
                                nullptr, STATUS_FIND_Refused_OutOfResources);
    }
    auto matches = QueryResponder(*cache_).find(*owned);
    if (!matches) {
        emit shared_.listener->problem(
            QObject::tr("refused a query from %1: %2")
                .arg(QString::fromLatin1(getPeerAETitle().c_str()), matches.error()));
        return sendFINDResponse(presentationId, request.MessageID, request.AffectedSOPClassUID,
                                nullptr, STATUS_FIND_Failed_UnableToProcess);
    }
    noteRequest(QStringLiteral("query"), *owned, int(matches->size()));
    for (auto& match : matches.value()) {
        if (checkForCANCEL(presentationId, request.MessageID) == EC_Normal)
            return sendFINDResponse(presentationId, request.MessageID, request.AffectedSOPClassUID,
                                    nullptr,
                                    STATUS_FIND_Cancel_MatchingTerminatedDueToCancelRequest);
        cond = sendFINDResponse(presentationId, request.MessageID, request.AffectedSOPClassUID,
                                match.get(), STATUS_Pending);
        if (cond.bad()) return cond;
    }
    return sendFINDResponse(presentationId, request.MessageID, request.AffectedSOPClassUID, nullptr,
                            STATUS_Success);
}

OFCondition StoreScpWorker::handleMove(T_DIMSE_C_MoveRQ& request,
                                       T_ASC_PresentationContextID presentationId) {
    std::unique_ptr<DcmDataset> owned;
    QString refusal;
    OFCondition cond = receiveIdentifier(association_, getDIMSEBlockingMode(),
                                         int(getDIMSETimeout()), presentationId, owned, refusal);
    if (cond.bad()) return cond;
    const OFString destination = request.MoveDestination;
    const OFString sopClass = request.AffectedSOPClassUID;
    auto refuse = [&](Uint16 status, const QString& why) {
        emit shared_.listener->problem(
            QObject::tr("refused a retrieve from %1: %2")
                .arg(QString::fromLatin1(getPeerAETitle().c_str()), why));
        return sendMOVEResponse(presentationId, request.MessageID, sopClass, nullptr, status);
    };
    if (!owned) return refuse(STATUS_MOVE_Failed_UnableToProcess, refusal);
    QString error;
    if (!ensureCache(error))
        return refuse(STATUS_MOVE_Refused_OutOfResourcesNumberOfMatches, error);
    // The destination must be a known peer: C-MOVE never sends to an address it was told.
    const QString destAe = QString::fromLatin1(destination.c_str()).trimmed();
    auto peers = db::PeerDirectory(*cache_).list();
    std::optional<db::Peer> peer;
    if (peers)
        for (const db::Peer& p : peers.value())
            if (p.aeTitle == destAe) peer = p;
    if (!peer)
        return refuse(STATUS_MOVE_Failed_MoveDestinationUnknown,
                      QObject::tr("move destination \"%1\" is not a known peer").arg(destAe));
    auto instances = QueryResponder(*cache_).instancesFor(*owned);
    if (!instances) return refuse(STATUS_MOVE_Failed_UnableToProcess, instances.error());

    std::vector<SendItem> items;
    for (const db::InstanceRow& r : instances.value())
        items.push_back(
            {r.filePath, r.sopClassUid, r.sopInstanceUid, r.transferSyntaxUid, r.fileSize, {}, {}});
    std::optional<TlsFiles> tls;
    if (peer->tls) {
        const SiteCertificates site(shared_.settings.dataDir);
        tls = TlsFiles{site.node().certificate, site.node().privateKey, site.caCertificate()};
    }
    DicomClient client(shared_.settings.aeTitle, {peer->aeTitle, peer->host, peer->port},
                       shared_.settings.timeoutSeconds, tls);
    const Uint16 total = Uint16(std::min<size_t>(items.size(), 65535));
    SendSummary sent = client.send(items, [&](int done, int, qint64) {
        sendMOVEResponse(presentationId, request.MessageID, sopClass, nullptr, STATUS_Pending,
                         nullptr, Uint16(total - done), Uint16(done), 0, 0);
    });
    const Uint16 status = sent.failed == 0 ? STATUS_Success
                          : sent.sent > 0
                              ? STATUS_MOVE_Warning_SubOperationsCompleteOneOrMoreFailures
                              : STATUS_MOVE_Failed_UnableToProcess;
    if (!sent.fatalError.isEmpty()) emit shared_.listener->problem(sent.fatalError);
    noteRequest(QStringLiteral("move to ") + destAe, *owned, sent.sent);
    return sendMOVEResponse(presentationId, request.MessageID, sopClass, nullptr, status, nullptr,
                            0, Uint16(sent.sent), Uint16(sent.failed), 0);
}

namespace {

bool uncompressedSyntax(const QString& ts) {
    return ts == QLatin1String(UID_LittleEndianExplicitTransferSyntax) ||
           ts == QLatin1String(UID_LittleEndianImplicitTransferSyntax) ||
           ts == QLatin1String(UID_BigEndianExplicitTransferSyntax);
}

// An accepted context for sending this object as it is stored: its own transfer syntax, or
// for an uncompressed object any uncompressed one (DCMTK converts between those).
T_ASC_PresentationContextID contextForObject(T_ASC_Association* association,
                                             const QString& sopClass, const QString& syntax) {
    T_ASC_PresentationContextID fallback = 0;
    for (int id = 1; id < 256; id += 2) {
        T_ASC_PresentationContext pc;
        if (ASC_findAcceptedPresentationContext(association->params,
                                                T_ASC_PresentationContextID(id), &pc)
                .bad())
            continue;
        if (pc.resultReason != ASC_P_ACCEPTANCE || sopClass != QLatin1String(pc.abstractSyntax))
            continue;
        const QString accepted = QLatin1String(pc.acceptedTransferSyntax);
        if (accepted == syntax) return pc.presentationContextID;
        if (!fallback && uncompressedSyntax(syntax) && uncompressedSyntax(accepted))
            fallback = pc.presentationContextID;
    }
    return fallback;
}

}  // namespace

OFCondition StoreScpWorker::sendGetResponse(T_ASC_PresentationContextID presentationId,
                                            const T_DIMSE_C_GetRQ& request, Uint16 status,
                                            int remaining, int completed, int failed,
                                            int warnings) {
    T_DIMSE_Message message{};
    message.CommandField = DIMSE_C_GET_RSP;
    T_DIMSE_C_GetRSP& rsp = message.msg.CGetRSP;
    rsp.MessageIDBeingRespondedTo = request.MessageID;
    OFStandard::strlcpy(rsp.AffectedSOPClassUID, request.AffectedSOPClassUID,
                        sizeof(rsp.AffectedSOPClassUID));
    rsp.DimseStatus = status;
    rsp.DataSetType = DIMSE_DATASET_NULL;
    rsp.NumberOfRemainingSubOperations = Uint16(std::min(remaining, 65535));
    rsp.NumberOfCompletedSubOperations = Uint16(std::min(completed, 65535));
    rsp.NumberOfFailedSubOperations = Uint16(std::min(failed, 65535));
    rsp.NumberOfWarningSubOperations = Uint16(std::min(warnings, 65535));
    rsp.opts = O_GET_AFFECTEDSOPCLASSUID | O_GET_NUMBEROFCOMPLETEDSUBOPERATIONS |
               O_GET_NUMBEROFFAILEDSUBOPERATIONS | O_GET_NUMBEROFWARNINGSUBOPERATIONS;
    if (status == STATUS_Pending) rsp.opts |= O_GET_NUMBEROFREMAININGSUBOPERATIONS;
    return sendDIMSEMessage(presentationId, &message, nullptr);
}

// C-GET: the objects go back to the requester as C-STORE sub-operations on this association,
// each streamed from its file in the syntax it is stored in when the requester took it.
OFCondition StoreScpWorker::handleGet(T_DIMSE_C_GetRQ& request,
                                      T_ASC_PresentationContextID presentationId) {
    std::unique_ptr<DcmDataset> owned;
    QString refusal;
    OFCondition cond = receiveIdentifier(association_, getDIMSEBlockingMode(),
                                         int(getDIMSETimeout()), presentationId, owned, refusal);
    if (cond.bad()) return cond;
    const QString caller = QString::fromLatin1(getPeerAETitle().c_str());
    if (!owned) {
        emit shared_.listener->problem(
            QObject::tr("refused a retrieve from %1: %2").arg(caller, refusal));
        return sendGetResponse(presentationId, request, STATUS_GET_Failed_UnableToProcess, 0, 0, 0,
                               0);
    }
    QString error;
    if (!ensureCache(error)) {
        emit shared_.listener->problem(error);
        return sendGetResponse(presentationId, request,
                               STATUS_GET_Refused_OutOfResourcesNumberOfMatches, 0, 0, 0, 0);
    }
    auto instances = QueryResponder(*cache_).instancesFor(*owned);
    if (!instances) {
        emit shared_.listener->problem(
            QObject::tr("refused a retrieve from %1: %2").arg(caller, instances.error()));
        return sendGetResponse(presentationId, request, STATUS_GET_Failed_UnableToProcess, 0, 0, 0,
                               0);
    }
    const int total = int(instances->size());
    int completed = 0, failed = 0, warnings = 0;
    for (const db::InstanceRow& r : instances.value()) {
        if (checkForCANCEL(presentationId, request.MessageID) == EC_Normal)
            return sendGetResponse(presentationId, request,
                                   STATUS_GET_Cancel_SubOperationsTerminatedDueToCancelIndication,
                                   total - completed - failed - warnings, completed, failed,
                                   warnings);
        const T_ASC_PresentationContextID sub =
            contextForObject(association_, r.sopClassUid, r.transferSyntaxUid);
        if (sub == 0) {
            ++failed;  // the requester took neither this SOP class nor this transfer syntax
            emit shared_.listener->problem(
                QObject::tr("C-GET: %1 accepted no context for %2 in %3; %4 not sent")
                    .arg(QString::fromLatin1(getPeerAETitle().c_str()), r.sopClassUid,
                         r.transferSyntaxUid, r.sopInstanceUid));
        } else {
            Uint16 status = 0;
            cond = storeFile(association_, sub, r.sopClassUid, r.sopInstanceUid, r.filePath, 0,
                             status);
            if (cond.bad()) return cond;  // the association is gone
            if (status == STATUS_Success)
                ++completed;
            else if ((status & 0xf000) == 0xb000)
                ++warnings;
            else
                ++failed;
        }
        const int remaining = total - completed - failed - warnings;
        if (remaining > 0) {
            cond = sendGetResponse(presentationId, request, STATUS_Pending, remaining, completed,
                                   failed, warnings);
            if (cond.bad()) return cond;
        }
    }
    const Uint16 status = failed == 0 && warnings == 0 ? STATUS_Success
                          : completed + warnings > 0
                              ? STATUS_GET_Warning_SubOperationsCompleteOneOrMoreFailures
                              : STATUS_GET_Failed_UnableToProcess;
    noteRequest(QStringLiteral("retrieve"), *owned, completed + warnings);
    return sendGetResponse(presentationId, request, status, 0, completed, failed, warnings);
}

}  // namespace dicomnet::network
