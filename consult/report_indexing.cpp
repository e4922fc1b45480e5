#include "report_indexing.h"

#include "sr_document.h"

#include "db/consultation_index.h"

#include <QRegularExpression>

namespace dicomnet::consult {

namespace {

// 'YYYYMMDD' + 'HHMMSS[.ffffff]' → 'YYYY-MM-DD HH:MM:SS' (SQLite's datetime form); '' when the
// date is not one.
QString documentTime(const QString& date, const QString& time) {
    static const QRegularExpression dateForm(QStringLiteral("^\\d{8}$"));
    if (!dateForm.match(date).hasMatch()) return {};
    QString t = time.left(6);
    if (t.size() < 6 || !t.at(0).isDigit()) t = QStringLiteral("000000");
    return QStringLiteral("%1-%2-%3 %4:%5:%6")
        .arg(date.left(4), date.mid(4, 2), date.mid(6, 2), t.left(2), t.mid(2, 2), t.mid(4, 2));
}

db::ReportEntry entryOf(qint64 instanceRef, const QString& file) {
    db::ReportEntry e;
    e.instanceRef = instanceRef;
    auto s = readSummary(file);
    if (!s) {
        e.readable = false;
        return e;
    }
    e.kind = s->kind;
    e.state = s->state;
    e.isSigned = s->hasSignature;
    e.author = s->author;
    e.documentTime = documentTime(s->date, s->time);
    e.answersUid = s->answers;
    if (s->kind == QLatin1String("request")) {
        e.urgency = s->urgency;
        e.requestedFrom = s->requestedFrom;
        e.covid = mentionsCovid(s->question);
        return e;
    }
    auto c = readConsultation(file);
    if (!c) return e;  // the summary read; its scores and text did not: counted, not COVID
    e.templateName = c->templateName;
    for (const Score& score : c->scores) e.scores.emplace_back(score.code, score.value);
    e.covid = covidTemplate(c->templateName) ||
              mentionsCovid(c->title + QLatin1Char('\n') + c->findings + QLatin1Char('\n') +
                            c->impression + QLatin1Char('\n') + c->recommendation);
    return e;
}

}  // namespace

bool covidTemplate(const QString& templateName) {
    return templateName == QLatin1String("chest-xray-covid") ||
           templateName == QLatin1String("chest-ct-covid");
}

bool mentionsCovid(const QString& text) {
    static const QRegularExpression names(
        QStringLiteral("covid|sars[- ]?cov[- ]?2|corona ?vir|коронавирус|ковид|\\bU07\\.[12]\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return names.match(text).hasMatch();
}

Status indexReports(db::Cache& cache) {
    db::ConsultationIndex index(cache);
    for (;;) {
        auto unread = index.unread(256);
        if (!unread) return Error{unread.error()};
        if (unread->empty()) return {};
        std::vector<db::ReportEntry> entries;
        for (const db::UnreadReport& r : unread.value())
            entries.push_back(entryOf(r.instanceRef, r.filePath));
        if (Status s = index.record(entries); !s) return Error{s.error()};
    }
}

}  // namespace dicomnet::consult
