// Validates Adaptive Cards with Microsoft's reference parser (npm adaptivecards, pinned in package.json).
//
// Usage: node tests/tools/validate-cards.mjs [cards.json]   (reads stdin when no file is given)
// Input: a JSON array of cards (a single card object is treated as an array of one).
// Output (stdout): [{ "index": 0, "errors": ["..."], "warnings": ["..."], "bytes": 1234 }, ...]
// Exit code: 0 = every card is clean, 1 = some card has errors or warnings, 2 = unusable input or parser missing.
//
// What counts as an error (each card is parsed against schema 1.5, the highest version Teams renders):
// - Parse events logged by the parser with SerializationContext.targetVersion = 1.5: unknown element or action types
//   (including 1.6 types such as Carousel), invalid enum values (size "huge"), properties newer than 1.5.
// - validateProperties() failures with AdaptiveCard.maxVersion = 1.5: a card version above 1.5, a missing or bad
//   version, duplicate ids, a missing type, ... except the advisory events listed in ADVISORY (reported as warnings).
// - Strictness checks added here, because the parser silently DROPS what it does not know and silently NORMALISES
//   some invalid values (associatedInputs "sometimes" is re-serialised as "auto"):
//   * unknown property: a key of a parsed object that is neither in the parser's schema for that object (any
//     version), nor one of its child collections (CHILD_KEYS), nor in ALSO_ALLOWED (Teams' msteams extension);
//   * dropped property: a known scalar property that card.toJSON() no longer contains although its value is not
//     the schema default (e.g. wrap: "yes");
//   * changed value: a scalar that toJSON() writes differently, ignoring case ("sometimes" -> "auto").
//   Not inspected: free-form members (action data, requires), the msteams object, toggle targetElements, and a
//   "fallback" whose owner parsed fine (the parser only reads a fallback when it has to use it).
// - Teams-only elements (TEAMS_ELEMENTS: the Chart.* elements Teams renders beyond 1.5): the parser does not know them and
//   parses their fallback instead. Such an element is accepted only with a fallback element (never "drop", so the
//   numbers stay visible everywhere) and only with the properties listed here, data points included; its fallback is
//   then checked like any other element.
// Warnings: ADVISORY validation events, and a card above TEAMS_MAX_BYTES of compact UTF-8 JSON.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TEAMS_MAX_BYTES = 28 * 1024;
// The Teams extension object; "$schema" and "version" because the parser's schema for inline (Action.ShowCard)
// cards omits them although the JSON schema allows them.
const ALSO_ALLOWED = { AdaptiveCard: ["msteams", "$schema", "version"] };
// Child collections, which the parser reads outside its property schema.
const CHILD_KEYS = {
    AdaptiveCard: ["body", "actions"],
    Container: ["items"],
    Column: ["items"],
    TableCell: ["items"],
    ColumnSet: ["columns"],
    RichTextBlock: ["inlines"],
    Table: ["rows"],
    TableRow: ["cells"],
    ActionSet: ["actions"],
    "Action.ShowCard": ["card"],
};
const COMMON_CHILD_KEYS = ["fallback"];
// Teams chart elements (learn.microsoft.com: "Charts in Adaptive Cards"): allowed properties and data point shapes.
const TEAMS_ELEMENT_COMMON = ["type", "id", "spacing", "separator", "isVisible", "height", "horizontalAlignment", "fallback", "requires", "targetWidth", "title"];
const TEAMS_ELEMENTS = {
    "Chart.HorizontalBar": { properties: ["data", "displayMode", "colorSet", "color", "xAxisTitle", "yAxisTitle"], items: { data: { x: "string", y: "number", color: "string" } } },
    "Chart.Donut": { properties: ["data", "colorSet", "color"], items: { data: { legend: "string", value: "number", color: "string" } } },
    "Chart.Gauge": {
        properties: ["value", "min", "max", "valueFormat", "subLabel", "segments", "showLegend", "showMinMax", "showNeedle", "colorSet"],
        items: { segments: { legend: "string", size: "number", color: "string" } },
    },
};
const NOT_COMPARED = new Set(["type", "$schema", "version"]);

let AC;
try {
    AC = createRequire(resolve(repoRoot, "package.json"))("adaptivecards/dist/adaptivecards.js");
} catch (error) {
    console.error(`adaptivecards is not installed under ${repoRoot}/node_modules; run npm ci. (${error.message})`);
    process.exit(2);
}

