#!/usr/bin/env python3
"""Architecture figures for issue 14 (text measure, repeatable): run `bash scripts/arch-figures.sh` from the repo root.

(a) cross-feature references: (file, other feature namespace) pairs where a file in feature folder X of src/CoopBot
    names feature Y by `using CoopBot.Y[.…];` or a fully qualified `CoopBot.Y.` (Common, Hosting, Properties are not
    features); plus the feature->feature edges with their pair counts.
(b) largest classes: lines summed over a class's partial files (Name.cs + Name.*.cs in one folder), and the number of
    constructor parameters of that class (primary or explicit constructor).
(c) postfix `!` null-forgiving operators (string literals and comments stripped) in src/ and tests/, and the subset
    `.Value!` / `.Rejection!`.
"""
import os, re, sys, collections

ROOT = sys.argv[1] if len(sys.argv) > 1 else "."
HOST = os.path.join(ROOT, "src", "CoopBot")
NOT_FEATURES = {"Common", "Hosting", "Properties", "bin", "obj"}

def cs_files(top):
    for d, dirs, files in os.walk(top):
        dirs[:] = [x for x in dirs if x not in ("bin", "obj", "node_modules", "Static")]
        for f in files:
            if f.endswith(".cs"):
                yield os.path.join(d, f)

def strip_code(text):
    """Removes comments and string/char literals (incl. verbatim, raw and interpolated holes kept as code)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i); i = n if j < 0 else j; continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2); i = n if j < 0 else j + 2; continue
        m = re.match(r'\$*"""', text[i:i+8])
        if m or (c in "$@" and re.match(r'[$@]{1,2}"""', text[i:i+6])):
            q = text.find('"""', i + text[i:].find('"""') + 3)
            i = n if q < 0 else q + 3
            while i < n and text[i] == '"': i += 1
            out.append('""'); continue
        if c == "'" :
            m = re.match(r"'(\\.|[^\\'])+'", text[i:i+12])
            if m: i += len(m.group(0)); out.append("' '"); continue
        if c == '"' or (c in "$@" and i + 1 < n and text[i+1] in '"$@'):
            j = i
            verbatim = False
            while j < n and text[j] in "$@":
                verbatim |= text[j] == "@"; j += 1
            if j >= n or text[j] != '"':
                out.append(c); i += 1; continue
            interp = "$" in text[i:j]
            j += 1; depth = 0
            while j < n:
                ch = text[j]
                if interp and ch == "{" and depth == 0 and text[j+1:j+2] != "{":
                    depth = 1; j += 1; continue
                if depth > 0:
                    if ch == "{": depth += 1
                    elif ch == "}": depth -= 1
                    elif ch == '"':  # nested literal inside a hole: skip it
                        k = j + 1
                        while k < n and text[k] != '"':
                            k += 2 if text[k] == "\\" else 1
                        j = k
                    j += 1; continue
                if not verbatim and ch == "\\": j += 2; continue
                if ch == '"':
                    if verbatim and text[j+1:j+2] == '"': j += 2; continue
                    break
                j += 1
            i = j + 1; out.append('""'); continue
        out.append(c); i += 1
    return "".join(out)

def feature_of(path):
    rel = os.path.relpath(path, HOST).split(os.sep)
    return rel[0] if len(rel) > 1 and rel[0] not in NOT_FEATURES else None

features = sorted(d for d in os.listdir(HOST) if os.path.isdir(os.path.join(HOST, d)) and d not in NOT_FEATURES)

# (a)
pairs = set()
for p in cs_files(HOST):
    x = feature_of(p)
    if x is None: continue
    code = strip_code(open(p, encoding="utf-8").read())
    for y in features:
        if y == x: continue
        if re.search(r"\busing\s+(static\s+)?(\w+\s*=\s*)?CoopBot\." + y + r"(\.[\w.]+)?\s*;", code) or \
           re.search(r"(?<![\w.])(global::)?CoopBot\." + y + r"\.\w", code.replace("using ", "using\x00")):
            pairs.add((os.path.relpath(p, ROOT), x, y))
edges = collections.Counter((x, y) for _, x, y in pairs)
print(f"(a) cross-feature (file, feature) pairs in src/CoopBot: {len(pairs)}")
print(f"    feature->feature edges: {len(edges)}")
for (x, y), k in sorted(edges.items()):
    print(f"    {x} -> {y}: {k}")

# (b)
groups = collections.defaultdict(list)
for p in cs_files(os.path.join(ROOT, "src")):
    d, f = os.path.split(p)
    groups[(d, f.split(".")[0])].append(p)
rows = []
for (d, name), files in groups.items():
    lines = sum(sum(1 for _ in open(f, encoding="utf-8")) for f in files)
    code = "\n".join(strip_code(open(f, encoding="utf-8").read()) for f in files)
    deps = None
    m = re.search(r"\b(?:class|record)\s+" + name + r"\s*(?:<[^>]*>)?\s*\(([^)]*)\)", code)
    if not m:
        m = re.search(r"(?:public|internal|private|protected)\s+" + name + r"\s*\(([^)]*)\)", code)
    if m:
        params = [s for s in re.split(r",(?![^<]*>)", m.group(1)) if s.strip()]
        deps = len(params)
    rows.append((lines, os.path.relpath(os.path.join(d, name), ROOT), len(files), deps))
rows.sort(reverse=True)
print("(b) largest classes (lines over partial files, files, constructor parameters):")
for lines, name, nfiles, deps in rows[:5]:
    print(f"    {name}: {lines} lines in {nfiles} file(s), ctor params {deps if deps is not None else '-'}")

# (c)
def bangs(top):
    total = vr = 0
    for p in cs_files(top):
        code = strip_code(open(p, encoding="utf-8").read())
        total += len(re.findall(r"(?<=[\w\)\]>])!(?![=!])", code))
        vr += len(re.findall(r"\.(?:Value|Rejection)!", code))
    return total, vr
for top in ("src", "tests"):
    t, vr = bangs(os.path.join(ROOT, top))
    print(f"(c) postfix ! in {top}/: {t} (of which .Value!/.Rejection!: {vr})")
