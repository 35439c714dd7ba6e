#!/usr/bin/env python3
"""Tests of scripts/check_structure.py on small made-up crates (run by `make lint`)."""

import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_structure  # noqa: E402


def crate(files):
    """A temporary checkout holding `files` (path -> text)."""
    root = tempfile.mkdtemp(prefix="check_structure_")
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    return root


def run(files, allowed_files=None, allowed_functions=None):
    root = crate(files)
    try:
        return check_structure.check(root, allowed_files or {}, allowed_functions or {})
    finally:
        shutil.rmtree(root)


def function(name, lines):
    """A function `lines` lines long, from `fn` to its closing brace."""
    body = "".join(f"    let _x{k} = {k};\n" for k in range(lines - 2))
    return f"pub fn {name}() {{\n{body}}}\n"


class Cycles(unittest.TestCase):
    def test_siblings_importing_each_other_are_a_cycle_named_with_lines(self):
        failures, _ = run({
            "src/lib.rs": "pub mod a;\npub mod b;\n",
            "src/a.rs": "use crate::b::B;\npub struct A;\n",
            "src/b.rs": "pub struct B;\nfn f() { let _ = crate::a::A; }\n",
        })
        self.assertEqual(len(failures), 1, failures)
        self.assertIn("import cycle", failures[0])
        self.assertIn("src/a.rs:1 (use crate::b::B) -> src/b.rs", failures[0])
        self.assertIn("src/b.rs:2 (crate::a::A) -> src/a.rs", failures[0])

    def test_a_grouped_use_and_a_transitive_cycle(self):
        failures, _ = run({
            "src/lib.rs": "pub mod x;\n",
            "src/x/mod.rs": "mod a;\nmod b;\nmod c;\n",
            "src/x/a.rs": "use super::{b::{self, B}, c};\npub struct A;\n",
            "src/x/b.rs": "pub use super::c::C as B;\n",
            "src/x/c.rs": "pub struct C;\nuse crate::x::a::A;\n",
        })
        self.assertEqual(len(failures), 2, failures)  # a -> b -> c -> a, a -> c -> a
        self.assertTrue(all("import cycle" in f for f in failures))

    def test_a_child_may_use_its_parents_items_and_the_parent_re_export_the_child(self):
        failures, _ = run({
            "src/lib.rs": "pub mod v;\n",
            "src/v/mod.rs": "mod page;\nmod hooks;\npub use page::Page;\n"
                            "pub(crate) use hooks::strings;\npub fn raw() {}\n",
            "src/v/page.rs": "use super::{raw, strings};\npub struct Page;\n",
            "src/v/hooks.rs": "pub fn strings() {}\n",
        })
        self.assertEqual(failures, [])

    def test_a_parent_using_its_child_that_uses_the_parent_is_a_cycle(self):
        failures, _ = run({
            "src/lib.rs": "pub mod v;\n",
            "src/v/mod.rs": "mod page;\npub fn raw() { page::f() }\n",
            "src/v/page.rs": "use super::raw;\npub fn f() {}\n",
        })
        self.assertEqual(len(failures), 1, failures)
        self.assertIn("src/v/mod.rs:2 (page::f) -> src/v/page.rs", failures[0])

    def test_a_path_through_a_re_export_is_an_edge_to_where_the_item_lives(self):
        failures, _ = run({
            "src/lib.rs": "pub mod v;\npub mod b;\n",
            "src/v/mod.rs": "mod page;\npub use page::ID;\n",
            "src/v/page.rs": "pub const ID: &str = \"x\";\nuse crate::b::f;\n",
            "src/b/mod.rs": "mod web;\npub use web::*;\n",
            "src/b/web.rs": "pub fn f() { let _ = crate::v::ID; }\n",
        })
        self.assertEqual(len(failures), 1, failures)
        self.assertIn("src/b/web.rs:1 (crate::v::ID) -> src/v/page.rs", failures[0])

    def test_tests_comments_strings_and_visibility_paths_are_not_edges(self):
        failures, _ = run({
            "src/lib.rs": "pub mod a;\npub mod b;\n",
            "src/a.rs": "use crate::b::B;\npub struct A;\n",
            "src/b.rs": "pub struct B;\n// crate::a::A\nconst S: &str = \"crate::a::A\";\n"
                        "pub(in crate::a) fn g() {}\n"
                        "#[cfg(test)]\nmod tests {\n    use crate::a::A;\n}\n",
        })
        self.assertEqual(failures, [])

    def test_each_binary_is_its_own_crate(self):
        failures, _ = run({
            "src/lib.rs": "pub mod a;\n",
            "src/a.rs": "pub fn f() {}\n",
            "src/bin/tool/main.rs": "mod a;\nmod b;\n",
            "src/bin/tool/a.rs": "pub fn f() { super::b::g() }\n",
            "src/bin/tool/b.rs": "pub fn g() { crate::a::f() }\n",
        })
        self.assertEqual(len(failures), 1, failures)
        self.assertIn("src/bin/tool/a.rs", failures[0])


