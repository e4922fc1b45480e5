// `dicomnet export UID... --out DIR [--json]`: objects from the cache as DICOM files, byte for
// byte (a signed consultation stays signed), named by SOP Instance UID; an encapsulated PDF
// also as the PDF it holds.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "consult/encapsulated_document.h"
#include "db/cache.h"
#include "db/cache_queries.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace dicomnet::cli {

namespace {

Status writeAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{QObject::tr("cannot write %1: %2").arg(path, out.errorString())};
    return {};
}

}  // namespace

int runExport(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), QObject::tr("the folder to write to"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    if (!parser.parse(QStringList{QStringLiteral("export")} + options.arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("out")))
        return usageError(QObject::tr("export UID... --out DIR [--json]"));
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir)) return failure(QObject::tr("cannot create %1").arg(outDir));
    auto cache = db::Cache::open(options.dataDir);
    if (!cache) return failure(cache.error());
    db::CacheQueries queries(*cache.value());
    QJsonArray written;
    int count = 0;
    for (const QString& uid : parser.positionalArguments()) {
        auto rows = queries.instancesUnder(uid);
        if (!rows) return failure(rows.error());
        if (rows->empty()) return failure(QObject::tr("%1 is not in the cache").arg(uid));
        for (const db::InstanceRow& r : rows.value()) {
            QFile in(r.filePath);
            if (!in.open(QIODevice::ReadOnly))
                return failure(
                    QObject::tr("%1 cannot be read: %2").arg(r.filePath, in.errorString()));
            const QString target = QDir(outDir).filePath(r.sopInstanceUid + QStringLiteral(".dcm"));
            if (Status s = writeAtomically(target, in.readAll()); !s) return failure(s.error());
            QJsonObject item{{"sop_instance_uid", r.sopInstanceUid}, {"file", target}};
            ++count;
            if (r.sopClassUid == QLatin1String(consult::kEncapsulatedPdfClass)) {
                auto pdf = consult::readEncapsulated(r.filePath);
                if (!pdf) return failure(pdf.error());
                const QString pdfPath =
                    QDir(outDir).filePath(r.sopInstanceUid + QStringLiteral(".pdf"));
                if (Status s = writeAtomically(pdfPath, pdf->bytes); !s) return failure(s.error());
                item.insert("pdf", pdfPath);
            }
            written.append(item);
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(written);
    else
        out() << QObject::tr("wrote %n file(s) to %1", nullptr, count).arg(outDir) << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
