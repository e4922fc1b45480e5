// Consultation templates, from readable files (resources/consult_templates/*.json): the free
// text sections every template has, and the scores some add (Brixia for chest X-rays, CO-RADS
// and the CT severity score for chest CT), each a coded numeric item with its range, and a
// total that is their sum.
#pragma once

#include "consultation.h"
#include "core/result.h"

#include <QStringList>

#include <optional>

#include <vector>

namespace dicomnet::consult {

struct ScoreDefinition {
    QString key;            // e.g. "brixia.A", what --field names
    QString code, meaning;  // in the scheme 99DICOMNET
    int min = 0, max = 0;
    bool inTotal = true;
};

struct ConsultTemplate {
    QString name, title;
    // The studies it opens for ("applies_to"): none for the free text template.
    QStringList modalities, bodyParts;
    std::vector<ScoreDefinition> scores;
    std::optional<ScoreDefinition> total;
};

QStringList templateNames();
Result<ConsultTemplate> loadTemplate(const QString& name);

// The template a study of `modality` and `bodyPart` opens with: the first (by name) whose
// "applies_to" names both, else "free".
QString templateFor(const QString& modality, const QString& bodyPart);

// A template's title or a score's meaning in the user's language (the files are English, and
// so are the code meanings in the SR documents).
QString translatedTemplateText(const QString& english);
// Every title and meaning of the built-in templates, as translations know them (for a test
// that the two lists agree).
QStringList translatableTemplateTexts();

// The template whose scores these are ("free" when none).
QString templateOfScores(const std::vector<Score>& scores);

// Fills c.scores from "key" → value text, checking ranges, and adds the total when every
// score that counts in it is given. Fails naming the key and its range.
Status applyScores(const ConsultTemplate& t, const std::vector<std::pair<QString, QString>>& given,
                   Consultation& c);

}  // namespace dicomnet::consult
