// The first start of a data directory that has not chosen how it is used: create the
// administrator (who then adds the others, and everyone signs in) or work alone, single-user,
// without sign-in. The choice is made in a worker; the session is the process's.
#pragma once

#include "workflow/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace dicomnet::gui {

class FirstStartDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstStartDialog(QString dataDir, QWidget* parent = nullptr);
    const workflow::Session& session() const { return session_; }

private:
    void choose();
    void updateFields();

    QString dataDir_;
    QRadioButton* withUsers_ = nullptr;
    QRadioButton* singleUser_ = nullptr;
    QLineEdit* login_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLineEdit* password_ = nullptr;
    QLineEdit* again_ = nullptr;
    QLabel* problem_ = nullptr;
    QPushButton* ok_ = nullptr;
    workflow::Session session_;
};

}  // namespace dicomnet::gui
