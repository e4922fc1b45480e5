// `dicomnet --user LOGIN session start [--minutes N]`: commands then run without --user for N
// minutes (30 unless said; at most 720) — on this machine, for this OS account, with this data
// directory. `dicomnet session end` ends it at once; `session status` says whose it is and until
// when.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/session.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace dicomnet::cli {

namespace {

QString until(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

}  // namespace

int runSession(const GlobalOptions& options) {
    const QString action = options.arguments.value(0);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("minutes"), QObject::tr("how long the session holds"),
                      QStringLiteral("N"), QStringLiteral("30")});
    if (!parser.parse(QStringList{QStringLiteral("session")} + options.arguments.mid(1)) ||
        !parser.positionalArguments().isEmpty())
        return usageError(
            QObject::tr("session start [--minutes N] | session end | session status"));
    if (action == QLatin1String("start")) {
        bool number = false;
        const int minutes = parser.value(QStringLiteral("minutes")).toInt(&number);
        if (!number) return usageError(QObject::tr("--minutes takes a number"));
        auto token =
            workflow::startSessionToken(options.dataDir, workflow::currentSession(), minutes);
        if (!token) return failure(token.error());
        out() << QObject::tr("signed in as %1 until %2 (%3)")
                     .arg(workflow::currentSession().user.login, until(token->expiresMs),
                          token->file)
              << "\n";
        return kExitOk;
    }
    if (action == QLatin1String("end")) {
        if (Status s = workflow::endSessionToken(options.dataDir); !s) return failure(s.error());
        out() << QObject::tr("the session has ended") << "\n";
        return kExitOk;
    }
    if (action == QLatin1String("status")) {
        const workflow::Session s = workflow::currentSession();
        if (s.open) {
            out() << QObject::tr("nobody is signed in") << "\n";
            return kExitOk;
        }
        out() << QObject::tr("%1 (%2, %3)").arg(s.user.login, s.user.fullName, s.user.role) << "\n";
        return kExitOk;
    }
    return usageError(QObject::tr("session start [--minutes N] | session end | session status"));
}

}  // namespace dicomnet::cli
