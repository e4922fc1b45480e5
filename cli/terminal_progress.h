// A progress line for long operations on a terminal: count, rate and time left, redrawn in
// place on a TTY and printed every few seconds when output goes to a log.
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace dicomnet::cli {

class TerminalProgress {
public:
    explicit TerminalProgress(QString unit);
    void update(qint64 done, qint64 total, qint64 bytes, const QString& extra = {});
    void finish();

private:
    QString unit_;
    QElapsedTimer clock_;
    qint64 lastPrintMs_ = -1;
    bool tty_;
    bool drawn_ = false;
};

QString formatDuration(double seconds);
QString formatBytes(qint64 bytes);

}  // namespace dicomnet::cli
