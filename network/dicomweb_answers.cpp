#include "dicomweb_answers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace dicomnet::network::dicomweb {

namespace {

// The values of `tag` (e.g. "00080018") in a DICOM JSON object (PS3.18 F.2).
QJsonArray valuesOf(const QJsonObject& o, const QString& tag) {
    return o.value(tag).toObject().value(QStringLiteral("Value")).toArray();
}

QString firstValue(const QJsonObject& o, const char* tag) {
    const QJsonArray values = valuesOf(o, QLatin1String(tag));
    return values.isEmpty() ? QString() : values.first().toString();
}

QJsonArray topArray(const QByteArray& json) { return QJsonDocument::fromJson(json).array(); }

}  // namespace

Result<std::vector<QByteArray>> multipartParts(const QByteArray& contentType,
                                               const QByteArray& body) {
    QByteArray boundary;
    for (const QByteArray& param : contentType.split(';')) {
        const QByteArray p = param.trimmed();
        if (p.startsWith("boundary=")) boundary = p.mid(9);
    }
    if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    // RFC 2046: 1 to 70 characters.
    if (boundary.isEmpty() || boundary.size() > 70)
        return Error{QObject::tr("the answer is not multipart (no boundary)")};
    const QByteArray delimiter = "--" + boundary;
    std::vector<QByteArray> parts;
    qsizetype at = body.indexOf(delimiter);
    while (at >= 0) {
        const qsizetype start = at + delimiter.size();
        if (body.mid(start, 2) == "--") break;  // the closing delimiter
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", start);
        if (headersEnd < 0) break;
        const qsizetype next = body.indexOf("\r\n" + delimiter, headersEnd + 4);
        if (next < 0) break;
        parts.push_back(body.mid(headersEnd + 4, next - headersEnd - 4));
        at = next + 2;
    }
    return parts;
}

std::vector<Match> queryMatches(const QByteArray& json,
                                const std::vector<std::pair<QString, QString>>& tags) {
    std::vector<Match> matches;
    for (const QJsonValue& v : topArray(json)) {
        const QJsonObject o = v.toObject();
        Match m;
        for (const auto& [keyword, hex] : tags) {
            QStringList values;
            for (const QJsonValue& x : valuesOf(o, hex)) {
                if (x.isObject())  // a person name
                    values << x.toObject().value(QStringLiteral("Alphabetic")).toString();
                else
                    values << x.toVariant().toString();
            }
            m.emplace_back(keyword, values.join(QLatin1Char('\\')));
        }
        matches.push_back(std::move(m));
    }
    return matches;
}

std::vector<std::pair<QString, QString>> seriesAndInstances(const QByteArray& json) {
    std::vector<std::pair<QString, QString>> out;
    for (const QJsonValue& v : topArray(json))
        out.emplace_back(firstValue(v.toObject(), "0020000E"),
                         firstValue(v.toObject(), "00080018"));
    return out;
}

std::vector<std::pair<QString, int>> studyInstanceCounts(const QByteArray& json) {
    std::vector<std::pair<QString, int>> out;
    for (const QJsonValue& v : topArray(json)) {
        const QJsonArray count = valuesOf(v.toObject(), QStringLiteral("00201208"));
        out.emplace_back(firstValue(v.toObject(), "0020000D"),
                         count.isEmpty() ? -1 : count.first().toVariant().toInt());
    }
    return out;
}

StoreAnswer storeAnswer(const QByteArray& json) {
    const QJsonObject answer = QJsonDocument::fromJson(json).object();
    StoreAnswer out;
    for (const QJsonValue& v : valuesOf(answer, QStringLiteral("00081199")))
        out.stored.insert(firstValue(v.toObject(), "00081155"));
    for (const QJsonValue& v : valuesOf(answer, QStringLiteral("00081198"))) {
        const QJsonArray reason = valuesOf(v.toObject(), QStringLiteral("00081197"));
        out.refused.insert(
            firstValue(v.toObject(), "00081155"),
            QObject::tr("refused (reason %1)").arg(reason.isEmpty() ? 0 : reason.first().toInt()));
    }
    return out;
}

}  // namespace dicomnet::network::dicomweb
