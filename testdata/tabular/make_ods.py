"""Generates tiny.ods (committed) with odfpy: python3 make_ods.py"""
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P

doc = OpenDocumentSpreadsheet()
rows = [
    ["Gebiet", "arbeitslose_2019", "arbeitslose_2020", "Bemerkung"],
    ["00", 6.5, 7.25, "Zentrum"],
    ["01", 4.0, "–", "Zentrum-Ost"],
    ["02", "12,5", 11.0, "Zentrum-Südost"],
]
for name in ["Daten", "Zweites Blatt"]:
    t = Table(name=name)
    for r in rows:
        tr = TableRow()
        for v in r:
            if isinstance(v, float):
                c = TableCell(valuetype="float", value=v)
            else:
                c = TableCell(valuetype="string")
            c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
doc.save("tiny.ods")
