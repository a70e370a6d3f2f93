#!/usr/bin/env python3
"""Checks translation catalogues that lupdate has just refreshed from the sources.

zh_CN: every text has a finished translation. en: every plural text has its forms (the
English source says "member(s)"; the catalogue says "1 member", "2 members"). In both, a
translation keeps the source's placeholders (%1, %2, %n), or arguments would go missing.
Each problem is printed with its context and source line. Then every literal passed to tr() or
translate() in the sources must be in the catalogue: lupdate silently skips some calls (a
count argument containing "->"), and such a text would never be translated.
"""
import glob
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def placeholders(text):
    return sorted(set(p.replace("L", "") for p in PLACEHOLDER.findall(text or "")))


def check(path, language):
    problems = []
    texts = 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            texts += 1
            source = message.find("source").text or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            location = message.find("location")
            where = f"{name}"
            if location is not None and location.get("filename"):
                where += f" ({location.get('filename')}:{location.get('line')})"
            if language == "en" and not numerus:
                continue  # English is the source text
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: not translated: {source!r}")
                continue
            forms = ([f.text for f in translation.findall("numerusform")] if numerus
                     else [translation.text])
            if not forms or any(not (f or "").strip() for f in forms):
                problems.append(f"{where}: empty translation: {source!r}")
                continue
            want = placeholders(source)
            for form in forms:
                got = placeholders(form)
                # A language without plurals may leave %n out of nothing; never drop %1….
                if got != want:
                    problems.append(f"{where}: placeholders {got} instead of {want} in "
                                    f"{form!r} for {source!r}")
    return texts, problems


CALL = re.compile(r'(?:\btr|\btranslate\(\s*"[A-Za-z]+"\s*,)\(?\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def unseen(catalogue, source_dirs):
    known = {m.find("source").text for m in ET.parse(catalogue).getroot().iter("message")}
    problems = []
    for folder in source_dirs:
        for path in sorted(glob.glob(folder + "/**/*.cpp", recursive=True) +
                           glob.glob(folder + "/**/*.h", recursive=True)):
            text = open(path, encoding="utf-8").read()
            for call in CALL.finditer(text):
                literal = "".join(LITERAL.findall(call.group(1)))
                literal = literal.encode().decode("unicode_escape").encode("latin1").decode("utf-8")
                if literal not in known:
                    line = text.count("\n", 0, call.start()) + 1
                    problems.append(f"{path}:{line}: lupdate did not collect {literal!r}")
    return problems


def main():
    failed = False
    args = sys.argv[1:]
    sources = []
    if "--sources" in args:
        sources = args[args.index("--sources") + 1:]
        args = args[:args.index("--sources")]
    for path in args:
        language = "zh_CN" if path.endswith("zh_CN.ts") else "en"
        texts, problems = check(path, language)
        for p in problems:
            print(f"{path}: {p}", file=sys.stderr)
        failed |= bool(problems)
        print(f"{language}: {texts} texts, {len(problems)} problem(s)")
    if sources:
        problems = unseen(args[0], sources)
        for p in problems:
            print(p, file=sys.stderr)
        failed |= bool(problems)
    sys.exit(1 if failed else 0)


main()
