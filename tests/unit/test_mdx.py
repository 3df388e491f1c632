"""MDX posts as plain Markdown (read/mdx.py): what goes, what stays, and that nothing raises."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mkdocs_blogposts.read.mdx import MdxResult, mdx_to_markdown

CORPORA = Path(os.environ.get("BLOGPOSTS_CORPORA",
                              Path(__file__).parents[2].parent / "shared" / "corpora"))

# The React Native 0.82 post (facebook/react-native-website, website/blog/), verbatim.
RN_TABS = """\
<Tabs>
  <TabItem label="yarn" value="yarn" default>
    ```
    "resolutions": {
        "hermes-compiler": "250829098.0.1"
    }
    ```
  </TabItem>
  <TabItem value="npm" label="npm">
    ```
    "overrides": {
        "hermes-compiler": "250829098.0.1"
    }
    ```
  </TabItem>
</Tabs>
"""
RN_TABS_MD = """\
**yarn**

```
"resolutions": {
    "hermes-compiler": "250829098.0.1"
}
```

**npm**

```
"overrides": {
    "hermes-compiler": "250829098.0.1"
}
```
"""
# Docusaurus' 2.0 announcement: a multi-line opening tag, a line break inside a prop, `{' '}`.
TWEET = """\
<TweetQuote
  url="https://twitter.com/paularmstrong/status/1387059593373700100"
  handle="paularmstrong"
  name="
Paul Armstrong"
  job="Principal Engineer at Microsoft">
  {' '}
  Continue to be impressed and excited about Docusaurus v2 alpha releases. Already
  using the sidebar items generator.{' '}
</TweetQuote>
"""
# The create-docusaurus template's MDX post: the same JSX in a fence (kept) and live (HTML).
TEMPLATE_POST = """\
---
slug: mdx-blog-post
title: MDX Blog Post
---

