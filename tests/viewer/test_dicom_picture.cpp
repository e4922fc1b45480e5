// The pixel pipeline against DCMTK's dcm2pnm (same window, 8-bit output) on the real files of
// Debian's python3-pydicom, per transfer syntax and photometric interpretation: at most one
// grey level apart. What those files lack (MONOCHROME1, PALETTE COLOR, LUT sequences,
// LINEAR_EXACT, SIGMOID, presentation LUT shape, stray high bits, damaged pixel data) is made
// here, with the expected display computed from the standard's formulas.
#include "dicom_peers.h"
#include "synthetic_images.h"
#include "test_data.h"
#include "viewer/pixels/dicom_picture.h"
#include "viewer/pixels/display_slice.h"
#include "viewer/pixels/fast_slice_reader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dicomnet;
using namespace dicomnet::test;

namespace {

// Largest difference between two images of the same size, per channel; -1 when the sizes or
// kinds differ.
int maxDifference(const QImage& a, const QImage& b) {
    if (a.size() != b.size() || a.isGrayscale() != b.isGrayscale()) return -1;
    const QImage::Format f = a.isGrayscale() ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    const QImage x = a.convertToFormat(f), y = b.convertToFormat(f);
    const int bytes = a.width() * (f == QImage::Format_RGB888 ? 3 : 1);
    int worst = 0;
    for (int r = 0; r < a.height(); ++r) {
        const uchar* p = x.constScanLine(r);
        const uchar* q = y.constScanLine(r);
        for (int i = 0; i < bytes; ++i) worst = std::max(worst, std::abs(int(p[i]) - int(q[i])));
    }
    return worst;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool uniform(const QImage& image) {
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    const uchar first = g.constScanLine(0)[0];
    for (int r = 0; r < g.height(); ++r)
        for (int c = 0; c < g.width(); ++c)
            if (g.constScanLine(r)[c] != first) return false;
    return true;
}

// The expected 8-bit value of `x` through a window (PS3.3 C.11.2.1.2).
int linear(double x, double c, double w) {
    if (x <= c - 0.5 - (w - 1) / 2) return 0;
    if (x > c - 0.5 + (w - 1) / 2) return 255;
    return int(std::lround(((x - (c - 0.5)) / (w - 1) + 0.5) * 255));
}
int linearExact(double x, double c, double w) {
    if (x <= c - w / 2) return 0;
    if (x > c + w / 2) return 255;
    return int(std::lround(((x - c) / w + 0.5) * 255));
}
int sigmoid(double x, double c, double w) {
    return int(std::lround(255 / (1 + std::exp(-4 * (x - c) / w))));
}

}  // namespace

class TestDicomPicture : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

