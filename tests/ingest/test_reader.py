from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ingest.pipeline import IngestError, load_source


def test_txt_source(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    raw = b"28 juni 2022\n\nEn rubrik om handlingsplaner\n\nText."
    path.write_bytes(raw)
    source = load_source(path)
    assert source.text == raw.decode()
    assert source.sha256 == hashlib.sha256(raw).hexdigest()
    assert source.uri == path.resolve().as_uri()
    assert source.id.startswith("Source:")
    assert source.media_type == "text/plain"
    assert source.published_on == "2022-06-28"
    assert source.title == "En rubrik om handlingsplaner"


def test_same_path_gives_same_id(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Text om strategier.", encoding="utf-8")
    assert load_source(path).id == load_source(path).id


def test_html_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<script>var x = 'hidden';</script>"
        "<h1>Arbete mot våld</h1><p>23 februari 2024</p>"
        "<p>Kramfors&nbsp;kommun   antog <b>en riktlinje</b>.</p><ul><li>ett</li><li>två</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    source = load_source(path)
    assert source.media_type == "text/html"
    assert "hidden" not in source.text and "color" not in source.text
    lines = [line for line in source.text.splitlines() if line]
    assert lines == [
        "Arbete mot våld",
        "23 februari 2024",
        "Kramfors kommun antog en riktlinje.",  # the nbsp collapses too
        "ett",
        "två",
    ]
    assert source.title == "Arbete mot våld"
    assert source.published_on == "2024-02-23"


def test_unsupported_file_type(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(IngestError, match=r"plan\.docx.*unsupported file type '\.docx'"):
        load_source(path)


def test_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Välfärdsnämnden".encode("latin-1"))
    with pytest.raises(IngestError, match=r"latin1\.txt.*not valid UTF-8"):
        load_source(path)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(IngestError, match=r"missing\.txt.*cannot read"):
        load_source(path)


def test_unreadable_directory(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()
    with pytest.raises(IngestError, match=r"folder\.txt.*cannot read"):
        load_source(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(IngestError, match=r"empty\.txt.*empty"):
        load_source(path)


def test_html_without_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><script>x()</script></html>", encoding="utf-8")
    with pytest.raises(IngestError, match=r"blank\.html.*no visible text"):
        load_source(path)
