// `dicomnet find PEER ...`: C-FIND (QIDO-RS on a DICOMweb portal) at study level, or down to a
// study's series and a series' instances.
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "cli/cli_peer.h"

#include "core/person_name.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace dicomnet::cli {

namespace {

struct Column {
    const char* keyword;  // DICOM attribute
    const char* json;     // field in --json
};

QString get(const workflow::QueryMatch& m, const char* keyword) {
    for (const auto& [k, v] : m)
        if (k == QLatin1String(keyword)) return v;
    return {};
}

}  // namespace

int runFind(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("patient-id"), QObject::tr("Patient ID (wildcards * ?)"),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("patient-name"), QObject::tr("patient name (wildcards * ?)"),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("modality"), QObject::tr("modality in the study"), QStringLiteral("MOD")});
    parser.addOption({QStringLiteral("date"), QObject::tr("study date or range FROM-TO (YYYYMMDD)"),
                      QStringLiteral("RANGE")});
    parser.addOption(
        {QStringLiteral("accession"), QObject::tr("accession number"), QStringLiteral("NUMBER")});
    parser.addOption(
        {QStringLiteral("study"), QObject::tr("list this study's series"), QStringLiteral("UID")});
    parser.addOption({QStringLiteral("series"),
                      QObject::tr("list this series' instances (with --study)"),
                      QStringLiteral("UID")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    addPeerOptions(parser, options);
    if (!parser.parse(QStringList{QStringLiteral("find")} + options.arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QObject::tr("find needs one PEER"));
    const bool seriesLevel =
        parser.isSet(QStringLiteral("study")) && !parser.isSet(QStringLiteral("series"));
    const bool imageLevel = parser.isSet(QStringLiteral("series"));
    if (imageLevel && !parser.isSet(QStringLiteral("study")))
        return usageError(QObject::tr("--series needs --study too"));

    int exitCode = 0;
    auto peer = remotePeer(parser.positionalArguments()[0], parser, options, exitCode);
    if (!peer) return exitCode;

    QString level = QStringLiteral("STUDY");
    std::vector<std::pair<QString, QString>> keys;
    std::vector<Column> columns;
    if (imageLevel) {
        level = QStringLiteral("IMAGE");
        keys = {{"StudyInstanceUID", parser.value(QStringLiteral("study"))},
                {"SeriesInstanceUID", parser.value(QStringLiteral("series"))},
                {"InstanceNumber", {}},
                {"SOPClassUID", {}},
                {"SOPInstanceUID", {}}};
        columns = {{"InstanceNumber", "instance_number"},
                   {"SOPClassUID", "sop_class_uid"},
                   {"SOPInstanceUID", "sop_instance_uid"}};
    } else if (seriesLevel) {
        level = QStringLiteral("SERIES");
        keys = {{"StudyInstanceUID", parser.value(QStringLiteral("study"))},
                {"SeriesNumber", {}},
                {"Modality", parser.value(QStringLiteral("modality"))},
                {"SeriesDescription", {}},
                {"NumberOfSeriesRelatedInstances", {}},
                {"SeriesInstanceUID", {}}};
        columns = {{"SeriesNumber", "series_number"},
                   {"Modality", "modality"},
                   {"SeriesDescription", "description"},
                   {"NumberOfSeriesRelatedInstances", "instance_count"},
                   {"SeriesInstanceUID", "series_uid"}};
    } else {
        keys = {{"StudyDate", parser.value(QStringLiteral("date"))},
                {"PatientID", parser.value(QStringLiteral("patient-id"))},
                {"PatientName", parser.value(QStringLiteral("patient-name"))},
                {"ModalitiesInStudy", parser.value(QStringLiteral("modality"))},
                {"StudyDescription", {}},
                {"AccessionNumber", parser.value(QStringLiteral("accession"))},
                {"NumberOfStudyRelatedSeries", {}},
                {"NumberOfStudyRelatedInstances", {}},
                {"StudyInstanceUID", {}}};
        columns = {{"StudyDate", "study_date"},
                   {"PatientID", "patient_id"},
                   {"PatientName", "patient_name"},
                   {"ModalitiesInStudy", "modalities"},
                   {"StudyDescription", "description"},
                   {"AccessionNumber", "accession"},
                   {"NumberOfStudyRelatedSeries", "series_count"},
                   {"NumberOfStudyRelatedInstances", "instance_count"},
                   {"StudyInstanceUID", "study_uid"}};
    }
    auto matches = peer->find(level, keys);
    if (!matches) return failure(matches.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const auto& m : matches.value()) {
            QJsonObject o;
            for (const Column& c : columns) {
                const QString v = get(m, c.keyword);
                if (QByteArray(c.json).endsWith("_count") ||
                    QByteArray(c.json) == "instance_number" ||
                    QByteArray(c.json) == "series_number")
                    o.insert(QLatin1String(c.json), v.toInt());
                else if (QByteArray(c.json) == "modalities")
                    o.insert(QLatin1String(c.json), QJsonArray::fromStringList(v.split(
                                                        QLatin1Char('\\'), Qt::SkipEmptyParts)));
                else
                    o.insert(QLatin1String(c.json), v);
            }
            a.append(o);
        }
        printJson(a);
        return kExitOk;
    }
    QStringList header;
    for (const Column& c : columns)
        header << QString::fromLatin1(c.json).toUpper().replace(QLatin1Char('_'), QLatin1Char(' '));
    std::vector<QStringList> table;
    for (const auto& m : matches.value()) {
        QStringList row;
        for (const Column& c : columns) {
            const QString v = get(m, c.keyword);
            row << (QByteArray(c.keyword) == "PatientName" ? displayPersonName(v) : v);
        }
        table.push_back(row);
    }
    printTable(header, table);
    return kExitOk;
}

}  // namespace dicomnet::cli
