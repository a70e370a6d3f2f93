#!/usr/bin/env python3
"""Fills translations/*.ts from scripts/zh_CN.json (Chinese) and English plural forms.

Run after `cmake --build --preset default --target update_translations`; it fails when a
string has no Chinese translation, so zh_CN stays complete.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
zh = json.loads((root / "scripts" / "zh_CN.json").read_text(encoding="utf-8"))


def english_forms(text):
    one = re.sub(r"\((\w*)/(\w*)\)", r"\1", text).replace("(s)", "")
    many = re.sub(r"\((\w*)/(\w*)\)", r"\2", text).replace("(s)", "s")
    return [one, many]


def fill(path, language):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if language == "zh_CN":
            if source not in zh:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            if numerus:
                ET.SubElement(translation, "numerusform").text = zh[source]
            else:
                translation.text = zh[source]
        else:
            if numerus:
                for form in english_forms(source):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.set("type", "unfinished")  # English is the source text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if len(sys.argv) == 3 and sys.argv[1] == "--check":
    # Every text lupdate found in the sources has a Chinese translation.
    sources = {m.find("source").text or "" for m in ET.parse(sys.argv[2]).getroot().iter("message")}
    absent = sorted(sources - zh.keys())
    if absent:
        print("No Chinese translation for:", *absent, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"zh_CN complete: {len(sources)} texts")
    sys.exit(0)

missing = fill(root / "translations" / "marketdesk_zh_CN.ts", "zh_CN")
fill(root / "translations" / "marketdesk_en.ts", "en")
if missing:
    print("No Chinese translation for:", *missing, sep="\n  ", file=sys.stderr)
    sys.exit(1)
