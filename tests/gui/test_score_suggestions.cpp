// The signed cases' suggestions in the consultation form, under Xvfb: a film of a cache where
// 20 Brixia consultations are signed gets suggested scores, greyed, with their confidence and
// the cases they rest on; one click copies them into the form (the Brixia diagram shows them)
// and nothing is saved or signed by that. With fewer signed cases the form says why there is
// no suggestion. Screenshots: consultation_suggestions.png, consultation_no_suggestion.png.
#include "chest_cohort.h"
#include "cli_runner.h"
#include "cohort_labels.h"
#include "gui/brixia_diagram.h"
#include "gui/consultation_editor.h"
#include "gui/main_window.h"
#include "gui/similar_cases_panel.h"
#include "gui/study_browser.h"
#include "gui/viewer_window.h"
#include "test_data.h"
#include "viewer/widgets/viewer_panel.h"
#include "workflow/study_for_viewing.h"

#include "workflow/features.h"
#include "workflow/import.h"
#include "workflow/site.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dicomnet;

class TestScoreSuggestions : public QObject {
    Q_OBJECT
private slots:
    void waitingForMeInTriageOrder() {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        const auto films = test::describedFilms(dir.path(), data, 22, 5);
        QCOMPARE(int(films.size()), 22);
        auto signer = test::radiologistKey(data, dir.filePath("me"));
        QVERIFY2(signer, qPrintable(signer.error()));
        for (int i = 2; i < 22; ++i)
            QVERIFY(test::signBrixia(data, films[size_t(i)], signer.value()).isEmpty());
        // Two requests to anyone: the routine one first, then the urgent one.
        for (const auto& [film, urgency] : {std::pair{0, "routine"}, std::pair{1, "urgent"}}) {
            const auto r = test::runDicomnet(
                data, {"consult", "request", films[size_t(film)].studyUid, "--question",
                       "Progression?", "--urgency", urgency, "--author", "Maria Ciobanu"});
            QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
        }
        QSettings().setValue("consult/author", "Ana Rusu");
        gui::MainWindow w(data);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        gui::StudyBrowser* browser = w.browser();
        QVERIFY(QTest::qWaitFor([&] { return browser->studyCount() >= 22; }, 30000));
        w.findChild<QCheckBox*>("waitingForMe")->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return browser->studyCount() == 2; }, 10000));
        auto* table = browser->findChildren<QTableView*>().at(1);  // patients, studies, series
        auto* model = qobject_cast<QStandardItemModel*>(table->model());
        // The urgent request first, whatever the dates; its tooltip says why.
        QCOMPARE(model->item(0, 2)->text(), films[1].patientId);
        QCOMPARE(model->item(1, 2)->text(), films[0].patientId);
        const QString why = model->item(0, 8)->toolTip();
        QVERIFY2(why.contains("urgent +40") && why.contains("priority"), qPrintable(why));
        QTest::qWait(300);
        QVERIFY(w.grab().save(test::testOutputDir() + "/worklist_waiting.png"));
    }
    void similarCasesOpenBeside() {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        const auto films = test::describedFilms(dir.path(), data, 12, 8);
        QCOMPARE(int(films.size()), 12);
        auto study = workflow::studyForViewing(data, films[0].studyUid);
        QVERIFY2(study, qPrintable(study.error()));
        gui::ViewerWindow w;
        w.resize(1600, 1000);
        w.setDataDirectory(data);
        auto* similar = w.findChild<gui::SimilarCasesPanel*>();
        QVERIFY(similar);
        QSignalSpy loaded(similar, &gui::SimilarCasesPanel::loaded);
        w.showStudy(study.value(), 1, 1);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loaded.count() > 0 || loaded.wait(20000));
        QCOMPARE(similar->caseCount(), 5);
        auto* list = similar->findChild<QTreeWidget*>("similarList");
        // The nearest other patient's study opens beside the current one.
        const QString nearest = list->topLevelItem(0)->data(0, Qt::UserRole).toString();
        QVERIFY(nearest != films[0].studyUid);
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(similar->findChild<QPushButton*>("openBeside"), Qt::LeftButton);
        auto* panel = w.findChild<viewer::ViewerPanel*>();
        QVERIFY(panel);
        QCOMPARE(panel->viewportCount(), 2);
        const int other = panel->seriesIn(1);
        QVERIFY(other > 0);
        QVERIFY2(panel->series(other).title.contains("Cohort"),
                 qPrintable(panel->series(other).title));
        QCOMPARE(panel->seriesIn(0), 0);
        w.findChild<QDockWidget*>("similarCasesDock")->raise();
        QTest::qWait(1500);  // the films load in workers
        QVERIFY(w.grab().save(test::testOutputDir() + "/similar_cases.png"));
    }
    void suggestionsAreOfferedNotSigned() {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        const auto films = test::describedFilms(dir.path(), data, 22, 5);
        QCOMPARE(int(films.size()), 22);
        auto signer = test::radiologistKey(data, dir.filePath("me"));
        QVERIFY2(signer, qPrintable(signer.error()));
        const consult::SigningKey key = signer.value();
        for (int i = 2; i < 21; ++i)
            QVERIFY(test::signBrixia(data, films[size_t(i)], key).isEmpty());

        // 19 signed: the form says so.
        gui::ConsultationEditor editor;
        editor.resize(760, 900);
        editor.setAuthor("Ana Rusu", "Spitalul Test");
        editor.setStudy(data, films[0].studyUid);
        editor.setTemplate("chest-xray-covid");
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* text = editor.findChild<QLabel*>("suggestionText");
        auto* accept = editor.findChild<QPushButton*>("acceptSuggestions");
        QVERIFY(text && accept);
        QTRY_VERIFY_WITH_TIMEOUT(text->text().contains("19"), 20000);
        QVERIFY(!accept->isEnabled());
        QVERIFY(editor.grab().save(test::testOutputDir() + "/consultation_no_suggestion.png"));

        // The 20th: suggestions, greyed; one click puts them in the form.
        QVERIFY(test::signBrixia(data, films[21], key).isEmpty());
        editor.setStudy(data, films[0].studyUid);
        QTRY_VERIFY_WITH_TIMEOUT(accept->isEnabled(), 20000);
        QVERIFY2(text->text().contains("BRX-T") && text->text().contains("20"),
                 qPrintable(text->text()));
        const auto r = test::runDicomnet(data, {"suggest", films[0].studyUid, "--json"});
        const QJsonArray scores = QJsonDocument::fromJson(r.out).object()["scores"].toArray();
        QCOMPARE(scores.size(), 7);
        gui::BrixiaDiagram* brixia = editor.brixia();
        for (int z = 0; z < 6; ++z) QCOMPARE(brixia->value(z), -1);  // nothing filled by itself
        QTest::mouseClick(accept, Qt::LeftButton);
        for (int z = 0; z < 6; ++z)
            QCOMPARE(brixia->value(z), scores[z].toObject()["value"].toInt());
        QVERIFY2(editor.totalText().contains(
                     QStringLiteral("<b>%1</b>").arg(scores[6].toObject()["value"].toInt())),
                 qPrintable(editor.totalText()));
        QVERIFY(editor.grab().save(test::testOutputDir() + "/consultation_suggestions.png"));
        // Nothing was saved: the study still has no consultation of its own.
        const auto list = test::runDicomnet(data, {"consult", "list", films[0].studyUid, "--json"});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }
};

QTEST_MAIN(TestScoreSuggestions)
#include "test_score_suggestions.moc"
