#include "core/person_name.h"

#include <QTest>

using namespace dicomnet;

class TestPersonName : public QObject {
    Q_OBJECT
private slots:
    void searchKey_ShouldFoldCaseAndDiacritics_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("comma below") << QStringLiteral("Știrbu^Ață") << "stirbu ata";
        QTest::newRow("cedilla") << QStringLiteral("ŞTEFĂNESCU^Ţugui") << "stefanescu tugui";
        QTest::newRow("Cyrillic") << QStringLiteral("ЧЕБАН^Ион") << QStringLiteral("чебан ион");
        QTest::newRow("groups") << QStringLiteral("Wang^XiaoDong=王^小東=")
                                << QStringLiteral("wang xiaodong 王 小東");
        QTest::newRow("empty") << QString() << QString();
    }
    void searchKey_ShouldFoldCaseAndDiacritics() {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(searchKey(text), key);
    }
    void displayPersonName_ShouldJoinComponents_data() {
        QTest::addColumn<QString>("pn");
        QTest::addColumn<QString>("shown");
        QTest::newRow("family^given") << "Popescu^Ion"
                                      << "Popescu, Ion";
        QTest::newRow("empty middle") << "Popescu^Ion^^Dr"
                                      << "Popescu, Ion, Dr";
        QTest::newRow("ideographic only")
            << QStringLiteral("=山田^太郎") << QStringLiteral("山田, 太郎");
    }
    void displayPersonName_ShouldJoinComponents() {
        QFETCH(QString, pn);
        QFETCH(QString, shown);
        QCOMPARE(displayPersonName(pn), shown);
    }
};

QTEST_GUILESS_MAIN(TestPersonName)
#include "test_person_name.moc"
