#include "workflow/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace dicomnet::workflow {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("dicomnet"));
    QCoreApplication::setApplicationName(QStringLiteral("dicomnet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DICOMNET_VERSION));
}

QString installTranslations(const QString& requested) {
    QString language = requested;
    if (language.isEmpty()) language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("dicomnet"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name().left(2);
}

}  // namespace dicomnet::workflow
