#include "workflow/passphrase.h"

#include <QFile>
#include <QObject>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace dicomnet::workflow {

QByteArray askPassphrase(const QString& prompt) {
    std::string line;
    if (!isatty(STDIN_FILENO)) {
        std::getline(std::cin, line);
        return QByteArray::fromStdString(line);
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::getline(std::cin, line);
    if (quiet) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return QByteArray::fromStdString(line);
}

Result<QByteArray> readPasswordFile(const QString& file) {
    QFile f(file);
    if (f.size() > 4096 || !f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("%1 cannot be read").arg(file)};
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r')) line.chop(1);
    return line;
}

}  // namespace dicomnet::workflow
