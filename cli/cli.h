// The headless command line: `dicomnet [--data-dir DIR] SUBCOMMAND ...`. Each subcommand prints
// to the terminal and returns the process exit code (0 success, 1 failure, 2 usage error).
#pragma once

#include "workflow/access.h"
#include "workflow/global_options.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dicomnet::cli {

using workflow::GlobalOptions;

// Splits global options from the subcommand; false (and a message) on a usage error.
bool parseGlobalOptions(const QStringList& argv, GlobalOptions& out, QString& error);

int runSubcommand(const GlobalOptions& options);
// When the data directory has users: signs --user in and checks the subcommand's permission;
// 0 to go on, else the exit code (the reason printed). See cli_access.cpp.
int admit(const GlobalOptions& options);
QString usageText();
// The permission a subcommand needs (none for help, version and unknown ones).
std::optional<workflow::Permission> permissionFor(const GlobalOptions& options);

// Subcommands, one file each.
int runImport(const GlobalOptions& options);
int runList(const GlobalOptions& options);
int runHistory(const GlobalOptions& options);
int runCheck(const GlobalOptions& options);
int runListen(const GlobalOptions& options);
int runPeers(const GlobalOptions& options);
int runEcho(const GlobalOptions& options);
int runSend(const GlobalOptions& options);
int runJobs(const GlobalOptions& options);
int runSync(const GlobalOptions& options);
int runRules(const GlobalOptions& options);
int runCerts(const GlobalOptions& options);
int runFind(const GlobalOptions& options);
int runRetrieve(const GlobalOptions& options);
int runRender(const GlobalOptions& options);
// In libdicomnet_compare.so (ITK), run through app/module_loader.
int runCompare(const GlobalOptions& options);
int runConsult(const GlobalOptions& options);
int runExport(const GlobalOptions& options);
int runAnonymize(const GlobalOptions& options);
int runDemo(const GlobalOptions& options);
int runUsers(const GlobalOptions& options);
int runAudit(const GlobalOptions& options);
int runSession(const GlobalOptions& options);
int runShare(const GlobalOptions& options);
int runStats(const GlobalOptions& options);
int runPortal(const GlobalOptions& options);
int runFeatures(const GlobalOptions& options);
int runSimilar(const GlobalOptions& options);
int runSuggest(const GlobalOptions& options);
int runWorklist(const GlobalOptions& options);
int runCache(const GlobalOptions& options);

}  // namespace dicomnet::cli
