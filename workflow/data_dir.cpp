#include "workflow/data_dir.h"

#include <QStandardPaths>

namespace dicomnet::workflow {

QString resolveDataDir(const QString& fromCommandLine) {
    if (!fromCommandLine.isEmpty()) return fromCommandLine;
    const QString env = qEnvironmentVariable("DICOMNET_HOME");
    if (!env.isEmpty()) return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

}  // namespace dicomnet::workflow
