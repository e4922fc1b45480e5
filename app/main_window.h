// The workstation window: the study browser over the cache, import by menu or drag and drop
// with a progress bar, and the language setting. Listing and import run in worker threads.
#pragma once

#include "db/importer.h"

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace dicomnet::app {

class BrowserWorker;
class ImportWorker;
class StudyBrowser;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QString dataDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    StudyBrowser* browser() const { return browser_; }
    bool importRunning() const { return importRunning_; }
    const db::ImportSummary& lastImport() const { return lastImport_; }

public slots:
    // Queued when an import is already running.
    void importPaths(const QStringList& paths);

signals:
    void importRequested(const QStringList& paths);
    void importFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void startNextImport();
    void onImportProgress(const db::ImportProgress& progress);
    void onImportFinished(const db::ImportSummary& summary);
    void chooseLanguage(const QString& code);

    QString dataDir_;
    StudyBrowser* browser_ = nullptr;
    QThread* browserThread_ = nullptr;
    QThread* importThread_ = nullptr;
    BrowserWorker* browserWorker_ = nullptr;
    ImportWorker* importWorker_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* counts_ = nullptr;
    QList<QStringList> pendingImports_;
    bool importRunning_ = false;
    int lastImported_ = 0;
    db::ImportSummary lastImport_;
};

}  // namespace dicomnet::app
