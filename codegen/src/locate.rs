//! Positions of keys in a catalog's text, for the errors serde_yaml cannot place (duplicates, name
//! collisions, values out of range): serde_yaml reports positions only for syntax and type errors.
//!
//! Catalogs are block-style YAML (`key: value` lines, `- ` sequence items), which this reads by
//! indentation alone. Anything it cannot find falls back to the nearest enclosing entry, so an
//! error always has a position.

/// One step of a path into the document.
#[derive(Clone, Copy, Debug)]
pub enum Step<'a> {
    Key(&'a str),
    Item(usize),
}

/// A 1-based line and column.
type Position = (usize, usize);

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A range of lines, as `(start, end)`: the key of a sequence's cached items.
type LineRange = (usize, usize);

#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    /// 1-based line number.
    number: usize,
    /// 0-based column where `text` starts.
    column: usize,
    text: &'a str,
}

pub struct Locator<'a> {
    lines: Vec<Line<'a>>,
    /// The item lines of each sequence already looked at, by the sequence's line range: every
    /// entry of a catalog is located, so without this a 10,000-code catalog costs O(n²) scans.
    items: RefCell<HashMap<LineRange, Rc<[usize]>>>,
    /// The first line after a line that is indented no more than a column, by `(line, column)`:
    /// a key's block is searched for each of its entries, so this too would be O(n²) uncached.
    block_ends: RefCell<HashMap<(usize, usize), usize>>,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a str) -> Self {
        let lines = source
            .lines()
            .enumerate()
            .filter_map(|(index, raw)| {
                let text = raw.trim_start_matches(' ');
                let column = raw.len() - text.len();
                let text = text.trim_end();
                (!text.is_empty() && !text.starts_with('#') && text != "---").then_some(Line {
                    number: index + 1,
                    column,
                    text,
                })
            })
            .collect();
        Locator {
            lines,
            items: Default::default(),
            block_ends: Default::default(),
        }
    }

    /// The 1-based line and column of the value at `path`, or of the deepest part of it found.
    pub fn find(&self, path: &[Step<'_>]) -> (usize, usize) {
        self.walk(path).0
    }

    /// Like `find`, but when `path` ends with a key that is found, the position of the key itself
    /// (for errors about the key, such as an unknown one).
    pub fn find_key(&self, path: &[Step<'_>]) -> (usize, usize) {
        self.walk(path).1
    }

    /// The position of item `index` of the sequence at `path`, written as a block (`- 404` lines)
    /// or on one line (`[404, 600]`); the sequence's own position when the item is not found.
    pub fn find_item(&self, path: &[Step<'_>], index: usize) -> (usize, usize) {
        let (line_number, column) = self.find(path);
        let flow = self
            .lines
            .binary_search_by_key(&line_number, |line| line.number)
            .ok()
            .and_then(|at| self.lines.get(at))
            .and_then(|line| line.text.get(column.checked_sub(line.column + 1)?..))
            .filter(|rest| rest.starts_with('['));
        match flow {
            Some(rest) => {
                let inner = rest[1..].split(']').next().unwrap_or_default();
                let mut offset = 1;
                for (i, item) in inner.split(',').enumerate() {
                    if i == index {
                        let padding = item.len() - item.trim_start().len();
                        return (line_number, column + offset + padding);
                    }
                    offset += item.len() + 1;
                }
                (line_number, column)
            }
            None => {
                let mut full = path.to_vec();
                full.push(Step::Item(index));
                self.find(&full)
            }
        }
    }

    /// The value's position, and the key's position (the value's when not a key).
    fn walk(&self, path: &[Step<'_>]) -> (Position, Position) {
        let mut range = 0..self.lines.len();
        let mut found = ((1, 1), (1, 1));
        for step in path {
            let next = match *step {
                Step::Key(key) => self.key(range.clone(), key),
                Step::Item(index) => self.item(range.clone(), index).map(|(at, inner)| (at, at, inner)),
            };
            match next {
                Some((value_at, key_at, inner)) => {
                    found = (value_at, key_at);
                    range = inner;
                }
                None => break,
            }
        }
        found
    }

    /// A line's text and column as seen from inside a sequence item: `- key: v` reads as `key: v`.
    fn view(line: Line<'a>) -> (usize, &'a str) {
        match line.text.strip_prefix("- ") {
            Some(rest) => {
                let rest_trimmed = rest.trim_start_matches(' ');
                (line.column + 2 + rest.len() - rest_trimmed.len(), rest_trimmed)
            }
            None => (line.column, line.text),
        }
    }

    /// The lines after `start` that are indented more than `column` (a block's body).
    fn block_end(&self, start: usize, end: usize, column: usize) -> usize {
        let mut cache = self.block_ends.borrow_mut();
        let block_end = *cache.entry((start, column)).or_insert_with(|| {
            (start + 1..self.lines.len())
                .find(|&i| self.lines[i].column <= column)
                .unwrap_or(self.lines.len())
        });
        block_end.min(end)
    }

    fn key(
        &self,
        range: std::ops::Range<usize>,
        key: &str,
    ) -> Option<(Position, Position, std::ops::Range<usize>)> {
        let first = range.start;
        let indent = (first < range.end).then(|| Self::view(self.lines[first]).0)?;
        for i in range.clone() {
            let line = self.lines[i];
            let (column, text) = if i == first {
                Self::view(line)
            } else {
                (line.column, line.text)
            };
            if column != indent {
                continue;
            }
            let Some(rest) = text.strip_prefix(key) else {
                continue;
            };
            if let Some(value) = rest.strip_prefix(':') {
                // A block value (`help:` then indented lines) is placed at its key.
                let value_column = if value.trim().is_empty() {
                    column
                } else {
                    column + key.len() + 1 + (value.len() - value.trim_start().len())
                };
                let end = self.block_end(i, range.end, column);
                return Some((
                    (line.number, value_column + 1),
                    (line.number, column + 1),
                    i + 1..end,
                ));
            }
        }
        None
    }

    /// The lines starting the items of the sequence in `range`; empty for a flow sequence
    /// (`[a, b]` has no item lines: the caller falls back to its key).
    fn items_of(&self, range: std::ops::Range<usize>) -> Rc<[usize]> {
        let key = (range.start, range.end);
        if let Some(items) = self.items.borrow().get(&key) {
            return items.clone();
        }
        let dashes: Vec<usize> = range
            .clone()
            .filter(|&i| self.lines[i].text.starts_with('-'))
            .collect();
        let column = dashes.iter().map(|&i| self.lines[i].column).min();
        let items: Rc<[usize]> = dashes
            .into_iter()
            .filter(|&i| Some(self.lines[i].column) == column)
            .collect();
        self.items.borrow_mut().insert(key, items.clone());
        items
    }

    fn item(
        &self,
        range: std::ops::Range<usize>,
        index: usize,
    ) -> Option<((usize, usize), std::ops::Range<usize>)> {
        let items = self.items_of(range.clone());
        let at = *items.get(index)?;
        // The next item at the same indentation ends this one.
        let end = items.get(index + 1).copied().unwrap_or(range.end);
        let line = self.lines[at];
        Some(((line.number, line.column + 1), at..end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "# header\nmodule: oci\ncodes:\n  - code: A\n    retry: never\n\n  - code: B\n    status: [400]\n    help:\n      en: x\n";

    #[test]
    fn finds_top_level_keys() {
        assert_eq!(Locator::new(SOURCE).find(&[Step::Key("module")]), (2, 9));
    }

    #[test]
    fn finds_keys_of_sequence_items() {
        let locator = Locator::new(SOURCE);
        assert_eq!(locator.find(&[Step::Key("codes"), Step::Item(0)]), (4, 3));
        assert_eq!(
            locator.find(&[Step::Key("codes"), Step::Item(0), Step::Key("code")]),
            (4, 11)
        );
        assert_eq!(
            locator.find(&[Step::Key("codes"), Step::Item(1), Step::Key("status")]),
            (8, 13)
        );
        assert_eq!(
            locator.find(&[
                Step::Key("codes"),
                Step::Item(1),
                Step::Key("help"),
                Step::Key("en")
            ]),
            (10, 11)
        );
    }

    #[test]
    fn falls_back_to_the_enclosing_entry() {
        let locator = Locator::new(SOURCE);
        assert_eq!(
            locator.find(&[Step::Key("codes"), Step::Item(0), Step::Key("name")]),
            (4, 3)
        );
        assert_eq!(locator.find(&[Step::Key("nothing")]), (1, 1));
    }

    #[test]
    fn finds_items_of_flow_and_block_sequences() {
        let source = "a: [404,  600, 7]\nb:\n  - 1\n  - 2\nc: 5\n";
        let locator = Locator::new(source);
        assert_eq!(locator.find_item(&[Step::Key("a")], 0), (1, 5));
        assert_eq!(locator.find_item(&[Step::Key("a")], 1), (1, 11));
        assert_eq!(locator.find_item(&[Step::Key("a")], 2), (1, 16));
        assert_eq!(locator.find_item(&[Step::Key("a")], 3), (1, 4));
        assert_eq!(locator.find_item(&[Step::Key("b")], 1), (4, 3));
        assert_eq!(locator.find_item(&[Step::Key("c")], 0), (5, 4));
    }

    #[test]
    fn finds_keys_themselves() {
        let locator = Locator::new(SOURCE);
        assert_eq!(
            locator.find_key(&[Step::Key("codes"), Step::Item(1), Step::Key("status")]),
            (8, 5)
        );
        assert_eq!(
            locator.find_key(&[Step::Key("codes"), Step::Item(0), Step::Key("code")]),
            (4, 5)
        );
        assert_eq!(locator.find_key(&[Step::Key("module")]), (2, 1));
    }
}
