/**
 * Round 32: three sweeps of labels from public forms outside the real-label set's sources, two
 * thirds of them look-alikes (docs/recognition.md, "Round 32"). Each row of the first table was
 * read wrongly before the round: a label asking its concept that read as nothing or as another
 * concept, or a look-alike that read as a concept. The second table holds look-alikes that share
 * the round's new words and readings and must read as nothing.
 *
 * Sources (each label verbatim; the sweeps' full source lists are in docs/recognition.md, "Round 32"):
 * councils' and NHS trusts' published referral and safeguarding concern forms (public sector, licence
 * not stated; read as stored pages), primeroIMS/primero and rapidftr/RapidFTR (AGPL-3.0),
 * impact-initiatives-hppu/humind.data (MIT), data-to-insight/ssd-data-model (public sector, licence
 * not stated), GNU Health (GPL-3.0-or-later), PIH/openmrs-config-pihsl
 * (MPL-2.0), mohuganda/openmrs-module-ugandaemr and palladiumkenya/openmrs-config-kenyaemr (ministries
 * of health, licence not stated), medic/cht-pih-malawi-app (AGPL-3.0), tewhatuora/cinc-fhir-ig (public
 * sector, licence not stated). "Circumstances and survivor account" and "Reasons for missing the
 * appointment" are the real-label set's tuning part; the look-alikes without a source are ours.
 */
import { describeShippedReadings } from "./reads-labels";

describeShippedReadings("labels of public forms, round 32", [
  // A council's and a case management system's referral forms: the parents told of the referral.
  ["Have you informed the family that you are making a referral?", "parent.informed"],
  ["Has this referral been discussed with parents?", "parent.informed"],
  ["Has the Parent/Carer agreed to this referral?", "parent.informed"],
  ["Is the parent/carer aware of the request for support?", "parent.informed"],
  ["If you haven’t obtained parental consent, why not?", "parent.informed"],
  // Consent to share information, as referral and case management forms ask it.
  ["Has consent been obtained for the sharing of information between agencies?", "information-sharing.consent"],
  ["I give my consent for information to be shared between Health and Educational professionals.", "information-sharing.consent"],
  ["Consent to Release Information to Health/Medical Services", "information-sharing.consent"],
  ["Does Child/Caregiver agree to share collected information with other organizations?", "information-sharing.consent"],
  // A child protection case management system's concerns, the child's wishes and the incident.
  ["Protection Concerns", "safeguarding.concerns"],
  ["Type of Protection Concern", "safeguarding.concerns"],
  ["Does the child wish to be reunified with that person?", "voice-of-child"],
  ["Preference of the child to be relocated with this person", "voice-of-child"],
  ["Account of Incident", "injury.circumstances"],
  ["Circumstances and survivor account", "injury.circumstances"],
  ["Time of day that the Incident took place", "injury.timing"],
  ["Date alleged abuse took place:", "injury.timing"],
  // A humanitarian household survey, a council's referral form: the home.
  ["What best describes the shelter situation of this household?", "home.environment"],
  ["Suitability of Accommodation", "home.environment"],
  // The referrer, the case plan, health records' habits.
  ["Who reported the alert/concern?", "referrer.details"],
  ["Referred from:", "referrer.details"],
  ["Refered From", "referrer.details"],
  ["Referral from", "referrer.details"],
  ["Goal of intervention / service", "plan.action-outcome"],
  ["Expected timeframe (end date)", "plan.action-due-date"],
  ["Drug Habits", "lifestyle.risk-factors"],
  ["Meals per day", "health.healthy-eating"],
  // Look-alikes that read as a concept before the round.
  ["Reason for DNA", null],
  ["Reasons for not attending referral", null],
  ["Reasons for missing the appointment", null],
]);

describeShippedReadings("look-alikes of round 32's words and readings", [
  // "Referred from" is read as "referred by"; a referral alone, or one going somewhere, is not the referrer.
  ["Referral", null],
  ["Referral For", null],
  ["Is this a Re-Referral ?", null],
  ["Referral from Violence Recovery center to", null],
  // "Dating violence" is read as intimate partner violence; a date is not dating.
  ["Date of Violence", null],
  ["Teen dating violence", "domestic-abuse.enquiry"],
  // A count of missed appointments keeps its reading beside the reason for one.
  ["Number of DNAs", "appointments.missed"],
]);

