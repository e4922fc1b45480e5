#include "gui/lock_screen.h"

#include "gui/sign_in_dialog.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace dicomnet::gui {

IdleWatch::IdleWatch(int minutes, QObject* parent) : QObject(parent), timer_(new QTimer(this)) {
    timer_->setSingleShot(true);
    timer_->setInterval(std::max(1, minutes) * 60 * 1000);
    connect(timer_, &QTimer::timeout, this, &IdleWatch::idle);
    qApp->installEventFilter(this);
    timer_->start();
}

void IdleWatch::setEnabled(bool enabled) {
    if (enabled)
        timer_->start();
    else
        timer_->stop();
}

bool IdleWatch::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            if (timer_->isActive()) timer_->start();  // restarts the count
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

LockScreen::LockScreen(QString dataDir, QWidget* parent)
    : QWidget(parent), dataDir_(std::move(dataDir)) {
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x20, 0x24, 0x2a));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    auto* box = new QWidget(this);
    box->setFixedWidth(460);
    auto* column = new QVBoxLayout(box);
    who_ = new QLabel(box);
    who_->setWordWrap(true);
    column->addWidget(who_);
    auto* form = new QFormLayout;
    column->addLayout(form);
    login_ = new QLineEdit(box);
    login_->setObjectName(QStringLiteral("login"));
    form->addRow(tr("Login:"), login_);
    password_ = new QLineEdit(box);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), password_);
    problem_ = new QLabel(box);
    problem_->setStyleSheet(QStringLiteral("color: #ff8a80"));
    problem_->setWordWrap(true);
    form->addRow(problem_);
    unlock_ = new QPushButton(tr("Unlock"), box);
    unlock_->setObjectName(QStringLiteral("unlock"));
    unlock_->setDefault(true);
    form->addRow(unlock_);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch();
    connect(unlock_, &QPushButton::clicked, this, &LockScreen::trySignIn);
    connect(password_, &QLineEdit::returnPressed, this, &LockScreen::trySignIn);
    parent->installEventFilter(this);
    hide();
}

void LockScreen::lock(const QString& login, const QString& name) {
    // "Rusu^Ana" as people read it: Ana Rusu.
    const QStringList parts = name.split(QLatin1Char('^'));
    const QString readable =
        parts.size() > 1 ? (parts[1] + QLatin1Char(' ') + parts[0]).trimmed() : name;
    who_->setText(tr("<h2>Locked</h2><p>%1 was signed in. Sign in again to go on; another user "
                     "may sign in instead (what was open is then closed).</p>")
                      .arg(readable.toHtmlEscaped()));
    login_->setText(login);
    password_->clear();
    problem_->clear();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    password_->setFocus();
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockScreen::trySignIn() {
    const QString login = login_->text().trimmed();
    QByteArray password = password_->text().toUtf8();
    password_->clear();
    if (login.isEmpty() || password.isEmpty()) return;
    unlock_->setEnabled(false);
    problem_->setText(tr("Checking…"));
    signInLater(this, dataDir_, login, std::move(password),
                [this](const Result<workflow::Session>& session) {
                    unlock_->setEnabled(true);
                    if (!session) {
                        problem_->setText(session.error());
                        password_->setFocus();
                        return;
                    }
                    hide();
                    emit unlocked(session.value());
                });
}

}  // namespace dicomnet::gui
