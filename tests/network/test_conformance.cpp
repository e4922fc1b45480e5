// The conformance statement (docs/conformance_statement.md) against the program: its generated
// tables must be what network/conformance.cpp makes from the lists the listener and client
// negotiate with; a running listener must accept every context the statement lists, in the
// syntax listed, and refuse services and syntaxes it does not list; and the client, calling a
// peer that records what it is offered, must propose what the SCU tables say.
// DICOMNET_UPDATE_CONFORMANCE=1 rewrites the tables instead (scripts/update_conformance.sh).
#include "dicom_peers.h"
#include "network/conformance.h"
#include "network/dicom_client.h"
#include "network/dicom_listener.h"
#include "network/network_setup.h"
#include "test_data.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace dicomnet;
using dicomnet::test::freePort;

namespace {

const QString kBegin = QStringLiteral("<!-- generated tables: begin -->\n");
const QString kEnd = QStringLiteral("<!-- generated tables: end -->");

struct Proposal {
    QString sopClass, syntax;
};
struct Answer {
    bool accepted = false;
    QString syntax;
};

// One association proposing each (class, syntax) in a context of its own; the answers in order.
// Empty when the association itself failed (with `why`).
std::vector<Answer> negotiate(int port, const std::vector<Proposal>& proposals, QString& why) {
    T_ASC_Network* net = nullptr;
    T_ASC_Parameters* params = nullptr;
    T_ASC_Association* assoc = nullptr;
    std::vector<Answer> answers;
    if (ASC_initializeNetwork(NET_REQUESTOR, 0, 10, &net).bad()) {
        why = "no network";
        return answers;
    }
    ASC_createAssociationParameters(&params, ASC_DEFAULTMAXPDU);
    ASC_setAPTitles(params, "CONFTEST", "DICOMNET", nullptr);
    const QByteArray peer = QByteArray("127.0.0.1:") + QByteArray::number(port);
    ASC_setPresentationAddresses(params, "localhost", peer.constData());
    for (size_t i = 0; i < proposals.size(); ++i) {
        const QByteArray ts = proposals[i].syntax.toLatin1();
        const char* list[] = {ts.constData()};
        ASC_addPresentationContext(params, T_ASC_PresentationContextID(2 * i + 1),
                                   proposals[i].sopClass.toLatin1().constData(), list, 1);
    }
    const OFCondition cond = ASC_requestAssociation(net, params, &assoc);
    if (cond.good()) {
        for (size_t i = 0; i < proposals.size(); ++i) {
            T_ASC_PresentationContext pc;
            Answer a;
            for (int k = 0; k < ASC_countPresentationContexts(assoc->params); ++k)
                if (ASC_getPresentationContext(assoc->params, k, &pc).good() &&
                    pc.presentationContextID == 2 * i + 1) {
                    a.accepted = pc.resultReason == ASC_P_ACCEPTANCE;
                    a.syntax = QString::fromLatin1(pc.acceptedTransferSyntax);
                }
            answers.push_back(a);
        }
        ASC_releaseAssociation(assoc);
    } else {
        why = QString::fromLatin1(cond.text());
    }
    if (assoc)
        ASC_destroyAssociation(&assoc);
    else
        ASC_destroyAssociationParameters(&params);
    ASC_dropNetwork(&net);
    return answers;
}

// A peer that takes nothing: it records each association request's contexts and rejects it.
class RecordingPeer {
public:
    struct Context {
        QString sopClass;
        QStringList syntaxes;
        bool scpRole = false;  // the requester proposed the SCP role (C-GET's storage)
    };
    explicit RecordingPeer(int port) {
        thread_ = std::thread([this, port] {
            T_ASC_Network* net = nullptr;
            if (ASC_initializeNetwork(NET_ACCEPTOR, port, 10, &net).bad()) return;
            ready_ = true;
            while (!stop_) {
                if (!ASC_associationWaiting(net, 1)) continue;
                T_ASC_Association* a = nullptr;
                if (ASC_receiveAssociation(net, &a, ASC_DEFAULTMAXPDU, nullptr, nullptr, OFFalse,
                                           DUL_NOBLOCK, 10)
                        .good()) {
                    std::vector<Context> proposed;
                    for (int i = 0; i < ASC_countPresentationContexts(a->params); ++i) {
                        T_ASC_PresentationContext pc;
                        if (ASC_getPresentationContext(a->params, i, &pc).bad()) continue;
                        Context c{QString::fromLatin1(pc.abstractSyntax),
                                  {},
                                  pc.proposedRole == ASC_SC_ROLE_SCP};
                        for (int t = 0; t < pc.transferSyntaxCount; ++t)
                            c.syntaxes << QString::fromLatin1(pc.proposedTransferSyntaxes[t]);
                        proposed.push_back(c);
                    }
                    {
                        QMutexLocker lock(&mutex_);
                        associations_.push_back(proposed);
                    }
                    T_ASC_RejectParameters reject{ASC_RESULT_REJECTEDPERMANENT,
                                                  ASC_SOURCE_SERVICEUSER, ASC_REASON_SU_NOREASON};
                    ASC_rejectAssociation(a, &reject);
                }
                if (a) {
                    ASC_dropAssociation(a);
                    ASC_destroyAssociation(&a);
                }
            }
            ASC_dropNetwork(&net);
        });
        while (!ready_ && thread_.joinable()) std::this_thread::yield();
    }
    ~RecordingPeer() {
        stop_ = true;
        thread_.join();
    }
    size_t count() {
        QMutexLocker lock(&mutex_);
        return associations_.size();
    }
    std::vector<Context> association(size_t i) {
        QMutexLocker lock(&mutex_);
        return i < associations_.size() ? associations_[i] : std::vector<Context>{};
    }

private:
    std::thread thread_;
    std::atomic_bool ready_{false}, stop_{false};
    QMutex mutex_;
    std::vector<std::vector<Context>> associations_;
};

QString statementPath() {
    return QStringLiteral(DICOMNET_SOURCE_DIR "/docs/conformance_statement.md");
}

}  // namespace

