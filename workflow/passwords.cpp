#include "workflow/passwords.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QObject>
#include <QRegularExpression>

namespace dicomnet::workflow {

namespace {

// N = 2^15, r = 8, p = 1: 32 MiB and about a tenth of a second per hash on a workstation.
constexpr int kLogN = 15, kR = 8, kP = 1;
constexpr int kSaltBytes = 16, kHashBytes = 32;
// Hashes read back from the index are bounded before use: at most 2^17 × 8 × 128 B = 128 MiB.
constexpr int kMaxLogN = 17, kMaxR = 16, kMaxP = 4;

bool scrypt(const QByteArray& password, const QByteArray& salt, int logN, int r, int p,
            QByteArray& out) {
    out.resize(kHashBytes);
    const uint64_t n = uint64_t(1) << logN;
    const uint64_t maxMemory = 128 * uint64_t(r) * n * uint64_t(p) + (uint64_t(1) << 20);
    return EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          size_t(salt.size()), n, uint64_t(r), uint64_t(p), maxMemory,
                          reinterpret_cast<unsigned char*>(out.data()), size_t(out.size())) == 1;
}

struct Parsed {
    int logN = 0, r = 0, p = 0;
    QByteArray salt, hash;
};

bool parse(const QString& text, Parsed& out) {
    static const QRegularExpression format(
        QStringLiteral("^\\$scrypt\\$ln=(\\d{1,2}),r=(\\d{1,2}),p=(\\d)\\$([A-Za-z0-9+/"
                       "=]{1,64})\\$([A-Za-z0-9+/=]{1,88})$"));
    const auto m = format.match(text);
    if (!m.hasMatch()) return false;
    out.logN = m.captured(1).toInt();
    out.r = m.captured(2).toInt();
    out.p = m.captured(3).toInt();
    out.salt = QByteArray::fromBase64(m.captured(4).toLatin1());
    out.hash = QByteArray::fromBase64(m.captured(5).toLatin1());
    return out.logN >= 10 && out.logN <= kMaxLogN && out.r >= 1 && out.r <= kMaxR && out.p >= 1 &&
           out.p <= kMaxP && out.salt.size() >= 8 && out.hash.size() == kHashBytes;
}

// A hash no password matches, so that an unknown login costs the same time as a wrong password.
const Parsed& decoy() {
    static const Parsed d = [] {
        Parsed p{kLogN, kR, kP, QByteArray(kSaltBytes, '\x5a'), QByteArray(kHashBytes, '\0')};
        return p;
    }();
    return d;
}

}  // namespace

QString passwordProblem(const QByteArray& password) {
    if (password.size() < kMinPasswordLength)
        return QObject::tr("a password needs at least %1 characters").arg(kMinPasswordLength);
    if (password.size() > 1024) return QObject::tr("a password has at most 1024 characters");
    for (char c : password)
        if (c == '\n' || c == '\r' || c == '\0')
            return QObject::tr("a password is one line of text");
    return {};
}

Result<QString> hashPassword(const QByteArray& password) {
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size())) != 1)
        return Error{QObject::tr("the system gives no random numbers for a password's salt")};
    QByteArray hash;
    if (!scrypt(password, salt, kLogN, kR, kP, hash))
        return Error{QObject::tr("cannot hash the password (scrypt)")};
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(kLogN)
        .arg(kR)
        .arg(kP)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool passwordMatches(const QByteArray& password, const QString& hash) {
    Parsed stored;
    const bool ours = parse(hash, stored);
    const Parsed& used = ours ? stored : decoy();
    QByteArray computed;
    if (!scrypt(password, used.salt, used.logN, used.r, used.p, computed)) return false;
    const bool same =
        CRYPTO_memcmp(computed.constData(), used.hash.constData(), size_t(kHashBytes)) == 0;
    return ours && same;
}

}  // namespace dicomnet::workflow
