#include "templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace dicomnet::consult {

namespace {

ScoreDefinition scoreOf(const QJsonObject& o) {
    ScoreDefinition s;
    s.key = o.value(QStringLiteral("key")).toString();
    s.code = o.value(QStringLiteral("code")).toString();
    s.meaning = o.value(QStringLiteral("meaning")).toString();
    s.min = o.value(QStringLiteral("min")).toInt();
    s.max = o.value(QStringLiteral("max")).toInt();
    s.inTotal = o.value(QStringLiteral("in_total")).toBool(true);
    return s;
}

}  // namespace

QStringList templateNames() {
    QStringList names;
    for (const QString& f : QDir(QStringLiteral(":/consult_templates"))
                                .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << f.chopped(5);
    return names;
}

Result<ConsultTemplate> loadTemplate(const QString& name) {
    QFile f(QStringLiteral(":/consult_templates/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("no template \"%1\"; the templates are: %2")
                         .arg(name, templateNames().join(QStringLiteral(", ")))};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    ConsultTemplate t;
    t.name = o.value(QStringLiteral("name")).toString();
    t.title = o.value(QStringLiteral("title")).toString();
    const QJsonObject applies = o.value(QStringLiteral("applies_to")).toObject();
    for (const QJsonValue& m : applies.value(QStringLiteral("modalities")).toArray())
        t.modalities << m.toString().trimmed().toUpper();
    for (const QJsonValue& b : applies.value(QStringLiteral("body_parts")).toArray())
        t.bodyParts << b.toString().trimmed().toUpper();
    for (const QJsonValue& s : o.value(QStringLiteral("scores")).toArray())
        t.scores.push_back(scoreOf(s.toObject()));
    if (o.contains(QStringLiteral("total")))
        t.total = scoreOf(o.value(QStringLiteral("total")).toObject());
    return t;
}

QString templateFor(const QString& modality, const QString& bodyPart) {
    const QString m = modality.trimmed().toUpper(), b = bodyPart.trimmed().toUpper();
    for (const QString& name : templateNames()) {
        auto t = loadTemplate(name);
        if (!t || t->modalities.isEmpty() || !t->modalities.contains(m)) continue;
        if (!t->bodyParts.isEmpty() && !t->bodyParts.contains(b)) continue;
        return name;
    }
    return QStringLiteral("free");
}

QString translatedTemplateText(const QString& english) {
    return QCoreApplication::translate("ConsultTemplate", english.toUtf8().constData());
}

QStringList translatableTemplateTexts() {
    // lupdate reads these; resources/consult_templates/*.json holds the same words.
    static const char* const texts[] = {
        QT_TRANSLATE_NOOP("ConsultTemplate", "Free text"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Chest X-ray in COVID-19 (Brixia score)"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Brixia zone A (right upper lung)"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Brixia zone B (right middle lung)"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Brixia zone C (right lower lung)"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Brixia zone D (left upper lung)"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Brixia zone E (left middle lung)"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Brixia zone F (left lower lung)"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Brixia score"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "Chest CT in COVID-19 (CO-RADS, CT severity score)"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "CO-RADS category"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "CT severity, right upper lobe"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "CT severity, right middle lobe"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "CT severity, right lower lobe"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "CT severity, left upper lobe"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "CT severity, left lower lobe"),
        QT_TRANSLATE_NOOP("ConsultTemplate", "CT severity score"),
    };
    QStringList out;
    for (const char* t : texts) out << QString::fromUtf8(t);
    return out;
}

QString templateOfScores(const std::vector<Score>& scores) {
    for (const QString& name : templateNames()) {
        auto t = loadTemplate(name);
        if (!t) continue;
        for (const Score& s : scores)
            for (const ScoreDefinition& d : t->scores)
                if (d.code == s.code) return name;
    }
    return QStringLiteral("free");
}

Status applyScores(const ConsultTemplate& t, const std::vector<std::pair<QString, QString>>& given,
                   Consultation& c) {
    c.title = t.title;
    int sum = 0, counted = 0, inTotal = 0;
    for (const ScoreDefinition& d : t.scores) {
        if (d.inTotal) ++inTotal;
        for (const auto& [key, text] : given) {
            if (key != d.key) continue;
            bool ok = false;
            const int v = text.trimmed().toInt(&ok);
            if (!ok || v < d.min || v > d.max)
                return Error{QObject::tr("%1 (%2) is a whole number from %3 to %4, not \"%5\"")
                                 .arg(d.key, d.meaning)
                                 .arg(d.min)
                                 .arg(d.max)
                                 .arg(text)};
            c.scores.push_back({d.code, d.meaning, v});
            if (d.inTotal) sum += v, ++counted;
        }
    }
    for (const auto& [key, text] : given) {
        bool known = false;
        for (const ScoreDefinition& d : t.scores) known = known || d.key == key;
        if (!known) {
            QStringList keys;
            for (const ScoreDefinition& d : t.scores) keys << d.key;
            return Error{QObject::tr("the template %1 has no score \"%2\"%3")
                             .arg(t.name, key,
                                  keys.isEmpty()
                                      ? QString()
                                      : QObject::tr("; it has %1").arg(keys.join(", ")))};
        }
    }
    // The total, once every score in it is given.
    if (t.total && counted > 0 && counted == inTotal)
        c.scores.push_back({t.total->code, t.total->meaning, sum});
    return {};
}

}  // namespace dicomnet::consult
