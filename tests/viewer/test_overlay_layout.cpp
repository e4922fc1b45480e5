// The overlay's layout on its own: in panes from a thumbnail to a whole screen, with the
// longest Romanian and Russian lines the viewer writes, no two boxes meet, none leaves the
// pane, the orientation letters stay, and what goes first is what the template ranks last;
// the built-in templates, a site's own file, and sex and age.
#include "viewer/pixels/overlay_layout.h"
#include "viewer/pixels/overlay_template.h"

#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QTest>

using namespace dicomnet::viewer;

namespace {

OverlayText longText() {
    OverlayText t;
    t.corners[0] = {{QString::fromUtf8("ПРЕДЫДУЩЕЕ · совмещено"), 0, {}},
                    {QString::fromUtf8("Ștefănescu-Brâncoveanu, Alexandra-Mădălina"), 1, {}},
                    {QStringLiteral("MD-2002-000123456"), 6, {}},
                    {QString::fromUtf8("Ж, 68 лет"), 2, {}}};
    t.corners[1] = {
        {QStringLiteral("2026-12-04"), 3, {}},
        {QString::fromUtf8("Radiografie toracică postero-anterioară în ortostatism"), 9, {}},
        {QStringLiteral("DX"), 8, {}}};
    t.corners[2] = {{QString::fromUtf8("2 Торакс, мягкие ткани 1.25 мм"), 10, {}},
                    {QString::fromUtf8("Корональная 257/512"), 4, QStringLiteral("257/512")},
                    {QString::fromUtf8("Кадр 3/12"), 11, {}}};
    t.corners[3] = {{QString::fromUtf8("W/L 1500/-600"), 5, QStringLiteral("1500/-600")},
                    {QString::fromUtf8("Масштаб 17%"), 12, QStringLiteral("17%")},
                    {QString::fromUtf8("Spațiere la detector (necalibrată)"), 7, {}}};
    t.left = QStringLiteral("R");
    t.right = QStringLiteral("L");
    t.top = QStringLiteral("H");
    t.bottom = QStringLiteral("F");
    t.bottomCentre = QSize(70, 24);
    t.topCentre = QSize(240, 20);
    return t;
}

}  // namespace

class TestOverlayLayout : public QObject {
    Q_OBJECT
private slots:
    void layout_ShouldNeverCollide_InAnyPane_data() {
        QTest::addColumn<int>("pixelSize");
        QTest::newRow("12 px, the viewer") << 12;
        QTest::newRow("20 px, a written picture") << 20;
    }
    void layout_ShouldNeverCollide_InAnyPane() {
        QFETCH(int, pixelSize);
        QFont font;
        font.setPixelSize(pixelSize);
        const QFontMetrics fm(font);
        const OverlayText text = longText();
        int checked = 0, withLegend = 0;
        for (int w = 60; w <= 1600; w += 37)
            for (int h = 60; h <= 1000; h += 41) {
                const QRect area(6, 4, w, h);
                QRect bar, legend;
                std::vector<PlacedText> placed = layOutOverlay(text, area, fm, &bar, &legend);
                std::vector<QRect> boxes;
                for (const PlacedText& p : placed) boxes.push_back(p.box);
                for (const QRect& r : {bar, legend})
                    if (!r.isEmpty()) boxes.push_back(r);
                withLegend += !legend.isEmpty();
                for (size_t i = 0; i < boxes.size(); ++i) {
                    QVERIFY2(
                        area.contains(boxes[i]),
                        qPrintable(QStringLiteral("%1×%2: a box leaves the pane").arg(w).arg(h)));
                    for (size_t j = i + 1; j < boxes.size(); ++j)
                        QVERIFY2(!boxes[i].intersects(boxes[j]),
                                 qPrintable(
                                     QStringLiteral("%1×%2: \"%3\" meets \"%4\"")
                                         .arg(w)
                                         .arg(h)
                                         .arg(i < placed.size() ? placed[i].text : "bar/legend",
                                              j < placed.size() ? placed[j].text : "bar/legend")));
                }
                // Each line drawn is whole or elided, never wider than its box.
                for (const PlacedText& p : placed)
                    QVERIFY(fm.horizontalAdvance(p.text) <= p.box.width());
                if (w >= 240 && h >= 200) {
                    int letters = 0;
                    bool title = false, patient = false;
                    for (const PlacedText& p : placed) {
                        letters += p.letter;
                        title |= p.text.startsWith(QString::fromUtf8("ПРЕД"));
                        patient |= p.text.startsWith(QString::fromUtf8("Ște"));
                    }
                    QCOMPARE(letters, 4);
                    QVERIFY2(title && patient, qPrintable(QStringLiteral("%1×%2").arg(w).arg(h)));
                }
                ++checked;
            }
        QVERIFY(checked > 500);
        QVERIFY(withLegend > 100);
    }

