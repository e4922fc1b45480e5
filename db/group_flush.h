// Group commit of the object store's flushes. Publishing an object durably costs one journal
// commit of the file system; writers that publish at the same time (the listener's
// associations, an import's batch) share one: a caller needs a syncfs of the store's file
// system that started after it arrived; the first caller to find none running starts it, the
// others wait for it and return with it. One flusher per file system folder, for the process.
#pragma once

#include "core/result.h"

#include <QString>

namespace dicomnet::db {

class GroupFlush {
public:
    // Everything written to the file system of `folder` before this call is durable when it
    // returns without error (Linux ≥ 5.8 reports a write error of any file since the last
    // flush). A failed flush is reported to every caller waiting on it, and to those waiting on
    // a later one, when it happened after they arrived.
    static Status flush(const QString& folder);

    struct Counts {
        quint64 calls = 0, flushes = 0;  // since the process started, over every folder
    };
    static Counts counts();
};

}  // namespace dicomnet::db
