#include "cli/cli.h"

#include "cli/cli_output.h"
#include "workflow/data_dir.h"

#include <QCoreApplication>

namespace dicomnet::cli {

QString usageText() {
    return QCoreApplication::translate(
        "cli",
        "Usage: dicomnet [--data-dir DIR] [--lang ro|ru|en] [--user LOGIN [--password-file F]]\n"
        "                [SUBCOMMAND ...]\n"
        "Without a subcommand the workstation window opens. --data-dir, --lang and\n"
        "--single-user may also follow the subcommand; SUBCOMMAND --help shows its lines.\n\n"
        "Subcommands:\n"
        "  import PATH...                   import files, folders, DICOMDIRs and .zip archives\n"
        "  ls patients|studies [--json]     list the cache\n"
        "  ls series STUDY_UID [--json]     list a study's series\n"
        "  ls instances SERIES_UID [--json] list a series' instances\n"
        "  history PATIENT_ID [--issuer X] [--json]\n"
        "                                   every study of a patient, oldest first\n"
        "  check                            verify the index against the stored files\n"
        "  cache status [--json] | cache quota SIZE|N%|off | cache keep DAYS\n"
        "                                   the room the cache takes, the disk, the quota\n"
        "  cache evict [--free SIZE] [--dry-run] | cache evict UID... [--force] [--dry-run]\n"
        "                                   least recently used studies out (held elsewhere)\n"
        "  cache pin|unpin UID | cache pins | cache fetch UID\n"
        "                                   keep a study here; bring an evicted one back\n"
        "  listen [--port N] [--aet AE] [--max-associations N] [--tls] [--known-peers-only]\n"
        "                                   receive studies (C-ECHO, C-STORE) until Ctrl-C\n"
        "  certs init --org NAME [--node NAME] | certs issue NAME [--out DIR]\n"
        "                                   the site CA and certificates for DICOM TLS\n"
        "  certs person \"FULL NAME\" [--out DIR]\n"
        "                                   a person's signing certificate (key encrypted)\n"
        "  users add LOGIN --name \"FAMILY^GIVEN\" --role ROLE [--cert FILE] [--password-file F]\n"
        "  users list [--json] | users disable|enable LOGIN | users passwd LOGIN [--password-file "
        "F]\n"
        "                                   the people who use this workstation, their roles\n"
        "  session start [--minutes N] | session end | session status\n"
        "                                   run commands without --user for a while (this "
        "machine)\n"
        "  share STUDY_UID --with LOGIN     let a consultant see and open a study\n"
        "  audit [--patient ID] [--user LOGIN] [--since YYYY-MM-DD] [--json] | audit verify\n"
        "                                   who did what to which data; verify: exit 3 if altered\n"
        "  audit seal                       sign the newest record with this node's key\n"
        "  audit ... --atna [--append FILE] as DICOM audit messages (PS3.15 A.5), one a line\n"
        "  audit forward [--to HOST:PORT [--ca FILE] | --off | --status]\n"
        "                                   to a syslog collector over TLS (RFC 5425)\n"
        "  peers add NAME --aet AE --host H --port P [--tls [--certificate FILE]] [--external]\n"
        "                                   [--compress]\n"
        "  peers add NAME --dicomweb URL [--user U --password-file F | --token-file F] [--ca F]\n"
        "  peers list [--json] | peers remove NAME\n"
        "  echo PEER                        C-ECHO a peer\n"
        "  send PEER UID... [--json] [--again] [--queue] [--wait SECONDS]\n"
        "                                   send studies, series or instances (a job: resumed\n"
        "                                   after a restart, nothing sent twice, checked after)\n"
        "  jobs [--json] | jobs show|retry|cancel ID\n"
        "  sync [--once]                    run the queued jobs\n"
        "  rules add [--from-ae AE] [--modality MOD] --to PEER | rules list | rules remove ID\n"
        "                                   forward what arrives, by itself\n"
        "  find PEER [--patient-id X] [--patient-name X] [--modality X] [--date FROM-TO] [--json]\n"
        "  find PEER --study UID [--series UID] [--json]\n"
        "                                   query a peer (C-FIND), down to series and instances\n"
        "  retrieve PEER UID [--level STUDY|SERIES|IMAGE] [--study UID] [--series UID] [--move]\n"
        "                                   fetch from a peer (C-GET, else C-MOVE to here)\n"
        "  render UID_OR_FILE --out FILE.png|FILE.jpg [--frame N] [--slice N]\n"
        "         [--window CENTER,WIDTH] [--plain]\n"
        "                                   one image as the viewer shows it, identified\n"
        "  compare CURRENT PRIOR [--out DIFF.png|DIFF.jpg] [--plain] [--json] [--again]\n"
        "                                   align a prior film onto the current one, show changes\n"
        "  view UID [--layout 1x1|1x2|2x1|2x2] [--mpr] [--screenshot FILE]\n"
        "  view UID --compare [--mode side-by-side|changes|flicker|curtain] [--screenshot FILE]\n"
        "  view UID --3d [--preset bone|lung|soft-tissue|mr|mip] [--renderer gpu|cpu] "
        "[--screenshot "
        "FILE]\n"
        "                                   open a study or series in the viewer window\n"
        "  consult new STUDY_UID [--template NAME] [--text T] [--field KEY=VALUE ...] --author "
        "NAME\n"
        "  consult list [STUDY_UID] [--json] | consult show UID_OR_FILE\n"
        "  consult sign UID --cert FILE --key FILE | consult verify UID_OR_FILE [--ca FILE]\n"
        "  consult request STUDY_UID --question TEXT [--urgency U] [--for NAME] --author NAME\n"
        "  consult amend UID [--text T] [--field KEY=VALUE ...] | consult waiting --me NAME\n"
        "  consult export UID --pdf FILE\n"
        "                                   consultations as DICOM SR: ask, write, sign, check\n"
        "  export UID... --out DIR [--json] objects from the cache as DICOM files\n"
        "  anonymize UID... --out DIR [--keep-device] [--keep-descriptors] [--remove-dates]\n"
        "                                   de-identified copies (PS3.15 Annex E basic profile)\n"
        "  stats [--from DATE] [--to DATE] [--by month|week|year|modality|source|reader]\n"
        "        [--portal NAME] [--json|--csv]\n"
        "  stats cost [AMOUNT [CURRENCY]]\n"
        "                                   investigations, COVID-19 share, consultations, "
        "turnaround,\n"
        "                                   readers, savings (counts only)\n"
        "  features [--rebuild] [--json] | features status | features background on|off\n"
        "                                   descriptors of films and CT series (learning)\n"
        "  features models [--json]         the site's own ONNX models, loaded and run once\n"
        "  similar UID [--k N] [--same-patient] [--json]\n"
        "                                   the most alike studies of other patients\n"
        "  suggest STUDY_UID [--json]       scores the signed cases suggest; novelty\n"
        "  worklist [--me NAME] [--json] | worklist rules\n"
        "                                   what waits for reading, most pressing first\n"
        "  portal init DIR --host NAME --workstation NAME=AE[@HOST[:PORT]]... [--name N]\n"
        "              [--aet AE] [--dicom-port N] [--https-port N] [--http-port N]\n"
        "              [--postgres-port N]\n"
        "                                   the department's portal (Orthanc on PostgreSQL)\n"
        "  portal join FOLDER               join it with what portal init wrote for this\n"
        "                                   workstation (certificates, peers, AE title)\n"
        "  demo                             add the demo patient (chest X-rays, chest CT)\n\n"
        "The data directory defaults to $DICOMNET_HOME, else the user's application data.\n"
        "Once it has users, every subcommand signs one in (--user; the password from\n"
        "--password-file, else asked) and checks what their role may do.\n"
        "The first start chooses: with users (--user LOGIN --admin-password-file FILE creates\n"
        "the administrator; asked on a terminal) or --single-user (no sign-in; also\n"
        "DICOMNET_SINGLE_USER=1).\n");
}

namespace {

// The languages the program speaks (translations/); a request for another is a mistake.
bool knownLanguage(const QString& language) {
    static const QStringList known{QStringLiteral("en"), QStringLiteral("ro"),
                                   QStringLiteral("ru")};
    return known.contains(language.section(QLatin1Char('_'), 0, 0).toLower());
}

// The options that mean the same before and after the subcommand. (--user and
// --password-file do not: `peers add`, `users add` and `audit` have their own.)
bool takeGlobalOption(const QStringList& argv, int& i, QString& dataDir, GlobalOptions& out,
                      QString& error) {
    const QString& a = argv[i];
    if (a == QLatin1String("--data-dir") || a == QLatin1String("--lang")) {
        if (i + 1 >= argv.size()) {
            error = QCoreApplication::translate("cli", "%1 needs a value").arg(a);
            return true;
        }
        (a == QLatin1String("--data-dir") ? dataDir : out.language) = argv[++i];
    } else if (a.startsWith(QLatin1String("--data-dir="))) {
        dataDir = a.mid(11);
    } else if (a.startsWith(QLatin1String("--lang="))) {
        out.language = a.mid(7);
    } else if (a == QLatin1String("--single-user")) {
        out.singleUser = true;
    } else {
        return false;
    }
    return true;
}

}  // namespace

bool parseGlobalOptions(const QStringList& argv, GlobalOptions& out, QString& error) {
    QString dataDir;
    int i = 1;
    for (; i < argv.size(); ++i) {
        const QString& a = argv[i];
        if (takeGlobalOption(argv, i, dataDir, out, error)) {
            if (!error.isEmpty()) return false;
        } else if (a == QLatin1String("--user") || a == QLatin1String("--password-file") ||
                   a == QLatin1String("--admin-password-file")) {
            if (i + 1 >= argv.size()) {
                error = QCoreApplication::translate("cli", "%1 needs a value").arg(a);
                return false;
            }
            QString& value = a == QLatin1String("--user")            ? out.user
                             : a == QLatin1String("--password-file") ? out.passwordFile
                                                                     : out.adminPasswordFile;
            value = argv[++i];
        } else if (a.startsWith(QLatin1String("--user="))) {
            out.user = a.mid(7);
        } else if (a.startsWith(QLatin1String("--password-file="))) {
            out.passwordFile = a.mid(16);
        } else if (a.startsWith(QLatin1String("--admin-password-file="))) {
            out.adminPasswordFile = a.mid(22);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out.subcommand = QStringLiteral("help");
            ++i;
            break;
        } else if (a == QLatin1String("--version")) {
            out.subcommand = QStringLiteral("version");
            ++i;
            break;
        } else if (a.startsWith(QLatin1Char('-'))) {
            error = QCoreApplication::translate("cli", "unknown option %1").arg(a);
            return false;
        } else {
            out.subcommand = a;
            ++i;
            break;
        }
    }
    // After the subcommand: the global options again, and --help for the subcommand's own
    // part of the usage (`dicomnet view --help`). "--" ends the options.
    bool help = false;
    for (; i < argv.size() && argv[i] != QLatin1String("--"); ++i) {
        if (takeGlobalOption(argv, i, dataDir, out, error)) {
            if (!error.isEmpty()) return false;
        } else if (argv[i] == QLatin1String("--help") || argv[i] == QLatin1String("-h")) {
            help = true;
        } else {
            out.arguments.append(argv[i]);
        }
    }
    out.arguments += argv.mid(i);
    if (help && out.subcommand != QLatin1String("help")) {
        out.arguments = QStringList{out.subcommand};
        out.subcommand = QStringLiteral("help");
    }
    if (!out.language.isEmpty() && !knownLanguage(out.language)) {
        error = QCoreApplication::translate("cli", "unknown language \"%1\" (en, ro or ru)")
                    .arg(out.language);
        return false;
    }
    if (qEnvironmentVariable("DICOMNET_SINGLE_USER") == QLatin1String("1")) out.singleUser = true;
    out.dataDir = workflow::resolveDataDir(dataDir);
    return true;
}

namespace {

// `dicomnet SUBCOMMAND --help`: the usage's first lines (the global options), then the lines
// of the usage that are about SUBCOMMAND, as translated. Empty when none is.
QString usageOf(const QString& subcommand) {
    const QStringList lines = usageText().split(QLatin1Char('\n'));
    QStringList head, part;
    bool inList = false, taking = false;
    for (const QString& line : lines) {
        if (!inList) {
            if (line.trimmed().isEmpty())
                inList = true;  // after the global options
            else
                head << line;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            if (!part.isEmpty()) break;  // the end of the subcommands
            continue;
        }
        if (line.startsWith(QLatin1String("  ")) && line.size() > 2 && line[2] != QLatin1Char(' '))
            taking = line.mid(2).section(QLatin1Char(' '), 0, 0) == subcommand;
        if (taking) part << line;
    }
    if (part.isEmpty()) return {};
    return head.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + part.join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

}  // namespace

int runSubcommand(const GlobalOptions& options) {
    const QString& sub = options.subcommand;
    if (sub == QLatin1String("help")) {
        const QString topic = options.arguments.value(0);
        const QString text = topic.isEmpty() ? usageText() : usageOf(topic);
        if (text.isEmpty())
            return usageError(
                QCoreApplication::translate("cli", "unknown subcommand \"%1\"").arg(topic));
        out() << text;
        return 0;
    }
    if (sub == QLatin1String("version")) {
        out() << "dicomnet " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    if (sub == QLatin1String("import")) return runImport(options);
    if (sub == QLatin1String("ls")) return runList(options);
    if (sub == QLatin1String("history")) return runHistory(options);
    if (sub == QLatin1String("check")) return runCheck(options);
    if (sub == QLatin1String("listen")) return runListen(options);
    if (sub == QLatin1String("peers")) return runPeers(options);
    if (sub == QLatin1String("echo")) return runEcho(options);
    if (sub == QLatin1String("send")) return runSend(options);
    if (sub == QLatin1String("jobs")) return runJobs(options);
    if (sub == QLatin1String("sync")) return runSync(options);
    if (sub == QLatin1String("rules")) return runRules(options);
    if (sub == QLatin1String("certs")) return runCerts(options);
    if (sub == QLatin1String("find")) return runFind(options);
    if (sub == QLatin1String("retrieve")) return runRetrieve(options);
    if (sub == QLatin1String("render")) return runRender(options);
    if (sub == QLatin1String("consult")) return runConsult(options);
    if (sub == QLatin1String("export")) return runExport(options);
    if (sub == QLatin1String("anonymize")) return runAnonymize(options);
    if (sub == QLatin1String("demo")) return runDemo(options);
    if (sub == QLatin1String("users")) return runUsers(options);
    if (sub == QLatin1String("audit")) return runAudit(options);
    if (sub == QLatin1String("session")) return runSession(options);
    if (sub == QLatin1String("share")) return runShare(options);
    if (sub == QLatin1String("stats")) return runStats(options);
    if (sub == QLatin1String("portal")) return runPortal(options);
    if (sub == QLatin1String("features")) return runFeatures(options);
    if (sub == QLatin1String("similar")) return runSimilar(options);
    if (sub == QLatin1String("suggest")) return runSuggest(options);
    if (sub == QLatin1String("worklist")) return runWorklist(options);
    if (sub == QLatin1String("cache")) return runCache(options);
    return usageError(QCoreApplication::translate("cli", "unknown subcommand \"%1\"").arg(sub));
}

}  // namespace dicomnet::cli