class TestConformance : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<network::DicomListener> listener_;
    int port_ = 0;

    // Proposes in runs of 120 contexts (PS3.8 allows 128), with Verification first in each
    // so that the association stands even when everything else is refused.
    std::vector<Answer> ask(const std::vector<Proposal>& all) {
        std::vector<Answer> out;
        for (size_t start = 0; start < all.size(); start += 120) {
            std::vector<Proposal> run{
                {UID_VerificationSOPClass, UID_LittleEndianImplicitTransferSyntax}};
            run.insert(run.end(), all.begin() + long(start),
                       all.begin() + long(std::min(all.size(), start + 120)));
            QString why;
            std::vector<Answer> answers = negotiate(port_, run, why);
            if (answers.size() != run.size()) {
                qWarning("association failed: %s", qPrintable(why));
                return {};
            }
            out.insert(out.end(), answers.begin() + 1, answers.end());
        }
        return out;
    }

private slots:
    void initTestCase() {
        network::configureNetworking();
        port_ = freePort();
        network::ListenerSettings s;
        s.dataDir = tmp_.filePath("data");
        s.port = port_;
        listener_ = std::make_unique<network::DicomListener>(s);
        QVERIFY(listener_->start().ok());
    }
    void cleanupTestCase() { listener_->stop(); }

    void statement_ShouldHoldTheTablesTheProgramNegotiates() {
        QFile file(statementPath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(statementPath()));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const int begin = int(text.indexOf(kBegin));
        const int end = int(text.indexOf(kEnd));
        QVERIFY2(begin >= 0 && end > begin, "the statement lost its markers");
        const QString inFile = text.mid(begin + kBegin.size(), end - begin - kBegin.size());
        const QString made = network::conformanceTables();
        if (qEnvironmentVariableIntValue("DICOMNET_UPDATE_CONFORMANCE") == 1) {
            text.replace(begin + kBegin.size(), end - begin - kBegin.size(), made);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text.toUtf8());
            return;
        }
        if (inFile != made) {
            QFile expected(test::testOutputDir() + "/conformance_tables.md");
            if (expected.open(QIODevice::WriteOnly)) expected.write(made.toUtf8());
            QFAIL(qPrintable(QStringLiteral("docs/conformance_statement.md differs from what the "
                                            "program negotiates (see %1); "
                                            "scripts/update_conformance.sh rewrites it")
                                 .arg(expected.fileName())));
        }
        // The tables say something: the services, and more than a hundred storage classes.
        QVERIFY(made.contains(QLatin1String(UID_GETStudyRootQueryRetrieveInformationModel)));
        QVERIFY(network::storageScpClasses().size() > 100);
    }

    void listener_ShouldAcceptEveryListedContext_InTheListedSyntax() {
        std::vector<Proposal> all;
        for (const network::ConformanceRow& r : network::scpServices())
            for (const QString& ts : r.syntaxes) all.push_back({r.uid, ts});
        for (const QString& uid : network::storageScpClasses())
            for (const QString& ts : network::storageScpSyntaxes()) all.push_back({uid, ts});
        const std::vector<Answer> answers = ask(all);
        QCOMPARE(answers.size(), all.size());
        for (size_t i = 0; i < all.size(); ++i) {
            QVERIFY2(
                answers[i].accepted,
                qPrintable(QStringLiteral("refused %1 in %2").arg(all[i].sopClass, all[i].syntax)));
            QCOMPARE(answers[i].syntax, all[i].syntax);
        }
    }

    void client_ShouldProposeWhatTheScuTablesSay() {
        const int port = freePort();
        RecordingPeer peer(port);
        network::DicomClient client("CONFTEST", {"RECORDER", "127.0.0.1", port}, 5);
        // Each call is refused; what matters is what it proposed, one association each (the
        // C-GET asks what the series holds first, then retrieves).
        std::vector<RecordingPeer::Context> services;
        const auto call = [&](auto&& f, size_t associations) {
            const size_t before = peer.count();
            f();
            QCOMPARE(peer.count(), before + associations);
            for (const auto& c : peer.association(before + associations - 1))
                if (!c.scpRole) services.push_back(c);
        };
        call([&] { QVERIFY(!client.echo()); }, 1);
        call([&] { QVERIFY(!client.find("PATIENT", {{"PatientID", "X"}})); }, 1);
        call([&] { QVERIFY(!client.find("STUDY", {{"PatientID", "X"}})); }, 1);
        network::RetrieveTarget series{"1.2.3", "1.2.3.4", {}};
        call([&] { QVERIFY(!client.move(series, "ELSEWHERE")); }, 1);
        call([&] { QVERIFY(!client.get(series, tmp_.filePath("got"))); }, 2);
        // Verification, FIND, MOVE and GET as the table lists them, and nothing else.
        const std::vector<network::ConformanceRow> table = network::scuServices();
        QCOMPARE(services.size(), table.size());
        for (const network::ConformanceRow& row : table) {
            const auto found = std::find_if(services.begin(), services.end(),
                                            [&](const auto& c) { return c.sopClass == row.uid; });
            QVERIFY2(found != services.end(), qPrintable(row.name + " was not proposed"));
            QCOMPARE(found->syntaxes, row.syntaxes);
        }
        // C-GET's storage contexts in the SCP role, merged by class, as the table lists them.
        std::vector<network::ConformanceRow> proposed;
        for (const auto& c : peer.association(peer.count() - 1)) {
            if (!c.scpRole) continue;
            if (proposed.empty() || proposed.back().uid != c.sopClass)
                proposed.push_back({c.sopClass, {}, {}});
            proposed.back().syntaxes << c.syntaxes;
        }
        const std::vector<network::ConformanceRow> getTable = network::getStorageContexts();
        QCOMPARE(proposed.size(), getTable.size());
        for (size_t i = 0; i < proposed.size(); ++i) {
            QCOMPARE(proposed[i].uid, getTable[i].uid);
            QCOMPARE(proposed[i].syntaxes, getTable[i].syntaxes);
        }
    }

    void listener_ShouldRefuseWhatTheStatementDoesNotList() {
        const char* implicit = UID_LittleEndianImplicitTransferSyntax;
        std::vector<Proposal> unlisted{
            {UID_FINDModalityWorklistInformationModel, implicit},
            {UID_StorageCommitmentPushModelSOPClass, implicit},
            {UID_ModalityPerformedProcedureStepSOPClass, implicit},
            {UID_BasicGrayscalePrintManagementMetaSOPClass, implicit},
            {UID_RETIRED_FINDPatientStudyOnlyQueryRetrieveInformationModel, implicit},
            {QStringLiteral("1.2.3.4.5.6.7"), implicit},
            // Listed classes in syntaxes not listed.
            {UID_CTImageStorage, QStringLiteral("1.2.840.10008.1.2.4.201")},
            {UID_VerificationSOPClass, UID_JPEGProcess1TransferSyntax}};
        for (const QString& uid : network::storageScpClasses())
            QVERIFY(uid != QLatin1String(UID_StorageCommitmentPushModelSOPClass));
        const std::vector<Answer> answers = ask(unlisted);
        QCOMPARE(answers.size(), unlisted.size());
        for (size_t i = 0; i < unlisted.size(); ++i)
            QVERIFY2(
                !answers[i].accepted,
                qPrintable(QStringLiteral("accepted %1 in %2, which the statement does not list")
                               .arg(unlisted[i].sopClass, unlisted[i].syntax)));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "test_conformance.moc"
