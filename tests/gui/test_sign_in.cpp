// The window with users: the first start's choice, the sign-in dialog (a wrong password, the
// right one), menus by role, a refusal that changes nothing, the lock (the screen covered,
// viewers hidden, signing in again or as someone else), and the Audit window — its filters and
// the chain check, before and after a record is changed behind its back. Screenshots of the
// sign-in, lock and audit windows go to the test output folder.
#include "cli_runner.h"
#include "gui/audit_dialog.h"
#include "gui/first_start_dialog.h"
#include "gui/lock_screen.h"
#include "gui/main_window.h"
#include "gui/sign_in_dialog.h"
#include "gui/study_browser.h"
#include "network/network_setup.h"
#include "test_data.h"
#include "workflow/audit.h"
#include "workflow/session.h"
#include "workflow/translations.h"
#include "workflow/users.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dicomnet;
using test::describe;
using test::runDicomnet;

namespace {

const QByteArray kPassword = "correct horse battery";

// A data directory with the demo patient and four users, one of each role.
void makeWorkstation(const QString& dir) {
    auto demo = runDicomnet(dir, {"demo"});
    QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
    for (const auto& [login, name, role] :
         std::vector<std::tuple<QString, QString, QString>>{{"boss", "Admin^Boss", "administrator"},
                                                            {"ana", "Rusu^Ana", "radiologist"},
                                                            {"tom", "Ciobanu^Tom", "technician"},
                                                            {"cora", "Lupu^Cora", "consultant"}})
        QVERIFY(workflow::addUser(dir, {login, name, role, kPassword, {}}));
}

QAction* actionNamed(QWidget& w, const QString& text) {
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text().remove(QLatin1Char('&')) == text) return a;
    return nullptr;
}

QString firstStudy(const QString& dir) {
    QTemporaryDir files;
    QFile pw(files.filePath("pw"));
    if (!pw.open(QIODevice::WriteOnly) || pw.write(kPassword + "\n") <= 0) return {};
    pw.close();
    auto listed = runDicomnet(
        dir, {"--user", "ana", "--password-file", pw.fileName(), "ls", "studies", "--json"});
    return QJsonDocument::fromJson(listed.out).array()[0].toObject()["study_uid"].toString();
}

void closeRefusals(QWidget& w) {
    for (QMessageBox* box : w.findChildren<QMessageBox*>("refusal")) box->close();
}

}  // namespace

