// The extractor library's entry: a series' files → its descriptor, by modality.
#include "learning/feature_module.h"

#include "learning/extractor/ct_descriptor.h"
#include "learning/extractor/film_descriptor.h"
#include "learning/extractor/onnx_model.h"
#include "viewer/pixels/slice_file.h"

#include <QElapsedTimer>
#include <QObject>

namespace dicomnet::learning {

namespace {

Result<Descriptor> describe(const SeriesToDescribe& series) {
    QElapsedTimer clock;
    clock.start();
    const QString modality = series.modality.trimmed().toUpper();
    Descriptor d;
    if (series.files.isEmpty()) return Error{QObject::tr("the series has no images")};
    if (modality == QLatin1String("CR") || modality == QLatin1String("DX") ||
        modality == QLatin1String("DR")) {
        // A film series holds one film (a second is a repeat or another view): the first.
        auto film = viewer::loadSlice(series.files.front());
        if (!film) return Error{film.error()};
        d = describeFilm(film.value(), series);
        if (d.applicable && series.model && series.model->kind == d.kind) {
            auto extra = modelOfFilm(*series.model, film.value());
            if (!extra) return Error{extra.error()};
            d.values.insert(d.values.end(), extra->begin(), extra->end());
            d.model = series.model->identity;
        }
    } else if (modality == QLatin1String("CT")) {
        std::vector<std::shared_ptr<const viewer::DisplaySlice>> slices;
        slices.reserve(size_t(series.files.size()));
        int unreadable = 0;
        QString why;
        for (const QString& file : series.files) {
            auto s = viewer::loadSlice(file);
            if (!s) {
                ++unreadable, why = s.error();
                continue;  // one damaged slice does not stop the rest
            }
            slices.push_back(std::make_shared<const viewer::DisplaySlice>(std::move(s.value())));
        }
        if (slices.empty()) return Error{why};
        auto kept = slices;  // the site model reads three of them
        d = describeCt(std::move(slices), series);
        if (d.applicable && series.model && series.model->kind == d.kind) {
            auto extra = modelOfCt(*series.model, std::move(kept));
            if (!extra) return Error{extra.error()};
            d.values.insert(d.values.end(), extra->begin(), extra->end());
            d.model = series.model->identity;
        }
    } else {
        d.reason = QObject::tr("no descriptor for modality %1").arg(series.modality);
    }
    d.seconds = double(clock.nsecsElapsed()) / 1e9;
    return d;
}

}  // namespace

}  // namespace dicomnet::learning

extern "C" __attribute__((visibility("default"))) const dicomnet::learning::FeatureModuleApi*
dicomnet_features_api() {
    static const dicomnet::learning::FeatureModuleApi api{dicomnet::learning::kFeatureModuleAbi,
                                                          &dicomnet::learning::describe,
                                                          &dicomnet::learning::checkSiteModel};
    return &api;
}
