#include "cli/terminal_progress.h"

#include "cli/cli_output.h"

#include <unistd.h>
#include <cstdio>

namespace dicomnet::cli {

QString formatDuration(double seconds) {
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString formatBytes(qint64 bytes) {
    if (bytes >= (1LL << 30)) return QString::number(bytes / double(1LL << 30), 'f', 2) + " GB";
    if (bytes >= (1LL << 20)) return QString::number(bytes / double(1LL << 20), 'f', 1) + " MB";
    if (bytes >= 1024) return QString::number(bytes / 1024.0, 'f', 1) + " kB";
    return QString::number(bytes) + " B";
}

TerminalProgress::TerminalProgress(QString unit)
    : unit_(std::move(unit)), tty_(::isatty(STDERR_FILENO) == 1) {
    clock_.start();
}

void TerminalProgress::update(qint64 done, qint64 total, qint64 bytes, const QString& extra) {
    const qint64 now = clock_.elapsed();
    const int interval = tty_ ? 100 : 5000;
    if (lastPrintMs_ >= 0 && now - lastPrintMs_ < interval && done < total) return;
    lastPrintMs_ = now;
    const double seconds = now / 1000.0;
    const double rate = seconds > 0 ? done / seconds : 0;
    QString line = QStringLiteral("%1/%2 %3").arg(done).arg(total).arg(unit_);
    if (seconds > 0.2) {
        line += QStringLiteral(", %1 %2/s, %3/s")
                    .arg(rate, 0, 'f', 1)
                    .arg(unit_, formatBytes(qint64(bytes / seconds)));
        if (rate > 0 && done < total)
            line += QObject::tr(", %1 left").arg(formatDuration((total - done) / rate));
    }
    if (!extra.isEmpty()) line += QStringLiteral(" — ") + extra;
    if (tty_) {
        err() << "\r\033[K" << line;
        drawn_ = true;
    } else {
        err() << line << "\n";
    }
    err().flush();
}

void TerminalProgress::finish() {
    if (tty_ && drawn_) {
        err() << "\n";
        err().flush();
    }
}

}  // namespace dicomnet::cli
