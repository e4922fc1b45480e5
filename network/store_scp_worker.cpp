#include "store_scp_worker.h"

#include "core/dicom_object_reader.h"
#include "db/cache.h"
#include "db/cache_writer.h"

#include <dcmtk/dcmnet/diutil.h>

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dicomnet::network {

StoreScpWorker::StoreScpWorker(ListenerShared& shared) : shared_(shared) {}

StoreScpWorker::~StoreScpWorker() {
    if (receivingFd_ >= 0) ::close(receivingFd_);
}

void StoreScpWorker::notifyRECEIVEProgress(const unsigned long) {
    if (receiving_.isEmpty()) return;
    if (receivingFd_ < 0)
        receivingFd_ = ::open(QFile::encodeName(receiving_).constData(), O_RDONLY | O_CLOEXEC);
    // Whole pages only: a page still being appended to would make the next write wait for
    // its writeback.
    struct stat st {};
    if (receivingFd_ < 0 || ::fstat(receivingFd_, &st) != 0) return;
    const off_t settled = (st.st_size / 65536) * 65536 - 65536;
    if (settled > writebackStarted_) {
        ::sync_file_range(receivingFd_, writebackStarted_, settled - writebackStarted_,
                          SYNC_FILE_RANGE_WRITE);
        writebackStarted_ = settled;
    }
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
    const QStringList& known = shared_.settings.knownCallingAeTitles;
    const QString caller = QString::fromLatin1(callingAE.c_str()).trimmed();
    if (known.isEmpty() || known.contains(caller)) return OFTrue;
    emit shared_.listener->associationRejected(
        QObject::tr("calling AE title \"%1\" is not a known peer").arg(caller));
    return OFFalse;
}

bool StoreScpWorker::ensureWriter(QString& error) {
    if (writer_) return true;
    auto cache = db::Cache::open(shared_.settings.dataDir);
    if (!cache) {
        error = cache.error();
        return false;
    }
    cache_ = std::move(cache.value());
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
    const QString tempPath = writer_->reserveTempPath();
    receiving_ = tempPath;
    writebackStarted_ = 0;
    OFCondition cond = receiveSTORERequest(request, presentationId,
                                           OFString(QFile::encodeName(tempPath).constData()));
    receiving_.clear();
    if (receivingFd_ >= 0) {
        ::close(receivingFd_);
        receivingFd_ = -1;
    }
    if (cond.bad()) {
        // The association dropped mid-object: nothing was acknowledged, nothing is kept.
        QFile::remove(tempPath);
        return cond;
    }
    ReceivedObject received;
    received.callingAeTitle = QString::fromLatin1(getPeerAETitle().c_str());
    const Uint16 status = ingest(tempPath, request, received);
    cond = sendSTOREResponse(presentationId, request, status);
    if (status == STATUS_Success) emit shared_.listener->objectReceived(received);
    return cond;
}

Uint16 StoreScpWorker::ingest(const QString& tempPath, const T_DIMSE_C_StoreRQ& request,
                              ReceivedObject& out) {
    ReadOutcome read = DicomObjectReader::readReceivedFile(tempPath);
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
    out.patientName = info.patient.name;
    out.modality = info.series.modality;
    out.studyDescription = info.study.description;

    auto added = writer_->addWritten(read.parsed(), tempPath);
    if (!added) {
        QFile::remove(tempPath);
        emit shared_.listener->problem(added.error());
        return STATUS_STORE_Refused_OutOfResources;
    }
    if (added.value() == db::CacheWriter::Added::Duplicate) {
        QFile::remove(tempPath);
        out.duplicate = true;
        return STATUS_Success;  // already durable here
    }
    if (Status s = writer_->commit(); !s) {
        emit shared_.listener->problem(s.error());
        return STATUS_STORE_Refused_OutOfResources;
    }
    return STATUS_Success;
}

}  // namespace dicomnet::network
