// The room the cache takes (workflow/cache_space.h): the bytes counted are the stored files'
// (checked against the files themselves); quotas in sizes and shares of the disk are read as a
// site writes them, and anything else is refused with the reason and exit code 2, leaving the
// quota as it was.
#include "cli_runner.h"
#include "dicom_factory.h"

#include "workflow/cache_space.h"
#include "workflow/import.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dicomnet;

class TestCacheSpace : public QObject {
    Q_OBJECT
private slots:
    void quotaForms_data();
    void quotaForms();
    void statusCountsTheStoredFiles();
};

void TestCacheSpace::quotaForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");  // -1: refused; 0: no quota
    const qint64 G = qint64(1) << 30, disk = 1000 * G;
    QTest::newRow("gigabytes") << "750G" << 750 * G;
    QTest::newRow("terabytes, a fraction") << "1.5T" << qint64(1.5 * 1024 * G);
    QTest::newRow("with B, lower case") << "2gb" << 2 * G;
    QTest::newRow("megabytes") << "200000M" << qint64(200000) * (1 << 20);
    QTest::newRow("plain bytes") << "2147483648" << 2 * G;
    QTest::newRow("share of the disk") << "80%" << qint64(0.8 * double(disk));
    QTest::newRow("off") << "off" << qint64(0);
    QTest::newRow("below 1 GB") << "512M" << qint64(-1);
    QTest::newRow("share above 100") << "150%" << qint64(-1);
    QTest::newRow("share zero") << "0%" << qint64(-1);
    QTest::newRow("a word") << "lots" << qint64(-1);
    QTest::newRow("negative") << "-5G" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestCacheSpace::quotaForms() {
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const auto q = workflow::parseQuota(text, qint64(1000) << 30);
    if (bytes < 0) {
        QVERIFY2(!q, qPrintable(text));
        QVERIFY(!q.error().isEmpty());
    } else if (bytes == 0) {
        QVERIFY(q && !q->has_value());
    } else {
        QVERIFY2(q && q->has_value(), qPrintable(q ? QString("none") : q.error()));
        QCOMPARE(*q.value(), bytes);
    }
}

void TestCacheSpace::statusCountsTheStoredFiles() {
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    QVERIFY(QDir().mkpath(dir.filePath("in")));
    for (int i = 0; i < 12; ++i) {
        test::SyntheticObject o;
        o.rows = 64 + 16 * i, o.columns = 64;
        o.patientId = QStringLiteral("P%1").arg(i % 3);
        QVERIFY(test::DicomFactory::write(dir.filePath(QStringLiteral("in/%1.dcm").arg(i)), o));
    }
    QVERIFY(workflow::importInto(data, {dir.filePath("in")}));
    qint64 onDisk = 0;
    for (QDirIterator it(data + "/store", QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        onDisk += QFileInfo(it.next()).size();
    auto status = test::runDicomnet(data, {"cache", "status", "--json"});
    QCOMPARE(status.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(o["objects"].toInt(), 12);
    QCOMPARE(o["studies"].toInt(), 12);
    QCOMPARE(qint64(o["bytes"].toDouble()), onDisk);
    QVERIFY(o["disk_total"].toDouble() > o["disk_free"].toDouble());
    QVERIFY(o["quota"].toString().isEmpty());

    QCOMPARE(test::runDicomnet(data, {"cache", "quota", "2T"}).exitCode, 0);
    auto bad = test::runDicomnet(data, {"cache", "quota", "half"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("not a size"), bad.err.constData());
    o = QJsonDocument::fromJson(test::runDicomnet(data, {"cache", "status", "--json"}).out)
            .object();
    QCOMPARE(o["quota"].toString(), QString("2T"));  // the refused one changed nothing
    QCOMPARE(qint64(o["quota_bytes"].toDouble()), qint64(2) << 40);
    QCOMPARE(o["over_high_water"].toBool(), false);
    QCOMPARE(test::runDicomnet(data, {"cache", "quota", "off"}).exitCode, 0);
    o = QJsonDocument::fromJson(test::runDicomnet(data, {"cache", "status", "--json"}).out)
            .object();
    QVERIFY(!o.contains("quota_bytes"));
}

QTEST_GUILESS_MAIN(TestCacheSpace)
#include "test_cache_space.moc"
