// The first window under Xvfb: import by menu action and by drag and drop, the study browser's
// search, Romanian and Russian translations, and a screenshot for people to look at.
#include "cli_runner.h"
#include "dicom_factory.h"
#include "dicom_peers.h"
#include "gui/listener_status.h"
#include "gui/main_window.h"
#include "gui/peers_dialog.h"
#include "gui/query_retrieve_dialog.h"
#include "gui/study_browser.h"
#include "gui/viewer_window.h"
#include "network/network_setup.h"
#include "test_data.h"
#include "viewer/widgets/image_view.h"
#include "workflow/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dicomnet;
using namespace dicomnet::test;

namespace {

bool waitForCounts(gui::StudyBrowser* b, int studies) {
    return QTest::qWaitFor([&] { return b->studyCount() == studies; }, 10000);
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        workflow::describeApplication();
        network::configureNetworking();
    }

    void import_ShouldFillTheBrowser_AndSearchShouldNarrowIt() {
        QTemporaryDir data;
        gui::MainWindow w(data.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->hint().contains("empty"); }, 10000));
        QSignalSpy finished(&w, &gui::MainWindow::importFinished);
        w.importPaths({pydicomFile("charset_files")});
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.lastImport().imported, 13);  // 2 rejected (no SOP Instance UID), 2 duplicates
        QCOMPARE(int(w.lastImport().rejected.size()), 2);
        QVERIFY(waitForCounts(w.browser(), 13));

        auto* name = w.findChild<QLineEdit*>("nameSearch");
        name->setText(QStringLiteral("Люк"));  // keyClicks types ASCII only
        QVERIFY(waitForCounts(w.browser(), 1));
        name->clear();
        QVERIFY(waitForCounts(w.browser(), 13));
        QTest::keyClicks(name, QStringLiteral("jerome"));  // Jérôme, without the accents
        QVERIFY(waitForCounts(w.browser(), 1));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("nobody"));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->hint().contains("No study"); }, 10000));
        name->clear();
        auto* modality = w.findChild<QComboBox*>("modalityFilter");
        modality->setCurrentIndex(modality->findData("CT"));
        QVERIFY(waitForCounts(w.browser(), 0));
        modality->setCurrentIndex(0);
        QVERIFY(waitForCounts(w.browser(), 13));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->seriesCount() == 1; }, 10000));
        QVERIFY(w.grab().save(testOutputDir() + "/main_window_charsets.png"));
    }

    void drop_ShouldImportFilesAndFolders() {
        QTemporaryDir data, input;
        // An admission's chest X-rays for three patients, names in Romanian and Russian.
        const QList<QPair<QString, QString>> patients = {
            {"MD-3003", QStringLiteral("Ciobanu^Maria-Ștefania")},
            {"MD-3117", QStringLiteral("Țurcanu^Ion")},
            {"MD-4020", QStringLiteral("Кузнецова^Ирина")}};
        int file = 0;
        for (int p = 0; p < patients.size(); ++p) {
            for (int s = 0; s < 3 - p; ++s) {
                SyntheticObject o;
                o.patientId = patients[p].first;
                o.characterSet = "ISO_IR 192";
                o.patientName = patients[p].second.toUtf8();
                o.studyDate = QStringLiteral("2020040%1").arg(2 * s + p + 1);
                o.studyDescription = QStringLiteral("Radiografie toracică").toUtf8();
                DicomFactory::write(QStringLiteral("%1/cr%2.dcm").arg(input.path()).arg(file++), o);
            }
        }
        gui::MainWindow w(data.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(&w, &gui::MainWindow::importFinished);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(input.path()),
                      QUrl::fromLocalFile(pydicomFile("test_files/CT_small.dcm"))});
        const QPoint at = w.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.lastImport().imported, 7);
        QVERIFY(waitForCounts(w.browser(), 7));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->seriesCount() == 1; }, 10000));
        QVERIFY(w.grab().save(testOutputDir() + "/main_window.png"));
    }

    // Studies sent to the workstation arrive in the browser; the status bar says so.
    void receiving_ShouldShowWhatArrives() {
        QTemporaryDir data, input;
        for (int i = 1; i <= 3; ++i) {
            SyntheticObject o;
            o.patientId = "MD-5005";
            o.characterSet = "ISO_IR 192";
            o.patientName = QStringLiteral("Rusu^Ecaterina").toUtf8();
            o.studyUid = "1.2.826.0.1.3680043.2.1143.5005";
            o.seriesUid = "1.2.826.0.1.3680043.2.1143.5005.1";
            o.instanceNumber = i;
            o.sopInstanceUid = QStringLiteral("1.2.826.0.1.3680043.2.1143.5005.1.%1").arg(i);
            DicomFactory::write(QStringLiteral("%1/%2.dcm").arg(input.path()).arg(i), o);
        }
        gui::ReceivingSettings receiving;
        receiving.port = freePort();
        gui::MainWindow w(data.path(), receiving);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.listenerStatus()->text().contains(QString::number(receiving.port)),
                 qPrintable(w.listenerStatus()->text()));
        // storescu runs while the window keeps handling events.
        auto sender = startTool("storescu", {"+sd", "-aec", "DICOMNET", "127.0.0.1",
                                             QString::number(receiving.port), input.path()});
        QVERIFY(QTest::qWaitFor([&] { return sender->state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(sender->exitCode(), 0);
        QVERIFY(QTest::qWaitFor([&] { return w.listenerStatus()->receivedCount() == 3; }, 10000));
        QVERIFY(w.listenerStatus()->text().contains("Rusu"));
        QVERIFY(waitForCounts(w.browser(), 1));

        // Peers: add one (our own listener), refuse a bad one, and check it answers.
        gui::PeersDialog peers(data.path(), "DICOMNET", &w);
        peers.show();
        peers.findChild<QLineEdit*>("peerName")->setText("bad");
        peers.findChild<QLineEdit*>("peerAeTitle")->setText("");
        peers.findChild<QLineEdit*>("peerHost")->setText("127.0.0.1");
        QVERIFY(!peers.addPeer());
        peers.findChild<QLineEdit*>("peerName")->setText("self");
        peers.findChild<QLineEdit*>("peerAeTitle")->setText("DICOMNET");
        peers.findChild<QSpinBox*>("peerPort")->setValue(receiving.port);
        QVERIFY(peers.addPeer());
        QCOMPARE(peers.peerCount(), 1);
        QSignalSpy echoed(&peers, &gui::PeersDialog::echoFinished);
        peers.findChild<QTableWidget*>("peersTable")->selectRow(0);
        peers.echoSelected();
        QVERIFY(echoed.wait(15000));
        QVERIFY2(echoed.at(0).at(0).toBool(), qPrintable(echoed.at(0).at(1).toString()));
        QVERIFY(peers.grab().save(testOutputDir() + "/peers_dialog.png"));
        QVERIFY(w.grab().save(testOutputDir() + "/main_window_receiving.png"));
    }

    // The window's listener over DICOM TLS, taking known peers only: a peer with its own
    // certificate is served, anyone else is refused, and the status bar says TLS.
    void receiving_ShouldTakeOnlyKnownPeers_OverTls() {
        QTemporaryDir data, certs;
        QCOMPARE(
            runDicomnet(data.path(), {"certs", "init", "--org", "Site", "--node", "ws"}).exitCode,
            0);
        for (const char* name : {"modality", "intruder"})
            QCOMPARE(
                runDicomnet(data.path(), {"certs", "issue", name, "--out", certs.path()}).exitCode,
                0);
        QCOMPARE(runDicomnet(data.path(), {"peers", "add", "modality", "--aet", "MODALITY",
                                           "--host", "127.0.0.1", "--port", "104", "--tls"})
                     .exitCode,
                 0);
        gui::ReceivingSettings receiving;
        receiving.port = freePort();
        receiving.tls = true;
        receiving.knownPeersOnly = true;
        gui::MainWindow w(data.path(), receiving);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.listenerStatus()->text().contains("TLS"),
                 qPrintable(w.listenerStatus()->text()));
        auto tls = [&](const QString& who) {
            return QStringList{"+tls", certs.path() + "/" + who + ".key",
                               certs.path() + "/" + who + ".pem", "+cf",
                               data.path() + "/certs/ca.pem"};
        };
        const QStringList to{"-aec", "DICOMNET", "127.0.0.1", QString::number(receiving.port)};
        auto sender =
            startTool("storescu", tls("modality") + QStringList{"-aet", "MODALITY"} + to +
                                      QStringList{pydicomFile("test_files/CT_small.dcm")});
        QVERIFY(QTest::qWaitFor([&] { return sender->state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(sender->exitCode(), 0);
        QVERIFY(QTest::qWaitFor([&] { return w.listenerStatus()->receivedCount() == 1; }, 10000));
        auto intruder =
            startTool("echoscu", tls("intruder") + QStringList{"-aet", "MODALITY"} + to);
        QVERIFY(QTest::qWaitFor([&] { return intruder->state() == QProcess::NotRunning; }, 30000));
        QVERIFY(intruder->exitCode() != 0);
        auto plain = startTool("echoscu", QStringList{"-aet", "MODALITY"} + to);
        QVERIFY(QTest::qWaitFor([&] { return plain->state() == QProcess::NotRunning; }, 30000));
        QVERIFY(plain->exitCode() != 0);
        QVERIFY(waitForCounts(w.browser(), 1));
    }

    // Find a patient's studies on another workstation and bring one here.
    void queryRetrieve_ShouldFetchAStudyIntoTheBrowser() {
        QTemporaryDir hospital, data;
        QCOMPARE(runDicomnet(hospital.path(),
                             {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                     .exitCode,
                 0);
        gui::ReceivingSettings receiving;
        receiving.port = freePort();
        QCOMPARE(
            runDicomnet(hospital.path(), {"peers", "add", "ws", "--aet", "DICOMNET", "--host",
                                          "127.0.0.1", "--port", QString::number(receiving.port)})
                .exitCode,
            0);
        const int hospitalPort = freePort();
        QProcess listener;
        listener.start(dicomnetBinary(), {"--data-dir", hospital.path(), "listen", "--aet",
                                          "HOSPITAL", "--port", QString::number(hospitalPort)});
        QVERIFY(listener.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return runTool("echoscu",
                               {"-aec", "HOSPITAL", "127.0.0.1", QString::number(hospitalPort)},
                               2000)
                           .exitCode == 0;
            },
            20000));
        QCOMPARE(
            runDicomnet(data.path(), {"peers", "add", "hospital", "--aet", "HOSPITAL", "--host",
                                      "127.0.0.1", "--port", QString::number(hospitalPort)})
                .exitCode,
            0);

        gui::MainWindow w(data.path(), receiving);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        gui::QueryRetrieveDialog dialog(data.path(), "DICOMNET", true, &w);
        connect(&dialog, &gui::QueryRetrieveDialog::retrieveFinished, &w,
                &gui::MainWindow::cacheChanged);  // as the menu does
        dialog.show();
        dialog.findChild<QLineEdit*>("qrPatientId")->setText("77654033");
        QSignalSpy searched(&dialog, &gui::QueryRetrieveDialog::searchFinished);
        dialog.search();
        QVERIFY(searched.wait(20000));
        QVERIFY2(searched.at(0).at(0).toBool(), qPrintable(searched.at(0).at(1).toString()));
        QCOMPARE(dialog.resultCount(), 2);
        // Choosing a study lists its series; one series is fetched on its own (by C-GET).
        QSignalSpy listed(&dialog, &gui::QueryRetrieveDialog::seriesListed);
        dialog.findChild<QTableWidget*>("qrResults")->selectRow(0);
        QVERIFY(listed.wait(20000));
        QVERIFY2(listed.at(0).at(0).toBool(), qPrintable(listed.at(0).at(1).toString()));
        QVERIFY(dialog.seriesCount() >= 1);
        auto* series = dialog.findChild<QTableWidget*>("qrSeries");
        series->selectRow(0);
        const int seriesImages = series->item(0, 3)->text().toInt();
        QVERIFY(seriesImages > 0);
        QSignalSpy retrieved(&dialog, &gui::QueryRetrieveDialog::retrieveFinished);
        dialog.retrieveSelected();
        QVERIFY(retrieved.wait(30000));
        QVERIFY2(retrieved.at(0).at(0).toBool(), qPrintable(retrieved.at(0).at(1).toString()));
        QVERIFY2(retrieved.at(0).at(1).toString().contains("C-GET"),
                 qPrintable(retrieved.at(0).at(1).toString()));
        QVERIFY(waitForCounts(w.browser(), 1));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->seriesCount() == 1; }, 10000));
        QVERIFY(dialog.grab().save(testOutputDir() + "/query_retrieve.png"));
        // Then the whole study: no series chosen.
        series->clearSelection();
        retrieved.clear();
        dialog.retrieveSelected();
        QVERIFY(retrieved.wait(30000));
        QVERIFY2(retrieved.at(0).at(0).toBool(), qPrintable(retrieved.at(0).at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->seriesCount() == dialog.seriesCount(); },
                                10000));
        listener.terminate();
        listener.waitForFinished(20000);
    }

    // A study evicted from the cache (held by the hospital's workstation, which acknowledged
    // it) shows as away in the browser; opening it brings it back by C-GET, with progress, and
    // the viewer opens; while it is shown it is not evicted.
    void evictedStudy_ShouldComeBackWhenOpened() {
        const QString study = "1.3.6.1.4.1.5962.1.1.0.0.0.1196533885.18148.0.1";  // 11 MR
        QTemporaryDir hospital, data;
        for (const QString& dir : {hospital.path(), data.path()})
            QCOMPARE(runDicomnet(dir, {"import", pydicomFile("test_files/dicomdirtests/DICOMDIR")})
                         .exitCode,
                     0);
        const int hospitalPort = freePort();
        QProcess listener;
        QVERIFY(startListen(listener, hospital.path(), hospitalPort));
        QCOMPARE(runDicomnet(data.path(), {"peers", "add", "hospital", "--aet", "DICOMNET",
                                           "--host", "127.0.0.1", "--port",
                                           QString::number(hospitalPort)})
                     .exitCode,
                 0);
        CliResult r = runDicomnet(data.path(), {"send", "hospital", study});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(runDicomnet(data.path(), {"cache", "keep", "0"}).exitCode, 0);
        r = runDicomnet(data.path(), {"cache", "evict", study});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        gui::MainWindow w(data.path());
        w.resize(1400, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(waitForCounts(w.browser(), 6));
        bool shownAway = false;
        for (QTableView* view : w.browser()->findChildren<QTableView*>())
            for (int row = 0; view->model() && row < view->model()->rowCount(); ++row)
                for (int col = 0; col < view->model()->columnCount(); ++col)
                    shownAway |= view->model()->index(row, col).data().toString() == "0 + 11 away";
        QVERIFY(shownAway);
        QVERIFY(w.grab().save(testOutputDir() + "/main_window_away.png"));

        w.view(study);
        gui::ViewerWindow* viewer = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QWidget* t : QApplication::topLevelWidgets())
                    if (t->inherits("dicomnet::gui::ViewerWindow") && t->isVisible())
                        viewer = static_cast<gui::ViewerWindow*>(t);
                return viewer != nullptr;
            },
            60000));
        r = runDicomnet(data.path(), {"ls", "studies", "--json"});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            if (v["study_uid"].toString() == study) {
                QCOMPARE(v["instance_count"].toInt(), 11);
                QCOMPARE(v["away_count"].toInt(), 0);
            }
        r = runDicomnet(data.path(), {"cache", "evict", study});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("open in a window"), r.out.constData());
        viewer->close();
        r = runDicomnet(data.path(), {"cache", "evict", study, "--dry-run"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        listener.terminate();
        listener.waitForFinished(20000);
    }

    // `dicomnet view` as a user runs it, and the browser opening a study in the viewer.
    void view_ShouldShowAStudy_FromTheCommandLineAndTheBrowser() {
        QTemporaryDir data;
        CliResult r = runDicomnet(data.path(), {"demo"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("124 objects added"));
        r = runDicomnet(data.path(), {"ls", "studies", "--modality", "CT", "--json"});
        const QString ct =
            QJsonDocument::fromJson(r.out).array()[0].toObject()["study_uid"].toString();
        QVERIFY(!ct.isEmpty());
        const QString shot = testOutputDir() + "/view_ct.png";
        r = runDicomnet(data.path(), {"view", ct, "--layout", "1x2", "--screenshot", shot});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("first image"), r.out.constData());
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 50);
        // Multiplanar: the CT is a volume; a single radiograph is not.
        const QString mprShot = testOutputDir() + "/view_mpr.png";
        r = runDicomnet(data.path(), {"view", ct, "--mpr", "--screenshot", mprShot});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QImage(mprShot).isNull());
        r = runDicomnet(data.path(), {"ls", "studies", "--modality", "DX", "--json"});
        const QString dx =
            QJsonDocument::fromJson(r.out).array()[0].toObject()["study_uid"].toString();
        r = runDicomnet(data.path(), {"view", dx, "--mpr", "--screenshot", mprShot});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a volume"), r.err.constData());
        r = runDicomnet(data.path(), {"view", "1.2.3.4.5.6.7", "--screenshot", shot});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not in the cache"));
        r = runDicomnet(data.path(), {"view", ct, "--layout", "9x9"});
        QCOMPARE(r.exitCode, 2);

        // The browser: activating the study opens a viewer window on it.
        gui::MainWindow w(data.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int before = QApplication::topLevelWidgets().size();
        w.view(ct);
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QWidget* t : QApplication::topLevelWidgets())
                    if (t->inherits("dicomnet::gui::ViewerWindow") && t->isVisible()) return true;
                return false;
            },
            5000));
        QVERIFY(QApplication::topLevelWidgets().size() > before);
    }

    void translations_ShouldExistForRomanianAndRussian_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("ro") << "ro" << QStringLiteral("&Fișier");
        QTest::newRow("ru") << "ru" << QStringLiteral("&Файл");
    }
    void translations_ShouldExistForRomanianAndRussian() {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QTranslator t;
        QVERIFY(t.load(QLocale(language), "dicomnet", "_", ":/i18n"));
        QCoreApplication::installTranslator(&t);
        QTemporaryDir data;
        {
            gui::MainWindow w(data.path());
            QCOMPARE(w.menuBar()->actions().at(0)->text(), fileMenu);
            if (language == "ro") {
                w.show();
                QVERIFY(QTest::qWaitForWindowExposed(&w));
                QVERIFY(w.grab().save(testOutputDir() + "/main_window_ro.png"));
            }
        }
        QCoreApplication::removeTranslator(&t);
    }
};

int main(int argc, char** argv) {
    viewer::setDefaultSurfaceFormat();  // before QApplication, as the workstation does
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_main_window.moc"
