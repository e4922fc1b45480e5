// Settings of the site kept in the index, shared by the window and the command line.
#pragma once

#include "core/result.h"

#include <QString>

namespace dicomnet::db {

class Cache;

class SiteSettings {
public:
    explicit SiteSettings(Cache& cache) : cache_(cache) {}
    Result<QString> value(const QString& key);  // "" when not set
    Status set(const QString& key, const QString& value);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
