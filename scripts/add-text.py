#!/usr/bin/env python3
"""Adds or updates UI strings in a pair of resource files (Indonesian default + English).

Usage: scripts/add-text.py src/Platform/Localization/Text Key "Teks Indonesia" "English text" [Key2 id2 en2 ...]
The first argument is the resource base path without extension: <base>.resx (Indonesian) and <base>.en.resx.
Missing files are created. Keys are kept sorted so that merges stay small.
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def load(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get("name"): (d.find("value").text or "") for d in root.findall("data")}

def save(path, entries):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for k in sorted(entries, key=str.lower):
            f.write(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>\n')
        f.write("</root>\n")

def main(argv):
    if len(argv) < 5 or (len(argv) - 2) % 3:
        print(__doc__); return 2
    base = argv[1]
    idp, enp = base + ".resx", base + ".en.resx"
    ids, ens = load(idp), load(enp)
    args = argv[2:]
    for i in range(0, len(args), 3):
        ids[args[i]] = args[i + 1]; ens[args[i]] = args[i + 2]
    save(idp, ids); save(enp, ens)
    return 0

sys.exit(main(sys.argv))
