#include "dicom_client.h"

#include "presentation_contexts.h"
#include "store_file.h"
#include "tls_layer.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmnet/dimse.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>

#include <QElapsedTimer>
#include <QFile>
#include <QObject>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <utility>

namespace dicomnet::network {

namespace {

// One association over DCMTK's association and DIMSE layer. DcmSCU re-encodes the data sets
// it sends; DIMSE_storeUser with a file name streams the file's own bytes when the context's
// transfer syntax is the file's, so nothing changes on the way (undefined lengths, padding,
// private tags all stay as they are).
class Association {
public:
    Association(const QString& calling, const PeerAddress& peer, int timeout,
                DcmTLSTransportLayer* tls)
        : calling_(calling), peer_(peer), timeout_(timeout), tls_(tls) {}
    ~Association() {
        if (assoc_) {
            if (!released_) ASC_abortAssociation(assoc_);
            ASC_destroyAssociation(&assoc_);  // and with it the parameters
        } else if (params_) {
            ASC_destroyAssociationParameters(&params_);
        }
        if (net_) ASC_dropNetwork(&net_);
    }

    // contexts: (SOP class, transfer syntaxes in order of preference)
    OFCondition open(const std::vector<std::pair<QString, QStringList>>& contexts) {
        OFCondition cond = ASC_initializeNetwork(NET_REQUESTOR, 0, timeout_, &net_);
        if (cond.good()) cond = ASC_createAssociationParameters(&params_, ASC_MAXIMUMPDUSIZE);
        if (cond.good() && tls_) cond = ASC_setTransportLayer(net_, tls_, 0);
        if (cond.good() && tls_) cond = ASC_setTransportLayerType(params_, OFTrue);
        if (cond.bad()) return cond;
        ASC_setAPTitles(params_, calling_.toLatin1().constData(),
                        peer_.aeTitle.toLatin1().constData(), nullptr);
        const QByteArray address =
            QStringLiteral("%1:%2").arg(peer_.host).arg(peer_.port).toLatin1();
        ASC_setPresentationAddresses(params_, "localhost", address.constData());
        T_ASC_PresentationContextID id = 1;
        for (const auto& [sopClass, syntaxes] : contexts) {
            std::vector<QByteArray> keep;
            std::vector<const char*> list;
            for (const QString& ts : syntaxes) keep.push_back(ts.toLatin1());
            for (const QByteArray& k : keep) list.push_back(k.constData());
            cond = ASC_addPresentationContext(params_, id, sopClass.toLatin1().constData(),
                                              list.data(), int(list.size()));
            if (cond.bad()) return cond;
            id = T_ASC_PresentationContextID(id + 2);
        }
        cond = ASC_requestAssociation(net_, params_, &assoc_);
        if (cond.bad()) return cond;
        if (ASC_countAcceptedPresentationContexts(params_) == 0)
            return makeOFCondition(0, 1, OF_error,
                                   "the peer accepted none of the proposed contexts");
        return EC_Normal;
    }

    T_ASC_PresentationContextID contextFor(const QString& sopClass, const QString& ts) {
        return ASC_findAcceptedPresentationContextID(assoc_, sopClass.toLatin1().constData(),
                                                     ts.toLatin1().constData());
    }

    OFCondition sendFile(T_ASC_PresentationContextID id, const SendItem& item, Uint16& status) {
        return storeFile(assoc_, id, item.sopClassUid, item.sopInstanceUid, item.path, timeout_,
                         status);
    }

    OFCondition echo() {
        const T_ASC_PresentationContextID id =
            ASC_findAcceptedPresentationContextID(assoc_, UID_VerificationSOPClass);
        if (id == 0) return makeOFCondition(0, 2, OF_error, "C-ECHO was not accepted");
        DIC_US status = 0;
        DcmDataset* detail = nullptr;
        const OFCondition cond =
            DIMSE_echoUser(assoc_, assoc_->nextMsgID++, DIMSE_BLOCKING, timeout_, &status, &detail);
        delete detail;
        if (cond.good() && status != STATUS_Success)
            return makeOFCondition(0, 3, OF_error, "C-ECHO answered with an error status");
        return cond;
    }

