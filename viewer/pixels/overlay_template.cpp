#include "viewer/pixels/overlay_template.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace dicomnet::viewer {

namespace {

const char* const kCornerKeys[4] = {"top_left", "top_right", "bottom_left", "bottom_right"};

// The built-in file: identification where readers look for it (top left), the study at top
// right, where in the stack at bottom left, the display at bottom right.
constexpr char kBuiltIn[] = R"({"overlays": [
 {"modalities": ["CR", "DX", "DR", "RG", "MG"],
  "top_left": ["title", "patient", "patient_id", "sex_age"],
  "top_right": ["study_date", "study_description", "modality"],
  "bottom_left": ["series", "image", "frame"],
  "bottom_right": ["window", "zoom", "spacing_note"],
  "keep_first": ["title", "patient", "sex_age", "study_date", "window", "patient_id", "image",
                 "spacing_note", "modality", "study_description", "series", "frame", "zoom"]},
 {"modalities": ["CT", "MR", "PT", "NM"],
  "top_left": ["title", "patient", "patient_id", "sex_age"],
  "top_right": ["study_date", "study_description", "modality"],
  "bottom_left": ["series", "image", "location", "frame"],
  "bottom_right": ["window", "zoom"],
  "keep_first": ["title", "patient", "sex_age", "study_date", "image", "window", "patient_id",
                 "location", "modality", "study_description", "series", "frame", "zoom"]},
 {"top_left": ["title", "patient", "patient_id", "sex_age"],
  "top_right": ["study_date", "study_description", "modality"],
  "bottom_left": ["series", "image", "frame"],
  "bottom_right": ["window", "zoom", "spacing_note"],
  "keep_first": ["title", "patient", "sex_age", "study_date", "image", "window", "patient_id",
                 "modality", "study_description", "series", "frame", "zoom", "spacing_note"]}
]})";

QStringList stringList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& e : v.toArray()) out << e.toString().trimmed();
    return out;
}

}  // namespace

const QStringList& overlayFields() {
    static const QStringList fields{QStringLiteral("title"),
                                    QStringLiteral("patient"),
                                    QStringLiteral("patient_id"),
                                    QStringLiteral("sex_age"),
                                    QStringLiteral("birth_date"),
                                    QStringLiteral("study_date"),
                                    QStringLiteral("study_description"),
                                    QStringLiteral("series"),
                                    QStringLiteral("modality"),
                                    QStringLiteral("image"),
                                    QStringLiteral("frame"),
                                    QStringLiteral("location"),
                                    QStringLiteral("window"),
                                    QStringLiteral("zoom"),
                                    QStringLiteral("spacing_note")};
    return fields;
}

Result<std::vector<OverlayTemplate>> parseOverlayTemplates(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QObject::tr("not valid JSON at character %1: %2")
                         .arg(error.offset)
                         .arg(error.errorString())};
    const QJsonValue list = doc.object().value(QStringLiteral("overlays"));
    if (!list.isArray() || list.toArray().isEmpty())
        return Error{QObject::tr("no \"overlays\" list")};
    std::vector<OverlayTemplate> out;
    int n = 0;
    for (const QJsonValue& v : list.toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        OverlayTemplate t;
        for (const QString& m : stringList(o.value(QStringLiteral("modalities"))))
            t.modalities << m.toUpper();
        QStringList named;
        for (int c = 0; c < 4; ++c) {
            t.corners[size_t(c)] = stringList(o.value(QLatin1String(kCornerKeys[c])));
            named += t.corners[size_t(c)];
        }
        t.keepFirst = stringList(o.value(QStringLiteral("keep_first")));
        named += t.keepFirst;
        for (const QString& f : named)
            if (!overlayFields().contains(f))
                return Error{QObject::tr("overlay %1: unknown field \"%2\" (known: %3)")
                                 .arg(n)
                                 .arg(f, overlayFields().join(QStringLiteral(", ")))};
        out.push_back(t);
    }
    return out;
}

const std::vector<OverlayTemplate>& builtInOverlayTemplates() {
    static const std::vector<OverlayTemplate> templates = [] {
        auto parsed = parseOverlayTemplates(QByteArray(kBuiltIn));
        return parsed ? parsed.value() : std::vector<OverlayTemplate>{};
    }();
    return templates;
}

namespace {
std::vector<OverlayTemplate>& siteTemplates() {
    static std::vector<OverlayTemplate> templates = builtInOverlayTemplates();
    return templates;
}
}  // namespace

const std::vector<OverlayTemplate>& siteOverlayTemplates() { return siteTemplates(); }

void setSiteOverlayTemplates(std::vector<OverlayTemplate> templates) {
    if (!templates.empty()) siteTemplates() = std::move(templates);
}

const OverlayTemplate& overlayTemplateFor(const std::vector<OverlayTemplate>& templates,
                                          const QString& modality) {
    const QString m = modality.trimmed().toUpper();
    for (const OverlayTemplate& t : templates)
        if (t.modalities.isEmpty() || t.modalities.contains(m)) return t;
    static const OverlayTemplate fallback = builtInOverlayTemplates().back();
    return templates.empty() ? fallback : templates.back();
}

OverlayText fillOverlay(const OverlayTemplate& t, const QHash<QString, QString>& values) {
    OverlayText out;
    const auto rank = [&](const QString& field) {
        const int i = int(t.keepFirst.indexOf(field));
        return i >= 0 ? i : int(t.keepFirst.size()) + int(overlayFields().indexOf(field));
    };
    for (size_t c = 0; c < 4; ++c)
        for (const QString& field : t.corners[c]) {
            const QString value = values.value(field);
            if (!value.trimmed().isEmpty())
                out.corners[c].push_back(
                    {value, rank(field), values.value(field + QStringLiteral(".short"))});
        }
    return out;
}

QString overlayDate(const QString& d) {
    return d.size() == 8 ? QStringLiteral("%1-%2-%3").arg(d.left(4), d.mid(4, 2), d.right(2)) : d;
}

QString sexAndAge(const QString& sex, const QString& birthDate, const QString& onDate) {
    const QString s = sex.trimmed().toUpper();
    const QString sexText = s == QLatin1String("M")   ? QObject::tr("M", "sex")
                            : s == QLatin1String("F") ? QObject::tr("F", "sex")
                            : s == QLatin1String("O") ? QObject::tr("O", "sex")
                                                      : QString();
    const QDate born = QDate::fromString(birthDate.left(8), QStringLiteral("yyyyMMdd"));
    const QDate on = QDate::fromString(onDate.left(8), QStringLiteral("yyyyMMdd"));
    QString age;
    if (born.isValid() && on.isValid() && born <= on) {
        int years = on.year() - born.year();
        if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
            --years;
        int months = (on.year() - born.year()) * 12 + on.month() - born.month();
        if (on.day() < born.day()) --months;
        if (years >= 2)
            age = QObject::tr("%n y", "age in years", years);
        else if (months >= 1)
            age = QObject::tr("%n mo", "age in months", months);
        else
            age = QObject::tr("%n d", "age in days", int(born.daysTo(on)));
    }
    if (sexText.isEmpty()) return age;
    return age.isEmpty() ? sexText : QObject::tr("%1, %2", "sex, age").arg(sexText, age);
}

}  // namespace dicomnet::viewer
