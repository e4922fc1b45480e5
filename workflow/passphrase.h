// Asking for a private key's passphrase: on the terminal without echo, or as the first line
// of standard input when that is not a terminal (scripts). Never stored or logged.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::workflow {

QByteArray askPassphrase(const QString& prompt);

// The first line of `file` (at most 4 KiB), without its line end: a password given to a script.
Result<QByteArray> readPasswordFile(const QString& file);

}  // namespace dicomnet::workflow
