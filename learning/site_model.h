// A site's own trained model, plugged in as an ONNX file: <data dir>/models/NAME.onnx with a
// sidecar NAME.json that says what it is for and how to feed it:
//
//   { "kind": "chest-xray",            chest-xray or chest-ct
//     "use": "extend",                 extend: its output is appended to the built-in vector
//                                      replace: similar cases and novelty use its output alone
//     "input": { "width": 224, "height": 224, "channels": 1,
//                "scale": 0.00392157, "mean": [0.5], "std": [0.25] },
//     "output": "",                    a layer's name; empty: the network's output
//     "description": "…" }
//
// The input is the image as a radiologist sees it, grey 0…255: a film averaged down to at most
// 512 pixels a side, between its 1st and 99th percentiles (brighter is denser, MONOCHROME1
// inverted); a CT slice in a lung window
// (−1350…+150 HU), three slices at 35, 50 and 65 % of the series, their outputs averaged. Each
// pixel becomes (grey · scale − mean) / std per channel; grey is repeated over 3 channels.
// The built-in descriptor is always computed too: the Brixia zones and CT regions the scores
// are suggested from come from it. Nothing is downloaded: a model is a file a site puts there.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::learning {

struct SiteModel {
    QString name;  // the file's base name
    QString file;  // the .onnx file
    QString kind;  // kChestFilm or kChestCt
    bool replace = false;
    int width = 224, height = 224, channels = 1;
    float scale = 1.f / 255.f;
    std::vector<float> mean, std;  // per channel; one value applies to all
    QString outputLayer;
    QString description;
    // name@ and the first 12 hex digits of the SHA-256 of the .onnx and .json files: stored
    // with each descriptor, so that a changed file has the descriptors computed again.
    QString identity;
};

// Limits on what a sidecar may ask for: a hostile or mistaken file must not make the program
// allocate gigabytes.
constexpr int kMaxModelInputSide = 1024;
constexpr qint64 kMaxModelFileBytes = qint64(512) << 20;

// The sidecar `jsonFile` and its .onnx beside it, checked (kind, sizes, channels, the file
// exists and is not too large).
Result<SiteModel> readSiteModel(const QString& jsonFile);

struct SiteModels {
    std::vector<SiteModel> models;  // at most one per kind
    QStringList problems;           // sidecars that do not parse, .onnx without a sidecar, …
};
// Every model in `dir` (usually <data dir>/models); a directory that does not exist holds none.
// Two models for one kind are a problem: neither is used.
SiteModels siteModelsIn(const QString& dir);
const SiteModel* modelFor(const SiteModels& models, const QString& kind);

}  // namespace dicomnet::learning
