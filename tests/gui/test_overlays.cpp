// The text over the images in every layout a reader uses — one, two and four panes, the three
// planes of a CT, and the comparison in each of its modes — in English, Romanian and Russian,
// in the window at 1280×900 under Xvfb, on the demo patient: in no pane do two pieces of text
// (or the scale bar, or the legend) meet, and each pane says who, when and what it is. The
// screenshots are written for the eye (test-output/overlay_LANG_LAYOUT.png).
#include "gui/viewer_window.h"
#include "gui/volume_window.h"
#include "test_data.h"
#include "workflow/study_for_viewing.h"

#include "core/synthetic_patient.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/importer.h"
#include "viewer/widgets/image_view.h"
#include "viewer/widgets/viewer_panel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace dicomnet;

namespace {

// scripts/docs_screenshots.sh sets DICOMNET_DOCS_SCREENSHOTS to docs/layouts: the same
// pictures there as JPEG (a third of the size; 256 colours would band the films), for the
// README.
void saveForDocs(const QPixmap& picture, const QString& name) {
    const QString dir = qEnvironmentVariable("DICOMNET_DOCS_SCREENSHOTS");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    picture.save(dir + QLatin1Char('/') + name + QStringLiteral(".jpg"), "JPG", 80);
}

}  // namespace

class TestOverlays : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, film_, ct_;

private slots:
    void initTestCase() {
        SyntheticPatientOptions o;
        o.xraySize = 768;
        o.ctSlices = 24;
        QVERIFY(writeSyntheticPatient(dir_.filePath("films"), o));
        data_ = dir_.filePath("data");
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        QVERIFY(db::Importer(*cache.value()).run({dir_.filePath("films")}).imported > 0);
        auto history = db::CacheQueries(*cache.value()).history(o.patientId);
        QVERIFY(history && !history->empty());
        film_ = history->back().studyUid;  // today's film
        for (const db::StudyRow& s : history.value())
            if (s.modalities.contains("CT")) ct_ = s.studyUid;
        QVERIFY(!ct_.isEmpty());
    }

    void overlays_ShouldNeverCollide_InAnyLayoutOrLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("layout");
        for (const char* language : {"en", "ro", "ru"})
            for (const char* layout :
                 {"1x1", "1x2", "2x2", "mpr", "side-by-side", "changes", "flicker", "curtain"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(language, layout)))
                    << QString(language) << QString(layout);
    }
    void overlays_ShouldNeverCollide_InAnyLayoutOrLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, layout);
        QTranslator translator;
        if (language != "en") {
            QVERIFY(translator.load(QLocale(language), "dicomnet", "_", ":/i18n"));
            QCoreApplication::installTranslator(&translator);
        }
        const bool mpr = layout == "mpr";
        const QStringList modes{"side-by-side", "changes", "flicker", "curtain"};
        const int mode = int(modes.indexOf(layout));
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        auto study = workflow::studyForViewing(*cache.value(), mpr ? ct_ : film_);
        QVERIFY(study);
        gui::ViewerWindow w;
        w.resize(1280, 900);
        w.setDataDirectory(data_);
        const int rows = layout == "2x2" ? 2 : 1, columns = layout == "1x1" || mpr ? 1 : 2;
        w.showStudy(study.value(), rows, mode >= 0 ? 1 : columns);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QTest::qWaitFor([&] { return w.panel()->settled(); }, 30000));
        // Compare with previous is offered where there is a prior: the films, not the CT.
        QAction* compare = w.comparison()->compareAction();
        QVERIFY2(QTest::qWaitFor([&] { return compare->isEnabled() == !mpr; }, 10000),
                 qPrintable(compare->toolTip()));
        if (mpr) {
            QVERIFY(w.panel()->showMpr(0));
            QVERIFY(QTest::qWaitFor([&] { return w.panel()->settled(); }, 30000));
            // The CT in 3D too, in a window of its own, its controls translated.
            gui::VolumeWindow* volume = w.openVolume();
            QVERIFY(volume);
            QVERIFY(QTest::qWaitForWindowExposed(volume));
            QVERIFY(volume->view()->hasVolume());
            volume->view()->repaint();
            const QPixmap picture = volume->grab();
            QVERIFY(picture.save(test::testOutputDir() +
                                 QStringLiteral("/overlay_%1_3d.png").arg(language)));
            saveForDocs(picture, QStringLiteral("%1_3d").arg(language));
            volume->close();
        } else if (layout == "1x1") {
            QVERIFY(!w.openVolume());  // a film is not a volume
        }
        if (mode >= 0) {
            QVERIFY(w.comparison()->compareWithPrevious());
            w.comparison()->setMode(viewer::FilmComparison::Mode(mode));
            QVERIFY(QTest::qWaitFor([&] { return w.comparison()->settled(); }, 60000));
        }
        QTest::qWait(300);  // the last overlay paint
        // Every tool in sight: no toolbar hides some behind its "»" button. The comparison's
        // own controls are there only while comparing.
        for (QToolBar* bar : w.findChildren<QToolBar*>()) {
            auto* more = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY2(!more || !more->isVisible(),
                     qPrintable(QStringLiteral("%1 %2: the toolbar \"%3\" overflows")
                                    .arg(language, layout, bar->windowTitle())));
        }
        auto* modeBox = w.findChild<QComboBox*>(QStringLiteral("comparisonMode"));
        QVERIFY(modeBox);
        QCOMPARE(modeBox->isVisible(), mode >= 0);
        int panesWithText = 0;
        for (int i = 0; i < w.panel()->viewportCount(); ++i) {
            viewer::ImageView* v = w.panel()->viewport(i);
            v->repaint();
            const std::vector<QRect>& boxes = v->overlayBoxes();
            if (!v->imageShown()) continue;
            ++panesWithText;
            const QString where = QStringLiteral("%1 %2, pane %3").arg(language, layout).arg(i);
            QVERIFY2(boxes.size() >= 6, qPrintable(where));
            for (size_t a = 0; a < boxes.size(); ++a) {
                QVERIFY2(v->rect().contains(boxes[a]), qPrintable(where));
                for (size_t b = a + 1; b < boxes.size(); ++b)
                    QVERIFY2(
                        !boxes[a].intersects(boxes[b]),
                        qPrintable(where + QStringLiteral(": boxes %1 and %2 meet").arg(a).arg(b)));
            }
            const QHash<QString, QString> values = v->overlayValues();
            QVERIFY(values.value("patient").contains("Demo"));
            QVERIFY2(values.value("sex_age").contains(QRegularExpression("\\d")),
                     qPrintable(values.value("sex_age")));
            if (mode >= 0 && i == 1) {
                const QString expected =
                    mode == 1
                        ? QCoreApplication::translate("dicomnet::viewer::FilmComparison", "CHANGES")
                        : QString();
                if (mode == 1)
                    QCOMPARE(values.value("title"), expected);
                else
                    QVERIFY(!values.value("title").isEmpty());
            }
        }
        QVERIFY(panesWithText >= (mpr ? 3 : mode >= 0 ? 2 : 1));
        const QPixmap picture = w.grab();
        QVERIFY(picture.save(test::testOutputDir() +
                             QStringLiteral("/overlay_%1_%2.png").arg(language, layout)));
        saveForDocs(picture, QStringLiteral("%1_%2").arg(language, layout));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestOverlays)
#include "test_overlays.moc"
