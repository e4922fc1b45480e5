// Numbered schema migrations for index.sqlite (db/migrations/NNN_name.sql, compiled in as
// resources). Each runs in its own transaction and sets PRAGMA user_version with it. An index
// written by a newer dicomnet is refused and left untouched.
#pragma once

#include "core/result.h"

namespace dicomnet::db {

class Connection;

class Migrations {
public:
    static int latestVersion();
    // Brings the index up to latestVersion(); fails without writing if it is newer.
    static Status apply(Connection& connection);
};

}  // namespace dicomnet::db
