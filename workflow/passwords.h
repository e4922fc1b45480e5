// Passwords as the index keeps them: a memory-hard hash (scrypt, from OpenSSL), with its own
// random salt and its parameters, "$scrypt$ln=15,r=8,p=1$SALT$HASH" (base64). A password is
// never stored, logged or compared in clear.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::workflow {

// The fewest characters a password may have.
constexpr int kMinPasswordLength = 8;

// What is wrong with `password` as a new password (empty when nothing).
QString passwordProblem(const QByteArray& password);
// A new hash of `password` (fails only when the system has no randomness or memory).
Result<QString> hashPassword(const QByteArray& password);
// Whether `password` matches `hash`; false for a hash that is empty or not one of ours. Takes
// as long for a wrong password as for a right one.
bool passwordMatches(const QByteArray& password, const QString& hash);

}  // namespace dicomnet::workflow
