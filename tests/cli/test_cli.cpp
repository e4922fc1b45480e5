// The command line as a user types it: exit codes, listings, JSON, check, refusal of a newer
// index, and a full disk.
#include "cli_runner.h"
#include "dicom_factory.h"
#include "test_data.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet::test;

namespace {

QJsonArray json(const CliResult& r) { return QJsonDocument::fromJson(r.out).array(); }

// Three studies of one patient (two CR, one DX) and one of another, in `dir`.
void makeStudies(const QString& dir) {
    QDir().mkpath(dir);
    const char* dates[] = {"20200410", "20200402", "20200406"};
    for (int s = 0; s < 3; ++s) {
        SyntheticObject o;
        o.patientId = "MD-1001";
        o.characterSet = "ISO_IR 192";
        o.patientName = QStringLiteral("Știrbu^Ață").toUtf8();
        o.studyDate = dates[s];
        o.modality = s == 2 ? "DX" : "CR";
        o.studyUid = DicomFactory::newUid();
        o.seriesUid = DicomFactory::newUid();
        for (int i = 1; i <= s + 1; ++i) {
            o.instanceNumber = i;
            o.sopInstanceUid.clear();
            DicomFactory::write(QStringLiteral("%1/s%2i%3.dcm").arg(dir).arg(s).arg(i), o);
        }
    }
    SyntheticObject cyr;
    cyr.patientId = "MD-2002";
    cyr.characterSet = "ISO_IR 144";
    cyr.patientName = QByteArray("\xbf\xde\xdf\xde\xd2^\xb8\xd2\xd0\xdd");
    DicomFactory::write(dir + "/cyr.dcm", cyr);
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    QString data_, input_;

private slots:
    void initTestCase() {
        data_ = tmp_.path() + "/data";
        input_ = tmp_.path() + "/in";
        makeStudies(input_);
        CliResult r = runDicomnet(data_, {"import", input_});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("imported 7, duplicates 0, skipped 0, rejected 0"),
                 qPrintable(describe(r)));
    }

