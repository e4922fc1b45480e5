#include "migrations.h"

#include "sqlite.h"

#include <QDir>
#include <QFile>
#include <QObject>

namespace dicomnet::db {

namespace {

// Sorted by their number prefix.
QStringList migrationFiles() {
    QStringList files = QDir(QStringLiteral(":/db/migrations"))
                            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& f : files) f.prepend(QStringLiteral(":/db/migrations/"));
    return files;
}

}  // namespace

int Migrations::latestVersion() { return int(migrationFiles().size()); }

Status Migrations::apply(Connection& connection) {
    const QStringList files = migrationFiles();
    const int latest = int(files.size());
    try {
        const int current = connection.userVersion();
        if (current > latest)
            return Error{QObject::tr("the index was written by a newer dicomnet (schema version "
                                     "%1; this program knows up to %2); it has not been touched")
                             .arg(current)
                             .arg(latest)};
        for (int v = current; v < latest; ++v) {
            QFile f(files[v]);
            if (!f.open(QIODevice::ReadOnly))
                return Error{QObject::tr("migration %1 is missing from the program").arg(files[v])};
            const QByteArray sql = f.readAll();
            Transaction tx(connection);
            // Re-check under the write lock: another process may have migrated meanwhile.
            if (connection.userVersion() != v) continue;
            connection.exec(sql.constData());
            connection.exec(
                QByteArray("PRAGMA user_version=" + QByteArray::number(v + 1)).constData());
            tx.commit();
        }
    } catch (const SqliteError& e) {
        return Error{QObject::tr("cannot upgrade the index: %1").arg(QString::fromUtf8(e.what()))};
    }
    return {};
}

}  // namespace dicomnet::db
