// De-identification (PS3.15 Annex E basic profile) of what would leave for an external
// destination, from the command line, on pydicom's real files and a patient of ours with two
// studies: no original name, ID, birth date, accession number or instance UID is left in any
// byte of what is written; private attributes are gone; the patient keeps one pseudonym and
// one date shift across studies and runs, UIDs the same replacements; DCMTK's dciodvfy finds
// no error the original did not have; burned-in annotation is held back with the reason.
#include "cli_runner.h"
#include "dicom_peers.h"
#include "test_data.h"

#include "core/synthetic_patient.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

// An attribute's value as dcmdump prints it (first match).
QString attribute(const QString& file, const QString& keyword) {
    const ToolResult t = runTool("dcmdump", {"+P", keyword, file});
    return t.output.section('[', 1).section(']', 0, 0);
}

QSet<QString> errors(const QString& file) {
    QSet<QString> e;
    for (const QString& line : runTool("dciodvfy", {file}).output.split('\n'))
        if (line.startsWith("Error")) e.insert(line);
    return e;
}

}  // namespace

class TestDeidentify : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString data_;
    QStringList originals_;

private slots:
    void initTestCase() {
        data_ = tmp_.filePath("data");
        dicomnet::SyntheticPatientOptions o;
        o.xraySize = 64;
        o.ctSlices = 2;
        QVERIFY(dicomnet::writeSyntheticPatient(tmp_.filePath("films"), o));
        QCOMPARE(runDicomnet(data_, {"import", tmp_.filePath("films"),
                                     pydicomFile("test_files/CT_small.dcm"),
                                     pydicomFile("test_files/MR_small.dcm")})
                     .exitCode,
                 0);
        for (const QJsonValue& s :
             QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out).array())
            for (const QJsonValue& r :
                 QJsonDocument::fromJson(
                     runDicomnet(data_,
                                 {"ls", "series", s.toObject()["study_uid"].toString(), "--json"})
                         .out)
                     .array())
                for (const QJsonValue& i :
                     QJsonDocument::fromJson(
                         runDicomnet(data_, {"ls", "instances",
                                             r.toObject()["series_uid"].toString(), "--json"})
                             .out)
                         .array())
                    originals_ << i.toObject()["file_path"].toString();
        QVERIFY(originals_.size() >= 6);
    }

    void anonymize_ShouldLeaveNothingThatIdentifies() {
        const QString out = tmp_.filePath("out");
        CliResult r =
            runDicomnet(data_, QStringList{"anonymize", "--out", out, "--json"} + originals_);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonArray written =
            QJsonDocument::fromJson(r.out).array()[0].toObject()["written"].toArray();
        QCOMPARE(written.size(), originals_.size());

        // What identifies, in the originals.
        QStringList secrets;
        for (const QString& f : originals_) {
            for (const char* k :
                 {"PatientID", "PatientBirthDate", "AccessionNumber", "StudyInstanceUID",
                  "SeriesInstanceUID", "SOPInstanceUID", "FrameOfReferenceUID"}) {
                const QString v = attribute(f, k);
                if (v.size() >= 4) secrets << v;
            }
            for (const QString& part : attribute(f, "PatientName").split('^'))
                if (part.size() >= 4) secrets << part;
        }
        secrets.removeDuplicates();
        QVERIFY(secrets.contains("CompressedSamples") && secrets.contains("DEMO-0001"));
        for (const QJsonValue& w : written) {
            const QString file = w.toObject()["file"].toString();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QString& s : secrets)
                QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(file + ": " + s));
            // No private attribute (odd group) is left.
            const QString dump = runTool("dcmdump", {file}).output;
            QVERIFY2(
                !QRegularExpression("^\\(\\d\\d\\d[13579],", QRegularExpression::MultilineOption)
                     .match(dump)
                     .hasMatch(),
                qPrintable(file));
            QCOMPARE(attribute(file, "PatientIdentityRemoved"), QStringLiteral("YES"));
            // Institution and operators: no value left (emptied where they may be required).
            for (const QString& line : dump.split('\n'))
                if (line.contains("InstitutionName") || line.contains("OperatorsName"))
                    QVERIFY2(line.contains("(no value available)"), qPrintable(line));
        }
        // dciodvfy: nothing the originals did not already have.
        QSet<QString> before, after;
        for (const QString& f : originals_) before |= errors(f);
        for (const QJsonValue& w : written) after |= errors(w.toObject()["file"].toString());
        after.subtract(before);
        QVERIFY2(after.isEmpty(), qPrintable(QStringList(after.begin(), after.end()).join('\n')));
    }

    void anonymize_ShouldCleanWhatTableE11Names() {
        // CT_small with values of PS3.15 Table E.1-1 attributes written in: addresses, phone
        // numbers, stations, a barcode, a camera's owner, an institution's code, an original
        // attributes sequence. None may survive; the device and descriptor options keep theirs.
        const QString tainted = tmp_.filePath("tainted.dcm");
        QVERIFY(QFile::copy(pydicomFile("test_files/CT_small.dcm"), tainted));
        QFile::setPermissions(tainted, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList values{"(0008,0081)=TAINT-01",
                                 "(0008,1040)=TAINT-02",
                                 "(0010,1040)=TAINT-03",
                                 "(0010,2154)=TAINT-04",
                                 "(0016,004D)=TAINT-05",
                                 "(0040,1102)=TAINT-06",
                                 "(0040,2009)=TAINT-07",
                                 "(0032,1033)=TAINT-08",
                                 "(0038,0060)=TAINT-09",
                                 "(0040,0241)=DEVICE-10",
                                 "(0040,0242)=DEVICE-11",
                                 "(2200,0005)=TAINT-12",
                                 "(0400,0561)[0].(0008,0080)=TAINT-13",
                                 "(0008,0082)[0].(0008,0100)=TAINT-14",
                                 "(0018,1000)=DEVICE-15",
                                 "(0008,1010)=DEVICE-16",
                                 "(0018,1030)=DESCRIPTOR-17"};
        QStringList args{"-nb"};
        for (const QString& v : values) args << "-i" << v;
        ToolResult m = runTool("dcmodify", args << tainted);
        QVERIFY2(m.exitCode == 0, qPrintable(m.output));
        const QString out = tmp_.filePath("tainted-out"), kept = tmp_.filePath("tainted-kept");
        QCOMPARE(runDicomnet(data_, {"anonymize", "--out", out, tainted}).exitCode, 0);
        QCOMPARE(runDicomnet(data_, {"anonymize", "--out", kept, "--keep-device",
                                     "--keep-descriptors", tainted})
                     .exitCode,
                 0);
        auto bytesOf = [](const QString& folder) {
            QByteArray all;
            for (const QFileInfo& f : QDir(folder).entryInfoList(QDir::Files)) {
                QFile file(f.filePath());
                if (file.open(QIODevice::ReadOnly)) all += file.readAll();
            }
            return all;
        };
        const QByteArray plain = bytesOf(out), withOptions = bytesOf(kept);
        QVERIFY(!plain.isEmpty() && !withOptions.isEmpty());
        for (const QByteArray marker : {"TAINT", "DEVICE-", "DESCRIPTOR-"})
            QVERIFY2(!plain.contains(marker), marker.constData());
        QVERIFY(!withOptions.contains("TAINT"));
        QVERIFY(withOptions.contains("DEVICE-10") && withOptions.contains("DEVICE-11") &&
                withOptions.contains("DEVICE-15") && withOptions.contains("DEVICE-16") &&
                withOptions.contains("DESCRIPTOR-17"));
        // Still valid: nothing dciodvfy did not already say of the tainted original.
        QSet<QString> after;
        for (const QFileInfo& f : QDir(out).entryInfoList(QDir::Files))
            after |= errors(f.filePath());
        after.subtract(errors(tainted));
        QVERIFY2(after.isEmpty(), qPrintable(QStringList(after.begin(), after.end()).join('\n')));
    }

    void anonymize_ShouldKeepPatientsAndUidsConsistent() {
        // The demo patient's two chest films: one pseudonym, one date shift.
        QStringList films;
        for (const QString& f : originals_)
            if (attribute(f, "PatientID") == QLatin1String("DEMO-0001") &&
                attribute(f, "Modality") == QLatin1String("DX"))
                films << f;
        QVERIFY(films.size() >= 2);
        const QString a = tmp_.filePath("a"), b = tmp_.filePath("b");
        QCOMPARE(runDicomnet(data_, {"anonymize", films[0], films[1], "--out", a}).exitCode, 0);
        QCOMPARE(runDicomnet(data_, {"anonymize", films[0], "--out", b}).exitCode, 0);
        const QStringList outA = QDir(a).entryList(QDir::Files);
        QCOMPARE(outA.size(), 2);
        QString first, second;
        for (const QString& f : outA)
            (attribute(a + "/" + f, "SOPInstanceUID") ==
                     attribute(b + "/" + QDir(b).entryList(QDir::Files)[0], "SOPInstanceUID")
                 ? first
                 : second) = a + "/" + f;
        QVERIFY2(!first.isEmpty() && !second.isEmpty(), "the same film got another UID");
        QCOMPARE(attribute(first, "PatientID"), attribute(second, "PatientID"));
        QVERIFY(attribute(first, "PatientID").startsWith("ANON-"));
        auto day = [](const QString& da) { return QDate::fromString(da, "yyyyMMdd"); };
        const qint64 before =
            day(attribute(films[0], "StudyDate")).daysTo(day(attribute(films[1], "StudyDate")));
        const qint64 after =
            day(attribute(first, "StudyDate")).daysTo(day(attribute(second, "StudyDate")));
        QCOMPARE(after, before);  // the interval is kept
        QVERIFY(attribute(first, "StudyDate") != attribute(films[0], "StudyDate"));
        QCOMPARE(attribute(first, "StudyDescription"), QString());  // descriptors go by default
        QCOMPARE(runDicomnet(data_, {"anonymize", films[0], "--out", tmp_.filePath("c"),
                                     "--keep-descriptors", "--remove-dates"})
                     .exitCode,
                 0);
        const QString c = tmp_.filePath("c/") + QDir(tmp_.filePath("c")).entryList(QDir::Files)[0];
        QVERIFY(!attribute(c, "StudyDescription").isEmpty());
        QCOMPARE(attribute(c, "StudyDate"), QString());
    }

    void anonymize_ShouldHoldBackBurnedInAnnotation() {
        const QString burned = tmp_.filePath("burned.dcm");
        QVERIFY(QFile::copy(pydicomFile("test_files/CT_small.dcm"), burned));
        QFile::setPermissions(burned, QFile::ReadOwner | QFile::WriteOwner);
        ToolResult t = runTool("dcmodify", {"-nb", "-i", "(0028,0301)=YES", burned});
        QVERIFY2(t.exitCode == 0, qPrintable(t.output));
        const QString capture = tmp_.filePath("capture.dcm");
        QVERIFY(QFile::copy(pydicomFile("test_files/MR_small.dcm"), capture));
        QFile::setPermissions(capture, QFile::ReadOwner | QFile::WriteOwner);
        // A secondary capture that does not say whether it has burned-in text.
        t = runTool("dcmodify", {"-nb", "-m", "(0008,0016)=1.2.840.10008.5.1.4.1.1.7", capture});
        QVERIFY2(t.exitCode == 0, qPrintable(t.output));
        QVERIFY(attribute(capture, "BurnedInAnnotation").isEmpty());
        const QString out = tmp_.filePath("held");
        CliResult r = runDicomnet(data_, {"anonymize", burned, capture, "--out", out, "--json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(o["written"].toArray().size(), 0);
        QCOMPARE(o["held_back"].toArray().size(), 2);
        QVERIFY2(o["held_back"].toArray()[0].toObject()["reason"].toString().contains("burned"),
                 qPrintable(describe(r)));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 0);
        r = runDicomnet(data_, {"anonymize", "1.2.3.4", "--out", out});
        QCOMPARE(r.exitCode, 1);
        r = runDicomnet(data_, {"anonymize", burned});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDeidentify)
#include "test_deidentify.moc"
