// What the learning module knows of one image series: a vector of numbers that describe what is
// in the lungs, comparable between patients, films and machines. Two kinds:
//   chest-xray  a PA/AP chest film: per Brixia zone (A–C right upper→lower, D–F left), density
//               relative to the patient's own soft tissue, the share of dense pixels, texture
//               (local contrast, Haralick's co-occurrence measures), and the lung fields' shape;
//   chest-ct    a chest CT series: per lung third and side, the share of ground glass
//               (−700…−300 HU) and consolidation (−300…+100 HU), mean density, volume share.
// A series outside what the descriptor is built for (not a chest, a lateral view, a child,
// blank, no lungs in the field) gets none: `applicable` is false and `reason` says why.
// No ITK here: the extractor (learning/extractor, loaded on demand) computes descriptors.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::learning {

inline const QString kChestFilm = QStringLiteral("chest-xray");
inline const QString kChestCt = QStringLiteral("chest-ct");

// The version of each kind's vector: descriptors of an older version are recomputed.
constexpr int kFilmDescriptorVersion = 1;
constexpr int kCtDescriptorVersion = 1;
int descriptorVersion(const QString& kind);

struct Descriptor {
    QString kind;  // kChestFilm, kChestCt, or empty when the series is of neither kind
    bool applicable = false;
    QString reason;  // when not applicable
    std::vector<float> values;
    int version = 0;
    double seconds = 0;  // to compute it
    QString model;       // a site model's name whose output extends `values`, else empty
};

// The names of the components of a kind's built-in vector, in order ("A.density", …).
const QStringList& componentNames(const QString& kind);

// Zones (film: A–F) or regions (CT: right/left × upper/middle/lower) and the components that
// belong to each: what a per-zone score is suggested from.
const QStringList& regionNames(const QString& kind);
int componentsPerRegion(const QString& kind);

// The vector as stored in the index: little-endian IEEE float32, one after the other.
QByteArray packValues(const std::vector<float>& values);
std::vector<float> unpackValues(const QByteArray& bytes);

}  // namespace dicomnet::learning