const ADVISORY = new Set([
    AC.ValidationEvent.Hint,
    AC.ValidationEvent.Deprecated,
    AC.ValidationEvent.RequiredInputsShouldHaveLabel,
    AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
]);

function readInput() {
    const text = process.argv[2] ? readFileSync(process.argv[2], "utf8") : readFileSync(0, "utf8");
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [parsed];
}

// Maps every object of the source JSON to its JSON path, so findings can say where they are.
function indexPaths(value, path, paths) {
    if (value && typeof value === "object") {
        paths.set(value, path);
        for (const [key, child] of Object.entries(value)) {
            indexPaths(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, paths);
        }
    }
    return paths;
}

function describe(source) {
    if (!source || typeof source.getJsonTypeName !== "function") {
        return "";
    }
    return source.id ? ` (${source.getJsonTypeName()} "${source.id}")` : ` (${source.getJsonTypeName()})`;
}

function schemaOf(object) {
    const schema = object.getSchema();
    const properties = new Map();
    for (let i = 0; i < schema.getCount(); i++) {
        const property = schema.getItemAt(i);
        properties.set(property.name, property);
    }
    return properties;
}

function isDefaultValue(property, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
        return true;
    }
    let defaultValue = property.defaultValue;
    if (property.enumType && typeof defaultValue === "number") {
        defaultValue = property.enumType[defaultValue];
    }
    return sameScalar(value, defaultValue);
}

function sameScalar(a, b) {
    return typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : String(a) === String(b);
}

function isScalar(value) {
    return value !== null && ["string", "number", "boolean"].includes(typeof value);
}

// Checks one parsed object against the JSON it came from; recurses into plain nested objects (facts, choices,
// refresh, table columns) whose classes the schema names. Card elements and actions arrive via the parse hooks.
// A property the parser already complained about (its message quotes the name) is not reported twice.
function checkObject(parsed, source, typeName, label, paths, findings) {
    if (!source || typeof source !== "object" || Array.isArray(source)) {
        return;
    }
    const path = paths.get(source) ?? "$";
    const properties = schemaOf(parsed);
    const allowed = new Set([
        ...properties.keys(),
        ...(typeName ? [...COMMON_CHILD_KEYS, ...(CHILD_KEYS[typeName] ?? []), ...(ALSO_ALLOWED[typeName] ?? [])] : []),
    ]);
    const serialized = parsed.toJSON(new AC.SerializationContext(AC.Versions.v1_5)) ?? {};
    const reported = findings.parseMessages.get(parsed) ?? [];
    for (const [key, value] of Object.entries(source)) {
        const property = properties.get(key);
        if (!allowed.has(key)) {
            findings.errors.push(`Strict UnknownProperty at ${path}.${key}: "${key}" is not a property of ${label}.`);
        } else if (property && !NOT_COMPARED.has(key) && isScalar(value) && !reported.some(m => m.includes(`"${key}"`))) {
            if (!(key in serialized)) {
                if (!isDefaultValue(property, value)) {
                    findings.errors.push(`Strict DroppedProperty at ${path}.${key}: the parser dropped ${JSON.stringify(value)}.`);
                }
            } else if (isScalar(serialized[key]) && !sameScalar(value, serialized[key])) {
                findings.errors.push(`Strict ChangedValue at ${path}.${key}: ${JSON.stringify(value)} was read as ${JSON.stringify(serialized[key])}.`);
            }
        }
        if (property?.objectType && property.objectType !== AC.HostCapabilities && value && typeof value === "object") {
            for (const item of Array.isArray(value) ? value : [value]) {
                const nested = new property.objectType();
                nested.parse(item, new AC.SerializationContext(AC.Versions.v1_5));
                checkObject(nested, item, undefined, `${label}.${key}`, paths, findings);
            }
        }
    }
}

