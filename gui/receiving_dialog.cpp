#include "gui/receiving_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>

namespace dicomnet::gui {

ReceivingSettings ReceivingSettings::load() {
    QSettings s;
    ReceivingSettings r;
    r.enabled = s.value(QStringLiteral("listener/enabled"), r.enabled).toBool();
    r.aeTitle = s.value(QStringLiteral("listener/aeTitle"), r.aeTitle).toString();
    r.port = s.value(QStringLiteral("listener/port"), r.port).toInt();
    r.maxAssociations =
        s.value(QStringLiteral("listener/maxAssociations"), r.maxAssociations).toInt();
    r.tls = s.value(QStringLiteral("listener/tls"), r.tls).toBool();
    r.knownPeersOnly =
        s.value(QStringLiteral("listener/knownPeersOnly"), r.knownPeersOnly).toBool();
    return r;
}

void ReceivingSettings::save() const {
    QSettings s;
    s.setValue(QStringLiteral("listener/enabled"), enabled);
    s.setValue(QStringLiteral("listener/aeTitle"), aeTitle);
    s.setValue(QStringLiteral("listener/port"), port);
    s.setValue(QStringLiteral("listener/maxAssociations"), maxAssociations);
    s.setValue(QStringLiteral("listener/tls"), tls);
    s.setValue(QStringLiteral("listener/knownPeersOnly"), knownPeersOnly);
}

ReceivingDialog::ReceivingDialog(const ReceivingSettings& current, bool certificatesReady,
                                 QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Receiving"));
    auto* form = new QFormLayout(this);
    enabled_ = new QCheckBox(tr("Receive studies sent to this workstation"), this);
    enabled_->setChecked(current.enabled);
    aeTitle_ = new QLineEdit(current.aeTitle, this);
    aeTitle_->setMaxLength(16);
    aeTitle_->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[\\x20-\\x5b\\x5d-\\x7e]{1,16}")), aeTitle_));
    port_ = new QSpinBox(this);
    port_->setRange(1, 65535);
    port_->setValue(current.port);
    max_ = new QSpinBox(this);
    max_->setRange(1, 64);
    max_->setValue(current.maxAssociations);
    form->addRow(enabled_);
    form->addRow(tr("AE title:"), aeTitle_);
    form->addRow(tr("Port:"), port_);
    form->addRow(tr("Senders at once:"), max_);
    tls_ =
        new QCheckBox(tr("Secure (DICOM TLS): senders need a certificate from the site CA"), this);
    tls_->setObjectName(QStringLiteral("receivingTls"));
    tls_->setChecked(current.tls && certificatesReady);
    tls_->setEnabled(certificatesReady);
    if (!certificatesReady)
        tls_->setToolTip(tr("This workstation has no site certificate yet: dicomnet certs init"));
    knownOnly_ =
        new QCheckBox(tr("Only from known peers (AE title; with TLS, their certificate)"), this);
    knownOnly_->setObjectName(QStringLiteral("receivingKnownOnly"));
    knownOnly_->setChecked(current.knownPeersOnly);
    form->addRow(tls_);
    form->addRow(knownOnly_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ReceivingSettings ReceivingDialog::settings() const {
    return {enabled_->isChecked(), aeTitle_->text().trimmed(), port_->value(),
            max_->value(),         tls_->isChecked(),          knownOnly_->isChecked()};
}

}  // namespace dicomnet::gui
