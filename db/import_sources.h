// What an import was pointed at, spelled out as a list of things to read: plain files (found
// recursively in folders) and entries of .zip archives (through libzip). DICOMDIRs are read as
// files too; the importer follows their records.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

struct zip;

namespace dicomnet::db {

struct ImportItem {
    QString path;       // the file, or the archive holding the entry
    int zipEntry = -1;  // index inside the archive, or -1 for a plain file
    QString entryName;  // name inside the archive
    QString displayName() const;
};

class ImportSources {
public:
    // Expands files, folders and archives; unreadable paths go to `problems` ("path: reason").
    static std::vector<ImportItem> expand(const QStringList& paths, QStringList& problems);
    static bool isZipArchive(const QString& path);
};

// Reads items' bytes, keeping the last archive open between its entries.
class ImportItemReader {
public:
    ImportItemReader();
    ~ImportItemReader();
    ImportItemReader(const ImportItemReader&) = delete;
    ImportItemReader& operator=(const ImportItemReader&) = delete;
    // False with `error` set when the item cannot be read.
    bool read(const ImportItem& item, QByteArray& bytes, QString& error);

private:
    QString zipPath_;
    zip* zip_ = nullptr;
};

}  // namespace dicomnet::db
