// `dicomnet share STUDY_UID --with LOGIN`: a consultant (an external reader) sees and opens
// only the studies shared with them — this way, or by a consultation request addressed to them.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/study_shares.h"

#include <QCommandLineParser>

namespace dicomnet::cli {

int runShare(const GlobalOptions& options) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("with"), QObject::tr("the user it is shared with"),
                      QStringLiteral("LOGIN")});
    if (!parser.parse(QStringList{QStringLiteral("share")} + options.arguments) ||
        parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("with")))
        return usageError(QObject::tr("share STUDY_UID --with LOGIN"));
    const QString study = parser.positionalArguments()[0];
    const QString login = parser.value(QStringLiteral("with"));
    if (Status s = workflow::shareStudy(options.dataDir, study, login); !s)
        return failure(s.error());
    out() << QObject::tr("%1 is shared with %2").arg(study, login) << "\n";
    return kExitOk;
}

}  // namespace dicomnet::cli
