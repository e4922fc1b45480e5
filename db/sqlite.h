// A thin RAII layer over the SQLite C API: one connection per thread, prepared statements,
// and transactions that roll back unless committed. Errors throw SqliteError inside db/;
// the module's public API turns them into Result/Status messages.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace dicomnet::db {

class SqliteError : public std::runtime_error {
public:
    SqliteError(const QString& what, int code)
        : std::runtime_error(what.toStdString()), code_(code) {}
    int code() const { return code_; }
    bool busy() const;

private:
    int code_;
};

// What a failed statement tells the user: "cannot use the index: …".
Error indexError(const SqliteError& e);

class Statement;

class Connection {
public:
    // Opens (creating if asked) the database file; WAL, synchronous=FULL, foreign keys on.
    Connection(const QString& path, bool create);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void exec(const char* sql);
    Statement prepare(const char* sql);
    int64_t lastInsertId() const;
    int changes() const;
    int userVersion();
    // synchronous=FULL makes each commit durable; NORMAL (WAL) leaves the last commits to be
    // flushed by a later FULL commit or checkpoint.
    void setDurableCommits(bool full);
    sqlite3* handle() const { return db_; }
    [[noreturn]] void fail(const char* what, int code) const;

private:
    sqlite3* db_ = nullptr;
    bool durable_ = true;
};

class Statement {
public:
    Statement(Connection& connection, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, long long value);
    Statement& bind(int index, long value) { return bind(index, static_cast<long long>(value)); }
    Statement& bind(int index, int value) { return bind(index, static_cast<long long>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const QByteArray& value);
    // Steps once: true while a row is available.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    int64_t integer(int column) const;
    double real(int column) const;
    int columnCount() const;
    bool isNull(int column) const;

private:
    Connection* connection_;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

}  // namespace dicomnet::db
