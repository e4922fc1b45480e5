#include "workflow/hanging_protocols.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

namespace dicomnet::workflow {

namespace {

QStringList upperList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& e : v.toArray()) out << e.toString().trimmed().toUpper();
    return out;
}

}  // namespace

bool HangingProtocol::matches(const QString& modality, const QString& bodyPart) const {
    const QString m = modality.trimmed().toUpper(), b = bodyPart.trimmed().toUpper();
    if (!modalities.isEmpty() && !modalities.contains(m)) return false;
    return bodyParts.isEmpty() || b.isEmpty() || bodyParts.contains(b);
}

Result<std::vector<HangingProtocol>> parseHangingProtocols(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QObject::tr("not valid JSON at character %1: %2")
                         .arg(error.offset)
                         .arg(error.errorString())};
    const QJsonValue list = doc.object().value(QStringLiteral("protocols"));
    if (!list.isArray()) return Error{QObject::tr("no \"protocols\" list")};
    static const QRegularExpression layout(QStringLiteral("^([1-4])x([1-4])$"));
    std::vector<HangingProtocol> out;
    int n = 0;
    for (const QJsonValue& v : list.toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        HangingProtocol p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.modalities = upperList(o.value(QStringLiteral("modalities")));
        p.bodyParts = upperList(o.value(QStringLiteral("body_parts")));
        p.priors = o.value(QStringLiteral("priors")).toInt(1);
        p.align = o.value(QStringLiteral("align")).toBool(false);
        p.mpr = o.value(QStringLiteral("mpr")).toBool(false);
        const auto m = layout.match(o.value(QStringLiteral("layout")).toString());
        if (p.name.isEmpty()) return Error{QObject::tr("protocol %1 has no name").arg(n)};
        if (!m.hasMatch())
            return Error{QObject::tr("protocol \"%1\": layout must be ROWSxCOLUMNS, 1 to 4 each")
                             .arg(p.name)};
        p.rows = m.captured(1).toInt();
        p.columns = m.captured(2).toInt();
        if (p.mpr && (p.columns != 3 || p.rows != p.priors + 1))
            return Error{QObject::tr("protocol \"%1\": three planes a study need a layout of "
                                     "%2x3")
                             .arg(p.name)
                             .arg(p.priors + 1)};
        if (p.priors < 1 || p.priors + 1 > p.rows * p.columns)
            return Error{QObject::tr("protocol \"%1\": %2 priors do not fit a %3×%4 layout")
                             .arg(p.name)
                             .arg(p.priors)
                             .arg(p.rows)
                             .arg(p.columns)};
        out.push_back(p);
    }
    return out;
}

std::vector<HangingProtocol> hangingProtocols(const QString& dataDir, QString* warning) {
    std::vector<HangingProtocol> all;
    QFile user(dataDir + QStringLiteral("/hanging_protocols.json"));
    if (user.exists()) {
        if (!user.open(QIODevice::ReadOnly)) {
            if (warning) *warning = QObject::tr("%1 cannot be read").arg(user.fileName());
        } else if (auto mine = parseHangingProtocols(user.readAll())) {
            all = std::move(mine.value());
        } else if (warning) {
            *warning = QObject::tr("%1: %2").arg(user.fileName(), mine.error());
        }
    }
    QFile builtIn(QStringLiteral(":/protocols/hanging_protocols.json"));
    if (builtIn.open(QIODevice::ReadOnly))
        if (auto ours = parseHangingProtocols(builtIn.readAll()))
            all.insert(all.end(), ours->begin(), ours->end());
    return all;
}

std::vector<HangingProtocol> matchingProtocols(const std::vector<HangingProtocol>& all,
                                               const QString& modality, const QString& bodyPart) {
    std::vector<HangingProtocol> out;
    for (const HangingProtocol& p : all)
        if (p.matches(modality, bodyPart)) out.push_back(p);
    return out;
}

}  // namespace dicomnet::workflow