    // DCMTK's own rendering: dcmj2pnm (dcm2pnm with the JPEG decoders), dcml2pnm for JPEG-LS.
    // All frames are loaded, as the viewer does (a min–max window spans them all).
    QImage reference(const QString& file, const QStringList& options, int frame) {
        const QString out = tmp_.path() + QStringLiteral("/ref-%1").arg(++counter_);
        const QString tool = file.contains("jpeg_ls") ? "dcml2pnm" : "dcmj2pnm";
        ToolResult r = runTool(tool, options + QStringList{"+op", "+Fa", file, out});
        if (r.exitCode != 0) qWarning("%s: %s", qPrintable(tool), qPrintable(r.output));
        for (const char* ext : {"pgm", "ppm"}) {
            const QString single = out,
                          numbered = QStringLiteral("%1.%2.%3").arg(out).arg(frame - 1).arg(ext);
            if (QFile::exists(numbered)) return QImage(numbered);
            if (frame == 1 && QFile::exists(single)) return QImage(single);
        }
        return {};
    }
    QImage ours(const QString& file, int frame, const viewer::VoiChoice& voi = {}) {
        auto picture = viewer::DicomPicture::open(file);
        if (!picture) {
            qWarning("%s", qPrintable(picture.error()));
            return {};
        }
        auto image = picture.value()->render(frame - 1, voi);
        if (!image) qWarning("%s", qPrintable(image.error()));
        return image ? image.value() : QImage();
    }
    QString write(const SyntheticImage& image) {
        const QString path = tmp_.path() + QStringLiteral("/synthetic-%1.dcm").arg(++counter_);
        return writeSynthetic(path, image) ? path : QString();
    }
    int counter_ = 0;

private slots:
    void render_ShouldMatchDcm2pnm_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("frame");
        for (const char* f : {"CT_small.dcm",
                              "MR_small.dcm",
                              "MR_small_bigendian.dcm",
                              "MR_small_implicit.dcm",
                              "MR_small_expb.dcm",
                              "MR_small_padded.dcm",
                              "MR_small_RLE.dcm",
                              "MR_small_jpeg_ls_lossless.dcm",
                              "JPEG-lossy.dcm",
                              "JPGExtended.dcm",
                              "image_dfl.dcm",
                              "liver_1frame.dcm",
                              "liver_expb_1frame.dcm",
                              "rtdose_1frame.dcm",
                              "ExplVR_BigEnd.dcm",
                              "SC_rgb_dcmtk_+eb+cr.dcm",
                              "SC_rgb_dcmtk_+eb+cy+n1.dcm",
                              "SC_rgb_dcmtk_+eb+cy+np.dcm",
                              "SC_rgb_dcmtk_+eb+cy+s2.dcm",
                              "SC_rgb_jpeg_dcmtk.dcm",
                              "SC_rgb_jpeg_gdcm.dcm",
                              "SC_rgb_rle.dcm",
                              "SC_rgb_rle_16bit.dcm",
                              "SC_rgb_small_odd.dcm",
                              "SC_rgb_small_odd_jpeg.dcm",
                              "SC_ybr_full_422_uncompressed.dcm"})
            QTest::newRow(f) << QString(f) << 1;
        QTest::newRow("rtdose.dcm frame 10") << QString("rtdose.dcm") << 10;
        QTest::newRow("rtdose_rle.dcm frame 3") << QString("rtdose_rle.dcm") << 3;
        QTest::newRow("SC_rgb_rle_2frame.dcm frame 2") << QString("SC_rgb_rle_2frame.dcm") << 2;
    }
    // Each transfer syntax and photometric interpretation, with the file's first window (or
    // the whole range when it has none), as dcm2pnm renders it.
    void render_ShouldMatchDcm2pnm() {
        QFETCH(QString, file);
        QFETCH(int, frame);
        const QString path = pydicomFile("test_files/" + file);
        auto picture = viewer::DicomPicture::open(path);
        QVERIFY2(picture.ok(), qPrintable(picture.error()));
        QStringList voi;
        if (picture.value()->monochrome())
            voi = picture.value()->windows().empty() ? QStringList{"+Wm"} : QStringList{"+Wi", "1"};
        const QImage expected = reference(path, voi, frame);
        QVERIFY2(!expected.isNull(), "dcm2pnm wrote nothing");
        const QImage got = ours(path, frame);
        QVERIFY(!got.isNull());
        const int diff = maxDifference(got, expected);
        QVERIFY2(diff >= 0 && diff <= 1,
                 qPrintable(QStringLiteral("%1: %2 grey levels apart").arg(file).arg(diff)));
        QVERIFY(!uniform(got) || file.startsWith("rtdose"));
    }

    // DCMTK 3.6.7 cannot decode JPEG 2000: the lossless one must equal the uncompressed
    // original; the lossy ones must be real pictures of the announced size.
    void render_ShouldDecodeJpeg2000() {
        const QImage lossless = ours(pydicomFile("test_files/MR_small_jp2klossless.dcm"), 1,
                                     {viewer::VoiChoice::Kind::MinMax});
        const QImage original = reference(pydicomFile("test_files/MR_small.dcm"), {"+Wm"}, 1);
        QCOMPARE(maxDifference(lossless, original), 0);
        for (const char* f :
             {"JPEG2000.dcm", "693_J2KI.dcm", "GDCMJ2K_TextGBR.dcm", "J2K_pixelrep_mismatch.dcm"}) {
            auto picture = viewer::DicomPicture::open(pydicomFile(QString("test_files/") + f));
            QVERIFY2(picture.ok(), qPrintable(QString(f) + ": " + picture.error()));
            auto image = picture.value()->render(0);
            QVERIFY2(image.ok(), qPrintable(QString(f) + ": " + image.error()));
            QCOMPARE(image->width(), picture.value()->columns());
            QVERIFY2(!uniform(image.value()), f);
        }
        // YBR_RCT comes out as RGB.
        auto text = viewer::DicomPicture::open(pydicomFile("test_files/GDCMJ2K_TextGBR.dcm"));
        QCOMPARE(text.value()->photometric(), QString("RGB"));
    }

    void render_ShouldApplyExplicitWindow() {
        const QString path = pydicomFile("test_files/CT_small.dcm");
        const QImage got = ours(path, 1, viewer::VoiChoice::window(40, 400));
        const QImage expected = reference(path, {"+Ww", "40", "400"}, 1);
        QCOMPARE(maxDifference(got, expected), 0);
    }

    // A ramp of stored values through rescale and each VOI LUT function.
    void render_ShouldFollowTheVoiFunction_data() {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("photometric");
        QTest::addColumn<QString>("shape");
        QTest::newRow("LINEAR MONOCHROME2") << ""
                                            << "MONOCHROME2"
                                            << "";
        QTest::newRow("LINEAR MONOCHROME1") << "LINEAR"
                                            << "MONOCHROME1"
                                            << "";
        QTest::newRow("LINEAR_EXACT") << "LINEAR_EXACT"
                                      << "MONOCHROME2"
                                      << "";
        QTest::newRow("SIGMOID") << "SIGMOID"
                                 << "MONOCHROME2"
                                 << "";
        QTest::newRow("INVERSE presentation shape") << ""
                                                    << "MONOCHROME2"
                                                    << "INVERSE";
    }
    void render_ShouldFollowTheVoiFunction() {
        QFETCH(QString, function);
        QFETCH(QString, photometric);
        QFETCH(QString, shape);
        SyntheticImage s;
        s.rows = 16;
        s.columns = 64;
        s.bitsStored = 12;
        s.photometric = photometric;
        s.voiFunction = function;
        s.presentationShape = shape;
        s.rescaleSlope = 2;
        s.rescaleIntercept = -1024;
        s.windowCenter = 40;
        s.windowWidth = 400;
        for (int r = 0; r < s.rows; ++r)
            for (int c = 0; c < s.columns; ++c)
                s.samples.push_back(uint16_t(c * 16 + r + 360));  // -304 … 760 after rescale
        const QString path = write(s);
        QVERIFY(!path.isEmpty());
        const QImage got = ours(path, 1);
        QVERIFY(!got.isNull());
        int worst = 0;
        for (int r = 0; r < s.rows; ++r)
            for (int c = 0; c < s.columns; ++c) {
                const double x = 2.0 * s.samples[size_t(r * s.columns + c)] - 1024;
                int expected = function == "LINEAR_EXACT" ? linearExact(x, 40, 400)
                               : function == "SIGMOID"    ? sigmoid(x, 40, 400)
                                                          : linear(x, 40, 400);
                if (photometric == "MONOCHROME1" || shape == "INVERSE") expected = 255 - expected;
                worst = std::max(worst, std::abs(qGray(got.pixel(c, r)) - expected));
            }
        QVERIFY2(worst <= 1, qPrintable(QStringLiteral("%1 grey levels off").arg(worst)));
    }

    // Bits above Bits Stored (an old overlay, noise) must not reach the display.
    void render_ShouldIgnoreBitsAboveBitsStored() {
        SyntheticImage clean;
        clean.bitsStored = 10;
        clean.windowCenter = 512;
        clean.windowWidth = 1024;
        for (int i = 0; i < clean.rows * clean.columns; ++i)
            clean.samples.push_back(uint16_t(i * 4));
        SyntheticImage dirty = clean;
        for (uint16_t& v : dirty.samples) v |= 0xA800;  // bits 11, 13, 15
        QCOMPARE(maxDifference(ours(write(dirty), 1), ours(write(clean), 1)), 0);
        QVERIFY(!uniform(ours(write(clean), 1)));
    }

    // The common case read fast: samples mapped from the file when they need no masking,
    // copied and masked when a bit above Bits Stored is set; the same modality values either way.
    void commonSlice_ShouldMapCleanSamples_AndMaskDirtyOnes() {
        SyntheticImage clean;
        clean.bitsStored = 12;
        clean.rescaleIntercept = -1024;
        clean.windowCenter = 40;
        clean.windowWidth = 400;
        for (int i = 0; i < clean.rows * clean.columns; ++i)
            clean.samples.push_back(uint16_t(i * 16));
        SyntheticImage dirty = clean;
        for (uint16_t& v : dirty.samples) v |= 0x8000;  // bit 15, above the 12 stored
        const QString cleanPath = write(clean), dirtyPath = write(dirty);
        auto a = viewer::readCommonSlice(cleanPath);
        auto b = viewer::readCommonSlice(dirtyPath);
        QVERIFY(a.ok() && a->has_value() && b.ok() && b->has_value());
        QVERIFY(a.value()->stored16 != nullptr);
        QVERIFY(b.value()->stored16 == nullptr && b.value()->values16 != nullptr);
        for (size_t i = 0; i < clean.samples.size(); i += 17) {
            QCOMPARE(a.value()->value(i), double(i * 16) - 1024);
            QCOMPARE(b.value()->value(i), double(i * 16) - 1024);
        }
        QCOMPARE(a.value()->minValue, -1024.0);
        QCOMPARE(b.value()->maxValue, a.value()->maxValue);
    }

    void render_ShouldApplyVoiAndModalityLutSequences() {
        SyntheticImage s;
        s.bitsStored = 8;
        for (int i = 0; i < s.rows * s.columns; ++i) s.samples.push_back(uint16_t(i));  // 0…255
        for (int i = 0; i < 256; ++i) s.voiLut.push_back(uint16_t(255 - i));  // 8-bit entries
        s.lutBits = 8;
        const QImage got = ours(write(s), 1);  // no window: the VOI LUT is the default
        for (int i = 0; i < 256; i += 17)
            QCOMPARE(qGray(got.pixel(i % s.columns, i / s.columns)), 255 - i);

        SyntheticImage m;
        m.bitsStored = 8;
        for (int i = 0; i < m.rows * m.columns; ++i) m.samples.push_back(uint16_t(i));
        for (int i = 0; i < 256; ++i) m.modalityLut.push_back(uint16_t(i < 128 ? 0 : 1000));
        m.lutBits = 16;
        m.windowCenter = 500;
        m.windowWidth = 100;
        const QImage two = ours(write(m), 1);
        QCOMPARE(qGray(two.pixel(5, 0)), 0);     // 5 → 0 → black
        QCOMPARE(qGray(two.pixel(0, 15)), 255);  // 240 → 1000 → white
    }

    void render_ShouldColourPaletteImages() {
        SyntheticImage s;
        s.photometric = "PALETTE COLOR";
        s.bitsAllocated = 8;
        s.bitsStored = 8;
        for (int i = 0; i < s.rows * s.columns; ++i) s.samples.push_back(uint16_t(i));
        for (int i = 0; i < 256; ++i) {
            s.paletteRed.push_back(uint16_t(i * 257));
            s.paletteGreen.push_back(uint16_t((255 - i) * 257));
            s.paletteBlue.push_back(uint16_t(i < 128 ? 0 : 0xffff));
        }
        const QImage got = ours(write(s), 1);
        QVERIFY(!got.isGrayscale());
        for (int i : {0, 77, 128, 255}) {
            const QRgb p = got.pixel(i % s.columns, i / s.columns);
            QCOMPARE(qRed(p), i);
            QCOMPARE(qGreen(p), 255 - i);
            QCOMPARE(qBlue(p), i < 128 ? 0 : 255);
        }
    }

    void render_ShouldShowEachFrameOfAMultiFrameImage() {
        SyntheticImage s;
        s.frames = 3;
        s.windowCenter = 100;
        s.windowWidth = 200;
        for (int f = 0; f < 3; ++f)
            for (int i = 0; i < s.rows * s.columns; ++i) s.samples.push_back(uint16_t(f * 80));
        const QString path = write(s);
        for (int f = 1; f <= 3; ++f)
            QVERIFY(std::abs(qGray(ours(path, f).pixel(3, 3)) - linear((f - 1) * 80, 100, 200)) <=
                    1);
        auto picture = viewer::DicomPicture::open(path);
        QCOMPARE(picture.value()->frames(), 3);
        QVERIFY(!picture.value()->render(3).ok());  // no fourth frame: an error, no crash
    }

    void open_ShouldFailClearly_OnDamagedOrNonImageFiles() {
        SyntheticImage s;
        for (int i = 0; i < s.rows * s.columns; ++i) s.samples.push_back(uint16_t(i));
        s.truncatePixelData = true;
        auto damaged = viewer::DicomPicture::open(write(s));
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().contains("truncated"), qPrintable(damaged.error()));
        auto report = viewer::DicomPicture::open(pydicomFile("test_files/reportsi.dcm"));
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains("no image"), qPrintable(report.error()));
        auto truncated = viewer::DicomPicture::open(pydicomFile("test_files/MR_truncated.dcm"));
        QVERIFY(!truncated.ok());
        auto missing = viewer::DicomPicture::open(tmp_.path() + "/nothing.dcm");
        QVERIFY(!missing.ok());
    }

    // Found by fuzzing. A JPEG frame with the marker FF01 (TEM) before its frame header sends
    // DCMTK 3.6.7's bit-depth scan into an endless loop (the viewer hung); it is refused first.
    void open_ShouldRefuseJpegThatWouldHangTheDecoder() {
        QByteArray bytes = readAll(pydicomFile("test_files/SC_rgb_jpeg_dcmtk.dcm"));
        QVERIFY(!bytes.isEmpty());
        const int soi = bytes.indexOf(QByteArray("\xff\xd8\xff", 3));
        QVERIFY(soi > 0);
        bytes[soi + 2] = char(0xff);
        bytes[soi + 3] = char(0x01);
        const QString path = tmp_.path() + "/tem.dcm";
        QVERIFY(writeAll(path, bytes));
        auto picture = viewer::DicomPicture::open(path);
        QVERIFY(!picture.ok());
        QVERIFY2(picture.error().contains("FF01"), qPrintable(picture.error()));
    }

    // Found by fuzzing: a kilobyte of JPEG 2000 whose code stream claims far more pixels than
    // the image has made OpenJPEG allocate and decode all of them before the sizes were
    // compared. The header is now read and compared first.
    void open_ShouldRefuseJpeg2000LargerThanTheImage() {
        QByteArray bytes = readAll(pydicomFile("test_files/MR_small_jp2klossless.dcm"));
        QVERIFY(!bytes.isEmpty());
        // SIZ (FF51): length, capabilities, Xsiz, Ysiz, offsets, XTsiz, YTsiz (32 bits each,
        // big-endian).
        const int siz = bytes.indexOf(QByteArray("\xff\x51", 2));
        QVERIFY(siz > 0);
        for (int i : {6, 10, 22, 26}) {  // image and tile size
            bytes[siz + i] = char(0x00);
            bytes[siz + i + 1] = char(0x00);
            bytes[siz + i + 2] = char(0xea);
            bytes[siz + i + 3] = char(0x60);  // 60,000
        }
        const QString path = tmp_.path() + "/j2k-huge.dcm";
        QVERIFY(writeAll(path, bytes));
        auto picture = viewer::DicomPicture::open(path);
        QVERIFY(!picture.ok());
        QVERIFY2(picture.error().contains("60000×60000 is not the image's"),
                 qPrintable(picture.error()));
    }

    // An image that declares more than the viewer decodes (2 GiB) says so before any decoder
    // allocates for it: here 4096×4096, 16 bits, 100,000 frames in a few kilobytes.
    void open_ShouldRefuseImagesTooLargeToDecode() {
        SyntheticImage s;
        for (int i = 0; i < s.rows * s.columns; ++i) s.samples.push_back(uint16_t(i));
        const QString path = write(s);
        const ToolResult edited =
            runTool("dcmodify", {"-nb", "-m", "(0028,0010)=4096", "-m", "(0028,0011)=4096", "-i",
                                 "(0028,0008)=100000", path});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.output));
        auto picture = viewer::DicomPicture::open(path);
        QVERIFY(!picture.ok());
        QVERIFY2(picture.error().contains("too large to show"), qPrintable(picture.error()));
    }
};

QTEST_GUILESS_MAIN(TestDicomPicture)
#include "test_dicom_picture.moc"
