#!/usr/bin/env bash
# Creates the oracle virtualenv .venv-oracle at the repository root and installs the
# pinned reference packages (esda, libpysal, mapclassify, pygeoda, numba, geopandas, psutil ...).
# Usage: bash tools/reference/setup.sh            (idempotent; PYTHON=python3.11 to choose the interpreter)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="${PYTHON:-python3}"
VENV="$ROOT/.venv-oracle"
ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.11" ]; then
  echo "warning: pins were resolved with Python 3.11, found $ver; pip may pick other wheels or fail" >&2
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet -r "$ROOT/tools/reference/requirements.txt"
"$VENV/bin/python" - <<'PY'
import esda, libpysal, mapclassify, pygeoda, numba, geopandas, psutil
print("oracle env ok: esda", esda.__version__, "libpysal", libpysal.__version__,
      "mapclassify", mapclassify.__version__, "pygeoda", pygeoda.__version__, "numba", numba.__version__)
PY
