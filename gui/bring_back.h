// Opening a study whose images were evicted (workflow/eviction.h): they are brought back in a
// worker, with a progress dialog that can cancel, and the study opens when they are here. A
// study that is all here opens at once.
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace dicomnet::gui {

// Calls `open` (on the GUI thread) once everything under `uid` is here; `failed` with the
// reason when it cannot be brought back (or the user cancels).
void openWhenHere(QWidget* parent, const QString& dataDir, const QString& uid,
                  std::function<void()> open, std::function<void(const QString&)> failed);

}  // namespace dicomnet::gui
