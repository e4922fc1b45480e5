// The people who use this workstation: login, full name (DICOM Person Name), role, signing
// certificate, password — `dicomnet users` and, next, the window's sign-in. Roles:
//   technician    import, receive, send, request a consultation, see own requests
//   radiologist   everything clinical: read, write, sign, amend
//   consultant    an external reader: only studies sent to or shared with them
//   administrator users, peers, rules, certificates (no clinical reading unless also a
//                 radiologist)
#pragma once

#include "core/result.h"
#include "db/user_directory.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::workflow {

using db::User;

QStringList roleNames();
// What is wrong with each part of a new user (empty when nothing).
QString loginProblem(const QString& login);
QString personNameProblem(const QString& fullName);
QString roleProblem(const QString& role);

struct NewUser {
    QString login, fullName, role;
    QByteArray password;      // empty: the account cannot sign in until `users passwd`
    QString certificateFile;  // the person's signing certificate (PEM), optional
};

// Adds a user: checked, the password hashed, the certificate read and fingerprinted.
Status addUser(const QString& dataDir, const NewUser& user);
Result<std::vector<User>> listUsers(const QString& dataDir);
Status setUserPassword(const QString& dataDir, const QString& login, const QByteArray& password);
// Disabling the last enabled administrator is refused: someone must be able to manage users.
Status setUserDisabled(const QString& dataDir, const QString& login, bool disabled);

// The user `login` when `password` is theirs and the account is enabled. An unknown login and
// a wrong password get the same answer, after the same time; after three failures in a row for
// a login, every attempt first waits signInDelaySeconds() (blocks: the window calls it from a
// worker).
int signInDelaySeconds(int failuresInARow);
Result<User> authenticate(const QString& dataDir, const QString& login, const QByteArray& password);

}  // namespace dicomnet::workflow
