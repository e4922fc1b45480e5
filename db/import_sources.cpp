#include "import_sources.h"

#include <zip.h>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <algorithm>
#include <limits>
#include <memory>

namespace dicomnet::db {

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;

QString zipErrorText(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

ZipHandle openZip(const QString& path, QString& error) {
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z) error = zipErrorText(code);
    return ZipHandle(z);
}

void expandZip(const QString& path, std::vector<ImportItem>& items, QStringList& problems) {
    QString error;
    ZipHandle zip = openZip(path, error);
    if (!zip) {
        problems.append(
            QStringLiteral("%1: %2").arg(path, QObject::tr("damaged zip archive (%1)").arg(error)));
        return;
    }
    const zip_int64_t n = zip_get_num_entries(zip.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(zip.get(), zip_uint64_t(i), 0);
        if (!name) continue;
        const QString entry = QString::fromUtf8(name);
        if (entry.endsWith(QLatin1Char('/'))) continue;  // a folder
        items.push_back({path, int(i), entry});
    }
}

void expandFile(const QString& path, std::vector<ImportItem>& items, QStringList& problems) {
    if (ImportSources::isZipArchive(path))
        expandZip(path, items, problems);
    else
        items.push_back({path, -1, {}});
}

}  // namespace

QString ImportItem::displayName() const {
    return zipEntry < 0 ? path : path + QLatin1Char(':') + entryName;
}

bool ImportSources::isZipArchive(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray magic = f.read(4);
    return magic == QByteArray("PK\x03\x04", 4) || magic == QByteArray("PK\x05\x06", 4);
}

std::vector<ImportItem> ImportSources::expand(const QStringList& paths, QStringList& problems) {
    std::vector<ImportItem> items;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            problems.append(QStringLiteral("%1: %2").arg(p, QObject::tr("no such file or folder")));
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(p, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) files.append(it.next());
            std::sort(files.begin(), files.end());  // a stable, predictable order
            for (const QString& f : files) expandFile(f, items, problems);
        } else if (!info.isReadable()) {
            problems.append(QStringLiteral("%1: %2").arg(p, QObject::tr("permission denied")));
        } else {
            expandFile(info.filePath(), items, problems);
        }
    }
    return items;
}

ImportItemReader::ImportItemReader() = default;
ImportItemReader::~ImportItemReader() {
    if (zip_) zip_discard(zip_);
}

bool ImportItemReader::read(const ImportItem& item, QByteArray& bytes, QString& error) {
    if (item.zipEntry < 0) {
        QFile f(item.path);
        if (!f.open(QIODevice::ReadOnly)) {
            error = f.errorString();
            return false;
        }
        bytes = f.readAll();
        if (f.error() != QFileDevice::NoError) {
            error = f.errorString();
            return false;
        }
        return true;
    }
    if (!zip_ || zipPath_ != item.path) {
        if (zip_) zip_discard(zip_);
        zip_ = openZip(item.path, error).release();
        zipPath_ = item.path;
        if (!zip_) return false;
    }
    zip_t* z = zip_;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, zip_uint64_t(item.zipEntry), 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE)) {
        error = QString::fromUtf8(zip_strerror(z));
        return false;
    }
    if (st.size > zip_uint64_t(std::numeric_limits<int>::max() - 1)) {
        error = QObject::tr("entry too large");
        return false;
    }
    zip_file_t* file = zip_fopen_index(z, zip_uint64_t(item.zipEntry), 0);
    if (!file) {
        error = QString::fromUtf8(zip_strerror(z));
        return false;
    }
    bytes.resize(int(st.size));
    const zip_int64_t n = zip_fread(file, bytes.data(), st.size);
    const bool ok = n == zip_int64_t(st.size);
    if (!ok)
        error = QObject::tr("damaged entry: %1").arg(QString::fromUtf8(zip_file_strerror(file)));
    zip_fclose(file);
    return ok;
}

}  // namespace dicomnet::db
