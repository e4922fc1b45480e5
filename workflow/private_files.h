// Files only their owner may read (tokens, passwords, keys handed to a workstation): written
// 0600 from the first byte, flushed, then renamed into place; and the public ones beside them
// (certificates, configurations).
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
// Writes `content` to `path` readable by all (0644; 0755 when `executable`), the folder created.
Status writePublicFile(const QString& path, const QByteArray& content, bool executable = false);

}  // namespace dicomnet::workflow
