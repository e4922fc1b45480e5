// Users and passwords: the hash (scrypt) as stored, sign-in answers that name no account, the
// last administrator kept, and `dicomnet users` end to end on a real index.
#include "cli_runner.h"

#include "db/cache.h"
#include "db/sqlite.h"
#include "db/user_directory.h"
#include "workflow/passwords.h"
#include "workflow/session.h"
#include "workflow/users.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <tuple>

using namespace dicomnet;
using test::describe;
using test::runDicomnet;

class TestUsers : public QObject {
    Q_OBJECT

    // Whether `needle` occurs in any file under `dir`.
    static bool foundUnder(const QString& dir, const QByteArray& needle) {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) return true;
        }
        return false;
    }

    static QString writeFile(const QTemporaryDir& dir, const QString& name,
                             const QByteArray& bytes) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
        return path;
    }

private slots:
    void hashesAreSaltedAndChecked() {
        const QByteArray password = "correct horse battery";
        auto a = workflow::hashPassword(password);
        auto b = workflow::hashPassword(password);
        QVERIFY(a && b);
        QVERIFY(a->startsWith(QLatin1String("$scrypt$ln=15,r=8,p=1$")));
        QVERIFY2(a.value() != b.value(), "each hash has its own salt");
        QVERIFY(!a->contains(QString::fromLatin1(password)));
        QVERIFY(workflow::passwordMatches(password, a.value()));
        QVERIFY(workflow::passwordMatches(password, b.value()));
        QVERIFY(!workflow::passwordMatches("correct horse battery!", a.value()));
        QVERIFY(!workflow::passwordMatches("", a.value()));
        // One character of the stored hash changed: no match.
        QString tampered = a.value();
        const int last = int(tampered.size()) - 3;
        tampered[last] = tampered[last] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!workflow::passwordMatches(password, tampered));
        QVERIFY(!workflow::passwordMatches(password, QString()));
        QVERIFY(!workflow::passwordMatches(password, QStringLiteral("plain text")));
    }

    void hostileHashParametersAreRefusedCheaply() {
        // A hash edited in the index to ask for 2^30 × 16 × 128 bytes must not be computed.
        auto good = workflow::hashPassword("correct horse battery");
        QVERIFY(good);
        QString greedy = good.value();
        greedy.replace(QLatin1String("ln=15,r=8"), QLatin1String("ln=30,r=16"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!workflow::passwordMatches("correct horse battery", greedy));
        QVERIFY2(clock.elapsed() < 5000, "checked against the decoy, not computed as asked");
    }

    void newPasswordsAreChecked() {
        QVERIFY(!workflow::passwordProblem("short").isEmpty());
        QVERIFY(!workflow::passwordProblem("two\nlines here").isEmpty());
        QVERIFY(workflow::passwordProblem("long enough").isEmpty());
        QVERIFY(!workflow::loginProblem(QStringLiteral("Ana")).isEmpty());
        QVERIFY(!workflow::loginProblem(QStringLiteral("1ana")).isEmpty());
        QVERIFY(!workflow::loginProblem(QStringLiteral("a b")).isEmpty());
        QVERIFY(workflow::loginProblem(QStringLiteral("ana.rusu")).isEmpty());
        QVERIFY(workflow::personNameProblem(QStringLiteral("Rusu^Ana")).isEmpty());
        QVERIFY(!workflow::personNameProblem(QStringLiteral("^Ana")).isEmpty());
        QVERIFY(!workflow::personNameProblem(QStringLiteral("A^B^C^D^E^F")).isEmpty());
        QVERIFY(!workflow::personNameProblem(QStringLiteral("Rusu\\Ana")).isEmpty());
        QVERIFY(!workflow::roleProblem(QStringLiteral("janitor")).isEmpty());
    }

    void signInNamesNoAccount() {
        QTemporaryDir data;
        QVERIFY(workflow::addUser(data.path(),
                                  {"boss", "Popa^Ion", "administrator", "another password", {}}));
        QVERIFY(workflow::addUser(data.path(),
                                  {"ana", "Rusu^Ana", "radiologist", "correct horse battery", {}}));
        auto ok = workflow::authenticate(data.path(), "ana", "correct horse battery");
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error()));
        QCOMPARE(ok->fullName, QStringLiteral("Rusu^Ana"));
        QCOMPARE(ok->role, QStringLiteral("radiologist"));
        auto wrong = workflow::authenticate(data.path(), "ana", "wrong password");
        auto unknown = workflow::authenticate(data.path(), "nobody", "correct horse battery");
        QVERIFY(!wrong && !unknown);
        QCOMPARE(wrong.error(), unknown.error());  // no user enumeration
        // A disabled account says so only to who knows its password.
        QVERIFY(workflow::setUserDisabled(data.path(), "ana", true));
        auto disabled = workflow::authenticate(data.path(), "ana", "correct horse battery");
        QVERIFY(!disabled);
        QVERIFY(disabled.error().contains(QLatin1String("disabled")));
        auto disabledWrong = workflow::authenticate(data.path(), "ana", "nope nope");
        QCOMPARE(disabledWrong.error(), unknown.error());
        QVERIFY(workflow::setUserDisabled(data.path(), "ana", false));
        QVERIFY(workflow::authenticate(data.path(), "ana", "correct horse battery"));
        // A new password replaces the old one.
        QVERIFY(workflow::setUserPassword(data.path(), "ana", "a new password"));
        QVERIFY(!workflow::authenticate(data.path(), "ana", "correct horse battery"));
        QVERIFY(workflow::authenticate(data.path(), "ana", "a new password"));
    }

    void failuresSlowTheNextAttempts() {
        QCOMPARE(workflow::signInDelaySeconds(0), 0);
        QCOMPARE(workflow::signInDelaySeconds(2), 0);
        QCOMPARE(workflow::signInDelaySeconds(3), 1);
        QCOMPARE(workflow::signInDelaySeconds(4), 2);
        QCOMPARE(workflow::signInDelaySeconds(7), 16);
        QCOMPARE(workflow::signInDelaySeconds(8), 30);
        QCOMPARE(workflow::signInDelaySeconds(1000), 30);
        QTemporaryDir data;
        QVERIFY(workflow::addUser(
            data.path(), {"boss", "Popa^Ion", "administrator", "correct horse battery", {}}));
        for (const QString& login : {QStringLiteral("boss"), QStringLiteral("nobody")}) {
            for (int i = 0; i < 3; ++i)
                QVERIFY(!workflow::authenticate(data.path(), login, "wrong password"));
            // The fourth attempt waits a second first, for a known login and an unknown alike,
            // and for the right password too (else the speed would tell it was right).
            QElapsedTimer clock;
            clock.start();
            auto fourth = workflow::authenticate(data.path(), login, "correct horse battery");
            QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(bool(fourth), login == QLatin1String("boss"));
        }
        // The success cleared boss's count; the unknown login's went on: its fifth attempt
        // waits two seconds.
        {
            auto cache = db::Cache::open(data.path());
            QVERIFY(cache);
            db::UserDirectory users(*cache.value());
            QCOMPARE(users.failures(QStringLiteral("boss")).value(), 0);
            QCOMPARE(users.failures(QStringLiteral("nobody")).value(), 4);
        }
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!workflow::authenticate(data.path(), "nobody", "wrong password"));
        QVERIFY2(clock.elapsed() >= 1950, qPrintable(QString::number(clock.elapsed())));
    }

    void theLastAdministratorStays() {
        QTemporaryDir data;
        QVERIFY(workflow::addUser(data.path(), {QStringLiteral("boss"),
                                                QStringLiteral("Popa^Ion"),
                                                QStringLiteral("administrator"),
                                                "another password",
                                                {}}));
        Status refused = workflow::setUserDisabled(data.path(), QStringLiteral("boss"), true);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("last enabled administrator")));
        QVERIFY(workflow::addUser(data.path(), {QStringLiteral("deputy"),
                                                QStringLiteral("Lungu^Maria"),
                                                QStringLiteral("administrator"),
                                                "a third password",
                                                {}}));
        QVERIFY(workflow::setUserDisabled(data.path(), QStringLiteral("boss"), true));
        QVERIFY(!workflow::setUserDisabled(data.path(), QStringLiteral("deputy"), true));
    }

    void usersCommandEndToEnd() {
        QTemporaryDir data, files;
        const QString pw = writeFile(files, "pw", "correct horse battery\n");
        // The first user is an administrator, added by whoever holds the data directory.
        auto notFirst = runDicomnet(data.path(), {"users", "add", "ana", "--name", "Rusu^Ana",
                                                  "--role", "radiologist", "--password-file", pw});
        QCOMPARE(notFirst.exitCode, 1);
        QVERIFY(notFirst.err.contains("first user is an administrator"));
        const QString bossPw = writeFile(files, "boss", "the boss password\n");
        auto boss =
            runDicomnet(data.path(), {"users", "add", "boss", "--name", "Popa^Ion", "--role",
                                      "administrator", "--password-file", bossPw});
        QVERIFY2(boss.exitCode == 0, qPrintable(describe(boss)));
        // From now on every command signs someone in.
        auto anonymous = runDicomnet(data.path(), {"users", "list"});
        QCOMPARE(anonymous.exitCode, 1);
        QVERIFY(anonymous.err.contains("sign in with --user"));
        const QStringList asBoss{"--user", "boss", "--password-file", bossPw};
        auto added = runDicomnet(
            data.path(), asBoss + QStringList{"users", "add", "ana", "--name", "Rusu^Ana", "--role",
                                              "radiologist", "--password-file", pw});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        QVERIFY(added.out.contains("added ana (Rusu, Ana) as radiologist"));
        // The new user's password from standard input, as a script gives it (the signing-in
        // one from its file).
        auto piped = runDicomnet(data.path(),
                                 asBoss + QStringList{"users", "add", "tom", "--name",
                                                      "Ciobanu^Tom", "--role", "technician"},
                                 60000, "piped password\n");
        QVERIFY2(piped.exitCode == 0, qPrintable(describe(piped)));
        QVERIFY(workflow::authenticate(data.path(), "tom", "piped password"));

        auto add = [&](const QStringList& args) {
            return runDicomnet(data.path(), asBoss + QStringList{"users", "add"} + args);
        };
        auto again = add({"ana", "--name", "X^Y", "--role", "technician", "--password-file", pw});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
        QCOMPARE(add({"eve", "--name", "X^Y", "--role", "janitor", "--password-file", pw}).exitCode,
                 2);
        QCOMPARE(
            add({"Eve", "--name", "X^Y", "--role", "technician", "--password-file", pw}).exitCode,
            2);
        const QString shortPw = writeFile(files, "short", "short\n");
        auto weak =
            add({"eve", "--name", "X^Y", "--role", "technician", "--password-file", shortPw});
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.contains("at least 8"));
        QCOMPARE(add({"eve", "--name", "X^Y", "--role", "technician", "--password-file",
                      files.filePath("none")})
                     .exitCode,
                 1);

        auto list = runDicomnet(data.path(), asBoss + QStringList{"users", "list", "--json"});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users[0].toObject()["login"].toString(), QStringLiteral("ana"));  // by login
        QCOMPARE(users[0].toObject()["name"].toString(), QStringLiteral("Rusu^Ana"));
        QCOMPARE(users[0].toObject()["role"].toString(), QStringLiteral("radiologist"));
        QVERIFY(users[0].toObject()["can_sign_in"].toBool());
        QVERIFY(!list.out.contains("scrypt"));  // the hash is not shown either

        QCOMPARE(runDicomnet(data.path(), asBoss + QStringList{"users", "disable", "tom"}).exitCode,
                 0);
        auto table = runDicomnet(data.path(), asBoss + QStringList{"users", "list"});
        QVERIFY(table.out.contains("disabled"));
        QCOMPARE(
            runDicomnet(data.path(), asBoss + QStringList{"users", "disable", "nobody"}).exitCode,
            1);

        const QString newPw = writeFile(files, "new", "brand new password\n");
        auto passwd = runDicomnet(
            data.path(), asBoss + QStringList{"users", "passwd", "ana", "--password-file", newPw});
        QVERIFY2(passwd.exitCode == 0, qPrintable(describe(passwd)));
        QVERIFY(workflow::authenticate(data.path(), "ana", "brand new password"));

        // No password is anywhere in the data directory in clear.
        for (const QByteArray& secret :
             {QByteArray("correct horse battery"), QByteArray("piped password"),
              QByteArray("brand new password"), QByteArray("the boss password")})
            QVERIFY2(!foundUnder(data.path(), secret), secret.constData());
    }

    void rolesAreEnforcedOnTheCommandLine() {
        QTemporaryDir data, files;
        const QString pw = writeFile(files, "pw", "correct horse battery\n");
        const QString wrong = writeFile(files, "wrong", "not the password\n");
        for (const auto& [login, role] :
             std::vector<std::pair<QString, QString>>{{"boss", "administrator"},
                                                      {"ana", "radiologist"},
                                                      {"tom", "technician"},
                                                      {"cora", "consultant"}})
            QVERIFY(workflow::addUser(
                data.path(), {login, QStringLiteral("X^Y"), role, "correct horse battery", {}}));
        auto as = [&](const QString& login, const QStringList& args, const QString& password = {}) {
            return runDicomnet(data.path(), QStringList{"--user", login, "--password-file",
                                                        password.isEmpty() ? pw : password} +
                                                args);
        };
        // The technician brings the demo study in; the radiologist lists it.
        auto demo = as("tom", {"demo"});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        auto studies = as("ana", {"ls", "studies", "--json"});
        QVERIFY2(studies.exitCode == 0, qPrintable(describe(studies)));
        const QString study =
            QJsonDocument::fromJson(studies.out).array()[0].toObject()["study_uid"].toString();
        QVERIFY(!study.isEmpty());

        // A technician may not write (nor sign) a consultation: refused, named, nothing written.
        auto write = as("tom", {"consult", "new", study, "--author", "Tom", "--text", "fine"});
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains("tom (technician) may not write a consultation") &&
                     write.err.contains("radiologist or consultant"),
                 write.err.constData());
        auto none = as("ana", {"consult", "list", "--json"});
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
        // The radiologist may, as herself: the author is who signed in, not a typed name.
        auto impostor = as("ana", {"consult", "new", study, "--author", "Other^Doctor"});
        QCOMPARE(impostor.exitCode, 2);
        QVERIFY2(impostor.err.contains("signed in as ana"), impostor.err.constData());
        auto written = as("ana", {"consult", "new", study, "--text", "fine"});
        QVERIFY2(written.exitCode == 0, qPrintable(describe(written)));
        auto mine = as("ana", {"consult", "list", "--json"});
        QCOMPARE(QJsonDocument::fromJson(mine.out).array()[0].toObject()["author"].toString(),
                 QStringLiteral("X^Y"));
        auto waiting = as("ana", {"consult", "waiting", "--json"});
        QVERIFY2(waiting.exitCode == 0, qPrintable(describe(waiting)));
        // The administrator manages but does not read; a technician does not read the audit.
        QCOMPARE(as("boss", {"render", study, "--out", files.filePath("x.png")}).exitCode, 1);
        QCOMPARE(as("boss", {"audit", "verify"}).exitCode, 0);
        QCOMPARE(as("tom", {"audit"}).exitCode, 1);
        QCOMPARE(as("cora", {"export", study, "--out", files.filePath("e")}).exitCode, 1);
        QCOMPARE(as("tom", {"users", "add", "eve", "--name", "X^Y", "--role", "administrator",
                            "--password-file", pw})
                     .exitCode,
                 1);
        // Anyone changes their own password, nobody else's.
        const QString newPw = writeFile(files, "new", "tom's new password\n");
        QCOMPARE(as("tom", {"users", "passwd", "tom", "--password-file", newPw}).exitCode, 0);
        QCOMPARE(as("tom", {"users", "passwd", "ana", "--password-file", newPw}, newPw).exitCode,
                 1);
        // Wrong password and unknown login: the same answer; a disabled user cannot sign in.
        auto bad = as("ana", {"ls", "studies"}, wrong);
        auto unknown = as("nobody", {"ls", "studies"});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(bad.err, unknown.err);
        QVERIFY(workflow::setUserDisabled(data.path(), "cora", true));
        auto disabled = as("cora", {"ls", "studies"});
        QCOMPARE(disabled.exitCode, 1);
        QVERIFY(disabled.err.contains("disabled"));
        // --help needs nobody.
        QCOMPARE(runDicomnet(data.path(), {"--help"}).exitCode, 0);
        // All of it is in the audit trail, under the login that tried.
        auto trail = as("boss", {"audit", "--json"});
        const QJsonArray records = QJsonDocument::fromJson(trail.out).array();
        int refusals = 0, failedSignIns = 0;
        for (const QJsonValue& r : records) {
            const QJsonObject o = r.toObject();
            if (o["action"].toString() == QLatin1String("refused")) ++refusals;
            if (o["action"].toString() == QLatin1String("sign-in") &&
                o["outcome"].toString() != QLatin1String("success"))
                ++failedSignIns;
        }
        QCOMPARE(refusals, 6);       // write, render, audit, export, users add, passwd of another
        QCOMPARE(failedSignIns, 3);  // ana's wrong password, nobody, cora disabled
    }

    void firstStartIsAnExplicitChoice() {
        // Without the tests' DICOMNET_SINGLE_USER=1, as on a new installation.
        const QByteArray saved = qgetenv("DICOMNET_SINGLE_USER");
        qunsetenv("DICOMNET_SINGLE_USER");
        const auto restore = qScopeGuard([&] { qputenv("DICOMNET_SINGLE_USER", saved); });
        QTemporaryDir data, alone, files;
        const QString pw = writeFile(files, "pw", "the boss password\n");
        // Nothing chosen, no terminal: refused, saying how to choose; nothing is created.
        auto refused = runDicomnet(data.path(), {"ls", "studies"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(
            refused.err.contains("--admin-password-file") && refused.err.contains("--single-user"),
            refused.err.constData());
        // A script creates the administrator and goes on, signed in as them.
        auto created = runDicomnet(data.path(), {"--user", "boss", "--admin-password-file", pw,
                                                 "users", "list", "--json"});
        QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
        const QJsonArray users = QJsonDocument::fromJson(created.out).array();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0].toObject()["role"].toString(), QStringLiteral("administrator"));
        // The same script run again signs in (the choice is made); --single-user opens nothing.
        QCOMPARE(runDicomnet(data.path(),
                             {"--user", "boss", "--admin-password-file", pw, "users", "list"})
                     .exitCode,
                 0);
        auto sneaky = runDicomnet(data.path(), {"--single-user", "ls", "studies"});
        QCOMPARE(sneaky.exitCode, 1);
        QVERIFY(sneaky.err.contains("sign in with --user"));
        // Single-user, chosen: no sign-in, recorded; adding the administrator turns users on.
        QCOMPARE(runDicomnet(alone.path(), {"--single-user", "ls", "studies"}).exitCode, 0);
        QCOMPARE(runDicomnet(alone.path(), {"ls", "studies"}).exitCode, 0);
        QCOMPARE(runDicomnet(alone.path(), {"users", "add", "boss", "--name", "Boss^B", "--role",
                                            "administrator", "--password-file", pw})
                     .exitCode,
                 0);
        QCOMPARE(runDicomnet(alone.path(), {"ls", "studies"}).exitCode, 1);
        auto trail =
            runDicomnet(alone.path(), {"--user", "boss", "--password-file", pw, "audit", "--json"});
        QCOMPARE(QJsonDocument::fromJson(trail.out).array()[0].toObject()["action"].toString(),
                 QStringLiteral("single-user-chosen"));
    }

    void sessionTokensHoldForTheirTimeOnThisMachineOnly() {
        QTemporaryDir data, files, runtime;
        const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        const auto restore = qScopeGuard([&] {
            if (savedRuntime.isEmpty())
                qunsetenv("XDG_RUNTIME_DIR");
            else
                qputenv("XDG_RUNTIME_DIR", savedRuntime);
        });
        QVERIFY(workflow::addUser(
            data.path(), {"boss", "Admin^Boss", "administrator", "correct horse battery", {}}));
        QVERIFY(workflow::addUser(data.path(),
                                  {"ana", "Rusu^Ana", "radiologist", "correct horse battery", {}}));
        const QString pw = writeFile(files, "pw", "correct horse battery\n");
        auto tamper = [&](const QString& sql) {
            auto cache = db::Cache::open(data.path());
            QVERIFY(cache);
            cache.value()->connection().exec(sql.toUtf8().constData());
        };
        // Without a session or --user: refused, saying both ways.
        auto none = runDicomnet(data.path(), {"ls", "studies"});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("session start"));
        auto started = runDicomnet(data.path(), {"--user", "ana", "--password-file", pw, "session",
                                                 "start", "--minutes", "10"});
        QVERIFY2(started.exitCode == 0, qPrintable(describe(started)));
        const QString file = workflow::sessionTokenFile(data.path());
        QVERIFY(file.startsWith(runtime.path()));
        QCOMPARE(QFile::permissions(file) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions{});
        // The token is nowhere in the index: only its hash.
        QFile token(file);
        QVERIFY(token.open(QIODevice::ReadOnly));
        const QByteArray secret = token.readAll().split('\n').value(1);
        QVERIFY(secret.size() >= 40);
        QVERIFY(!foundUnder(data.path(), secret));
        // Now commands run as Ana without --user, with her role.
        QCOMPARE(runDicomnet(data.path(), {"ls", "studies"}).exitCode, 0);
        auto status = runDicomnet(data.path(), {"session", "status"});
        QVERIFY(status.out.contains("ana (Rusu^Ana, radiologist)"));
        QCOMPARE(runDicomnet(data.path(), {"users", "list"}).exitCode, 1);  // not an admin
        // A file others may read is not used.
        QVERIFY(QFile::setPermissions(file, QFile::permissions(file) | QFile::ReadOther));
        auto loose = runDicomnet(data.path(), {"ls", "studies"});
        QCOMPARE(loose.exitCode, 1);
        QVERIFY2(loose.err.contains("only you may read"), loose.err.constData());
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        // Opened on another machine (the index and the file copied there): refused.
        tamper("UPDATE sessions SET machine = 'another-machine'");
        auto elsewhere = runDicomnet(data.path(), {"ls", "studies"});
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.err.contains("another machine"), elsewhere.err.constData());
        // Expired: refused.
        auto again =
            runDicomnet(data.path(), {"--user", "ana", "--password-file", pw, "session", "start"});
        QCOMPARE(again.exitCode, 0);
        tamper(
            "UPDATE sessions SET expires_ms = 1000 WHERE revoked = 0 AND machine <> "
            "'another-machine'");
        auto expired = runDicomnet(data.path(), {"ls", "studies"});
        QCOMPARE(expired.exitCode, 1);
        QVERIFY2(expired.err.contains("expired"), expired.err.constData());
        // A disabled account's session stops holding; an ended one too.
        QCOMPARE(
            runDicomnet(data.path(), {"--user", "ana", "--password-file", pw, "session", "start"})
                .exitCode,
            0);
        QVERIFY(workflow::setUserDisabled(data.path(), "ana", true));
        QVERIFY(runDicomnet(data.path(), {"ls", "studies"}).err.contains("disabled"));
        QVERIFY(workflow::setUserDisabled(data.path(), "ana", false));
        QCOMPARE(runDicomnet(data.path(), {"ls", "studies"}).exitCode, 0);
        QCOMPARE(runDicomnet(data.path(), {"session", "end"}).exitCode, 0);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(runDicomnet(data.path(), {"ls", "studies"}).exitCode, 1);
        // The refusals are in the audit trail.
        auto trail =
            runDicomnet(data.path(), {"--user", "boss", "--password-file", pw, "audit", "--json"});
        int refused = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(trail.out).array())
            if (v.toObject()["detail"].toString() == QLatin1String("session") &&
                v.toObject()["outcome"].toString() != QLatin1String("success"))
                ++refused;
        QCOMPARE(refused, 3);  // another machine, expired, disabled
    }

    void aConsultantSeesOnlyWhatIsSharedWithThem() {
        QTemporaryDir data, files;
        const QString pw = writeFile(files, "pw", "correct horse battery\n");
        for (const auto& [login, name, role] : std::vector<std::tuple<QString, QString, QString>>{
                 {"boss", "Admin^Boss", "administrator"},
                 {"ana", "Rusu^Ana", "radiologist"},
                 {"tom", "Ciobanu^Tom", "technician"},
                 {"cora", "Lupu^Cora", "consultant"}})
            QVERIFY(
                workflow::addUser(data.path(), {login, name, role, "correct horse battery", {}}));
        auto as = [&](const QString& login, const QStringList& args) {
            return runDicomnet(data.path(),
                               QStringList{"--user", login, "--password-file", pw} + args);
        };
        QCOMPARE(as("tom", {"demo"}).exitCode, 0);
        const QJsonArray all =
            QJsonDocument::fromJson(as("ana", {"ls", "studies", "--json"}).out).array();
        QVERIFY(all.size() >= 2);  // the demo patient's X-rays and CT
        const QString first = all[0].toObject()["study_uid"].toString();
        const QString second = all[1].toObject()["study_uid"].toString();
        auto count = [&](const QStringList& args) {
            return QJsonDocument::fromJson(as("cora", args).out).array().size();
        };
        // Nothing shared: she sees no study and no patient, and opens none.
        QCOMPARE(count({"ls", "studies", "--json"}), 0);
        QCOMPARE(count({"ls", "patients", "--json"}), 0);
        auto refused = as("cora", {"ls", "series", first});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("cora (consultant) may not open") &&
                     refused.err.contains("not shared with them"),
                 refused.err.constData());
        // Shared by the radiologist: that study, and only that one.
        QCOMPARE(as("ana", {"share", first, "--with", "cora"}).exitCode, 0);
        QCOMPARE(as("boss", {"share", first, "--with", "cora"}).exitCode, 1);  // not clinical
        QCOMPARE(count({"ls", "studies", "--json"}), 1);
        QCOMPARE(count({"ls", "patients", "--json"}), 1);
        QCOMPARE(as("cora", {"ls", "series", first}).exitCode, 0);
        QCOMPARE(as("cora", {"ls", "series", second}).exitCode, 1);
        // A request addressed to her shares the other one; she answers it.
        QCOMPARE(as("tom",
                    {"consult", "request", second, "--question", "Changes?", "--for", "Lupu^Cora"})
                     .exitCode,
                 0);
        QCOMPARE(count({"ls", "studies", "--json"}), 2);
        auto answered = as("cora", {"consult", "new", second, "--text", "No change."});
        QVERIFY2(answered.exitCode == 0, qPrintable(describe(answered)));
        QCOMPARE(count({"ls", "studies", "--json"}), 2);  // still hers, answered
        // Her refusal is in the trail.
        bool recorded = false;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(as("boss", {"audit", "--user", "cora", "--json"}).out).array())
            recorded = recorded || v.toObject()["outcome"].toString().contains("not shared");
        QVERIFY(recorded);
    }

    void signingCertificateIsKept() {
        QTemporaryDir data, files;
        auto init = runDicomnet(data.path(), {"certs", "init", "--org", "Spitalul Test"});
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        auto person =
            runDicomnet(data.path(), {"certs", "person", "Rusu Ana", "--out", files.path()}, 60000,
                        "key passphrase\n");
        QVERIFY2(person.exitCode == 0, qPrintable(describe(person)));
        QString pem;
        for (const QString& f : QDir(files.path()).entryList({"*.pem"})) pem = files.filePath(f);
        QVERIFY(!pem.isEmpty());
        const QString pw = writeFile(files, QStringLiteral("pw"), "correct horse battery\n");
        auto added =
            runDicomnet(data.path(), {"users", "add", "ana", "--name", "Rusu^Ana", "--role",
                                      "administrator", "--cert", pem, "--password-file", pw});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        auto users = workflow::listUsers(data.path());
        QVERIFY(users && users->size() == 1);
        QCOMPARE(users->front().certificateSha256.size(), 64);
        QVERIFY(users->front().certificatePem.contains(QLatin1String("BEGIN CERTIFICATE")));
        // Not a certificate: refused, nothing added.
        auto bogus = runDicomnet(data.path(), {"--user", "ana", "--password-file", pw, "users",
                                               "add", "tom", "--name", "Ciobanu^Tom", "--role",
                                               "technician", "--cert", pw, "--password-file", pw});
        QCOMPARE(bogus.exitCode, 1);
        QCOMPARE(workflow::listUsers(data.path())->size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "test_users.moc"
