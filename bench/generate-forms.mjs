// Generates realistic synthetic form specs for benchmarks: real section structure, labels,
// conditions, options and concept tags drawn from the shipped pack's vocabulary, deterministic
// for a given seed so runs compare like with like.
//
//   import { generateForm, generateForms } from "./generate-forms.mjs";
//   generateForm(7, { sections: 6, fieldsPerSection: 4 }) → text of one form

const SERVICES = [
  ["emergency-department", "child", "0..17"],
  ["emergency-department", "adult", "18..120"],
  ["minor-injury-unit", "child, adult", "0..120"],
  ["maternity-booking", "pregnant-woman", "13..55"],
  ["adult-mental-health", "adult, parent", "18..120"],
  ["school-nursing", "child, young-person", "5..19"],
  ["social-care-referral", "child, family", "0..17"],
];
const SECTIONS = ["arrival", "history", "presentation", "safeguarding", "family", "assessment", "plan", "outcome", "sign_off", "consent"];
const CONCEPTS = [
  ["accompanying-adult.name", "text", "Full name of the adult accompanying the child"],
  ["accompanying-adult.relationship", "choice", "Relationship of that adult to the child"],
  ["attendance.count", "number", "Attendances in the previous 12 months"],
  ["attendance.pattern-considered", "yesno", "Do previous attendances raise concern?"],
  ["injury.explanation-consistent", "yesno", "Is the explanation consistent with the injury?"],
  ["child.presentation", "longtext", "Child's presentation and demeanour"],
  ["risk.analysis", "longtext", "Summary and analysis of risk"],
  ["safeguarding.action-decision", "choice", "Safeguarding action decided"],
  ["caring-responsibilities", "yesno", "Does the patient care for or live with children?"],
  ["children.details", "longtext", "Names, ages and whereabouts of the children"],
  ["parenting-capacity.impact", "longtext", "Could the condition affect the ability to care for children?"],
  ["safeguarding.referral", "yesno", "Safeguarding referral made?"],
  [null, "text", "Presenting complaint"],
  [null, "choice", "Triage category"],
  [null, "datetime", "Time of arrival"],
  [null, "longtext", "Clinical observations"],
];

export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

export function generateForm(n, { sections = 6, fieldsPerSection = 4, seed = 1 } = {}) {
  const r = rng(seed * 1000003 + n);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const [service, audience, ages] = SERVICES[n % SERVICES.length];
  const out = [];
  out.push(`// Generated form ${n}: ${service} (${audience})`);
  out.push(`form generated-${n} "Generated ${service} assessment ${n}" {`);
  out.push(`  service ${service}`, `  audience ${audience}`, `  ages ${ages}`, `  version "1.${n % 10}"`, `  owner "Benchmark Trust, ${service}"`, "");
  let fieldNo = 0;
  let previousYesNo;
  for (let s = 0; s < sections; s++) {
    const sid = `${SECTIONS[s % SECTIONS.length]}_${s}`;
    out.push(`  section ${sid} "${SECTIONS[s % SECTIONS.length].replace("_", " ")} (${s + 1})" {`);
    for (let f = 0; f < fieldsPerSection; f++) {
      const [concept, type, label] = pick(CONCEPTS);
      const id = `f${fieldNo++}_${type}`;
      const required = r() < 0.6 ? " required" : "";
      const when = previousYesNo && r() < 0.25 ? ` when ${previousYesNo} = yes` : "";
      out.push(`    field ${id} ${type}${required}${when} {`);
      out.push(`      label "${label} (${n}.${fieldNo})"`);
      if (r() < 0.3) out.push(`      help "Ask in the family's own words; record who answered."`);
      if (concept) out.push(`      covers ${concept}`);
      if (type === "choice") out.push(`      options "Mother", "Father", "Grandparent", "Foster carer", "Social worker", "Other"`);
      if (type === "number") out.push(`      lookback ${r() < 0.5 ? 12 : 6} months`, `      min 0`, `      max 99`);
      out.push(`    }`);
      if (type === "yesno") previousYesNo = id;
    }
    out.push(`  }`, "");
  }
  out.push(`  field signed_by person required {`, `    label "Completed by"`, `    covers practitioner.name`, `  }`);
  out.push(`}`, "");
  return out.join("\n");
}

/** `count` forms of the given shape, as [fileName, text] pairs. */
export function generateForms(count, options = {}) {
  return Array.from({ length: count }, (_, i) => [`form-${String(i).padStart(5, "0")}.form`, generateForm(i, options)]);
}

/** One form of roughly `lines` lines (for single-file scaling measurements). */
export function generateFormOfLines(lines, seed = 1) {
  // Measured: a field averages ~4.4 lines; a section adds 3 more.
  const fieldsPerSection = 8;
  const sections = Math.max(1, Math.round(lines / (fieldsPerSection * 4.4 + 3)));
  return generateForm(0, { sections, fieldsPerSection, seed });
}
