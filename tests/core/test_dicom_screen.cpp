// The screen in front of DCMTK (core/dicom_screen.h): hostile nesting, counts and lengths are
// refused without recursion, and nothing that DCMTK reads among the files others made is.
#include "core/dicom_object_reader.h"
#include "core/dicom_screen.h"
#include "dicom_factory.h"
#include "pdu_builder.h"
#include "test_data.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <zlib.h>

using namespace dicomnet;
using namespace dicomnet::test;

class TestDicomScreen : public QObject {
    Q_OBJECT
private slots:
    void screen_ShouldRefuseDeepNesting_WhenPastTheLimit_data();
    void screen_ShouldRefuseDeepNesting_WhenPastTheLimit();
    void screen_ShouldPass_WhenNestingIsAtTheLimit();
    void screen_ShouldRefuseNestedImplicitDataset_WhenLengthsAreDefinedOrNot();
    void screen_ShouldRefuseNesting_WhenHiddenInADeflatedDataSet();
    void screen_ShouldRefuse_WhenElementsExceedTheLimit();
    void screen_ShouldRefuse_WhenAValueLengthLiesInsideAnItem();
    void screen_ShouldNotReadPastTheEnd_WhenASequenceInsideAnItemLies();
    void screen_ShouldPassEveryFile_ThatDcmtkReadsAmongPydicomFiles();
    void reader_ShouldRejectNestedObject_WithoutCrashing();
};

void TestDicomScreen::screen_ShouldRefuseDeepNesting_WhenPastTheLimit_data() {
    QTest::addColumn<int>("how");
    QTest::addColumn<int>("depth");
    for (int depth : {65, 7000, 20000}) {
        QTest::addRow("undefined lengths, %d", depth)
            << int(DicomFactory::Nesting::Undefined) << depth;
        QTest::addRow("defined lengths, %d", depth) << int(DicomFactory::Nesting::Defined) << depth;
        QTest::addRow("UN of undefined length, %d", depth)
            << int(DicomFactory::Nesting::UnknownVr) << depth;
    }
}

void TestDicomScreen::screen_ShouldRefuseDeepNesting_WhenPastTheLimit() {
    QFETCH(int, how);
    QFETCH(int, depth);
    const QByteArray bytes =
        DicomFactory::nested(SyntheticObject{}, depth, DicomFactory::Nesting(how));
    QVERIFY(!bytes.isEmpty());
    const ScreenResult r = screenDicom(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.problem.contains("nested deeper than 64"), qPrintable(r.problem));
}

void TestDicomScreen::screen_ShouldPass_WhenNestingIsAtTheLimit() {
    for (auto how : {DicomFactory::Nesting::Undefined, DicomFactory::Nesting::Defined,
                     DicomFactory::Nesting::UnknownVr}) {
        const QByteArray bytes = DicomFactory::nested(SyntheticObject{}, 64, how);
        const ScreenResult r = screenDicom(bytes);
        QVERIFY2(r.ok(), qPrintable(r.problem));
        QCOMPARE(r.depth, 64);
        // And DCMTK reads it whole: the screen walked the same structure.
        ReadOutcome read = DicomObjectReader::readBytes(bytes);
        QVERIFY2(read.isObject(), qPrintable(read.reason()));
    }
}

void TestDicomScreen::screen_ShouldRefuseNestedImplicitDataset_WhenLengthsAreDefinedOrNot() {
    for (bool defined : {false, true}) {
        const QByteArray identifier = DicomFactory::nestedImplicitDataset(7000, defined);
        ScreenResult r = screenDataset(identifier.constData(), identifier.size(),
                                       DatasetEncoding::ImplicitLittle);
        QVERIFY2(r.problem.contains("nested deeper"), qPrintable(r.problem));
        // As a raw file (no preamble, no meta): the encoding is told by the first element.
        r = screenDicom(identifier);
        QVERIFY2(r.problem.contains("nested deeper"), qPrintable(r.problem));
        QVERIFY(screenDicom(DicomFactory::nestedImplicitDataset(10, defined)).ok());
    }
}

