// A series as the viewer shows it: its files in display order, its title for the series strip
// and the names for the corners (decoded by the index, in every character set).
#pragma once

#include <QString>
#include <QStringList>

namespace dicomnet::viewer {

struct SeriesLabel {
    QString patient, patientId;
    QString sex, birthDate;  // as the index has them: M/F/O, YYYYMMDD
    QString studyDate;       // YYYYMMDD
    QString studyDescription;
    QString series;  // number and description
    QString title;   // the pane's part when it is not simply the study: PRIOR, CHANGES…
};

struct SeriesEntry {
    QString uid;
    QString title;      // for the strip, e.g. "2 · CT · Chest 1.25 mm (400)"
    QStringList files;  // in display order
    SeriesLabel label;
};

}  // namespace dicomnet::viewer
