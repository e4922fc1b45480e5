#include "workflow/features.h"

#include "db/cache.h"
#include "db/descriptor_store.h"
#include "db/site_settings.h"
#include "learning/descriptor.h"
#include "learning/feature_module.h"
#include "learning/site_model.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QObject>

#include <dlfcn.h>
#include <unistd.h>

#include <map>
#include <mutex>

namespace dicomnet::workflow {

namespace {

constexpr const char* kModuleFile = "libdicomnet_features.so";

struct LoadedModule {
    const learning::FeatureModuleApi* api = nullptr;
    QString why;
};

// Next to the executable, in <prefix>/lib/dicomnet once installed, or in the build tree
// (tests run from their own folders); DICOMNET_MODULE_DIR first when set.
QStringList moduleCandidates() {
    QStringList dirs;
    const QString env = qEnvironmentVariable("DICOMNET_MODULE_DIR");
    if (!env.isEmpty()) dirs << env;
    char path[4096] = {};
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n > 0) {
        const QString exeDir = QFileInfo(QString::fromLocal8Bit(path, int(n))).absolutePath();
        dirs << exeDir << exeDir + QStringLiteral("/../lib/dicomnet")
             << exeDir + QStringLiteral("/../" DICOMNET_LIBDIR "/dicomnet");
    }
    dirs << QStringLiteral(DICOMNET_BUILD_MODULE_DIR);
    return dirs;
}

const LoadedModule& module() {
    static LoadedModule loaded;
    static std::once_flag once;
    std::call_once(once, [] {
        for (const QString& dir : moduleCandidates()) {
            const QString file = dir + QLatin1Char('/') + QLatin1String(kModuleFile);
            if (!QFileInfo::exists(file)) continue;
            void* library = ::dlopen(QFile::encodeName(file).constData(), RTLD_LAZY | RTLD_LOCAL);
            if (!library) {
                loaded.why = QString::fromLocal8Bit(::dlerror());
                continue;
            }
            using Entry = const learning::FeatureModuleApi* (*)();
            auto entry = reinterpret_cast<Entry>(::dlsym(library, "dicomnet_features_api"));
            const learning::FeatureModuleApi* api = entry ? entry() : nullptr;
            if (!api || api->abiVersion != learning::kFeatureModuleAbi) {
                loaded.why = QObject::tr("%1 is of another version of dicomnet").arg(file);
                continue;
            }
            loaded.api = api;
            return;
        }
        if (loaded.why.isEmpty())
            loaded.why = QObject::tr("%1 is not installed next to the program")
                             .arg(QLatin1String(kModuleFile));
    });
    return loaded;
}

int ageInYears(const QString& birth, const QString& at) {
    const QDate b = QDate::fromString(birth, QStringLiteral("yyyyMMdd"));
    const QDate d = QDate::fromString(at, QStringLiteral("yyyyMMdd"));
    if (!b.isValid() || !d.isValid() || d < b) return -1;
    int years = d.year() - b.year();
    if (d.month() < b.month() || (d.month() == b.month() && d.day() < b.day())) --years;
    return years;
}

// Models already loaded and run once in this process, by identity: their output length.
std::mutex checkedMutex;
std::map<QString, int> checkedModels;

Result<int> checkedOutputs(const learning::FeatureModuleApi* api, const learning::SiteModel& m) {
    {
        std::lock_guard<std::mutex> lock(checkedMutex);
        if (auto it = checkedModels.find(m.identity); it != checkedModels.end()) return it->second;
    }
    auto n = api->checkModel(m);
    if (!n) return Error{n.error()};
    std::lock_guard<std::mutex> lock(checkedMutex);
    checkedModels[m.identity] = n.value();
    return n.value();
}

bool isFilmModality(const QString& modality) {
    const QString m = modality.trimmed().toUpper();
    return m == QLatin1String("CR") || m == QLatin1String("DX") || m == QLatin1String("DR");
}

// The site's models, each loaded and run once; an error when one cannot be used.
Result<learning::SiteModels> usableSiteModels(const QString& dataDir) {
    learning::SiteModels models = learning::siteModelsIn(siteModelsDir(dataDir));
    if (!models.problems.isEmpty())
        return Error{QObject::tr("descriptors wait until the site models are fixed: %1")
                         .arg(models.problems.join(QStringLiteral("; ")))};
    if (models.models.empty()) return models;
    if (Status s = extractorAvailable(); !s) return Error{s.error()};
    for (const learning::SiteModel& m : models.models)
        if (auto n = checkedOutputs(module().api, m); !n)
            return Error{
                QObject::tr("descriptors wait until the site model is fixed: %1").arg(n.error())};
    return models;
}

}  // namespace

QString siteModelsDir(const QString& dataDir) { return dataDir + QStringLiteral("/models"); }

