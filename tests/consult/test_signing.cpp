// Signing consultations as a user does from the command line: a person's certificate from the
// site CA (key encrypted, passphrase on standard input), a draft signed into a final version
// that names it, and verification as the readers of a consultation see it: valid; changed
// after signing (one byte); signed with a certificate from an unknown CA; not signed at all.
// DCMTK's own dcmsign checks the same signature with the same CA (the peer).
#include "cli_runner.h"
#include "demo_study.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

const QString kFinding = QStringLiteral("Opacități în câmpul pulmonar drept.");

}  // namespace

class TestSigning : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, study_, cert_, key_;

    QString newDraft(const QString& author) {
        const CliResult r = runDicomnet(
            data_, {"consult", "new", study_, "--text", kFinding, "--field",
                    "impression=Pneumonie.", "--author", author, "--organisation", "SCR"});
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }

    QJsonArray listed() {
        return QJsonDocument::fromJson(
                   runDicomnet(data_, {"consult", "list", study_, "--json"}).out)
            .array();
    }

    QString fileOf(const QString& uid) {
        for (const QJsonValue& v : listed())
            if (v.toObject()["sop_instance_uid"].toString() == uid)
                return v.toObject()["file_path"].toString();
        return {};
    }

private slots:
    void initTestCase() {
        data_ = dir_.filePath("data");
        const DemoStudy demo = importDemoStudy(dir_.path(), data_);
        QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
        study_ = demo.study;
        const CliResult r = issuePersonCertificate(data_, "Ion Popescu", dir_.filePath("me"));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        cert_ = dir_.filePath("me/ion-popescu.pem");
        key_ = dir_.filePath("me/ion-popescu.key");
        QFile key(key_);
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll().contains("ENCRYPTED"));  // never in the clear on disk
        QCOMPARE(int(key.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
    }

    void sign_ShouldMakeAFinalVersionThatVerifies() {
        const QString draft = newDraft("Ion Popescu");
        QVERIFY(!draft.isEmpty());
        CliResult r = runDicomnet(data_, {"consult", "verify", draft});
        QCOMPARE(r.exitCode, 5);  // a draft is not signed
        r = runDicomnet(data_, {"consult", "sign", draft, "--cert", cert_, "--key", key_}, 60000,
                        kPassphrase);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString final = QString::fromUtf8(r.out).trimmed();
        QVERIFY(final.startsWith("1.2.") && final != draft);

        r = runDicomnet(data_, {"consult", "verify", final});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("signed by Ion Popescu") && r.out.contains("valid"),
                 qPrintable(describe(r)));
        // Both stay: the draft, and the final that names it as its predecessor.
        const QString finalFile = fileOf(final), draftFile = fileOf(draft);
        QVERIFY(!finalFile.isEmpty() && !draftFile.isEmpty());
        r = runDicomnet(data_, {"consult", "show", final});
        const QString tree = QString::fromUtf8(r.out);
        QVERIFY2(tree.contains("Signature: signed by Ion Popescu") && tree.contains(kFinding),
                 qPrintable(tree));
        QVERIFY2(tree.contains("COMPLETE") && tree.contains("VERIFIED") &&
                     tree.contains("Popescu^Ion") && tree.contains(draft),
                 qPrintable(tree));
        // The peers: dciodvfy without an error, dcmsign verifies with the site CA.
        ToolResult tool = runTool("dciodvfy", {finalFile});
        QVERIFY2(!tool.output.contains("Error") && tool.output.contains("ComprehensiveSR"),
                 qPrintable(tool.output));
        tool =
            runTool("dcmsign", {"--verify", finalFile, "--add-cert-file", data_ + "/certs/ca.pem"});
        QVERIFY2(tool.exitCode == 0 && tool.output.contains("Signature Verification : OK"),
                 qPrintable(tool.output));
        // A final document is not signed again: it is amended.
        r = runDicomnet(data_, {"consult", "sign", final, "--cert", cert_, "--key", key_}, 60000,
                        kPassphrase);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("amend"), qPrintable(describe(r)));

        // One byte of the finding changed: invalid.
        QFile f(finalFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf(kFinding.toUtf8());
        QVERIFY(at > 0);
        bytes[at] = 'X';
        const QString changed = dir_.filePath("changed.dcm");
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        r = runDicomnet(data_, {"consult", "verify", changed});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("changed after it was signed"), qPrintable(describe(r)));
    }

    void verify_ShouldNotTrust_ACertificateFromAnUnknownCa() {
        // Someone's own CA, not the site's: a certificate that signs fine but is not trusted.
        ToolResult t =
            runTool("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
                                "-subj", "/O=Elsewhere/CN=Mallory Impostor", "-keyout",
                                dir_.filePath("other.key"), "-out", dir_.filePath("other.pem")});
        QVERIFY2(t.exitCode == 0, qPrintable(t.output));
        const QString draft = newDraft("Mallory Impostor");
        CliResult r =
            runDicomnet(data_, {"consult", "sign", draft, "--cert", dir_.filePath("other.pem"),
                                "--key", dir_.filePath("other.key")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "verify", QString::fromUtf8(r.out).trimmed()});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("Mallory Impostor") && r.err.contains("NOT TRUSTED"),
                 qPrintable(describe(r)));
    }

    void sign_ShouldRefuse_AWrongPassphraseOrAForeignKey_AndStoreNothing() {
        const QString draft = newDraft("Ion Popescu");
        const int before = int(listed().size());
        CliResult r = runDicomnet(data_, {"consult", "sign", draft, "--cert", cert_, "--key", key_},
                                  60000, "nu-este-parola\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("wrong passphrase"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "sign", draft, "--cert", cert_, "--key",
                                dir_.filePath("other.key")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not belong"), qPrintable(describe(r)));
        r = runDicomnet(
            data_, {"consult", "sign", draft, "--cert", dir_.filePath("none.pem"), "--key", key_});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(int(listed().size()), before);
        r = runDicomnet(data_, {"consult", "verify", dir_.filePath("films")});
        QVERIFY(r.exitCode == 1 || r.exitCode == 2);
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "test_signing.moc"
