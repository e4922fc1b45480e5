#include "gui/main_window.h"
#include "gui/bring_back.h"

#include "gui/browser_worker.h"
#include "gui/document_dialog.h"
#include "gui/import_worker.h"
#include "gui/jobs_dialog.h"
#include "gui/listener_status.h"
#include "gui/peers_dialog.h"
#include "gui/query_retrieve_dialog.h"
#include "gui/request_dialog.h"
#include "gui/statistics_window.h"
#include "gui/study_browser.h"
#include "gui/sync_worker.h"
#include "gui/viewer_window.h"
#include "workflow/consult_actions.h"
#include "workflow/eviction.h"
#include "workflow/site.h"
#include "workflow/studies.h"
#include "workflow/study_for_viewing.h"
#include "workflow/study_shares.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

namespace dicomnet::gui {

MainWindow::MainWindow(QString dataDir, std::optional<ReceivingSettings> receiving, QWidget* parent)
    : QMainWindow(parent), dataDir_(std::move(dataDir)), receiving_(std::move(receiving)) {
    BrowserWorker::registerTypes();
    ImportWorker::registerTypes();
    setWindowTitle(tr("dicomnet — studies"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dicomnet.svg")));
    setAcceptDrops(true);
    resize(1280, 800);

    browser_ = new StudyBrowser(this);
    connect(browser_, &StudyBrowser::viewRequested, this, &MainWindow::view);
    setCentralWidget(browser_);

    browserThread_ = new QThread(this);
    browserThread_->setObjectName(QStringLiteral("browser"));
    browserWorker_ = new BrowserWorker(dataDir_);
    browserWorker_->moveToThread(browserThread_);
    connect(browserThread_, &QThread::finished, browserWorker_, &QObject::deleteLater);
    connect(browser_, &StudyBrowser::studiesRequested, browserWorker_, &BrowserWorker::findStudies);
    connect(browser_, &StudyBrowser::seriesRequested, browserWorker_, &BrowserWorker::findSeries);
    connect(browserWorker_, &BrowserWorker::studiesFound, browser_, &StudyBrowser::showStudies);
    connect(browserWorker_, &BrowserWorker::seriesFound, browser_, &StudyBrowser::showSeries);
    connect(browserWorker_, &BrowserWorker::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    browserThread_->start();

    importThread_ = new QThread(this);
    importThread_->setObjectName(QStringLiteral("import"));
    importWorker_ = new ImportWorker(dataDir_);
    importWorker_->moveToThread(importThread_);
    connect(importThread_, &QThread::finished, importWorker_, &QObject::deleteLater);
    connect(this, &MainWindow::importRequested, importWorker_, &ImportWorker::importPaths);
    connect(importWorker_, &ImportWorker::progressed, this, &MainWindow::onImportProgress);
    connect(importWorker_, &ImportWorker::finished, this, &MainWindow::onImportFinished);
    importThread_->start();

    // The sync engine: queued sends go out from here while the window is open.
    SyncWorker::registerTypes();
    syncThread_ = new QThread(this);
    syncThread_->setObjectName(QStringLiteral("sync"));
    workflow::SyncOptions syncOptions;
    syncOptions.ourAeTitle = receiving_ ? receiving_->aeTitle : QStringLiteral("DICOMNET");
    syncOptions.timeoutSeconds = 10;  // closing the window waits for no longer
    syncWorker_ = new SyncWorker(dataDir_, syncOptions);
    syncWorker_->moveToThread(syncThread_);
    connect(syncThread_, &QThread::started, syncWorker_, &SyncWorker::start);
    connect(syncThread_, &QThread::finished, syncWorker_, &QObject::deleteLater);
    connect(syncWorker_, &SyncWorker::message, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(syncWorker_, &SyncWorker::fetchedFromPortals, this, &MainWindow::cacheChanged);
    syncThread_->start();

    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(320);
    progress_->setFormat(tr("Importing %v / %m"));
    progress_->hide();
    cancel_ = new QPushButton(tr("Stop import"), this);
    cancel_->hide();
    connect(cancel_, &QPushButton::clicked, this, [this] { importWorker_->cancel(); });
    counts_ = new QLabel(this);
    listenerStatus_ = new ListenerStatus(this);
    statusBar()->addPermanentWidget(listenerStatus_);
    statusBar()->addPermanentWidget(counts_);
    refreshSoon_ = new QTimer(this);
    refreshSoon_->setSingleShot(true);
    refreshSoon_->setInterval(500);
    connect(refreshSoon_, &QTimer::timeout, browser_, &StudyBrowser::refresh);
    // Where each study went ("sent to …, waiting for the answer") follows the jobs.
    connect(syncWorker_, &SyncWorker::jobsChanged, this,
            [this](const std::vector<workflow::Job>& jobs) {
                QString states;
                for (const workflow::Job& j : jobs) states += QString::number(j.id) + j.state;
                if (states == lastJobStates_) return;
                lastJobStates_ = states;
                if (!refreshSoon_->isActive()) refreshSoon_->start();
            });
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    connect(browser_, &StudyBrowser::countsChanged, this, [this](int patients, int studies) {
        counts_->setText(tr("%n patient(s)", nullptr, patients) + QStringLiteral(", ") +
                         tr("%n study(ies)", nullptr, studies));
    });

    receiver_ = new workflow::Receiver(dataDir_, this);
    connect(receiver_, &workflow::Receiver::objectReceived, this,
            [this](const workflow::ReceivedObject& o) {
                listenerStatus_->showReceived(o);
                cacheChanged();
            });
    connect(receiver_, &workflow::Receiver::associationRejected, this, [this](const QString& why) {
        statusBar()->showMessage(tr("Refused a sender: %1").arg(why));
    });
    connect(receiver_, &workflow::Receiver::problem, this,
            [this](const QString& why) { statusBar()->showMessage(why); });
    // Forwarding rules queue what they name; the job runner here sends it.
    connect(receiver_, &workflow::Receiver::forwardsQueued, this, [this](int jobs) {
        if (jobs > 0)
            QMetaObject::invokeMethod(syncWorker_, &SyncWorker::wake, Qt::QueuedConnection);
    });
    connect(receiver_, &workflow::Receiver::forwardProblem, this,
            [this](const QString& why) { statusBar()->showMessage(why); });
    connect(receiver_, &workflow::Receiver::cacheEvicted, this, [this](const QString& line) {
        statusBar()->showMessage(line);
        cacheChanged();  // the browser shows what went away
    });

    buildMenus();
    applySession();
    statusBar()->showMessage(tr("Cache: %1").arg(dataDir_));
    browser_->refresh();
    startReceiving();
}

MainWindow::~MainWindow() {
    stopReceiving();
    importWorker_->cancel();
    syncWorker_->requestStop();  // the job in hand stays queued; the next start resumes it
    for (QThread* t : {browserThread_, importThread_, syncThread_}) {
        t->quit();
        t->wait();
    }
}

void MainWindow::wakeSync() {
    QMetaObject::invokeMethod(syncWorker_, &SyncWorker::wake, Qt::QueuedConnection);
}

void MainWindow::showJobs() {
    if (!permit(workflow::Permission::Send)) return;
    auto* dialog = new JobsDialog(dataDir_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(syncWorker_, &SyncWorker::jobsChanged, dialog, &JobsDialog::showJobs);
    connect(dialog, &JobsDialog::changed, syncWorker_, &SyncWorker::wake);
    dialog->show();
    QMetaObject::invokeMethod(syncWorker_, &SyncWorker::refresh, Qt::QueuedConnection);
}

void MainWindow::sendStudy(const QString& studyUid, const QString& peer) {
    if (!permit(workflow::Permission::Send)) return;
    auto* watcher = new QFutureWatcher<Result<qint64>>(this);
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher, peer] {
        watcher->deleteLater();
        const Result<qint64> id = watcher->result();
        statusBar()->showMessage(id ? tr("Sending to %1 (job %2)").arg(peer).arg(id.value())
                                    : id.error());
        QMetaObject::invokeMethod(syncWorker_, &SyncWorker::wake, Qt::QueuedConnection);
    });
    watcher->setFuture(QtConcurrent::run([dataDir = dataDir_, studyUid, peer] {
        return workflow::queueSend(dataDir, peer, {studyUid});
    }));
}

void MainWindow::requestConsultation() {
    if (!permit(workflow::Permission::RequestConsultation)) return;
    const QString study = browser_->selectedStudyUid();
    if (study.isEmpty()) {
        statusBar()->showMessage(tr("Choose the study the request is about first"));
        return;
    }
    QStringList peers;
    for (const workflow::Peer& p : knownPeers()) peers << p.name;
    RequestDialog dialog(browser_->selectedStudyTitle(), peers, this);
    if (dialog.exec() != QDialog::Accepted) return;
    requestConsultation(study, dialog.request(), dialog.destination());
}

void MainWindow::requestConsultation(const QString& study,
                                     const consult::ConsultationRequest& request,
                                     const QString& destination) {
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this,
            [this, watcher, study, destination] {
                watcher->deleteLater();
                const Result<QString> made = watcher->result();
                statusBar()->showMessage(made ? tr("Consultation requested") : made.error());
                browser_->refresh();
                // The study goes with its request, to whoever is to answer it.
                if (made && !destination.isEmpty()) sendStudy(study, destination);
            });
    watcher->setFuture(QtConcurrent::run([dataDir = dataDir_, study, request] {
        return workflow::requestConsultation(dataDir, study, request);
    }));
}

void MainWindow::buildMenus() {
    using workflow::Permission;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    guard(file->addAction(
              tr("Import &files…"), QKeySequence::Open, this,
              [this] {
                  const QStringList files = QFileDialog::getOpenFileNames(
                      this, tr("Import files"), QString(),
                      tr("DICOM files, DICOMDIR and zip archives (*);;Zip archives (*.zip)"));
                  if (!files.isEmpty()) importPaths(files);
              }),
          Permission::Import);
    guard(file->addAction(tr("Import f&older…"), this,
                          [this] {
                              const QString dir =
                                  QFileDialog::getExistingDirectory(this, tr("Import folder"));
                              if (!dir.isEmpty()) importPaths({dir});
                          }),
          Permission::Import);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    guard(view->addAction(tr("&Refresh"), QKeySequence::Refresh, browser_, &StudyBrowser::refresh),
          Permission::ListStudies);
    guard(view->addAction(tr("&Statistics…"), this,
                          [this] {
                              auto* stats = new StatisticsWindow(dataDir_, this);
                              stats->setAttribute(Qt::WA_DeleteOnClose);
                              stats->show();
                          }),
          Permission::ListStudies);

    QMenu* consult = menuBar()->addMenu(tr("&Consultation"));
    guard(consult->addAction(tr("&Request a consultation…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                             this, [this] { requestConsultation(); }),
          Permission::RequestConsultation);
    guard(consult->addAction(tr("&Waiting for me"), QKeySequence(Qt::CTRL | Qt::Key_W), this,
                             [this] { browser_->setWaitingOnly(true); }),
          Permission::ListStudies);

    QMenu* network = menuBar()->addMenu(tr("&Network"));
    guard(network->addAction(tr("&Peers…"), this,
                             [this] {
                                 PeersDialog dialog(
                                     dataDir_,
                                     receiving_ ? receiving_->aeTitle : QStringLiteral("DICOMNET"),
                                     this);
                                 dialog.exec();
                                 // A listener that takes known peers only follows the list as it is
                                 // now.
                                 receiver_->peersChanged();
                             }),
          Permission::ManagePeers);
    guard(network->addAction(
              tr("&Query and retrieve…"), this,
              [this] {
                  QueryRetrieveDialog dialog(
                      dataDir_, receiving_ ? receiving_->aeTitle : QStringLiteral("DICOMNET"),
                      receiver_->listening(), this);
                  connect(&dialog, &QueryRetrieveDialog::retrieveFinished, this,
                          &MainWindow::cacheChanged);
                  connect(&dialog, &QueryRetrieveDialog::fetchQueued, this, &MainWindow::wakeSync);
                  dialog.exec();
              }),
          Permission::QueryRetrieve);
    guard(network->addAction(tr("&Jobs…"), this, &MainWindow::showJobs), Permission::Send);
    guard(network->addAction(tr("&Receiving…"), this,
                             [this] {
                                 ReceivingDialog dialog(
                                     receiving_.value_or(ReceivingSettings::load()),
                                     workflow::siteCertificatesReady(dataDir_), this);
                                 if (dialog.exec() != QDialog::Accepted) return;
                                 stopReceiving();
                                 receiving_ = dialog.settings();
                                 receiving_->save();
                                 startReceiving();
                             }),
          Permission::Receive);
    buildAdministrationMenu();

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System default")},
        {QStringLiteral("ro"), QStringLiteral("Română")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : languages) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About dicomnet"), this, [this] {
        QMessageBox::about(this, tr("About dicomnet"),
                           tr("<b>dicomnet %1</b><p>A radiology workstation for remote "
                              "consultation.</p><p>Cache: %2</p>")
                               .arg(QApplication::applicationVersion(), dataDir_.toHtmlEscaped()));
    });
}

void MainWindow::view(const QString& uid) {
    if (!permit(workflow::Permission::ReadImages)) return;
    if (Status s = workflow::mayOpen(dataDir_, uid); !s) {  // a consultant: shared studies only
        statusBar()->showMessage(s.error());
        return;
    }
    // A series of documents (SR, encapsulated PDF) opens as documents, not images.
    if (const QStringList documents = workflow::documentsOnly(dataDir_, uid);
        !documents.isEmpty()) {
        for (const QString& document : documents) {
            auto* dialog = new DocumentDialog(dataDir_, document, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
        return;
    }
    // Images evicted from the cache come back first (in a worker, with progress).
    if (auto presence = workflow::studyPresence(dataDir_, uid); presence && presence->away > 0) {
        openWhenHere(
            this, dataDir_, uid, [this, uid] { view(uid); },
            [this](const QString& why) { statusBar()->showMessage(why); });
        return;
    }
    auto study = workflow::studyForViewing(dataDir_, uid);
    if (!study) {
        statusBar()->showMessage(study.error());
        return;
    }
    auditLater({QStringLiteral("study-opened"),
                QStringLiteral("success"),
                study->patientId,
                {study->studyUid},
                uid == study->studyUid ? QString() : uid});
    // A closed viewer window is opened again: its OpenGL is set up already, so the first image
    // comes at once.
    for (const auto& viewer : viewers_) {
        if (viewer->isVisible()) continue;
        viewer->showStudy(study.value(), 1, 1);
        viewer->show();
        viewer->raise();
        return;
    }
    auto window = std::make_unique<ViewerWindow>();
    window->setDataDirectory(dataDir_,
                             receiving_ ? receiving_->aeTitle : QStringLiteral("DICOMNET"));
    window->resize(size());
    window->showStudy(study.value(), 1, 1);
    window->show();
    viewers_.push_back(std::move(window));
}

void MainWindow::cacheChanged() {
    if (!refreshSoon_->isActive()) refreshSoon_->start();
}

void MainWindow::startReceiving() {
    if (!receiving_ || !receiving_->enabled) {
        listenerStatus_->showStopped();
        return;
    }
    workflow::ReceiveSettings settings;
    settings.aeTitle = receiving_->aeTitle;
    settings.port = receiving_->port;
    settings.maxAssociations = receiving_->maxAssociations;
    settings.tls = receiving_->tls;
    settings.knownPeersOnly = receiving_->knownPeersOnly;
    if (Status s = receiver_->start(settings); !s) {
        listenerStatus_->showStopped(s.error());
        return;
    }
    listenerStatus_->showListening(settings.aeTitle, settings.port, receiving_->tls);
}

std::vector<workflow::Peer> MainWindow::knownPeers() {
    auto peers = workflow::listPeers(dataDir_);
    return peers ? peers.value() : std::vector<workflow::Peer>{};
}

void MainWindow::stopReceiving() {
    if (!receiver_->listening()) return;
    receiver_->stop();  // waits for associations in progress: what was acknowledged is stored
    listenerStatus_->showStopped();
}

void MainWindow::chooseLanguage(const QString& code) {
    QSettings().setValue(QStringLiteral("ui/language"), code);
    statusBar()->showMessage(tr("The language changes when dicomnet starts again."));
}

void MainWindow::importPaths(const QStringList& paths) {
    if (!permit(workflow::Permission::Import)) return;
    pendingImports_.append(paths);
    if (!importRunning_) startNextImport();
}

void MainWindow::startNextImport() {
    if (pendingImports_.isEmpty()) return;
    importRunning_ = true;
    lastImported_ = 0;
    progress_->setRange(0, 0);
    progress_->show();
    cancel_->show();
    emit importRequested(pendingImports_.takeFirst());
}

void MainWindow::onImportProgress(const workflow::ImportProgress& p) {
    progress_->setRange(0, p.total);
    progress_->setValue(p.done);
    statusBar()->showMessage(tr("Importing: %1 imported, %2 duplicates, %3 skipped, %4 rejected")
                                 .arg(p.imported)
                                 .arg(p.duplicates)
                                 .arg(p.skipped)
                                 .arg(p.rejected));
    if (p.imported != lastImported_) {  // what is durable shows up while the rest goes on
        lastImported_ = p.imported;
        browser_->refresh();
    }
}

void MainWindow::onImportFinished(const workflow::ImportSummary& s) {
    lastImport_ = s;
    importRunning_ = false;
    if (s.imported > 0) receiver_->pokeDescriptors();
    progress_->hide();
    cancel_->hide();
    QString message = tr("Import: %1 imported, %2 duplicates, %3 skipped (not DICOM), %4 rejected")
                          .arg(s.imported)
                          .arg(s.duplicates)
                          .arg(s.skipped.size())
                          .arg(s.rejected.size());
    if (s.cancelled) message += tr(" — stopped");
    statusBar()->showMessage(message);
    browser_->refresh();
    if (!s.fatalError.isEmpty() || !s.rejected.empty()) {
        QStringList lines;
        if (!s.fatalError.isEmpty()) lines << tr("The import stopped: %1").arg(s.fatalError);
        for (const auto& r : s.rejected) lines << r.item + QStringLiteral(": ") + r.reason;
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Import"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importProblems"));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit importFinished();
    startNextImport();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths.append(url.toLocalFile());
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (importRunning_) {
        // What was reported imported is durable; the batch in hand finishes before exit.
        importWorker_->cancel();
    }
    event->accept();
}

}  // namespace dicomnet::gui
