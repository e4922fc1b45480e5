// `dicomnet ls patients|studies|series|instances` and `dicomnet history`.
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "workflow/consultation_states.h"

#include "core/person_name.h"
#include "workflow/studies.h"
#include "workflow/timeline_source.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace dicomnet::cli {

namespace {

QJsonObject studyJson(const workflow::StudyRow& s) {
    return QJsonObject{
        {"patient_id", s.patientId},
        {"issuer", s.issuer},
        {"patient_name", s.patientName},
        {"study_uid", s.studyUid},
        {"study_date", s.date},
        {"study_time", s.time},
        {"accession", s.accession},
        {"modalities",
         QJsonArray::fromStringList(s.modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts))},
        {"description", s.description},
        {"series_count", s.seriesCount},
        {"instance_count", s.instanceCount},
        {"away_count", s.awayCount},
        {"held_at", s.awayCount > 0 ? QJsonValue(s.awayAt) : QJsonValue()},
    };
}

// The images column: how many are here, and what is away and where.
QString imagesHere(const workflow::StudyRow& s) {
    if (s.awayCount == 0) return QString::number(s.instanceCount);
    const QString where = s.awayAt.isEmpty() ? QObject::tr("nowhere known") : s.awayAt;
    return QObject::tr("%1 + %2 away (%3)").arg(s.instanceCount).arg(s.awayCount).arg(where);
}

QString isoDate(const QString& da) {
    return da.size() == 8 ? da.left(4) + '-' + da.mid(4, 2) + '-' + da.right(2) : da;
}

void printStudies(const std::vector<workflow::StudyRow>& rows, bool json) {
    if (json) {
        QJsonArray a;
        for (const auto& s : rows) a.append(studyJson(s));
        printJson(a);
        return;
    }
    std::vector<QStringList> table;
    for (const auto& s : rows)
        table.push_back({isoDate(s.date), s.patientId, displayPersonName(s.patientName),
                         QString(s.modalities).replace('\\', ','), s.description,
                         QString::number(s.seriesCount), imagesHere(s), s.studyUid});
    printTable({QObject::tr("DATE"), QObject::tr("PATIENT ID"), QObject::tr("NAME"),
                QObject::tr("MOD"), QObject::tr("DESCRIPTION"), QObject::tr("SERIES"),
                QObject::tr("IMAGES"), QObject::tr("STUDY UID")},
               table);
}

// A patient's studies, oldest first, as the timeline shows them, with where each one's
// consultation stands.
void printHistory(const std::vector<workflow::StudyRow>& rows, bool json) {
    if (json) {
        QJsonArray a;
        for (const auto& s : rows) {
            QJsonObject o = studyJson(s);
            o.insert(QStringLiteral("body_parts"),
                     QJsonArray::fromStringList(s.bodyParts.split('\\', Qt::SkipEmptyParts)));
            o.insert(QStringLiteral("consultation"),
                     s.consultation.isEmpty() ? QJsonValue() : QJsonValue(s.consultation));
            if (!s.sentTo.isEmpty())
                o.insert(QStringLiteral("sent"),
                         QJsonObject{{"to", s.sentTo}, {"state", s.sendState}});
            a.append(o);
        }
        printJson(a);
        return;
    }
    if (!rows.empty())
        out() << displayPersonName(rows.front().patientName) << " · " << rows.front().patientId
              << (rows.front().birthDate.isEmpty()
                      ? QString()
                      : QObject::tr(" · born %1").arg(isoDate(rows.front().birthDate)))
              << "\n";
    std::vector<QStringList> table;
    for (const auto& s : rows)
        table.push_back({isoDate(s.date), QString(s.modalities).replace('\\', ','),
                         QString(s.bodyParts).replace('\\', ','), s.description, imagesHere(s),
                         s.consultation.isEmpty() ? QStringLiteral("—") : s.consultation,
                         s.studyUid});
    printTable({QObject::tr("DATE"), QObject::tr("MOD"), QObject::tr("BODY PART"),
                QObject::tr("DESCRIPTION"), QObject::tr("IMAGES"), QObject::tr("CONSULTATION"),
                QObject::tr("STUDY UID")},
               table);
}

// Accepts "YYYYMMDD-YYYYMMDD", "YYYYMMDD-", "-YYYYMMDD" or one date, with or without dashes
// inside the dates ("2020-03-01-2020-03-31" is ambiguous and refused).
bool parseDateRange(const QString& text, QString& from, QString& to) {
    const QStringList parts = text.split(QLatin1Char('-'));
    auto valid = [](const QString& d) { return d.isEmpty() || (d.size() == 8 && d.toInt() > 0); };
    if (parts.size() == 1)
        from = to = parts[0];
    else if (parts.size() == 2) {
        from = parts[0];
        to = parts[1];
    } else
        return false;
    return valid(from) && valid(to);
}

int listPatients(const GlobalOptions& options, const QCommandLineParser& parser, bool json) {
    auto rows = workflow::listPatients(options.dataDir, parser.value(QStringLiteral("name")));
    if (!rows) return failure(rows.error());
    if (json) {
        QJsonArray a;
        for (const auto& p : rows.value())
            a.append(QJsonObject{{"patient_id", p.patientId},
                                 {"issuer", p.issuer},
                                 {"patient_name", p.name},
                                 {"birth_date", p.birthDate},
                                 {"sex", p.sex},
                                 {"study_count", p.studyCount}});
        printJson(a);
    } else {
        std::vector<QStringList> table;
        for (const auto& p : rows.value())
            table.push_back({p.patientId, p.issuer, displayPersonName(p.name), isoDate(p.birthDate),
                             p.sex, QString::number(p.studyCount)});
        printTable({QObject::tr("PATIENT ID"), QObject::tr("ISSUER"), QObject::tr("NAME"),
                    QObject::tr("BORN"), QObject::tr("SEX"), QObject::tr("STUDIES")},
                   table);
    }
    return kExitOk;
}

