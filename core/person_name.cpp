#include "person_name.h"

#include <QStringList>

namespace dicomnet {

QString displayPersonName(const QString& pn) {
    const QStringList groups = pn.split(QLatin1Char('='));
    QString group;
    for (const QString& g : groups) {
        if (!g.trimmed().isEmpty()) {
            group = g;
            break;
        }
    }
    QStringList parts;
    for (const QString& c : group.split(QLatin1Char('^')))
        if (!c.trimmed().isEmpty()) parts.append(c.trimmed());
    return parts.join(QStringLiteral(", "));
}

QString searchKey(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) continue;
        if (c == QLatin1Char('^') || c == QLatin1Char('=') || c.isSpace() ||
            c == QLatin1Char(',')) {
            if (!space) out.append(QLatin1Char(' '));
            space = true;
            continue;
        }
        out.append(c);
        space = false;
    }
    return out.trimmed().toCaseFolded();
}

}  // namespace dicomnet
