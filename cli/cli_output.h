// Terminal output shared by the subcommands: stdout/stderr streams, usage and failure exits,
// aligned tables and JSON.
#pragma once

#include "workflow/global_options.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace dicomnet::cli {

QTextStream& out();
QTextStream& err();

using workflow::kExitFailure;
using workflow::kExitOk;
using workflow::kExitUsage;

// Prints "dicomnet: MESSAGE" and the usage hint; returns kExitUsage.
int usageError(const QString& message);
// Prints "dicomnet: MESSAGE"; returns kExitFailure.
int failure(const QString& message);

// The picture format a file's extension names (PNG, JPEG); empty for one we do not write.
QByteArray pictureFormat(const QString& path);

void printTable(const QStringList& header, const std::vector<QStringList>& rows);
void printJson(const QJsonArray& array);
void printJson(const QJsonObject& object);

}  // namespace dicomnet::cli
