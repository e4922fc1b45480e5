// The workstation window and who uses it: menus by role, the Administration menu, the lock
// (after some idle minutes, or by hand) and signing in again — the same person or another.
#include "gui/audit_dialog.h"
#include "gui/lock_screen.h"
#include "gui/main_window.h"
#include "gui/study_browser.h"

#include "workflow/audit.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent>

namespace dicomnet::gui {

namespace {

bool mayNow(workflow::Permission p) {
    const workflow::Session s = workflow::currentSession();
    return s.open || workflow::roleMay(s.user.role, p);
}

// Minutes without input before the window locks (Settings: security/lockMinutes, default 10).
int lockMinutes() {
    return std::clamp(QSettings().value(QStringLiteral("security/lockMinutes"), 10).toInt(), 1,
                      240);
}

}  // namespace

QAction* MainWindow::guard(QAction* action, workflow::Permission p) {
    guarded_.emplace_back(action, p);
    return action;
}

void MainWindow::auditLater(const workflow::AuditEvent& event) {
    // Recording opens the index: a worker's job, not the window's.
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (const Status s = watcher->result(); !s) statusBar()->showMessage(s.error());
    });
    watcher->setFuture(QtConcurrent::run(
        [dataDir = dataDir_, event] { return workflow::recordAudit(dataDir, event); }));
}

bool MainWindow::permit(workflow::Permission p) {
    if (mayNow(p)) return true;
    const Status refused = workflow::currentSession().permit(dataDir_, p);  // recorded
    statusBar()->showMessage(refused.error());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Not allowed"), refused.error(),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("refusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // not exec(): nothing waits on it
    return false;
}

void MainWindow::buildAdministrationMenu() {
    using workflow::Permission;
    QMenu* admin = menuBar()->addMenu(tr("&Administration"));
    guard(admin->addAction(tr("&Audit trail…"), this, &MainWindow::showAudit),
          Permission::ReadAudit);
    admin->addSeparator();
    lockActions_ << admin->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this,
                                     [this] { lock(QStringLiteral("by hand")); });
    lockActions_ << admin->addAction(tr("&Switch user…"), this,
                                     [this] { lock(QStringLiteral("switch user")); });
    lockScreen_ = new LockScreen(dataDir_, this);
    connect(lockScreen_, &LockScreen::unlocked, this, &MainWindow::unlocked);
    idle_ = new IdleWatch(lockMinutes(), this);
    connect(idle_, &IdleWatch::idle, this, [this] { lock(QStringLiteral("idle")); });
}

void MainWindow::applySession() {
    const workflow::Session s = workflow::currentSession();
    for (const auto& [action, p] : guarded_) {
        const bool may = mayNow(p);
        action->setEnabled(may);
        action->setToolTip(may ? QString()
                               : workflow::allowed(s.user.login, s.user.role, p).error());
    }
    for (QAction* a : lockActions_) a->setVisible(!s.open);
    idle_->setEnabled(!s.open);
    signedInLogin_ = s.open ? QString() : s.user.login;
    setWindowTitle(s.open ? tr("dicomnet — studies")
                          : tr("dicomnet — studies — %1 (%2)").arg(s.user.fullName, s.user.role));
    browser_->setEnabled(mayNow(workflow::Permission::ListStudies));
}

void MainWindow::showAudit() {
    if (!permit(workflow::Permission::ReadAudit)) return;
    auto* dialog = new AuditDialog(dataDir_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::lock(const QString& why) {
    const workflow::Session s = workflow::currentSession();
    if (s.open || lockScreen_->locked()) return;
    // Every other window of the workstation (viewers, dialogs) hides until unlocked.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != this && w->isVisible()) {
            hiddenWhileLocked_ << w;
            w->hide();
        }
    // No menu, no shortcut works behind the lock screen.
    menuBar()->setEnabled(false);
    for (QAction* a : findChildren<QAction*>())
        if (a->isEnabled()) {
            disabledWhileLocked_ << a;
            a->setEnabled(false);
        }
    idle_->setEnabled(false);
    setWindowTitle(tr("dicomnet — locked"));
    lockScreen_->lock(s.user.login, s.user.fullName);
    auditLater({QStringLiteral("session-locked"), QStringLiteral("success"), {}, {}, why});
}

void MainWindow::unlocked(const workflow::Session& session) {
    menuBar()->setEnabled(true);
    for (const QPointer<QAction>& a : disabledWhileLocked_)
        if (a) a->setEnabled(true);
    disabledWhileLocked_.clear();
    const bool samePerson = session.user.login == signedInLogin_;
    for (const QPointer<QWidget>& w : hiddenWhileLocked_) {
        if (!w) continue;
        if (samePerson)
            w->show();
        else
            w->close();  // what the previous user had open is not shown to the next
    }
    hiddenWhileLocked_.clear();
    applySession();
    if (!samePerson) browser_->refresh();  // "waiting for me" is someone else's now
    statusBar()->showMessage(tr("Signed in as %1").arg(session.user.login));
}

}  // namespace dicomnet::gui
