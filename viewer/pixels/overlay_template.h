// What goes in which corner of an image, by modality, as Weasis and Horos let a site choose:
// a JSON file (the built-in one below, or overlays.json in the data directory) naming fields
// per corner, and which fields are kept longest when a pane is small.
//
//   {"overlays": [{"modalities": ["CT", "MR"],
//                  "top_left": ["title", "patient", "patient_id", "sex_age"], ...,
//                  "keep_first": ["title", "patient", "sex_age", "study_date", ...]}]}
//
// Fields: title (PRIOR, CHANGES…), patient, patient_id, sex_age, birth_date, study_date,
// study_description, series, modality, image (position in the stack or plane), frame,
// location (mm along the stack), window, zoom, spacing_note. Qt only.
#pragma once

#include "core/result.h"
#include "viewer/pixels/overlay_layout.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <vector>

namespace dicomnet::viewer {

struct OverlayTemplate {
    QStringList modalities;              // empty: any
    std::array<QStringList, 4> corners;  // field names by Corner, in reading order
    QStringList keepFirst;               // fields by importance; others after them
};

// The field names a template may use.
const QStringList& overlayFields();

// Parses a file's text: its templates in order, or what is wrong.
Result<std::vector<OverlayTemplate>> parseOverlayTemplates(const QByteArray& json);

// The built-in templates (for X-ray films, CT and MR, and any other modality).
const std::vector<OverlayTemplate>& builtInOverlayTemplates();

// The first template for `modality` (one without modalities matches any).
const OverlayTemplate& overlayTemplateFor(const std::vector<OverlayTemplate>& templates,
                                          const QString& modality);

// The templates in use: the built-in ones unless the site set its own (at start, before any
// view draws).
const std::vector<OverlayTemplate>& siteOverlayTemplates();
void setSiteOverlayTemplates(std::vector<OverlayTemplate> templates);

// The template's fields with their values (empty values leave no line); a value under
// "FIELD.short" is what a narrow pane shows instead.
OverlayText fillOverlay(const OverlayTemplate& t, const QHash<QString, QString>& values);

// A DICOM date (YYYYMMDD) as the corners show it: YYYY-MM-DD; anything else as it is.
QString overlayDate(const QString& yyyymmdd);

// "M, 54 y" from DICOM sex and birth date (YYYYMMDD) at `onDate` (YYYYMMDD); months under
// two years, days under one month; what is known of the two.
QString sexAndAge(const QString& sex, const QString& birthDate, const QString& onDate);

}  // namespace dicomnet::viewer
