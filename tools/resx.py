#!/usr/bin/env python3
"""Adds or updates strings in a pair of resource files of the web console: BASE.resx (Chinese, the neutral
resources) and BASE.en.resx (English). Lines on standard input: key<TAB>Chinese<TAB>English.

  tools/resx.py clients/Web/Features/Volunteers/VolunteersText <<'TSV'
  Register	登记志愿者	Register a volunteer
  TSV
"""
import html, os, re, sys

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
ENTRY = re.compile(r'<data name="([^"]+)" xml:space="preserve"><value>(.*?)</value></data>', re.S)

def read(path):
    if not os.path.exists(path):
        return {}
    return {html.unescape(k): html.unescape(v) for k, v in ENTRY.findall(open(path, encoding="utf-8").read())}

def write(path, entries):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD)
        for key in sorted(entries):
            f.write('  <data name="%s" xml:space="preserve"><value>%s</value></data>\n'
                    % (html.escape(key), html.escape(entries[key], quote=False)))
        f.write("</root>\n")

base = sys.argv[1]
rows = [line.rstrip("\n").split("\t") for line in sys.stdin if line.strip() and not line.startswith("#")]
for suffix, column in ((".resx", 1), (".en.resx", 2)):
    entries = read(base + suffix)
    for row in rows:
        if len(row) != 3:
            sys.exit("expected key<TAB>Chinese<TAB>English: %r" % row)
        entries[row[0]] = row[column]
    write(base + suffix, entries)
