"""Write ferry-guide.pdf: two pages of hard-wrapped text in Helvetica, made with pypdf alone.

Run from the repository root: python tests/data/pdf/make_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

PAGES = [
    [
        "Island Ferry Guide",
        "",
        "The ferry to Skerry Island leaves the north pier every two hours",
        "from seven in the morning. The crossing takes forty minutes in calm",
        "weather and up to an hour when the wind is from the west.",
        "",
        "Fares",
        "",
        "A return ticket costs 14 pounds for adults and 7 pounds for children.",
        "Bicycles travel free, but cars must be booked a day ahead.",
    ],
    [
        "Weather and cancellations",
        "",
        "Sailings are cancelled when the wind reaches force eight. The harbour",
        "office posts cancellations on the board by the ticket hut and phones",
        "everyone who booked a car.",
        "",
        "Lost property is kept at the harbour office for three months.",
    ],
]
HERE = Path(__file__).resolve().parent


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write(path: Path) -> None:
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    font_ref = writer._add_object(font)
    for lines in PAGES:
        page = writer.add_blank_page(612, 792)
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"] + [f"({_escape(line)}) Tj T*" for line in lines] + ["ET"]
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
    writer.add_metadata({"/Title": TextStringObject("Island Ferry Guide")})
    with open(path, "wb") as f:
        writer.write(f)


if __name__ == "__main__":
    write(HERE / "ferry-guide.pdf")
