// `dicomnet stats`: studies and images per period and modality, and per sending AE title, on the
// demo patient, pydicom's files in many character sets (Cyrillic, Japanese, Greek…) and a series
// received from a "red zone" X-ray unit; totals agree with the listings; and the output, in every
// form, holds counts only — no name, patient ID or UID. Then consultations: requests answered by
// signed consultations at known times (set in the documents with DCMTK's dcmodify), counted with
// their turnaround (median, p90), per reader, the COVID-19 share by template and by words in
// Romanian and Russian, the savings estimate; patients with Romanian and Cyrillic names named
// nowhere.
#include "../consult/demo_study.h"
#include "cli_runner.h"

#include <QDateTime>
#include <QDir>

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
        for (const QJsonValue& v :
             QJsonDocument::fromJson(monthly.out).object()["rows"].toArray()) {
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
                .object()["rows"]
                .toArray();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].toObject()["source"].toString(), QStringLiteral("RZONE_XRAY"));
        QCOMPARE(sources[0].toObject()["studies"].toInt(), 1);
        QCOMPARE(sources[0].toObject()["images"].toInt(), 12);

        // A window of dates with nothing in it: nothing counted.
        auto none = runDicomnet(data.path(),
                                {"stats", "--from", "1900-01-01", "--to", "1900-12-31", "--json"});
        QCOMPARE(QJsonDocument::fromJson(none.out).object()["rows"].toArray().size(), 0);
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

    void consultationsTurnaroundReadersAndCovid() {
        QTemporaryDir dir;
        const QString a = dir.filePath("written"), b = dir.filePath("counted");
        QCOMPARE(runDicomnet(a, {"demo"}).exitCode, 0);
        auto r = test::issuePersonCertificate(a, "Ion Popescu", dir.filePath("me"));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(a, {"certs", "person", "Ana Rusu", "--out", dir.filePath("me")}, 60000,
                        test::kPassphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonArray studies =
            QJsonDocument::fromJson(runDicomnet(a, {"ls", "studies", "--json"}).out).array();
        QCOMPARE(studies.size(), 5);

        // Per study: the question, who answers with which template, and how many hours later.
        struct Case {
            const char *question, *reader, *cert, *templ, *field;
            int hours;
            const char *patient, *patientId;
        };
        const Case cases[] = {
            {"Febră, tuse de 3 zile", "Ion Popescu", "ion-popescu", "free", "impression=Normal.", 1,
             "Ștefănescu^Ionuț", "RO-77881"},
            {"Suspiciune SARS-CoV-2", "Ana Rusu", "ana-rusu", "free", "impression=Pneumonie.", 2,
             "Ștefănescu^Ionuț", "RO-77881"},
            {"Control după tratament", "Ion Popescu", "ion-popescu", "chest-xray-covid",
             "brixia.A=2", 4, "Иванов^Пётр", "RU-55661"},
            {"Durere toracică", "Ana Rusu", "ana-rusu", "free", "impression=Fără modificări.", 8,
             "Иванов^Пётр", "RU-55661"},
            {"Dispnee progresivă", "Ion Popescu", "ion-popescu", "chest-ct-covid", "corads=5", 30,
             "Țurcanu^Ștefan", "RO-99001"},
        };
        QMap<QString, QDateTime> times;  // SOP Instance UID → the time its document says
        QMap<QString, int> studyOfSop;   // → index into cases
        QStringList uids;
        for (int i = 0; i < 5; ++i) {
            const QJsonObject study = studies[i].toObject();
            const QString uid = study["study_uid"].toString();
            uids << uid;
            const QDateTime asked(QDate::fromString(study["study_date"].toString(), "yyyyMMdd"),
                                  QTime(8, 0));
            QVERIFY2(asked.isValid(), qPrintable(study["study_date"].toString()));
            r = runDicomnet(a, {"consult", "request", uid, "--question", cases[i].question,
                                "--author", "Maria Ciobanu"});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            times[QString::fromUtf8(r.out).trimmed()] = asked;
            r = runDicomnet(a, {"consult", "new", uid, "--template", cases[i].templ, "--field",
                                cases[i].field, "--author", cases[i].reader});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            const QString draft = QString::fromUtf8(r.out).trimmed();
            const QString me = dir.filePath("me/") + cases[i].cert;
            r = runDicomnet(a,
                            {"consult", "sign", draft, "--cert", me + ".pem", "--key", me + ".key"},
                            60000, test::kPassphrase);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            times[QString::fromUtf8(r.out).trimmed().split('\n').last()] =
                asked.addSecs(cases[i].hours * 3600);
            times[draft] = asked.addSecs(600);  // a draft: no answer, whatever its time
        }
        // A second question about the first study, in Russian, not answered yet.
        r = runDicomnet(a, {"consult", "request", uids[0], "--question",
                            "Подозрение на коронавирус", "--author", "Maria Ciobanu"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        // Everything out, the documents' times and the patients' names set, into a new cache.
        for (int i = 0; i < 5; ++i) {
            r = runDicomnet(a, {"export", uids[i], "--out", dir.filePath("x%1").arg(i), "--json"});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
                const QString file = v.toObject()["file"].toString();
                QStringList edits{"-nb",
                                  "-i",
                                  "(0008,0005)=ISO_IR 192",
                                  "-i",
                                  QStringLiteral("(0010,0010)=%1").arg(cases[i].patient),
                                  "-i",
                                  QStringLiteral("(0010,0020)=%1").arg(cases[i].patientId)};
                const QString sop = v.toObject()["sop_instance_uid"].toString();
                if (times.contains(sop))
                    edits << "-i"
                          << "(0008,0023)=" + times[sop].toString("yyyyMMdd") << "-i"
                          << "(0008,0033)=" + times[sop].toString("HHmmss");
                const auto edited = test::runTool("dcmodify", edits + QStringList{file});
                QVERIFY2(edited.exitCode == 0, qPrintable(edited.output));
            }
        }
        for (int i = 0; i < 5; ++i) {
            r = runDicomnet(b, {"import", dir.filePath("x%1").arg(i)});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }

        // Six requests, five answered: 1, 2, 4, 8, 30 hours — median 4, p90 30 (nearest rank).
        r = runDicomnet(b, {"stats", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject all = QJsonDocument::fromJson(r.out).object();
        const QJsonObject summary = all["summary"].toObject();
        QCOMPARE(summary["studies"].toInt(), 5);
        QCOMPARE(summary["requested"].toInt(), 6);
        QCOMPARE(summary["answered"].toInt(), 5);
        QCOMPARE(summary["turnaround_median_hours"].toDouble(), 4.0);
        QCOMPARE(summary["turnaround_p90_hours"].toDouble(), 30.0);
        // COVID-19: by the CT and X-ray templates, "SARS-CoV-2", "коронавирус" — not study 3.
        QCOMPARE(summary["covid_studies"].toInt(), 4);
        QVERIFY(!summary.contains("savings"));
        int requested = 0, covid = 0;
        for (const QJsonValue& v : all["consultations"].toArray())
            requested += v.toObject()["requested"].toInt();
        for (const QJsonValue& v : all["rows"].toArray())
            covid += v.toObject()["covid_studies"].toInt();
        QCOMPARE(requested, 6);
        QCOMPARE(covid, 4);

        // Weeks as SQLite names them (the consultations) and as the volume's fold names them
        // agree: each week with a request is a week with studies.
        const QJsonObject weekly =
            QJsonDocument::fromJson(runDicomnet(b, {"stats", "--by", "week", "--json"}).out)
                .object();
        QSet<QString> weeks;
        for (const QJsonValue& v : weekly["rows"].toArray())
            weeks << v.toObject()["period"].toString();
        QVERIFY(!weekly["consultations"].toArray().isEmpty());
        for (const QJsonValue& v : weekly["consultations"].toArray())
            QVERIFY2(weeks.contains(v.toObject()["period"].toString()),
                     qPrintable(v.toObject()["period"].toString()));

        // Per reader: Popescu answered 1, 4 and 30 hours after; Rusu 2 and 8.
        r = runDicomnet(b, {"stats", "--by", "reader", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray readers = QJsonDocument::fromJson(r.out).object()["rows"].toArray();
        QCOMPARE(readers.size(), 2);
        QVERIFY2(readers[0].toObject()["reader"].toString().contains("Popescu"),
                 qPrintable(QString::fromUtf8(r.out)));
        QCOMPARE(readers[0].toObject()["answers"].toInt(), 3);
        QCOMPARE(readers[0].toObject()["turnaround_median_hours"].toDouble(), 4.0);
        QCOMPARE(readers[0].toObject()["turnaround_p90_hours"].toDouble(), 30.0);
        QVERIFY(readers[1].toObject()["reader"].toString().contains("Rusu"));
        QCOMPARE(readers[1].toObject()["answers"].toInt(), 2);
        QCOMPARE(readers[1].toObject()["turnaround_median_hours"].toDouble(), 2.0);
        QCOMPARE(readers[1].toObject()["turnaround_p90_hours"].toDouble(), 8.0);

        // The savings estimate, once the site sets what an exam on film and paper cost.
        QCOMPARE(runDicomnet(b, {"stats", "cost", "four", "euros"}).exitCode, 2);
        r = runDicomnet(b, {"stats", "cost", "4.10", "EUR"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject costed = QJsonDocument::fromJson(runDicomnet(b, {"stats", "--json"}).out)
                                       .object()["summary"]
                                       .toObject();
        QCOMPARE(costed["currency"].toString(), QStringLiteral("EUR"));
        QCOMPARE(costed["savings"].toDouble(), 5 * 4.10);
        QCOMPARE(costed["covid_savings"].toDouble(), 4 * 4.10);

        // Counts only: the patients' Romanian and Cyrillic names, their IDs, no UID anywhere.
        QStringList secrets{"Ștefănescu", "Ionuț",    "Иванов",   "Пётр",   "Țurcanu",
                            "RO-77881",   "RU-55661", "RO-99001", "Ciobanu"};
        secrets += uids;
        secrets += times.keys();
        for (const QStringList& args :
             {QStringList{"stats"}, QStringList{"stats", "--json"}, QStringList{"stats", "--csv"},
              QStringList{"stats", "--by", "week"}, QStringList{"stats", "--by", "reader"},
              QStringList{"stats", "--by", "reader", "--csv"},
              QStringList{"stats", "--by", "modality", "--json"}}) {
            r = runDicomnet(b, args);
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
