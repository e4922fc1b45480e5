// The department's portal (`dicomnet portal init` and `portal join`): this workstation writes
// a complete configuration for Orthanc on PostgreSQL behind nginx — certificates from the site
// CA, one DICOMweb account per workstation, the workstations' AE titles — and a folder per
// workstation with what it needs to join; a workstation joins by reading that folder.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::workflow {

struct PortalWorkstation {
    QString name;     // its account and certificate name: letters, digits, '-', '_'
    QString aeTitle;  // what it calls the portal with
    QString host = QStringLiteral("localhost");  // where the portal's C-MOVE reaches it
    int port = 11112;
};

struct PortalPlan {
    QString folder;  // where the portal's files go (absolute; created, must be empty)
    QString host;    // the portal machine's name, as workstations reach it (in its certificate)
    QString name = QStringLiteral("dept");         // the peer name workstations give it
    QString aeTitle = QStringLiteral("DEPT");      // its DICOM AE title
    int dicomPort = 4242, httpsPort = 8443, httpPort = 8042, postgresPort = 5432;
    std::vector<PortalWorkstation> workstations;
};

// "NAME=AE[@HOST[:PORT]]" as given to --workstation; an error names what is wrong.
Result<PortalWorkstation> parsePortalWorkstation(const QString& text);

// Writes the portal's folder from the data directory's site CA (certs init): config/, nginx.conf,
// tls/, portal.sh, dicomnet-portal.service, README.txt and join/NAME/ per workstation. Refuses
// a folder that is not empty. Secrets (keys, passwords) are written 0600.
Status initPortal(const QString& dataDir, const PortalPlan& plan);

struct JoinedPortal {
    QString dicomwebPeer, dicomPeer;  // the peers added
    QString aeTitle;                  // this workstation's AE title now
    QString url;
};
// Joins the portal described by `joinFolder` (made by initPortal): the site certificates into
// this data directory (refused when it has another site CA), the portal's password kept here
// (0600), peers NAME (DICOMweb over HTTPS) and NAME-dicom (DICOM TLS), our AE title set.
Result<JoinedPortal> joinPortal(const QString& dataDir, const QString& joinFolder);

}  // namespace dicomnet::workflow
