// `dicomnet export UID... --out DIR [--json]`: objects from the cache as DICOM files, byte for
// byte (a signed consultation stays signed), named by SOP Instance UID; an encapsulated PDF
// also as the PDF it holds.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/export.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace dicomnet::cli {

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
    auto exported = workflow::exportObjects(options.dataDir, parser.positionalArguments(), outDir);
    if (!exported) return failure(exported.error());
    QJsonArray written;
    const int count = int(exported->size());
    for (const workflow::ExportedObject& o : exported.value()) {
        QJsonObject item{{"sop_instance_uid", o.sopInstanceUid}, {"file", o.file}};
        if (!o.pdf.isEmpty()) item.insert("pdf", o.pdf);
        written.append(item);
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(written);
    else
        out() << QObject::tr("wrote %n file(s) to %1", nullptr, count).arg(outDir) << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
