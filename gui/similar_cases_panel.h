// The viewer's *Similar cases* panel: the studies of other patients whose descriptors lie
// nearest to the one shown (workflow/similar_cases.h), with the scores their consultations
// were signed with; double-click (or *Open beside*) shows one next to the current study.
// Only studies the user may read; computed in a worker.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dicomnet::gui {

class SimilarCasesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SimilarCasesPanel(QWidget* parent = nullptr);
    void setStudy(const QString& dataDir, const QString& studyUid);
    int caseCount() const;
    QString statusText() const;

signals:
    void openBeside(const QString& studyUid);
    void loaded();

private:
    void openSelected();

    QLabel* status_ = nullptr;
    QTreeWidget* list_ = nullptr;
    QPushButton* open_ = nullptr;
    int generation_ = 0;
};

}  // namespace dicomnet::gui
