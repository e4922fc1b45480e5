// Result of an operation that can fail in an expected way (bad file, refused index, full disk):
// either a value or a message a user can act on. Exceptions never cross a module's public API.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace dicomnet {

struct Error {
    QString message;
};

template <typename T>
class Result {
public:
    Result(T value) : value_(std::move(value)) {}              // NOLINT: implicit by design
    Result(Error error) : error_(std::move(error.message)) {}  // NOLINT

    bool ok() const { return value_.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *value_; }
    T& value() & { return *value_; }
    T value() && { return std::move(*value_); }  // by value: safe on a temporary
    const T* operator->() const { return &*value_; }
    T* operator->() { return &*value_; }
    const QString& error() const { return error_; }

private:
    std::optional<T> value_;
    QString error_;
};

// For operations with nothing to return but success.
class Status {
public:
    Status() = default;
    Status(Error error) : error_(std::move(error.message)), failed_(true) {}  // NOLINT
    bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return error_; }

private:
    QString error_;
    bool failed_ = false;
};

}  // namespace dicomnet
