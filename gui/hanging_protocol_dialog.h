// Hanging protocols without editing JSON: the user's own protocols (tried first, in the order
// shown) with a form for each — name, modalities, body parts, how many priors, the layout,
// whether films are aligned and whether each study shows as three planes — the built-in ones
// to copy from, and which protocol a study of a given modality and body part would get. Saved
// to <data dir>/hanging_protocols.json all at once; nothing is saved while a protocol has a
// problem, which the dialog names.
#pragma once

#include "workflow/hanging_protocols.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace dicomnet::gui {

class HangingProtocolDialog : public QDialog {
    Q_OBJECT
public:
    // `modality` and `bodyPart`: the study shown, for "which protocol would it get".
    HangingProtocolDialog(const QString& dataDir, const QString& modality = {},
                          const QString& bodyPart = {}, QWidget* parent = nullptr);
    const std::vector<workflow::HangingProtocol>& protocols() const { return mine_; }
    // What the form shows goes into the selected protocol (the form's edits do this too).
    void addProtocol();
    void copyBuiltIn(int index);
    void removeSelected();
    void moveSelected(int by);
    void select(int index);
    bool save();  // false, with the reason shown, when something is wrong

private:
    QWidget* buildForm();
    void showSelected();
    void formChanged();
    void refresh();  // the list's names, the problem, the preview
    QString dataDir_;
    QString modality_, bodyPart_;
    std::vector<workflow::HangingProtocol> mine_;
    std::vector<workflow::HangingProtocol> builtIn_;
    QString loadError_;  // the file there could not be read
    int selected_ = -1;
    bool filling_ = false;
    QListWidget* list_ = nullptr;
    QListWidget* builtInList_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLineEdit* modalities_ = nullptr;
    QLineEdit* bodyParts_ = nullptr;
    QSpinBox* priors_ = nullptr;
    QSpinBox* rows_ = nullptr;
    QSpinBox* columns_ = nullptr;
    QCheckBox* align_ = nullptr;
    QCheckBox* mpr_ = nullptr;
    QLabel* problem_ = nullptr;
    QLabel* preview_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QWidget* form_ = nullptr;
};

}  // namespace dicomnet::gui
