// Consultations as a user writes them from the command line, about the demo patient's film:
// the SR joins the study in the cache, lists as a draft by its author, shows as a tree, and
// passes real readers — dciodvfy (dicom3tools) without an error or a warning, DCMTK's dsrdump
// with the Romanian text intact.
#include "cli_runner.h"
#include "demo_study.h"
#include "dicom_peers.h"
#include "test_data.h"

#include "consult/templates.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

const QString kFinding = QStringLiteral("Opacitate în lobul inferior drept, în regresie.");

}  // namespace

class TestConsultation : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, study_;

private slots:
    void initTestCase() {
        data_ = dir_.filePath("data");
        const DemoStudy demo = importDemoStudy(dir_.path(), data_);
        QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
        study_ = demo.study;
    }

    void new_ShouldStoreADraftInTheStudy_ThatRealReadersAccept() {
        CliResult r = runDicomnet(
            data_, {"consult", "new", study_, "--template", "free", "--text", kFinding, "--field",
                    "impression=Ameliorare.", "--field", "recommendation=Control peste 7 zile.",
                    "--author", "Ion Popescu", "--organisation", "Spitalul Clinic Republican"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString uid = QString::fromUtf8(r.out).trimmed();
        QVERIFY(uid.startsWith("1.2."));

        r = runDicomnet(data_, {"consult", "list", study_, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject()["sop_instance_uid"].toString(), uid);
        QCOMPARE(list[0].toObject()["state"].toString(), QStringLiteral("draft"));
        QCOMPARE(list[0].toObject()["author"].toString(), QStringLiteral("Popescu^Ion"));
        QCOMPARE(list[0].toObject()["study_uid"].toString(), study_);

        r = runDicomnet(data_, {"consult", "show", uid});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString tree = QString::fromUtf8(r.out);
        QVERIFY2(tree.contains("Findings") && tree.contains(kFinding), qPrintable(tree));
        QVERIFY(tree.contains("PARTIAL") && tree.contains("UNVERIFIED"));

        // The file in the cache, read by others.
        r = runDicomnet(
            data_,
            {"ls", "instances",
             QJsonDocument::fromJson(runDicomnet(data_, {"ls", "series", study_, "--json"}).out)
                 .array()
                 .last()
                 .toObject()["series_uid"]
                 .toString(),
             "--json"});
        const QString file =
            QJsonDocument::fromJson(r.out).array()[0].toObject()["file_path"].toString();
        QVERIFY2(QFile::exists(file), qPrintable(describe(r)));
        const ToolResult verified = runTool("dciodvfy", {file});
        QVERIFY2(!verified.output.contains("Error") && !verified.output.contains("Warning"),
                 qPrintable(verified.output));
        QVERIFY2(verified.output.contains("ComprehensiveSR"), qPrintable(verified.output));
        const ToolResult dumped = runTool("dsrdump", {"+Pl", file});
        QCOMPARE(dumped.exitCode, 0);
        QVERIFY2(dumped.output.contains(kFinding), qPrintable(dumped.output));
        QVERIFY(dumped.output.contains("Popescu^Ion"));
    }

    void brixia_ShouldBeScoredAndTotalled() {
        CliResult r = runDicomnet(data_, {"consult",
                                          "new",
                                          study_,
                                          "--template",
                                          "chest-xray-covid",
                                          "--field",
                                          "brixia.A=0",
                                          "--field",
                                          "brixia.B=1",
                                          "--field",
                                          "brixia.C=3",
                                          "--field",
                                          "brixia.D=0",
                                          "--field",
                                          "brixia.E=0",
                                          "--field",
                                          "brixia.F=1",
                                          "--field",
                                          "impression=Ameliorare.",
                                          "--author",
                                          "Ana Rusu"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString uid = QString::fromUtf8(r.out).trimmed();
        r = runDicomnet(data_, {"consult", "show", uid});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString tree = QString::fromUtf8(r.out);
        QVERIFY2(tree.contains("\"Brixia zone C (right lower lung)\")=\"3\""), qPrintable(tree));
        QVERIFY2(tree.contains("\"Brixia score\")=\"5\" ({score},UCUM,\"score\")"),
                 qPrintable(tree));
        // A zone out of its range, or one the template does not have: a usage error.
        r = runDicomnet(data_, {"consult", "new", study_, "--template", "chest-xray-covid",
                                "--field", "brixia.A=4", "--author", "Ana Rusu"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("0 to 3"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "new", study_, "--template", "chest-ct-covid", "--field",
                                "brixia.A=1", "--author", "Ana Rusu"});
        QCOMPARE(r.exitCode, 2);
        // CO-RADS and the CT severity score; the total comes once all five lobes are given.
        r = runDicomnet(
            data_, {"consult", "new", study_, "--template", "chest-ct-covid", "--field", "corads=5",
                    "--field", "ctss.RUL=1", "--field", "ctss.RML=0", "--field", "ctss.RLL=4",
                    "--field", "ctss.LUL=2", "--field", "ctss.LLL=3", "--author", "Ana Rusu"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "show", QString::fromUtf8(r.out).trimmed()});
        QVERIFY2(QString::fromUtf8(r.out).contains("\"CT severity score\")=\"10\""),
                 qPrintable(describe(r)));
        QVERIFY(QString::fromUtf8(r.out).contains("\"CO-RADS category\")=\"5\""));
        // Every file dciodvfy reads without an error (the private scheme 99DICOMNET is new to it:
        // a warning).
        const auto reports = runDicomnet(data_, {"consult", "list", study_, "--json"});
        const QJsonArray listed = QJsonDocument::fromJson(reports.out).array();
        QCOMPARE(listed.size(), 3);
        for (const QJsonValue& report : listed) {
            const ToolResult verified =
                runTool("dciodvfy", {report.toObject()["file_path"].toString()});
            QVERIFY2(!verified.output.contains("Error"), qPrintable(verified.output));
            QVERIFY2(verified.output.contains("ComprehensiveSR"), qPrintable(verified.output));
        }
    }

    // SRs written by others (pydicom's test files, made by DCMTK's authors) show as trees, in
    // UTF-8 whatever their character set, even where a strict reader refuses an item.
    void show_ShouldRenderForeignReports() {
        CliResult r =
            runDicomnet(data_, {"consult", "show", pydicomFile("test_files/test-SR.dcm")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString tree = QString::fromUtf8(r.out);
        QVERIFY2(tree.contains("Riesmeier^Jörg") && tree.contains("Comprehensive SR") &&
                     tree.contains("SCOORD"),
                 qPrintable(tree));
        r = runDicomnet(data_, {"consult", "show", pydicomFile("test_files/reportsi.dcm")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        tree = QString::fromUtf8(r.out);
        QVERIFY2(
            tree.contains("Basic Text SR") && tree.contains("IHE Year 2 - Simple Image Report"),
            qPrintable(tree));
    }

    // pydicom (Debian's python3-pydicom, the package the tests unpack) reads what we write.
    void pydicom_ShouldReadOurConsultation() {
        const CliResult r = runDicomnet(data_, {"consult", "list", study_, "--json"});
        const QString file =
            QJsonDocument::fromJson(r.out).array()[0].toObject()["file_path"].toString();
        QVERIFY(!file.isEmpty());
        const QString script = QStringLiteral(
            "import sys, pydicom\n"
            "d = pydicom.dcmread(sys.argv[1])\n"
            "def walk(items):\n"
            "    for i in items:\n"
            "        if 'TextValue' in i: print(i.TextValue)\n"
            "        if 'ContentSequence' in i: walk(i.ContentSequence)\n"
            "print(d.SOPClassUID.name, d.CompletionFlag, d.PatientName)\n"
            "walk(d.ContentSequence)\n");
        QProcess python;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PYTHONPATH", QDir(pydicomDataDir() + "/../..").absolutePath());
        python.setProcessEnvironment(env);
        python.start("python3", {"-c", script, file});
        QVERIFY(python.waitForFinished(60000));
        const QString said = QString::fromUtf8(python.readAllStandardOutput());
        QVERIFY2(python.exitCode() == 0 && said.contains("Comprehensive SR Storage PARTIAL") &&
                     said.contains(kFinding),
                 qPrintable(said + QString::fromUtf8(python.readAllStandardError())));
    }

    // Which template a study opens with, as the templates' files say (applies_to); a new
    // consultation without --template takes it; every title and score meaning can be
    // translated (the list lupdate reads matches the files).
    void templates_ShouldBeChosenByModalityAndBodyPart() {
        using dicomnet::consult::templateFor;
        QCOMPARE(templateFor("DX", "CHEST"), QStringLiteral("chest-xray-covid"));
        QCOMPARE(templateFor("cr", "thorax"), QStringLiteral("chest-xray-covid"));
        QCOMPARE(templateFor("CT", "CHEST"), QStringLiteral("chest-ct-covid"));
        QCOMPARE(templateFor("CT", "HEAD"), QStringLiteral("free"));
        QCOMPARE(templateFor("DX", ""), QStringLiteral("free"));
        QCOMPARE(templateFor("US", "CHEST"), QStringLiteral("free"));
        const QStringList known = dicomnet::consult::translatableTemplateTexts();
        for (const QString& name : dicomnet::consult::templateNames()) {
            auto t = dicomnet::consult::loadTemplate(name);
            QVERIFY(t);
            QVERIFY2(known.contains(t->title), qPrintable(t->title));
            for (const auto& s : t->scores)
                QVERIFY2(known.contains(s.meaning), qPrintable(s.meaning));
            if (t->total)
                QVERIFY2(known.contains(t->total->meaning), qPrintable(t->total->meaning));
        }
        // The demo's chest film: a Brixia zone is a field of its template.
        CliResult r = runDicomnet(
            data_, {"consult", "new", study_, "--author", "Ion Popescu", "--field", "brixia.A=2"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "new", study_, "--template", "free", "--author",
                                "Ion Popescu", "--field", "brixia.A=2"});
        QCOMPARE(r.exitCode, 2);
    }

    void new_ShouldExplain_WhenInputIsWrong() {
        CliResult r = runDicomnet(data_, {"consult", "new", study_, "--text", "x"});
        QCOMPARE(r.exitCode, 2);  // no author
        r = runDicomnet(data_, {"consult", "new", "1.2.3.4", "--text", "x", "--author", "A B"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("1.2.3.4"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "new", study_, "--author", "A B"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("empty"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "new", study_, "--template", "brixia", "--text", "x",
                                "--author", "A B"});
        QCOMPARE(r.exitCode, 2);
        r = runDicomnet(data_, {"consult", "show", dir_.filePath("films/DX1.dcm")});
        QCOMPARE(r.exitCode, 1);  // an image, not a report
    }
};

QTEST_GUILESS_MAIN(TestConsultation)
#include "test_consultation.moc"
