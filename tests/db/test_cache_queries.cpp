// Listing and search over an index built from synthetic patients.
#include "core/dicom_object_reader.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/cache_writer.h"
#include "dicom_factory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;
using namespace dicomnet::db;
using dicomnet::test::DicomFactory;
using dicomnet::test::SyntheticObject;

class TestCacheQueries : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<Cache> cache_;
    QString admissionStudy_[3];

    void add(CacheWriter& w, const SyntheticObject& o) {
        ReadOutcome r = DicomObjectReader::readBytes(DicomFactory::bytes(o));
        QVERIFY2(r.isObject(), qPrintable(r.reason()));
        QVERIFY(w.add(r.parsed()).ok());
    }

private slots:
    void initTestCase() {
        cache_ = std::move(Cache::open(dir_.path()).value());
        auto writer = CacheWriter::open(*cache_);
        // One patient, three chest X-rays of one admission (inserted out of date order),
        // two images in the second.
        const char* dates[] = {"20200410", "20200402", "20200406"};
        for (int s = 0; s < 3; ++s) {
            SyntheticObject o;
            o.patientId = "MD-1001";
            o.issuer = "SCR Chisinau";
            o.characterSet = "ISO_IR 192";
            o.patientName = QStringLiteral("Știrbu^Ață").toUtf8();
            o.studyDate = dates[s];
            o.studyUid = admissionStudy_[s] = DicomFactory::newUid();
            o.seriesUid = DicomFactory::newUid();
            add(*writer.value(), o);
            if (s == 2) {
                o.instanceNumber = 2;
                add(*writer.value(), o);
                o.seriesUid = DicomFactory::newUid();
                o.modality = "DX";
                o.seriesNumber = 2;
                add(*writer.value(), o);
            }
        }
        // Same Patient ID from another issuer: another person.
        SyntheticObject other;
        other.patientId = "MD-1001";
        other.issuer = "Balti";
        other.patientName = "Other^Person";
        other.modality = "CT";
        other.studyDate = "20200405";
        add(*writer.value(), other);
        SyntheticObject cyr;
        cyr.patientId = "MD-2002";
        cyr.characterSet = "ISO_IR 144";
        cyr.patientName = QByteArray("\xbf\xde\xdf\xde\xd2^\xb8\xd2\xd0\xdd");  // Попов^Иван
        cyr.studyDate = "20191231";
        add(*writer.value(), cyr);
        QVERIFY(writer.value()->commit().ok());
    }

    void history_ShouldListStudiesOldestFirst_WhenIssuerGiven() {
        auto rows = CacheQueries(*cache_).history("MD-1001", "SCR Chisinau");
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), size_t(3));
        QCOMPARE(rows.value()[0].date, QString("20200402"));
        QCOMPARE(rows.value()[1].date, QString("20200406"));
        QCOMPARE(rows.value()[2].date, QString("20200410"));
        QCOMPARE(rows.value()[1].instanceCount, 3);
        QCOMPARE(rows.value()[1].seriesCount, 2);
        QCOMPARE(rows.value()[1].modalities, QString("CR\\DX"));
    }

    void history_ShouldKeepIssuersApart() {
        auto all = CacheQueries(*cache_).history("MD-1001");
        QCOMPARE(all.value().size(), size_t(4));
        auto balti = CacheQueries(*cache_).history("MD-1001", "Balti");
        QCOMPARE(balti.value().size(), size_t(1));
        QCOMPARE(balti.value()[0].patientName, QString("Other^Person"));
    }

    void studies_ShouldMatchName_IgnoringCaseAndDiacritics_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::newRow("plain ASCII") << "stirbu" << 3;
        QTest::newRow("with diacritics") << QStringLiteral("ȘTIRBU") << 3;
        QTest::newRow("given name") << "ata" << 3;
        QTest::newRow("Cyrillic lower case") << QStringLiteral("попов") << 1;
        QTest::newRow("beginnings of two words") << "stir at" << 3;
        QTest::newRow("middle of a word does not match") << "irbu" << 0;
        QTest::newRow("no match") << "popescu" << 0;
    }
    void studies_ShouldMatchName_IgnoringCaseAndDiacritics() {
        QFETCH(QString, query);
        QFETCH(int, count);
        StudyFilter f;
        f.name = query;
        QCOMPARE(int(CacheQueries(*cache_).studies(f).value().size()), count);
    }

    void studies_ShouldFilterByDateModalityAndId() {
        StudyFilter f;
        f.dateFrom = "20200403";
        f.dateTo = "20200408";
        auto rows = CacheQueries(*cache_).studies(f).value();
        QCOMPARE(rows.size(), size_t(2));             // 0405 (other issuer) and 0406
        QCOMPARE(rows[0].date, QString("20200406"));  // newest first
        f = {};
        f.modality = "DX";
        QCOMPARE(CacheQueries(*cache_).studies(f).value().size(), size_t(1));
        f = {};
        f.modality = "X";  // not a substring match on "DX"
        QCOMPARE(CacheQueries(*cache_).studies(f).value().size(), size_t(0));
        f = {};
        f.patientId = "MD-2";
        QCOMPARE(CacheQueries(*cache_).studies(f).value().size(), size_t(1));
    }

    void seriesAndInstances_ShouldFollowTheHierarchy() {
        auto series = CacheQueries(*cache_).series(admissionStudy_[2]).value();
        QCOMPARE(series.size(), size_t(2));
        QCOMPARE(series[0].instanceCount, 2);
        auto instances = CacheQueries(*cache_).instances(series[0].seriesUid).value();
        QCOMPARE(instances.size(), size_t(2));
        QCOMPARE(instances[0].number, 1);
        QCOMPARE(instances[1].number, 2);
        QVERIFY(QFile::exists(instances[0].filePath));
        QCOMPARE(instances[0].transferSyntaxUid, QString("1.2.840.10008.1.2.1"));
    }

    void patients_ShouldListEachIdentityOnce() {
        auto rows = CacheQueries(*cache_).patients().value();
        QCOMPARE(rows.size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestCacheQueries)
#include "test_cache_queries.moc"
