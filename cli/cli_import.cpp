// `dicomnet import PATH... [--json]`
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "cli/terminal_progress.h"

#include "workflow/background_eviction.h"
#include "workflow/import.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <csignal>

namespace dicomnet::cli {

namespace {

std::atomic_bool g_interrupted{false};

void onInterrupt(int) { g_interrupted = true; }

QJsonArray problemsJson(const std::vector<workflow::ImportProblem>& problems) {
    QJsonArray a;
    for (const auto& p : problems) a.append(QJsonObject{{"item", p.item}, {"reason", p.reason}});
    return a;
}

}  // namespace

int runImport(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QObject::tr("print the summary as JSON")});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QObject::tr("files, folders, DICOMDIRs, zips"));
    if (!parser.parse(QStringList{QStringLiteral("import")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) return usageError(QObject::tr("import needs at least one PATH"));
    const bool json = parser.isSet(QStringLiteral("json"));

    // Ctrl-C finishes the batch in hand, so that what was reported stays true.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    TerminalProgress bar(QObject::tr("objects"));
    auto imported = workflow::importInto(
        options.dataDir, paths,
        workflow::Progress<workflow::ImportProgress>(
            [&](const workflow::ImportProgress& p) {
                bar.update(
                    p.done, p.total, p.bytes,
                    QObject::tr("%1 imported, %2 duplicates").arg(p.imported).arg(p.duplicates));
            },
            &g_interrupted));
    if (!imported) return failure(imported.error());  // the cache cannot be opened
    bar.finish();
    const workflow::ImportSummary& s = imported.value();

    if (json) {
        printJson(QJsonArray{QJsonObject{
            {"imported", s.imported},
            {"duplicates", s.duplicates},
            {"skipped", problemsJson(s.skipped)},
            {"rejected", problemsJson(s.rejected)},
            {"warnings", QJsonArray::fromStringList(s.warnings)},
            {"bytes", double(s.bytes)},
            {"seconds", s.seconds},
            {"error", s.fatalError},
            {"cancelled", s.cancelled},
        }});
    } else {
        for (const auto& p : s.skipped)
            out() << QObject::tr("skipped (not DICOM): %1: %2").arg(p.item, p.reason) << "\n";
        for (const auto& p : s.rejected)
            out() << QObject::tr("rejected: %1: %2").arg(p.item, p.reason) << "\n";
        for (const QString& w : s.warnings) out() << QObject::tr("warning: %1").arg(w) << "\n";
        out() << QObject::tr("imported %1, duplicates %2, skipped %3, rejected %4")
                     .arg(s.imported)
                     .arg(s.duplicates)
                     .arg(s.skipped.size())
                     .arg(s.rejected.size())
              << "\n";
        if (s.seconds > 0)
            out() << QObject::tr("%1 in %2 s (%3/s, %4 objects/s)")
                         .arg(formatBytes(s.bytes))
                         .arg(s.seconds, 0, 'f', 2)
                         .arg(formatBytes(qint64(s.bytes / s.seconds)))
                         .arg((s.imported + s.duplicates) / s.seconds, 0, 'f', 1)
                  << "\n";
        out().flush();
    }
    if (!s.fatalError.isEmpty())
        return failure(QObject::tr("import stopped: %1").arg(s.fatalError));
    if (s.cancelled) return failure(QObject::tr("import interrupted; what was reported is stored"));
    // Above the quota now: the least recently used studies make room (held elsewhere only).
    if (auto evicted = workflow::evictOverQuota(options.dataDir); !evicted)
        err() << "dicomnet: " << evicted.error() << "\n";
    else if (const QString line = workflow::describeEviction(evicted.value()); !line.isEmpty())
        out() << line << "\n";
    return s.rejected.empty() ? kExitOk : kExitFailure;
}

}  // namespace dicomnet::cli
