// One C-STORE of a stored file on an open association, streamed from the file by DCMTK's DIMSE
// layer (the client's send and the listener's C-GET sub-operations). Internal to network/.
#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/assoc.h>

#include <QString>

namespace dicomnet::network {

// `status` receives the peer's DIMSE status; a bad condition means the association failed.
OFCondition storeFile(T_ASC_Association* association, T_ASC_PresentationContextID context,
                      const QString& sopClassUid, const QString& sopInstanceUid,
                      const QString& path, int timeoutSeconds, Uint16& status);

}  // namespace dicomnet::network
