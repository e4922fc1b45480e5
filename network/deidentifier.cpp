#include "deidentifier.h"

#include "core/dcmtk_setup.h"
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

#include <map>

namespace dicomnet::network {

namespace {

enum class Action { Remove, Empty, Dummy, Keep, Device, Descriptor };

// PS3.15 Table E.1-1, the attributes the profile names by tag (beyond the rules by value
// representation below: UIDs replaced, person names emptied, dates shifted).
const std::map<DcmTagKey, Action>& profile() {
    static const std::map<DcmTagKey, Action> table = {
        {DCM_AccessionNumber, Action::Empty},
        {DCM_InstitutionName, Action::Remove},
        {DCM_InstitutionAddress, Action::Remove},
        {DCM_InstitutionalDepartmentName, Action::Remove},
        {DCM_ReferringPhysicianAddress, Action::Remove},
        {DCM_ReferringPhysicianTelephoneNumbers, Action::Remove},
        {DCM_ReferringPhysicianIdentificationSequence, Action::Remove},
        {DCM_PhysiciansOfRecordIdentificationSequence, Action::Remove},
        {DCM_PerformingPhysicianIdentificationSequence, Action::Remove},
        {DCM_PhysiciansReadingStudyIdentificationSequence, Action::Remove},
        {DCM_OperatorIdentificationSequence, Action::Remove},
        {DCM_AdmittingDiagnosesDescription, Action::Remove},
        {DCM_AdmittingDiagnosesCodeSequence, Action::Remove},
        {DCM_ReferencedPatientSequence, Action::Remove},
        {DCM_DerivationDescription, Action::Remove},
        {DCM_IssuerOfPatientID, Action::Remove},
        {DCM_IssuerOfPatientIDQualifiersSequence, Action::Remove},
        {DCM_PatientBirthDate, Action::Empty},
        {DCM_PatientBirthTime, Action::Remove},
        {DCM_PatientSex, Action::Empty},
        {DCM_OtherPatientIDsSequence, Action::Remove},
        {DCM_RETIRED_OtherPatientIDs, Action::Remove},
        {DCM_OtherPatientNames, Action::Remove},
        {DCM_PatientBirthName, Action::Remove},
        {DCM_PatientAge, Action::Remove},
        {DCM_PatientSize, Action::Remove},
        {DCM_PatientWeight, Action::Remove},
        {DCM_PatientAddress, Action::Remove},
        {DCM_PatientMotherBirthName, Action::Remove},
        {DCM_MilitaryRank, Action::Remove},
        {DCM_BranchOfService, Action::Remove},
        {DCM_RETIRED_MedicalRecordLocator, Action::Remove},
        {DCM_PatientTelephoneNumbers, Action::Remove},
        {DCM_EthnicGroup, Action::Remove},
        {DCM_Occupation, Action::Remove},
        {DCM_AdditionalPatientHistory, Action::Remove},
        {DCM_PatientComments, Action::Remove},
        {DCM_PatientReligiousPreference, Action::Remove},
        {DCM_PregnancyStatus, Action::Remove},
        {DCM_LastMenstrualDate, Action::Remove},
        {DCM_SmokingStatus, Action::Remove},
        {DCM_MedicalAlerts, Action::Remove},
        {DCM_Allergies, Action::Remove},
        {DCM_CountryOfResidence, Action::Remove},
        {DCM_RegionOfResidence, Action::Remove},
        {DCM_ResponsiblePerson, Action::Remove},
        {DCM_ResponsibleOrganization, Action::Remove},
        {DCM_StudyID, Action::Empty},
        {DCM_ImageComments, Action::Remove},
        {DCM_RETIRED_StudyComments, Action::Remove},
        {DCM_RequestingService, Action::Remove},
        {DCM_RequestedProcedureDescription, Action::Remove},
        {DCM_RequestedProcedureID, Action::Remove},
        {DCM_RequestAttributesSequence, Action::Remove},
        {DCM_PerformedProcedureStepID, Action::Remove},
        {DCM_PerformedProcedureStepDescription, Action::Remove},
        {DCM_PerformedLocation, Action::Remove},
        {DCM_ScheduledProcedureStepDescription, Action::Remove},
        {DCM_ScheduledProcedureStepLocation, Action::Remove},
        {DCM_ScheduledStationName, Action::Remove},
        {DCM_AdmissionID, Action::Remove},
        {DCM_IssuerOfAdmissionIDSequence, Action::Remove},
        {DCM_CurrentPatientLocation, Action::Remove},
        {DCM_PatientInstitutionResidence, Action::Remove},
        {DCM_VisitComments, Action::Remove},
        {DCM_ReasonForTheRequestedProcedure, Action::Remove},
        {DCM_ReferencedStudySequence, Action::Remove},
        {DCM_ReferencedPerformedProcedureStepSequence, Action::Empty},  // type 2 in SR
        {DCM_ContentCreatorName, Action::Empty},
        {DCM_PersonName, Action::Dummy},             // SR content: type 1
        {DCM_VerifyingObserverName, Action::Dummy},  // type 1
        {DCM_VerifyingOrganization, Action::Dummy},  // type 1
        {DCM_RETIRED_TextComments, Action::Remove},
        {DCM_TextString, Action::Remove},
        {DCM_StationName, Action::Device},
        {DCM_DeviceSerialNumber, Action::Device},
        {DCM_DetectorID, Action::Device},
        {DCM_PlateID, Action::Device},
        {DCM_GantryID, Action::Device},
        {DCM_CassetteID, Action::Device},
        {DCM_StudyDescription, Action::Descriptor},
        {DCM_SeriesDescription, Action::Descriptor},
        {DCM_ProtocolName, Action::Descriptor},
        {DCM_BodyPartExamined, Action::Keep},
    };
    return table;
}

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
    auto rule = profile().find(key);
    if (rule != profile().end()) {
        switch (rule->second) {
            case Action::Remove:
                remove.push_back(key);
                return;
            case Action::Empty:
                e->clear();
                return;
            case Action::Dummy:
                e->putString(e->getTag().getEVR() == EVR_PN ? "Anonymous^Observer" : "Anonymous");
                return;
            case Action::Keep:
                return;
            case Action::Device:
                if (!run.options.retainDevice) remove.push_back(key);
                return;
            case Action::Descriptor:
                if (!run.options.retainDescriptors) remove.push_back(key);
                return;
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
    if (file.loadFile(QFile::encodeName(inFile).constData()).bad())
        return Error{QObject::tr("%1 cannot be read").arg(inFile)};
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
