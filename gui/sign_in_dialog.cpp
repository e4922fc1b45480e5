#include "gui/sign_in_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QtConcurrent>

namespace dicomnet::gui {

SignInDialog::SignInDialog(QString dataDir, QWidget* parent)
    : QDialog(parent), dataDir_(std::move(dataDir)) {
    setWindowTitle(tr("dicomnet — sign in"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dicomnet.svg")));
    auto* form = new QFormLayout(this);
    auto* heading = new QLabel(tr("<b>Sign in to dicomnet</b><br>%1 · %2")
                                   .arg(QSysInfo::machineHostName().toHtmlEscaped(),
                                        QDir::toNativeSeparators(dataDir_).toHtmlEscaped()),
                               this);
    form->addRow(heading);
    login_ = new QLineEdit(this);
    login_->setObjectName(QStringLiteral("login"));
    form->addRow(tr("Login:"), login_);
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), password_);
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("problem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    form->addRow(problem_);
    auto* buttons = new QDialogButtonBox(this);
    signIn_ = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn_->setObjectName(QStringLiteral("signIn"));
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void SignInDialog::trySignIn() {
    const QString login = login_->text().trimmed();
    if (login.isEmpty() || password_->text().isEmpty()) {
        problem_->setText(tr("Type your login and password"));
        return;
    }
    QByteArray password = password_->text().toUtf8();
    password_->clear();
    for (QWidget* w : std::initializer_list<QWidget*>{login_, password_, signIn_})
        w->setEnabled(false);
    problem_->setText(tr("Checking…"));
    signInLater(this, dataDir_, login, std::move(password),
                [this](const Result<workflow::Session>& session) {
                    for (QWidget* w : std::initializer_list<QWidget*>{login_, password_, signIn_})
                        w->setEnabled(true);
                    if (!session) {
                        problem_->setText(session.error());
                        password_->setFocus();
                        return;
                    }
                    session_ = session.value();
                    accept();
                });
}

void signInLater(QObject* owner, const QString& dataDir, const QString& login, QByteArray password,
                 std::function<void(const Result<workflow::Session>&)> done) {
    auto* watcher = new QFutureWatcher<Result<workflow::Session>>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result<workflow::Session>>::finished, owner,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run([dataDir, login, password]() mutable {
        auto session = workflow::signIn(dataDir, login, password);
        password.fill('\0');
        return session;
    }));
}

}  // namespace dicomnet::gui
