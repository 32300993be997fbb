//! Reads the string constants of a Go file such as tencentcloud-sdk-go's `errors.go`, each with the
//! doc comment directly above it. A small lexer, not line regexes: strings, runes and comments are
//! recognised wherever they are, so a `//` or `)` inside a literal, a `/* */` comment or another
//! declaration cannot derail it. What it cannot read is reported with its line, never skipped.

/// One `NAME = "value"` constant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoConst {
    pub name: String,
    /// The literal's value, escapes interpreted.
    pub value: String,
    /// 1-based line of the constant's name.
    pub line: usize,
    /// The comment lines directly above the constant (no blank line between), trimmed and joined
    /// with a space; `None` when there is none or it is blank (the SDK has empty `// ` lines).
    pub doc: Option<String>,
}

/// Something the reader could not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
    pub help: String,
}

impl Problem {
    fn new(line: usize, message: impl Into<String>, help: impl Into<String>) -> Problem {
        Problem {
            line,
            message: message.into(),
            help: help.into(),
        }
    }
}

/// Every string constant of the file, in file order, and every problem found. Constants in
/// `const` declarations at the top level count, in blocks or alone; everything else is skipped.
pub fn read_consts(bytes: &[u8]) -> (Vec<GoConst>, Vec<Problem>) {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let line = 1 + bytes[..error.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            let problem = Problem::new(
                line,
                format!(
                    "the file is not UTF-8: byte 0x{:02X} cannot start or continue a character",
                    bytes[error.valid_up_to()]
                ),
                "Go source files are UTF-8; re-check out the file (a download or an editor may have changed its encoding)",
            );
            return (Vec::new(), vec![problem]);
        }
    };
    let (tokens, mut problems, fatal) = lex(text);
    if fatal {
        // The tokens stop where lexing could not go on: parsing them would only add
        // consequential messages (an unclosed block, a missing value).
        return (Vec::new(), problems);
    }
    let tokens = attach_docs(tokens);
    let mut parser = Parser {
        tokens: &tokens,
        at: 0,
        consts: Vec::new(),
        problems: Vec::new(),
    };
    parser.file();
    problems.append(&mut parser.problems);
    problems.sort_by_key(|problem| problem.line);
    (parser.consts, problems)
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    Ident(String),
    Str(String),
    /// A string literal whose problem was already reported: accepted without a second message.
    BadStr,
    /// A comment's text, without `//` or `/* */`; `end` is the line it ends on.
    Comment {
        text: String,
        end: usize,
    },
    Newline,
    Punct(char),
    /// Numbers and rune literals: never a constant's string value.
    Other,
}

#[derive(Clone, Debug)]
struct Token {
    kind: Kind,
    line: usize,
    /// For the first token of a constant: the comment directly above it.
    doc: Option<String>,
}

