// The role table, every role against every permission, written out here a second time so that
// a change to the table must be a change to this test too.
#include "workflow/access.h"
#include "workflow/users.h"

#include <QtTest>

#include <map>
#include <set>

using namespace dicomnet::workflow;
using P = Permission;

class TestAccess : public QObject {
    Q_OBJECT

private slots:
    void everyRoleAgainstEveryPermission() {
        const std::map<QString, std::set<P>> expected = {
            {"technician",
             {P::ListStudies, P::Import, P::Receive, P::Send, P::RequestConsultation}},
            {"radiologist",
             {P::ListStudies, P::ReadImages, P::Import, P::Receive, P::Send, P::RequestConsultation,
              P::WriteConsultation, P::SignConsultation, P::AmendConsultation, P::Export,
              P::Anonymize, P::QueryRetrieve}},
            {"consultant",
             {P::ListStudies, P::ReadImages, P::WriteConsultation, P::SignConsultation,
              P::AmendConsultation}},
            {"administrator",
             {P::ManageUsers, P::ManagePeers, P::ManageRules, P::ManageCertificates, P::ReadAudit,
              P::MaintainCache}},
        };
        QCOMPARE(int(expected.size()), int(roleNames().size()));
        int checked = 0;
        for (const auto& [role, may] : expected)
            for (P p : allPermissions()) {
                const bool want = may.count(p) > 0;
                QVERIFY2(roleMay(role, p) == want,
                         qPrintable(role + QStringLiteral(": ") + permissionText(p)));
                QCOMPARE(bool(allowed(QStringLiteral("x"), role, p)), want);
                ++checked;
            }
        QCOMPARE(checked, 4 * 18);
        for (P p : allPermissions()) {
            QVERIFY2(!permissionText(p).isEmpty(), "every permission has a text");
            QVERIFY2(!rolesFor(p).isEmpty(), "every permission is someone's");
            QVERIFY(!roleMay(QStringLiteral("janitor"), p));
            QVERIFY(!roleMay(QString(), p));
        }
    }

    void aRefusalSaysWhoMay() {
        const dicomnet::Status s =
            allowed(QStringLiteral("tom"), QStringLiteral("technician"), P::SignConsultation);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("tom (technician) may not sign a consultation")),
                 qPrintable(s.error()));
        QVERIFY(s.error().contains(QLatin1String("radiologist or consultant")));
        // The administrator manages, but does not read.
        QVERIFY(!allowed(QStringLiteral("boss"), QStringLiteral("administrator"), P::ReadImages));
        QVERIFY(allowed(QStringLiteral("boss"), QStringLiteral("administrator"), P::ManageUsers));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "test_access.moc"
