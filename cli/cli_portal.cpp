// `dicomnet portal init DIR ...` writes the department portal's configuration (Orthanc on
// PostgreSQL behind nginx); `dicomnet portal join FOLDER` makes this workstation one of its
// workstations.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/portal_setup.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace dicomnet::cli {

namespace {

int portalInit(const GlobalOptions& options, const QCommandLineParser& parser,
               const QStringList& args) {
    const QString usage = QObject::tr(
        "portal init DIR --host NAME --workstation NAME=AE[@HOST[:PORT]]... [--name N] [--aet AE] "
        "[--dicom-port N] [--https-port N] [--http-port N] [--postgres-port N]");
    if (args.size() != 2 || !parser.isSet(QStringLiteral("host")) ||
        !parser.isSet(QStringLiteral("workstation")))
        return usageError(usage);
    workflow::PortalPlan plan;
    plan.folder = QFileInfo(args[1]).absoluteFilePath();
    plan.host = parser.value(QStringLiteral("host"));
    plan.name = parser.value(QStringLiteral("name"));
    plan.aeTitle = parser.value(QStringLiteral("aet"));
    const std::pair<const char*, int*> ports[] = {{"dicom-port", &plan.dicomPort},
                                                  {"https-port", &plan.httpsPort},
                                                  {"http-port", &plan.httpPort},
                                                  {"postgres-port", &plan.postgresPort}};
    for (const auto& [option, port] : ports) {
        bool ok = false;
        *port = parser.value(QLatin1String(option)).toInt(&ok);
        if (!ok) return usageError(QObject::tr("--%1 takes a port number").arg(option));
    }
    for (const QString& text : parser.values(QStringLiteral("workstation"))) {
        auto w = workflow::parsePortalWorkstation(text);
        if (!w) return usageError(w.error());
        plan.workstations.push_back(w.value());
    }
    if (Status s = workflow::initPortal(options.dataDir, plan); !s) return failure(s.error());
    out() << QObject::tr("the portal's configuration is in %1 (README.txt says what is where)")
                 .arg(plan.folder)
          << "\n"
          << QObject::tr("on the portal machine, as root: %1/portal.sh start").arg(plan.folder)
          << "\n";
    for (const workflow::PortalWorkstation& w : plan.workstations)
        out() << QObject::tr("for %1: copy %2/join/%1 there privately, then: dicomnet portal "
                             "join FOLDER")
                     .arg(w.name, plan.folder)
              << "\n";
    return kExitOk;
}

int portalJoin(const GlobalOptions& options, const QStringList& args) {
    if (args.size() != 2) return usageError(QObject::tr("portal join FOLDER"));
    auto joined = workflow::joinPortal(options.dataDir, args[1]);
    if (!joined) return failure(joined.error());
    out() << QObject::tr("joined the portal %1 as %2: peers %3 (DICOMweb, HTTPS) and %4 (DICOM "
                         "TLS)")
                 .arg(joined->url, joined->aeTitle, joined->dicomwebPeer, joined->dicomPeer)
          << "\n";
    return kExitOk;
}

}  // namespace

int runPortal(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("host"),
                      QObject::tr("the portal machine's name, as workstations reach it"),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("workstation"),
                      QObject::tr("a workstation: its name, the AE title it calls with, where the "
                                  "portal reaches it (repeat for each)"),
                      QStringLiteral("NAME=AE[@HOST[:PORT]]")});
    parser.addOption({QStringLiteral("name"),
                      QObject::tr("the peer name workstations give the portal (default dept)"),
                      QStringLiteral("N"), QStringLiteral("dept")});
    parser.addOption({QStringLiteral("aet"), QObject::tr("the portal's AE title (default DEPT)"),
                      QStringLiteral("AE"), QStringLiteral("DEPT")});
    parser.addOption({QStringLiteral("dicom-port"),
                      QObject::tr("DICOM TLS port (default 4242)"), QStringLiteral("N"),
                      QStringLiteral("4242")});
    parser.addOption({QStringLiteral("https-port"),
                      QObject::tr("DICOMweb HTTPS port (default 8443)"), QStringLiteral("N"),
                      QStringLiteral("8443")});
    parser.addOption({QStringLiteral("http-port"),
                      QObject::tr("Orthanc's own HTTP port, loopback only (default 8042)"),
                      QStringLiteral("N"), QStringLiteral("8042")});
    parser.addOption({QStringLiteral("postgres-port"),
                      QObject::tr("PostgreSQL's port, a local socket only (default 5432)"),
                      QStringLiteral("N"), QStringLiteral("5432")});
    if (!parser.parse(QStringList{QStringLiteral("portal")} + options.arguments))
        return usageError(parser.errorText());
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("init")) return portalInit(options, parser, args);
    if (args.value(0) == QLatin1String("join")) return portalJoin(options, args);
    return usageError(QObject::tr("portal needs init or join"));
}

}  // namespace dicomnet::cli
