#include "gui/first_start_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dicomnet::gui {

FirstStartDialog::FirstStartDialog(QString dataDir, QWidget* parent)
    : QDialog(parent), dataDir_(std::move(dataDir)) {
    setWindowTitle(tr("dicomnet — first start"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dicomnet.svg")));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>How will this workstation be used?</b><br>Data directory: %1")
                                   .arg(QDir::toNativeSeparators(dataDir_).toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    withUsers_ = new QRadioButton(
        tr("With users — create the administrator now; everyone signs in, and what each may "
           "do follows their role"),
        this);
    withUsers_->setObjectName(QStringLiteral("withUsers"));
    withUsers_->setChecked(true);
    layout->addWidget(withUsers_);
    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    login_ = new QLineEdit(QStringLiteral("admin"), this);
    login_->setObjectName(QStringLiteral("login"));
    form->addRow(tr("Administrator's login:"), login_);
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("name"));
    name_->setPlaceholderText(tr("Family^Given, e.g. Rusu^Ana"));
    form->addRow(tr("Full name:"), name_);
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), password_);
    again_ = new QLineEdit(this);
    again_->setObjectName(QStringLiteral("again"));
    again_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("The same again:"), again_);
    layout->addLayout(form);

    singleUser_ = new QRadioButton(
        tr("Single user — one person, no sign-in (a demonstration, a personal workstation). "
           "Users can be added later."),
        this);
    singleUser_->setObjectName(QStringLiteral("singleUser"));
    layout->addWidget(singleUser_);

    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("problem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    layout->addWidget(problem_);
    auto* buttons = new QDialogButtonBox(this);
    ok_ = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    ok_->setObjectName(QStringLiteral("start"));
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(withUsers_, &QRadioButton::toggled, this, &FirstStartDialog::updateFields);
    connect(again_, &QLineEdit::textEdited, problem_, &QLabel::clear);
    setMinimumWidth(520);
    updateFields();
}

void FirstStartDialog::updateFields() {
    for (QLineEdit* e : {login_, name_, password_, again_}) e->setEnabled(withUsers_->isChecked());
}

void FirstStartDialog::choose() {
    const bool users = withUsers_->isChecked();
    workflow::NewUser admin;
    if (users) {
        if (password_->text() != again_->text()) {
            problem_->setText(tr("The two passwords differ"));
            again_->clear();
            again_->setFocus();
            return;
        }
        admin = {login_->text().trimmed(),
                 name_->text().trimmed(),
                 QStringLiteral("administrator"),
                 password_->text().toUtf8(),
                 {}};
    }
    setEnabled(false);
    problem_->setText(tr("Working…"));
    auto* watcher = new QFutureWatcher<Result<workflow::Session>>(this);
    connect(watcher, &QFutureWatcher<Result<workflow::Session>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        setEnabled(true);
        const Result<workflow::Session> session = watcher->result();
        if (!session) {
            problem_->setText(session.error());
            return;
        }
        session_ = session.value();
        accept();
    });
    watcher->setFuture(QtConcurrent::run(
        [dataDir = dataDir_, users, admin]() mutable -> Result<workflow::Session> {
            if (!users) {
                if (Status s = workflow::chooseSingleUser(dataDir); !s) return Error{s.error()};
                return workflow::Session{};
            }
            auto session = workflow::createAdministrator(dataDir, admin);
            admin.password.fill('\0');
            return session;
        }));
}

}  // namespace dicomnet::gui
