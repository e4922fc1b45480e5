// The first window under Xvfb: import by menu action and by drag and drop, the study browser's
// search, Romanian and Russian translations, and a screenshot for people to look at.
#include "app/main_window.h"
#include "app/study_browser.h"
#include "app/translations.h"
#include "dicom_factory.h"
#include "test_data.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dicomnet;
using namespace dicomnet::test;

namespace {

QString outputDir() {
    const QString d = qEnvironmentVariable("DICOMNET_TEST_OUTPUT", QDir::tempPath());
    QDir().mkpath(d);
    return d;
}

bool waitForCounts(app::StudyBrowser* b, int studies) {
    return QTest::qWaitFor([&] { return b->studyCount() == studies; }, 10000);
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { app::describeApplication(); }

    void import_ShouldFillTheBrowser_AndSearchShouldNarrowIt() {
        QTemporaryDir data;
        app::MainWindow w(data.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QTest::qWaitFor([&] { return w.browser()->hint().contains("empty"); }, 10000));
        QSignalSpy finished(&w, &app::MainWindow::importFinished);
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
        QVERIFY(w.grab().save(outputDir() + "/main_window_charsets.png"));
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
        app::MainWindow w(data.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(&w, &app::MainWindow::importFinished);

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
        QVERIFY(w.grab().save(outputDir() + "/main_window.png"));
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
            app::MainWindow w(data.path());
            QCOMPARE(w.menuBar()->actions().at(0)->text(), fileMenu);
            if (language == "ro") {
                w.show();
                QVERIFY(QTest::qWaitForWindowExposed(&w));
                QVERIFY(w.grab().save(outputDir() + "/main_window_ro.png"));
            }
        }
        QCoreApplication::removeTranslator(&t);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
