// `dicomnet audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json]`: the audit
// trail, oldest first. `dicomnet audit verify`: whether the chain of records is whole; exit 3,
// naming the first bad record, when one was changed, removed or moved.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/audit.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

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
    if (!parser.parse(QStringList{QStringLiteral("audit")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args == QStringList{QStringLiteral("verify")}) return auditVerify(options);
    if (args == QStringList{QStringLiteral("seal")}) return auditSeal(options);
    if (!args.isEmpty())
        return usageError(QObject::tr(
            "audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json] | audit verify | "
            "audit seal"));
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
