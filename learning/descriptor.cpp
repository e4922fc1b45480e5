#include "learning/descriptor.h"

#include <QtEndian>

#include <cstring>

namespace dicomnet::learning {

namespace {

QStringList perRegion(const QStringList& regions, const QStringList& measures,
                      const QStringList& global) {
    QStringList names;
    for (const QString& r : regions)
        for (const QString& m : measures) names << r + QLatin1Char('.') + m;
    return names + global;
}

}  // namespace

int descriptorVersion(const QString& kind) {
    if (kind == kChestFilm) return kFilmDescriptorVersion;
    if (kind == kChestCt) return kCtDescriptorVersion;
    return 0;
}

const QStringList& regionNames(const QString& kind) {
    static const QStringList film = {"A", "B", "C", "D", "E", "F"};
    static const QStringList ct = {"right.upper", "right.middle", "right.lower",
                                   "left.upper",  "left.middle",  "left.lower"};
    static const QStringList none;
    return kind == kChestFilm ? film : kind == kChestCt ? ct : none;
}

const QStringList& componentNames(const QString& kind) {
    // Film, per zone: mean density, its 90th percentile, the share denser than 0.35 and than
    // 0.6 (0 = the clearest lung, 1 = the patient's soft tissue), local contrast, and the
    // co-occurrence energy, entropy, inertia and correlation. Then the fields as a whole.
    static const QStringList film =
        perRegion(regionNames(kChestFilm),
                  {"density", "density.p90", "dense.share", "consolidated.share", "contrast",
                   "energy", "entropy", "inertia", "correlation"},
                  {"lungs.height.mm", "lungs.area.right-to-left", "lungs.density",
                   "lungs.upper-minus-lower", "lungs.right-minus-left"});
    static const QStringList ct =
        perRegion(regionNames(kChestCt),
                  {"volume.share", "ground-glass", "consolidation", "mean.hu", "p90.hu"},
                  {"lungs.volume.l", "lungs.ground-glass", "lungs.consolidation"});
    static const QStringList none;
    return kind == kChestFilm ? film : kind == kChestCt ? ct : none;
}

int componentsPerRegion(const QString& kind) {
    if (kind == kChestFilm) return 9;
    if (kind == kChestCt) return 5;
    return 0;
}

QByteArray packValues(const std::vector<float>& values) {
    QByteArray bytes(int(values.size() * 4), Qt::Uninitialized);
    for (size_t i = 0; i < values.size(); ++i) {
        quint32 bits;
        std::memcpy(&bits, &values[i], 4);
        qToLittleEndian(bits, bytes.data() + i * 4);
    }
    return bytes;
}

std::vector<float> unpackValues(const QByteArray& bytes) {
    std::vector<float> values(size_t(bytes.size()) / 4);
    for (size_t i = 0; i < values.size(); ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(bytes.constData() + i * 4);
        std::memcpy(&values[i], &bits, 4);
    }
    return values;
}

}  // namespace dicomnet::learning
