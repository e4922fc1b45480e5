// The window against a DICOMweb portal (Orthanc with its DICOMweb plugin, in a network
// namespace), under Xvfb: the red zone sends a patient's films to the portal from the command
// line; at home, the query/retrieve dialog finds the patient there by QIDO-RS, lists a study's
// series, and fetches the study as a fetch job that the window's sync engine runs; the study
// shows in the browser and the Jobs dialog shows the fetch "from portal", done.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "gui/jobs_dialog.h"
#include "gui/main_window.h"
#include "gui/query_retrieve_dialog.h"
#include "gui/study_browser.h"
#include "orthanc_portal.h"
#include "test_data.h"
#include "workflow/translations.h"

#include "core/synthetic_patient.h"
#include "network/network_setup.h"
#include "viewer/widgets/image_view.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;

class TestPortalWindow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() {
        workflow::describeApplication();
        network::configureNetworking();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void queryRetrieve_ShouldFetchFromAPortal() {
        test::OrthancPortal portal(dir_.filePath("portal"));
        QVERIFY2(portal.start(), qPrintable(portal.output()));
        const QStringList addPortal{
            "peers",  "add",     "portal",          "--dicomweb",         portal.url(),
            "--user", "consult", "--password-file", portal.passwordFile()};
        // The red zone: the demo patient's films go to the portal.
        SyntheticPatientOptions o;
        o.xraySize = 64;
        o.ctSlices = 3;
        QVERIFY(writeSyntheticPatient(dir_.filePath("films"), o));
        const QString redZone = dir_.filePath("redzone"), home = dir_.filePath("home");
        QCOMPARE(test::runDicomnet(redZone, {"import", dir_.filePath("films")}).exitCode, 0);
        QCOMPARE(test::runDicomnet(redZone, addPortal).exitCode, 0);
        QStringList studies;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(test::runDicomnet(redZone, {"ls", "studies", "--json"}).out)
                 .array())
            studies << v.toObject()["study_uid"].toString();
        QVERIFY(studies.size() >= 2);
        const auto sent = test::runDicomnet(redZone, QStringList{"send", "portal"} + studies);
        QVERIFY2(sent.exitCode == 0, sent.out.constData());
        // Home: an empty cache, the portal as a peer.
        QCOMPARE(test::runDicomnet(home, addPortal).exitCode, 0);
        gui::MainWindow w(home);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.browser()->studyCount(), 0);
        gui::QueryRetrieveDialog dialog(home, "DICOMNET", false, &w);
        connect(&dialog, &gui::QueryRetrieveDialog::fetchQueued, &w,
                &gui::MainWindow::wakeSync);  // as the menu does
        w.showJobs();
        dialog.show();
        dialog.findChild<QLineEdit*>("qrPatientId")->setText("DEMO-0001");
        QSignalSpy searched(&dialog, &gui::QueryRetrieveDialog::searchFinished);
        dialog.search();
        QVERIFY(searched.wait(20000));
        QVERIFY2(searched.at(0).at(0).toBool(), qPrintable(searched.at(0).at(1).toString()));
        QCOMPARE(dialog.resultCount(), studies.size());
        auto* results = dialog.findChild<QTableWidget*>("qrResults");
        for (int row = 1; row < results->rowCount(); ++row)  // newest first
            QVERIFY(results->item(row - 1, 0)->text() >= results->item(row, 0)->text());
        QSignalSpy listed(&dialog, &gui::QueryRetrieveDialog::seriesListed);
        results->selectRow(0);
        QVERIFY(listed.wait(20000));
        QVERIFY2(listed.at(0).at(0).toBool(), qPrintable(listed.at(0).at(1).toString()));
        QVERIFY(dialog.seriesCount() >= 1);
        QVERIFY(dialog.grab().save(test::testOutputDir() + "/query_retrieve_portal.png"));
        // The whole study: a fetch job, run by the window's sync engine.
        QSignalSpy retrieved(&dialog, &gui::QueryRetrieveDialog::retrieveFinished);
        dialog.retrieveSelected();
        QVERIFY(retrieved.wait(30000));
        QVERIFY2(
            retrieved.at(0).at(0).toBool() && retrieved.at(0).at(1).toString().contains("as job"),
            qPrintable(retrieved.at(0).at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->studyCount() == 1; }, 30000));
        auto* jobs = w.findChild<gui::JobsDialog*>();
        QVERIFY(jobs);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return jobs->rowCount() == 1 &&
                                jobs->cellText(0, 2) == QLatin1String("done");
                     },
                     30000),
                 qPrintable(jobs->rowCount() ? jobs->cellText(0, 2) + " " + jobs->cellText(0, 5)
                                             : QStringLiteral("no job")));
        QCOMPARE(jobs->cellText(0, 1), QStringLiteral("from portal"));
        QCOMPARE(jobs->cellText(0, 4), QStringLiteral("complete"));
        QVERIFY(jobs->grab().save(test::testOutputDir() + "/jobs_fetch.png"));
    }
};

int main(int argc, char** argv) {
    viewer::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestPortalWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_portal_window.moc"
