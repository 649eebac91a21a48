// Writes a copy of .m365agentsplayground.yml in which another mocked user is the current (browser) user.
// The playground has no user switcher, so run-local.sh starts it on this copy.
// Usage: node scripts/playground-as.js <user-id> <source.yml> <target.yml> [demo-registry.json]
// A user listed in the yml swaps places with the current user. The playground allows only five other users, so any
// other demo person (directie, financieel comité, community manager…) is taken from the demo registry instead.
// Works on the repo's own file layout: a "currentUser:" block (2-space fields) and "users:" entries ("  - id: …").
"use strict";
const fs = require("fs");

const [userId, source, target, registry] = process.argv.slice(2);
const lines = fs.readFileSync(source, "utf8").split(/\r?\n/);

function blockEnd(from, isInside) {
  let i = from;
  while (i < lines.length && isInside(lines[i])) i++;
  return i;
}

const current = lines.indexOf("currentUser:");
const currentEnd = blockEnd(current + 1, (l) => l.startsWith("  ") && !l.startsWith("  - "));
const currentFields = lines.slice(current + 1, currentEnd).map((l) => l.slice(2));

const start = lines.findIndex((l) => l === `  - id: ${userId}`);
if (current < 0 || start < 0) {
  if (current >= 0 && currentFields[0] === `id: ${userId}`) {
    fs.writeFileSync(target, lines.join("\n"));
    process.exit(0);
  }
  const person = registry && JSON.parse(fs.readFileSync(registry, "utf8")).persons.find((p) => p.teamsUserId === userId);
  if (current < 0 || !person) {
    console.error(`Gebruiker ${userId} staat niet in ${source}${registry ? ` of ${registry}` : ""}.`);
    process.exit(1);
  }
  const [givenName, ...rest] = person.name.split(" ");
  const fields = [`id: ${userId}`, `name: ${person.name}`, `userPrincipleName: ${person.email}`,
    `aadObjectId: ${person.aadObjectId}`, `givenName: ${givenName}`, `surname: ${rest.join(" ")}`, `email: ${person.email}`];
  lines.splice(current + 1, currentEnd - current - 1, ...fields.map((f) => `  ${f}`));
  fs.writeFileSync(target, lines.join("\n"));
  process.exit(0);
}
const end = blockEnd(start + 1, (l) => l.startsWith("    "));
const userFields = [lines[start].slice(4), ...lines.slice(start + 1, end).map((l) => l.slice(4))];

// Replace the later block first so the earlier indexes stay valid.
const asUser = currentFields.map((f, i) => (i === 0 ? `  - ${f}` : `    ${f}`));
const asCurrent = userFields.map((f) => `  ${f}`);
const [first, second] = current < start
  ? [[current + 1, currentEnd, asCurrent], [start, end, asUser]]
  : [[start, end, asUser], [current + 1, currentEnd, asCurrent]];
lines.splice(second[0], second[1] - second[0], ...second[2]);
lines.splice(first[0], first[1] - first[0], ...first[2]);
fs.writeFileSync(target, lines.join("\n"));
