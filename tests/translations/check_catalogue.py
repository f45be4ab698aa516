#!/usr/bin/env python3
"""Fails when a visible string of the app has no Japanese translation.

Extracts every tr() string from the sources with Qt's lupdate into a scratch catalogue, then checks
that the committed catalogue translates each one (finished, not empty, with the same %-placeholders
as its source). Prints each missing or broken entry with its context.
"""
import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def messages(ts_path):
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message.find("translation")
    return found


def texts(translation):
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts", required=True)
    parser.add_argument("--sources", nargs="+", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        fresh_ts = Path(scratch) / "fresh_ja.ts"
        subprocess.run([args.lupdate, "-silent", "-locations", "none", *args.sources,
                        "-ts", str(fresh_ts)], check=True)
        wanted = messages(fresh_ts)
    have = messages(args.ts)
    problems = []
    for (context, source, comment), _ in sorted(wanted.items()):
        where = f"{context}: {source!r}"
        translation = have.get((context, source, comment))
        if translation is None:
            problems.append(f"missing from {args.ts}: {where}")
            continue
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"not finished ({translation.get('type')}): {where}")
            continue
        for text in texts(translation):
            if not text.strip():
                problems.append(f"empty translation: {where}")
            elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ ({text!r}): {where}")
    for line in problems:
        print(line)
    print(f"{len(wanted)} visible strings, {len(problems)} without a proper Japanese translation")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
