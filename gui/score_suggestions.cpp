#include "gui/score_suggestions.h"

#include "core/person_name.h"
#include "workflow/similar_cases.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent>

namespace dicomnet::gui {

ScoreSuggestions::ScoreSuggestions(QWidget* parent)
    : QGroupBox(tr("Suggested by the signed cases"), parent) {
    setObjectName(QStringLiteral("scoreSuggestions"));
    auto* layout = new QHBoxLayout(this);
    text_ = new QLabel(this);
    text_->setObjectName(QStringLiteral("suggestionText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    // Greyed: a suggestion, not a reading.
    QPalette grey = text_->palette();
    grey.setColor(QPalette::WindowText, palette().color(QPalette::Disabled, QPalette::WindowText));
    text_->setPalette(grey);
    layout->addWidget(text_, 1);
    accept_ = new QPushButton(tr("Use these scores"), this);
    accept_->setObjectName(QStringLiteral("acceptSuggestions"));
    accept_->setToolTip(
        tr("Copies the suggested scores into the form, to check and change "
           "before signing"));
    layout->addWidget(accept_, 0, Qt::AlignTop);
    connect(accept_, &QPushButton::clicked, this, [this] { emit accepted(offered_); });
    show(tr("No study."), false);
}

void ScoreSuggestions::show(const QString& text, bool canAccept) {
    html_ = text;
    text_->setText(text);
    accept_->setEnabled(canAccept);
}

void ScoreSuggestions::setTemplateCodes(const QStringList& codes) {
    codes_ = codes;
    refresh();
}

void ScoreSuggestions::refresh() {
    offered_.clear();
    for (const auto& [code, value] : all_)
        if (codes_.contains(code)) offered_[code] = value;
    if (!all_.empty()) accept_->setEnabled(!offered_.empty());
    setVisible(!codes_.isEmpty());
}

void ScoreSuggestions::setStudy(const QString& dataDir, const QString& studyUid) {
    const int generation = ++generation_;
    all_.clear();
    refresh();
    if (studyUid.isEmpty()) return show(tr("No study."), false);
    show(tr("Looking for similar signed cases…"), false);
    auto* watcher = new QFutureWatcher<Result<workflow::StudySuggestions>>(this);
    connect(watcher, &QFutureWatcher<Result<workflow::StudySuggestions>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != generation_) return;
                const auto result = watcher->result();
                if (!result) return show(result.error().toHtmlEscaped(), false);
                const learning::Suggestions& s = result->suggestions;
                QString html;
                if (!s.available) {
                    html = tr("No suggestion: %1").arg(s.why.toHtmlEscaped());
                } else {
                    QStringList parts;
                    for (const learning::ScoreSuggestion& sc : s.scores) {
                        all_[sc.code] = sc.value;
                        parts << tr("%1 <b>%2</b> <small>(%3 %)</small>")
                                     .arg(sc.code)
                                     .arg(sc.value)
                                     .arg(qRound(sc.confidence * 100));
                    }
                    html = tr("%1<br>From %n signed case(s), the nearest:", "", s.labelledCases)
                               .arg(parts.join(QStringLiteral(" · ")));
                    QStringList cases;
                    for (const workflow::SimilarCase& c : result->neighbours) {
                        QStringList scores;
                        for (const auto& [code, value] : c.signedScores)
                            if (code.endsWith(QLatin1String("-T")))
                                scores << QStringLiteral("%1 %2").arg(code).arg(value);
                        cases << QStringLiteral("%1 %2 (%3)")
                                     .arg(displayPersonName(c.patientName).toHtmlEscaped(),
                                          QDate::fromString(c.studyDate, QStringLiteral("yyyyMMdd"))
                                              .toString(Qt::ISODate),
                                          scores.join(QStringLiteral(", ")));
                    }
                    html += QStringLiteral("<br><small>") +
                            cases.mid(0, 3).join(QStringLiteral("; ")) + QStringLiteral("</small>");
                }
                if (result->novelty.known && result->novelty.novel)
                    html += QStringLiteral("<br><b>") +
                            tr("Unlike the stored cases (novel): look carefully.") +
                            QStringLiteral("</b>");
                show(html, false);
                refresh();
            });
    watcher->setFuture(QtConcurrent::run(
        [dataDir, studyUid] { return workflow::suggestionsFor(dataDir, studyUid); }));
}

}  // namespace dicomnet::gui
