// PS3.15 Table E.1-1 (Application Level Confidentiality Profile Attributes), as the basic
// profile and its options treat each attribute that is neither a UID, a person's name, a date
// nor a time (those the de-identifier handles by value representation: UIDs replaced, names
// emptied, dates shifted or emptied). Where the table gives a choice by IOD (X/Z, X/D, Z/D,
// X/Z/D) an attribute is emptied when it may be required (Type 2), and removed when only
// Type 3 allows removal; sequences whose items the profile cleans (D, X/Z/U*) are cleaned item
// by item. Deviations from the table: Person Identification Code Sequence is emptied rather
// than replaced with a dummy code, and Issuer of Patient ID Qualifiers Sequence (not listed)
// is removed.
#include "deidentification_profile.h"

#include <algorithm>
#include <iterator>

namespace dicomnet::network {

namespace {

using A = ProfileAction;
using O = ProfileOption;

// Sorted by tag.
constexpr ProfileRule kTable[] = {
    {0x00080050u, A::Empty, O::None},         // AccessionNumber
    {0x00080080u, A::Empty, O::None},         // InstitutionName
    {0x00080081u, A::Remove, O::None},        // InstitutionAddress
    {0x00080082u, A::Empty, O::None},         // InstitutionCodeSequence
    {0x00080092u, A::Remove, O::None},        // ReferringPhysicianAddress
    {0x00080094u, A::Remove, O::None},        // ReferringPhysicianTelephoneNumbers
    {0x00080096u, A::Remove, O::None},        // ReferringPhysicianIdentificationSequence
    {0x0008009Du, A::Remove, O::None},        // ConsultingPhysicianIdentificationSequence
    {0x00080201u, A::Remove, O::Dates},       // TimezoneOffsetFromUTC
    {0x00081010u, A::Empty, O::Device},       // StationName
    {0x00081030u, A::Remove, O::Descriptor},  // StudyDescription
    {0x0008103Eu, A::Remove, O::Descriptor},  // SeriesDescription
    {0x00081040u, A::Remove, O::None},        // InstitutionalDepartmentName
    {0x00081041u, A::Remove, O::None},        // InstitutionalDepartmentTypeCodeSequence
    {0x00081049u, A::Remove, O::None},        // PhysiciansOfRecordIdentificationSequence
    {0x00081052u, A::Remove, O::None},        // PerformingPhysicianIdentificationSequence
    {0x00081062u, A::Remove, O::None},        // PhysiciansReadingStudyIdentificationSequence
    {0x00081072u, A::Remove, O::None},        // OperatorIdentificationSequence
    {0x00081080u, A::Remove, O::Descriptor},  // AdmittingDiagnosesDescription
    {0x00081084u, A::Remove, O::Descriptor},  // AdmittingDiagnosesCodeSequence
    {0x00081110u, A::Empty, O::None},         // ReferencedStudySequence
    {0x00081111u, A::Empty, O::None},         // ReferencedPerformedProcedureStepSequence
    {0x00081120u, A::Remove, O::None},        // ReferencedPatientSequence
    {0x00082111u, A::Remove, O::Descriptor},  // DerivationDescription
    {0x00084000u, A::Remove, O::Descriptor},  // RETIRED_IdentifyingComments
    {0x00100021u, A::Remove, O::None},        // IssuerOfPatientID
    {0x00100024u, A::Remove, O::None},        // IssuerOfPatientIDQualifiersSequence
    {0x00100030u, A::Empty, O::None},         // PatientBirthDate
    {0x00100032u, A::Remove, O::None},        // PatientBirthTime
    {0x00100040u, A::Empty, O::None},         // PatientSex
    {0x00100050u, A::Remove, O::None},        // PatientInsurancePlanCodeSequence
    {0x00100101u, A::Remove, O::None},        // PatientPrimaryLanguageCodeSequence
    {0x00100102u, A::Remove, O::None},        // PatientPrimaryLanguageModifierCodeSequence
    {0x00101000u, A::Remove, O::None},        // RETIRED_OtherPatientIDs
    {0x00101001u, A::Remove, O::None},        // OtherPatientNames
    {0x00101002u, A::Remove, O::None},        // OtherPatientIDsSequence
    {0x00101005u, A::Remove, O::None},        // PatientBirthName
    {0x00101010u, A::Remove, O::None},        // PatientAge
    {0x00101020u, A::Remove, O::None},        // PatientSize
    {0x00101030u, A::Remove, O::None},        // PatientWeight
    {0x00101040u, A::Remove, O::None},        // PatientAddress
    {0x00101050u, A::Remove, O::None},        // RETIRED_InsurancePlanIdentification
    {0x00101060u, A::Remove, O::None},        // PatientMotherBirthName
    {0x00101080u, A::Remove, O::None},        // MilitaryRank
    {0x00101081u, A::Remove, O::None},        // BranchOfService
    {0x00101090u, A::Remove, O::None},        // RETIRED_MedicalRecordLocator
    {0x00101100u, A::Remove, O::None},        // ReferencedPatientPhotoSequence
    {0x00102000u, A::Remove, O::Descriptor},  // MedicalAlerts
    {0x00102110u, A::Remove, O::None},        // Allergies
    {0x00102150u, A::Remove, O::None},        // CountryOfResidence
    {0x00102152u, A::Remove, O::None},        // RegionOfResidence
    {0x00102154u, A::Remove, O::None},        // PatientTelephoneNumbers
    {0x00102155u, A::Remove, O::None},        // PatientTelecomInformation
    {0x00102160u, A::Remove, O::None},        // EthnicGroup
    {0x00102180u, A::Remove, O::Descriptor},  // Occupation
    {0x001021A0u, A::Remove, O::None},        // SmokingStatus
    {0x001021B0u, A::Remove, O::Descriptor},  // AdditionalPatientHistory
    {0x001021C0u, A::Remove, O::None},        // PregnancyStatus
    {0x001021F0u, A::Remove, O::None},        // PatientReligiousPreference
    {0x00102203u, A::Empty, O::None},         // PatientSexNeutered
    {0x00102297u, A::Remove, O::None},        // ResponsiblePerson
    {0x00102299u, A::Remove, O::None},        // ResponsibleOrganization
    {0x00104000u, A::Remove, O::Descriptor},  // PatientComments
    {0x00120010u, A::Dummy, O::None},         // ClinicalTrialSponsorName
    {0x00120020u, A::Dummy, O::None},         // ClinicalTrialProtocolID
    {0x00120021u, A::Empty, O::None},         // ClinicalTrialProtocolName
    {0x00120030u, A::Empty, O::None},         // ClinicalTrialSiteID
    {0x00120031u, A::Empty, O::None},         // ClinicalTrialSiteName
    {0x00120040u, A::Dummy, O::None},         // ClinicalTrialSubjectID
    {0x00120042u, A::Dummy, O::None},         // ClinicalTrialSubjectReadingID
    {0x00120050u, A::Empty, O::None},         // ClinicalTrialTimePointID
    {0x00120051u, A::Remove, O::Descriptor},  // ClinicalTrialTimePointDescription
    {0x00120060u, A::Empty, O::None},         // ClinicalTrialCoordinatingCenterName
    {0x00120071u, A::Remove, O::None},        // ClinicalTrialSeriesID
    {0x00120072u, A::Remove, O::Descriptor},  // ClinicalTrialSeriesDescription
    {0x00120081u, A::Dummy, O::None},         // ClinicalTrialProtocolEthicsCommitteeName
    {0x00120082u, A::Remove, O::None},        // ClinicalTrialProtocolEthicsCommitteeApprovalNumber
    {0x0016002Bu, A::Remove, O::Descriptor},  // MakerNote
    {0x0016004Bu, A::Remove, O::Descriptor},  // DeviceSettingDescription
    {0x0016004Du, A::Remove, O::None},        // CameraOwnerName
    {0x0016004Eu, A::Remove, O::Device},      // LensSpecification
    {0x0016004Fu, A::Remove, O::Device},      // LensMake
    {0x00160050u, A::Remove, O::Device},      // LensModel
    {0x00160051u, A::Remove, O::Device},      // LensSerialNumber
    {0x00180010u, A::Empty, O::Descriptor},   // ContrastBolusAgent
    {0x00181000u, A::Empty, O::Device},       // DeviceSerialNumber
    {0x00181004u, A::Remove, O::Device},      // PlateID
    {0x00181005u, A::Remove, O::Device},      // GeneratorID
    {0x00181007u, A::Remove, O::Device},      // CassetteID
    {0x00181008u, A::Remove, O::Device},      // GantryID
    {0x00181009u, A::Remove, O::Device},      // UniqueDeviceIdentifier
    {0x0018100Au, A::Remove, O::Device},      // UDISequence
    {0x00181030u, A::Remove, O::Descriptor},  // ProtocolName
    {0x001811BBu, A::Dummy, O::Descriptor},   // AcquisitionFieldOfViewLabel
    {0x00181400u, A::Remove, O::Descriptor},  // AcquisitionDeviceProcessingDescription
    {0x00184000u, A::Remove, O::Descriptor},  // RETIRED_AcquisitionComments
    {0x00185011u, A::Remove, O::Device},      // TransducerIdentificationSequence
    {0x0018700Au, A::Remove, O::Device},      // DetectorID
    {0x00189185u, A::Remove, O::Descriptor},  // RespiratoryMotionCompensationTechniqueDescription
    {0x00189367u, A::Dummy, O::Device},       // XRaySourceID
    {0x00189371u, A::Dummy, O::Device},       // XRayDetectorID
    {0x00189373u, A::Remove, O::Device},      // XRayDetectorLabel
    {0x0018937Bu, A::Remove, O::Descriptor},  // MultienergyAcquisitionDescription
    {0x0018937Fu, A::Remove, O::Descriptor},  // DecompositionDescription
    {0x00189424u, A::Remove, O::Descriptor},  // AcquisitionProtocolDescription
    {0x00189937u, A::Remove, O::Descriptor},  // RequestedSeriesDescription
    {0x0018A003u, A::Remove, O::Descriptor},  // ContributionDescription
    {0x00200010u, A::Empty, O::None},         // StudyID
    {0x00203401u, A::Remove, O::None},        // RETIRED_ModifyingDeviceID
    {0x00203406u, A::Remove, O::None},        // RETIRED_ModifiedImageDescription
    {0x00204000u, A::Remove, O::Descriptor},  // ImageComments
    {0x00209158u, A::Remove, O::Descriptor},  // FrameComments
    {0x00284000u, A::Remove, O::None},        // RETIRED_ImagePresentationComments
    {0x00320012u, A::Remove, O::None},        // RETIRED_StudyIDIssuer
    {0x00321020u, A::Remove, O::Device},      // RETIRED_ScheduledStudyLocation
    {0x00321021u, A::Remove, O::Device},      // RETIRED_ScheduledStudyLocationAETitle
    {0x00321030u, A::Remove, O::Descriptor},  // RETIRED_ReasonForStudy
    {0x00321033u, A::Remove, O::None},        // RequestingService
    {0x00321060u, A::Empty, O::Descriptor},   // RequestedProcedureDescription
    {0x00321066u, A::Remove, O::Descriptor},  // ReasonForVisit
    {0x00321067u, A::Remove, O::Descriptor},  // ReasonForVisitCodeSequence
    {0x00321070u, A::Remove, O::Descriptor},  // RequestedContrastAgent
    {0x00324000u, A::Remove, O::Descriptor},  // RETIRED_StudyComments
    {0x00340001u, A::Clean, O::None},         // FlowIdentifierSequence
    {0x00340002u, A::Dummy, O::None},         // FlowIdentifier
    {0x00340005u, A::Dummy, O::None},         // SourceIdentifier
    {0x00380004u, A::Remove, O::None},        // ReferencedPatientAliasSequence
    {0x00380010u, A::Remove, O::None},        // AdmissionID
    {0x00380011u, A::Remove, O::None},        // RETIRED_IssuerOfAdmissionID
    {0x00380014u, A::Remove, O::None},        // IssuerOfAdmissionIDSequence
    {0x0038001Eu, A::Remove, O::None},        // RETIRED_ScheduledPatientInstitutionResidence
    {0x00380040u, A::Remove, O::Descriptor},  // RETIRED_DischargeDiagnosisDescription
    {0x00380050u, A::Remove, O::None},        // SpecialNeeds
    {0x00380060u, A::Remove, O::None},        // ServiceEpisodeID
    {0x00380061u, A::Remove, O::None},        // RETIRED_IssuerOfServiceEpisodeID
    {0x00380062u, A::Remove, O::Descriptor},  // ServiceEpisodeDescription
    {0x00380064u, A::Remove, O::None},        // IssuerOfServiceEpisodeIDSequence
    {0x00380300u, A::Remove, O::None},        // CurrentPatientLocation
    {0x00380500u, A::Remove, O::None},        // PatientState
    {0x00384000u, A::Remove, O::Descriptor},  // VisitComments
    {0x00400001u, A::Remove, O::Device},      // ScheduledStationAETitle
    {0x00400007u, A::Remove, O::Descriptor},  // ScheduledProcedureStepDescription
    {0x00400009u, A::Remove, O::None},        // ScheduledProcedureStepID
    {0x0040000Bu, A::Remove, O::None},        // ScheduledPerformingPhysicianIdentificationSequence
    {0x00400010u, A::Remove, O::Device},      // ScheduledStationName
    {0x00400011u, A::Remove, O::Device},      // ScheduledProcedureStepLocation
    {0x00400012u, A::Remove, O::None},        // PreMedication
    {0x00400241u, A::Remove, O::Device},      // PerformedStationAETitle
    {0x00400242u, A::Remove, O::Device},      // PerformedStationName
    {0x00400243u, A::Remove, O::None},        // PerformedLocation
    {0x00400253u, A::Remove, O::None},        // PerformedProcedureStepID
    {0x00400254u, A::Remove, O::Descriptor},  // PerformedProcedureStepDescription
    {0x00400275u, A::Remove, O::Descriptor},  // RequestAttributesSequence
    {0x00400280u, A::Remove, O::Descriptor},  // CommentsOnThePerformedProcedureStep
    {0x00400310u, A::Remove, O::Descriptor},  // CommentsOnRadiationDose
    {0x0040050Au, A::Remove, O::None},        // RETIRED_SpecimenAccessionNumber
    {0x00400512u, A::Dummy, O::None},         // ContainerIdentifier
    {0x00400513u, A::Empty, O::None},         // IssuerOfTheContainerIdentifierSequence
    {0x0040051Au, A::Remove, O::Descriptor},  // ContainerDescription
    {0x00400551u, A::Dummy, O::None},         // SpecimenIdentifier
    {0x00400555u, A::Empty, O::None},         // AcquisitionContextSequence
    {0x00400562u, A::Empty, O::None},         // IssuerOfTheSpecimenIdentifierSequence
    {0x00400600u, A::Remove, O::Descriptor},  // SpecimenShortDescription
    {0x00400602u, A::Remove, O::Descriptor},  // SpecimenDetailedDescription
    {0x00400610u, A::Empty, O::None},         // SpecimenPreparationSequence
    {0x004006FAu, A::Remove, O::None},        // RETIRED_SlideIdentifier
    {0x00401001u, A::Remove, O::None},        // RequestedProcedureID
    {0x00401002u, A::Remove, O::Descriptor},  // ReasonForTheRequestedProcedure
    {0x00401004u, A::Remove, O::None},        // PatientTransportArrangements
    {0x00401005u, A::Remove, O::None},        // RequestedProcedureLocation
    {0x0040100Au, A::Remove, O::Descriptor},  // ReasonForRequestedProcedureCodeSequence
    {0x00401011u, A::Remove, O::None},        // IntendedRecipientsOfResultsIdentificationSequence
    {0x00401101u, A::Empty, O::None},         // PersonIdentificationCodeSequence
    {0x00401102u, A::Remove, O::None},        // PersonAddress
    {0x00401103u, A::Remove, O::None},        // PersonTelephoneNumbers
    {0x00401104u, A::Remove, O::None},        // PersonTelecomInformation
    {0x00401400u, A::Remove, O::Descriptor},  // RequestedProcedureComments
    {0x00402001u, A::Remove, O::Descriptor},  // RETIRED_ReasonForTheImagingServiceRequest
    {0x00402009u, A::Remove, O::None},        // OrderEntererLocation
    {0x00402010u, A::Remove, O::None},        // OrderCallbackPhoneNumber
    {0x00402011u, A::Remove, O::None},        // OrderCallbackTelecomInformation
    {0x00402016u, A::Empty, O::None},         // PlacerOrderNumberImagingServiceRequest
    {0x00402017u, A::Empty, O::None},         // FillerOrderNumberImagingServiceRequest
    {0x00402400u, A::Remove, O::Descriptor},  // ImagingServiceRequestComments
    {0x00403001u, A::Remove, O::None},        // ConfidentialityConstraintOnPatientDataDescription
    {0x00404025u, A::Remove, O::Device},      // ScheduledStationNameCodeSequence
    {0x00404027u, A::Remove, O::Device},      // ScheduledStationGeographicLocationCodeSequence
    {0x00404028u, A::Remove, O::Device},      // PerformedStationNameCodeSequence
    {0x00404030u, A::Remove, O::Device},      // PerformedStationGeographicLocationCodeSequence
    {0x00404034u, A::Remove, O::None},        // ScheduledHumanPerformersSequence
    {0x00404035u, A::Remove, O::None},        // ActualHumanPerformersSequence
    {0x00404036u, A::Remove, O::None},        // HumanPerformerOrganization
    {0x0040A027u, A::Dummy, O::None},         // VerifyingOrganization
    {0x0040A073u, A::Clean, O::None},         // VerifyingObserverSequence
    {0x0040A075u, A::Dummy, O::None},         // VerifyingObserverName
    {0x0040A078u, A::Remove, O::None},        // AuthorObserverSequence
    {0x0040A07Au, A::Remove, O::None},        // ParticipantSequence
    {0x0040A07Cu, A::Remove, O::None},        // CustodialOrganizationSequence
    {0x0040A088u, A::Empty, O::None},         // VerifyingObserverIdentificationCodeSequence
    {0x0040A123u, A::Dummy, O::None},         // PersonName
    {0x0040A307u, A::Remove, O::None},        // RETIRED_CurrentObserverTrial
    {0x0040A352u, A::Remove, O::None},        // RETIRED_VerbalSourceTrial
    {0x0040A353u, A::Remove, O::None},        // RETIRED_AddressTrial
    {0x0040A354u, A::Remove, O::None},        // RETIRED_TelephoneNumberTrial
    {0x0040A358u, A::Remove, O::None},        // RETIRED_VerbalSourceIdentifierCodeSequenceTrial
    {0x0040A730u, A::Clean, O::None},         // ContentSequence
    {0x0050001Bu, A::Remove, O::None},        // ContainerComponentID
    {0x00500020u, A::Remove, O::Device},      // DeviceDescription
    {0x00500021u, A::Remove, O::Descriptor},  // LongDeviceDescription
    {0x00700001u, A::Clean, O::None},         // GraphicAnnotationSequence
    {0x00700086u, A::Remove, O::None},        // ContentCreatorIdentificationCodeSequence
    {0x00880200u, A::Remove, O::None},        // IconImageSequence
    {0x00880904u, A::Remove, O::None},        // RETIRED_TopicTitle
    {0x00880906u, A::Remove, O::None},        // RETIRED_TopicSubject
    {0x00880912u, A::Remove, O::None},        // RETIRED_TopicKeywords
    {0x04000402u, A::Remove, O::None},        // ReferencedDigitalSignatureSequence
    {0x04000403u, A::Remove, O::None},        // ReferencedSOPInstanceMACSequence
    {0x04000404u, A::Remove, O::None},        // MAC
    {0x04000550u, A::Remove, O::None},        // ModifiedAttributesSequence
    {0x04000551u, A::Remove, O::None},        // NonconformingModifiedAttributesSequence
    {0x04000552u, A::Remove, O::None},        // NonconformingDataElementValue
    {0x04000561u, A::Remove, O::None},        // OriginalAttributesSequence
    {0x04000600u, A::Remove, O::None},        // InstanceOriginStatus
    {0x20300020u, A::Remove, O::None},        // TextString
    {0x22000002u, A::Empty, O::Descriptor},   // LabelText
    {0x22000005u, A::Empty, O::None},         // BarcodeValue
    {0x30060002u, A::Dummy, O::Descriptor},   // StructureSetLabel
    {0x30060004u, A::Remove, O::Descriptor},  // StructureSetName
    {0x30060006u, A::Remove, O::Descriptor},  // StructureSetDescription
    {0x30060026u, A::Empty, O::Descriptor},   // ROIName
    {0x30060028u, A::Remove, O::Descriptor},  // ROIDescription
    {0x30060038u, A::Remove, O::Descriptor},  // ROIGenerationDescription
    {0x30060085u, A::Remove, O::Descriptor},  // ROIObservationLabel
    {0x30060088u, A::Remove, O::Descriptor},  // ROIObservationDescription
    {0x30080105u, A::Empty, O::Device},       // SourceSerialNumber
    {0x300A0002u, A::Dummy, O::Descriptor},   // RTPlanLabel
    {0x300A0003u, A::Remove, O::Descriptor},  // RTPlanName
    {0x300A0004u, A::Remove, O::Descriptor},  // RTPlanDescription
    {0x300A000Eu, A::Remove, O::Descriptor},  // PrescriptionDescription
    {0x300A0016u, A::Remove, O::Descriptor},  // DoseReferenceDescription
    {0x300A0072u, A::Remove, O::Descriptor},  // FractionGroupDescription
    {0x300A00B2u, A::Remove, O::Device},      // TreatmentMachineName
    {0x300A00C3u, A::Remove, O::Descriptor},  // BeamDescription
    {0x300A00DDu, A::Remove, O::Descriptor},  // BolusDescription
    {0x300A0196u, A::Remove, O::Descriptor},  // FixationDeviceDescription
    {0x300A01A6u, A::Remove, O::Descriptor},  // ShieldingDeviceDescription
    {0x300A01B2u, A::Remove, O::Descriptor},  // SetupTechniqueDescription
    {0x300A0216u, A::Remove, O::Device},      // SourceManufacturer
    {0x300A02EBu, A::Remove, O::Descriptor},  // CompensatorDescription
    {0x300A0608u, A::Dummy, O::Descriptor},   // TreatmentPositionGroupLabel
    {0x300A0611u, A::Empty, O::None},         // RTAccessoryHolderSlotID
    {0x300A0615u, A::Empty, O::None},         // RTAccessoryDeviceSlotID
    {0x300A0619u, A::Dummy, O::Descriptor},   // RadiationDoseIdentificationLabel
    {0x300A0623u, A::Dummy, O::Descriptor},   // RadiationDoseInVivoMeasurementLabel
    {0x300A062Au, A::Dummy, O::Descriptor},   // RTToleranceSetLabel
    {0x300A0676u, A::Remove, O::Descriptor},  // EquipmentFrameOfReferenceDescription
    {0x300A067Cu, A::Dummy, O::Descriptor},   // RadiationGenerationModeLabel
    {0x300A067Du, A::Empty, O::Descriptor},   // RadiationGenerationModeDescription
    {0x300A0734u, A::Dummy, O::Descriptor},   // TreatmentToleranceViolationDescription
    {0x300A0742u, A::Dummy, O::Descriptor},   // InterlockDescription
    {0x300A0783u, A::Dummy, O::Descriptor},   // InterlockOriginDescription
    {0x300C0113u, A::Remove, O::Descriptor},  // ReasonForOmissionDescription
    {0x3010000Fu, A::Empty, O::Descriptor},   // ConceptualVolumeCombinationDescription
    {0x30100017u, A::Empty, O::Descriptor},   // ConceptualVolumeDescription
    {0x3010001Bu, A::Empty, O::None},         // DeviceAlternateIdentifier
    {0x3010002Du, A::Dummy, O::Device},       // DeviceLabel
    {0x30100033u, A::Dummy, O::Descriptor},   // UserContentLabel
    {0x30100034u, A::Dummy, O::Descriptor},   // UserContentLongLabel
    {0x30100035u, A::Dummy, O::Descriptor},   // EntityLabel
    {0x30100036u, A::Remove, O::Descriptor},  // EntityName
    {0x30100037u, A::Remove, O::Descriptor},  // EntityDescription
    {0x30100038u, A::Dummy, O::Descriptor},   // EntityLongLabel
    {0x30100043u, A::Empty, O::Device},       // ManufacturerDeviceIdentifier
    {0x30100054u, A::Dummy, O::Descriptor},   // RTPrescriptionLabel
    {0x30100056u, A::Remove, O::Descriptor},  // RTTreatmentApproachLabel
    {0x3010005Au, A::Empty, O::Descriptor},   // RTPhysicianIntentNarrative
    {0x3010005Cu, A::Empty, O::Descriptor},   // ReasonForSuperseding
    {0x30100061u, A::Remove, O::Descriptor},  // PriorTreatmentDoseDescription
    {0x30100077u, A::Dummy, O::Descriptor},   // TreatmentSite
    {0x3010007Au, A::Empty, O::Descriptor},   // TreatmentTechniqueNotes
    {0x3010007Bu, A::Empty, O::Descriptor},   // PrescriptionNotes
    {0x3010007Fu, A::Empty, O::Descriptor},   // FractionationNotes
    {0x30100081u, A::Empty, O::Descriptor},   // PrescriptionNotesSequence
    {0x40000010u, A::Remove, O::None},        // RETIRED_Arbitrary
    {0x40004000u, A::Remove, O::None},        // RETIRED_TextComments
    {0x40080042u, A::Remove, O::None},        // RETIRED_ResultsIDIssuer
    {0x4008010Bu, A::Remove, O::Descriptor},  // RETIRED_InterpretationText
    {0x40080111u, A::Remove, O::None},        // RETIRED_InterpretationApproverSequence
    {0x40080115u, A::Remove, O::Descriptor},  // RETIRED_InterpretationDiagnosisDescription
    {0x40080118u, A::Remove, O::None},        // RETIRED_ResultsDistributionListSequence
    {0x40080119u, A::Remove, O::None},        // RETIRED_DistributionName
    {0x4008011Au, A::Remove, O::None},        // RETIRED_DistributionAddress
    {0x40080202u, A::Remove, O::None},        // RETIRED_InterpretationIDIssuer
    {0x40080300u, A::Remove, O::Descriptor},  // RETIRED_Impressions
    {0x40084000u, A::Remove, O::Descriptor},  // RETIRED_ResultsComments
    {0xFFFAFFFAu, A::Remove, O::None},        // DigitalSignaturesSequence
    {0xFFFCFFFCu, A::Remove, O::None},        // DataSetTrailingPadding
};

}  // namespace

const ProfileRule* profileRule(std::uint16_t group, std::uint16_t element) {
    const std::uint32_t tag = (std::uint32_t(group) << 16) | element;
    const auto* found =
        std::lower_bound(std::begin(kTable), std::end(kTable), tag,
                         [](const ProfileRule& r, std::uint32_t t) { return r.tag < t; });
    if (found != std::end(kTable) && found->tag == tag) return found;
    // The GPS attributes of photographs (0016,0070)–(0016,008E): all removed.
    static constexpr ProfileRule kGps{0x00160070u, A::Remove, O::None};
    if (group == 0x0016 && element >= 0x0070 && element <= 0x008E) return &kGps;
    return nullptr;
}

std::size_t profileRuleCount() { return std::size(kTable); }

}  // namespace dicomnet::network
