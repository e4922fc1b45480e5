// One-time DCMTK set-up shared by every reader in core/: keeps its logger quiet, so that
// problems reach users as dicomnet's own messages instead of DCMTK's stderr lines.
#pragma once

namespace dicomnet {
void ensureDcmtkConfigured();
}
