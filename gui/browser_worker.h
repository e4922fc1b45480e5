// Answers the study browser's questions from a worker thread with its own cache connection,
// so that a slow disk or a huge index never freezes the window. Results come back by signals.
#pragma once

#include "workflow/studies.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

Q_DECLARE_METATYPE(dicomnet::workflow::StudyFilter)
Q_DECLARE_METATYPE(std::vector<dicomnet::workflow::StudyRow>)
Q_DECLARE_METATYPE(std::vector<dicomnet::workflow::SeriesRow>)

namespace dicomnet::gui {

class BrowserWorker : public QObject {
    Q_OBJECT
public:
    explicit BrowserWorker(QString dataDir);
    ~BrowserWorker() override;
    static void registerTypes();

public slots:
    void findStudies(int requestId, const dicomnet::workflow::StudyFilter& filter);
    void findSeries(int requestId, const QString& studyUid);

signals:
    // With each study's consultation state, and the studies where something waits for the
    // user (the author name in the settings, consult/author), most pressing first by the
    // triage worklist (workflow/triage.h), with how each one's priority is made.
    void studiesFound(int requestId, const std::vector<dicomnet::workflow::StudyRow>& rows,
                      const QStringList& waitingForMe, const QStringList& priorities);
    void seriesFound(int requestId, const std::vector<dicomnet::workflow::SeriesRow>& rows);
    void failed(const QString& message);

private:
    QString dataDir_;
    workflow::StudyReader reader_;
};

}  // namespace dicomnet::gui
