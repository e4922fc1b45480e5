// DicomObjectReader against files made by others (pydicom's test and charset files) and
// damaged files made here.
#include "core/dicom_object_reader.h"
#include "core/dicomdir.h"
#include "dicom_factory.h"
#include "test_data.h"

#include <QFile>
#include <QTest>

using namespace dicomnet;
using dicomnet::test::DicomFactory;
using dicomnet::test::pydicomFile;
using dicomnet::test::SyntheticObject;

class TestDicomObjectReader : public QObject {
    Q_OBJECT
private slots:
    void readFile_ShouldKeepTransferSyntax_WhenEncodingsDiffer_data();
    void readFile_ShouldKeepTransferSyntax_WhenEncodingsDiffer();
    void readFile_ShouldDecodeToUtf8_WhenCharacterSetDeclared_data();
    void readFile_ShouldDecodeToUtf8_WhenCharacterSetDeclared();
    void readBytes_ShouldDecodeRomanianAndCyrillic_data();
    void readBytes_ShouldDecodeRomanianAndCyrillic();
    void readFile_ShouldStoreNonImageObjects_data();
    void readFile_ShouldStoreNonImageObjects();
    void readBytes_ShouldWrapInPart10_WhenFileHasNoMetaHeader();
    void readBytes_ShouldSkip_WhenNotDicom_data();
    void readBytes_ShouldSkip_WhenNotDicom();
    void readBytes_ShouldReject_WhenDamaged_data();
    void readBytes_ShouldReject_WhenDamaged();
    void readFile_ShouldRecogniseDicomdir();
    void referencedFiles_ShouldListEveryRecord_WhenDicomdirIsValid();
};

void TestDicomObjectReader::readFile_ShouldKeepTransferSyntax_WhenEncodingsDiffer_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("transferSyntax");
    QTest::newRow("explicit LE") << "test_files/CT_small.dcm"
                                 << "1.2.840.10008.1.2.1";
    QTest::newRow("implicit LE") << "test_files/MR_small_implicit.dcm"
                                 << "1.2.840.10008.1.2";
    QTest::newRow("explicit BE") << "test_files/MR_small_bigendian.dcm"
                                 << "1.2.840.10008.1.2.2";
    QTest::newRow("deflate") << "test_files/image_dfl.dcm"
                             << "1.2.840.10008.1.2.1.99";
    QTest::newRow("JPEG baseline") << "test_files/SC_rgb_jpeg_dcmtk.dcm"
                                   << "1.2.840.10008.1.2.4.50";
    QTest::newRow("JPEG extended") << "test_files/JPGExtended.dcm"
                                   << "1.2.840.10008.1.2.4.51";
    QTest::newRow("JPEG-LS") << "test_files/MR_small_jpeg_ls_lossless.dcm"
                             << "1.2.840.10008.1.2.4.80";
    QTest::newRow("JPEG 2000 lossless") << "test_files/MR_small_jp2klossless.dcm"
                                        << "1.2.840.10008.1.2.4.90";
    QTest::newRow("JPEG 2000") << "test_files/JPEG2000.dcm"
                               << "1.2.840.10008.1.2.4.91";
    QTest::newRow("RLE") << "test_files/MR_small_RLE.dcm"
                         << "1.2.840.10008.1.2.5";
}

