// Files only their owner may read (tokens, passwords, keys handed to a workstation): written
// 0600 from the first byte, flushed, then renamed into place.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::workflow {

enum class FolderAccess { Private, Unchanged };
// Writes `content` to `path` (0600). The folder is created; with FolderAccess::Private it is
// also made 0700.
Status writePrivateFile(const QString& path, const QByteArray& content,
                        FolderAccess folder = FolderAccess::Private);

}  // namespace dicomnet::workflow
