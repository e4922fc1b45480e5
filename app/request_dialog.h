// "Request a consultation" for a study: the question with its clinical context, the urgency,
// for whom (a person or a peer; empty: anyone), and who asks (remembered).
#pragma once

#include "consult/consultation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace dicomnet::app {

class RequestDialog : public QDialog {
    Q_OBJECT
public:
    explicit RequestDialog(const QString& studyTitle, QWidget* parent = nullptr);
    consult::ConsultationRequest request() const;
    // For tests: fill the form as a user would.
    void fill(const QString& question, consult::Urgency urgency, const QString& forWhom,
              const QString& requester);

private:
    QPlainTextEdit* question_ = nullptr;
    QComboBox* urgency_ = nullptr;
    QLineEdit* forWhom_ = nullptr;
    QLineEdit* requester_ = nullptr;
    QLineEdit* organisation_ = nullptr;
};

}  // namespace dicomnet::app