void TestDicomObjectReader::readFile_ShouldKeepTransferSyntax_WhenEncodingsDiffer() {
    QFETCH(QString, file);
    QFETCH(QString, transferSyntax);
    const QString path = pydicomFile(file);
    ReadOutcome r = DicomObjectReader::readFile(path);
    QVERIFY2(r.isObject(), qPrintable(r.reason()));
    QCOMPARE(r.parsed().info.instance.transferSyntaxUid, transferSyntax);
    QVERIFY(!r.parsed().info.instance.sopInstanceUid.isEmpty());
    QVERIFY(r.parsed().info.instance.rows > 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(r.parsed().part10, f.readAll());  // stored exactly as received
}

void TestDicomObjectReader::readFile_ShouldDecodeToUtf8_WhenCharacterSetDeclared_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    // Expected names as published with the files (pydicom's charset_files/FileInfo.txt).
    QTest::newRow("ISO_IR 100 French") << "chrFren.dcm" << QStringLiteral("Buc^Jérôme");
    QTest::newRow("ISO_IR 100 German") << "chrGerm.dcm" << QStringLiteral("Äneas^Rüdiger");
    QTest::newRow("ISO_IR 144 Russian") << "chrRuss.dcm" << QStringLiteral("Люкceмбypг");
    QTest::newRow("ISO_IR 126 Greek") << "chrGreek.dcm" << QStringLiteral("Διονυσιος");
    QTest::newRow("ISO_IR 138 Hebrew") << "chrHbrw.dcm" << QStringLiteral("שרון^דבורה");
    QTest::newRow("ISO_IR 127 Arabic") << "chrArab.dcm" << QStringLiteral("قباني^لنزار");
    QTest::newRow("ISO_IR 192 UTF-8") << "chrX1.dcm" << QStringLiteral("Wang^XiaoDong=王^小東=");
    QTest::newRow("GB18030") << "chrX2.dcm" << QStringLiteral("Wang^XiaoDong=王^小东=");
    QTest::newRow("ISO 2022 IR 149 Korean")
        << "chrI2.dcm" << QStringLiteral("Hong^Gildong=洪^吉洞=홍^길동");
    QTest::newRow("ISO 2022 IR 87 Japanese")
        << "chrH31.dcm" << QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう");
    QTest::newRow("ISO 2022 IR 13 + 87 Japanese")
        << "chrH32.dcm" << QStringLiteral("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
}

void TestDicomObjectReader::readFile_ShouldDecodeToUtf8_WhenCharacterSetDeclared() {
    QFETCH(QString, file);
    QFETCH(QString, name);
    ReadOutcome r =
        DicomObjectReader::readFile(pydicomFile(QStringLiteral("charset_files/") + file));
    QVERIFY2(r.isObject(), qPrintable(r.reason()));
    QCOMPARE(r.parsed().info.patient.name, name);
    QVERIFY2(r.parsed().warning.isEmpty(), qPrintable(r.parsed().warning));
}

void TestDicomObjectReader::readBytes_ShouldDecodeRomanianAndCyrillic_data() {
    QTest::addColumn<QString>("characterSet");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UTF-8 Romanian, comma below")
        << "ISO_IR 192" << QStringLiteral("Știrbu^Ață Îngheț").toUtf8()
        << QStringLiteral("Știrbu^Ață Îngheț");
    QTest::newRow("UTF-8 Cyrillic")
        << "ISO_IR 192" << QStringLiteral("Чебан^Ион").toUtf8() << QStringLiteral("Чебан^Ион");
    // Latin-2 has the cedilla forms ş ţ, which Romanian text in ISO_IR 101 uses.
    QTest::newRow("ISO_IR 101 Romanian")
        << "ISO_IR 101" << QByteArray("\xba\x74\x65\x66\xe3nescu^\xde\x75gui")
        << QStringLiteral("ştefănescu^Ţugui");
    QTest::newRow("ISO_IR 100 Romanian (â î only)")
        << "ISO_IR 100" << QByteArray("T\xe2rgoviste^\xcen") << QStringLiteral("Târgoviste^În");
    QTest::newRow("ISO_IR 144 Cyrillic")
        << "ISO_IR 144" << QByteArray("\xbf\xde\xdf\xde\xd2^\xb8\xd2\xd0\xdd")
        << QStringLiteral("Попов^Иван");
    QTest::newRow("ISO 2022 IR 144 with escape")
        << "ISO 2022 IR 6\\ISO 2022 IR 144"
        << QByteArray("Popov^Ivan=\x1b-L\xbf\xde\xdf\xde\xd2^\x1b-L\xb8\xd2\xd0\xdd")
        << QStringLiteral("Popov^Ivan=Попов^Иван");
}

void TestDicomObjectReader::readBytes_ShouldDecodeRomanianAndCyrillic() {
    QFETCH(QString, characterSet);
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    SyntheticObject o;
    o.characterSet = characterSet;
    o.patientName = raw;
    ReadOutcome r = DicomObjectReader::readBytes(DicomFactory::bytes(o));
    QVERIFY2(r.isObject(), qPrintable(r.reason()));
    QCOMPARE(r.parsed().info.patient.name, expected);
}

void TestDicomObjectReader::readFile_ShouldStoreNonImageObjects_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("modality");
    QTest::newRow("SR") << "test_files/test-SR.dcm"
                        << "SR";
    QTest::newRow("waveform") << "test_files/waveform_ecg.dcm"
                              << "ECG";
    QTest::newRow("RT plan") << "test_files/rtplan.dcm"
                             << "RTPLAN";
    QTest::newRow("RT struct") << "test_files/rtstruct.dcm"
                               << "RTSTRUCT";
    QTest::newRow("RT dose") << "test_files/rtdose.dcm"
                             << "RTDOSE";
}