void TestDicomScreen::screen_ShouldRefuseNesting_WhenHiddenInADeflatedDataSet() {
    const QByteArray plain = DicomFactory::nested(SyntheticObject{}, 7000);
    const int metaEnd = 132 + 12 + int(quint8(plain[140])) + (quint8(plain[141]) << 8);
    QByteArray meta = plain.left(metaEnd);
    // Relabel the transfer syntax as deflated (same length, padded), then deflate the rest.
    const QByteArray explicitLE("1.2.840.10008.1.2.1\0", 20);
    const int at = meta.indexOf(explicitLE);
    QVERIFY(at > 0);
    meta.replace(at, 20, QByteArray("1.2.840.10008.1.2.1.99", 22));
    // Group length and the element's own length grow by two.
    auto* m = reinterpret_cast<unsigned char*>(meta.data());
    m[at - 2] += 2;
    m[140] += 2;
    const QByteArray body = plain.mid(metaEnd);
    z_stream z{};
    QCOMPARE(deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    QByteArray out(int(deflateBound(&z, uLong(body.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.constData()));
    z.avail_in = uInt(body.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    QCOMPARE(deflate(&z, Z_FINISH), Z_STREAM_END);
    out.resize(int(z.total_out));
    deflateEnd(&z);
    const ScreenResult r = screenDicom(meta + out);
    QCOMPARE(r.encoding, DatasetEncoding::DeflatedExplicitLittle);
    QVERIFY2(r.problem.contains("nested deeper"), qPrintable(r.problem));
}

void TestDicomScreen::screen_ShouldRefuse_WhenElementsExceedTheLimit() {
    const QByteArray bytes = DicomFactory::bytes(SyntheticObject{});
    DicomLimits limits;
    QVERIFY(screenDicom(bytes, limits).ok());
    limits.maxElements = 10;
    const ScreenResult r = screenDicom(bytes, limits);
    QVERIFY2(r.problem.contains("more than 10 elements"), qPrintable(r.problem));
}

void TestDicomScreen::screen_ShouldRefuse_WhenAValueLengthLiesInsideAnItem() {
    QByteArray bytes = DicomFactory::nested(SyntheticObject{}, 3, DicomFactory::Nesting::Defined);
    // The innermost element (0008,0100) SH claims far more than the whole file holds.
    const int at = bytes.indexOf(QByteArray("\x08\x00\x00\x01SH", 6));
    QVERIFY(at > 0);
    auto* p = reinterpret_cast<unsigned char*>(bytes.data());
    p[at + 6] = 0xf0;
    p[at + 7] = 0xff;
    const ScreenResult r = screenDicom(bytes);
    QVERIFY2(r.problem.contains("lying length"), qPrintable(r.problem));
    QCOMPARE(DicomObjectReader::readBytes(bytes).kind(), ReadOutcome::Kind::Damaged);
}

// Found by fuzzing: a sequence of defined length that claims more than the data holds, inside
// an item of undefined length. The screen reads such a sequence up to the end (as DCMTK does),
// but it had first stretched its containers past the end, and then read beyond the buffer
// while looking for the item's delimiter. The data now ends where it ends: "truncated".
void TestDicomScreen::screen_ShouldNotReadPastTheEnd_WhenASequenceInsideAnItemLies() {
    // (0008,1115) SQ undefined { item undefined { (0008,1140) SQ of 0x7ffffff0 bytes, and
    // nothing more } }, explicit VR little endian, no meta group.
    const QByteArray outer = le(0x0008, 2) + le(0x1115, 2) + "SQ" + le(0, 2) + le(0xffffffff, 4);
    const QByteArray item = le(0xfffe, 2) + le(0xe000, 2) + le(0xffffffff, 4);
    const QByteArray inner = le(0x0008, 2) + le(0x1140, 2) + "SQ" + le(0, 2) + le(0x7ffffff0, 4);
    const QByteArray head = le(0x0008, 2) + le(0x0005, 2) + "CS" + le(10, 2) + "ISO_IR 100";
    // The heap copy has exactly these bytes: AddressSanitizer sees any read past them.
    const QByteArray bytes = head + outer + item + inner;
    std::vector<char> exact(bytes.begin(), bytes.end());
    const ScreenResult r = screenDicom(exact.data(), qint64(exact.size()));
    QVERIFY2(r.problem.contains("truncated"), qPrintable(r.problem));
}

// No false alarms: every file among pydicom's that DCMTK itself reads passes the screen.
void TestDicomScreen::screen_ShouldPassEveryFile_ThatDcmtkReadsAmongPydicomFiles() {
    int read = 0, passed = 0;
    QStringList refused;
    QDirIterator it(pydicomDataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        DcmFileFormat ff;
        if (ff.loadFile(QFile::encodeName(path).constData()).bad()) continue;
        ++read;
        const ScreenResult r = screenDicomFile(path);
        if (r.ok())
            ++passed;
        else
            refused << QStringLiteral("%1: %2").arg(path.mid(pydicomDataDir().size()), r.problem);
    }
    qInfo("%d files read by DCMTK, %d passed the screen", read, passed);
    QVERIFY(read > 100);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join("\n")));
}

void TestDicomScreen::reader_ShouldRejectNestedObject_WithoutCrashing() {
    ReadOutcome r = DicomObjectReader::readBytes(DicomFactory::nested(SyntheticObject{}, 7000));
    QCOMPARE(r.kind(), ReadOutcome::Kind::Damaged);
    QCOMPARE(r.reason(), QStringLiteral("rejected: sequences nested deeper than 64"));
    r = DicomObjectReader::readReceivedBytes(
        DicomFactory::nested(SyntheticObject{}, 7000, DicomFactory::Nesting::UnknownVr));
    QCOMPARE(r.kind(), ReadOutcome::Kind::Damaged);
}

QTEST_GUILESS_MAIN(TestDicomScreen)
#include "test_dicom_screen.moc"
