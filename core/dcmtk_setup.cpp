#include "dcmtk_setup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/oflog/oflog.h>

#include <QtGlobal>

#include <mutex>

namespace dicomnet {

void ensureDcmtkConfigured() {
    static std::once_flag once;
    std::call_once(once, [] {
        // DICOMNET_DCMTK_LOG=1 shows DCMTK's own debug log, for diagnosing a peer.
        OFLog::configure(qEnvironmentVariableIsEmpty("DICOMNET_DCMTK_LOG")
                             ? OFLogger::OFF_LOG_LEVEL
                             : OFLogger::DEBUG_LOG_LEVEL);
    });
}

}  // namespace dicomnet
