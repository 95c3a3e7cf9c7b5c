#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Linguist-free helper for the .ts files (Python 3 standard library only).

  tstool.py todo  FILE.ts [OUT.json]   write the unfinished messages as JSON to fill in (stdout without OUT)
  tstool.py apply FILE.ts IN.json      put the translations of IN.json into FILE.ts and mark them finished
  tstool.py check FILE.ts...           the checks of tests/unit/tst_translations.cpp: no unfinished, obsolete or
                                       vanished entries, no empty translation, placeholders (%1, %n) preserved
  tstool.py stats FILE.ts...           message counts

The JSON is a list of objects: {"context", "source", "comment" (optional), "translation"} for ordinary
messages, {"context", "source", "comment", "numerus": [form, ...]} for plural (%n) messages
(zh_CN has one form, en two: singular and plural). Entries whose translation is still empty are skipped.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")


def placeholders(text):
    return sorted(set(m.group(0).replace("%L", "%") for m in PLACEHOLDER.finditer(text or "")))


def load(path):
    return ET.parse(path)


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def key(context, msg):
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


def esc(text, attribute=False):
    text = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("'", "&apos;").replace('"', "&quot;")
    return text


def element(el, indent):
    """One element in lupdate's own layout, so that lupdate's next run changes nothing."""
    pad = " " * indent
    attrs = "".join(f' {k}="{esc(v, True)}"' for k, v in el.attrib.items())
    children = list(el)
    if el.tag == "location":
        return [f"{pad}<location{attrs}/>"]
    if not children:
        return [f"{pad}<{el.tag}{attrs}>{esc(el.text)}</{el.tag}>"]
    lines = [f"{pad}<{el.tag}{attrs}>"]
    for child in children:
        lines += element(child, indent + 4)
    lines.append(f"{pad}</{el.tag}>")
    return lines


def write(tree, path):
    root = tree.getroot()
    attrs = "".join(f' {k}="{esc(v, True)}"' for k, v in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for ctx in root:
        lines += [f"<{ctx.tag}>"] + [l for child in ctx for l in element(child, 4)] + [f"</{ctx.tag}>"]
    lines.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def cmd_todo(path, out=None):
    todo = []
    for context, msg in messages(load(path)):
        tr = msg.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        entry = {"context": context, "source": msg.findtext("source") or ""}
        if msg.findtext("comment"):
            entry["comment"] = msg.findtext("comment")
        if msg.get("numerus") == "yes":
            entry["numerus"] = [f.text or "" for f in tr.findall("numerusform")]
        else:
            entry["translation"] = tr.text or ""
        todo.append(entry)
    text = json.dumps(todo, ensure_ascii=False, indent=1)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        print(f"{len(todo)} unfinished message(s) written to {out}", file=sys.stderr)
    else:
        print(text)
    return 0


def cmd_apply(path, source):
    with open(source, encoding="utf-8") as f:
        entries = json.load(f)
    wanted = {}
    for e in entries:
        wanted[(e["context"], e["source"], e.get("comment", ""))] = e
    tree = load(path)
    applied = 0
    for context, msg in messages(tree):
        e = wanted.get(key(context, msg))
        if not e:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if msg.get("numerus") == "yes":
            forms = e.get("numerus") or []
            if not forms or any(not f for f in forms):
                continue
            for old in list(tr):
                tr.remove(old)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            if not e.get("translation"):
                continue
            tr.text = e["translation"]
        tr.attrib.pop("type", None)
        applied += 1
    write(tree, path)
    print(f"{applied} translation(s) applied to {path}", file=sys.stderr)
    return 0


def problems(path):
    found = []
    count = 0
    for context, msg in messages(load(path)):
        count += 1
        source = msg.findtext("source") or ""
        where = f"{context}: {source!r}"
        tr = msg.find("translation")
        if tr is None:
            found.append(f"{where}: no translation element")
            continue
        kind = tr.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            found.append(f"{where}: {kind}")
        forms = [f.text or "" for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text or ""]
        if not forms or any(not f.strip() for f in forms):
            found.append(f"{where}: empty translation")
            continue
        expected = placeholders(source)
        for form in forms:
            if placeholders(form) != expected:
                found.append(f"{where}: placeholders {placeholders(form)} in {form!r}, expected {expected}")
    if count == 0:
        found.append("no messages at all")
    return found


def cmd_check(paths):
    bad = 0
    for path in paths:
        for p in problems(path):
            print(f"{path}: {p}")
            bad += 1
    if bad:
        print(f"{bad} problem(s)", file=sys.stderr)
        return 1
    print("ok", file=sys.stderr)
    return 0


def cmd_stats(paths):
    for path in paths:
        total = unfinished = 0
        for _, msg in messages(load(path)):
            total += 1
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                unfinished += 1
        print(f"{path}: {total} message(s), {unfinished} unfinished")
    return 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "todo":
        return cmd_todo(argv[2], argv[3] if len(argv) > 3 else None)
    if len(argv) == 4 and argv[1] == "apply":
        return cmd_apply(argv[2], argv[3])
    if len(argv) >= 3 and argv[1] == "check":
        return cmd_check(argv[2:])
    if len(argv) >= 3 and argv[1] == "stats":
        return cmd_stats(argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
