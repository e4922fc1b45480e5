// One document of a study as its reader sees it: an SR (ours or anyone's) as a tree, under a
// line saying whether and by whom it is signed and whether that holds; an encapsulated PDF
// with a button that opens it in the desktop's PDF viewer. Read in a worker thread.
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dicomnet::gui {

class DocumentDialog : public QDialog {
    Q_OBJECT
public:
    DocumentDialog(const QString& dataDir, const QString& uidOrFile, QWidget* parent = nullptr);
    // What the signature line says, and the text shown (for tests).
    QString signatureText() const;
    QString documentText() const;

signals:
    void loaded();

private:
    QLabel* signature_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    QPushButton* openPdf_ = nullptr;
    QString pdfPath_;
};

}  // namespace dicomnet::gui
