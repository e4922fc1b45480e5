// "Send for consultation" in the workstation window, under Xvfb: the technician asks a question
// about a study and chooses the consultants' archive (DCMTK's dcmqrscp); the window's sync
// engine sends the study with its request, checks the archive holds all of it, and the Jobs
// dialog shows the job done and complete. A second job to a peer that is down waits for a
// retry, and is cancelled from the dialog.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "gui/jobs_dialog.h"
#include "gui/main_window.h"
#include "gui/study_browser.h"
#include "test_data.h"
#include "workflow/translations.h"

#include "core/synthetic_patient.h"
#include "network/network_setup.h"
#include "viewer/widgets/image_view.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;

class TestSendForConsultation : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_;

private slots:
    void initTestCase() {
        workflow::describeApplication();
        network::configureNetworking();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        SyntheticPatientOptions o;
        o.xraySize = 64;
        o.ctSlices = 3;
        QVERIFY(writeSyntheticPatient(dir_.filePath("films"), o));
        data_ = dir_.filePath("data");
        QCOMPARE(test::runDicomnet(data_, {"import", dir_.filePath("films")}).exitCode, 0);
    }

    void sendForConsultation_ShouldDeliverTheStudyAndItsRequest() {
        test::DcmqrscpArchive archive(dir_.filePath("archive"), test::freePort());
        QVERIFY(archive.waitUntilUp());
        QCOMPARE(
            test::runDicomnet(data_, {"peers", "add", "consultants", "--aet", "ARCHIVE", "--host",
                                      "127.0.0.1", "--port", QString::number(archive.port())})
                .exitCode,
            0);
        gui::MainWindow w(data_);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->studyCount() > 0; }, 20000));
        const QString study = w.browser()->selectedStudyUid();
        QVERIFY(!study.isEmpty());
        w.requestConsultation(study,
                              {"Pneumonie? Comparați cu filmul precedent.",
                               consult::Urgency::Urgent, "", "Maria Tehnician", "Zona roșie"},
                              "consultants");
        w.showJobs();
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
        QCOMPARE(jobs->cellText(0, 1), QStringLiteral("consultants"));
        QCOMPARE(jobs->cellText(0, 4), QStringLiteral("complete"));
        // The archive holds the film and the request (an SR series).
        const auto found =
            test::runDicomnet(data_, {"find", "consultants", "--study", study, "--json"});
        QVERIFY2(found.out.contains("\"SR\""), found.out.constData());
        QTest::qWait(200);
        QVERIFY(jobs->grab().save(test::testOutputDir() + "/jobs_dialog.png"));
        // Until the answer comes, the browser says where the study went.
        auto* studies = w.browser()->findChildren<QTableView*>().at(1);  // patients, studies, …
        auto* model = qobject_cast<QStandardItemModel*>(studies->model());
        QVERIFY(model);
        QString state;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         for (int r = 0; r < model->rowCount(); ++r)
                             if (model->item(r, 8)->text().startsWith("requested"))
                                 state = model->item(r, 8)->text();
                         return state == QStringLiteral(
                                             "requested · sent to consultants, "
                                             "waiting for the answer");
                     },
                     10000),
                 qPrintable(state));
        QVERIFY(w.grab().save(test::testOutputDir() + "/sent_waiting.png"));

        // A peer that is down: the job waits for its retry; cancelled from the dialog.
        QCOMPARE(
            test::runDicomnet(data_, {"peers", "add", "away", "--aet", "AWAY", "--host",
                                      "127.0.0.1", "--port", QString::number(test::freePort())})
                .exitCode,
            0);
        w.sendStudy(study, "away");
        QVERIFY(QTest::qWaitFor(
            [&] {
                return jobs->rowCount() == 2 && jobs->cellText(0, 2).startsWith("retry at") &&
                       jobs->cellText(0, 5).contains("no association");
            },
            30000));
        auto* table = jobs->findChild<QTableWidget*>("jobsTable");
        table->selectRow(0);
        for (QPushButton* b : jobs->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Cancel the job")) b->click();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto r = test::runDicomnet(data_, {"jobs", "--json"});
                return QJsonDocument::fromJson(r.out).array()[0].toObject()["state"].toString() ==
                       QLatin1String("cancelled");
            },
            20000));
    }
};

int main(int argc, char** argv) {
    viewer::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestSendForConsultation test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_send_for_consultation.moc"
