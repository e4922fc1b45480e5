#include "pdf_report.h"

#include "sr_document.h"
#include "sr_io.h"
#include "templates.h"

#include <dcmtk/dcmdata/dcdeftag.h>

#include <QFile>
#include <QObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace dicomnet::consult {

namespace {

QString attribute(DcmItem& ds, const DcmTagKey& tag) {
    OFString v;
    ds.findAndGetOFStringArray(tag, v);
    return detail::text(v).trimmed();
}

QString person(const QString& dicomName) {
    const QStringList parts = dicomName.split(QLatin1Char('^'));
    if (parts.size() < 2) return dicomName;
    return (parts.value(1) + QLatin1Char(' ') + parts.value(0)).trimmed();
}

QString date(const QString& da) {
    return da.size() == 8
               ? da.left(4) + QLatin1Char('-') + da.mid(4, 2) + QLatin1Char('-') + da.mid(6, 2)
               : da;
}

QString titleOf(const QString& templateName) {
    auto t = loadTemplate(templateName);
    return t ? t->title : templateName;
}

// "20261126110711" (DT) → "2026-11-26 11:07".
QString dateTime(const QString& dt) {
    if (dt.size() < 12) return date(dt);
    return date(dt.left(8)) + QLatin1Char(' ') + dt.mid(8, 2) + QLatin1Char(':') + dt.mid(10, 2);
}

QString paragraphs(const QString& text) {
    QString html;
    for (const QString& p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    return html;
}

}  // namespace

Status composeReport(const QString& srFile, const PrintOptions& options, QTextDocument& doc) {
    DcmFileFormat file;
    if (Status s = detail::loadFile(srFile, file); !s) return s;
    DcmDataset& ds = *file.getDataset();
    ds.convertToUTF8();
    auto summary = readSummary(srFile);
    if (!summary) return Error{summary.error()};
    auto c = readConsultation(srFile);
    if (!c) return Error{c.error()};

    const QString stateText = summary->state == QLatin1String("final")
                                  ? QObject::tr("Final (completed and verified)")
                                  : QObject::tr("DRAFT — not verified, not signed");
    QString html = QStringLiteral(
                       "<html><body style='font-family: sans-serif; font-size: 10pt'>"
                       "<h2 style='margin-bottom: 2pt'>%1</h2><p style='color: #555'>%2</p>")
                       .arg(QObject::tr("Radiology consultation").toHtmlEscaped(),
                            (titleOf(c->templateName) + QStringLiteral(" · ") + c->organisation)
                                .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='3' cellspacing='0' border='1' width='100%'>");
    auto row = [&](const QString& k1, const QString& v1, const QString& k2, const QString& v2) {
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                .arg(k1.toHtmlEscaped(), v1.toHtmlEscaped(), k2.toHtmlEscaped(),
                     v2.toHtmlEscaped());
    };
    row(QObject::tr("Patient"), person(attribute(ds, DCM_PatientName)), QObject::tr("Patient ID"),
        attribute(ds, DCM_PatientID));
    row(QObject::tr("Born"), date(attribute(ds, DCM_PatientBirthDate)), QObject::tr("Sex"),
        attribute(ds, DCM_PatientSex));
    row(QObject::tr("Study"), attribute(ds, DCM_StudyDescription), QObject::tr("Study date"),
        date(attribute(ds, DCM_StudyDate)));
    row(QObject::tr("Accession"), attribute(ds, DCM_AccessionNumber), QObject::tr("Written"),
        date(summary->date));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1:</b> %2<br><b>%3:</b> %4</p>")
                .arg(QObject::tr("State").toHtmlEscaped(), stateText.toHtmlEscaped(),
                     QObject::tr("Signature").toHtmlEscaped(),
                     (options.signature.isEmpty() ? QObject::tr("not signed") : options.signature)
                         .toHtmlEscaped());

    if (!c->findings.isEmpty() || !c->scores.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(QObject::tr("Findings").toHtmlEscaped());
        html += paragraphs(c->findings);
        if (!c->scores.empty()) {
            html += QStringLiteral("<table cellpadding='2' cellspacing='0' border='1'>");
            for (const Score& s : c->scores)
                html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
                            .arg(s.meaning.toHtmlEscaped())
                            .arg(s.value);
            html += QStringLiteral("</table>");
        }
    }
    if (!c->impression.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(QObject::tr("Impression").toHtmlEscaped()) +
                paragraphs(c->impression);
    if (!c->recommendation.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(QObject::tr("Recommendation").toHtmlEscaped()) +
                paragraphs(c->recommendation);
    if (!options.keyImages.empty()) {
        html += QStringLiteral("<h3>%1</h3><p>").arg(QObject::tr("Key images").toHtmlEscaped());
        for (size_t i = 0; i < options.keyImages.size(); ++i) {
            const QUrl url(QStringLiteral("keyimage://%1").arg(i));
            doc.addResource(QTextDocument::ImageResource, url, options.keyImages[i]);
            const int width = std::min(320, options.keyImages[i].width());
            html += QStringLiteral("<img src='%1' width='%2'> ").arg(url.toString()).arg(width);
        }
        html += QStringLiteral("</p>");
    }
    OFString verifier, organisation, when;
    DSRDocument sr;
    QString verified;
    if (detail::readDocument(ds, srFile, sr) && sr.getNumberOfVerifyingObservers() > 0 &&
        sr.getVerifyingObserver(1, when, verifier, organisation).good())
        verified = QObject::tr("Verified by %1 (%2) on %3")
                       .arg(person(detail::text(verifier)), detail::text(organisation),
                            dateTime(detail::text(when)));
    html += QStringLiteral("<hr><p style='color: #555'>%1: %2<br>%3<br>%4</p>")
                .arg(QObject::tr("Author").toHtmlEscaped(), person(c->author).toHtmlEscaped(),
                     verified.toHtmlEscaped(),
                     QObject::tr("Document %1").arg(summary->sopInstanceUid).toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    doc.setHtml(html);
    return {};
}

Status exportPdf(const QString& srFile, const PrintOptions& options, const QString& pdfFile) {
    QTextDocument doc;
    if (Status s = composeReport(srFile, options, doc); !s) return s;
    QFile out(pdfFile);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QObject::tr("cannot write %1: %2").arg(pdfFile, out.errorString())};
    {
        QPdfWriter pdf(&out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        pdf.setTitle(QObject::tr("Radiology consultation"));
        pdf.setCreator(QStringLiteral("dicomnet"));
        doc.print(&pdf);
    }
    if (!out.flush() || out.size() == 0 || out.error() != QFile::NoError)
        return Error{QObject::tr("cannot write %1: %2").arg(pdfFile, out.errorString())};
    return {};
}

}  // namespace dicomnet::consult
