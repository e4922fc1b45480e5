// The hanging-protocol editor, used as a radiologist would, on a real data folder: a chest
// protocol of her own (current and two priors, 1×3) made in the form, saved, read back the
// same, tried before the built-in ones, and used by "Compare with previous"; a layout too small
// for its priors or two protocols of one name are named and not saved; a built-in protocol is
// copied and reordered; the file is never left half written.
#include "gui/hanging_protocol_dialog.h"
#include "test_data.h"
#include "workflow/comparison_source.h"
#include "workflow/hanging_protocols.h"

#include "core/synthetic_patient.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/importer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dicomnet;

namespace {

template <typename T>
T* field(QWidget& dialog, const char* name) {
    T* w = dialog.findChild<T*>(QString::fromLatin1(name));
    if (!w) qFatal("no %s", name);
    return w;
}

void type(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

}  // namespace

class TestHangingProtocolEditor : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_;

private slots:
    void initTestCase() { data_ = dir_.filePath("data"); }

    void protocolMadeInTheForm_ShouldBeSavedAndUsedFirst() {
        QFile::remove(data_ + "/hanging_protocols.json");
        QVERIFY(QDir().mkpath(data_));
        gui::HangingProtocolDialog dialog(data_, "DX", "CHEST");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.protocols().empty());
        // The built-in chest protocol is what a chest film gets before.
        auto* preview = field<QLabel>(dialog, "protocolPreview");
        QVERIFY2(preview->text().contains("Chest X-ray: current and previous"),
                 qPrintable(preview->text()));

        dialog.addProtocol();
        type(field<QLineEdit>(dialog, "protocolName"), "Chest: current and two before");
        type(field<QLineEdit>(dialog, "protocolModalities"), "dx, cr");
        type(field<QLineEdit>(dialog, "protocolBodyParts"), "chest");
        field<QSpinBox>(dialog, "protocolPriors")->setValue(2);
        field<QSpinBox>(dialog, "protocolRows")->setValue(1);
        field<QSpinBox>(dialog, "protocolColumns")->setValue(2);
        // Two priors do not fit 1×2: named, and Save is off.
        auto* problem = field<QLabel>(dialog, "protocolProblem");
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY2(problem->text().contains("1×2"), qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        field<QSpinBox>(dialog, "protocolColumns")->setValue(3);
        field<QCheckBox>(dialog, "protocolAlign")->setChecked(true);
        QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
        QVERIFY(save->isEnabled());
        QVERIFY2(preview->text().contains("Chest: current and two before"),
                 qPrintable(preview->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto mine = workflow::userHangingProtocols(data_);
        QVERIFY(mine);
        QCOMPARE(mine->size(), size_t(1));
        const workflow::HangingProtocol& p = mine->front();
        QCOMPARE(p.name, QStringLiteral("Chest: current and two before"));
        QCOMPARE(p.modalities, (QStringList{"DX", "CR"}));
        QCOMPARE(p.bodyParts, QStringList{"CHEST"});
        QCOMPARE(p.priors, 2);
        QCOMPARE(p.rows * 10 + p.columns, 13);
        QVERIFY(p.align && !p.mpr);
        // Tried first, before the built-in ones.
        const auto fitting =
            workflow::matchingProtocols(workflow::hangingProtocols(data_), "DX", "CHEST");
        QVERIFY(fitting.size() > 1);
        QCOMPARE(fitting.front(), p);
    }

    void comparison_ShouldUseTheUsersProtocol() {
        SyntheticPatientOptions o;
        o.xraySize = 256;
        o.ctSlices = 8;
        QVERIFY(writeSyntheticPatient(dir_.filePath("films"), o));
        auto cache = db::Cache::open(data_);
        QVERIFY(cache);
        QVERIFY(db::Importer(*cache.value()).run({dir_.filePath("films")}).imported > 0);
        auto history = db::CacheQueries(*cache.value()).history(o.patientId);
        QVERIFY(history && !history->empty());
        const QString latest = history->back().studyUid;
        auto series = db::CacheQueries(*cache.value()).series(latest);
        QVERIFY(series && !series->empty());
        workflow::ComparisonSource source(data_);
        auto plan = source.plan(latest, series->front().seriesUid);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
        QCOMPARE(plan->protocol.name, QStringLiteral("Chest: current and two before"));
        QCOMPARE(int(plan->priors.size()), 2);
    }

    void builtInProtocol_ShouldBeCopiedReorderedAndNamesKeptApart() {
        gui::HangingProtocolDialog dialog(data_);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.protocols().size(), size_t(1));
        auto* builtIn = field<QListWidget>(dialog, "builtInProtocols");
        QVERIFY(builtIn->count() >= 5);
        dialog.copyBuiltIn(3);  // CT or MR: current and previous
        QCOMPARE(dialog.protocols().size(), size_t(2));
        QVERIFY(dialog.protocols().front().name.endsWith("(mine)"));
        dialog.moveSelected(1);
        QVERIFY(dialog.protocols().back().name.endsWith("(mine)"));
        // The same name twice: refused, and nothing written.
        const QByteArray before = [&] {
            QFile f(data_ + "/hanging_protocols.json");
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        dialog.select(1);
        type(field<QLineEdit>(dialog, "protocolName"), "chest: CURRENT and two before");
        auto* problem = field<QLabel>(dialog, "protocolProblem");
        QVERIFY2(problem->text().contains("two protocols"), qPrintable(problem->text()));
        QVERIFY(!dialog.save());
        QFile f(data_ + "/hanging_protocols.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        // Three planes: the layout follows the priors.
        type(field<QLineEdit>(dialog, "protocolName"), "CT planes (mine)");
        field<QCheckBox>(dialog, "protocolMpr")->setChecked(true);
        QVERIFY(!field<QSpinBox>(dialog, "protocolRows")->isEnabled());
        QCOMPARE(dialog.protocols().back().columns, 3);
        QVERIFY(dialog.save());
        auto mine = workflow::userHangingProtocols(data_);
        QVERIFY(mine);
        QCOMPARE(mine.value(), dialog.protocols());
        QVERIFY(dialog.grab().save(test::testOutputDir() + "/hanging_protocols.png"));
    }

    void builtInNames_ShouldAllBeTranslatable() {
        QStringList inFile;
        for (const auto& p : workflow::builtInHangingProtocols(false)) inFile << p.name;
        QVERIFY(inFile.size() >= 5);
        QCOMPARE(inFile, workflow::builtInProtocolNames());
    }

    void unreadableFile_ShouldBeSaidAndReplacedOnSave() {
        {
            QFile f(data_ + "/hanging_protocols.json");
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{ not json");
        }
        gui::HangingProtocolDialog dialog(data_);
        QVERIFY(dialog.protocols().empty());
        QVERIFY2(field<QLabel>(dialog, "protocolProblem")->text().contains("not valid JSON"),
                 qPrintable(field<QLabel>(dialog, "protocolProblem")->text()));
        dialog.addProtocol();
        QVERIFY(dialog.save());
        QVERIFY(workflow::userHangingProtocols(data_));
    }
};

QTEST_MAIN(TestHangingProtocolEditor)
#include "test_hanging_protocol_editor.moc"
