#include "dcmtk_setup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/oflog/oflog.h>

#include <QtGlobal>

#include <mutex>

namespace dicomnet {

void ensureDcmtkConfigured() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("DICOMNET_DCMTK_LOG"))
            OFLog::configure(OFLogger::OFF_LOG_LEVEL);
    });
}

}  // namespace dicomnet
