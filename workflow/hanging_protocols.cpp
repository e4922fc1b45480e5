#include "workflow/hanging_protocols.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace dicomnet::workflow {

namespace {

QStringList upperList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& e : v.toArray()) out << e.toString().trimmed().toUpper();
    return out;
}

}  // namespace

QString HangingProtocol::problem() const {
    if (name.trimmed().isEmpty()) return QObject::tr("a protocol has no name");
    if (rows < 1 || rows > 4 || columns < 1 || columns > 4)
        return QObject::tr("protocol \"%1\": layout must be ROWSxCOLUMNS, 1 to 4 each").arg(name);
    if (mpr && (columns != 3 || rows != priors + 1))
        return QObject::tr("protocol \"%1\": three planes a study need a layout of %2x3")
            .arg(name)
            .arg(priors + 1);
    if (priors < 1 || priors + 1 > rows * columns)
        return QObject::tr("protocol \"%1\": %2 priors do not fit a %3×%4 layout")
            .arg(name)
            .arg(priors)
            .arg(rows)
            .arg(columns);
    return {};
}

bool HangingProtocol::operator==(const HangingProtocol& o) const {
    return name == o.name && modalities == o.modalities && bodyParts == o.bodyParts &&
           priors == o.priors && rows == o.rows && columns == o.columns && align == o.align &&
           mpr == o.mpr;
}

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
        if (const QString problem = p.problem(); !problem.isEmpty()) return Error{problem};
        out.push_back(p);
    }
    return out;
}

QByteArray hangingProtocolsJson(const std::vector<HangingProtocol>& protocols) {
    QJsonArray list;
    for (const HangingProtocol& p : protocols) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), p.name);
        o.insert(QStringLiteral("modalities"), QJsonArray::fromStringList(p.modalities));
        o.insert(QStringLiteral("body_parts"), QJsonArray::fromStringList(p.bodyParts));
        o.insert(QStringLiteral("priors"), p.priors);
        o.insert(QStringLiteral("layout"), QStringLiteral("%1x%2").arg(p.rows).arg(p.columns));
        o.insert(QStringLiteral("align"), p.align);
        if (p.mpr) o.insert(QStringLiteral("mpr"), true);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("_comment"),
                QStringLiteral("Written by dicomnet's hanging-protocol editor; tried before the "
                               "built-in protocols, first match decides."));
    root.insert(QStringLiteral("protocols"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<std::vector<HangingProtocol>> userHangingProtocols(const QString& dataDir) {
    QFile user(dataDir + QStringLiteral("/hanging_protocols.json"));
    if (!user.exists()) return std::vector<HangingProtocol>{};
    if (!user.open(QIODevice::ReadOnly))
        return Error{QObject::tr("%1 cannot be read").arg(user.fileName())};
    auto mine = parseHangingProtocols(user.readAll());
    if (!mine) return Error{QObject::tr("%1: %2").arg(user.fileName(), mine.error())};
    return mine;
}

QStringList builtInProtocolNames() {
    // lupdate reads these; resources/hanging_protocols.json holds the same names.
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("HangingProtocol", "Chest X-ray: current and previous"),
        QT_TRANSLATE_NOOP("HangingProtocol", "Chest X-ray: current and two previous"),
        QT_TRANSLATE_NOOP("HangingProtocol", "X-ray: current and previous"),
        QT_TRANSLATE_NOOP("HangingProtocol", "CT or MR: current and previous"),
        QT_TRANSLATE_NOOP("HangingProtocol", "CT or MR: current and previous, three planes each"),
        QT_TRANSLATE_NOOP("HangingProtocol", "Current and previous")};
    QStringList out;
    for (const char* n : names) out << QString::fromUtf8(n);
    return out;
}

std::vector<HangingProtocol> builtInHangingProtocols(bool translated) {
    QFile builtIn(QStringLiteral(":/protocols/hanging_protocols.json"));
    if (!builtIn.open(QIODevice::ReadOnly)) return {};
    auto ours = parseHangingProtocols(builtIn.readAll());
    if (!ours) return {};
    if (translated)  // in the user's language
        for (HangingProtocol& p : ours.value())
            p.name = QCoreApplication::translate("HangingProtocol", p.name.toUtf8().constData());
    return ours.value();
}

QString problemWith(const std::vector<HangingProtocol>& protocols) {
    QStringList names;
    for (const HangingProtocol& p : protocols) {
        if (const QString problem = p.problem(); !problem.isEmpty()) return problem;
        if (names.contains(p.name.trimmed(), Qt::CaseInsensitive))
            return QObject::tr("two protocols are named \"%1\"").arg(p.name);
        names << p.name.trimmed();
    }
    return {};
}

Status saveUserHangingProtocols(const QString& dataDir,
                                const std::vector<HangingProtocol>& protocols) {
    if (const QString problem = problemWith(protocols); !problem.isEmpty()) return Error{problem};
    QSaveFile file(dataDir + QStringLiteral("/hanging_protocols.json"));
    if (!file.open(QIODevice::WriteOnly))
        return Error{QObject::tr("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    file.write(hangingProtocolsJson(protocols));
    if (!file.commit())
        return Error{QObject::tr("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    return {};
}

std::vector<HangingProtocol> hangingProtocols(const QString& dataDir, QString* warning) {
    std::vector<HangingProtocol> all;
    if (auto mine = userHangingProtocols(dataDir))
        all = std::move(mine.value());
    else if (warning)
        *warning = mine.error();
    const std::vector<HangingProtocol> ours = builtInHangingProtocols();
    all.insert(all.end(), ours.begin(), ours.end());
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
