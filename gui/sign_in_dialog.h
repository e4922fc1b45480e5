// The window's sign-in: login and password, checked in a worker (a check takes a fifth of a
// second, and repeated failures make the next one wait up to 30 s). The session it ends with is
// the process's (workflow::currentSession()).
#pragma once

#include "workflow/session.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dicomnet::gui {

// Checks `password` for `login` in a worker (it may wait: see workflow::authenticate) and calls
// `done` on `owner`'s thread; the password is wiped after use.
void signInLater(QObject* owner, const QString& dataDir, const QString& login, QByteArray password,
                 std::function<void(const Result<workflow::Session>&)> done);

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(QString dataDir, QWidget* parent = nullptr);
    const workflow::Session& session() const { return session_; }

private:
    void trySignIn();

    QString dataDir_;
    QLineEdit* login_ = nullptr;
    QLineEdit* password_ = nullptr;
    QLabel* problem_ = nullptr;
    QPushButton* signIn_ = nullptr;
    workflow::Session session_;
};

}  // namespace dicomnet::gui
