// View → Statistics… under Xvfb: 300 studies over seven years in five modalities, the demo
// patient with four consultation requests answered by two readers (two with a COVID-19
// template), counted by the window as `dicomnet stats` counts them; the charts hold what the
// table says; PNG and CSV exports hold counts only; screenshots of each tab for people to see.
#include "../consult/demo_study.h"
#include "cli_runner.h"
#include "gui/statistics_window.h"
#include "test_data.h"
#include "workflow/translations.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;
using namespace dicomnet::test;

class TestStatisticsWindow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_;
    QStringList secrets_;  // what no export may show

private slots:
    void initTestCase() {
        workflow::describeApplication();
        data_ = dir_.filePath("data");
        QProcess make;
        make.start(qEnvironmentVariable("DICOMNET_MAKE_SERIES"),
                   {dir_.filePath("films"), "300", "8", "8", "MD-", "--studies"});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        QCOMPARE(runDicomnet(data_, {"import", dir_.filePath("films")}).exitCode, 0);
        QCOMPARE(runDicomnet(data_, {"demo"}).exitCode, 0);
        auto r = issuePersonCertificate(data_, "Ion Popescu", dir_.filePath("me"));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(data_, {"certs", "person", "Ana Rusu", "--out", dir_.filePath("me")}, 60000,
                        kPassphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray demo =
            QJsonDocument::fromJson(runDicomnet(data_, {"history", "DEMO-0001", "--json"}).out)
                .array();
        QVERIFY(demo.size() >= 4);
        const char* readers[] = {"ion-popescu", "ana-rusu", "ion-popescu", "ion-popescu"};
        const char* names[] = {"Ion Popescu", "Ana Rusu", "Ion Popescu", "Ion Popescu"};
        const char* templates[] = {"chest-xray-covid", "free", "chest-ct-covid", "free"};
        const char* fields[] = {"brixia.A=2", "impression=Normal.", "corads=4",
                                "impression=Fără modificări."};
        const int hoursBefore[] = {3, 10, 26, 50};  // the request, before its answer
        for (int i = 0; i < 4; ++i) {
            const QString study = demo[i].toObject()["study_uid"].toString();
            secrets_ << study;
            r = runDicomnet(data_, {"consult", "request", study, "--question", "Dispnee, febră",
                                    "--author", "Maria Ciobanu"});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            const QString request = QString::fromUtf8(r.out).trimmed();
            r = runDicomnet(data_, {"consult", "new", study, "--template", templates[i], "--field",
                                    fields[i], "--author", names[i]});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            const QString me = dir_.filePath("me/") + readers[i];
            r = runDicomnet(data_,
                            {"consult", "sign", QString::fromUtf8(r.out).trimmed(), "--cert",
                             me + ".pem", "--key", me + ".key"},
                            60000, kPassphrase);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            // The request asked hours before it was answered (its document's time, set in the
            // cache's file before anything counted it).
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(
                     runDicomnet(data_, {"consult", "list", study, "--json"}).out)
                     .array()) {
                if (v.toObject()["sop_instance_uid"].toString() != request) continue;
                const QDateTime asked =
                    QDateTime::currentDateTime().addSecs(-3600 * hoursBefore[i]);
                const auto edited =
                    runTool("dcmodify", {"-nb", "-m", "(0008,0023)=" + asked.toString("yyyyMMdd"),
                                         "-m", "(0008,0033)=" + asked.toString("HHmmss"),
                                         v.toObject()["file_path"].toString()});
                QVERIFY2(edited.exitCode == 0, qPrintable(edited.output));
            }
        }
        secrets_ << "Demo"
                 << "Pacient"
                 << "DEMO-0001"
                 << "MD-1"
                 << "Ciobanu";
    }

    void window_ShouldCountAsTheCommandLine_AndExportCountsOnly() {
        gui::StatisticsWindow w(data_);
        QSignalSpy loaded(&w, &gui::StatisticsWindow::loaded);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loaded.wait(60000) || loaded.count() > 0);
        loaded.clear();
        w.setRange(QDate(2020, 1, 1), QDate(2026, 12, 31));
        w.reload();
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.last().at(0).toBool());

        const auto cli =
            runDicomnet(data_, {"stats", "--from", "2020-01-01", "--to", "2026-12-31", "--json"});
        QVERIFY2(cli.exitCode == 0, qPrintable(describe(cli)));
        const QJsonObject all = QJsonDocument::fromJson(cli.out).object();
        const QJsonObject summary = all["summary"].toObject();
        QCOMPARE(summary["studies"].toInt(), 305);
        QCOMPARE(summary["requested"].toInt(), 4);
        QCOMPARE(summary["answered"].toInt(), 4);
        QCOMPARE(summary["covid_studies"].toInt(), 2);
        // The table: one row a month, its sums the command line's.
        QTableWidget* t = w.table();
        qint64 studies = 0, covid = 0, requested = 0;
        for (int row = 0; row < t->rowCount(); ++row) {
            studies += t->item(row, 1)->text().toLongLong();
            covid += t->item(row, 3)->text().toLongLong();
            requested += t->item(row, 5)->text().toLongLong();
        }
        QCOMPARE(studies, qint64(305));
        QCOMPARE(covid, qint64(2));
        QCOMPARE(requested, qint64(4));
        QSet<QString> months;
        for (const QJsonValue& v : all["rows"].toArray())
            months << v.toObject()["period"].toString();
        QCOMPARE(t->rowCount(), int(months.size()));

        // Exports: three charts as PNG, the table as CSV — counts only; of this year's months,
        // as a department looks at them.
        w.setRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
        w.reload();
        QVERIFY(loaded.wait(60000));
        for (int tab = 0; tab < 3; ++tab) {
            w.tabs()->setCurrentIndex(tab);
            QTest::qWait(200);
            const QString png = testOutputDir() + QStringLiteral("/statistics_%1.png").arg(tab);
            QVERIFY(w.exportChart(tab, png));
            const QImage image(png);
            QVERIFY2(image.width() > 400 && image.height() > 300, qPrintable(png));
            QVERIFY(w.grab().save(testOutputDir() +
                                  QStringLiteral("/statistics_window_%1.png").arg(tab)));
        }
        const QString csv = dir_.filePath("statistics.csv");
        QVERIFY(w.exportTable(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith("period,studies,images,covid_studies"));
        QCOMPARE(text.count('\n'), t->rowCount() + 1);
        for (const QString& secret : secrets_)
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }
};

QTEST_MAIN(TestStatisticsWindow)
#include "test_statistics_window.moc"
