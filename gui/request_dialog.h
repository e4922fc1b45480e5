// "Request a consultation" for a study: the question with its clinical context, the urgency,
// for whom (a person or a peer; empty: anyone), and who asks (remembered).
#pragma once

#include "consult/consultation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace dicomnet::gui {

class RequestDialog : public QDialog {
    Q_OBJECT
public:
    // `peers`: where the study may be sent with its request.
    RequestDialog(const QString& studyTitle, const QStringList& peers, QWidget* parent = nullptr);
    consult::ConsultationRequest request() const;
    // The peer to send the study to; empty: it stays here.
    QString destination() const;
    // For tests: fill the form as a user would.
    void fill(const QString& question, consult::Urgency urgency, const QString& forWhom,
              const QString& requester, const QString& destination = {});

private:
    QPlainTextEdit* question_ = nullptr;
    QComboBox* urgency_ = nullptr;
    QLineEdit* forWhom_ = nullptr;
    QLineEdit* requester_ = nullptr;
    QLineEdit* organisation_ = nullptr;
    QComboBox* destination_ = nullptr;
};

}  // namespace dicomnet::gui
