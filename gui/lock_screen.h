// Locking the workstation window: after some minutes without input (IdleWatch) or by hand, a
// screen covers the window — nothing of the patient's data shows — until the person signs in
// again, or someone else does (then what the previous one had open is closed, not shown).
#pragma once

#include "workflow/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace dicomnet::gui {

// Emits idle() after `minutes` without a key, click, wheel or mouse move in the application.
class IdleWatch : public QObject {
    Q_OBJECT
public:
    IdleWatch(int minutes, QObject* parent);
    void setEnabled(bool enabled);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* timer_ = nullptr;
};

class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(QString dataDir, QWidget* parent);
    // Covers the parent, offering `login` to sign in again.
    void lock(const QString& login, const QString& name);
    bool locked() const { return isVisible(); }

signals:
    // Signed in again: the same person, or another.
    void unlocked(const workflow::Session& session);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void trySignIn();

    QString dataDir_;
    QLabel* who_ = nullptr;
    QLineEdit* login_ = nullptr;
    QLineEdit* password_ = nullptr;
    QLabel* problem_ = nullptr;
    QPushButton* unlock_ = nullptr;
};

}  // namespace dicomnet::gui
