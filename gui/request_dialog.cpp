#include "gui/request_dialog.h"

#include "workflow/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>

namespace dicomnet::gui {

RequestDialog::RequestDialog(const QString& studyTitle, const QStringList& peers, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Request a consultation"));
    QSettings settings;
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(studyTitle.toHtmlEscaped()), this));
    question_ = new QPlainTextEdit(this);
    question_->setPlaceholderText(tr("The question, with the clinical context"));
    question_->setMinimumHeight(90);
    form->addRow(tr("Question:"), question_);
    urgency_ = new QComboBox(this);
    urgency_->addItem(tr("Routine"), int(consult::Urgency::Routine));
    urgency_->addItem(tr("Urgent"), int(consult::Urgency::Urgent));
    urgency_->addItem(tr("Emergency"), int(consult::Urgency::Emergency));
    form->addRow(tr("Urgency:"), urgency_);
    forWhom_ = new QLineEdit(this);
    forWhom_->setPlaceholderText(tr("A radiologist, or a peer; empty: anyone"));
    form->addRow(tr("For:"), forWhom_);
    requester_ = new QLineEdit(
        workflow::signedInName(settings.value(QStringLiteral("consult/author")).toString()), this);
    requester_->setReadOnly(!workflow::currentSession().open);  // who asks is who signed in
    form->addRow(tr("Asked by:"), requester_);
    organisation_ =
        new QLineEdit(settings.value(QStringLiteral("consult/organisation")).toString(), this);
    form->addRow(tr("Organisation:"), organisation_);
    destination_ = new QComboBox(this);
    destination_->setObjectName(QStringLiteral("sendTo"));
    destination_->addItem(tr("Keep here (someone answers on this workstation)"), QString());
    for (const QString& p : peers) destination_->addItem(tr("Send the study to %1").arg(p), p);
    const int last =
        destination_->findData(settings.value(QStringLiteral("consult/sendTo")).toString());
    if (last > 0) destination_->setCurrentIndex(last);
    form->addRow(tr("Send:"), destination_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send the request"));
    form->addRow(buttons);
    auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!question_->toPlainText().trimmed().isEmpty() &&
                         !requester_->text().trimmed().isEmpty());
    };
    connect(question_, &QPlainTextEdit::textChanged, this, update);
    connect(requester_, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("consult/author"), requester_->text().trimmed());
        s.setValue(QStringLiteral("consult/organisation"), organisation_->text().trimmed());
        s.setValue(QStringLiteral("consult/sendTo"), destination());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

consult::ConsultationRequest RequestDialog::request() const {
    return {question_->toPlainText().trimmed(), consult::Urgency(urgency_->currentData().toInt()),
            forWhom_->text().trimmed(), requester_->text().trimmed(),
            organisation_->text().trimmed()};
}

QString RequestDialog::destination() const { return destination_->currentData().toString(); }

void RequestDialog::fill(const QString& question, consult::Urgency urgency, const QString& forWhom,
                         const QString& requester, const QString& destination) {
    destination_->setCurrentIndex(std::max(0, destination_->findData(destination)));
    question_->setPlainText(question);
    urgency_->setCurrentIndex(urgency_->findData(int(urgency)));
    forWhom_->setText(forWhom);
    requester_->setText(requester);
}

}  // namespace dicomnet::gui