    // Room for two lines of a corner: the two ranked first stay, in reading order.
    void layout_ShouldDropTheLeastImportantFirst() {
        QFont font;
        font.setPixelSize(12);
        const QFontMetrics fm(font);
        OverlayText t;
        t.corners[0] = {{"title", 0, {}}, {"patient", 1, {}}, {"id", 3, {}}, {"age", 2, {}}};
        const int h = 2 * (2 * fm.height() + 4) + 2;  // two lines a half, with the gap
        const auto placed = layOutOverlay(t, QRect(0, 0, 600, h), fm);
        QStringList shown;
        for (const PlacedText& p : placed) shown << p.text;
        QCOMPARE(shown, (QStringList{"title", "patient"}));
        const auto roomy = layOutOverlay(t, QRect(0, 0, 600, 400), fm);
        QCOMPARE(int(roomy.size()), 4);
        QCOMPARE(roomy[2].text, QStringLiteral("id"));
    }

    // A narrow corner says the short form of a line before it elides it.
    void layout_ShouldUseTheShortForm_WhenTheLineDoesNotFit() {
        QFont font;
        font.setPixelSize(12);
        const QFontMetrics fm(font);
        OverlayText t;
        t.corners[2] = {{QString::fromUtf8("Сагиттальная 257/512"), 0, "257/512"}};
        auto placed =
            layOutOverlay(t, QRect(0, 0, 2 * fm.horizontalAdvance("257/512") + 20, 200), fm);
        QCOMPARE(int(placed.size()), 1);
        QCOMPARE(placed[0].text, QStringLiteral("257/512"));
        placed = layOutOverlay(t, QRect(0, 0, 800, 200), fm);
        QCOMPARE(placed[0].text, QString::fromUtf8("Сагиттальная 257/512"));
    }

    void templates_ShouldChooseByModality_AndReadASitesFile() {
        const auto& builtIn = builtInOverlayTemplates();
        QVERIFY(builtIn.size() >= 3);
        QVERIFY(overlayTemplateFor(builtIn, "ct").corners[2].contains("location"));
        QVERIFY(!overlayTemplateFor(builtIn, "DX").corners[2].contains("location"));
        QVERIFY(overlayTemplateFor(builtIn, "US").modalities.isEmpty());
        auto site = parseOverlayTemplates(
            R"({"overlays": [{"modalities": ["DX"], "top_left": ["patient", "sex_age"],
                "bottom_right": ["window"], "keep_first": ["sex_age"]}]})");
        QVERIFY2(site, qPrintable(site ? QString() : site.error()));
        const OverlayText filled =
            fillOverlay(overlayTemplateFor(site.value(), "DX"),
                        {{"patient", "Pop, Ion"}, {"sex_age", "M, 54 y"}, {"window", ""}});
        QCOMPARE(int(filled.corners[0].size()), 2);
        QVERIFY(filled.corners[0][1].rank < filled.corners[0][0].rank);
        QVERIFY(filled.corners[3].empty());  // no value, no line
        auto wrong = parseOverlayTemplates(R"({"overlays": [{"top_left": ["shoe_size"]}]})");
        QVERIFY(!wrong);
        QVERIFY(wrong.error().contains("shoe_size"));
        QVERIFY(!parseOverlayTemplates("{"));
    }

    void sexAndAge_ShouldSayYearsMonthsOrDays() {
        QCOMPARE(sexAndAge("M", "19580310", "20261204"), QStringLiteral("M, 68 y"));
        QCOMPARE(sexAndAge("F", "19581205", "20261204"), QStringLiteral("F, 67 y"));
        QCOMPARE(sexAndAge("", "20250601", "20261204"), QStringLiteral("18 mo"));
        QCOMPARE(sexAndAge("O", "20261120", "20261204"), QStringLiteral("O, 14 d"));
        QCOMPARE(sexAndAge("F", "", "20261204"), QStringLiteral("F"));
        QCOMPARE(sexAndAge("", "garbage", "20261204"), QString());
    }
};

QTEST_MAIN(TestOverlayLayout)
#include "test_overlay_layout.moc"