class TestSignIn : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        workflow::describeApplication();
        network::configureNetworking();
    }

    void firstStartChoosesSingleUserOrCreatesTheAdministrator() {
        QTemporaryDir alone, shared;
        {
            gui::FirstStartDialog dialog(alone.path());
            dialog.findChild<QRadioButton*>("singleUser")->setChecked(true);
            QVERIFY(!dialog.findChild<QLineEdit*>("password")->isEnabled());
            dialog.show();
            dialog.findChild<QPushButton*>("start")->click();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
            QVERIFY(dialog.session().open);
            QCOMPARE(workflow::accessMode(alone.path()).value(), workflow::AccessMode::SingleUser);
        }
        {
            gui::FirstStartDialog dialog(shared.path());
            dialog.show();
            dialog.findChild<QLineEdit*>("login")->setText("boss");
            dialog.findChild<QLineEdit*>("name")->setText("Admin^Boss");
            dialog.findChild<QLineEdit*>("password")->setText(kPassword);
            dialog.findChild<QLineEdit*>("again")->setText("something else");
            dialog.findChild<QPushButton*>("start")->click();
            // Two passwords that differ: said, nothing created.
            QVERIFY(dialog.findChild<QLabel*>("problem")->text().contains("differ"));
            QCOMPARE(workflow::accessMode(shared.path()).value(), workflow::AccessMode::NotChosen);
            dialog.findChild<QLineEdit*>("again")->setText(kPassword);
            QVERIFY(dialog.grab().save(test::testOutputDir() + "/first_start.png"));
            dialog.findChild<QPushButton*>("start")->click();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
            QCOMPARE(dialog.session().user.login, QStringLiteral("boss"));
            QCOMPARE(dialog.session().user.role, QStringLiteral("administrator"));
            QCOMPARE(workflow::accessMode(shared.path()).value(), workflow::AccessMode::Users);
        }
        workflow::signOut(shared.path(), workflow::currentSession());
    }

    void signInDialogRefusesAWrongPasswordAndTakesTheRightOne() {
        QTemporaryDir data;
        makeWorkstation(data.path());
        gui::SignInDialog dialog(data.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* login = dialog.findChild<QLineEdit*>("login");
        auto* password = dialog.findChild<QLineEdit*>("password");
        auto* problem = dialog.findChild<QLabel*>("problem");
        QTest::keyClicks(login, "ana");
        QTest::keyClicks(password, "not her password");
        dialog.findChild<QPushButton*>("signIn")->click();
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains("wrong login or password"), 10000);
        QVERIFY(password->text().isEmpty());  // not kept in the field
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.grab().save(test::testOutputDir() + "/sign_in_refused.png"));
        QTest::keyClicks(password, QString::fromUtf8(kPassword));
        dialog.findChild<QPushButton*>("signIn")->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(dialog.session().user.login, QStringLiteral("ana"));
        QCOMPARE(workflow::currentSession().user.fullName, QStringLiteral("Rusu^Ana"));
        workflow::signOut(data.path(), workflow::currentSession());
    }

    void menusFollowTheRole_AndARefusalChangesNothing() {
        QTemporaryDir data;
        makeWorkstation(data.path());
        const QString study = firstStudy(data.path());
        QVERIFY(!study.isEmpty());
        QVERIFY(workflow::signIn(data.path(), "tom", kPassword));
        {
            gui::MainWindow w(data.path());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.windowTitle().contains("Ciobanu^Tom (technician)"));
            QVERIFY(actionNamed(w, "Import files…")->isEnabled());
            QVERIFY(actionNamed(w, "Request a consultation…")->isEnabled());
            QVERIFY(!actionNamed(w, "Query and retrieve…")->isEnabled());
            QVERIFY(!actionNamed(w, "Audit trail…")->isEnabled());
            QVERIFY(!actionNamed(w, "Peers…")->isEnabled());
            QVERIFY(actionNamed(w, "Peers…")->toolTip().contains("administrator"));
            // Opening the images is refused, said, and recorded; no viewer opens.
            w.view(study);
            QVERIFY(w.findChild<QMessageBox*>("refusal") != nullptr);
            QVERIFY(
                w.findChild<QMessageBox*>("refusal")->text().contains("tom (technician) may not"));
            closeRefusals(w);
            for (QWidget* top : QApplication::topLevelWidgets())
                QVERIFY(!top->isVisible() || top == &w || qobject_cast<QMessageBox*>(top));
        }
        workflow::signOut(data.path(), workflow::currentSession());
        QVERIFY(workflow::signIn(data.path(), "boss", kPassword));
        {
            // The administrator manages, and sees no patient: the browser stays empty.
            gui::MainWindow w(data.path());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(actionNamed(w, "Audit trail…")->isEnabled());
            QVERIFY(actionNamed(w, "Peers…")->isEnabled());
            QVERIFY(!actionNamed(w, "Import files…")->isEnabled());
            QVERIFY(!w.browser()->isEnabled());
            QTest::qWait(500);
            QVERIFY(w.browser()->selectedStudyUid().isEmpty());
        }
        auto records = workflow::auditRecords(data.path(), {});
        QVERIFY(records);
        bool refusalRecorded = false;
        for (const workflow::AuditRecord& r : records.value())
            if (r.action == QLatin1String("refused") && r.user == QLatin1String("tom") &&
                r.outcome.contains("may not"))
                refusalRecorded = true;
        QVERIFY(refusalRecorded);
        workflow::signOut(data.path(), workflow::currentSession());
    }

    void lockHidesEverything_ThenTheSameUserOrAnotherSignsIn() {
        QTemporaryDir data;
        makeWorkstation(data.path());
        const QString study = firstStudy(data.path());
        QVERIFY(workflow::signIn(data.path(), "ana", kPassword));
        gui::MainWindow w(data.path());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.view(study);
        QWidget* viewer = nullptr;
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top != &w && top->isVisible() && top->inherits("dicomnet::gui::ViewerWindow"))
                viewer = top;
        QVERIFY(viewer);

        w.lock(QStringLiteral("by hand"));
        gui::LockScreen* lock = w.lockScreen();
        QVERIFY(lock->locked());
        QCOMPARE(lock->geometry(), w.rect());  // all of the window is covered
        QVERIFY(!viewer->isVisible());
        QVERIFY(!w.menuBar()->isEnabled());
        QVERIFY(!actionNamed(w, "Import files…")->isEnabled());  // no shortcut works either
        QVERIFY(w.grab().save(test::testOutputDir() + "/locked.png"));
        // A wrong password: still locked.
        lock->findChild<QLineEdit*>("password")->setText("wrong");
        lock->findChild<QPushButton*>("unlock")->click();
        QTest::qWait(1500);
        QVERIFY(lock->locked());
        // Ana again: her viewer comes back.
        lock->findChild<QLineEdit*>("password")->setText(kPassword);
        lock->findChild<QPushButton*>("unlock")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!lock->locked(), 20000);
        QVERIFY(viewer->isVisible());
        QVERIFY(actionNamed(w, "Import files…")->isEnabled());

        // Switching to the technician: Ana's viewer is closed, not shown to him.
        w.lock(QStringLiteral("switch user"));
        lock->findChild<QLineEdit*>("login")->setText("tom");
        lock->findChild<QLineEdit*>("password")->setText(kPassword);
        lock->findChild<QPushButton*>("unlock")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!lock->locked(), 20000);
        QVERIFY(!viewer->isVisible());
        QVERIFY(w.windowTitle().contains("technician"));
        QVERIFY(!actionNamed(w, "Query and retrieve…")->isEnabled());

        auto records = workflow::auditRecords(data.path(), {});
        QStringList actions;
        for (const workflow::AuditRecord& r : records.value()) actions << r.action;
        QVERIFY2(actions.contains("study-opened") && actions.contains("session-locked"),
                 qPrintable(actions.join(' ')));
        workflow::signOut(data.path(), workflow::currentSession());
    }

    void auditWindowFiltersAndFindsATamperedRecord() {
        QTemporaryDir data;
        makeWorkstation(data.path());
        QVERIFY(!workflow::signIn(data.path(), "tom", "wrong password"));
        QVERIFY(workflow::signIn(data.path(), "boss", kPassword));
        gui::AuditDialog dialog(data.path());
        QSignalSpy loaded(&dialog, &gui::AuditDialog::loaded);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        const int all = loaded.takeFirst().at(0).toInt();
        QVERIFY(all >= 6);  // single-user chosen, four users added, sign-ins
        QCOMPARE(dialog.table()->rowCount(), all);
        dialog.findChild<QLineEdit*>("user")->setText("tom");
        dialog.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.takeFirst().at(0).toInt(), 1);  // his failed sign-in
        QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("sign-in"));
        dialog.findChild<QLineEdit*>("user")->clear();
        dialog.reload();
        QVERIFY(loaded.wait(10000));

        QSignalSpy verified(&dialog, &gui::AuditDialog::verified);
        dialog.verify();
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.takeFirst().at(0).toBool(), true);
        QVERIFY(dialog.grab().save(test::testOutputDir() + "/audit_window.png"));

        // Someone edits a record straight in SQLite: the window says where the chain breaks.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(data.path() + "/index.sqlite").constData(), &db),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE audit_log SET user = 'nobody' WHERE id = 3", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        dialog.verify();
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.takeFirst().at(0).toBool(), false);
        QVERIFY(dialog.findChild<QLabel*>("auditStatus")->text().contains("record 3"));
        QVERIFY(dialog.grab().save(test::testOutputDir() + "/audit_window_broken.png"));
        workflow::signOut(data.path(), workflow::currentSession());
    }
};

QTEST_MAIN(TestSignIn)
#include "test_sign_in.moc"