    void release() {
        if (assoc_ && !released_) {
            ASC_releaseAssociation(assoc_);
            released_ = true;
        }
    }
    bool usable(const OFCondition& lastError) const {
        return lastError.good() ||
               (lastError != DUL_PEERABORTEDASSOCIATION && lastError != DUL_NETWORKCLOSED &&
                lastError != DIMSE_READPDVFAILED && lastError != DIMSE_SENDFAILED);
    }

private:
    QString calling_;
    PeerAddress peer_;
    int timeout_;
    DcmTLSTransportLayer* tls_;
    T_ASC_Network* net_ = nullptr;
    T_ASC_Parameters* params_ = nullptr;
    T_ASC_Association* assoc_ = nullptr;
    bool released_ = false;
};

// DcmSCU for C-FIND, C-MOVE and C-GET: it collects the responses.
class QueryScu : public DcmSCU {
public:
    QueryScu(const QString& calling, const PeerAddress& peer, int timeout, DcmTransportLayer* tls)
        : tls_(tls) {
        setAETitle(calling.toLatin1().constData());
        setPeerHostName(peer.host.toLatin1().constData());
        setPeerPort(Uint16(peer.port));
        setPeerAETitle(peer.aeTitle.toLatin1().constData());
        setACSETimeout(Uint32(timeout));
        setDIMSETimeout(Uint32(timeout));
        // C-MOVE sub-operations may take long between responses: wait as long as the peer works.
        setDIMSEBlockingMode(DIMSE_BLOCKING);
    }
    // DCMTK 3.6.7 sets the TLS layer on the network and the association parameters that
    // initNetwork() creates: asked for before, it is silently not used and the association
    // goes out in the clear (a TLS peer then drops it).
    OFCondition initNetwork() override {
        OFCondition cond = DcmSCU::initNetwork();
        if (cond.good() && tls_) cond = useSecureConnection(tls_);
        return cond;
    }

private:
    DcmTransportLayer* tls_;
};

// The identifier of a retrieve: the level and the UIDs that name what to fetch.
void retrieveKeys(DcmDataset& keys, const RetrieveTarget& target) {
    keys.putAndInsertString(DCM_QueryRetrieveLevel, target.level().toLatin1().constData());
    const std::pair<DcmTagKey, const QString*> uids[] = {{DCM_StudyInstanceUID, &target.study},
                                                         {DCM_SeriesInstanceUID, &target.series},
                                                         {DCM_SOPInstanceUID, &target.instance}};
    for (const auto& [key, uid] : uids)
        if (!uid->isEmpty()) keys.putAndInsertString(key, uid->toLatin1().constData());
}

// The counts of the final response of a C-MOVE or C-GET, and its status (the responses are
// freed).
Uint16 finalRetrieveResponse(OFList<RetrieveResponse*>& responses, int& completed, int& failed,
                             int& warnings) {
    Uint16 status = STATUS_Success;
    for (RetrieveResponse* r : responses) {
        if (r->m_status != STATUS_Pending) {
            status = r->m_status;
            completed = r->m_numberOfCompletedSubops;
            failed = r->m_numberOfFailedSubops;
            warnings = r->m_numberOfWarningSubops;
        }
        delete r;
    }
    responses.clear();
    return status;
}

// The TLS layer for a requestor, or none without TLS files.
Result<std::unique_ptr<DcmTLSTransportLayer>> requestorLayer(const std::optional<TlsFiles>& tls) {
    if (!tls) return std::unique_ptr<DcmTLSTransportLayer>();
    return makeTlsLayer(NET_REQUESTOR, *tls);
}

// DICOM allows 128 presentation contexts per association (odd IDs 1..255).
constexpr size_t kMaxContexts = 120;

QStringList commandSyntaxes() {
    QStringList out;
    for (const OFString& ts : commandTransferSyntaxes()) out << QLatin1String(ts.c_str());
    return out;
}

bool uncompressed(const QString& ts) {
    return ts == QLatin1String(UID_LittleEndianImplicitTransferSyntax) ||
           ts == QLatin1String(UID_LittleEndianExplicitTransferSyntax) ||
           ts == QLatin1String(UID_BigEndianExplicitTransferSyntax);
}

QString describe(const OFCondition& cond, const PeerAddress& peer) {
    return QObject::tr("%1 (%2@%3:%4)")
        .arg(QString::fromLatin1(cond.text()), peer.aeTitle, peer.host)
        .arg(peer.port);
}

}  // namespace

DicomClient::DicomClient(QString callingAeTitle, PeerAddress peer, int timeoutSeconds,
                         std::optional<TlsFiles> tls)
    : callingAeTitle_(std::move(callingAeTitle)),
      peer_(std::move(peer)),
      timeoutSeconds_(timeoutSeconds),
      tls_(std::move(tls)) {}

Result<double> DicomClient::echo() {
    auto layer = requestorLayer(tls_);
    if (!layer) return Error{layer.error()};
    QElapsedTimer clock;
    clock.start();
    Association association(callingAeTitle_, peer_, timeoutSeconds_, layer->get());
    OFCondition cond =
        association.open({{QLatin1String(UID_VerificationSOPClass), commandSyntaxes()}});
    if (cond.bad()) return Error{QObject::tr("no association: %1").arg(describe(cond, peer_))};
    cond = association.echo();
    const double ms = clock.nsecsElapsed() / 1e6;
    if (cond.bad()) return Error{QObject::tr("C-ECHO failed: %1").arg(describe(cond, peer_))};
    association.release();
    return ms;
}

Result<std::vector<QueryMatch>> DicomClient::find(
    const QString& level, const std::vector<std::pair<QString, QString>>& keys, bool* notOffered) {
    auto layer = requestorLayer(tls_);
    if (!layer) return Error{layer.error()};
    QueryScu scu(callingAeTitle_, peer_, timeoutSeconds_, layer->get());
    const char* model = level == QLatin1String("PATIENT")
                            ? UID_FINDPatientRootQueryRetrieveInformationModel
                            : UID_FINDStudyRootQueryRetrieveInformationModel;
    scu.addPresentationContext(model, commandTransferSyntaxes());
    OFCondition cond = scu.initNetwork();
    if (cond.good()) cond = scu.negotiateAssociation();
    // A peer that takes no query context (a store-only node) may refuse the whole association.
    if (cond == NET_EC_NoAcceptablePresentationContexts) {
        if (notOffered) *notOffered = true;
        return Error{QObject::tr("%1 does not answer queries").arg(peer_.aeTitle)};
    }
    if (cond.bad()) return Error{QObject::tr("no association: %1").arg(describe(cond, peer_))};
    const T_ASC_PresentationContextID id = scu.findPresentationContextID(model, "");
    if (id == 0) {
        if (notOffered) *notOffered = true;
        return Error{QObject::tr("%1 does not answer queries").arg(peer_.aeTitle)};
    }

    DcmDataset query;
    query.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    query.putAndInsertString(DCM_QueryRetrieveLevel, level.toLatin1().constData());
    std::vector<DcmTagKey> asked;
    for (const auto& [keyword, v] : keys) {
        DcmTag tag;
        if (DcmTag::findTagFromName(keyword.toLatin1().constData(), tag).bad())
            return Error{QObject::tr("unknown attribute %1").arg(keyword)};
        query.putAndInsertString(tag, v.toUtf8().constData());
        asked.push_back(tag);
    }
    OFList<QRResponse*> responses;
    cond = scu.sendFINDRequest(id, &query, &responses);
    std::vector<QueryMatch> matches;
    QString failure;
    for (QRResponse* r : responses) {
        const bool pending = r->m_status == STATUS_Pending ||
                             r->m_status == STATUS_FIND_Pending_WarningUnsupportedOptionalKeys;
        if (pending) {
            if (!r->m_dataset) {
                delete r;
                continue;
            }
            r->m_dataset->convertToUTF8();
            QueryMatch m;
            for (const DcmTagKey& key : asked) {
                OFString v;
                r->m_dataset->findAndGetOFStringArray(key, v);
                m.emplace_back(QString::fromLatin1(DcmTag(key).getTagName()),
                               QString::fromUtf8(v.c_str()).trimmed());
            }
            matches.push_back(std::move(m));
        } else if (r->m_status != STATUS_Success) {
            failure = QObject::tr("%1 answered the query with status 0x%2")
                          .arg(peer_.aeTitle)
                          .arg(r->m_status, 4, 16, QLatin1Char('0'));
        }
        delete r;
    }
    scu.releaseAssociation();
    if (cond.bad()) return Error{QObject::tr("C-FIND failed: %1").arg(describe(cond, peer_))};
    if (!failure.isEmpty()) return Error{failure};
    return matches;
}

QString RetrieveTarget::level() const {
    return !instance.isEmpty() ? QStringLiteral("IMAGE")
           : !series.isEmpty() ? QStringLiteral("SERIES")
                               : QStringLiteral("STUDY");
}

QString RetrieveTarget::uid() const {
    return !instance.isEmpty() ? instance : !series.isEmpty() ? series : study;
}

void DicomClient::completeTarget(RetrieveTarget& target) {
    const bool needsStudy = target.study.isEmpty() && target.level() != QLatin1String("STUDY");
    const bool needsSeries = target.series.isEmpty() && target.level() == QLatin1String("IMAGE");
    if (!needsStudy && !needsSeries) return;
    auto matches = find(target.level(), {{QStringLiteral("StudyInstanceUID"), target.study},
                                         {QStringLiteral("SeriesInstanceUID"), target.series},
                                         {QStringLiteral("SOPInstanceUID"), target.instance}});
    if (!matches || matches->size() != 1) return;
    const QueryMatch& m = matches->front();
    if (target.study.isEmpty()) target.study = m[0].second;
    if (target.series.isEmpty() && !target.instance.isEmpty()) target.series = m[1].second;
}

Result<DicomClient::MoveResult> DicomClient::move(const RetrieveTarget& target,
                                                  const QString& destination) {
    auto layer = requestorLayer(tls_);
    if (!layer) return Error{layer.error()};
    QueryScu scu(callingAeTitle_, peer_, timeoutSeconds_, layer->get());
    scu.addPresentationContext(UID_MOVEStudyRootQueryRetrieveInformationModel,
                               commandTransferSyntaxes());
    OFCondition cond = scu.initNetwork();
    if (cond.good()) cond = scu.negotiateAssociation();
    if (cond.bad()) return Error{QObject::tr("no association: %1").arg(describe(cond, peer_))};
    const T_ASC_PresentationContextID id =
        scu.findPresentationContextID(UID_MOVEStudyRootQueryRetrieveInformationModel, "");
    if (id == 0) return Error{QObject::tr("%1 does not accept C-MOVE").arg(peer_.aeTitle)};
    DcmDataset keys;
    retrieveKeys(keys, target);
    OFList<RetrieveResponse*> responses;
    cond = scu.sendMOVERequest(id, destination.toLatin1().constData(), &keys, &responses);
    MoveResult result;
    const Uint16 finalStatus =
        finalRetrieveResponse(responses, result.completed, result.failed, result.warnings);
    scu.releaseAssociation();
    if (cond.bad()) return Error{QObject::tr("C-MOVE failed: %1").arg(describe(cond, peer_))};
    if (finalStatus == STATUS_MOVE_Failed_MoveDestinationUnknown)
        return Error{QObject::tr("%1 does not know where %2 is: add this workstation to its peers")
                         .arg(peer_.aeTitle, destination)};
    if (finalStatus != STATUS_Success && (finalStatus & 0xf000) != 0xb000)
        return Error{QObject::tr("%1 answered the retrieve with status 0x%2")
                         .arg(peer_.aeTitle)
                         .arg(finalStatus, 4, 16, QLatin1Char('0'))};
    return result;
}

namespace {

// Adds the SOP classes (and the transfer syntaxes, when the peer says) of the image-level
// matches under `target` to `held`; false when the peer refused the query.
bool collectHeldClasses(DicomClient& client, const RetrieveTarget& target,
                        std::vector<HeldClass>& held) {
    auto matches =
        client.find(QStringLiteral("IMAGE"), {{QStringLiteral("StudyInstanceUID"), target.study},
                                              {QStringLiteral("SeriesInstanceUID"), target.series},
                                              {QStringLiteral("SOPInstanceUID"), target.instance},
                                              {QStringLiteral("SOPClassUID"), {}},
                                              {QStringLiteral("AvailableTransferSyntaxUID"), {}}});
    if (!matches) return false;
    for (const QueryMatch& m : matches.value()) {
        const OFString sopClass(m[3].second.toLatin1().constData());
        if (sopClass.empty()) continue;
        auto it = std::find_if(held.begin(), held.end(),
                               [&](const HeldClass& h) { return h.sopClass == sopClass; });
        if (it == held.end()) it = held.insert(held.end(), HeldClass{sopClass, {}});
        const OFString ts(m[4].second.toLatin1().constData());
        if (!ts.empty() &&
            std::find(it->syntaxes.begin(), it->syntaxes.end(), ts) == it->syntaxes.end())
            it->syntaxes.push_back(ts);
    }
    return true;
}

// What the peer holds under `target`: one relational image-level query, or, for a
// hierarchical peer that refuses it, the study's series first and then each series' images.
// Empty when the peer will not say.
std::vector<HeldClass> classesHeld(DicomClient& client, const RetrieveTarget& target) {
    std::vector<HeldClass> held;
    if (collectHeldClasses(client, target, held) || target.level() != QLatin1String("STUDY"))
        return held;
    auto series =
        client.find(QStringLiteral("SERIES"), {{QStringLiteral("StudyInstanceUID"), target.study},
                                               {QStringLiteral("SeriesInstanceUID"), {}}});
    if (!series) return held;
    constexpr size_t kMostSeriesAsked = 32;  // beyond that, the common classes must do
    for (size_t i = 0; i < series->size() && i < kMostSeriesAsked; ++i) {
        RetrieveTarget one;
        one.study = target.study;
        one.series = series.value()[i][1].second;
        collectHeldClasses(client, one, held);
    }
    return held;
}

}  // namespace

Result<DicomClient::MoveResult> DicomClient::get(const RetrieveTarget& target,
                                                 const QString& folder, bool* notOffered) {
    if (notOffered) *notOffered = false;
    auto layer = requestorLayer(tls_);
    if (!layer) return Error{layer.error()};
    QueryScu scu(callingAeTitle_, peer_, timeoutSeconds_, layer->get());
    scu.addPresentationContext(UID_GETStudyRootQueryRetrieveInformationModel,
                               commandTransferSyntaxes());
    // The objects come back as C-STOREs from the peer, in contexts where we take the SCP role
    // (127 besides the C-GET one), planned from what the peer says it holds.
    for (const ProposedContext& c : planGetContexts(classesHeld(*this, target), 127))
        scu.addPresentationContext(c.sopClass, c.syntaxes, ASC_SC_ROLE_SCP);
    scu.setStorageMode(DCMSCU_STORAGE_BIT_PRESERVING);
    scu.setStorageDir(QFile::encodeName(folder).constData());
    OFCondition cond = scu.initNetwork();
    if (cond.good()) cond = scu.negotiateAssociation();
    if (cond.bad()) return Error{QObject::tr("no association: %1").arg(describe(cond, peer_))};
    const T_ASC_PresentationContextID id =
        scu.findPresentationContextID(UID_GETStudyRootQueryRetrieveInformationModel, "");
    if (id == 0) {
        if (notOffered) *notOffered = true;
        scu.releaseAssociation();
        return Error{QObject::tr("%1 does not offer C-GET").arg(peer_.aeTitle)};
    }
    DcmDataset keys;
    retrieveKeys(keys, target);
    OFList<RetrieveResponse*> responses;
    cond = scu.sendCGETRequest(id, &keys, &responses);
    MoveResult result;
    const Uint16 finalStatus =
        finalRetrieveResponse(responses, result.completed, result.failed, result.warnings);
    if (scu.isConnected()) scu.releaseAssociation();
    if (cond.bad()) return Error{QObject::tr("C-GET failed: %1").arg(describe(cond, peer_))};
    if (finalStatus != STATUS_Success && (finalStatus & 0xf000) != 0xb000)
        return Error{QObject::tr("%1 answered the retrieve with status 0x%2")
                         .arg(peer_.aeTitle)
                         .arg(finalStatus, 4, 16, QLatin1Char('0'))};
    return result;
}

namespace {

// The contexts for the run of items from `next` (one association), and where the run ends:
// each item's class in its own syntax (and its fallback's), an uncompressed one also in both
// little-endian syntaxes.
std::vector<std::pair<QString, QStringList>> contextsForRun(const std::vector<SendItem>& items,
                                                            size_t next, size_t& end) {
    std::set<std::pair<QString, QString>> contexts;
    end = next;
    while (end < items.size()) {
        const auto key = std::make_pair(items[end].sopClassUid, items[end].transferSyntaxUid);
        if (!contexts.count(key) && contexts.size() + 1 >= kMaxContexts) break;
        contexts.insert(key);
        if (!items[end].fallbackTransferSyntaxUid.isEmpty())
            contexts.insert({items[end].sopClassUid, items[end].fallbackTransferSyntaxUid});
        ++end;
    }
    std::vector<std::pair<QString, QStringList>> proposed;
    for (const auto& [sopClass, ts] : contexts) {
        QStringList syntaxes{ts};
        if (uncompressed(ts)) {
            for (const OFString& other : uncompressedSendSyntaxes())
                if (ts != QLatin1String(other.c_str()))
                    syntaxes.append(QLatin1String(other.c_str()));
        }
        proposed.emplace_back(sopClass, syntaxes);
    }
    return proposed;
}

// The accepted context `item` goes in (0: none), switching to its fallback (the object as
// stored) when the peer does not take the compressed copy; the file's own syntax first, so
// that its bytes go as they are.
T_ASC_PresentationContextID contextForItem(Association& association, SendItem& item) {
    if (!item.fallbackPath.isEmpty() &&
        association.contextFor(item.sopClassUid, item.transferSyntaxUid) == 0) {
        item.path = item.fallbackPath;
        item.transferSyntaxUid = item.fallbackTransferSyntaxUid;
    }
    T_ASC_PresentationContextID id =
        association.contextFor(item.sopClassUid, item.transferSyntaxUid);
    if (id == 0 && uncompressed(item.transferSyntaxUid))
        id = association.contextFor(item.sopClassUid,
                                    QLatin1String(UID_LittleEndianExplicitTransferSyntax));
    if (id == 0 && uncompressed(item.transferSyntaxUid))
        id = association.contextFor(item.sopClassUid,
                                    QLatin1String(UID_LittleEndianImplicitTransferSyntax));
    return id;
}

enum class Stored { Answered, NoContext, Lost };

// Sends item `index` and counts what came of it in `summary`.
Stored storeOne(Association& association, SendItem& item, size_t index, SendSummary& summary,
                const DicomClient::ObjectHooks& hooks, const PeerAddress& peer) {
    const T_ASC_PresentationContextID id = contextForItem(association, item);
    if (id == 0) {
        ++summary.failed;
        const QString why =
            QObject::tr("the peer accepts neither this SOP class nor this transfer syntax");
        summary.problems.append(item.sopInstanceUid + QStringLiteral(": ") + why);
        if (hooks.after) hooks.after(index, false, why, false);
        return Stored::NoContext;
    }
    if (hooks.before) hooks.before(index);
    Uint16 status = 0;
    const OFCondition cond = association.sendFile(id, item, status);
    if (cond.bad()) {
        ++summary.failed;
        summary.problems.append(item.sopInstanceUid + QStringLiteral(": ") +
                                QString::fromLatin1(cond.text()));
        // Lost on the way: whether it arrived is not known (the engine asks later).
        if (hooks.after && association.usable(cond))
            hooks.after(index, false, QString::fromLatin1(cond.text()), false);
        if (association.usable(cond)) return Stored::Answered;
        summary.fatalError = QObject::tr("connection lost: %1").arg(describe(cond, peer));
        return Stored::Lost;
    }
    if (status == STATUS_Success || (status & 0xf000) == 0xb000) {
        ++summary.sent;
        if (status != STATUS_Success) ++summary.warnings;
        summary.bytes += item.size;
        if (hooks.after) hooks.after(index, true, {}, false);
        return Stored::Answered;
    }
    ++summary.failed;
    const QString why =
        QObject::tr("refused with status 0x%1").arg(status, 4, 16, QLatin1Char('0'));
    summary.problems.append(item.sopInstanceUid + QStringLiteral(": ") + why);
    // Out of resources (A7xx): the peer may take it on a later attempt.
    if (hooks.after) hooks.after(index, false, why, (status & 0xff00) == 0xa700);
    return Stored::Answered;
}

}  // namespace

SendSummary DicomClient::send(const std::vector<SendItem>& items, const ProgressFn& progress,
                              const std::atomic_bool* cancel, const ObjectHooks& hooks) {
    SendSummary summary;
    auto layer = requestorLayer(tls_);
    if (!layer) {
        summary.fatalError = layer.error();
        summary.failed = int(items.size());
        return summary;
    }
    QElapsedTimer clock;
    clock.start();
    size_t next = 0;
    int done = 0;
    while (next < items.size() && summary.fatalError.isEmpty()) {
        // One association per run of items whose contexts fit.
        size_t end = next;
        const auto proposed = contextsForRun(items, next, end);
        Association association(callingAeTitle_, peer_, timeoutSeconds_, layer->get());
        const OFCondition cond = association.open(proposed);
        if (cond.bad()) {
            summary.fatalError = QObject::tr("no association: %1").arg(describe(cond, peer_));
            break;
        }
        for (; next < end; ++next) {
            if (cancel && cancel->load()) {
                summary.fatalError = QObject::tr("cancelled");
                break;
            }
            SendItem item = items[next];
            const Stored stored = storeOne(association, item, next, summary, hooks, peer_);
            if (stored == Stored::Lost) {
                ++next;
                break;
            }
            if (stored == Stored::NoContext) continue;  // refused, not reported as progress
            ++done;
            if (progress) progress(done, int(items.size()), summary.bytes);
        }
        if (summary.fatalError.isEmpty()) association.release();
    }
    summary.failed += int(items.size()) - summary.sent - summary.failed;
    summary.seconds = clock.elapsed() / 1000.0;
    return summary;
}

}  // namespace dicomnet::network
