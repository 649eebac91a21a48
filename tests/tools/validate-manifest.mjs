// Validates a Teams app manifest offline against the schema bundled in @microsoft/app-manifest (pinned in package.json;
// it needs fs-extra beside it, which package.json also pins).
//
// Usage: node tests/tools/validate-manifest.mjs [manifest.json]   (reads stdin when no file is given)
// Output (stdout): { "schema": "<bundled schema file>", "errors": ["..."] }
// Exit code: 0 = valid, 1 = schema errors, 2 = unusable input, unknown manifestVersion or validator missing.
//
// The schema is chosen by manifestVersion and passed explicitly, so the library never downloads one; the manifest's
// $schema must name that same version.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const packageRoot = resolve(repoRoot, "node_modules", "@microsoft", "app-manifest");

function fail(message) {
    process.stderr.write(message + "\n");
    process.exit(2);
}

const input = process.argv[2] ? readFileSync(process.argv[2], "utf8") : readFileSync(0, "utf8");
let manifest;
try {
    manifest = JSON.parse(input.replace(/^\uFEFF/, ""));
} catch (error) {
    fail(`Not JSON: ${error.message}`);
}

const version = manifest?.manifestVersion;
if (typeof version !== "string" || !/^\d+\.\d+$/.test(version)) {
    fail("The manifest has no manifestVersion like \"1.30\".");
}

const schemaFile = resolve(packageRoot, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
if (!existsSync(schemaFile)) {
    fail(`No bundled schema for manifestVersion ${version} (${schemaFile}); run npm ci in the repository root.`);
}

const expectedSchemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
const errors = [];
if (manifest.$schema !== expectedSchemaUrl) {
    errors.push(`/$schema must be ${expectedSchemaUrl} for manifestVersion ${version}, not ${manifest.$schema}.`);
}

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require(resolve(packageRoot, "build", "generated-types"));
const schema = JSON.parse(readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
errors.push(...(await AppManifestUtils.validateAgainstSchema(manifest, schema)));

process.stdout.write(JSON.stringify({ schema: schemaFile.slice(repoRoot.length + 1), errors }) + "\n");
process.exit(errors.length === 0 ? 0 : 1);