Result<std::vector<SiteModelView>> siteModels(const QString& dataDir) {
    const learning::SiteModels found = learning::siteModelsIn(siteModelsDir(dataDir));
    std::vector<SiteModelView> out;
    for (const QString& problem : found.problems)
        out.push_back(SiteModelView{{}, {}, {}, {}, 0, problem});
    if (found.models.empty()) return out;
    if (Status s = extractorAvailable(); !s) return Error{s.error()};
    for (const learning::SiteModel& m : found.models) {
        SiteModelView v{
            m.name,     m.kind, m.replace ? QStringLiteral("replace") : QStringLiteral("extend"),
            m.identity, 0,      {}};
        auto n = checkedOutputs(module().api, m);
        if (n)
            v.outputs = n.value();
        else
            v.problem = n.error();
        out.push_back(std::move(v));
    }
    return out;
}

Status extractorAvailable() {
    const LoadedModule& m = module();
    if (!m.api) return Error{QObject::tr("descriptors cannot be computed: %1").arg(m.why)};
    return {};
}

Result<DescriptorRun> computeDescriptors(const QString& dataDir, const DescriptorOptions& options) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::DescriptorStore store(*cache.value());
    DescriptorRun run;
    int done = 0;
    // The site's models: one that cannot be used stops the run (descriptors computed without it
    // would all be computed again once it is fixed); a changed one has its kind recomputed.
    auto usable = usableSiteModels(dataDir);
    if (!usable) return Error{usable.error()};
    const learning::SiteModels& models = usable.value();
    for (const QString& kind : {learning::kChestFilm, learning::kChestCt}) {
        const learning::SiteModel* m = learning::modelFor(models, kind);
        auto marked = store.markOutdated(kind, learning::descriptorVersion(kind),
                                         m ? m->identity : QString());
        if (!marked) return Error{marked.error()};
        run.outdated += marked.value();
    }
    const learning::SiteModel* filmModel = learning::modelFor(models, learning::kChestFilm);
    const learning::SiteModel* ctModel = learning::modelFor(models, learning::kChestCt);
    auto counts = store.counts();
    if (!counts) return Error{counts.error()};
    const int waiting = counts->toCompute;
    if (waiting == 0) return run;
    if (Status s = extractorAvailable(); !s) return Error{s.error()};
    const learning::FeatureModuleApi* api = module().api;
    for (;;) {
        if (options.cancel && *options.cancel) break;
        const QString settled = options.settleSeconds > 0 ? QDateTime::currentDateTimeUtc()
                                                                .addSecs(-options.settleSeconds)
                                                                .toString(Qt::ISODate)
                                                          : QString();
        int batch = 8;
        if (options.limit >= 0) batch = std::min(batch, options.limit - done);
        if (batch <= 0) break;
        auto series = store.waiting(batch, settled);
        if (!series) return Error{series.error()};
        if (series->empty()) break;
        for (const db::SeriesToDescribe& s : series.value()) {
            if (options.cancel && *options.cancel) break;
            learning::SeriesToDescribe in;
            in.modality = s.modality, in.bodyPart = s.bodyPart, in.viewPosition = s.viewPosition;
            in.patientAgeYears = ageInYears(s.birthDate, s.studyDate);
            in.files = s.files;
            in.model = isFilmModality(s.modality) ? filmModel : ctModel;
            auto d = api->describe(in);
            Status stored;
            if (!d) {
                ++run.failed;
                run.reasons << s.seriesUid + QStringLiteral(": ") + d.error();
                stored = store.store(s, db::DescriptorState::Failed, {}, 0, {}, d.error(), 0);
            } else if (!d->applicable) {
                ++run.notApplicable;
                run.reasons << s.seriesUid + QStringLiteral(": ") + d->reason;
                stored = store.store(s, db::DescriptorState::NotApplicable, d->kind, d->version, {},
                                     d->reason, d->seconds);
            } else {
                ++run.computed;
                stored = store.store(s, db::DescriptorState::Computed, d->kind, d->version,
                                     learning::packValues(d->values), {}, d->seconds, d->model);
            }
            if (d) run.seconds += d->seconds;
            if (!stored) return Error{stored.error()};
            ++done;
            if (options.progress) options.progress(done, waiting);
        }
    }
    auto after = store.counts();
    if (!after) return Error{after.error()};
    run.stillWaiting = after->toCompute;
    return run;
}

Result<int> markAllDescriptors(const QString& dataDir) {
    // Not while a site model is broken: the marked descriptors would wait for it.
    if (auto usable = usableSiteModels(dataDir); !usable) return Error{usable.error()};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::DescriptorStore(*cache.value()).markAll();
}

Result<DescriptorCountsView> descriptorCounts(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto c = db::DescriptorStore(*cache.value()).counts();
    if (!c) return Error{c.error()};
    return DescriptorCountsView{c->toCompute, c->computed, c->notApplicable, c->failed};
}

bool backgroundDescriptorsEnabled(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return false;
    auto v = db::SiteSettings(*cache.value()).value(QStringLiteral("learning.descriptors"));
    return !v || v.value() != QLatin1String("off");
}

Status setBackgroundDescriptors(const QString& dataDir, bool on) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::SiteSettings(*cache.value())
        .set(QStringLiteral("learning.descriptors"),
             on ? QStringLiteral("on") : QStringLiteral("off"));
}

}  // namespace dicomnet::workflow