void TestDicomObjectReader::readFile_ShouldStoreNonImageObjects() {
    QFETCH(QString, file);
    QFETCH(QString, modality);
    ReadOutcome r = DicomObjectReader::readFile(pydicomFile(file));
    QVERIFY2(r.isObject(), qPrintable(r.reason()));
    QCOMPARE(r.parsed().info.series.modality, modality);
}

void TestDicomObjectReader::readBytes_ShouldWrapInPart10_WhenFileHasNoMetaHeader() {
    ReadOutcome r = DicomObjectReader::readFile(pydicomFile("test_files/ExplVR_LitEndNoMeta.dcm"));
    QVERIFY2(r.isObject(), qPrintable(r.reason()));
    QCOMPARE(r.parsed().part10.mid(128, 4), QByteArray("DICM"));
    ReadOutcome again = DicomObjectReader::readBytes(r.parsed().part10);
    QVERIFY(again.isObject());
    QCOMPARE(again.parsed().info.instance.sopInstanceUid, r.parsed().info.instance.sopInstanceUid);
    QCOMPARE(again.parsed().info.instance.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
}

void TestDicomObjectReader::readBytes_ShouldSkip_WhenNotDicom_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("Patient: Popescu Ion\nStudy: chest X-ray\n");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("short") << QByteArray("\x08\x00", 2);
}

void TestDicomObjectReader::readBytes_ShouldSkip_WhenNotDicom() {
    QFETCH(QByteArray, bytes);
    ReadOutcome r = DicomObjectReader::readBytes(bytes);
    QCOMPARE(r.kind(), ReadOutcome::Kind::NotDicom);
    QVERIFY(!r.reason().isEmpty());
}

void TestDicomObjectReader::readBytes_ShouldReject_WhenDamaged_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonContains");
    const QByteArray valid = DicomFactory::bytes(SyntheticObject{});
    QFile truncatedByOthers(pydicomFile("test_files/MR_truncated.dcm"));
    QVERIFY(truncatedByOthers.open(QIODevice::ReadOnly));
    QTest::newRow("truncated (pydicom)") << truncatedByOthers.readAll() << "truncated";
    QTest::newRow("truncated in pixel data")
        << DicomFactory::truncated(valid, valid.size() - 1000) << "truncated";
    QTest::newRow("truncated in the header") << DicomFactory::truncated(valid, 300) << "";
    QTest::newRow("pixel data length lies")
        << DicomFactory::withLyingLength(valid, 0x7fe0, 0x0010, 0x7ffffff0) << "length";
    QTest::newRow("patient name length lies")
        << DicomFactory::withLyingLength(valid, 0x0010, 0x0010, 0xfff0) << "";
    SyntheticObject noUid;
    noUid.omitSopInstanceUid = true;
    QTest::newRow("no SOP Instance UID") << DicomFactory::bytes(noUid) << "SOP Instance UID";
    QFile wrongSyntax(pydicomFile("test_files/rtdose_rle.dcm"));  // implicit data, RLE label
    QVERIFY(wrongSyntax.open(QIODevice::ReadOnly));
    QTest::newRow("data does not match its transfer syntax")
        << wrongSyntax.readAll() << "transfer syntax";
}

void TestDicomObjectReader::readBytes_ShouldReject_WhenDamaged() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonContains);
    QVERIFY(!bytes.isEmpty());
    ReadOutcome r = DicomObjectReader::readBytes(bytes);
    QCOMPARE(r.kind(), ReadOutcome::Kind::Damaged);
    QVERIFY2(r.reason().contains(reasonContains), qPrintable(r.reason()));
}

void TestDicomObjectReader::readFile_ShouldRecogniseDicomdir() {
    ReadOutcome r = DicomObjectReader::readFile(pydicomFile("test_files/dicomdirtests/DICOMDIR"));
    QVERIFY2(r.isObject(), qPrintable(r.reason()));
    QVERIFY(r.parsed().isDicomdir);
}

void TestDicomObjectReader::referencedFiles_ShouldListEveryRecord_WhenDicomdirIsValid() {
    QStringList missing;
    auto files =
        Dicomdir::referencedFiles(pydicomFile("test_files/dicomdirtests/DICOMDIR"), &missing);
    QVERIFY2(files.ok(), qPrintable(files.error()));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
    // 98892001: 2 + 5 CT, 98892003: 3 + 7 + 7 MR, 77654033: 3 CR + 4 CT
    QCOMPARE(files.value().size(), 31);
    for (const QString& f : files.value()) QVERIFY2(QFile::exists(f), qPrintable(f));
}

QTEST_GUILESS_MAIN(TestDicomObjectReader)
#include "test_dicom_object_reader.moc"
