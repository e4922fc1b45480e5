// What every entry point of dicomnet starts with (the command line, the window, the comparison
// library) and the exit codes they all end with.
#pragma once

#include <QString>
#include <QStringList>

namespace dicomnet::workflow {

struct GlobalOptions {
    QString dataDir;       // resolved
    QString language;      // --lang, empty for the system locale
    QString user;          // --user: who signs in (when the data directory has users)
    QString passwordFile;  // --password-file: the first line is the password, else it is asked
    // The first start's choice, for scripts: --admin-password-file creates the administrator
    // --user with that password; --single-user (or DICOMNET_SINGLE_USER=1) chooses to work
    // without users. Both do nothing once the choice is made.
    QString adminPasswordFile;
    bool singleUser = false;
    QString subcommand;
    QStringList arguments;  // after the subcommand
    qint64 startedMs = 0;   // QElapsedTimer::msecsSinceReference() when main() began
};

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

}  // namespace dicomnet::workflow