Blog posts support [MDX](https://mdxjs.com/).

:::tip

Use the power of React to create interactive blog posts.

:::

{/* truncate */}

For example, use JSX to create an interactive button:

```js
<button onClick={() => alert('button clicked!')}>Click me!</button>
```

<button onClick={() => alert('button clicked!')}>Click me!</button>
"""


def convert(text: str) -> tuple[str, tuple[str, ...]]:
    result = mdx_to_markdown(text)
    return result.markdown, result.dropped


def test_result_is_a_frozen_pair() -> None:
    result = mdx_to_markdown("<YouTube id='x' />\nText\n")
    assert result == MdxResult("Text\n", ("YouTube",))
    with pytest.raises(AttributeError):
        result.markdown = ""  # type: ignore[misc]


@pytest.mark.parametrize(("text", "markdown"), [
    ("---\ntitle: A\n---\nimport X from 'x';\n\nBody {1}\n", "---\ntitle: A\n---\nBody \n"),
    # Front matter is copied, braces, tags and all, even when the body is only ESM.
    ("---\ndescription: <b>{x}</b>\n---\nexport const a = 1;\n",
     "---\ndescription: <b>{x}</b>\n---\n"),
    ("\ufeff---\r\ntitle: A\r\n---\r\n\r\n{/* x */}\r\nText\r\n",
     "\ufeff---\r\ntitle: A\r\n---\r\n\r\nText\r\n"),
    ("---\n---\n{'a'}\n", "---\n---\na\n"),
    # No closing `---`: no front matter, and no harm done.
    ("---\ntitle: A\nText {x}\n", "---\ntitle: A\nText \n"),
])
def test_front_matter_stays_byte_identical(text: str, markdown: str) -> None:
    assert convert(text) == (markdown, ())


@pytest.mark.parametrize(("text", "markdown"), [
    ("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\nText\n",
     "Text\n"),
    ("import {\n  A,\n  B\n} from 'x';\n\nText\n", "Text\n"),
    ("import X\n  from 'x';\nimport './styles.css';\nimport * as ns from 'ns';\n\nText\n",
     "Text\n"),
    ("export { default } from './Layout';\nexport * from 'x';\n\nText\n", "Text\n"),
    ("export const meta = {\n  title: 'x',\n  list: [1, (2)],\n};\n\nText\n", "Text\n"),
    # MDX ends a statement at a blank line only once its brackets balance.
    ("export function f() {\n  const a = 1;\n\n  return a;\n}\n\nText\n", "Text\n"),
    ("export const s = `a {\n\n} b`;\n\nText\n", "Text\n"),
    # Anywhere in the body, not only at the top.
    ("Intro\n\n{/* truncate */}\n\nimport W from '@site/W';\n\n## Changes\n",
     "Intro\n\n<!-- truncate -->\n\n## Changes\n"),
    ("# Title\nimport X from 'x';\n\nText\n", "# Title\n\nText\n"),
    # A statement that never balances ends at the next blank line, not at the end of the post.
    ("import {\n\nText\n", "Text\n"),
    ("export const a = {\n```js\ncode {\n```\n", "```js\ncode {\n```\n"),
])
def test_esm_statements_go(text: str, markdown: str) -> None:
    assert convert(text) == (markdown, ())


@pytest.mark.parametrize("text", [
    "We can now\nimport the data from disk.\n",  # prose continuing a paragraph
    "Then we\nimport data from the server.\n",  # looks like JavaScript, but mid-paragraph
    "import the data, then export it.\n",  # no JavaScript shape
    "  import X from 'x';\n",  # not at column 0: MDX reads it as text
    "Important: exports are up.\n",
    "```js\nimport { a } from 'b';\nexport default a;\n```\n",
    "- item\n\n  ```js\n  import a from 'b';\n  ```\n",
])
def test_import_and_export_as_text_or_code_stay(text: str) -> None:
    assert convert(text) == (text, ())


@pytest.mark.parametrize(("text", "markdown"), [
    ("Intro\n\n{/* truncate */}\n\nMore\n", "Intro\n\n<!-- truncate -->\n\nMore\n"),
    ("Intro\n{/*truncate*/}\nMore\n", "Intro\n<!-- truncate -->\nMore\n"),
    ("Intro {/* truncate */} more\n", "Intro <!-- truncate --> more\n"),
    ("{ /*  truncate */ }\n", "<!-- truncate -->\n"),
    ("A\n\n{/* alex ignore master */}\n\nB\n", "A\n\nB\n"),
    ("Before\n{/*\n  a note\n  over lines\n*/}\nAfter\n", "Before\nAfter\n"),
    ("a {/* x */} b {/* y */}\n", "a  b \n"),
    ("{/* one */ /* two */}\n// not a comment\n", "// not a comment\n"),
    ("x {/* truncated text */} y\n", "x  y\n"),
    # HTML comments are not MDX comments: they stay, and nothing inside them is read.
    ("A\n\n<!-- more -->\n\nB\n", "A\n\n<!-- more -->\n\nB\n"),
    ("A\n<!-- truncate -->\n<!--truncate-->\n", "A\n<!-- truncate -->\n<!--truncate-->\n"),
    ("<!-- {x} <Foo /> import -->\n", "<!-- {x} <Foo /> import -->\n"),
])
def test_mdx_comments_go_and_truncate_becomes_a_marker(text: str, markdown: str) -> None:
    assert convert(text) == (markdown, ())


@pytest.mark.parametrize("text", [
    "```js\nimport x from 'y';\n{/* keep */}\n<Foo />\n{x}\n```\n",
    "~~~\n<Tabs>\n{'x'}\n~~~\n",
    "````md\n```js\n{a}\n```\n<Foo/>\n````\n",
    "1. Step:\n\n    ```sh\n    echo {a} <b>\n    ```\n",
    "> ```js\n> {x} <Foo />\n> ```\n",
    "- ```js\n  {x}\n  ```\n",
    "Use `<Foo />` and `{x}`, or ``a ` {b}``.\n",
    "Run ``` npx run {x} ``` now.\n",  # one line: inline code, not a fence
    "```\n{x}\n<Foo/>\nimport a from 'b';\n",  # never closed: code to the end
    "$x^{2}$ and $$\\frac{a}{b}$$\n\n$$\n\\left(\\frac{\\sqrt{x+2}}{y^{2}}\\right)\n$$\n",
])
def test_code_stays_exactly(text: str) -> None:
    assert convert(text) == (text, ())


@pytest.mark.parametrize(("text", "markdown", "dropped"), [
    ("Hello <YouTube id=\"x\" />!\n", "Hello !\n", ("YouTube",)),
    ("Text.\n\n<YouTube id=\"x\" />\n\nMore.\n", "Text.\n\nMore.\n", ("YouTube",)),
    ("<YouTube\n  id=\"y\"\n  opts={{a: '>'}}\n/>\nText\n", "Text\n", ("YouTube",)),
    ("<Admonition type=\"tip\">\n\nSome **text**\n\n</Admonition>\n", "Some **text**\n\n",
     ("Admonition",)),
    ("Say <Highlight color=\"red\">hi</Highlight>.\n", "Say hi.\n", ("Highlight",)),
    # The template's own component: its export goes, its uses lose their tags.
    ("export const Highlight = ({children, color}) => (\n  <span style={{color}}>{children}"
     "</span>\n);\n\nThis is <Highlight color=\"#25c2a0\">green</Highlight> !\n",
     "This is green !\n", ("Highlight",)),
    ("<Foo.Bar x=\"1\">inner</Foo.Bar>\n", "inner\n", ("Foo.Bar",)),
    ("<motion.div animate={{x: 1}}>Hi</motion.div>\n", "Hi\n", ("motion.div",)),
    ("<Card\n  title=\"a > b\"\n  onClick={() => go('>')}\n  {...rest}\n>\n  Body\n</Card>\n",
     "Body\n", ("Card",)),
    # Children indented by their component lose that indentation, fences included.
    ("<Outer>\n  <Inner>\n    Text\n\n    ```js\n      code\n    ```\n  </Inner>\n</Outer>\n",
     "Text\n\n```js\n  code\n```\n", ("Outer", "Inner")),
    ("<HeaderLink href=\"#\">\n\tEmbedded\n</HeaderLink>\n", "Embedded\n", ("HeaderLink",)),
    ("<>fragment</>\n", "fragment\n", ()),
    # Each name once, in the order first seen.
    ("<YouTube id=\"a\" />\n<Tabs>\n<TabItem value=\"x\">\nA\n</TabItem>\n</Tabs>\n"
     "<YouTube id=\"b\" />\n", "**x**\n\nA\n", ("YouTube", "Tabs", "TabItem")),
    ("</Stray>\nText\n", "Text\n", ("Stray",)),
])
def test_components_lose_their_tags_not_their_children(
        text: str, markdown: str, dropped: tuple[str, ...]) -> None:
    assert convert(text) == (markdown, dropped)


@pytest.mark.parametrize("text", [
    "<div>\n<img src=\"a.png\" />\n<br/>\n<details><summary>S</summary>\n\nText\n\n"
    "</details>\n</div>\n",
    "<p style={{textAlign: 'center'}}>\n  <video width={700} autoPlay>\n"
    "    <source type=\"video/mp4\" src=\"/img/a.mp4\" />\n  </video>\n</p>\n",
    "<button onClick={() => alert('>')}>Click me!</button>\n",
    "<svg:rect width=\"1\" /> <my-element a=\"b\">x</my-element>\n",
])
def test_html_and_text_stay(text: str) -> None:
    assert convert(text) == (text, ())


def test_strings_are_text_as_react_shows_them() -> None:
    assert convert("{'<script>alert(1)</script>'} & {'A & B'}\n") == (
        "&lt;script&gt;alert(1)&lt;/script&gt; & A &amp; B\n", ())
    assert convert("<TabItem label=\"<img src=x onerror=alert(1)>\">\nx\n</TabItem>\n") == (
        "**&lt;img src=x onerror=alert(1)&gt;**\n\nx\n", ("TabItem",))


def test_tab_labels_stay_as_bold_lines() -> None:
    assert convert(RN_TABS) == (RN_TABS_MD, ("Tabs", "TabItem"))
    assert convert("Pick:\n<Tabs>\n<TabItem value=\"a\" label={'Yarn'}>\nyarn add\n</TabItem>\n"
                   "<TabItem value=\"b\">\nnpm i\n</TabItem>\n</Tabs>\n") == (
        "Pick:\n\n**Yarn**\n\nyarn add\n\n**b**\n\nnpm i\n", ("Tabs", "TabItem"))
    assert convert("<TabItem label=\"A\">inline</TabItem>\n") == ("**A** inline\n", ("TabItem",))
    # Without a label Docusaurus titles the tab by its value (React Native 0.83's posts).
    assert convert("<TabItem value=\"yarn\">\nyarn add\n</TabItem>\n") == (
        "**yarn**\n\nyarn add\n", ("TabItem",))
    assert convert("<TabItem label=\"A\">\nRun `x`\n</TabItem>\n") == (
        "**A**\n\nRun `x`\n", ("TabItem",))


@pytest.mark.parametrize(("text", "markdown"), [
    ("{'text'} and {\"more\"}\n", "text and more\n"),
    ("See the Pen{' '}\n<a href=\"x\">link</a>{' '}by me\n",
     "See the Pen \n<a href=\"x\">link</a> by me\n"),
    ("A{' '}\n{' '}\nB\n", "A \nB\n"),
    ("{'don\\'t'} {\"\\u00e9\\x41\\ud83d\\ude00\"} {`plain`} {'}'}\n", "don't éA😀 plain }\n"),
    ("{`a\\\nb`}{'\\u{1F600}\\t'}\n", "ab😀\t\n"),
    ("x {props.title} {a + b} {`t${1}`} {<b>x</b>} {} y\n", "x      y\n"),
    ("Total: {items.map(i => (\n  <li>{i}</li>\n))}\nEnd\n", "Total: \nEnd\n"),
    ("{`${a}}`}x {`${`${b}`}}`}y\n", "x y\n"),
    ("$$ is a lot {x}\n\n{y}z\n", "$$ is a lot \n\nz\n"),  # no math fence: text follows
    ("{frontmatter.title}\n\nText\n", "Text\n"),
    ("## Title {#custom-id}\n", "## Title {#custom-id}\n"),  # a heading id, not JavaScript
    ("Costs $5 {x} or $10\n", "Costs $5  or $10\n"),
    ("Pay $5{x}$10\n", "Pay $5$10\n"),  # a digit after the dollar: a price, not math
    # A one-line ``` is inline code, not a fence that would swallow the rest.
    ("``` npx {x} ```\n\n{y}after\n", "``` npx {x} ```\n\nafter\n"),
    # A fence in a blockquote ends with it.
    ("> ```js\n> {x}\n\n{y}after\n", "> ```js\n> {x}\n\nafter\n"),
    ("a \\{b\\} \\< c\n", "a \\{b\\} &lt; c\n"),
])
def test_expressions_become_their_string_or_go(text: str, markdown: str) -> None:
    assert convert(text) == (markdown, ())


def test_docusaurus_admonitions_stay() -> None:
    text = ":::tip Title\n\nText **b**\n\n:::\n\n:::info We are on [PH](https://x.org) today!\n"
    assert convert(text) == (text, ())
    assert convert(":::info\n\nNow!\n\n<ProductHuntCard />\n\n:::\n") == (
        ":::info\n\nNow!\n\n:::\n", ("ProductHuntCard",))


def test_real_snippets() -> None:
    assert convert(TWEET) == (
        "Continue to be impressed and excited about Docusaurus v2 alpha releases. Already\n"
        "using the sidebar items generator. \n", ("TweetQuote",))
    assert convert(TEMPLATE_POST) == (TEMPLATE_POST.replace("{/* truncate */}",
                                                            "<!-- truncate -->"), ())
    # Docusaurus runs a ```mdx-code-block fence as MDX: it is unwrapped, not shown as code.
    assert convert("```mdx-code-block\nimport A from '@site/A';\n\n<A>\n\nHi\n\n</A>\n```\n\n"
                   "After\n") == ("Hi\n\nAfter\n", ("A",))


@pytest.mark.parametrize(("text", "markdown"), [
    ("", ""),
    ("{", "{"),
    ("}", "}"),
    ("<", "&lt;"),
    ("<Foo", "&lt;Foo"),
    ("<Foo bar={", "&lt;Foo bar={"),
    ("<Foo bar=\"x\n\ny\">", "&lt;Foo bar=\"x\n\ny\">"),
    ("<Foo\n\nbar />", "&lt;Foo\n\nbar />"),
    ("{/*", "{/*"),
    ("{'", "{'"),
    ("{`${", "{`${"),
    ("```", "```"),
    ("import", "import"),
    ("import {", ""),
    ("a {b\n\n```js\n}\n```\n", "a {b\n\n```js\n}\n```\n"),
    ("<<<{{{>>>}}}", "&lt;&lt;&lt;"),
    ("\x00\x01\ufffd\ud800<{`$\\", "\x00\x01\ufffd\ud800&lt;{`$\\"),
    ("{'\\ud800'}", "\ufffd"),
    ("{'\\u{110000}'}", "\ufffd"),
])
def test_malformed_input_is_best_effort(text: str, markdown: str) -> None:
    # A `<` that opens no tag is text, written `&lt;`: the same to a reader, and Markdown's
    # HTML reader (which scans ahead from every `<`) never takes it for a tag.
    assert convert(text)[0] == markdown


@pytest.mark.skipif(not (CORPORA / "astro-blog").is_dir(), reason=f"no corpora at {CORPORA}")
def test_astro_blog_starter_post() -> None:
    source = (CORPORA / "astro-blog" / "using-mdx.mdx").read_text(encoding="utf-8")
    mdx = ("import HeaderLink from '../../components/HeaderLink.astro';\n\n"
           "<HeaderLink href=\"#\" onclick=\"alert('clicked!')\">\n"
           "\tEmbedded component in MDX\n</HeaderLink>\n")
    assert mdx in source
    front_matter = source[: source.index("---\n", 4) + 4]
    result = mdx_to_markdown(source)
    assert result == MdxResult(source.replace(mdx, "Embedded component in MDX\n"),
                               ("HeaderLink",))
    assert result.markdown.startswith(front_matter)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text() | st.text(alphabet="<>{}/*'\"`$\\=:.-# \n\tAabimportexs!~", max_size=400))
def test_any_text_converts(text: str) -> None:
    result = mdx_to_markdown(text)
    assert isinstance(result.markdown, str)
    assert len(set(result.dropped)) == len(result.dropped)
    assert all(isinstance(name, str) and name for name in result.dropped)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_text_without_mdx_is_unchanged(text: str) -> None:
    text = text.replace("<", "").replace("{", "").replace("import", "").replace("export", "")
    text = text.replace("mdx-code-block", "")  # Docusaurus' MDX fence, unwrapped by design
    assert mdx_to_markdown(text) == MdxResult(text, ())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="<>{}/=.:#!_ \nAbcimportexs", max_size=200),
       st.text(alphabet="<>{}()/*'\"=;:#!_ \nAbcimportexs", max_size=200),
       st.text(alphabet="<>{}/=.:#!_ \nAbcimportexs", max_size=200))
def test_fenced_code_survives_any_surroundings(before: str, code: str, after: str) -> None:
    fence = f"```js\n{code}\n```\n"
    assert fence in mdx_to_markdown(f"{before}\n{fence}{after}").markdown


@pytest.mark.parametrize(("text", "markdown"), [
    ("a < b and c > d, a<b, 1 <2\n", "a &lt; b and c > d, a&lt;b, 1 &lt;2\n"),
    ("x < > y\n", "x &lt; > y\n"),
    ("<https://example.org>, <me@example.org>\n", "<https://example.org>, <me@example.org>\n"),
    ("`a < b` and\n```\nx < y\n```\n", "`a < b` and\n```\nx < y\n```\n"),
])
def test_a_lone_angle_is_text(text: str, markdown: str) -> None:
    assert convert(text) == (markdown, ())


def test_a_megabyte_of_angles_and_braces_is_all_text() -> None:
    # How long this takes is measured by benchmarks/hostile.py (linear: about 0.2 s).
    text = ("<" * 37 + "{" * 41 + " text <Foo a={ b=\"\n") * 10_000
    assert len(text) > 900_000
    # Nothing closes, so it all is text: each `<` written as `&lt;`.
    assert mdx_to_markdown(text) == MdxResult(text.replace("<", "&lt;"), ())


@pytest.mark.parametrize("text", [
    "{" * 100_000,
    "<A b={" * 20_000,
    "<A b=\"" * 20_000,
    "<A " * 40_000,
    "{/*" * 40_000,
    "{'{'" * 30_000,
    "{`${" * 30_000,
    "<!--" * 30_000,
    "import {\n\n" * 10_000,
    "export const x = (\n" * 6_000,
    "<A>\n " * 20_000,
    "<A>\n" * 10_000 + "</B>\n" * 10_000,
    "`" * 1 + " `` " * 25_000,
    "$a " * 30_000,
    "a\n" * 50_000,
])
def test_hostile_input_is_converted(text: str) -> None:
    # Each finishes in about a second at most (benchmarks/hostile.py times them); here,
    # that it finishes without an exception and loses no line break.
    assert mdx_to_markdown(text).markdown.count("\n") <= text.count("\n")
