// The timeline of the patient in view: every study in the cache, oldest first, with modality,
// body part, description, images and consultation state (the one shown in bold, the priors
// compared with it marked), and apart from them the studies configured peers hold that the
// cache does not — one click fetches such a study. Double-clicking a study here opens it.
// Loading and fetching run in workers.
#pragma once

#include <QStringList>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace dicomnet::gui {

class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    TimelinePanel(QString dataDir, QString ourAeTitle, QWidget* parent = nullptr);

    void showPatient(const QString& patientId, const QString& issuer,
                     const QString& currentStudyUid);
    void markPriors(const QStringList& studyUids);
    int localCount() const;
    int remoteCount() const;
    // The study UIDs of the rows, in order (local, then remote).
    QStringList localStudies() const;
    QStringList remoteStudies() const;
    // Fetches a study a peer holds (what a click on its row does).
    void fetch(const QString& studyUid);
    // Reads the cache's part again (a consultation was saved), without asking the peers.
    void refreshLocal();

signals:
    void openStudy(const QString& studyUid);
    void message(const QString& text);
    // The local part, or the peers' part, has been (re)loaded.
    void localLoaded();
    void remoteLoaded();
    void fetched(bool ok);

private:
    void reload();
    void loadLocal(int generation);
    void fillRow(QTreeWidgetItem* item, const QString& date, const QString& modalities,
                 const QString& bodyParts, const QString& description, int images,
                 const QString& consultation = {});
    QString dataDir_, ourAeTitle_;
    QString patientId_, issuer_, current_;
    QStringList priors_;
    int generation_ = 0;
    QLabel* header_;
    QTreeWidget* tree_;
    QTreeWidgetItem* here_;
    QTreeWidgetItem* remote_;
};

}  // namespace dicomnet::gui
