// Consultations leaving dicomnet: as a PDF to print (read back by poppler's pdftotext), as
// DICOM files (byte for byte: the exported signed file still verifies, and DCMTK's dciodvfy
// accepts it), and PDFs that come back inside DICOM (DCMTK's pdf2dcm makes one from ours; we
// show it and write the PDF out again).
#include "cli_runner.h"
#include "demo_study.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

QString firstLine(const CliResult& r) { return QString::fromUtf8(r.out).trimmed(); }

QByteArray sha(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pdfText(const QString& pdf) {
    const ToolResult t = runTool("pdftotext", {"-layout", pdf, "-"});
    return t.exitCode == 0 ? t.output : QStringLiteral("pdftotext failed: ") + t.output;
}

const QString kFinding = QStringLiteral("Opacități reticulare în câmpul pulmonar drept.");

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, study_, image_, imageFile_, draft_, final_;

private slots:
    void initTestCase() {
        data_ = dir_.filePath("data");
        const DemoStudy demo = importDemoStudy(dir_.path(), data_, 96);
        QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
        study_ = demo.study;
        image_ = demo.image;
        imageFile_ = demo.imageFile;
        QCOMPARE(issuePersonCertificate(data_, "Ana Rusu", dir_.filePath("me")).exitCode, 0);
        CliResult r = runDicomnet(data_, {"consult",
                                          "new",
                                          study_,
                                          "--template",
                                          "chest-xray-covid",
                                          "--text",
                                          kFinding,
                                          "--field",
                                          "brixia.A=1",
                                          "--field",
                                          "brixia.B=1",
                                          "--field",
                                          "brixia.C=3",
                                          "--field",
                                          "brixia.D=0",
                                          "--field",
                                          "brixia.E=0",
                                          "--field",
                                          "brixia.F=0",
                                          "--field",
                                          "recommendation=Control radiologic peste 7 zile.",
                                          "--author",
                                          "Ana Rusu",
                                          "--organisation",
                                          "Spitalul Clinic",
                                          "--key-image",
                                          image_});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        draft_ = firstLine(r);
        r = runDicomnet(data_,
                        {"consult", "sign", draft_, "--cert", dir_.filePath("me/ana-rusu.pem"),
                         "--key", dir_.filePath("me/ana-rusu.key")},
                        60000, kPassphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        final_ = firstLine(r);
    }

    void pdf_ShouldCarryTheText_TheScores_AndTheSignature() {
        const QString pdf = dir_.filePath("final.pdf");
        CliResult r = runDicomnet(data_, {"consult", "export", final_, "--pdf", pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(kFinding) && text.contains("Brixia score 5") &&
                     text.contains("Control radiologic peste 7 zile.") &&
                     text.contains("signed by Ana Rusu") && text.contains("valid") &&
                     text.contains("DEMO") && text.contains("Key images"),
                 qPrintable(text));
        QVERIFY(!text.contains("DRAFT"));
        // A draft says so, in capitals.
        r = runDicomnet(data_, {"consult", "export", draft_, "--pdf", dir_.filePath("draft.pdf")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        text = pdfText(dir_.filePath("draft.pdf"));
        QVERIFY2(text.contains("DRAFT") && text.contains("not signed"), qPrintable(text));
        // A folder that does not exist: a message and an exit code.
        r = runDicomnet(data_, {"consult", "export", final_, "--pdf", "/nonexistent/c.pdf"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot write"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "export", image_, "--pdf", dir_.filePath("x.pdf")});
        QCOMPARE(r.exitCode, 1);  // an image is not a consultation
    }

    void export_ShouldWriteTheObjectsByteForByte() {
        const QString out = dir_.filePath("out");
        CliResult r = runDicomnet(data_, {"export", final_, image_, "--out", out, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray written = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(written.size(), 2);
        const QString exported = written[0].toObject()["file"].toString();
        QCOMPARE(exported, out + "/" + final_ + ".dcm");
        QCOMPARE(sha(written[1].toObject()["file"].toString()), sha(imageFile_));
        r = runDicomnet(data_, {"consult", "verify", exported});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const ToolResult t = runTool("dciodvfy", {exported});
        QVERIFY2(!t.output.contains("Error"), qPrintable(t.output));
        r = runDicomnet(data_, {"export", "1.2.3.4", "--out", out});
        QCOMPARE(r.exitCode, 1);
        r = runDicomnet(data_, {"export", final_});
        QCOMPARE(r.exitCode, 2);
    }

    void encapsulatedPdf_ShouldBeShownAndWrittenOut() {
        const QString pdf = dir_.filePath("final.pdf");
        QVERIFY(QFile::exists(pdf));
        const QString dcm = dir_.filePath("inbox/report.dcm");
        QDir().mkpath(dir_.filePath("inbox"));
        const ToolResult made =
            runTool("pdf2dcm", {"+t", "Consultatie PDF", "+st", imageFile_, pdf, dcm});
        QVERIFY2(made.exitCode == 0, qPrintable(made.output));
        CliResult r = runDicomnet(data_, {"import", dir_.filePath("inbox")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const ToolResult dumped = runTool("dcmdump", {"+P", "SOPInstanceUID", dcm});
        const QString uid = dumped.output.section('[', 1).section(']', 0, 0);
        QVERIFY2(uid.startsWith("1."), qPrintable(dumped.output));
        r = runDicomnet(data_, {"consult", "show", uid});
        QVERIFY2(r.exitCode == 0 && r.out.contains("Encapsulated PDF") &&
                     r.out.contains("Consultatie PDF"),
                 qPrintable(describe(r)));
        r = runDicomnet(data_, {"export", uid, "--out", dir_.filePath("back"), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString back = QJsonDocument::fromJson(r.out).array()[0].toObject()["pdf"].toString();
        QCOMPARE(sha(back), sha(pdf));  // the very PDF we wrote
        QVERIFY(pdfText(back).contains(kFinding));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
