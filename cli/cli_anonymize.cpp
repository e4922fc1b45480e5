// `dicomnet anonymize UID... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates]
// [--json]`: objects from the cache (or files) de-identified as they would leave for an
// external destination (network/deidentifier.h), written as NEW-SOP-UID.dcm. What was held
// back (burned-in annotation) is listed with the reason; the exit code is then 1.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/export.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace dicomnet::cli {

int runAnonymize(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), QObject::tr("the folder to write to"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("keep-device"),
                      QObject::tr("keep device identity (station name, serial numbers)")});
    parser.addOption({QStringLiteral("keep-descriptors"),
                      QObject::tr("keep study and series descriptions and the protocol name")});
    parser.addOption({QStringLiteral("remove-dates"),
                      QObject::tr("empty the dates instead of shifting them per patient")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("anonymize")} + options.arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("out")))
        return usageError(
            QObject::tr("anonymize UID_OR_FILE... --out DIR [--keep-device] [--keep-descriptors] "
                        "[--remove-dates] [--json]"));
    const QString outDir = parser.value(QStringLiteral("out"));
    workflow::DeidentificationOptions o;
    o.retainDevice = parser.isSet(QStringLiteral("keep-device"));
    o.retainDescriptors = parser.isSet(QStringLiteral("keep-descriptors"));
    o.retainDates = !parser.isSet(QStringLiteral("remove-dates"));
    const bool json = parser.isSet(QStringLiteral("json"));
    auto done = workflow::anonymize(
        options.dataDir, parser.positionalArguments(), outDir, o,
        workflow::Progress<workflow::HeldBack>([json](const workflow::HeldBack& h) {
            if (!json) err() << h.reason << "\n";
        }));
    if (!done) return failure(done.error());
    QJsonArray written, heldBack;
    for (const workflow::HeldBack& h : done->heldBack)
        heldBack.append(QJsonObject{{"file", h.file}, {"reason", h.reason}});
    for (const workflow::Anonymized& a : done->written)
        written.append(QJsonObject{{"file", a.file},
                                   {"sop_instance_uid", a.sopInstanceUid},
                                   {"study_uid", a.studyUid},
                                   {"pseudonym", a.pseudonym}});
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonArray{QJsonObject{{"written", written}, {"held_back", heldBack}}});
    else
        out() << QObject::tr("wrote %1 de-identified object(s) to %2; held back %3")
                     .arg(written.size())
                     .arg(outDir)
                     .arg(heldBack.size())
              << "\n";
    return heldBack.isEmpty() ? kExitOk : kExitFailure;
}

}  // namespace dicomnet::cli