class Globs(unittest.TestCase):
    files = {
        "src/lib.rs": "pub mod browser;\npub mod view;\npub mod core;\nmod start;\n",
        "src/browser/mod.rs": "mod web;\npub use web::*;\n",
        "src/browser/web.rs": "pub fn f() {}\n",
        "src/core/mod.rs": "pub fn c() {}\n",
        "src/view/mod.rs": "use yew::prelude::*;\nuse crate::core::*;\n",
    }

    def test_a_glob_between_browser_start_and_view_fails(self):
        failures, _ = run({**self.files, "src/start.rs": "use crate::browser::*;\n"})
        self.assertEqual(len(failures), 1, failures)
        self.assertIn("src/start.rs:1: glob import `crate::browser::*` from start into browser",
                      failures[0])

    def test_globs_of_other_crates_into_core_and_inside_browser_pass(self):
        failures, _ = run({**self.files, "src/start.rs": "use crate::browser::f;\n"})
        self.assertEqual(failures, [])


class Sizes(unittest.TestCase):
    def test_a_long_function_fails_with_its_file_line_and_length(self):
        failures, _ = run({"src/lib.rs": "\n" + function("long", 81)})
        self.assertEqual(failures, ["src/lib.rs:2: function `long` is 81 lines (limit 80): "
                                    "extract its parts"])
        self.assertEqual(run({"src/lib.rs": function("ok", 80)})[0], [])

    def test_an_allowlisted_function_may_shrink_but_not_grow(self):
        allowed = {"src/lib.rs::long": 90}
        self.assertEqual(run({"src/lib.rs": function("long", 90)}, None, allowed)[0], [])
        failures, notes = run({"src/lib.rs": function("long", 85)}, None, allowed)
        self.assertEqual(failures, [])
        self.assertIn("lower its number", notes[0])
        failures, _ = run({"src/lib.rs": function("long", 91)}, None, allowed)
        self.assertEqual(len(failures), 1, failures)
        self.assertIn("function `long` grew to 91 lines; the allowlist holds it at 90", failures[0])

    def test_an_allowlisted_file_may_shrink_but_not_grow(self):
        allowed = {"src/lib.rs": 520}
        text = "const A: u8 = 0;\n" * 520
        self.assertEqual(run({"src/lib.rs": text}, allowed)[0], [])
        failures, _ = run({"src/lib.rs": text + "const B: u8 = 0;\n"}, allowed)
        self.assertEqual(len(failures), 1, failures)
        self.assertIn("src/lib.rs:1: file grew to 521 lines", failures[0])
        failures, _ = run({"src/lib.rs": text})
        self.assertIn("src/lib.rs:1: file is 520 lines (limit 500", failures[0])

    def test_tests_are_aside(self):
        tests = "#[cfg(test)]\nmod tests {\n" + function("t", 200) + "}\n"
        files = {
            "src/lib.rs": "const A: u8 = 0;\n" * 490 + tests + "#[cfg(test)]\nmod testing;\n",
            "src/testing.rs": function("helper", 200),
            "src/x/tests.rs": function("helper", 200),
        }
        self.assertEqual(run(files)[0], [])

    def test_braces_in_strings_comments_and_chars_do_not_end_a_function(self):
        text = ("pub fn tricky<'a>(x: &'a [u8; 2]) -> char {\n"
                "    let _ = \"}}}\"; let _ = r#\"}\"#; // }\n"
                "    /* } /* nested } */ */\n"
                "    let _ = '}';\n" + "    let _y = 0;\n" * 80 + "    '{'\n}\n")
        failures, _ = run({"src/lib.rs": text})
        self.assertEqual(failures, ["src/lib.rs:1: function `tricky` is 86 lines (limit 80): "
                                    "extract its parts"])


if __name__ == "__main__":
    unittest.main()
