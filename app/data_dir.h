// Where the cache lives: --data-dir, else $DICOMNET_HOME, else Qt's AppLocalDataLocation.
#pragma once

#include <QString>

namespace dicomnet::app {
QString resolveDataDir(const QString& fromCommandLine);
}