// Checks every Teams-only element of the card; returns the set of their type names (their parse events are expected).
function checkTeamsElements(value, path, errors, found) {
    if (!value || typeof value !== "object") {
        return found;
    }
    const spec = !Array.isArray(value) && TEAMS_ELEMENTS[value.type];
    if (spec) {
        found.add(value.type);
        const allowed = new Set([...TEAMS_ELEMENT_COMMON, ...spec.properties]);
        for (const key of Object.keys(value).filter(k => !allowed.has(k))) {
            errors.push(`Strict UnknownProperty at ${path}.${key}: "${key}" is not a property of ${value.type}.`);
        }
        if (!value.fallback || typeof value.fallback !== "object") {
            errors.push(`Strict MissingFallback at ${path}: ${value.type} is Teams-only and needs a fallback element.`);
        }
        for (const [key, shape] of Object.entries(spec.items)) {
            const items = value[key];
            if (!Array.isArray(items) || items.length === 0) {
                errors.push(`Strict MissingData at ${path}.${key}: ${value.type} needs a non-empty "${key}" array.`);
                continue;
            }
            items.forEach((item, i) => {
                for (const [name, itemValue] of Object.entries(item ?? {})) {
                    if (!(name in shape)) {
                        errors.push(`Strict UnknownProperty at ${path}.${key}[${i}].${name}: "${name}" is not a property of a ${value.type} data point.`);
                    } else if (typeof itemValue !== shape[name]) {
                        errors.push(`Strict WrongType at ${path}.${key}[${i}].${name}: expected a ${shape[name]}.`);
                    }
                }
            });
        }
    }
    for (const [key, child] of Object.entries(value)) {
        checkTeamsElements(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, errors, found);
    }
    return found;
}

// The parser reports an element parsed from a fallback with the JSON of the element it replaces; find its own JSON.
function ownJson(element, json) {
    let own = json;
    while (own && own.type !== element.getJsonTypeName() && own.fallback && typeof own.fallback === "object") {
        own = own.fallback;
    }
    return own;
}

function validateCard(source) {
    const errors = [];
    const warnings = [];
    const bytes = Buffer.byteLength(JSON.stringify(source), "utf8");
    if (!source || typeof source !== "object" || Array.isArray(source)) {
        return { errors: ["Card is not a JSON object."], warnings, bytes };
    }

    const parsedObjects = [];
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    context.onParseElement = (element, json) => parsedObjects.push([element, ownJson(element, json)]);
    context.onParseAction = (action, json) => {
        parsedObjects.push([action, json]);
        if (action instanceof AC.ShowCardAction && action.card) {
            parsedObjects.push([action.card, json.card]);
        }
    };
    const card = new AC.AdaptiveCard();
    card.maxVersion = AC.Versions.v1_5;
    card.parse(source, context);
    parsedObjects.push([card, source]);

    const teamsTypes = checkTeamsElements(source, "$", errors, new Set());
    const parseMessages = new Map();
    for (let i = 0; i < context.eventCount; i++) {
        const event = context.getEventAt(i);
        if (event.event === AC.ValidationEvent.UnknownElementType && [...teamsTypes].some(t => event.message.includes(`"${t}"`))) {
            continue;
        }
        errors.push(`Parse ${AC.ValidationEvent[event.event]}${describe(event.source)}: ${event.message}`);
        parseMessages.set(event.source, [...(parseMessages.get(event.source) ?? []), event.message]);
    }
    for (const event of card.validateProperties().validationEvents) {
        const text = `Validation ${AC.ValidationEvent[event.event]}${describe(event.source)}: ${event.message}`;
        (ADVISORY.has(event.event) ? warnings : errors).push(text);
    }

    const paths = indexPaths(source, "$", new Map());
    for (const [parsed, json] of parsedObjects) {
        checkObject(parsed, json, parsed.getJsonTypeName(), parsed.getJsonTypeName(), paths, { errors, parseMessages });
    }
    if (bytes > TEAMS_MAX_BYTES) {
        warnings.push(`Size: ${bytes} bytes of JSON; Teams rejects messages over about ${TEAMS_MAX_BYTES} bytes.`);
    }
    return { errors, warnings, bytes };
}

let cards;
try {
    cards = readInput();
} catch (error) {
    console.error(`Input is not a JSON card array: ${error.message}`);
    process.exit(2);
}

const results = cards.map((source, index) => {
    try {
        return { index, ...validateCard(source) };
    } catch (error) {
        return { index, errors: [`Parser exception: ${error.stack ?? error}`], warnings: [], bytes: 0 };
    }
});
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
process.exitCode = results.some(r => r.errors.length > 0 || r.warnings.length > 0) ? 1 : 0;
