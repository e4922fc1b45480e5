// One association of the listener: a DCMTK DcmThreadSCP that receives each C-STORE straight
// into a file of its cache writer's session, checks it, makes it durable, and only then
// answers; the index row follows while the next object arrives (after_answer.h). Internal to
// network/.
#pragma once

#include "after_answer.h"
#include "dicom_listener.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scpthrd.h>

#include <atomic>
#include <memory>
#include <mutex>

namespace dicomnet::db {
class Cache;
class CacheWriter;
}  // namespace dicomnet::db

namespace dicomnet::network {

class DirectFileSink;

// What the accept thread and its workers share.
struct ListenerShared {
    ListenerSettings settings;
    DicomListener* listener = nullptr;  // for its signals
    std::atomic_bool stopping{false};
    std::mutex knownPeersMutex;  // settings.knownPeers may change while associations arrive
};

class StoreScpWorker : public DcmThreadSCP {
public:
    // `association` is the one run() will serve: C-GET sends its objects back on it.
    StoreScpWorker(ListenerShared& shared, T_ASC_Association* association);
    ~StoreScpWorker() override;

protected:
    OFCondition handleIncomingCommand(T_DIMSE_Message* message,
                                      const DcmPresentationContextInfo& context) override;
    OFBool checkCalledAETitleAccepted(const OFString& calledAE) override;
    OFBool checkCallingAETitleAccepted(const OFString& callingAE) override;
    // The profile's contexts (verification, query/retrieve), then every storage class.
    OFCondition negotiateAssociation() override;
    // The release is acknowledged once every object answered is also indexed and told.
    void notifyReleaseRequest() override;

private:
    OFCondition handleStore(T_DIMSE_C_StoreRQ& request, T_ASC_PresentationContextID presentationId);
    OFCondition handleFind(T_DIMSE_C_FindRQ& request, T_ASC_PresentationContextID presentationId);
    OFCondition handleMove(T_DIMSE_C_MoveRQ& request, T_ASC_PresentationContextID presentationId);
    OFCondition handleGet(T_DIMSE_C_GetRQ& request, T_ASC_PresentationContextID presentationId);
    OFCondition sendGetResponse(T_ASC_PresentationContextID presentationId,
                                const T_DIMSE_C_GetRQ& request, Uint16 status, int remaining,
                                int completed, int failed, int warnings);
    // Receives the data set into `path` (see direct_file_sink.h). A bad condition: the
    // association failed. `writeError` set: the data set was read but could not be kept.
    // `inMemory`: the file's bytes when they are still whole in memory.
    OFCondition receiveIntoFile(T_DIMSE_C_StoreRQ& request,
                                T_ASC_PresentationContextID presentationId, const QString& path,
                                QString& writeError, QByteArray& inMemory);
    bool ensureCache(QString& error);
    // Returns the DIMSE status for the response; `comment` the Error Comment for the caller.
    Uint16 ingest(const QString& tempPath, const QByteArray& inMemory,
                  const T_DIMSE_C_StoreRQ& request, ReceivedObject& out, QString& comment);
    bool ensureWriter(QString& error);

    // Counts what this association did, for associationEnded (told by the destructor).
    void noteCaller();
    void noteStored(const ReceivedObject& object);
    void noteRequest(const QString& kind, DcmDataset& identifier, int answers);

    ListenerShared& shared_;
    T_ASC_Association* association_;
    AssociationRecord record_;
    std::unique_ptr<db::Cache> cache_;
    std::unique_ptr<db::CacheWriter> writer_;
    std::unique_ptr<DirectFileSink> sink_;  // the object being received and written
    bool indexAfterAnswer_ = false;         // an object was published and awaits its index row
    QString nextTempPath_;     // reserved before the index work left for the helper thread
    AfterAnswer afterAnswer_;  // last: finishes its work before the writer and cache go
};

}  // namespace dicomnet::network
