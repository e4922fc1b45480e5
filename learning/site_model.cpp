#include "learning/site_model.h"

#include "learning/descriptor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <cmath>
#include <map>
#include <mutex>

namespace dicomnet::learning {

namespace {

constexpr qint64 kMaxSidecarBytes = 64 * 1024;

Result<std::vector<float>> perChannel(const QJsonValue& v, const QString& what, int channels) {
    std::vector<float> out;
    if (v.isUndefined() || v.isNull()) return out;
    const QJsonArray a = v.isArray() ? v.toArray() : QJsonArray{v};
    if (a.size() != 1 && a.size() != channels)
        return Error{QObject::tr("\"%1\" needs 1 or %2 numbers").arg(what).arg(channels)};
    for (const QJsonValue& x : a) {
        if (!x.isDouble() || !std::isfinite(x.toDouble()))
            return Error{QObject::tr("\"%1\" holds something that is not a number").arg(what)};
        out.push_back(float(x.toDouble()));
    }
    return out;
}

// The SHA-256 of a model is read again only when one of its files changed (path, size and
// modification time): every descriptor run and similar-case query asks for the site's models,
// and a model may be hundreds of megabytes.
Result<QByteArray> hashOf(const QStringList& files) {
    QString key;
    for (const QString& f : files) {
        const QFileInfo info(f);
        key += f + QLatin1Char('|') + QString::number(info.size()) + QLatin1Char('|') +
               QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char('\n');
    }
    static std::mutex mutex;
    static std::map<QString, QByteArray> known;
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (auto it = known.find(key); it != known.end()) return it->second;
    }
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (const QString& f : files) {
        QFile in(f);
        if (!in.open(QIODevice::ReadOnly))
            return Error{QObject::tr("%1: %2").arg(f, in.errorString())};
        if (!sha.addData(&in)) return Error{QObject::tr("%1: cannot be read").arg(f)};
    }
    const QByteArray hash = sha.result().toHex().left(12);
    std::lock_guard<std::mutex> lock(mutex);
    known[key] = hash;
    return hash;
}

}  // namespace

Result<SiteModel> readSiteModel(const QString& jsonFile) {
    const QFileInfo info(jsonFile);
    SiteModel m;
    m.name = info.completeBaseName();
    m.file = info.absolutePath() + QLatin1Char('/') + m.name + QStringLiteral(".onnx");
    const auto fail = [&](const QString& why) {
        return Error{QObject::tr("site model %1: %2").arg(info.fileName(), why)};
    };
    QFile in(jsonFile);
    if (!in.open(QIODevice::ReadOnly)) return fail(in.errorString());
    if (in.size() > kMaxSidecarBytes) return fail(QObject::tr("the description is too large"));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &perr);
    if (doc.isNull() || !doc.isObject())
        return fail(QObject::tr("not a JSON object (%1)").arg(perr.errorString()));
    const QJsonObject o = doc.object();
    m.kind = o.value(QStringLiteral("kind")).toString();
    if (m.kind != kChestFilm && m.kind != kChestCt)
        return fail(QObject::tr("\"kind\" must be %1 or %2").arg(kChestFilm, kChestCt));
    const QString use = o.value(QStringLiteral("use")).toString(QStringLiteral("extend"));
    if (use != QLatin1String("extend") && use != QLatin1String("replace"))
        return fail(QObject::tr("\"use\" must be extend or replace"));
    m.replace = use == QLatin1String("replace");
    const QJsonObject input = o.value(QStringLiteral("input")).toObject();
    m.width = input.value(QStringLiteral("width")).toInt(224);
    m.height = input.value(QStringLiteral("height")).toInt(224);
    m.channels = input.value(QStringLiteral("channels")).toInt(1);
    if (m.width < 1 || m.height < 1 || m.width > kMaxModelInputSide ||
        m.height > kMaxModelInputSide)
        return fail(QObject::tr("the input must be between 1 and %1 pixels a side")
                        .arg(kMaxModelInputSide));
    if (m.channels != 1 && m.channels != 3)
        return fail(QObject::tr("the input must have 1 or 3 channels"));
    const double scale = input.value(QStringLiteral("scale")).toDouble(1.0 / 255.0);
    if (!std::isfinite(scale) || scale == 0) return fail(QObject::tr("\"scale\" must not be 0"));
    m.scale = float(scale);
    auto mean = perChannel(input.value(QStringLiteral("mean")), QStringLiteral("mean"), m.channels);
    if (!mean) return fail(mean.error());
    auto stdev = perChannel(input.value(QStringLiteral("std")), QStringLiteral("std"), m.channels);
    if (!stdev) return fail(stdev.error());
    for (float s : stdev.value())
        if (s == 0) return fail(QObject::tr("\"std\" must not be 0"));
    m.mean = std::move(mean.value()), m.std = std::move(stdev.value());
    m.outputLayer = o.value(QStringLiteral("output")).toString();
    m.description = o.value(QStringLiteral("description")).toString();
    const QFileInfo onnx(m.file);
    if (!onnx.isFile()) return fail(QObject::tr("%1 is missing beside it").arg(onnx.fileName()));
    if (onnx.size() > kMaxModelFileBytes)
        return fail(QObject::tr("%1 is larger than %2 MB")
                        .arg(onnx.fileName())
                        .arg(kMaxModelFileBytes >> 20));
    auto hash = hashOf({m.file, jsonFile});
    if (!hash) return fail(hash.error());
    m.identity = m.name + QLatin1Char('@') + QString::fromLatin1(hash.value());
    return m;
}

SiteModels siteModelsIn(const QString& dir) {
    SiteModels out;
    const QDir d(dir);
    if (!d.exists()) return out;
    std::map<QString, std::vector<SiteModel>> byKind;
    for (const QFileInfo& f :
         d.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto m = readSiteModel(f.absoluteFilePath());
        if (!m) {
            out.problems << m.error();
            continue;
        }
        byKind[m->kind].push_back(std::move(m.value()));
    }
    for (const QFileInfo& f : d.entryInfoList({QStringLiteral("*.onnx")}, QDir::Files, QDir::Name))
        if (!d.exists(f.completeBaseName() + QStringLiteral(".json")))
            out.problems << QObject::tr("site model %1: no %2.json beside it says what it is for")
                                .arg(f.fileName(), f.completeBaseName());
    for (auto& [kind, models] : byKind) {
        if (models.size() == 1) {
            out.models.push_back(std::move(models.front()));
            continue;
        }
        QStringList names;
        for (const SiteModel& m : models) names << m.name;
        out.problems << QObject::tr("%1 site models for %2 (%3): keep one")
                            .arg(models.size())
                            .arg(kind, names.join(QStringLiteral(", ")));
    }
    return out;
}

const SiteModel* modelFor(const SiteModels& models, const QString& kind) {
    for (const SiteModel& m : models.models)
        if (m.kind == kind) return &m;
    return nullptr;
}

}  // namespace dicomnet::learning