    void usage_ShouldExit2_WhenCommandLineIsWrong_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("import without path") << QStringList{"import"};
        QTest::newRow("unknown subcommand") << QStringList{"frobnicate"};
        QTest::newRow("unknown option") << QStringList{"--colour", "ls", "studies"};
        QTest::newRow("ls without what") << QStringList{"ls"};
        QTest::newRow("ls series without uid") << QStringList{"ls", "series"};
        QTest::newRow("history without id") << QStringList{"history"};
        QTest::newRow("bad date range") << QStringList{"ls", "studies", "--date", "yesterday"};
        QTest::newRow("check with argument") << QStringList{"check", "now"};
        QTest::newRow("render without --out") << QStringList{"render", "x.dcm"};
        QTest::newRow("render with a bad window")
            << QStringList{"render", "x.dcm", "--out", "x.png", "--window", "40"};
        QTest::newRow("render frame 0")
            << QStringList{"render", "x.dcm", "--out", "x.png", "--frame", "0"};
        QTest::newRow("unknown language") << QStringList{"--lang", "xx", "ls", "studies"};
        QTest::newRow("unknown language after the subcommand")
            << QStringList{"ls", "studies", "--lang=de"};
        QTest::newRow("help of an unknown subcommand") << QStringList{"frobnicate", "--help"};
    }
    void usage_ShouldExit2_WhenCommandLineIsWrong() {
        QFETCH(QStringList, args);
        CliResult r = runDicomnet(data_, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("dicomnet: "));
    }

    // `dicomnet SUB --help` prints the usage's lines about SUB only, translated; the global
    // options work after the subcommand as before it.
    void help_ShouldShowTheSubcommandsLines_WhenAskedAfterIt() {
        CliResult all = runDicomnet(data_, {"--help"});
        QCOMPARE(all.exitCode, 0);
        CliResult view = runDicomnet(data_, {"view", "--help"});
        QVERIFY2(view.exitCode == 0, qPrintable(describe(view)));
        QVERIFY(view.out.startsWith("Usage: dicomnet"));
        for (const char* option : {"--mpr", "--compare", "--mode", "--layout", "--screenshot"})
            QVERIFY2(view.out.contains(option), option);
        QVERIFY(!view.out.contains("  import "));
        QVERIFY(view.out.size() < all.out.size() / 4);
        CliResult cache = runDicomnet(data_, {"cache", "evict", "-h"});
        QVERIFY2(cache.exitCode == 0, qPrintable(describe(cache)));
        QVERIFY(cache.out.contains("cache evict [--free SIZE]"));
        QVERIFY(cache.out.contains("cache pin|unpin UID"));
        QVERIFY(!cache.out.contains("  view "));
        CliResult ru = runDicomnet(data_, {"view", "--help", "--lang", "ru"});
        QCOMPARE(ru.exitCode, 0);
        QVERIFY2(ru.out.startsWith(QString::fromUtf8("Использование").toUtf8()),
                 qPrintable(describe(ru)));
    }

    void globalOptions_ShouldWork_AfterTheSubcommand() {
        QTemporaryDir other;
        CliResult before = runDicomnet({}, {"--data-dir", data_, "ls", "studies", "--json"});
        CliResult after = runDicomnet({}, {"ls", "studies", "--json", "--data-dir", data_});
        QVERIFY2(after.exitCode == 0, qPrintable(describe(after)));
        QCOMPARE(after.out, before.out);
        QVERIFY(json(after).size() > 0);
        CliResult elsewhere =
            runDicomnet({}, {"ls", "studies", "--json", "--data-dir=" + other.path()});
        QCOMPARE(elsewhere.exitCode, 0);
        QCOMPARE(json(elsewhere).size(), 0);
        CliResult ro = runDicomnet(data_, {"ls", "series", "--lang", "ro"});
        QCOMPARE(ro.exitCode, 2);
        QVERIFY2(!ro.err.contains("Run 'dicomnet --help'"), qPrintable(describe(ro)));
    }

    void import_ShouldExit1AndName_WhenSomethingRejected() {
        QTemporaryDir bad;
        const QByteArray valid = DicomFactory::bytes(SyntheticObject{});
        QFile f(bad.path() + "/cut.dcm");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(valid.left(valid.size() / 2));
        f.close();
        CliResult r = runDicomnet(data_, {"import", bad.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("rejected: " + bad.path().toUtf8() + "/cut.dcm: truncated"),
                 qPrintable(describe(r)));
    }

    void import_ShouldCountDuplicates_WhenRunTwice() {
        CliResult r = runDicomnet(data_, {"import", "--json", input_});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = json(r).at(0).toObject();
        QCOMPARE(s["imported"].toInt(), 0);
        QCOMPARE(s["duplicates"].toInt(), 7);
    }

    void lsStudies_ShouldCarryTheDocumentedFields() {
        CliResult r = runDicomnet(data_, {"ls", "studies", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray studies = json(r);
        QCOMPARE(studies.size(), 4);
        for (const char* key : {"patient_id", "patient_name", "study_uid", "study_date",
                                "modalities", "description", "series_count", "instance_count"})
            QVERIFY2(studies[0].toObject().contains(key), key);
        QSet<QString> names;
        for (const auto& s : studies) names.insert(s.toObject()["patient_name"].toString());
        QVERIFY(names.contains(QStringLiteral("Știrbu^Ață")));
        QVERIFY(names.contains(QStringLiteral("Попов^Иван")));
    }

    void history_ShouldListOldestFirst() {
        CliResult r = runDicomnet(data_, {"history", "MD-1001", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray h = json(r);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[0].toObject()["study_date"].toString(), QString("20200402"));
        QCOMPARE(h[2].toObject()["study_date"].toString(), QString("20200410"));
        QCOMPARE(h[1].toObject()["instance_count"].toInt(), 3);
        // The table form shows the name as a person reads it.
        CliResult table = runDicomnet(data_, {"history", "MD-1001"});
        QVERIFY(QString::fromUtf8(table.out).contains(QStringLiteral("Știrbu, Ață")));
    }

    void lsSeriesAndInstances_ShouldWalkDown() {
        const QString study = json(runDicomnet(data_, {"history", "MD-1001", "--json"}))
                                  .at(1)
                                  .toObject()["study_uid"]
                                  .toString();
        const QJsonArray series = json(runDicomnet(data_, {"ls", "series", study, "--json"}));
        QCOMPARE(series.size(), 1);
        const QString seriesUid = series[0].toObject()["series_uid"].toString();
        const QJsonArray instances =
            json(runDicomnet(data_, {"ls", "instances", seriesUid, "--json"}));
        QCOMPARE(instances.size(), 3);
        QVERIFY(QFile::exists(instances[0].toObject()["file_path"].toString()));
    }

    void lsStudies_ShouldFilter() {
        QCOMPARE(json(runDicomnet(data_, {"ls", "studies", "--json", "--modality", "DX"})).size(),
                 1);
        QCOMPARE(json(runDicomnet(data_, {"ls", "studies", "--json", "--name", "stirbu"})).size(),
                 3);
        QCOMPARE(
            json(runDicomnet(data_, {"ls", "studies", "--json", "--date", "20200403-20200410"}))
                .size(),
            2);
    }

    void dataDir_ShouldComeFromEnvironment_WhenNoOption() {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("DICOMNET_HOME", data_);
        p.setProcessEnvironment(env);
        p.start(dicomnetBinary(), {"ls", "patients", "--json"});
        QVERIFY(p.waitForFinished());
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).array().size(), 2);
    }

    void check_ShouldExit1_WhenAFileIsMissing() {
        QTemporaryDir dir;
        CliResult r = runDicomnet(dir.path(), {"import", input_});
        QCOMPARE(runDicomnet(dir.path(), {"check"}).exitCode, 0);
        QDirIterator it(dir.path() + "/store", QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QVERIFY(QFile::remove(it.next()));
        r = runDicomnet(dir.path(), {"check"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("missing file"), qPrintable(describe(r)));
    }

    void anyCommand_ShouldRefuse_WhenIndexIsNewer() {
        QTemporaryDir dir;
        QCOMPARE(runDicomnet(dir.path(), {"import", input_}).exitCode, 0);
        const QString index = dir.path() + "/index.sqlite";
        sqlite3* h = nullptr;
        sqlite3_open(index.toUtf8().constData(), &h);
        sqlite3_exec(h, "PRAGMA user_version=42", nullptr, nullptr, nullptr);
        sqlite3_close(h);
        QFile f(index);
        f.open(QIODevice::ReadOnly);
        const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
        f.close();
        CliResult r = runDicomnet(dir.path(), {"import", input_});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("newer dicomnet"), qPrintable(describe(r)));
        f.open(QIODevice::ReadOnly);
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1), before);
    }

    // What the viewer would show, from a file or from the cache by UID; --plain as the pixels
    // are, else with who, when and what burned in (and the orientation letters).
    void render_ShouldWriteThePngOfAFileOrAUid() {
        const QString png = tmp_.path() + "/ct.png", plain = tmp_.path() + "/ct-plain.png";
        CliResult r = runDicomnet(data_, {"render", pydicomFile("test_files/CT_small.dcm"), "--out",
                                          plain, "--window", "40,400", "--plain"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QImage image(plain);
        QCOMPARE(image.size(), QSize(128, 128));
        QVERIFY(image.isGrayscale());
        r = runDicomnet(data_, {"render", pydicomFile("test_files/CT_small.dcm"), "--out", png,
                                "--window", "40,400"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QImage burned = QImage(png).convertToFormat(QImage::Format_RGB32);
        const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(burned.size(), pixels.size());
        int cornerDiffers = 0, middleDiffers = 0;
        for (int y = 0; y < 128; ++y)
            for (int x = 0; x < 128; ++x) {
                const bool differs = burned.pixel(x, y) != pixels.pixel(x, y);
                if (x < 40 && y < 12) cornerDiffers += differs;
                if (x > 44 && x < 84 && y > 44 && y < 84) middleDiffers += differs;
            }
        QVERIFY2(cornerDiffers > 20, "no name burned in at the top left");
        QCOMPARE(middleDiffers, 0);
        // A study UID from the cache: its first image.
        const QString study =
            QJsonDocument::fromJson(runDicomnet(data_, {"ls", "studies", "--json"}).out)
                .array()[0]
                .toObject()["study_uid"]
                .toString();
        r = runDicomnet(data_, {"render", study, "--out", tmp_.path() + "/study.png"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(!QImage(tmp_.path() + "/study.png").isNull());
        // Failures say why and exit 1.
        r = runDicomnet(data_, {"render", pydicomFile("test_files/CT_small.dcm"), "--out", png,
                                "--frame", "2"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("frame 2"), qPrintable(describe(r)));
        r = runDicomnet(data_,
                        {"render", pydicomFile("test_files/MR_truncated.dcm"), "--out", png});
        QCOMPARE(r.exitCode, 1);
        r = runDicomnet(data_, {"render", "1.2.3.4.5.6", "--out", png});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("neither a file nor a UID"), qPrintable(describe(r)));
    }

    // The extension names the format; --slice picks an image of a series in instance order.
    void render_ShouldWriteJpeg_AndChooseASlice() {
        const QString jpg = tmp_.path() + "/film.jpg";
        CliResult r =
            runDicomnet(data_, {"render", pydicomFile("test_files/CT_small.dcm"), "--out", jpg});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QFile f(jpg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(3) == QByteArray("\xff\xd8\xff"));  // JPEG's start of image
        r = runDicomnet(data_, {"render", pydicomFile("test_files/CT_small.dcm"), "--out",
                                tmp_.path() + "/film.tiff"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(".png or .jpg"));

        QString series;
        for (const QJsonValue& s : json(runDicomnet(data_, {"ls", "studies", "--json"})))
            if (s.toObject()["study_date"].toString().contains("2020-04-06") ||
                s.toObject()["study_date"].toString() == "20200406") {
                const QJsonArray rows = json(runDicomnet(
                    data_, {"ls", "series", s.toObject()["study_uid"].toString(), "--json"}));
                series = rows.at(0).toObject()["series_uid"].toString();
            }
        QVERIFY(!series.isEmpty());
        const QJsonArray instances =
            json(runDicomnet(data_, {"ls", "instances", series, "--json"}));
        QCOMPARE(instances.size(), 3);
        QString second;
        for (const QJsonValue& i : instances)
            if (i.toObject()["instance_number"].toInt() == 2)
                second = i.toObject()["sop_instance_uid"].toString();
        QVERIFY(!second.isEmpty());
        const QString bySlice = tmp_.path() + "/slice2.png", byUid = tmp_.path() + "/uid2.png";
        r = runDicomnet(data_, {"render", series, "--slice", "2", "--out", bySlice, "--plain"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("image 2 of 3"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"render", second, "--out", byUid, "--plain"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QImage a(bySlice), b(byUid);
        QCOMPARE(a.size(), b.size());
        QVERIFY(a.convertToFormat(QImage::Format_RGB32) == b.convertToFormat(QImage::Format_RGB32));
        r = runDicomnet(data_, {"render", series, "--slice", "4", "--out", bySlice});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--slice 1 to 3"), qPrintable(describe(r)));
        r = runDicomnet(data_, {"render", second, "--slice", "1", "--out", bySlice});
        QCOMPARE(r.exitCode, 1);
        r = runDicomnet(data_, {"render", pydicomFile("test_files/CT_small.dcm"), "--slice", "1",
                                "--out", bySlice});
        QCOMPARE(r.exitCode, 2);
    }

    void import_ShouldStopCleanly_WhenDiskIsFull() {
        QTemporaryDir dir;
        const QString big = dir.path() + "/big";
        QVERIFY(makeSeries(big, 60, 256, 256));
        const QString mnt = dir.path() + "/small-disk";
        QDir().mkpath(mnt);
        const QString script =
            QStringLiteral(
                "mount -t tmpfs -o size=3m tmpfs '%1' || exit 77; "
                "'%2' --data-dir '%1/data' import '%3'; echo \"import-exit=$?\"; "
                "'%2' --data-dir '%1/data' check; echo \"check-exit=$?\"")
                .arg(mnt, dicomnetBinary(), big);
        QProcess p;
        p.start("unshare", {"-m", "sh", "-c", script});
        QVERIFY(p.waitForFinished(120000));
        if (p.exitCode() == 77 || p.exitStatus() != QProcess::NormalExit)
            QSKIP("needs root to mount a small tmpfs in a private mount namespace");
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(out.contains("import-exit=1"), qPrintable(out + err));
        QVERIFY2(err.contains("full"), qPrintable(err));
        QVERIFY2(out.contains("check-exit=0"), qPrintable(out + err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
