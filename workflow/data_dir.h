// Where the cache lives: --data-dir, else $DICOMNET_HOME, else Qt's AppLocalDataLocation.
#pragma once

#include <QString>

namespace dicomnet::workflow {
QString resolveDataDir(const QString& fromCommandLine);
}
