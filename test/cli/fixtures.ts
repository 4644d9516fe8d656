/** Forms the CLI tests share. */

/** A paediatric ED form with a relationship field but no accompanying adult's name: errors. */
export const ED_MISSING_ADULT = `form ed "ED" {
  service emergency-department
  audience child
  ages 0..17
  version "1" owner "ED"
  section arrival "Arrival" {
    field nok text required { label "Next of kin" }
    field relationship choice required { label "Relationship to the child" options "Mother", "Father", "Other" covers accompanying-adult.relationship }
  }
}
`;
