// `dicomnet audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json]`: the audit
// trail, oldest first. `dicomnet audit verify`: whether the chain of records is whole; exit 3,
// naming the first bad record, when one was changed, removed or moved.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/audit.h"
#include "workflow/audit_atna.h"
#include "workflow/audit_forwarding.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

#include <cstdio>

#include <unistd.h>

namespace dicomnet::cli {

namespace {

constexpr int kExitTampered = 3;

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int auditVerify(const GlobalOptions& options) {
    auto check = workflow::verifyAudit(options.dataDir);
    if (!check) return failure(check.error());
    if (check->firstBad) {
        err() << QObject::tr("the audit trail was tampered with: record %1: %2")
                     .arg(*check->firstBad)
                     .arg(check->why)
              << "\n";
        return kExitTampered;
    }
    out() << QObject::tr("the audit trail is whole: %n record(s), each following the one before",
                         nullptr, int(check->records))
          << "\n";
    if (check->seals > 0)
        out() << QObject::tr("%n seal(s) genuine; sealed through record %1", nullptr,
                             int(check->seals))
                     .arg(check->sealedThrough)
              << "\n";
    else
        out() << QObject::tr(
                     "no seal yet (dicomnet audit seal): the newest records could be "
                     "removed unseen")
              << "\n";
    return kExitOk;
}

int auditSeal(const GlobalOptions& options) {
    auto sealed = workflow::sealAudit(options.dataDir);
    if (!sealed) return failure(sealed.error());
    if (sealed.value() == 0)
        out() << QObject::tr("nothing new to seal") << "\n";
    else
        out() << QObject::tr("sealed through record %1").arg(sealed.value()) << "\n";
    return kExitOk;
}

// One DICOM audit message per line, to standard output or appended to `file` (flushed to disk).
int printAtna(const std::vector<workflow::AuditRecord>& records, const QString& file) {
    const QString source = QSysInfo::machineHostName();
    QByteArray lines;
    for (const workflow::AuditRecord& r : records) lines += workflow::atnaMessage(r, source) + '\n';
    if (file.isEmpty()) {
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
        return kExitOk;
    }
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(lines) != lines.size() ||
        !f.flush() || ::fsync(f.handle()) != 0)
        return failure(QObject::tr("cannot append to %1: %2").arg(file, f.errorString()));
    out() << QObject::tr("%n message(s) appended to %1", nullptr, int(records.size())).arg(file)
          << "\n";
    return kExitOk;
}

// `audit forward --to HOST:PORT [--ca FILE]` sets the collector, `--off` stops, `--status` says
// how far it got; without options, sends what waits.
int auditForward(const GlobalOptions& options, const QCommandLineParser& parser) {
    if (parser.isSet(QStringLiteral("off"))) {
        if (Status s = workflow::clearAuditCollector(options.dataDir); !s)
            return failure(s.error());
        out() << QObject::tr("the audit trail is not forwarded any more") << "\n";
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        const QString to = parser.value(QStringLiteral("to"));
        const int colon = int(to.lastIndexOf(QLatin1Char(':')));
        bool number = false;
        const int port = colon > 0 ? to.mid(colon + 1).toInt(&number) : 0;
        if (!number) return usageError(QObject::tr("--to takes HOST:PORT"));
        if (Status s = workflow::setAuditCollector(options.dataDir, to.left(colon), port,
                                                   parser.value(QStringLiteral("ca")));
            !s)
            return failure(s.error());
    }
    auto target = workflow::auditCollector(options.dataDir);
    if (!target) return failure(target.error());
    if (!target.value())
        return failure(QObject::tr("no audit collector is set (audit forward --to HOST:PORT)"));
    if (parser.isSet(QStringLiteral("status"))) {
        const db::AuditForwarding& t = *target.value();
        out() << QObject::tr("to %1:%2, through record %3%4")
                     .arg(t.host)
                     .arg(t.port)
                     .arg(t.lastSentId)
                     .arg(t.lastError.isEmpty() ? QString()
                                                : QStringLiteral("; last attempt: ") + t.lastError)
              << "\n";
        return kExitOk;
    }
    auto sent = workflow::forwardAudit(options.dataDir);
    if (!sent) return failure(sent.error());
    out() << QObject::tr("%n record(s) forwarded to %1:%2", nullptr, sent->sent)
                 .arg(target.value()->host)
                 .arg(target.value()->port)
          << "\n";
    return kExitOk;
}

}  // namespace

int runAudit(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("patient"), QObject::tr("only records about this patient ID"),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("user"), QObject::tr("only records of this user"),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("since"), QObject::tr("only records from this day on"),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    parser.addOption(
        {QStringLiteral("atna"), QObject::tr("DICOM audit messages (PS3.15 A.5), one per line")});
    parser.addOption({QStringLiteral("to"), QObject::tr("forward: the syslog collector (TLS)"),
                      QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("ca"),
                      QObject::tr("forward: the CA its certificate is checked against"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("off"), QObject::tr("forward: stop forwarding")});
    parser.addOption({QStringLiteral("status"), QObject::tr("forward: how far it got")});
    parser.addOption({QStringLiteral("append"),
                      QObject::tr("with --atna: append them to this file"),
                      QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("audit")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args == QStringList{QStringLiteral("verify")}) return auditVerify(options);
    if (args == QStringList{QStringLiteral("seal")}) return auditSeal(options);
    if (args == QStringList{QStringLiteral("forward")}) return auditForward(options, parser);
    if (!args.isEmpty())
        return usageError(QObject::tr(
            "audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json | --atna [--append "
            "FILE]] | audit verify | audit seal | audit forward [--to HOST:PORT [--ca FILE] | "
            "--off | --status]"));
    workflow::AuditFilter filter;
    filter.patientId = parser.value(QStringLiteral("patient"));
    filter.user = parser.value(QStringLiteral("user"));
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!day.isValid()) return usageError(QObject::tr("--since takes YYYY-MM-DD"));
        filter.sinceMs = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    }
    auto records = workflow::auditRecords(options.dataDir, filter);
    if (!records) return failure(records.error());
    if (parser.isSet(QStringLiteral("append")) && !parser.isSet(QStringLiteral("atna")))
        return usageError(QObject::tr("--append goes with --atna"));
    if (parser.isSet(QStringLiteral("atna")))
        return printAtna(records.value(), parser.value(QStringLiteral("append")));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const workflow::AuditRecord& r : records.value())
            a.append(QJsonObject{
                {"id", double(r.id)},
                {"time", QDateTime::fromMSecsSinceEpoch(r.atMs).toString(Qt::ISODateWithMs)},
                {"user", r.user},
                {"host", r.host},
                {"action", r.action},
                {"outcome", r.outcome},
                {"patient_id", r.patientId},
                {"study_uids", QJsonArray::fromStringList(r.studyUids)},
                {"detail", r.detail},
                {"hash", r.hash}});
        printJson(a);
        return kExitOk;
    }
    std::vector<QStringList> table;
    for (const workflow::AuditRecord& r : records.value())
        table.push_back({QString::number(r.id), isoTime(r.atMs), r.user, r.action, r.outcome,
                         r.patientId, r.detail});
    printTable({QObject::tr("NO"), QObject::tr("TIME"), QObject::tr("USER"), QObject::tr("ACTION"),
                QObject::tr("OUTCOME"), QObject::tr("PATIENT"), QObject::tr("WHAT")},
               table);
    return kExitOk;
}

}  // namespace dicomnet::cli
