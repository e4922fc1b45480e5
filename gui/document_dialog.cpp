#include "gui/document_dialog.h"

#include "workflow/consult_actions.h"
#include "workflow/site.h"

#include "consult/encapsulated_document.h"
#include "consult/signing.h"
#include "consult/sr_document.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dicomnet::gui {

namespace {

struct Shown {
    QString error, text, signature, pdfPath;
    consult::SignatureState state = consult::SignatureState::Unsigned;
};

Shown readDocument(const QString& dataDir, const QString& uidOrFile) {
    Shown shown;
    auto file = workflow::documentFileIn(dataDir, uidOrFile);
    if (!file) {
        shown.error = file.error();
        return shown;
    }
    if (consult::isEncapsulatedPdf(file.value())) {
        auto doc = consult::readEncapsulated(file.value());
        if (!doc) {
            shown.error = doc.error();
            return shown;
        }
        shown.text = QObject::tr("Encapsulated PDF \"%1\" (%2 bytes)\nPatient: %3 (%4)\nDate: %5")
                         .arg(doc->title)
                         .arg(doc->bytes.size())
                         .arg(doc->patientName, doc->patientId, doc->contentDate);
        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::TempLocation) + "/dicomnet-pdf";
        QDir().mkpath(folder);
        shown.pdfPath = folder + QLatin1Char('/') + QFileInfo(file.value()).baseName() + ".pdf";
        QFile out(shown.pdfPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(doc->bytes) != doc->bytes.size())
            shown.pdfPath.clear();
        return shown;
    }
    auto tree = consult::renderTree(file.value());
    if (!tree) {
        shown.error = tree.error();
        return shown;
    }
    shown.text = tree.value();
    auto check = consult::verifySignatures(file.value(), workflow::siteCaCertificate(dataDir));
    if (check && check->state != consult::SignatureState::Unsigned) {
        shown.state = check->state;
        shown.signature = consult::describe(check.value());
    }
    return shown;
}

}  // namespace

DocumentDialog::DocumentDialog(const QString& dataDir, const QString& uidOrFile, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Document"));
    resize(820, 640);
    auto* layout = new QVBoxLayout(this);
    signature_ = new QLabel(tr("Reading…"), this);
    signature_->setObjectName(QStringLiteral("signatureState"));
    signature_->setWordWrap(true);
    layout->addWidget(signature_);
    text_ = new QPlainTextEdit(this);
    text_->setReadOnly(true);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(text_, 1);
    openPdf_ = new QPushButton(tr("Open the PDF"), this);
    openPdf_->hide();
    layout->addWidget(openPdf_, 0, Qt::AlignLeft);
    connect(openPdf_, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(pdfPath_)); });

    auto* watcher = new QFutureWatcher<Shown>(this);
    connect(watcher, &QFutureWatcher<Shown>::finished, this, [this, watcher] {
        const Shown s = watcher->result();
        watcher->deleteLater();
        if (!s.error.isEmpty()) {
            signature_->setText(s.error);
        } else {
            text_->setPlainText(s.text);
            QString colour = QStringLiteral("palette(text)");
            if (s.state == consult::SignatureState::Valid) colour = QStringLiteral("#1a7f37");
            if (s.state == consult::SignatureState::Invalid) colour = QStringLiteral("#c62828");
            if (s.state == consult::SignatureState::Untrusted) colour = QStringLiteral("#b26a00");
            signature_->setStyleSheet(
                QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
            signature_->setText(s.signature.isEmpty() ? tr("Not signed") : s.signature);
            pdfPath_ = s.pdfPath;
            openPdf_->setVisible(!pdfPath_.isEmpty());
            if (!pdfPath_.isEmpty()) signature_->setText(tr("A PDF document"));
        }
        emit loaded();
    });
    watcher->setFuture(QtConcurrent::run(readDocument, dataDir, uidOrFile));
}

QString DocumentDialog::signatureText() const { return signature_->text(); }
QString DocumentDialog::documentText() const { return text_->toPlainText(); }

}  // namespace dicomnet::gui
