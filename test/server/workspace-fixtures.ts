/** What the server's workspace tests share: a non-compliant ED form and a small local pack. */
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "./lsp-client";

export const ED_NONCOMPLIANT = fs.readFileSync(path.join(ROOT, "examples/forms/emergency-department-paediatric.noncompliant.form"), "utf8");

/** One warning-level rule (`local/ed-triage-time`) that every ED form without a triage time fails. */
export const LOCAL_PACK = `pack local "Local rules" {
  publisher "Test trust"
}

concept triage.time "Time of triage" {
  suggest datetime required
}

rule ed-triage-time {
  title "Record the time of triage"
  severity warning
  applies service emergency-department
  require triage.time required
  cites paragraph 1.20
}
`;
