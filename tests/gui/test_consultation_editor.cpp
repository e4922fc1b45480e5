// Writing a consultation beside the images, under Xvfb, as the radiologist at home does: the
// technician's request shows above the form; the Brixia score is set by clicking the lungs;
// the film, with a distance measured on it, goes in as a key image; the draft is saved, a
// wrong passphrase refused, then it is signed and opens read-only with its signature valid;
// an amendment leaves the signed version standing until it is signed itself. What was stored
// is checked with the command line (and dciodvfy); the browser shows the states and what
// waits for whom.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "gui/brixia_diagram.h"
#include "gui/consultation_editor.h"
#include "gui/document_dialog.h"
#include "gui/main_window.h"
#include "gui/study_browser.h"
#include "gui/viewer_window.h"
#include "test_data.h"
#include "workflow/study_for_viewing.h"
#include "workflow/translations.h"

#include "core/synthetic_patient.h"
#include "db/cache.h"
#include "network/network_setup.h"
#include "viewer/widgets/image_view.h"
#include "viewer/widgets/viewer_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;

namespace {

const QByteArray kPassphrase = "parola-de-semnare";

void click(gui::BrixiaDiagram* d, int zone, int times, Qt::MouseButton button = Qt::LeftButton) {
    for (int i = 0; i < times; ++i)
        QTest::mouseClick(d, button, {}, d->zoneRect(zone).center().toPoint());
}

}  // namespace

class TestConsultationEditor : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, study_;

    QJsonArray documents() {
        return QJsonDocument::fromJson(
                   test::runDicomnet(data_, {"consult", "list", study_, "--json"}).out)
            .array();
    }
    QString stateOf(const QString& uid) {
        for (const QJsonValue& v : documents())
            if (v.toObject()["sop_instance_uid"].toString() == uid)
                return v.toObject()["state"].toString();
        return QStringLiteral("(absent)");
    }

