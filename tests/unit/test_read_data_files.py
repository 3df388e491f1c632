"""The authors and tags files: what each shape reads as, where they are looked for, and the one
message a broken file costs (read/data_files.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from helpers import Findings
from mkdocs.exceptions import PluginError

from mkdocs_blogposts.read.authors import Author
from mkdocs_blogposts.read.data_files import (
    DataFileError,
    DataFiles,
    TagInfo,
    load_authors,
    load_data_files,
    load_tags,
)
from mkdocs_blogposts.urls import BlogUrls

if TYPE_CHECKING:
    from pathlib import Path


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --- the tags file ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "tags"), [
    ("", {}),
    ("# only a comment\n", {}),
    ("ai: AI\n", {"ai": TagInfo("AI")}),
    ("ml: Machine  Learning\n", {"ml": TagInfo("Machine  Learning"),
                                 "machine learning": TagInfo("Machine  Learning")}),
    ("AI  Tools:\n", {"ai tools": TagInfo("AI  Tools")}),
    ("ai: {label: AI, description: Smart., permalink: /ai-ml}\n",
     {"ai": TagInfo("AI", "Smart.", "/ai-ml")}),
    ("ai: {description: Smart.}\n", {"ai": TagInfo("ai", "Smart.")}),
    ("ai: {label: null, description: null, permalink: null}\n", {"ai": TagInfo("ai")}),
    ("ai: {label: 42, description: 1.5, permalink: 7}\n",
     {"ai": TagInfo("42", "1.5", "7"), "42": TagInfo("42", "1.5", "7")}),
    ("2024: {description: The year.}\n", {"2024": TagInfo("2024", "The year.")}),
    # A tag's own key wins over another tag's label.
    ("x: ML\nml: Machine\n", {"x": TagInfo("ML"), "ml": TagInfo("Machine"),
                              "machine": TagInfo("Machine")}),
    ("ml: Machine\nx: ML\n", {"ml": TagInfo("Machine"), "machine": TagInfo("Machine"),
                              "x": TagInfo("ML")}),
])
def test_tags_file(tmp_path: Path, text: str, tags: dict[str, TagInfo]) -> None:
    assert load_tags(write(tmp_path / "tags.yml", text), "blog/tags.yml") == tags


@pytest.mark.parametrize(("text", "message"), [
    ("[a]\n", "blog/tags.yml: expected a mapping of tags to label and description"),
    ("just text\n", "blog/tags.yml: expected a mapping of tags to label and description"),
    ("ai: [AI]\n", "blog/tags.yml: ai: expected a mapping with 'label' and 'description'"),
    ("ai: 3\n", "blog/tags.yml: ai: expected a mapping with 'label' and 'description'"),
    ("ai: {label: [AI]}\n", "blog/tags.yml: ai: label: expected text, got ['AI']"),
    ("ai: {description: {a: 1}}\n",
     "blog/tags.yml: ai: description: expected text, got {'a': 1}"),
    ("ai: {permalink: [x]}\n", "blog/tags.yml: ai: permalink: expected text, got ['x']"),
])
def test_bad_tags_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(DataFileError) as raised:
        load_tags(write(tmp_path / "tags.yml", text), "blog/tags.yml")
    assert str(raised.value) == message


# --- the authors file ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "authors"), [
    ("", {}),
    ("authors:\n  ann: {name: Ann}\n", {"ann": Author("ann", "Ann")}),
    ("Ann Lee: {}\n", {"Ann Lee": Author("ann-lee", "Ann Lee")}),
    ("ann: {name: '  '}\n", {"ann": Author("ann", "ann")}),
    ("ann: {name: Ann, slug: writer}\n", {"ann": Author("writer", "Ann")}),
    ("42: {name: Ann}\n", {"42": Author("42", "Ann")}),
    ("'!!!': {name: Bang}\n", {"!!!": Author("author", "Bang")}),  # an id with no letter
])
def test_authors_file(tmp_path: Path, text: str, authors: dict[str, Author]) -> None:
    assert load_authors(write(tmp_path / ".authors.yml", text), "blog/.authors.yml") == authors


def test_an_authors_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = write(tmp_path / "authors.yml", "\ufeffann: {name: Ann}\n".encode())
    assert load_authors(path, "a") == {"ann": Author("ann", "Ann")}


@pytest.mark.parametrize(("text", "message"), [
    ("authors: [ann]\n", "blog/.authors.yml: authors: expected a mapping with 'name'"),
    ("authors:\n  ann: Ann\n", "blog/.authors.yml: ann: expected a mapping with 'name'"),
    ("just text\n", "blog/.authors.yml: expected a mapping of author ids to profiles"),
])
def test_bad_authors_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(DataFileError) as raised:
        load_authors(write(tmp_path / ".authors.yml", text), "blog/.authors.yml")
    assert str(raised.value) == message


def test_a_file_that_is_not_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as raised:
        load_tags(write(tmp_path / "tags.yml", "ai: [\n"), "blog/tags.yml")
    assert str(raised.value).startswith("blog/tags.yml: invalid YAML at line 2, column 1: ")


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as raised:
        load_tags(tmp_path / "missing.yml", "blog/missing.yml")
    assert str(raised.value).startswith("blog/missing.yml: cannot be read: [Errno 2]")
    with pytest.raises(DataFileError) as raised:
        load_authors(write(tmp_path / "latin1.yml", b"ann: {name: J\xf6rg}\n"), "a.yml")
    assert str(raised.value).startswith("a.yml: cannot be read: 'utf-8' codec can't decode")


# --- where they are looked for ---------------------------------------------------------------

def load(docs: Path, authors_file: str | None = ".authors.yml", tags_file: str = "tags.yml",
         blog: str = "blog") -> tuple[DataFiles, Findings]:
    findings = Findings()
    data = load_data_files(docs, BlogUrls(blog), authors_file=authors_file, tags_file=tags_file,
                           report=findings)
    return data, findings


def test_no_data_files_at_all(tmp_path: Path) -> None:
    assert load(tmp_path) == (DataFiles(), [])
    assert load(tmp_path, authors_file="authors.yml") == (DataFiles(), [])


def test_both_files_read(tmp_path: Path) -> None:
    write(tmp_path / "blog" / ".authors.yml", "authors:\n  ann: {name: Ann}\n")
    write(tmp_path / "blog" / "authors.yml", "bob: {name: Bob}\n")  # Material's name first
    write(tmp_path / "blog" / "tags.yml", "ai: AI\n")
    assert load(tmp_path) == (DataFiles(
        {"ann": Author("ann", "Ann")}, {"ai": TagInfo("AI")},
        ("blog/.authors.yml", "blog/tags.yml"), "blog/.authors.yml"), [])


def test_files_named_in_the_options(tmp_path: Path) -> None:
    write(tmp_path / "blog" / "team" / "people.yml", "ann: {name: Ann}\n")
    write(tmp_path / "labels.yml", "ai: AI\n")
    data, findings = load(tmp_path, authors_file="team/people.yml",
                          tags_file="{blog}/../labels.yml")
    assert data == DataFiles({"ann": Author("ann", "Ann")}, {"ai": TagInfo("AI")},
                             ("blog/team/people.yml", "labels.yml"), "blog/team/people.yml")
    assert findings == []


def test_a_blog_at_the_site_root(tmp_path: Path) -> None:
    write(tmp_path / "authors.yml", "ann: {name: Ann}\n")
    data, _ = load(tmp_path, blog="")
    assert (data.paths, data.authors_path) == (("authors.yml",), "authors.yml")


def test_only_a_tags_file(tmp_path: Path) -> None:
    write(tmp_path / "blog" / ".authors.yml", "ann: {name: Ann}\n")
    write(tmp_path / "blog" / "tags.yml", "ai: AI\n")
    assert load(tmp_path, authors_file=None) == (DataFiles(
        {}, {"ai": TagInfo("AI")}, ("blog/tags.yml",), ""), [])


@pytest.mark.parametrize(("authors_file", "tags_file", "message"), [
    ("people.yml", "tags.yml", "blogposts: authors_file: blog/people.yml does not exist in "
                               "docs_dir"),
    (".authors.yml", "labels.yml", "blogposts: tags_file: blog/labels.yml does not exist in "
                                   "docs_dir"),
    ("{blog}/../people.yml", "tags.yml", "blogposts: authors_file: people.yml does not exist "
                                         "in docs_dir"),
])
def test_a_named_file_must_exist(tmp_path: Path, authors_file: str, tags_file: str,
                                 message: str) -> None:
    write(tmp_path / "blog" / "labels" / "x.yml", "")  # a folder is not the file
    with pytest.raises(PluginError) as raised:
        load(tmp_path, authors_file=authors_file, tags_file=tags_file)
    assert str(raised.value) == message


def test_a_folder_is_not_a_data_file(tmp_path: Path) -> None:
    (tmp_path / "blog" / ".authors.yml").mkdir(parents=True)
    write(tmp_path / "blog" / "authors.yml", "bob: {name: Bob}\n")
    data, _ = load(tmp_path)
    assert data.authors_path == "blog/authors.yml"


def test_a_broken_file_is_one_warning_and_the_blog_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "blog" / ".authors.yml", "- a list\n")
    write(tmp_path / "blog" / "tags.yml", "ai: [AI]\n")
    data, findings = load(tmp_path)
    assert data == DataFiles({}, {}, ("blog/.authors.yml", "blog/tags.yml"), "blog/.authors.yml")
    assert findings == [
        ("invalid", "blog/.authors.yml: expected a mapping of author ids to profiles"),
        ("invalid", "blog/tags.yml: ai: expected a mapping with 'label' and 'description'")]
