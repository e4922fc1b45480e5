#include "cli/cli_output.h"

#include <QFileInfo>

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace dicomnet::cli {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString& message) {
    err() << "dicomnet: " << message << "\n"
          << QObject::tr("Run 'dicomnet --help' for usage.") << "\n";
    err().flush();
    return kExitUsage;
}

QByteArray pictureFormat(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return "PNG";
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) return "JPEG";
    return {};
}

int failure(const QString& message) {
    err() << "dicomnet: " << message << "\n";
    err().flush();
    return kExitFailure;
}

void printTable(const QStringList& header, const std::vector<QStringList>& rows) {
    std::vector<int> widths(size_t(header.size()), 0);
    auto measure = [&](const QStringList& r) {
        for (int c = 0; c < r.size() && c < header.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], int(r[c].size()));
    };
    measure(header);
    for (const QStringList& r : rows) measure(r);
    auto print = [&](const QStringList& r) {
        QString line;
        for (int c = 0; c < r.size(); ++c) {
            line += c + 1 < r.size() ? r[c].leftJustified(widths[size_t(c)] + 2) : r[c];
        }
        out() << line.trimmed() << "\n";
    };
    print(header);
    for (const QStringList& r : rows) print(r);
    out().flush();
}

void printJson(const QJsonArray& array) {
    out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out().flush();
}

void printJson(const QJsonObject& object) {
    out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    out().flush();
}

}  // namespace dicomnet::cli
