/** Previews of form texts written to a temporary directory, as `formguard preview` makes them. */
import * as path from "node:path";
import { previewModelOf } from "../../cli/commands/preview";
import { renderPreviewPage } from "../../preview/html";
import type { PreviewModel } from "../../preview/model";
import { tempDir } from "../cli/cli-harness";
import { TODAY } from "../helpers";

export const EXAMPLES = path.resolve(__dirname, "..", "..", "examples", "forms");
export const FHIR_FIXTURES = path.resolve(__dirname, "..", "fixtures", "fhir");

export function previewOf(file: string): { model: PreviewModel; html: string } {
  const model = previewModelOf(file, { cwd: path.dirname(file), extraPacks: [], today: TODAY });
  return { model, html: renderPreviewPage(model) };
}

export function previewOfText(name: string, text: string): { model: PreviewModel; html: string; file: string } {
  const dir = tempDir({ [name]: text });
  const file = path.join(dir, name);
  return { ...previewOf(file), file };
}

/**
 * A paediatric emergency-department form with a follow-up shown only on "yes", a number with a
 * range and a look-back, and a choice: the preview's behaviours in one small form.
 */
export const CONDITIONAL_FORM = `form ed-arrival "Arrival at the emergency department" {
  service emergency-department
  audience child
  ages 0..17
  version "1"
  owner "Paediatric ED"

  section arrival "Arrival" {
    field accompanied yesno required {
      label "Is the child accompanied?"
      help "Ask at the desk, before triage."
    }
    field accompanied_by person required when accompanied = yes {
      label "Who accompanies the child?"
      covers accompanying-adult.name
    }
    field relationship choice when accompanied = yes {
      label "Relationship to the child"
      options "Mother", "Father", "Other"
    }
    field attendances number {
      label "Attendances"
      lookback 12 months
      min 0
      max 50
    }
    field notes longtext {
      label "Notes"
    }
  }
}
`;
