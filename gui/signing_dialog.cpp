#include "gui/signing_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace dicomnet::gui {

namespace {

QWidget* fileRow(QLineEdit* edit, const QString& caption, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto* browse = new QPushButton(QObject::tr("Choose…"), row);
    h->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, caption, row] {
        const QString f = QFileDialog::getOpenFileName(
            row, caption, edit->text(),
            QObject::tr("PEM files (*.pem *.key *.crt);;All files (*)"));
        if (!f.isEmpty()) edit->setText(f);
    });
    return row;
}

}  // namespace

SigningDialog::SigningDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Sign the consultation"));
    QSettings settings;
    certificate_ =
        new QLineEdit(settings.value(QStringLiteral("consult/certificate")).toString(), this);
    certificate_->setObjectName(QStringLiteral("certificateFile"));
    privateKey_ =
        new QLineEdit(settings.value(QStringLiteral("consult/privateKey")).toString(), this);
    privateKey_->setObjectName(QStringLiteral("privateKeyFile"));
    passphrase_ = new QLineEdit(this);
    passphrase_->setObjectName(QStringLiteral("passphrase"));
    passphrase_->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(this);
    auto* note = new QLabel(
        tr("Signing makes the consultation final: it is completed, verified by you and signed "
           "with your certificate. Changes after that are amendments."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Certificate:"), fileRow(certificate_, tr("Your certificate"), this));
    form->addRow(tr("Private key:"), fileRow(privateKey_, tr("Your private key"), this));
    form->addRow(tr("Passphrase:"), passphrase_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("consult/certificate"), certificate_->text());
        s.setValue(QStringLiteral("consult/privateKey"), privateKey_->text());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!certificate_->text().isEmpty()) passphrase_->setFocus();
}

SigningDialog::~SigningDialog() { passphrase_->clear(); }

consult::SigningKey SigningDialog::key() const {
    return {certificate_->text(), privateKey_->text(), passphrase_->text().toUtf8()};
}

}  // namespace dicomnet::gui
