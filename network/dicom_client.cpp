#include "dicom_client.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>

#include <QElapsedTimer>
#include <QFile>
#include <QObject>

#include <map>
#include <memory>
#include <set>
#include <utility>

namespace dicomnet::network {

namespace {

// DICOM allows 128 presentation contexts per association (odd IDs 1..255).
constexpr size_t kMaxContexts = 120;

bool uncompressed(const QString& ts) {
    return ts == QLatin1String(UID_LittleEndianImplicitTransferSyntax) ||
           ts == QLatin1String(UID_LittleEndianExplicitTransferSyntax) ||
           ts == QLatin1String(UID_BigEndianExplicitTransferSyntax);
}

std::unique_ptr<DcmSCU> makeScu(const QString& calling, const PeerAddress& peer, int timeout) {
    auto scu = std::make_unique<DcmSCU>();
    scu->setAETitle(calling.toLatin1().constData());
    scu->setPeerHostName(peer.host.toLatin1().constData());
    scu->setPeerPort(Uint16(peer.port));
    scu->setPeerAETitle(peer.aeTitle.toLatin1().constData());
    scu->setACSETimeout(Uint32(timeout));
    scu->setDIMSETimeout(Uint32(timeout));
    scu->setDIMSEBlockingMode(DIMSE_NONBLOCKING);
    scu->setConnectionTimeout(Sint32(timeout));
    scu->setMaxReceivePDULength(ASC_MAXIMUMPDUSIZE);
    return scu;
}

QString describe(const OFCondition& cond, const PeerAddress& peer) {
    return QObject::tr("%1 (%2@%3:%4)")
        .arg(QString::fromLatin1(cond.text()), peer.aeTitle, peer.host)
        .arg(peer.port);
}

}  // namespace

DicomClient::DicomClient(QString callingAeTitle, PeerAddress peer, int timeoutSeconds)
    : callingAeTitle_(std::move(callingAeTitle)),
      peer_(std::move(peer)),
      timeoutSeconds_(timeoutSeconds) {}

Result<double> DicomClient::echo() {
    auto scu = makeScu(callingAeTitle_, peer_, timeoutSeconds_);
    OFList<OFString> ts;
    ts.push_back(UID_LittleEndianExplicitTransferSyntax);
    ts.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu->addPresentationContext(UID_VerificationSOPClass, ts);
    QElapsedTimer clock;
    clock.start();
    OFCondition cond = scu->initNetwork();
    if (cond.good()) cond = scu->negotiateAssociation();
    if (cond.bad()) return Error{QObject::tr("no association: %1").arg(describe(cond, peer_))};
    cond = scu->sendECHORequest(0);
    const double ms = clock.nsecsElapsed() / 1e6;
    scu->releaseAssociation();
    if (cond.bad()) return Error{QObject::tr("C-ECHO failed: %1").arg(describe(cond, peer_))};
    return ms;
}

SendSummary DicomClient::send(const std::vector<SendItem>& items, const ProgressFn& progress,
                              const std::atomic_bool* cancel) {
    SendSummary summary;
    QElapsedTimer clock;
    clock.start();
    size_t next = 0;
    int done = 0;
    while (next < items.size() && summary.fatalError.isEmpty()) {
        // One association per run of items whose contexts fit.
        std::set<std::pair<QString, QString>> contexts;
        size_t end = next;
        while (end < items.size()) {
            const auto key = std::make_pair(items[end].sopClassUid, items[end].transferSyntaxUid);
            if (!contexts.count(key) && contexts.size() >= kMaxContexts) break;
            contexts.insert(key);
            ++end;
        }
        auto scu = makeScu(callingAeTitle_, peer_, timeoutSeconds_);
        for (const auto& [sopClass, ts] : contexts) {
            OFList<OFString> syntaxes;
            syntaxes.push_back(ts.toLatin1().constData());
            if (uncompressed(ts)) {
                for (const char* other : {UID_LittleEndianExplicitTransferSyntax,
                                          UID_LittleEndianImplicitTransferSyntax})
                    if (ts != QLatin1String(other)) syntaxes.push_back(other);
            }
            scu->addPresentationContext(sopClass.toLatin1().constData(), syntaxes);
        }
        OFCondition cond = scu->initNetwork();
        if (cond.good()) cond = scu->negotiateAssociation();
        if (cond.bad()) {
            summary.fatalError = QObject::tr("no association: %1").arg(describe(cond, peer_));
            break;
        }
        for (; next < end; ++next) {
            if (cancel && cancel->load()) {
                summary.fatalError = QObject::tr("cancelled");
                break;
            }
            const SendItem& item = items[next];
            const T_ASC_PresentationContextID id =
                scu->findAnyPresentationContextID(item.sopClassUid.toLatin1().constData(),
                                                  item.transferSyntaxUid.toLatin1().constData());
            Uint16 status = 0;
            if (id == 0) {
                ++summary.failed;
                summary.problems.append(item.sopInstanceUid + QStringLiteral(": ") +
                                        QObject::tr("the peer accepts neither this SOP class nor "
                                                    "this transfer syntax"));
                continue;
            }
            cond = scu->sendSTORERequest(id, QFile::encodeName(item.path).constData(), nullptr,
                                         status);
            if (cond.bad()) {
                ++summary.failed;
                summary.problems.append(item.sopInstanceUid + QStringLiteral(": ") +
                                        QString::fromLatin1(cond.text()));
                if (!scu->isConnected()) {
                    summary.fatalError =
                        QObject::tr("connection lost: %1").arg(describe(cond, peer_));
                    ++next;
                    break;
                }
            } else if (status == STATUS_Success || (status & 0xf000) == 0xb000) {
                ++summary.sent;
                if (status != STATUS_Success) ++summary.warnings;
                summary.bytes += item.size;
            } else {
                ++summary.failed;
                summary.problems.append(
                    item.sopInstanceUid + QStringLiteral(": ") +
                    QObject::tr("refused with status 0x%1").arg(status, 4, 16, QLatin1Char('0')));
            }
            ++done;
            if (progress) progress(done, int(items.size()), summary.bytes);
        }
        if (scu->isConnected()) scu->releaseAssociation();
    }
    summary.failed += int(items.size()) - summary.sent - summary.failed;
    summary.seconds = clock.elapsed() / 1000.0;
    return summary;
}

}  // namespace dicomnet::network
