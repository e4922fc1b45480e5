#!/usr/bin/env python3
"""Fails when a folder depends on one it must not (README, "How the code is laid out").

Three readings, each against the same table of what may use what:
  - each folder's #include "folder/..." lines;
  - each library's link line as CMake declares it (written at configure time);
  - the NEEDED entries of the built executable: the command line must start without Qt Widgets,
    VTK, ITK or OpenCV (the window, compare and extractor libraries are loaded only when asked
    for).
Known wrong directions still to move are listed in pending_moves.txt; a new one fails, and so
does a listed one that is gone (so that the list only shrinks).
"""
import argparse
import os
import re
import subprocess
import sys

# folder -> folders its sources may #include (besides itself)
MAY_INCLUDE = {
    "core": set(),
    "db": {"core"},
    "network": {"core", "db"},
    "viewer/jpeg2000": {"core"},
    "viewer/pixels": {"core", "viewer/jpeg2000"},
    "viewer/registration": {"core", "viewer/pixels"},
    "viewer/widgets": {"core", "viewer/pixels", "viewer/registration"},
    "consult": {"core", "db"},
    "learning": {"core", "db"},
    # the extractor decodes with the pixel pipeline and works on presentation values.
    "learning/extractor": {"core", "learning", "viewer/pixels", "viewer/registration"},
    # registration: its value types only (kept alignments); workflow does not link ITK.
    "workflow": {"core", "db", "network", "consult", "learning", "viewer/pixels",
                 "viewer/registration"},
    "cli": {"core", "consult", "viewer/pixels", "viewer/registration", "workflow"},
    "gui": {"core", "consult", "viewer/pixels", "viewer/registration", "viewer/widgets",
            "workflow"},
    "app": {"cli", "workflow"},
}

# library -> dicomnet libraries it may link directly
MAY_LINK = {
    "dicomnet_core": set(),
    "dicomnet_db": {"dicomnet_core"},
    "dicomnet_network": {"dicomnet_db", "dicomnet_core"},
    "dicomnet_jpeg2000": {"dicomnet_core"},
    "dicomnet_viewer": {"dicomnet_core", "dicomnet_jpeg2000"},
    "dicomnet_registration": {"dicomnet_viewer"},
    "dicomnet_viewer_widgets": {"dicomnet_viewer", "dicomnet_registration"},
    "dicomnet_consult": {"dicomnet_core", "dicomnet_db"},
    "dicomnet_learning": {"dicomnet_core"},
    "dicomnet_features": {"dicomnet_learning", "dicomnet_registration"},
    "dicomnet_workflow": {"dicomnet_consult", "dicomnet_learning", "dicomnet_viewer", "dicomnet_network",
                          "dicomnet_db", "dicomnet_core"},
    "dicomnet_cli": {"dicomnet_workflow"},
    "dicomnet_compare": {"dicomnet_cli", "dicomnet_registration"},
    "dicomnet_gui": {"dicomnet_workflow", "dicomnet_viewer_widgets"},
    "dicomnet": {"dicomnet_cli"},
}

# What the executable must not need at start-up.
HEAVY = re.compile(r"libQt6(Widgets|OpenGL|OpenGLWidgets|PrintSupport)|libvtk|libITK|libopencv")

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_of(path, folders):
    best = None
    for f in folders:
        if path == f or path.startswith(f + "/"):
            if best is None or len(f) > len(best):
                best = f
    return best


def include_problems(source):
    folders = list(MAY_INCLUDE)
    found = []
    for folder in folders:
        d = os.path.join(source, folder)
        for name in sorted(os.listdir(d)):
            if not name.endswith((".h", ".cpp")):
                continue
            rel = f"{folder}/{name}"
            with open(os.path.join(d, name), encoding="utf-8") as f:
                text = f.read()
            for inc in INCLUDE.findall(text):
                if inc.startswith(".."):
                    found.append((rel, inc, "climbs out of its folder"))
                    continue
                target = folder_of(inc, folders) if "/" in inc else folder
                if target is None:
                    continue  # generated (moc) or a header of the test support
                if target != folder and target not in MAY_INCLUDE[folder]:
                    found.append((rel, inc, f"{folder}/ must not use {target}/"))
    return found


def link_problems(graph):
    found = []
    with open(graph, encoding="utf-8") as f:
        for line in f:
            if ":" not in line:
                continue
            head, links = line.split(":", 1)
            folder, target = head.split()
            if target not in MAY_LINK:
                found.append((target, "", f"{target} (in {folder}/) is not in the table"))
                continue
            for lib in links.split():
                if lib.startswith("dicomnet_") and lib not in MAY_LINK[target]:
                    found.append((target, lib, f"{target} must not link {lib}"))
    return found


def needed_problems(executable):
    out = subprocess.run(["readelf", "-d", executable], capture_output=True, text=True,
                         check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    if not needed:
        return [(executable, "", "readelf found no NEEDED entries")]
    return [(os.path.basename(executable), n, "the command line must start without it")
            for n in needed if HEAVY.search(n)]


def read_pending(path):
    pending = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if line:
                source, inc = line.split()
                pending[(source, inc)] = number
    return pending


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--source", required=True)
    p.add_argument("--graph", required=True)
    p.add_argument("--executable", required=True)
    p.add_argument("--pending", required=True)
    a = p.parse_args()

    pending = read_pending(a.pending)
    failures = []
    seen = set()
    for source, inc, why in include_problems(a.source):
        if (source, inc) in pending:
            seen.add((source, inc))
        else:
            failures.append(f"{source}: #include \"{inc}\": {why}")
    for key, number in sorted(pending.items(), key=lambda kv: kv[1]):
        if key not in seen:
            failures.append(f"pending_moves.txt:{number}: {key[0]} no longer includes {key[1]} "
                            "(or may): remove the line")
    failures += [f"{t}: {why}" for t, _, why in link_problems(a.graph)]
    failures += [f"{t}: needs {n}: {why}" for t, n, why in needed_problems(a.executable)]

    print(f"{len(MAY_INCLUDE)} folders, {len(MAY_LINK)} libraries checked; "
          f"{len(pending)} known wrong includes still to move (pending_moves.txt)")
    for f in failures:
        print("wrong direction: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
