// Application identity and the user interface language (Romanian, Russian or English), from
// --lang, else the saved setting, else the system locale.
#pragma once

#include <QString>

namespace dicomnet::workflow {
void describeApplication();
// Returns the language actually loaded ("en" when no translation matched).
QString installTranslations(const QString& requested);
}  // namespace dicomnet::workflow