private slots:
    void initTestCase() {
        workflow::describeApplication();
        network::configureNetworking();
        QStandardPaths::setTestModeEnabled(true);  // settings of the test's own
        QSettings().clear();
        SyntheticPatientOptions o;
        o.xraySize = 256;
        o.ctSlices = 2;
        QVERIFY(writeSyntheticPatient(dir_.filePath("films"), o));
        data_ = dir_.filePath("data");
        QCOMPARE(test::runDicomnet(data_, {"import", dir_.filePath("films")}).exitCode, 0);
        const auto h = test::runDicomnet(data_, {"history", o.patientId, "--json"});
        study_ = QJsonDocument::fromJson(h.out).array().last().toObject()["study_uid"].toString();
        QVERIFY(!study_.isEmpty());
        QCOMPARE(test::runDicomnet(data_, {"certs", "init", "--org", "Spitalul Clinic"}).exitCode,
                 0);
        const auto r =
            test::runDicomnet(data_, {"certs", "person", "Ana Rusu", "--out", dir_.filePath("me")},
                              60000, kPassphrase + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const auto asked = test::runDicomnet(
            data_, {"consult", "request", study_, "--question", "Pneumonie? SpO2 91%.", "--urgency",
                    "urgent", "--for", "Ana Rusu", "--author", "Maria Tehnician"});
        QVERIFY2(asked.exitCode == 0, qPrintable(describe(asked)));
    }

    void editor_ShouldWriteSignAndAmendAConsultation() {
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        auto study = workflow::studyForViewing(*cache.value(), study_);
        QVERIFY(study);
        gui::ViewerWindow w;
        w.resize(1400, 900);
        w.setDataDirectory(data_);
        gui::ConsultationEditor* editor = w.consultation();
        QSignalSpy loaded(editor, &gui::ConsultationEditor::loaded);
        w.showStudy(study.value(), 1, 1);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(loaded.count() > 0 || loaded.wait(20000), qPrintable(editor->stateText()));
        QVERIFY2(editor->stateText().contains("Request") &&
                     editor->stateText().contains("urgent") &&
                     editor->stateText().contains("SpO2 91%"),
                 qPrintable(editor->stateText()));
        QVERIFY(editor->editable());

        // A chest film opens on its template: Brixia, not the chest CT's.
        auto* chosen = editor->findChild<QComboBox*>("consultTemplate");
        QVERIFY(chosen);
        QCOMPARE(chosen->currentData().toString(), QStringLiteral("chest-xray-covid"));
        // The Brixia score by clicking: A 1, B 2, C 3 then back to 2 (right click), D–F 0.
        editor->setAuthor("Ana Rusu", "Spitalul Clinic");
        editor->setTemplate("chest-xray-covid");
        gui::BrixiaDiagram* brixia = editor->brixia();
        QVERIFY(brixia->isVisible());
        click(brixia, 0, 2);
        click(brixia, 1, 3);
        click(brixia, 2, 4);
        QVERIFY2(editor->totalText().contains("every part"), qPrintable(editor->totalText()));
        for (int zone = 3; zone < 6; ++zone) click(brixia, zone, 1);
        QCOMPARE(brixia->value(2), 3);
        QVERIFY2(editor->totalText().contains("<b>6</b>"), qPrintable(editor->totalText()));
        click(brixia, 2, 1, Qt::RightButton);
        QVERIFY2(editor->totalText().contains("<b>5</b>"), qPrintable(editor->totalText()));
        editor->setTexts(QStringLiteral("Opacități în câmpul drept."), "Pneumonie COVID-19.",
                         "Control peste 7 zile.");

        // The film with a distance measured on it, as a key image.
        QVERIFY(QTest::qWaitFor([&] { return w.panel()->settled(); }, 20000));
        viewer::ImageView* view = w.panel()->currentViewport();
        QVERIFY(view);
        view->addMeasurement(0, {viewer::Measurement::Kind::Distance, {{40, 60}, {120, 60}}});
        editor->addCurrentImage();
        QCOMPARE(editor->keyImageCount(), 1);

        QSignalSpy saved(editor, &gui::ConsultationEditor::saved);
        loaded.clear();
        editor->saveDraft();
        QVERIFY(saved.wait(20000));
        QVERIFY(loaded.wait(20000));
        const QString draft = saved.first().first().toString();
        QCOMPARE(stateOf(draft), QStringLiteral("draft"));
        auto shown = test::runDicomnet(data_, {"consult", "show", draft});
        const QString tree = QString::fromUtf8(shown.out);
        QVERIFY2(tree.contains("\"Brixia score\")=\"5\"") &&
                     tree.contains("Best illustration of finding") && tree.contains("SCOORD") &&
                     tree.contains("POLYLINE") && tree.contains("Opacități în câmpul drept."),
                 qPrintable(tree));
        QVERIFY(editor->stateText().contains("Draft"));
        QVERIFY(QTest::qWaitFor([&] { return w.timeline()->localCount() > 0; }, 10000));

        // A wrong passphrase: refused, nothing final.
        QSignalSpy messages(editor, &gui::ConsultationEditor::message);
        const QString me = dir_.filePath("me/ana-rusu");
        editor->sign({me + ".pem", me + ".key", "nu-e-parola"});
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto& m : messages)
                    if (m.first().toString().contains("wrong passphrase")) return true;
                return false;
            },
            20000));
        QVERIFY(!documents().isEmpty());
        for (const QJsonValue& v : documents())
            QVERIFY(v.toObject()["state"].toString() != QLatin1String("final"));

        // Signed: final, read-only, its signature valid.
        QSignalSpy signedSpy(editor, &gui::ConsultationEditor::signedFinal);
        QVERIFY(QTest::qWaitFor([&] { return !editor->busy(); }, 10000));
        loaded.clear();
        editor->sign({me + ".pem", me + ".key", kPassphrase});
        QVERIFY(signedSpy.wait(30000));
        QVERIFY(loaded.wait(20000));
        const QString final = signedSpy.first().first().toString();
        QVERIFY2(editor->stateText().contains("Signed") &&
                     editor->stateText().contains("signed by Ana Rusu") &&
                     editor->stateText().contains("valid"),
                 qPrintable(editor->stateText()));
        QVERIFY(!editor->editable());
        QCOMPARE(editor->documentUid(), final);
        auto verified = test::runDicomnet(data_, {"consult", "verify", final});
        QVERIFY2(verified.exitCode == 0, qPrintable(describe(verified)));
        QTest::qWait(300);  // the layouts settle (a new text re-lays the dock out)
        QVERIFY(w.grab().save(test::testOutputDir() + "/consultation_signed.png"));

        // An amendment: the signed version stands until the amendment is signed.
        editor->amend();
        QVERIFY(editor->editable());
        editor->setTexts(QStringLiteral("Opacități în câmpul drept."),
                         "Pneumonie COVID-19, în regresie.", "Control peste 7 zile.");
        saved.clear();
        loaded.clear();
        editor->saveDraft();
        QVERIFY(saved.wait(20000));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(stateOf(final), QStringLiteral("final"));
        const QString amendment = saved.first().first().toString();
        QCOMPARE(stateOf(amendment), QStringLiteral("draft"));
        signedSpy.clear();
        loaded.clear();
        editor->sign({me + ".pem", me + ".key", kPassphrase});
        QVERIFY(signedSpy.wait(30000));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(stateOf(final), QStringLiteral("replaced"));
        QVERIFY2(editor->stateText().contains("Amended"), qPrintable(editor->stateText()));
        QTest::qWait(300);  // the layouts settle (a new text re-lays the dock out)
        QVERIFY(w.grab().save(test::testOutputDir() + "/consultation_amended.png"));
        for (const QJsonValue& v : documents()) {
            const test::ToolResult t =
                test::runTool("dciodvfy", {v.toObject()["file_path"].toString()});
            QVERIFY2(!t.output.contains("Error"), qPrintable(t.output));
        }

        // A PDF from the window.
        QSignalSpy pdf(editor, &gui::ConsultationEditor::pdfWritten);
        editor->exportPdf(dir_.filePath("window.pdf"));
        QVERIFY(pdf.wait(30000));
        const test::ToolResult text =
            test::runTool("pdftotext", {dir_.filePath("window.pdf"), "-"});
        QVERIFY2(text.output.contains("în regresie"), qPrintable(text.output));
    }

    // Any document as its reader sees it: ours with its signature's state (valid; a copy with
    // one byte changed: invalid), and an SR from elsewhere as a tree.
    void documentDialog_ShouldShowTheTreeAndTheSignature() {
        QString final, file;
        for (const QJsonValue& v : documents())
            if (v.toObject()["state"].toString() == QLatin1String("final")) {
                final = v.toObject()["sop_instance_uid"].toString();
                file = v.toObject()["file_path"].toString();
            }
        QVERIFY(!final.isEmpty());
        {
            gui::DocumentDialog dialog(data_, final);
            QSignalSpy loaded(&dialog, &gui::DocumentDialog::loaded);
            QVERIFY(loaded.wait(20000));
            QVERIFY2(dialog.signatureText().contains("valid") &&
                         dialog.documentText().contains("în regresie"),
                     qPrintable(dialog.signatureText()));
        }
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const qsizetype at = bytes.indexOf(QByteArray("regresie"));
        QVERIFY(at > 0);
        bytes[at] = 'R';
        QFile out(dir_.filePath("changed.dcm"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        {
            gui::DocumentDialog dialog(data_, out.fileName());
            QSignalSpy loaded(&dialog, &gui::DocumentDialog::loaded);
            QVERIFY(loaded.wait(20000));
            QVERIFY2(dialog.signatureText().contains("INVALID"),
                     qPrintable(dialog.signatureText()));
        }
        gui::DocumentDialog dialog(data_, test::pydicomFile("test_files/test-SR.dcm"));
        QSignalSpy loaded(&dialog, &gui::DocumentDialog::loaded);
        QVERIFY(loaded.wait(20000));
        QVERIFY2(dialog.documentText().contains("Riesmeier^Jörg"),
                 qPrintable(dialog.documentText().left(500)));
        dialog.resize(900, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(test::testOutputDir() + "/document_foreign_sr.png"));
    }

    void browser_ShouldShowStatesAndWhatWaits() {
        // A second request, for anyone, on another study: it waits for everybody.
        const auto h = test::runDicomnet(data_, {"ls", "studies", "--json"});
        QString other;
        for (const QJsonValue& v : QJsonDocument::fromJson(h.out).array())
            if (v.toObject()["study_uid"].toString() != study_)
                other = v.toObject()["study_uid"].toString();
        QVERIFY(!other.isEmpty());
        QCOMPARE(test::runDicomnet(data_, {"consult", "request", other, "--question", "CT?",
                                           "--author", "Maria Tehnician"})
                     .exitCode,
                 0);
        QSettings().setValue("consult/author", "Ion Popescu");
        gui::MainWindow w(data_);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        gui::StudyBrowser* browser = w.browser();
        QVERIFY(QTest::qWaitFor([&] { return browser->studyCount() >= 3; }, 20000));
        auto* table = browser->findChildren<QTableView*>().at(1);  // patients, studies, series
        auto* model = qobject_cast<QStandardItemModel*>(table->model());
        QStringList states;
        for (int r = 0; r < model->rowCount(); ++r) states << model->item(r, 8)->text();
        QVERIFY2(states.contains("amended") && states.contains("requested"),
                 qPrintable(states.join(",")));
        auto* waiting = w.findChild<QCheckBox*>("waitingForMe");
        waiting->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return browser->studyCount() == 1; }, 10000));
        QCOMPARE(browser->selectedStudyUid(), other);
        QTest::qWait(300);  // the layouts settle (a new text re-lays the dock out)
        QVERIFY(w.grab().save(test::testOutputDir() + "/browser_waiting.png"));
    }
};

int main(int argc, char** argv) {
    viewer::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestConsultationEditor test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_consultation_editor.moc"
