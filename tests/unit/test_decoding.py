"""Reading page files: every supported encoding and line end, and a clear reason for every refused file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from proofdesk.ocrfiles.files import read_page
from proofdesk.text.decoding import (
    MAX_BYTES,
    Encoding,
    Refusal,
    Refused,
    decode_bytes,
    expand_arguments,
)

TEXT = "本报讯（记者 王五）５月，全市①号工程“开工”……\n\n第二段：GDP增长5.2%。\n𠀀字在GBK之外"
LINES = ("本报讯（记者 王五）５月，全市①号工程“开工”……", "", "第二段：GDP增长5.2%。", "𠀀字在GBK之外")
HERE = Path("page.txt")


def refusal_of(data: bytes) -> Refused:
    with pytest.raises(Refused) as caught:
        decode_bytes(data, HERE)
    assert caught.value.path == HERE
    return caught.value


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), Encoding.UTF8),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), Encoding.UTF8_BOM),
        (TEXT.encode("gb18030"), Encoding.GB18030),
        (TEXT.encode("utf-16"), Encoding.UTF16),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), Encoding.UTF16),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), Encoding.UTF16),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "utf-16", "utf-16-be", "utf-16-le"],
)
def test_each_encoding_gives_the_same_lines(data: bytes, encoding: Encoding) -> None:
    decoded = decode_bytes(data, HERE)
    assert decoded.encoding is encoding
    assert decoded.lines == LINES
    assert decoded.content_hash == decode_bytes(TEXT.encode("utf-8"), HERE).content_hash


def test_gbk_text_is_read_as_gb18030() -> None:
    text = "聊城市审计局持续打造“聊审先锋”品牌。"
    assert decode_bytes(text.encode("gbk"), HERE).lines == (text,)


@pytest.mark.parametrize("end", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_ends(end: str) -> None:
    data = end.join(["一", "", "二", "三"]).encode("utf-8") + end.encode()
    decoded = decode_bytes(data, HERE)
    assert decoded.lines == ("一", "", "二", "三")
    assert decoded.content_hash == decode_bytes(b"\xe4\xb8\x80\n\n\xe4\xba\x8c\n\xe4\xb8\x89", HERE).content_hash


def test_only_line_ends_split_lines() -> None:
    # Line numbers must agree with `nl -ba`, which splits on LF only.
    decoded = decode_bytes("甲\x0c乙\u2028丙\n丁\x85".encode(), HERE)
    assert decoded.lines == ("甲\x0c乙\u2028丙", "丁\x85")


def test_nfc_and_never_nfkc() -> None:
    decoded = decode_bytes("Cafe\u0301，（１）①……ｆｉ".encode(), HERE)
    assert decoded.lines == ("Café，（１）①……ｆｉ",)


def test_trailing_blank_lines_are_kept() -> None:
    assert decode_bytes("一\n\n\n".encode(), HERE).lines == ("一", "", "")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\r\n", "\u3000\u3000\n".encode()], ids=["empty", "blank", "ideo"])
def test_empty_and_blank_files_are_refused(data: bytes) -> None:
    assert refusal_of(data).reason is Refusal.EMPTY


def test_nul_bytes_are_refused_with_their_line() -> None:
    problem = refusal_of("第一行\n第二行\r\n第三\x00行".encode())
    assert (problem.reason, problem.line) == (Refusal.NUL, 3)


def test_utf16_without_bom_is_refused_for_its_nul_bytes() -> None:
    assert refusal_of("abc".encode("utf-16-le")).reason is Refusal.NUL


def test_nul_in_utf16_text_is_refused() -> None:
    problem = refusal_of(("一\n二\x00").encode("utf-16"))
    assert (problem.reason, problem.line) == (Refusal.NUL, 2)


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"PK\x03\x04\x14\x00", b"\xff\xd8\xff\xe0"],
    ids=["png", "pdf", "zip", "jpeg"],
)
def test_binary_formats_are_refused(data: bytes) -> None:
    assert refusal_of(data).reason is Refusal.BINARY


def test_control_characters_are_refused_with_their_line() -> None:
    problem = refusal_of("正文\n正文\x01\x02".encode())
    assert (problem.reason, problem.line) == (Refusal.BINARY, 2)


def test_text_in_no_supported_encoding_is_refused() -> None:
    # 0x80 and 0xFF are invalid in UTF-8 and cannot start a GB18030 character.
    problem = refusal_of("一\n二\n".encode() + b"\x80\xff\x80")
    assert (problem.reason, problem.line) == (Refusal.UNDECODABLE, 3)


def test_byte_soup_that_gb18030_maps_to_private_use_is_refused() -> None:
    assert refusal_of(b"\xaa\xa1" * 50).reason is Refusal.UNDECODABLE


def test_broken_utf16_is_refused() -> None:
    problem = refusal_of(codecs.BOM_UTF16_LE + "一\n二".encode("utf-16-le") + b"\x00\xd8")
    assert (problem.reason, problem.line) == (Refusal.UNDECODABLE, 2)


def test_broken_utf8_after_a_bom_is_refused() -> None:
    assert refusal_of(codecs.BOM_UTF8 + b"abc\xff").reason is Refusal.UNDECODABLE


def test_read_page_names_the_page_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "2023-07-25_A3.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    page, decoded = read_page(path)
    assert (page.name, page.lines, decoded.encoding) == ("2023-07-25_A3", LINES, Encoding.GB18030)


def test_read_page_refuses_missing_large_and_folder(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_BYTES + 1))
    cases = {tmp_path / "nope.txt": Refusal.MISSING, big: Refusal.TOO_LARGE, tmp_path: Refusal.UNREADABLE}
    for path, reason in cases.items():
        with pytest.raises(Refused) as caught:
            read_page(path)
        assert (caught.value.path, caught.value.reason) == (path, reason)
    with pytest.raises(Refused) as caught:
        read_page(big)
    assert caught.value.size == MAX_BYTES + 1


def test_a_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.txt"
    path.write_bytes(b"a" * MAX_BYTES)
    assert read_page(path)[0].lines == ("a" * MAX_BYTES,)


def test_expand_arguments(tmp_path: Path) -> None:
    (tmp_path / "pages" / "b").mkdir(parents=True)
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    (tmp_path / "empty" / "sub" / "notes.md").write_text("x")
    for name in ("pages/b/2.txt", "pages/1.TXT", "pages/a.txt", "pages/skip.csv", "single.text"):
        (tmp_path / name).write_text("x")
    found = expand_arguments(
        [
            tmp_path / "pages",
            str(tmp_path / "single.text"),
            tmp_path / "missing",
            tmp_path / "empty",
            tmp_path / "pages/a.txt",
        ]
    )
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == [
        "pages/1.TXT",
        "pages/a.txt",
        "pages/b/2.txt",
        "single.text",
    ]
    assert [(p.path, p.reason) for p in found.refused] == [
        (tmp_path / "missing", Refusal.MISSING),
        (tmp_path / "empty", Refusal.NO_PAGES),
    ]
