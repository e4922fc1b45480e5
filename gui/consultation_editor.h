// The consultation beside the images: where the study's consultation stands (the request, the
// draft, the signed version and whether its signature holds), and the form to write one with a
// template — free text, the Brixia score by clicking the lungs, CO-RADS and the CT severity
// score — key images taken from the viewer with the measurements drawn on them, then Save
// draft, Sign…, Amend, PDF… and Print…. Reading, saving, signing and PDF run in workers.
#pragma once

#include "consult/consultation.h"
#include "consult/consultation_state.h"
#include "consult/signing.h"
#include "consult/templates.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace dicomnet::workflow {
struct LoadedConsultation;
}

namespace dicomnet::gui {

class BrixiaDiagram;
class ScoreSuggestions;

class ConsultationEditor : public QWidget {
    Q_OBJECT
public:
    explicit ConsultationEditor(QWidget* parent = nullptr);
    ~ConsultationEditor() override;

    void setStudy(const QString& dataDir, const QString& studyUid);
    // Where "Add image" takes the image shown and its measurements from (the viewer); empty
    // with a reason when there is none.
    using ImageSource = std::function<std::optional<consult::KeyImage>(QString& why)>;
    void setImageSource(ImageSource source) { imageSource_ = std::move(source); }

    // What the form holds, as a consultation.
    consult::Consultation consultation() const;
    void setTemplate(const QString& name);
    void setTexts(const QString& findings, const QString& impression,
                  const QString& recommendation);
    void setAuthor(const QString& name, const QString& organisation);
    BrixiaDiagram* brixia() const { return brixia_; }
    QString stateText() const;
    QString totalText() const;
    int keyImageCount() const;
    bool busy() const { return busy_; }
    bool editable() const { return editable_; }
    QString documentUid() const { return documentUid_; }

public slots:
    void reload();
    void addCurrentImage();
    void saveDraft();
    void sign(const consult::SigningKey& key);
    void amend();
    void exportPdf(const QString& pdfFile);

signals:
    void message(const QString& text);
    void loaded();
    void saved(const QString& uid);
    void signedFinal(const QString& uid);
    void pdfWritten(const QString& file);

private:
    // The form, section by section from the top, then its connections.
    void buildForm();
    void buildHeader(QVBoxLayout* layout);  // template, author, organisation
    void buildScores(QVBoxLayout* layout);  // the template's scores (Brixia diagram), total
    void buildTexts(QVBoxLayout* layout);   // findings, impression, recommendation
    void buildKeyImages(QVBoxLayout* layout);
    void buildButtons(QVBoxLayout* layout);  // save, sign, amend, PDF, print, documents
    void connectForm();
    void showLoaded(const workflow::LoadedConsultation& loaded);
    void rebuildScores();
    void updateTotal();
    void setEditable(bool editable);
    void markDirty();
    void run(std::optional<consult::SigningKey> key);
    void askToSign();
    void print();

    QString dataDir_, studyUid_;
    ImageSource imageSource_;
    consult::ConsultTemplate form_;
    std::optional<consult::Consultation> loadedDoc_;
    QString documentUid_, documentState_;
    bool dirty_ = false, busy_ = false, editable_ = true, amending_ = false;

    QLabel* state_ = nullptr;
    QComboBox* template_ = nullptr;
    QLineEdit* author_ = nullptr;
    QLineEdit* organisation_ = nullptr;
    BrixiaDiagram* brixia_ = nullptr;
    QWidget* scoresBox_ = nullptr;
    QWidget* scoreFieldsBox_ = nullptr;
    QFormLayout* scoresForm_ = nullptr;
    std::vector<std::pair<consult::ScoreDefinition, QSpinBox*>> scoreFields_;
    QLabel* total_ = nullptr;
    ScoreSuggestions* suggestions_ = nullptr;
    QPlainTextEdit* findings_ = nullptr;
    QPlainTextEdit* impression_ = nullptr;
    QPlainTextEdit* recommendation_ = nullptr;
    QListWidget* keyImages_ = nullptr;
    std::vector<consult::KeyImage> keyImageData_;
    QPushButton* addImage_ = nullptr;
    QPushButton* removeImage_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* sign_ = nullptr;
    QPushButton* amend_ = nullptr;
    QPushButton* pdf_ = nullptr;
    QPushButton* print_ = nullptr;
    QPushButton* documents_ = nullptr;
    int generation_ = 0;
};

}  // namespace dicomnet::gui
