#include "receiving_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>

namespace dicomnet::app {

ReceivingSettings ReceivingSettings::load() {
    QSettings s;
    ReceivingSettings r;
    r.enabled = s.value(QStringLiteral("listener/enabled"), r.enabled).toBool();
    r.aeTitle = s.value(QStringLiteral("listener/aeTitle"), r.aeTitle).toString();
    r.port = s.value(QStringLiteral("listener/port"), r.port).toInt();
    r.maxAssociations =
        s.value(QStringLiteral("listener/maxAssociations"), r.maxAssociations).toInt();
    return r;
}

void ReceivingSettings::save() const {
    QSettings s;
    s.setValue(QStringLiteral("listener/enabled"), enabled);
    s.setValue(QStringLiteral("listener/aeTitle"), aeTitle);
    s.setValue(QStringLiteral("listener/port"), port);
    s.setValue(QStringLiteral("listener/maxAssociations"), maxAssociations);
}

ReceivingDialog::ReceivingDialog(const ReceivingSettings& current, QWidget* parent)
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

ReceivingSettings ReceivingDialog::settings() const {
    return {enabled_->isChecked(), aeTitle_->text().trimmed(), port_->value(), max_->value()};
}

}  // namespace dicomnet::app
