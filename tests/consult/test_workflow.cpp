// The consultation workflow from the command line, as the red zone and the radiologist at home
// live it: the technician asks (urgent, for a named radiologist); it waits for her and nobody
// else; she answers with the Brixia score and a key image with a region drawn on it, signs;
// later amends it (a new signed version naming the old one, which stays). States follow each
// step; every document passes dciodvfy; the amended text, scores and image survive a round trip.
#include "cli_runner.h"
#include "demo_study.h"
#include "dicom_peers.h"
#include "test_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

QString firstLine(const CliResult& r) { return QString::fromUtf8(r.out).trimmed(); }

}  // namespace

class TestWorkflow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_, study_, image_;

    QJsonArray list() {
        return QJsonDocument::fromJson(
                   runDicomnet(data_, {"consult", "list", study_, "--json"}).out)
            .array();
    }
    QString stateOf(const QString& uid) {
        for (const QJsonValue& v : list())
            if (v.toObject()["sop_instance_uid"].toString() == uid)
                return v.toObject()["state"].toString();
        return QStringLiteral("(absent)");
    }
    QJsonArray waiting(const QString& me) {
        return QJsonDocument::fromJson(
                   runDicomnet(data_, {"consult", "waiting", "--me", me, "--json"}).out)
            .array();
    }
    QString sign(const QString& uid) {
        const CliResult r =
            runDicomnet(data_,
                        {"consult", "sign", uid, "--cert", dir_.filePath("me/ana-rusu.pem"),
                         "--key", dir_.filePath("me/ana-rusu.key")},
                        60000, kPassphrase);
        return r.exitCode == 0 ? firstLine(r) : describe(r);
    }

private slots:
    void initTestCase() {
        data_ = dir_.filePath("data");
        const DemoStudy demo = importDemoStudy(dir_.path(), data_);
        QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
        study_ = demo.study;
        image_ = demo.image;
        const CliResult r = issuePersonCertificate(data_, "Ana Rusu", dir_.filePath("me"));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }

    void workflow_ShouldGoFromRequestToAmendedConsultation() {
        // The technician asks.
        CliResult r = runDicomnet(
            data_, {"consult", "request", study_, "--question",
                    "Pneumonie? Pacient febril, SpO2 91%.", "--urgency", "urgent", "--for",
                    "Ana Rusu", "--author", "Maria Tehnician", "--organisation", "Zona roșie"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString request = firstLine(r);
        QCOMPARE(stateOf(request), QStringLiteral("requested"));
        QJsonArray mine = waiting("Rusu^Ana");
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0].toObject()["urgency"].toString(), QStringLiteral("urgent"));
        QCOMPARE(mine[0].toObject()["question"].toString(),
                 QStringLiteral("Pneumonie? Pacient febril, SpO2 91%."));
        QCOMPARE(waiting("Ion Popescu").size(), 0);  // addressed to someone else

        // She answers: a draft with the Brixia score and a key image; it answers the request.
        r = runDicomnet(data_, {"consult",
                                "new",
                                study_,
                                "--template",
                                "chest-xray-covid",
                                "--text",
                                "Opacități în câmpul drept.",
                                "--field",
                                "brixia.A=1",
                                "--field",
                                "brixia.B=2",
                                "--field",
                                "brixia.C=2",
                                "--field",
                                "brixia.D=0",
                                "--field",
                                "brixia.E=0",
                                "--field",
                                "brixia.F=0",
                                "--author",
                                "Ana Rusu",
                                "--key-image",
                                image_});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString draft = firstLine(r);
        QCOMPARE(stateOf(request), QStringLiteral("answered"));
        QCOMPARE(stateOf(draft), QStringLiteral("draft"));
        mine = waiting("Ana Rusu");
        QCOMPARE(mine.size(), 1);  // her draft now
        QCOMPARE(mine[0].toObject()["sop_instance_uid"].toString(), draft);
        r = runDicomnet(data_, {"consult", "show", draft});
        QVERIFY2(r.out.contains(request.toUtf8()) && r.out.contains("Best illustration of finding"),
                 qPrintable(describe(r)));
        QVERIFY(r.out.contains("\"Brixia score\")=\"5\""));

        // Signed: final; the draft is replaced, not gone.
        const QString final = sign(draft);
        QVERIFY2(final.startsWith("1."), qPrintable(final));
        QCOMPARE(stateOf(final), QStringLiteral("final"));
        QCOMPARE(stateOf(draft), QStringLiteral("replaced"));
        QCOMPARE(waiting("Ana Rusu").size(), 0);
        // A draft is not amended; a final is.
        r = runDicomnet(data_, {"consult", "amend", draft, "--text", "x"});
        QCOMPARE(r.exitCode, 1);

        // Amended: one zone and the impression change; the rest is carried over.
        r = runDicomnet(data_, {"consult", "amend", final, "--field", "brixia.F=3", "--field",
                                "impression=Agravare față de examinarea precedentă."});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString amendment = firstLine(r);
        const QString amended = sign(amendment);
        QVERIFY2(amended.startsWith("1."), qPrintable(amended));
        QCOMPARE(stateOf(final), QStringLiteral("replaced"));
        QCOMPARE(stateOf(amended), QStringLiteral("final"));
        r = runDicomnet(data_, {"consult", "show", amended});
        const QString tree = QString::fromUtf8(r.out);
        QVERIFY2(tree.contains("Opacități în câmpul drept.") &&
                     tree.contains("Agravare față de examinarea precedentă.") &&
                     tree.contains("\"Brixia score\")=\"8\"") && tree.contains(final) &&
                     tree.contains("Best illustration of finding"),
                 qPrintable(tree));
        r = runDicomnet(data_, {"consult", "verify", amended});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        // Every document of the study reads without an error in dciodvfy.
        const QJsonArray all = list();
        QCOMPARE(all.size(), 5);  // request, draft, final, amendment draft, amended final
        for (const QJsonValue& v : all) {
            const ToolResult t = runTool("dciodvfy", {v.toObject()["file_path"].toString()});
            QVERIFY2(!t.output.contains("Error") && t.output.contains("ComprehensiveSR"),
                     qPrintable(t.output));
        }
    }

    void request_ShouldExplain_WhenInputIsWrong() {
        CliResult r = runDicomnet(data_, {"consult", "request", study_, "--question", "?",
                                          "--urgency", "soon", "--author", "M T"});
        QCOMPARE(r.exitCode, 2);
        r = runDicomnet(data_, {"consult", "request", study_, "--author", "M T"});
        QCOMPARE(r.exitCode, 2);
        r = runDicomnet(data_, {"consult", "new", study_, "--text", "x", "--author", "A R",
                                "--key-image", "1.2.3.4.5"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("1.2.3.4.5"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"consult", "waiting"});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "test_workflow.moc"
