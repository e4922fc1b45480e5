#include "deidentifier.h"

#include "deidentification_profile.h"

#include "core/dcmtk_setup.h"
#include "core/dicom_object_reader.h"
#include "db/pseudonym_store.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDate>
#include <QFile>
#include <QObject>

namespace dicomnet::network {

namespace {

// UIDs that name things, not instances: SOP classes, transfer syntaxes, coding schemes…
bool wellKnown(const char* uid) { return uid && dcmFindNameOfUID(uid, nullptr) != nullptr; }

bool classUidTag(const DcmTagKey& t) {
    return t == DCM_SOPClassUID || t == DCM_ReferencedSOPClassUID ||
           t == DCM_MediaStorageSOPClassUID || t == DCM_TransferSyntaxUID ||
           t == DCM_ReferencedSOPClassUIDInFile || t == DCM_ReferencedTransferSyntaxUIDInFile ||
           t == DCM_ImplementationClassUID || t == DCM_CodingSchemeUID ||
           t == DCM_MappingResourceUID || t == DCM_ContextGroupExtensionCreatorUID ||
           t == DCM_RelatedGeneralSOPClassUID || t == DCM_OriginalSpecializedSOPClassUID;
}

struct Run {
    db::PseudonymStore& names;
    const DeidentificationOptions& options;
    db::PatientPseudonym patient;
    QString error;
};

QString shiftDate(const QString& da, int days) {
    const QDate d = QDate::fromString(da.left(8), QStringLiteral("yyyyMMdd"));
    return d.isValid() ? d.addDays(days).toString(QStringLiteral("yyyyMMdd")) + da.mid(8)
                       : QString();
}

void clean(DcmItem& item, Run& run, bool topLevel);

void cleanElement(DcmItem& item, DcmElement* e, Run& run, bool topLevel,
                  std::vector<DcmTagKey>& remove) {
    const DcmTag& tag = e->getTag();
    const DcmTagKey key = tag.getXTag();
    // Private attributes, overlays' data and comments, curves: gone.
    if (key.isPrivate() || (key.getGroup() >= 0x5000 && key.getGroup() <= 0x50ff) ||
        (key.getGroup() >= 0x6000 && key.getGroup() <= 0x60ff &&
         (key.getElement() == 0x3000 || key.getElement() == 0x4000))) {
        remove.push_back(key);
        return;
    }
    if (topLevel && key == DCM_PatientName) {
        item.putAndInsertString(key, run.patient.pseudoName.toUtf8().constData());
        return;
    }
    if (topLevel && key == DCM_PatientID) {
        item.putAndInsertString(key, run.patient.pseudoId.toUtf8().constData());
        return;
    }
    if (const ProfileRule* rule = profileRule(key.getGroup(), key.getElement())) {
        const bool kept =
            (rule->option == ProfileOption::Device && run.options.retainDevice) ||
            (rule->option == ProfileOption::Descriptor && run.options.retainDescriptors) ||
            (rule->option == ProfileOption::Dates && run.options.retainDates);
        if (kept) return;
        switch (rule->action) {
            case ProfileAction::Remove:
                remove.push_back(key);
                return;
            case ProfileAction::Empty:
                if (e->ident() == EVR_SQ)
                    while (static_cast<DcmSequenceOfItems*>(e)->card() > 0)
                        delete static_cast<DcmSequenceOfItems*>(e)->remove(0UL);
                else
                    e->clear();
                return;
            case ProfileAction::Dummy:
                if (e->isaString())
                    e->putString(tag.getEVR() == EVR_PN ? "Anonymous^Observer" : "ANONYMOUS");
                else
                    e->clear();
                return;
            case ProfileAction::Clean:
                break;  // by the rules below, items and all
        }
    }
    switch (tag.getEVR()) {
        case EVR_SQ: {
            auto* sq = static_cast<DcmSequenceOfItems*>(e);
            for (unsigned long i = 0; i < sq->card(); ++i) clean(*sq->getItem(i), run, false);
            return;
        }
        case EVR_UI: {
            if (classUidTag(key)) return;
            OFString value;
            e->getOFStringArray(value);
            if (value.empty() || wellKnown(value.c_str())) return;
            auto replacement = run.names.replacement(QString::fromLatin1(value.c_str()));
            if (!replacement) {
                run.error = replacement.error();
                return;
            }
            e->putString(replacement->toLatin1().constData());
            return;
        }
        case EVR_PN:
            e->clear();
            return;  // every other person: staff, observers, relatives
        case EVR_DA:
        case EVR_DT: {
            OFString value;
            e->getOFStringArray(value);
            if (!run.options.retainDates || value.empty()) {
                e->clear();
                return;
            }
            const QString shifted =
                shiftDate(QString::fromLatin1(value.c_str()), run.patient.dateShiftDays);
            e->putString(shifted.toLatin1().constData());
            return;
        }
        case EVR_TM:
            if (!run.options.retainDates) e->clear();
            return;
        default:
            return;
    }
}

void clean(DcmItem& item, Run& run, bool topLevel) {
    std::vector<DcmTagKey> remove;
    for (unsigned long i = 0; i < item.card(); ++i)
        cleanElement(item, item.getElement(i), run, topLevel, remove);
    for (const DcmTagKey& key : remove) item.findAndDeleteElement(key);
}

}  // namespace

Deidentifier::Deidentifier(db::Cache& cache, DeidentificationOptions options)
    : cache_(cache), options_(options) {}

Result<DeidentifiedObject> Deidentifier::apply(const QString& inFile, const QString& outFile) {
    ensureDcmtkConfigured();
    DcmFileFormat file;
    if (const QString why = DicomObjectReader::loadFile(inFile, file); !why.isEmpty())
        return Error{QObject::tr("%1 cannot be read: %2").arg(inFile, why)};
    DcmDataset& ds = *file.getDataset();
    OFString burned, sopClass, id, issuer;
    ds.findAndGetOFString(DCM_BurnedInAnnotation, burned);
    ds.findAndGetOFString(DCM_SOPClassUID, sopClass);
    const bool secondaryCapture = OFString(sopClass).substr(0, 25) == "1.2.840.10008.5.1.4.1.1.7";
    if (burned == "YES" || (secondaryCapture && burned != "NO"))
        return Error{QObject::tr("%1 may have the patient's name burned into its pixels (Burned "
                                 "In Annotation %2): held back, not de-identified")
                         .arg(inFile, burned.empty() ? QObject::tr("not given")
                                                     : QString::fromLatin1(burned.c_str()))};
    ds.convertToUTF8();
    ds.findAndGetOFString(DCM_PatientID, id);
    ds.findAndGetOFString(DCM_IssuerOfPatientID, issuer);
    db::PseudonymStore names(cache_);
    auto patient = names.patient(QString::fromUtf8(id.c_str()), QString::fromUtf8(issuer.c_str()));
    if (!patient) return Error{patient.error()};
    Run run{names, options_, patient.value(), {}};
    clean(ds, run, true);
    if (!run.error.isEmpty()) return Error{run.error};
    // Say what was done (PS3.3 C.7.1.1; CID 7050).
    ds.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    QString method = QStringLiteral("PS3.15 E Basic Profile");
    if (options_.retainDates) method += QStringLiteral(", Retain Longitudinal Modified Dates");
    if (options_.retainDevice) method += QStringLiteral(", Retain Device Identity");
    if (options_.retainDescriptors) method += QStringLiteral(", Retain Descriptors");
    ds.putAndInsertString(DCM_DeidentificationMethod, method.toLatin1().constData());
    ds.findAndDeleteElement(DCM_DeidentificationMethodCodeSequence);
    auto code = [&](const char* value, const char* meaning) {
        DcmItem* item = nullptr;
        if (ds.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, item, -2).good()) {
            item->putAndInsertString(DCM_CodeValue, value);
            item->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
            item->putAndInsertString(DCM_CodeMeaning, meaning);
        }
    };
    code("113100", "Basic Application Confidentiality Profile");
    if (options_.retainDates)
        code("113107", "Retain Longitudinal Temporal Information Modified Dates Option");
    if (options_.retainDevice) code("113109", "Retain Device Identity Option");
    if (options_.retainDescriptors) code("113105", "Clean Descriptors Option");
    ds.putAndInsertString(DCM_LongitudinalTemporalInformationModified,
                          options_.retainDates ? "MODIFIED" : "REMOVED");
    // The file meta information follows the data set.
    OFString sop, study;
    ds.findAndGetOFString(DCM_SOPInstanceUID, sop);
    ds.findAndGetOFString(DCM_StudyInstanceUID, study);
    file.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPInstanceUID, sop.c_str());
    const OFCondition saved =
        file.saveFile(QFile::encodeName(outFile).constData(), ds.getOriginalXfer());
    if (saved.bad())
        return Error{QObject::tr("%1 cannot be written: %2")
                         .arg(outFile, QString::fromLatin1(saved.text()))};
    return DeidentifiedObject{QString::fromLatin1(sop.c_str()), QString::fromLatin1(study.c_str()),
                              patient->pseudoId};
}

}  // namespace dicomnet::network
