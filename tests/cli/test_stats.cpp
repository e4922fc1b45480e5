// `dicomnet stats`: studies and images per period and modality, and per sending AE title, on the
// demo patient, pydicom's files in many character sets (Cyrillic, Japanese, Greek…) and a series
// received from a "red zone" X-ray unit; totals agree with the listings; and the output, in every
// form, holds counts only — no name, patient ID or UID.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace dicomnet;
using test::describe;
using test::runDicomnet;

class TestStats : public QObject {
    Q_OBJECT
private slots:
    void countsAgreeWithTheListings_AndNameNobody() {
        QTemporaryDir data, series;
        QCOMPARE(runDicomnet(data.path(), {"demo"}).exitCode, 0);
        auto imported = runDicomnet(data.path(), {"import", test::pydicomFile("charset_files")});
        // Two of its files have no SOP Instance UID: refused (exit 1), the rest imported.
        QVERIFY2(imported.out.contains("imported 13"), qPrintable(describe(imported)));
        // Twelve images received from the red zone's X-ray unit.
        QVERIFY(test::makeSeries(series.path(), 12, 64, 64));
        const int port = test::freePort();
        QProcess listener;
        QVERIFY(test::startListen(listener, data.path(), port));
        QCOMPARE(test::runTool("storescu", {"+sd", "-aet", "RZONE_XRAY", "-aec", "DICOMNET",
                                            "127.0.0.1", QString::number(port), series.path()})
                     .exitCode,
                 0);
        listener.terminate();
        listener.waitForFinished(10000);

        const QJsonArray studies =
            QJsonDocument::fromJson(runDicomnet(data.path(), {"ls", "studies", "--json"}).out)
                .array();
        QVERIFY(studies.size() >= 10);
        qint64 images = 0;
        for (const QJsonValue& s : studies) images += s.toObject()["instance_count"].toInt();

        // Per month and modality: the totals are the listing's.
        auto monthly = runDicomnet(data.path(), {"stats", "--json"});
        QVERIFY2(monthly.exitCode == 0, qPrintable(describe(monthly)));
        qint64 countedStudies = 0, countedImages = 0;
        QSet<QString> modalities;
        for (const QJsonValue& v : QJsonDocument::fromJson(monthly.out).array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains("period") && o.contains("modality"));
            countedStudies += o["studies"].toInteger();
            countedImages += o["images"].toInteger();
            modalities.insert(o["modality"].toString());
        }
        QCOMPARE(countedStudies, qint64(studies.size()));
        QCOMPARE(countedImages, images);
        QVERIFY(modalities.contains("CT") && modalities.contains("DX"));
        QVERIFY(!modalities.contains("SR"));  // documents count under the images they go with

        // Per source: the red zone's unit sent one study of twelve images.
        const QJsonArray sources =
            QJsonDocument::fromJson(
                runDicomnet(data.path(), {"stats", "--by", "source", "--json"}).out)
                .array();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].toObject()["source"].toString(), QStringLiteral("RZONE_XRAY"));
        QCOMPARE(sources[0].toObject()["studies"].toInt(), 1);
        QCOMPARE(sources[0].toObject()["images"].toInt(), 12);

        // A window of dates with nothing in it: nothing counted.
        auto none = runDicomnet(data.path(),
                                {"stats", "--from", "1900-01-01", "--to", "1900-12-31", "--json"});
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
        QCOMPARE(runDicomnet(data.path(), {"stats", "--by", "decade"}).exitCode, 2);
        QCOMPARE(runDicomnet(data.path(), {"stats", "--from", "2026-02-30"}).exitCode, 2);

        // Counts only: no patient's name (any part of it), ID or study UID anywhere.
        QStringList secrets;
        for (const QJsonValue& p :
             QJsonDocument::fromJson(runDicomnet(data.path(), {"ls", "patients", "--json"}).out)
                 .array()) {
            for (const QString& part :
                 p.toObject()["name"].toString().split(QRegularExpression("[\\^= ]")))
                if (part.size() >= 3) secrets << part;
            if (p.toObject()["patient_id"].toString().size() >= 4)
                secrets << p.toObject()["patient_id"].toString();
        }
        for (const QJsonValue& s : studies) secrets << s.toObject()["study_uid"].toString();
        QVERIFY(secrets.size() > 20);
        for (const QStringList& args :
             {QStringList{"stats"}, QStringList{"stats", "--json"}, QStringList{"stats", "--csv"},
              QStringList{"stats", "--by", "week", "--csv"},
              QStringList{"stats", "--by", "modality"}, QStringList{"stats", "--by", "source"}}) {
            auto r = runDicomnet(data.path(), args);
            QCOMPARE(r.exitCode, 0);
            const QString text = QString::fromUtf8(r.out + r.err);
            for (const QString& secret : secrets)
                QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                         qPrintable(args.join(' ') + " shows " + secret));
        }
    }
};

QTEST_MAIN(TestStats)
#include "test_stats.moc"
