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
#include "test_data.h"

#include "workflow/features.h"
#include "workflow/import.h"
#include "workflow/site.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;

class TestScoreSuggestions : public QObject {
    Q_OBJECT
private slots:
    void suggestionsAreOfferedNotSigned() {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        test::CohortOptions o;
        o.patients = 22, o.filmsPerPatient = 1, o.anomalies = 0, o.refusals = false, o.seed = 5;
        const auto films = test::writeChestCohort(dir.filePath("films"), o);
        QVERIFY(workflow::importInto(data, {dir.filePath("films")}));
        QVERIFY(workflow::computeDescriptors(data, {}));
        QVERIFY(workflow::initSite(data, "Spitalul Test", "ws1"));
        auto person = workflow::issuePersonCertificate(data, "Ana Rusu", dir.filePath("me"),
                                                       "parola-de-semnare");
        QVERIFY2(person, qPrintable(person.error()));
        const consult::SigningKey key{person->certificate, person->privateKey, "parola-de-semnare"};
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
