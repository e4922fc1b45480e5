#include "workflow/portal_statistics.h"

#include "workflow/peers.h"
#include "workflow/remote.h"

#include <QDate>
#include <QObject>
#include <QSet>

#include <map>

namespace dicomnet::workflow {

namespace {

constexpr int kPage = 1000;  // matches per QIDO-RS request

QString valueOf(const QueryMatch& m, const char* keyword) {
    for (const auto& [k, v] : m)
        if (k == QLatin1String(keyword)) return v;
    return {};
}

}  // namespace

Result<StatsReport> portalStatistics(const QString& dataDir, const QString& portal,
                                     const StatsFilter& filter, StatsPeriod period) {
    auto peer = RemotePeer::open(dataDir, portal, ownAeTitle(dataDir));
    if (!peer) return Error{peer.error()};
    if (!peer.value()) return Error{QObject::tr("no peer named \"%1\"").arg(portal)};
    if (!peer.value()->portal())
        return Error{
            QObject::tr("%1 is not a DICOMweb portal (peers add %1 --dicomweb URL)").arg(portal)};
    const QDate today = QDate::currentDate();
    const QDate to =
        filter.to.isEmpty() ? today : QDate::fromString(filter.to, QStringLiteral("yyyyMMdd"));
    const QDate from = filter.from.isEmpty()
                           ? QDate(to.year(), to.month(), 1).addMonths(-11)
                           : QDate::fromString(filter.from, QStringLiteral("yyyyMMdd"));
    if (!from.isValid() || !to.isValid() || from > to)
        return Error{QObject::tr("the range of dates is empty")};

    std::map<std::pair<QString, QString>, StatsRow> folded;
    QSet<QString> seen;  // a study a page shift shows twice counts once
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate first = std::max(month, from);
        const QDate last = std::min(month.addMonths(1).addDays(-1), to);
        const QString range = first.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') +
                              last.toString(QStringLiteral("yyyyMMdd"));
        for (int offset = 0;; offset += kPage) {
            auto page =
                peer.value()->find(QStringLiteral("STUDY"),
                                   {{QStringLiteral("StudyDate"), range},
                                    {QStringLiteral("StudyInstanceUID"), QString()},
                                    {QStringLiteral("ModalitiesInStudy"), QString()},
                                    {QStringLiteral("NumberOfStudyRelatedInstances"), QString()}},
                                   kPage, offset);
            if (!page) return Error{page.error()};
            for (const QueryMatch& m : page.value()) {
                const QString uid = valueOf(m, "StudyInstanceUID");
                if (!uid.isEmpty() && seen.contains(uid)) continue;
                seen.insert(uid);
                const QString p = db::periodOf(valueOf(m, "StudyDate"), period);
                const QString modality = db::primaryModality(valueOf(m, "ModalitiesInStudy"));
                StatsRow& row = folded[{p, modality}];
                row.period = p;
                row.modality = modality;
                ++row.studies;
                row.images += std::max(0, valueOf(m, "NumberOfStudyRelatedInstances").toInt());
            }
            if (int(page->size()) < kPage) break;
        }
    }
    StatsReport report;
    for (auto& [key, row] : folded) {
        report.studies += row.studies;
        report.images += row.images;
        report.volume.push_back(row);
    }
    return report;
}

}  // namespace dicomnet::workflow
