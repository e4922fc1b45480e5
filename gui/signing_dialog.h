// Asks for what signing needs: the author's certificate and private key (their paths are
// remembered) and the key's passphrase (never kept: it lives in this dialog until it closes).
#pragma once

#include "consult/signing.h"

#include <QDialog>

class QLineEdit;

namespace dicomnet::gui {

class SigningDialog : public QDialog {
    Q_OBJECT
public:
    explicit SigningDialog(QWidget* parent = nullptr);
    ~SigningDialog() override;
    consult::SigningKey key() const;

private:
    QLineEdit* certificate_ = nullptr;
    QLineEdit* privateKey_ = nullptr;
    QLineEdit* passphrase_ = nullptr;
};

}  // namespace dicomnet::gui
