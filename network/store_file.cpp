#include "store_file.h"

#include <dcmtk/dcmnet/dimse.h>

#include <QFile>

namespace dicomnet::network {

OFCondition storeFile(T_ASC_Association* association, T_ASC_PresentationContextID context,
                      const QString& sopClassUid, const QString& sopInstanceUid,
                      const QString& path, int timeoutSeconds, Uint16& status) {
    T_DIMSE_C_StoreRQ request{};
    request.MessageID = association->nextMsgID++;
    OFStandard::strlcpy(request.AffectedSOPClassUID, sopClassUid.toLatin1().constData(),
                        sizeof(request.AffectedSOPClassUID));
    OFStandard::strlcpy(request.AffectedSOPInstanceUID, sopInstanceUid.toLatin1().constData(),
                        sizeof(request.AffectedSOPInstanceUID));
    request.DataSetType = DIMSE_DATASET_PRESENT;
    request.Priority = DIMSE_PRIORITY_MEDIUM;
    T_DIMSE_C_StoreRSP response{};
    DcmDataset* detail = nullptr;
    const OFCondition cond = DIMSE_storeUser(
        association, context, &request, QFile::encodeName(path).constData(), nullptr, nullptr,
        nullptr, DIMSE_BLOCKING, timeoutSeconds, &response, &detail);
    delete detail;
    status = response.DimseStatus;
    return cond;
}

}  // namespace dicomnet::network
