#include "pseudonym_store.h"

#include "cache.h"
#include "sqlite.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <QUuid>

namespace dicomnet::db {

namespace {

const QChar kSeparator(0x1f);

// A UUID as a DICOM UID: "2.25." and its 128 bits as a decimal number (PS3.5 B.2).
QString uuidUid() {
    const QByteArray bytes = QUuid::createUuid().toRfc4122();
    // Decimal of a 128-bit number, by repeated division of its base-256 digits.
    QByteArray n = bytes;
    QString digits;
    bool zero = false;
    while (!zero) {
        int remainder = 0;
        zero = true;
        for (char& c : n) {
            const int value = remainder * 256 + static_cast<unsigned char>(c);
            c = char(value / 10);
            remainder = value % 10;
            if (c) zero = false;
        }
        digits.prepend(QChar('0' + remainder));
    }
    return QStringLiteral("2.25.") + digits;
}

}  // namespace

Result<PatientPseudonym> PseudonymStore::patient(const QString& patientId, const QString& issuer) {
    const QString key = patientId + kSeparator + issuer;
    try {
        Connection& c = cache_.connection();
        Statement q(c,
                    "SELECT pseudo_id, pseudo_name, date_shift_days FROM pseudonym_patients "
                    "WHERE patient_key = ?1");
        q.bind(1, key);
        if (q.step()) return PatientPseudonym{q.text(0), q.text(1), int(q.integer(2))};
        PatientPseudonym p;
        QRandomGenerator* random = QRandomGenerator::system();
        p.pseudoId = QStringLiteral("ANON-%1").arg(
            QString::number(random->generate64() & 0xffffffffffULL, 36).toUpper());
        p.pseudoName = QStringLiteral("Anonymous^%1").arg(p.pseudoId.mid(5));
        p.dateShiftDays = -int(30 + random->bounded(3620));  // 1 month to 10 years earlier
        Statement add(c,
                      "INSERT INTO pseudonym_patients(patient_key, pseudo_id, pseudo_name, "
                      "date_shift_days, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
        add.bind(1, key).bind(2, p.pseudoId).bind(3, p.pseudoName).bind(4, p.dateShiftDays);
        add.bind(5, QDateTime::currentMSecsSinceEpoch());
        add.run();
        return p;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<QString> PseudonymStore::replacement(const QString& uid) {
    try {
        Connection& c = cache_.connection();
        Statement q(c, "SELECT replacement FROM pseudonym_uids WHERE original = ?1");
        q.bind(1, uid);
        if (q.step()) return q.text(0);
        const QString made = uuidUid();
        Statement add(c,
                      "INSERT INTO pseudonym_uids(original, replacement, created_ms) "
                      "VALUES (?1, ?2, ?3)");
        add.bind(1, uid).bind(2, made).bind(3, QDateTime::currentMSecsSinceEpoch());
        add.run();
        return made;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<QString>> PseudonymStore::original(const QString& replacementUid) {
    try {
        Statement q(cache_.connection(),
                    "SELECT original FROM pseudonym_uids WHERE replacement = ?1");
        q.bind(1, replacementUid);
        if (!q.step()) return std::optional<QString>{};
        return std::optional<QString>{q.text(0)};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<std::pair<QString, QString>>> PseudonymStore::patientOf(
    const QString& pseudoId) {
    try {
        Statement q(cache_.connection(),
                    "SELECT patient_key FROM pseudonym_patients WHERE pseudo_id = ?1");
        q.bind(1, pseudoId);
        if (!q.step()) return std::optional<std::pair<QString, QString>>{};
        const QString key = q.text(0);
        const int at = int(key.indexOf(kSeparator));
        return std::optional<std::pair<QString, QString>>{
            std::make_pair(key.left(at), key.mid(at + 1))};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
