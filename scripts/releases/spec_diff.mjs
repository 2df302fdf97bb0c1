// Compare two OpenAPI documents (JSON files) with api-smart-diff and print one JSON line per change:
// {"type": "breaking" | "non-breaking" | "deprecated" | "annotation" | "unclassified",
//  "action": "add" | "remove" | "replace" | "rename", "path": [...], "description": "..."}.
// The version gate (scripts/releases/_spec_diff.py) classifies the lines; this file only runs the
// differ, so that the classification rules live in one place.
import { readFileSync } from "node:fs";
import { apiCompare } from "api-smart-diff";

const [before, after] = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, "utf8")));
const { diffs } = apiCompare(before, after);
for (const diff of diffs) {
  const line = {
    type: diff.type,
    action: diff.action,
    path: diff.path,
    description: diff.description ?? "",
    before: diff.before ?? null,
    after: diff.after ?? null,
  };
  process.stdout.write(JSON.stringify(line) + "\n");
}
