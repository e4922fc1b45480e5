#include "sqlite.h"

#include <QObject>

#include <sqlite3.h>

#include <unistd.h>

namespace dicomnet::db {

namespace {

// SQLite's own busy handler sleeps at least a millisecond, then 2, 5, 10…: longer than a whole
// index transaction here, so writers that meet (the listener's associations) would wait for
// sleep, not for each other. This one waits 50 µs, doubling up to 2 ms, 30 s in all.
int busyWait(void*, int attempt) {
    constexpr long long kLimitUs = 30'000'000;
    const auto delay = [](int i) { return i >= 6 ? 2000LL : 50LL << i; };
    long long waited = 0;
    for (int i = 0; i < attempt && waited < kLimitUs; ++i) waited += delay(i);
    if (waited >= kLimitUs) return 0;
    ::usleep(useconds_t(delay(attempt)));
    return 1;
}

}  // namespace

Error indexError(const SqliteError& e) {
    return Error{QObject::tr("cannot use the index: %1").arg(QString::fromUtf8(e.what()))};
}

bool SqliteError::busy() const {
    return (code_ & 0xff) == SQLITE_BUSY || (code_ & 0xff) == SQLITE_LOCKED;
}

Connection::Connection(const QString& path, bool create) {
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db_ ? QString::fromUtf8(sqlite3_errmsg(db_)) : QString();
        sqlite3_close(db_);
        db_ = nullptr;
        throw SqliteError(QStringLiteral("cannot open %1: %2").arg(path, msg), rc);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_handler(db_, busyWait, nullptr);
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
}

Connection::~Connection() { sqlite3_close_v2(db_); }

void Connection::fail(const char* what, int code) const {
    throw SqliteError(QStringLiteral("%1: %2").arg(QString::fromUtf8(what),
                                                   QString::fromUtf8(sqlite3_errmsg(db_))),
                      code);
}

void Connection::exec(const char* sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw SqliteError(msg, rc);
    }
}

void Connection::setDurableCommits(bool full) {
    if (full == durable_) return;
    exec(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    durable_ = full;
}

Statement Connection::prepare(const char* sql) { return Statement(*this, sql); }
int64_t Connection::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int Connection::changes() const { return sqlite3_changes(db_); }

int Connection::userVersion() {
    Statement s(*this, "PRAGMA user_version");
    return s.step() ? int(s.integer(0)) : 0;
}

Statement::Statement(Connection& connection, const char* sql) : connection_(&connection) {
    const int rc = sqlite3_prepare_v2(connection.handle(), sql, -1, &stmt_, nullptr);
    if (rc != SQLITE_OK) connection.fail(sql, rc);
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : connection_(other.connection_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(stmt_, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) connection_->fail("bind", rc);
    return *this;
}

Statement& Statement::bind(int index, long long value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) connection_->fail("bind", rc);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK) connection_->fail("bind", rc);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value) {
    const int rc = sqlite3_bind_blob64(stmt_, index, value.constData(),
                                       sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) connection_->fail("bind", rc);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    connection_->fail(sqlite3_sql(stmt_), rc);
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

QString Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt_, column)) : QString();
}

QByteArray Statement::blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return p ? QByteArray(p, sqlite3_column_bytes(stmt_, column)) : QByteArray();
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
int Statement::columnCount() const { return sqlite3_column_count(stmt_); }
bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Transaction::Transaction(Connection& connection) : connection_(connection) {
    connection_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (done_) return;
    try {
        connection_.exec("ROLLBACK");
    } catch (const SqliteError&) {
        // Nothing more can be done: SQLite rolls back by itself when the connection closes.
    }
}

void Transaction::commit() {
    connection_.exec("COMMIT");
    done_ = true;
}

}  // namespace dicomnet::db
