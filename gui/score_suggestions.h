// The suggestions of the signed cases in the consultation form (workflow/similar_cases.h):
// greyed, with their confidence, how many signed cases they rest on and the nearest of those,
// and one button that copies them into the form's scores — where the reader checks and changes
// them before signing. Never filled or signed by itself. Computed in a worker.
#pragma once

#include <QGroupBox>

#include <map>

class QLabel;
class QPushButton;

namespace dicomnet::gui {

class ScoreSuggestions : public QGroupBox {
    Q_OBJECT
public:
    explicit ScoreSuggestions(QWidget* parent = nullptr);
    void setStudy(const QString& dataDir, const QString& studyUid);
    // Only the suggestions of this template's scores are offered (codes in 99DICOMNET).
    void setTemplateCodes(const QStringList& codes);

signals:
    void accepted(const std::map<QString, int>& scores);  // code → value

private:
    void show(const QString& text, bool canAccept);
    void refresh();

    QLabel* text_ = nullptr;
    QPushButton* accept_ = nullptr;
    QStringList codes_;
    std::map<QString, int> offered_, all_;
    QString html_;
    int generation_ = 0;
};

}  // namespace dicomnet::gui
