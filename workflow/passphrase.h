// Asking for a private key's passphrase: on the terminal without echo, or as the first line
// of standard input when that is not a terminal (scripts). Never stored or logged.
#pragma once

#include <QByteArray>
#include <QString>

namespace dicomnet::workflow {

QByteArray askPassphrase(const QString& prompt);

}  // namespace dicomnet::workflow
