// The workstation window: the study browser over the cache, import by menu or drag and drop
// with a progress bar, and the language setting. Listing and import run in worker threads.
#pragma once

#include "consult/consultation.h"
#include "gui/receiving_dialog.h"
#include "workflow/access.h"
#include "workflow/audit.h"
#include "workflow/import.h"
#include "workflow/jobs.h"
#include "workflow/peers.h"
#include "workflow/receiving.h"
#include "workflow/session.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace dicomnet::gui {

class BrowserWorker;
class IdleWatch;
class ImportWorker;
class LockScreen;
class ListenerStatus;
class StudyBrowser;
class SyncWorker;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // With `receiving`, the window runs the DICOM listener (when enabled there).
    explicit MainWindow(QString dataDir, std::optional<ReceivingSettings> receiving = std::nullopt,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    StudyBrowser* browser() const { return browser_; }
    ListenerStatus* listenerStatus() const { return listenerStatus_; }
    bool importRunning() const { return importRunning_; }
    LockScreen* lockScreen() const { return lockScreen_; }
    const workflow::ImportSummary& lastImport() const { return lastImport_; }

public slots:
    // Queued when an import is already running.
    void importPaths(const QStringList& paths);
    // Something else wrote to the cache (a retrieve): the browser refreshes shortly.
    void cacheChanged();
    // Opens a study or series in a viewer window.
    void view(const QString& uid);
    // Asks for a consultation about the study chosen in the browser (a dialog); the study, with
    // the request, is queued to the peer chosen there.
    void requestConsultation();
    // What the dialog's OK does: writes the request into `study` and queues the study (with the
    // request) to `destination`, if any.
    void requestConsultation(const QString& study, const consult::ConsultationRequest& request,
                             const QString& destination);
    // Queues the study to `peer` (the sync engine sends it).
    void sendStudy(const QString& studyUid, const QString& peer);
    // Network → Jobs….
    void showJobs();
    // Covers the window (and hides the others) until someone signs in again; `why` goes to the
    // audit trail ("idle", "by hand"). Nothing happens in single-user mode.
    void lock(const QString& why);
    // Administration → Audit trail….
    void showAudit();
    // The sync engine looks at its jobs now (one was queued: a fetch, a send).
    void wakeSync();

signals:
    void importRequested(const QStringList& paths);
    void importFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildAdministrationMenu();
    // `action` is enabled when the signed-in user's role allows `p` (follows sign-ins).
    QAction* guard(QAction* action, workflow::Permission p);
    // Whether the signed-in user may; a refusal is said (and recorded in the audit trail).
    bool permit(workflow::Permission p);
    // Menus, title and idle lock for whoever is signed in now (workflow::currentSession()).
    void applySession();
    void unlocked(const workflow::Session& session);
    // Appends to the audit trail from a worker; a failure is shown in the status bar.
    void auditLater(const workflow::AuditEvent& event);
    void startNextImport();
    void onImportProgress(const workflow::ImportProgress& progress);
    void onImportFinished(const workflow::ImportSummary& summary);
    void chooseLanguage(const QString& code);
    void startReceiving();
    std::vector<workflow::Peer> knownPeers();  // for a listener that takes known peers only
    std::vector<std::unique_ptr<class ViewerWindow>> viewers_;
    void stopReceiving();

    QString dataDir_;
    std::vector<std::pair<QAction*, workflow::Permission>> guarded_;
    QList<QAction*> lockActions_;  // Lock, Switch user: only with users
    LockScreen* lockScreen_ = nullptr;
    IdleWatch* idle_ = nullptr;
    QString signedInLogin_;
    QList<QPointer<QWidget>> hiddenWhileLocked_;
    QList<QPointer<QAction>> disabledWhileLocked_;
    StudyBrowser* browser_ = nullptr;
    QThread* browserThread_ = nullptr;
    QThread* importThread_ = nullptr;
    BrowserWorker* browserWorker_ = nullptr;
    ImportWorker* importWorker_ = nullptr;
    QThread* syncThread_ = nullptr;
    SyncWorker* syncWorker_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* counts_ = nullptr;
    ListenerStatus* listenerStatus_ = nullptr;
    std::optional<ReceivingSettings> receiving_;
    workflow::Receiver* receiver_ = nullptr;  // the embedded listener and forwarding rules
    QTimer* refreshSoon_ = nullptr;           // received objects refresh the browser, not each one
    QString lastJobStates_;  // the jobs as last seen: the browser shows where studies went
    QList<QStringList> pendingImports_;
    bool importRunning_ = false;
    int lastImported_ = 0;
    workflow::ImportSummary lastImport_;
};

}  // namespace dicomnet::gui
