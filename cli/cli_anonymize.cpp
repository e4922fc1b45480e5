// `dicomnet anonymize UID... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates]
// [--json]`: objects from the cache (or files) de-identified as they would leave for an
// external destination (network/deidentifier.h), written as NEW-SOP-UID.dcm. What was held
// back (burned-in annotation) is listed with the reason; the exit code is then 1.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "db/cache.h"
#include "db/cache_queries.h"
#include "network/deidentifier.h"

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
    if (!QDir().mkpath(outDir)) return failure(QObject::tr("cannot create %1").arg(outDir));
    auto cache = db::Cache::open(options.dataDir);
    if (!cache) return failure(cache.error());
    QStringList files;
    db::CacheQueries queries(*cache.value());
    for (const QString& uid : parser.positionalArguments()) {
        if (QFileInfo(uid).isFile()) {
            files << uid;
            continue;
        }
        auto rows = queries.instancesUnder(uid);
        if (!rows) return failure(rows.error());
        if (rows->empty()) return failure(QObject::tr("%1 is not in the cache").arg(uid));
        for (const db::InstanceRow& r : rows.value()) files << r.filePath;
    }
    network::DeidentificationOptions o;
    o.retainDevice = parser.isSet(QStringLiteral("keep-device"));
    o.retainDescriptors = parser.isSet(QStringLiteral("keep-descriptors"));
    o.retainDates = !parser.isSet(QStringLiteral("remove-dates"));
    network::Deidentifier deidentifier(*cache.value(), o);
    QJsonArray written, heldBack;
    for (const QString& file : files) {
        const QString staging = QDir(outDir).filePath(QStringLiteral(".anonymizing.dcm"));
        auto done = deidentifier.apply(file, staging);
        if (!done) {
            QFile::remove(staging);
            heldBack.append(QJsonObject{{"file", file}, {"reason", done.error()}});
            if (!parser.isSet(QStringLiteral("json"))) err() << done.error() << "\n";
            continue;
        }
        const QString target = QDir(outDir).filePath(done->sopInstanceUid + QStringLiteral(".dcm"));
        QFile::remove(target);
        if (!QFile::rename(staging, target))
            return failure(QObject::tr("cannot write %1").arg(target));
        written.append(QJsonObject{{"file", target},
                                   {"sop_instance_uid", done->sopInstanceUid},
                                   {"study_uid", done->studyUid},
                                   {"pseudonym", done->pseudoId}});
    }
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
