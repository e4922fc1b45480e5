// `dicomnet features [--rebuild] [--json]`: computes the descriptors of the film and CT series
// that wait for one (learning/descriptor.h), or, with --rebuild, of every one; prints what was
// computed, what is not applicable and why. `dicomnet features status [--json]` counts them;
// `dicomnet features background on|off` sets whether the listener and the window compute them
// as objects arrive. `dicomnet features models [--json]` lists the site's own ONNX models
// (<data dir>/models, learning/site_model.h), each loaded and run once.
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "cli/terminal_progress.h"

#include "workflow/features.h"

#include <QCommandLineParser>

namespace dicomnet::cli {

namespace {

QJsonObject countsJson(const workflow::DescriptorCountsView& c) {
    return {{"to_compute", c.toCompute},
            {"computed", c.computed},
            {"not_applicable", c.notApplicable},
            {"failed", c.failed}};
}

int runStatus(const GlobalOptions& options, bool json) {
    auto c = workflow::descriptorCounts(options.dataDir);
    if (!c) return failure(c.error());
    if (json) {
        QJsonObject o = countsJson(c.value());
        o["background"] = workflow::backgroundDescriptorsEnabled(options.dataDir);
        printJson(o);
        return kExitOk;
    }
    out() << QObject::tr("descriptors: %1 computed, %2 not applicable, %3 failed, %4 to compute")
                 .arg(c->computed)
                 .arg(c->notApplicable)
                 .arg(c->failed)
                 .arg(c->toCompute)
          << "\n"
          << (workflow::backgroundDescriptorsEnabled(options.dataDir)
                  ? QObject::tr("computed in the background as objects arrive")
                  : QObject::tr("not computed in the background (dicomnet features background "
                                "on)"))
          << "\n";
    return kExitOk;
}

int runModels(const GlobalOptions& options, bool json) {
    auto models = workflow::siteModels(options.dataDir);
    if (!models) return failure(models.error());
    bool problems = false;
    QJsonArray list;
    for (const workflow::SiteModelView& m : models.value()) {
        problems |= !m.problem.isEmpty();
        if (json) {
            QJsonObject o{{"name", m.name},
                          {"kind", m.kind},
                          {"use", m.use},
                          {"identity", m.identity},
                          {"outputs", m.outputs}};
            if (!m.problem.isEmpty()) o["problem"] = m.problem;
            list.append(o);
        } else if (!m.problem.isEmpty()) {
            err() << m.problem << "\n";
        } else {
            out() << QObject::tr("%1: %2, %3 the built-in descriptor with %4 numbers (%5)")
                         .arg(m.name, m.kind,
                              m.use == QLatin1String("replace") ? QObject::tr("replaces")
                                                                : QObject::tr("extends"))
                         .arg(m.outputs)
                         .arg(m.identity)
                  << "\n";
        }
    }
    if (json)
        printJson(
            QJsonObject{{"directory", workflow::siteModelsDir(options.dataDir)}, {"models", list}});
    else if (models->empty())
        out() << QObject::tr("no site models in %1: the built-in descriptors are used")
                     .arg(workflow::siteModelsDir(options.dataDir))
              << "\n";
    return problems ? kExitFailure : kExitOk;
}

}  // namespace

int runFeatures(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("rebuild"), QObject::tr("compute every descriptor again")});
    parser.addOption({QStringLiteral("json"), QObject::tr("machine-readable output")});
    const QString usage = QObject::tr(
        "features [--rebuild] [--json] | features status [--json] | "
        "features background on|off | features models [--json]");
    if (!parser.parse(QStringList{QStringLiteral("features")} + options.arguments))
        return usageError(parser.errorText() + "\n" + usage);
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (args.value(0) == QLatin1String("status") && args.size() == 1)
        return runStatus(options, json);
    if (args.value(0) == QLatin1String("models") && args.size() == 1)
        return runModels(options, json);
    if (args.value(0) == QLatin1String("background") && args.size() == 2 &&
        (args[1] == QLatin1String("on") || args[1] == QLatin1String("off"))) {
        const bool on = args[1] == QLatin1String("on");
        if (Status s = workflow::setBackgroundDescriptors(options.dataDir, on); !s)
            return failure(s.error());
        out() << (on ? QObject::tr("descriptors are computed in the background")
                     : QObject::tr("descriptors are no longer computed in the background"))
              << "\n";
        return kExitOk;
    }
    if (!args.isEmpty()) return usageError(usage);

    if (parser.isSet(QStringLiteral("rebuild"))) {
        auto marked = workflow::markAllDescriptors(options.dataDir);
        if (!marked) return failure(marked.error());
    }
    TerminalProgress progress(QObject::tr("series"));
    workflow::DescriptorOptions o;
    o.progress = [&](int done, int waiting) { progress.update(done, waiting, 0); };
    auto run = workflow::computeDescriptors(options.dataDir, o);
    progress.finish();
    if (!run) return failure(run.error());
    auto counts = workflow::descriptorCounts(options.dataDir);
    if (!counts) return failure(counts.error());
    if (json) {
        QJsonObject o = countsJson(counts.value());
        o["this_run"] = QJsonObject{
            {"computed", run->computed}, {"not_applicable", run->notApplicable},
            {"failed", run->failed},     {"outdated", run->outdated},
            {"seconds", run->seconds},   {"reasons", QJsonArray::fromStringList(run->reasons)}};
        printJson(o);
    } else {
        out() << QObject::tr(
                     "described %1 series: %2 computed, %3 not applicable, %4 failed "
                     "(%5 s)")
                     .arg(run->computed + run->notApplicable + run->failed)
                     .arg(run->computed)
                     .arg(run->notApplicable)
                     .arg(run->failed)
                     .arg(run->seconds, 0, 'f', 2)
              << "\n";
        for (const QString& why : run->reasons) out() << "  " << why << "\n";
    }
    return run->failed > 0 ? kExitFailure : kExitOk;
}

}  // namespace dicomnet::cli