/// The tokens, the problems, and whether lexing stopped at one.
fn lex(text: &str) -> (Vec<Token>, Vec<Problem>, bool) {
    let mut tokens = Vec::new();
    let mut problems = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut line = 1;
    let push = |tokens: &mut Vec<Token>, kind, line| {
        tokens.push(Token {
            kind,
            line,
            doc: None,
        })
    };
    while let Some((start, c)) = chars.next() {
        match c {
            '\n' => {
                push(&mut tokens, Kind::Newline, line);
                line += 1;
            }
            c if c.is_whitespace() || c == '\u{feff}' => {}
            '/' if chars.peek().is_some_and(|&(_, next)| next == '/') => {
                let rest = &text[start + 2..];
                let len = rest.find('\n').unwrap_or(rest.len());
                let text = rest[..len].trim().to_owned();
                push(&mut tokens, Kind::Comment { text, end: line }, line);
                // Leave the newline to the loop, which counts it.
                while chars.next_if(|&(_, next)| next != '\n').is_some() {}
            }
            '/' if chars.peek().is_some_and(|&(_, next)| next == '*') => {
                let rest = &text[start + 2..];
                let Some(len) = rest.find("*/") else {
                    problems.push(Problem::new(
                        line,
                        "unterminated `/* */` comment: the file ends inside it",
                        "close the comment with `*/`; the file may be cut short",
                    ));
                    return (tokens, problems, true);
                };
                let body = &rest[..len];
                let end = line + body.matches('\n').count();
                // Block comments often start each line with ` * `.
                let text = body
                    .lines()
                    .map(|part| part.trim().trim_start_matches('*').trim())
                    .filter(|part| !part.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                push(&mut tokens, Kind::Comment { text, end }, line);
                line = end;
                for _ in 0..body.chars().count() + 3 {
                    chars.next();
                }
            }
            '"' => match interpreted_string(&mut chars, line) {
                Ok(value) => push(&mut tokens, Kind::Str(value), line),
                Err((problem, fatal)) => {
                    problems.push(problem);
                    if fatal {
                        return (tokens, problems, true);
                    }
                    push(&mut tokens, Kind::BadStr, line);
                }
            },
            '`' => {
                let rest = &text[start + 1..];
                let Some(len) = rest.find('`') else {
                    problems.push(Problem::new(
                        line,
                        "unterminated raw string: the file ends before its closing `` ` ``",
                        "close the string with a backquote; the file may be cut short",
                    ));
                    return (tokens, problems, true);
                };
                // Go drops carriage returns from raw strings.
                let value = rest[..len].replace('\r', "");
                let start_line = line;
                line += rest[..len].matches('\n').count();
                for _ in 0..rest[..len].chars().count() + 1 {
                    chars.next();
                }
                push(&mut tokens, Kind::Str(value), start_line);
            }
            '\'' => {
                // A rune literal: only skipped, but its quote must not start a string.
                let mut closed = false;
                while let Some((_, next)) = chars.next() {
                    match next {
                        '\\' => {
                            chars.next();
                        }
                        '\'' => {
                            closed = true;
                            break;
                        }
                        '\n' => break,
                        _ => {}
                    }
                }
                if !closed {
                    problems.push(Problem::new(
                        line,
                        "unterminated rune literal",
                        "close the literal with `'` on the same line",
                    ));
                    return (tokens, problems, true);
                }
                push(&mut tokens, Kind::Other, line);
            }
            c if c == '_' || c.is_alphabetic() => {
                let mut ident = String::from(c);
                while let Some((_, next)) = chars.next_if(|&(_, next)| next == '_' || next.is_alphanumeric())
                {
                    ident.push(next);
                }
                push(&mut tokens, Kind::Ident(ident), line);
            }
            c if c.is_ascii_digit() => {
                let number =
                    |&(_, next): &(usize, char)| next.is_ascii_alphanumeric() || next == '.' || next == '_';
                while chars.next_if(number).is_some() {}
                push(&mut tokens, Kind::Other, line);
            }
            c => push(&mut tokens, Kind::Punct(c), line),
        }
    }
    (tokens, problems, false)
}

/// The rest of a `"…"` literal after its opening quote. `Err((problem, fatal))`: fatal when the
/// literal does not end on its line (lexing cannot go on), not fatal for a bad escape.
fn interpreted_string(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    line: usize,
) -> Result<String, (Problem, bool)> {
    let unterminated = || {
        (
            Problem::new(
                line,
                "unterminated string: the line ends before its closing `\"`",
                "close the string on the same line; a Go string in double quotes cannot span lines (use `\\n`)",
            ),
            true,
        )
    };
    // Bytes, because `\xhh` and octal escapes give bytes; checked for UTF-8 at the end.
    let mut bytes = Vec::new();
    let mut bad_escape = None;
    loop {
        let (_, c) = chars.next().ok_or_else(unterminated)?;
        match c {
            '"' => break,
            '\n' => return Err(unterminated()),
            '\\' => {
                let (_, escape) = chars.next().ok_or_else(unterminated)?;
                let simple = match escape {
                    'a' => Some(0x07),
                    'b' => Some(0x08),
                    'f' => Some(0x0c),
                    'n' => Some(b'\n'),
                    'r' => Some(b'\r'),
                    't' => Some(b'\t'),
                    'v' => Some(0x0b),
                    '\\' => Some(b'\\'),
                    '"' => Some(b'"'),
                    _ => None,
                };
                if let Some(byte) = simple {
                    bytes.push(byte);
                    continue;
                }
                let decoded = match escape {
                    '0'..='7' => escape_digits(chars, 3, 8, Some(escape))
                        .and_then(|value| u8::try_from(value).ok())
                        .map(|byte| bytes.push(byte)),
                    'x' => escape_digits(chars, 2, 16, None).map(|value| bytes.push(value as u8)),
                    'u' | 'U' => escape_digits(chars, if escape == 'u' { 4 } else { 8 }, 16, None)
                        .and_then(char::from_u32)
                        .map(|c| bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes())),
                    '\n' => return Err(unterminated()),
                    _ => None,
                };
                if decoded.is_none() && bad_escape.is_none() {
                    bad_escape = Some(escape);
                }
            }
            c => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    if let Some(escape) = bad_escape {
        return Err((
            Problem::new(
                line,
                format!("invalid escape `\\{escape}…` in a string"),
                "Go strings know \\a \\b \\f \\n \\r \\t \\v \\\\ \\\", three octal digits, \\x with two hex digits, \\u with four and \\U with eight (a valid character)",
            ),
            false,
        ));
    }
    String::from_utf8(bytes).map_err(|_| {
        (
            Problem::new(
                line,
                "the string's escapes make bytes that are not UTF-8",
                "a wire code or description must be text: write the characters or `\\u` escapes",
            ),
            false,
        )
    })
}

/// The value of an escape's `count` digits in `radix` (`first` already read), or `None` when a
/// digit is missing.
fn escape_digits(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    count: usize,
    radix: u32,
    first: Option<char>,
) -> Option<u32> {
    let mut value: u32 = 0;
    let mut read = 0;
    if let Some(first) = first {
        value = first.to_digit(radix)?;
        read = 1;
    }
    while read < count {
        let (_, digit) = chars.next_if(|&(_, d)| d.is_digit(radix))?;
        value = value * radix + digit.to_digit(radix)?;
        read += 1;
    }
    Some(value)
}

/// Gives each significant token the comment group directly above it, and drops the comments.
/// Go's rule: a group is consecutive comment lines; it documents the token on the next line.
/// A comment after a token on the same line is a trailing remark and documents nothing.
fn attach_docs(tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut group: Vec<String> = Vec::new();
    let mut group_end = None;
    let mut last_significant_line = None;
    for mut token in tokens {
        match token.kind {
            Kind::Comment { text, end } => {
                if last_significant_line == Some(token.line) {
                    group.clear();
                    group_end = None;
                    continue;
                }
                // Consecutive lines, or a second comment on the line a block comment ends.
                if !matches!(group_end, Some(end) if token.line == end || token.line == end + 1) {
                    group.clear();
                }
                if !text.is_empty() {
                    group.push(text);
                }
                group_end = Some(end);
            }
            Kind::Newline => out.push(token),
            _ => {
                if group_end.map(|end| end + 1) == Some(token.line) && !group.is_empty() {
                    token.doc = Some(group.join(" "));
                }
                group.clear();
                group_end = None;
                last_significant_line = Some(token.line);
                out.push(token);
            }
        }
    }
    out
}

struct Parser<'a> {
    tokens: &'a [Token],
    at: usize,
    consts: Vec<GoConst>,
    problems: Vec<Problem>,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&'a Token> {
        self.tokens.get(self.at)
    }

    fn file(&mut self) {
        // Only top-level `const`s: one inside a function body is no SDK error code.
        let mut depth = 0usize;
        while let Some(token) = self.peek() {
            self.at += 1;
            match &token.kind {
                Kind::Punct('(' | '[' | '{') => depth += 1,
                Kind::Punct(')' | ']' | '}') => depth = depth.saturating_sub(1),
                Kind::Ident(word) if word == "const" && depth == 0 => self.const_decl(token),
                _ => {}
            }
        }
    }

    /// After `const`: a block `( … )` or one spec.
    fn const_decl(&mut self, keyword: &Token) {
        let line = keyword.line;
        self.skip_newlines();
        match self.peek().map(|token| &token.kind) {
            Some(Kind::Punct('(')) => {
                self.at += 1;
                self.const_block(line);
            }
            // `// Doc.` above `const NAME = "Code"` documents the constant.
            Some(_) => self.spec(keyword.doc.as_deref()),
            None => self.problems.push(Problem::new(
                line,
                "the file ends after `const`",
                "the file may be cut short",
            )),
        }
    }

    fn skip_newlines(&mut self) {
        while self.peek().is_some_and(|token| token.kind == Kind::Newline) {
            self.at += 1;
        }
    }

    fn const_block(&mut self, open_line: usize) {
        loop {
            let Some(token) = self.peek() else {
                self.problems.push(Problem::new(
                    open_line,
                    "unterminated const block: the `const (` opened here is never closed",
                    "close the block with `)`; the file may be cut short",
                ));
                return;
            };
            match token.kind {
                Kind::Newline | Kind::Punct(';') => self.at += 1,
                Kind::Punct(')') => {
                    self.at += 1;
                    return;
                }
                _ => self.spec(None),
            }
        }
    }

    /// One constant spec, up to the end of its line (or `;`, or the block's `)`, left in place).
    fn spec(&mut self, outer_doc: Option<&str>) {
        let start = self.at;
        while let Some(token) = self.peek() {
            if matches!(token.kind, Kind::Newline | Kind::Punct(';' | ')')) {
                break;
            }
            self.at += 1;
            // A value in parentheses, e.g. `X = ("a")`, keeps its `)` inside the spec.
            if token.kind == Kind::Punct('(') {
                let mut depth = 1;
                while let Some(inner) = self.peek() {
                    self.at += 1;
                    match inner.kind {
                        Kind::Punct('(') => depth += 1,
                        Kind::Punct(')') => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        let spec = &self.tokens[start..self.at];
        if let Err(problem) = self.read_spec(spec, outer_doc) {
            self.problems.push(problem);
        }
    }

    fn read_spec(&mut self, spec: &[Token], outer_doc: Option<&str>) -> Result<(), Problem> {
        let Some(first) = spec.first() else {
            let line = self.peek().map_or(1, |token| token.line);
            return Err(Problem::new(
                line,
                "expected a constant after `const`",
                "write `const NAME = \"Code\"` or a block `const ( … )`",
            ));
        };
        let Kind::Ident(first_name) = &first.kind else {
            return Err(Problem::new(
                first.line,
                format!("expected a constant's name, found {}", describe(&first.kind)),
                "each line of a const block must be `NAME = \"Code\"`",
            ));
        };
        // Names, separated by commas.
        let mut names = vec![(first_name.clone(), first.line)];
        let mut at = 1;
        while let (Some(Kind::Punct(',')), Some(Kind::Ident(name))) =
            (spec.get(at).map(|t| &t.kind), spec.get(at + 1).map(|t| &t.kind))
        {
            names.push((name.clone(), spec[at + 1].line));
            at += 2;
        }
        let shown = names
            .iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        // An optional type: `NAME string = "Code"`.
        if let Some(Kind::Ident(_)) = spec.get(at).map(|t| &t.kind) {
            at += 1;
        }
        match spec.get(at).map(|t| &t.kind) {
            Some(Kind::Punct('=')) => at += 1,
            None => {
                return Err(Problem::new(
                    first.line,
                    format!("the constant `{shown}` has no value"),
                    "the importer reads `NAME = \"Code\"`; a constant repeating the previous one's expression (iota style) has no code of its own",
                ))
            }
            Some(other) => {
                return Err(Problem::new(
                    first.line,
                    format!("the constant `{shown}`: expected `=`, found {}", describe(other)),
                    "each line of a const block must be `NAME = \"Code\"`",
                ))
            }
        }
        let values: Vec<&[Token]> = spec[at..].split(|t| t.kind == Kind::Punct(',')).collect();
        let not_string = || {
            Problem::new(
                first.line,
                format!("the constant `{shown}` is not set to a string literal"),
                "the importer reads `NAME = \"Code\"`: one string literal per constant, no expressions",
            )
        };
        if values.len() != names.len() {
            return Err(not_string());
        }
        for ((name, line), value) in names.into_iter().zip(values) {
            match value {
                [Token {
                    kind: Kind::Str(value),
                    ..
                }] => self.consts.push(GoConst {
                    name,
                    value: value.clone(),
                    line,
                    doc: first.doc.clone().or_else(|| outer_doc.map(str::to_owned)),
                }),
                // Already reported where the literal is.
                [Token {
                    kind: Kind::BadStr, ..
                }] => {}
                _ => return Err(not_string()),
            }
        }
        Ok(())
    }
}

fn describe(kind: &Kind) -> String {
    match kind {
        Kind::Ident(word) => format!("`{word}`"),
        Kind::Str(_) | Kind::BadStr => "a string".to_owned(),
        Kind::Punct(c) => format!("`{c}`"),
        Kind::Other => "a number or rune".to_owned(),
        Kind::Newline => "the end of the line".to_owned(),
        Kind::Comment { .. } => "a comment".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Vec<GoConst>, Vec<Problem>) {
        read_consts(text.as_bytes())
    }

    fn c(name: &str, value: &str, line: usize, doc: Option<&str>) -> GoConst {
        GoConst {
            name: name.to_owned(),
            value: value.to_owned(),
            line,
            doc: doc.map(str::to_owned),
        }
    }

    #[test]
    fn reads_the_sdk_shape_with_doc_comments() {
        let text = "// Licence line one.\n//\n// Licence line two.\n\npackage v1\n\nconst (\n\t// group heading\n\n\t// Fails.\n\tFAILED = \"FailedOperation\"\n\n\t// First line\n\t// second line.\n\tSNAKE = \"InternalError.SYS_ERR\"\n\tBARE = \"NoComment\"\n)\n";
        let (consts, problems) = read(text);
        assert_eq!(problems, []);
        assert_eq!(
            consts,
            [
                c("FAILED", "FailedOperation", 11, Some("Fails.")),
                c(
                    "SNAKE",
                    "InternalError.SYS_ERR",
                    15,
                    Some("First line second line.")
                ),
                c("BARE", "NoComment", 16, None),
            ]
        );
    }

    #[test]
    fn a_comment_separated_by_a_blank_line_or_blank_is_no_description() {
        let (consts, problems) = read("const (\n\t// far away\n\n\tA = \"A\"\n\t// \n\tB = \"B\"\n)\n");
        assert_eq!(problems, []);
        assert_eq!(consts, [c("A", "A", 4, None), c("B", "B", 6, None)]);
    }

    #[test]
    fn trailing_comments_and_block_comments() {
        let text = "const (\n\tA = \"A\" // trailing, not B's\n\tB = \"B\"\n\t/*\n\t * Block\n\t * text.\n\t */\n\tC = \"C\"\n\t/* one */ // two\n\tD = \"D\"\n)\n";
        let (consts, problems) = read(text);
        assert_eq!(problems, []);
        assert_eq!(
            consts,
            [
                c("A", "A", 2, None),
                c("B", "B", 3, None),
                c("C", "C", 8, Some("Block text.")),
                c("D", "D", 10, Some("one two")),
            ]
        );
    }

    #[test]
    fn other_declarations_several_blocks_and_single_consts() {
        let text = "package p\n\nimport (\n\t\"fmt\"\n)\n\nvar x = map[string]int{\"a)\": 1}\n\nfunc f() {\n\tconst local = \"Local\"\n\t_ = ')'\n\tfmt.Println(\"const (\")\n}\n\n// One.\nconst ONE = \"One\"\n\nconst (\n\tTWO string = \"Two\"\n\tTHREE, FOUR = \"Three\", `Four`\n)\n\ntype t struct{}\n";
        let (consts, problems) = read(text);
        assert_eq!(problems, []);
        assert_eq!(
            consts,
            [
                c("ONE", "One", 16, Some("One.")),
                c("TWO", "Two", 19, None),
                c("THREE", "Three", 20, None),
                c("FOUR", "Four", 20, None),
            ]
        );
    }

    #[test]
    fn a_file_with_no_codes() {
        assert_eq!(read("package p\n\nconst ()\n"), (vec![], vec![]));
        assert_eq!(read(""), (vec![], vec![]));
    }

    #[test]
    fn interprets_go_escapes() {
        let text = "const (\n\tA = \"q\\\"b\\\\t\\tn\\nx\\x41o\\101u\\u00e9U\\U0001F600\"\n\tB = `raw \\n \"x\"\r\nline`\n\tC = \"after\"\n)\n";
        let (consts, problems) = read(text);
        assert_eq!(problems, []);
        assert_eq!(consts[0].value, "q\"b\\t\tn\nxAoAuéU😀");
        assert_eq!(consts[1].value, "raw \\n \"x\"\nline");
        // The raw string spans two lines.
        assert_eq!(consts[2], c("C", "after", 5, None));
    }

    #[test]
    fn reports_unterminated_block_with_its_opening_line() {
        let (_, problems) = read("package p\n\nconst (\n\tA = \"A\"\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.contains("unterminated const block"));
    }

    #[test]
    fn reports_constants_without_a_string_value_and_goes_on() {
        let text = "const (\n\tA = 1\n\tB\n\tC = \"a\" + \"b\"\n\tD = \"D\"\n\tE = F\n)\n";
        let (consts, problems) = read(text);
        assert_eq!(consts, [c("D", "D", 5, None)]);
        let lines: Vec<usize> = problems.iter().map(|problem| problem.line).collect();
        assert_eq!(lines, [2, 3, 4, 6]);
        assert!(problems[0].message.contains("`A` is not set to a string literal"));
        assert!(problems[1].message.contains("`B` has no value"));
    }

    #[test]
    fn reports_unterminated_strings_and_comments() {
        let (_, problems) = read("const (\n\tA = \"A\n\tB = \"B\"\n)\n");
        assert_eq!((problems[0].line, problems.len()), (2, 1));
        assert!(problems[0].message.contains("unterminated string"));
        let (_, problems) = read("const (\n\tA = `A\n");
        assert!(problems[0].message.contains("unterminated raw string"));
        let (_, problems) = read("const (\n/* open\n\tA = \"A\"\n)\n");
        assert!(problems[0].message.contains("unterminated `/* */` comment"));
    }

    #[test]
    fn reports_bad_escapes_once() {
        let (consts, problems) = read("const (\n\tA = \"a\\qb\"\n\tB = \"\\xff\"\n\tC = \"C\"\n)\n");
        assert_eq!(consts, [c("C", "C", 4, None)]);
        assert_eq!(problems.len(), 2);
        assert!(problems[0].message.contains("invalid escape `\\q"));
        assert!(problems[1].message.contains("not UTF-8"));
    }

    #[test]
    fn reports_non_utf8_with_its_line() {
        let mut bytes = b"package p\n\nconst (\n\t// ".to_vec();
        bytes.extend_from_slice(&[0xb2, 0xd9, 0xd7, 0xf7]); // GBK, as an editor might save it
        bytes.extend_from_slice(b"\n\tA = \"A\"\n)\n");
        let (consts, problems) = read_consts(&bytes);
        assert_eq!(consts, []);
        assert_eq!(problems[0].line, 4);
        assert!(problems[0].message.contains("not UTF-8: byte 0xB2"));
    }
}
