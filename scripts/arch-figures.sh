#!/usr/bin/env bash
# Architecture figures of issue 14 (cross-feature references, largest class, null-forgiving count); text measure, no build.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 scripts/arch-figures.py .
