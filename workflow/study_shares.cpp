#include "workflow/study_shares.h"

#include "workflow/audit.h"
#include "workflow/consult_actions.h"
#include "workflow/session.h"

#include "consult/consultation_catalog.h"
#include "consult/consultation_state.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/user_directory.h"

#include <QObject>
#include <QSet>

namespace dicomnet::workflow {

namespace {

bool limited(const Session& s) { return !s.open && s.user.role == QLatin1String("consultant"); }

bool isFor(const QString& named, const User& user) {
    return !named.isEmpty() && (consult::samePerson(named, user.fullName) || named == user.login);
}

}  // namespace

Status shareStudy(const QString& dataDir, const QString& studyUid, const QString& login) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::StudyFilter only;
    only.studyUids = {studyUid};
    auto rows = db::CacheQueries(*cache.value()).studies(only);
    if (!rows) return Error{rows.error()};
    if (rows->empty()) return Error{QObject::tr("%1 is not a study in the cache").arg(studyUid)};
    db::UserDirectory users(*cache.value());
    auto user = users.find(login);
    if (!user) return Error{user.error()};
    if (!user.value()) return Error{QObject::tr("no user %1").arg(login)};
    const Status shared = users.share(studyUid, login, currentActor());
    return audited(dataDir,
                   {QStringLiteral("study-shared"),
                    {},
                    rows->front().patientId,
                    {studyUid},
                    QStringLiteral("with %1").arg(login)},
                   shared);
}

Result<std::optional<QStringList>> readableStudies(const QString& dataDir) {
    const Session session = currentSession();
    if (!limited(session)) return std::optional<QStringList>{};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto shared = db::UserDirectory(*cache.value()).sharedWith(session.user.login);
    if (!shared) return Error{shared.error()};
    QStringList studies = shared.value();
    // Requests addressed to them (not answered yet), and what they wrote themselves.
    auto catalog = consult::consultationsInCache(*cache.value());
    if (!catalog) return Error{catalog.error()};
    for (const auto& [study, c] : catalog->studies) {
        bool theirs = false;
        for (const consult::ConsultationSummary& r : c.requests)
            theirs = theirs || isFor(r.requestedFrom, session.user);
        for (const consult::ConsultationSummary& d : c.current)
            theirs = theirs || isFor(d.author, session.user);
        if (theirs && !studies.contains(study)) studies << study;
    }
    return std::optional<QStringList>{studies};
}

Status mayOpen(const QString& dataDir, const QString& uid) {
    auto readable = readableStudies(dataDir);
    if (!readable) return Error{readable.error()};
    if (!readable.value()) return {};
    QString study = uid;
    if (!readable.value()->contains(uid)) {
        auto cache = db::Cache::open(dataDir);
        if (!cache) return Error{cache.error()};
        auto of = db::CacheQueries(*cache.value()).studyOf(uid);
        if (of && !of.value().isEmpty()) study = of.value();
    }
    if (readable.value()->contains(study)) return {};
    const Session s = currentSession();
    const QString why = QObject::tr("%1 (%2) may not open %3: it is not shared with them")
                            .arg(s.user.login, s.user.role, uid);
    recordAudit(dataDir, {QStringLiteral("refused"), why, {}, {study}, QStringLiteral("open")});
    return Error{why};
}

}  // namespace dicomnet::workflow