int listStudies(const GlobalOptions& options, const QCommandLineParser& parser, bool json) {
    workflow::StudyFilter f;
    f.name = parser.value(QStringLiteral("name"));
    f.patientId = parser.value(QStringLiteral("patient-id"));
    f.modality = parser.value(QStringLiteral("modality"));
    if (parser.isSet(QStringLiteral("date")) &&
        !parseDateRange(parser.value(QStringLiteral("date")), f.dateFrom, f.dateTo))
        return usageError(QObject::tr("--date takes YYYYMMDD-YYYYMMDD"));
    auto rows = workflow::listStudies(options.dataDir, f);
    if (!rows) return failure(rows.error());
    printStudies(rows.value(), json);
    return kExitOk;
}

int listSeries(const GlobalOptions& options, const QString& studyUid, bool json) {
    auto rows = workflow::listSeries(options.dataDir, studyUid);
    if (!rows) return failure(rows.error());
    if (json) {
        QJsonArray a;
        for (const auto& s : rows.value())
            a.append(QJsonObject{{"series_uid", s.seriesUid},
                                 {"modality", s.modality},
                                 {"body_part", s.bodyPart},
                                 {"description", s.description},
                                 {"series_date", s.date},
                                 {"series_number", s.number},
                                 {"instance_count", s.instanceCount},
                                 {"away_count", s.awayCount}});
        printJson(a);
    } else {
        std::vector<QStringList> table;
        for (const auto& s : rows.value())
            table.push_back(
                {QString::number(s.number), s.modality, s.bodyPart, s.description,
                 s.awayCount == 0
                     ? QString::number(s.instanceCount)
                     : QObject::tr("%1 + %2 away").arg(s.instanceCount).arg(s.awayCount),
                 s.seriesUid});
        printTable({QObject::tr("NUMBER"), QObject::tr("MOD"), QObject::tr("BODY PART"),
                    QObject::tr("DESCRIPTION"), QObject::tr("IMAGES"), QObject::tr("SERIES UID")},
                   table);
    }
    return kExitOk;
}

int listInstances(const GlobalOptions& options, const QString& seriesUid, bool json) {
    auto rows = workflow::listInstances(options.dataDir, seriesUid);
    if (!rows) return failure(rows.error());
    if (json) {
        QJsonArray a;
        for (const auto& i : rows.value())
            a.append(QJsonObject{{"sop_instance_uid", i.sopInstanceUid},
                                 {"sop_class_uid", i.sopClassUid},
                                 {"transfer_syntax_uid", i.transferSyntaxUid},
                                 {"instance_number", i.number},
                                 {"image_position", i.imagePosition},
                                 {"rows", i.rows},
                                 {"columns", i.columns},
                                 {"frames", i.frames},
                                 {"file_size", double(i.fileSize)},
                                 {"file_path", i.filePath}});
        printJson(a);
    } else {
        std::vector<QStringList> table;
        for (const auto& i : rows.value())
            table.push_back({QString::number(i.number),
                             QStringLiteral("%1x%2").arg(i.columns).arg(i.rows),
                             QString::number(i.frames), i.transferSyntaxUid, i.sopInstanceUid});
        printTable({QObject::tr("NUMBER"), QObject::tr("SIZE"), QObject::tr("FRAMES"),
                    QObject::tr("TRANSFER SYNTAX"), QObject::tr("SOP INSTANCE UID")},
                   table);
    }
    return kExitOk;
}

}  // namespace

int runList(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    parser.addOption(
        {QStringLiteral("name"), QObject::tr("patient name contains"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("patient-id"), QObject::tr("patient ID starts with"),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("modality"), QObject::tr("modality"), QStringLiteral("MOD")});
    parser.addOption({QStringLiteral("date"), QObject::tr("study date range FROM-TO (YYYYMMDD)"),
                      QStringLiteral("RANGE")});
    if (!parser.parse(QStringList{QStringLiteral("ls")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (args.isEmpty())
        return usageError(QObject::tr("ls needs patients, studies, series or instances"));
    const QString what = args[0];
    const bool needsUid = what == QLatin1String("series") || what == QLatin1String("instances");
    if (needsUid && args.size() != 2)
        return usageError(QObject::tr("ls %1 needs one UID").arg(what));
    if (!needsUid && args.size() != 1) return usageError(QObject::tr("too many arguments"));

    if (what == QLatin1String("patients")) return listPatients(options, parser, json);
    if (what == QLatin1String("studies")) return listStudies(options, parser, json);
    if (what == QLatin1String("series")) return listSeries(options, args[1], json);
    if (what == QLatin1String("instances")) return listInstances(options, args[1], json);
    return usageError(QObject::tr("ls: unknown listing \"%1\"").arg(what));
}

int runHistory(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    parser.addOption(
        {QStringLiteral("issuer"), QObject::tr("Issuer of Patient ID"), QStringLiteral("ISSUER")});
    if (!parser.parse(QStringList{QStringLiteral("history")} + options.arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QObject::tr("history needs one PATIENT_ID"));
    auto rows = workflow::localTimeline(options.dataDir, parser.positionalArguments()[0],
                                        parser.value(QStringLiteral("issuer")));
    if (!rows) return failure(rows.error());
    if (rows->empty())
        return failure(QObject::tr("no study of patient %1 in the cache")
                           .arg(parser.positionalArguments()[0]));
    printHistory(rows.value(), parser.isSet(QStringLiteral("json")));
    return kExitOk;
}

}  // namespace dicomnet::cli
