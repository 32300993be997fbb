//! `cargo xtask extract-retry <provider> --sdk DIR [--with DIR] [--rev REV] [--out FILE]`: reads a
//! provider SDK's retry tables from a git checkout (a bare mirror will do: files are read with
//! `git show REV:path`) and writes them as facts, `facts/retry/<catalog>.json` by default: which
//! (status, code) answers the SDK retries and when, its attempts and backoff numbers, each with
//! the SDK file and function it comes from, and the commit read. Facts only: no SDK code or text.
//! Run again on a newer SDK, it prints what changed. `tests/tests/retry_facts.rs` checks every
//! fact against `decide`.
//!
//! Providers: `oci` (oracle/oci-go-sdk), `ibm` (IBM/go-sdk-core, `--with` hashicorp/go-retryablehttp
//! at the version its go.mod pins), `tencent` (TencentCloud/tencentcloud-sdk-go), `alibaba-kms`
//! (aliyun/alibabacloud-dkms-gcs-go-sdk, `--with` alibabacloud-go/tea at its go.mod's version),
//! `alibaba` (alibabacloud-go/darabonba-openapi, `--with` alibabacloud-go/tea at its go.mod's
//! version, or at `--with-rev REV` when the checkout lacks that tag; the revision read is recorded),
//! `aws` (boto/botocore: the standard retry mode of `botocore/retries/standard.py` and the retry
//! quota of `botocore/retries/quota.py`).
//!
//! The readers look for the exact shapes of today's sources; a changed shape is an error naming
//! the file and function, never a guess.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::flags::Flags;
use crate::git;
use crate::out::{fail, say};

pub const USAGE: &str = "cargo xtask extract-retry <oci|ibm|tencent|alibaba-kms|alibaba|aws> --sdk DIR [--with DIR] [--with-rev REV] [--rev REV] [--out FILE]";

/// A git checkout read at one revision.
struct Repo {
    dir: PathBuf,
    rev: String,
    commit: String,
}

impl Repo {
    fn open(dir: &Path, rev: &str) -> Result<Repo, String> {
        let commit = git(dir, &["rev-parse", &format!("{rev}^{{commit}}")])?;
        Ok(Repo {
            dir: dir.to_owned(),
            rev: rev.to_owned(),
            commit: commit.trim().to_owned(),
        })
    }

    fn file(&self, path: &'static str) -> Result<Source, String> {
        let text = git(&self.dir, &["show", &format!("{}:{path}", self.rev)])?;
        Ok(Source { path, text })
    }

    /// The version this checkout's go.mod requires of `module`.
    fn go_mod_version(&self, module: &str) -> Result<String, String> {
        self.file("go.mod")?
            .text
            .lines()
            .map(str::trim)
            .find_map(|line| {
                let line = line.strip_prefix("require ").unwrap_or(line);
                let (name, version) = line.split_once(' ')?;
                (name == module).then(|| version.trim().to_owned())
            })
            .ok_or_else(|| format!("go.mod: no `{module}`"))
    }
}

/// One rule of the SDK's decision, tried in order (the first matching decides): statuses
/// `first..=last` (`None`: any), an exact code (`None`: any), and when it is retried.
struct Rule {
    statuses: Option<(u16, u16)>,
    code: Option<String>,
    when: &'static str,
    from: String,
}

impl Rule {
    /// A rule on statuses `first..=last`, whatever the code.
    fn statuses(first: u16, last: u16, when: &'static str, from: String) -> Rule {
        Rule {
            statuses: Some((first, last)),
            code: None,
            when,
            from,
        }
    }

    /// A rule on exactly `code`, whatever the status.
    fn code(code: &str, when: &'static str, from: String) -> Rule {
        Rule {
            statuses: None,
            code: Some(code.to_owned()),
            when,
            from,
        }
    }
}

/// One expectation of the SDK's own tests: this answer is (not) retried, inside the window or
/// outside it.
struct Expectation {
    status: u16,
    code: String,
    window: bool,
    retried: bool,
    from: String,
}

#[derive(Default)]
struct Facts {
    provider: &'static str,
    catalog: &'static str,
    sdk: &'static str,
    commit: String,
    also: Vec<(String, String, String)>,
    retries_on_by_default: bool,
    rules: Vec<Rule>,
    otherwise_from: String,
    expectations: Vec<Expectation>,
    /// `(name, JSON object)`: max_attempts, backoff, window.
    numbers: Vec<(&'static str, String)>,
    /// `(name, JSON value)`: other facts of the SDK's decision, checked by their own test
    /// (`throttling`: the codes darabonba-openapi turns into a ThrottlingError and the headers
    /// its delay comes from).
    other: Vec<(&'static str, String)>,
}

pub fn run(options: &[&str], root: &Path) -> ExitCode {
    match extract(options).and_then(|(facts, out)| {
        let out = out.unwrap_or_else(|| root.join(format!("facts/retry/{}.json", facts.catalog)));
        let text = render(&facts);
        let before = std::fs::read_to_string(&out).ok();
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&out, &text).map_err(|e| format!("{}: {e}", out.display()))?;
        report(&out, before.as_deref(), &text);
        Ok(())
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(message),
    }
}

/// Reads the options, then the provider SDK's facts; with the `--out` file, if given.
fn extract(options: &[&str]) -> Result<(Facts, Option<PathBuf>), String> {
    let with_usage = |problem: String| format!("{problem}\nusage: {USAGE}");
    let (provider, rest) = match options {
        [provider, rest @ ..] if !provider.starts_with('-') => (*provider, rest),
        _ => return Err(with_usage("the provider comes first".to_owned())),
    };
    let single = ["--sdk", "--with", "--with-rev", "--rev", "--out"];
    let flags = Flags::parse(rest, &single, &[], &[]).map_err(with_usage)?;
    let sdk = flags
        .required("--sdk", "a checkout of the provider's SDK")
        .map_err(with_usage)?;
    let repo = Repo::open(&sdk, flags.one("--rev").unwrap_or("HEAD"))?;
    // The `--with` checkout, a dependency of the SDK.
    let with = |what: &str| {
        flags
            .one("--with")
            .map(Path::new)
            .ok_or_else(|| format!("{provider} needs --with DIR: a checkout of {what}"))
    };
    let facts = match provider {
        "oci" => oci(&repo),
        "ibm" => ibm(&repo, with("hashicorp/go-retryablehttp")?),
        "tencent" => tencent(&repo),
        "alibaba-kms" => alibaba_kms(&repo, with("alibabacloud-go/tea")?),
        "alibaba" => alibaba(&repo, (with("alibabacloud-go/tea")?, flags.one("--with-rev"))),
        "aws" => aws(&repo),
        _ => Err(with_usage(format!("unknown provider `{provider}`"))),
    }?;
    Ok((facts, flags.one("--out").map(PathBuf::from)))
}

/// A file of a checkout at the revision read; messages show its path.
struct Source {
    path: &'static str,
    text: String,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.path)
    }
}

impl Source {
    /// The Go function `func name(` (or a method `func (…) name(`), up to its closing `}` at
    /// column 0.
    fn function(&self, name: &str) -> Result<Block<'_>, String> {
        let (source, file) = (&self.text, self.path);
        let start = source
            .match_indices("\nfunc ")
            .map(|(at, _)| at + 1)
            .find(|&at| {
                let line = source[at..].lines().next().unwrap_or("");
                let after_receiver = match line.strip_prefix("func (") {
                    Some(rest) => rest.split_once(") ").map_or("", |(_, tail)| tail),
                    None => &line[5..],
                };
                after_receiver.starts_with(&format!("{name}("))
            })
            .ok_or_else(|| format!("{file}: no function `{name}`: the SDK changed; read it by hand"))?;
        let end = source[start..]
            .find("\n}\n")
            .map_or(source.len(), |end| start + end + 2);
        Ok(Block {
            file,
            name: name.to_owned(),
            body: &source[start..end],
        })
    }

    /// The `{status, "code"}: bool` entries of the Go map `name = map[…]…{ … }`.
    fn status_code_map(&self, name: &str) -> Result<Vec<(u16, String, bool)>, String> {
        let (source, file) = (&self.text, self.path);
        let start = source
            .find(&format!("{name} = map["))
            .ok_or_else(|| format!("{file}: no map `{name}`: the SDK changed; read it by hand"))?;
        let open = start + source[start..].find('{').unwrap_or(0) + 1;
        let end = source[open..]
            .find("\n\t}")
            .ok_or_else(|| format!("{file}: `{name}` does not end"))?;
        let mut entries = Vec::new();
        for line in source[open..open + end]
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with("//"))
        {
            let parsed = (|| {
                let line = line.strip_prefix('{')?;
                let (status, rest) = line.split_once(',')?;
                let (code, rest) = rest.trim().strip_prefix('"')?.split_once('"')?;
                let value = rest.trim().strip_prefix("}:")?.trim().trim_end_matches(',');
                let value = match value {
                    "true" => true,
                    "false" => false,
                    _ => return None,
                };
                Some((status.trim().parse().ok()?, code.to_owned(), value))
            })();
            entries.push(parsed.ok_or_else(|| format!("{file} {name}: cannot read the entry `{line}`"))?);
        }
        if entries.is_empty() {
            return Err(format!("{file} {name}: no entries"));
        }
        Ok(entries)
    }

    /// The number after `name = ` (a Go constant: `uint(8)`, `2.0`, `30 * time.Second`).
    fn constant(&self, name: &str) -> Result<f64, String> {
        let file = self.path;
        let line = self
            .text
            .lines()
            .map(str::trim)
            .find(|line| line.split_whitespace().next() == Some(name) && line.contains('='))
            .ok_or_else(|| format!("{file}: no constant `{name}`"))?;
        let value = line.split_once('=').map_or("", |(_, value)| value).trim();
        let digits: String = value
            .trim_start_matches("uint(")
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        digits
            .parse()
            .map_err(|_| format!("{file}: cannot read the constant `{name}` ({value})"))
    }
}

/// A block of a file: a Go function, a Python class or method; messages show `file name`.
struct Block<'a> {
    file: &'a str,
    name: String,
    body: &'a str,
}

impl std::fmt::Display for Block<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.file, self.name)
    }
}

impl<'a> Block<'a> {
    /// Checks that the body still holds each of `needles`: the shapes its facts are read from.
    fn requires(&self, needles: &[&str]) -> Result<&'a str, String> {
        match needles.iter().find(|needle| !self.body.contains(*needle)) {
            Some(needle) => Err(format!(
                "{self}: `{needle}` is gone: the SDK changed; read it by hand"
            )),
            None => Ok(self.body),
        }
    }

    /// The first line of the body that `test` picks; else `what` is gone.
    fn line(&self, what: &str, test: impl Fn(&str) -> bool) -> Result<&'a str, String> {
        self.body
            .lines()
            .find(|line| test(line))
            .ok_or_else(|| format!("{self}: {what} is gone: the SDK changed"))
    }
}

/// The integers in `text`, in order.
fn integers(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .filter_map(|part| part.parse().ok())
        .collect()
}

fn backoff(
    base_ms: u64,
    multiplier: f64,
    cap_ms: Option<u64>,
    jitter: &str,
    exact: bool,
    from: &str,
) -> String {
    let cap = cap_ms.map_or("null".to_owned(), |cap| cap.to_string());
    format!(
        r#"{{"base_ms": {base_ms}, "multiplier": {multiplier:?}, "cap_ms": {cap}, "jitter": {jitter}, "exact": {exact}, "from": {}}}"#,
        json(from)
    )
}

/// The numbers every SDK has: its attempts and its backoff, as JSON objects.
fn attempts_and_backoff(attempts: String, backoff: String) -> Vec<(&'static str, String)> {
    vec![("max_attempts", attempts), ("backoff", backoff)]
}

fn attempts(value: u64, from: &str) -> String {
    format!(r#"{{"value": {value}, "from": {}}}"#, json(from))
}

/// The rules of a Go map of `{status, "code"}: retried` entries: each retried `when`, or never.
fn map_rules(source: &Source, map: &str, when: &'static str) -> Result<Vec<Rule>, String> {
    let entries = source.status_code_map(map)?;
    Ok(entries
        .into_iter()
        .map(|(status, code, retried)| Rule {
            statuses: Some((status, status)),
            code: Some(code),
            when: if retried { when } else { "never" },
            from: format!("{source} {map}"),
        })
        .collect())
}

fn oci(repo: &Repo) -> Result<Facts, String> {
    let retry = repo.file("common/retry.go")?;
    let ec = repo.file("common/eventual_consistency.go")?;
    let tests = repo.file("common/retry_test.go")?;
    let map = "defaultRetryStatusCodeMap";
    let mut rules = map_rules(&retry, map, "always")?;
    let check = retry.function("IsErrorRetryableByDefault")?;
    check.requires(&[map])?;
    let range_line = check.line("the 5xx range", |line| {
        line.contains("<= err.GetHTTPStatusCode() && err.GetHTTPStatusCode() <")
    })?;
    let (low, high) = match integers(range_line).as_slice() {
        &[low, high] => (low as u16, high as u16 - 1),
        _ => return Err(format!("{check}: cannot read `{}`", range_line.trim())),
    };
    rules.push(Rule::statuses(low, high, "always", check.to_string()));
    rules.extend(map_rules(
        &ec,
        "affectedByEventualConsistencyRetryStatusCodeMap",
        "in_consistency_window",
    )?);
    // The SDK's own test tables: (status, code) pairs and whether each is retried.
    let mut expectations = Vec::new();
    for (name, window, retried) in [
        ("buildResponsesNoRetry", false, false),
        ("buildResponsesWantRetry", false, true),
        ("buildEcResponsesNoRetry", true, false),
        ("buildEcResponsesWantRetry", true, true),
    ] {
        let table = tests.function(name)?;
        for line in table
            .body
            .lines()
            .filter(|line| line.contains("getMockedOCIOperationResponseWithErrorFull("))
        {
            let args = line.split_once('(').map_or("", |(_, args)| args);
            let (status, rest) = args.split_once(',').unwrap_or(("", ""));
            let code = rest
                .trim()
                .strip_prefix('"')
                .and_then(|rest| rest.split_once('"'));
            let (Ok(status), Some((code, _))) = (status.trim().parse(), code) else {
                return Err(format!("{table}: cannot read `{}`", line.trim()));
            };
            expectations.push(Expectation {
                status,
                code: code.to_owned(),
                window,
                retried,
                from: table.to_string(),
            });
        }
    }
    let default_policy = "DefaultRetryPolicyWithoutEventualConsistency";
    let ec_policy = "EventuallyConsistentRetryPolicy";
    for policy in [default_policy, ec_policy] {
        retry.function(policy)?.requires(&["sleepTime+rand.Float64()"])?;
    }
    // getBackoffWithoutJitterHelper: base^(attempt - 1) s, capped: the first wait is 1 s.
    retry
        .function("getBackoffWithoutJitterHelper")?
        .requires(&["math.Pow(exponentialBackoffBase, float64(attempt-1))"])?;
    // The same numbers, `default…` outside the eventual consistency window and `ec…` in it.
    let mut numbers = Vec::new();
    for (prefix, [attempts_key, backoff_key], policy, helper) in [
        (
            "default",
            ["max_attempts", "backoff"],
            default_policy,
            "getBackoffWithoutJitterHelper",
        ),
        (
            "ec",
            ["window_max_attempts", "window_backoff"],
            ec_policy,
            "getEventuallyConsistentBackoffWithoutJitterHelper",
        ),
    ] {
        let constant = |name: &str| retry.constant(&format!("{prefix}{name}"));
        let max_attempts = constant("MaximumNumberAttempts")? as u64;
        numbers.push((
            attempts_key,
            attempts(max_attempts, &format!("{retry} {prefix}MaximumNumberAttempts")),
        ));
        numbers.push((
            backoff_key,
            backoff(
                1000,
                constant("ExponentialBackoffBase")?,
                Some((constant("MaxSleepBetween")? * 1000.0) as u64),
                r#"{"add_ms": 1000}"#,
                true,
                &format!("{retry} {policy}, {helper}"),
            ),
        ));
    }
    Ok(Facts {
        provider: "oci",
        catalog: "oci",
        sdk: "oracle/oci-go-sdk",
        commit: repo.commit.clone(),
        retries_on_by_default: true,
        rules,
        otherwise_from: check.to_string(),
        expectations,
        numbers,
        ..Facts::default()
    })
}

fn ibm(repo: &Repo, with: &Path) -> Result<Facts, String> {
    let base = repo.file("core/base_service.go")?;
    let check = base.function("IBMCloudSDKRetryPolicy")?;
    let line = check.line("the status test", |line| {
        line.trim_start().starts_with("if resp.StatusCode ==")
    })?;
    // `resp.StatusCode == A || (resp.StatusCode >= B && resp.StatusCode <= C && resp.StatusCode != D)`
    let ops: Vec<&str> = line
        .split("resp.StatusCode")
        .skip(1)
        .map(|part| part.split_whitespace().next().unwrap_or(""))
        .collect();
    let numbers = integers(line);
    if ops != ["==", ">=", "<=", "!="] || numbers.len() != 4 {
        return Err(format!(
            "{check}: the status test changed shape: `{}`",
            line.trim()
        ));
    }
    let from = check.to_string();
    let rule = |first: usize, last: usize, when| {
        Rule::statuses(numbers[first] as u16, numbers[last] as u16, when, from.clone())
    };
    let rules = vec![rule(0, 0, "always"), rule(3, 3, "never"), rule(1, 2, "always")];
    base.function("NewRetryableClientWithHTTPClient")?.requires(&[
        "client.CheckRetry = IBMCloudSDKRetryPolicy",
        "client.Backoff = IBMCloudSDKBackoffPolicy",
    ])?;
    let backoff_fn = base.function("IBMCloudSDKBackoffPolicy")?;
    backoff_fn.requires(&["retryablehttp.DefaultBackoff("])?;
    let version = repo.go_mod_version("github.com/hashicorp/go-retryablehttp")?;
    let dep = Repo::open(with, &version)?;
    let client = dep.file("client.go")?;
    let retry_max = client.constant("defaultRetryMax")? as u64;
    let wait_min = client.constant("defaultRetryWaitMin")? as u64;
    let wait_max = client.constant("defaultRetryWaitMax")? as u64;
    client
        .function("DefaultBackoff")?
        .requires(&["math.Pow(2, float64(attemptNum)) * float64(min)"])?;
    let numbers = attempts_and_backoff(
        attempts(
            retry_max + 1,
            &format!("{base} EnableRetries; go-retryablehttp {client} defaultRetryMax (retries, plus the first attempt)"),
        ),
        backoff(
            wait_min * 1000,
            2.0,
            Some(wait_max * 1000),
            r#""none""#,
            true,
            &format!("{backoff_fn}; go-retryablehttp {client} DefaultBackoff, defaultRetryWaitMin, defaultRetryWaitMax"),
        ),
    );
    Ok(Facts {
        provider: "ibm",
        catalog: "ibm_vpc_metadata",
        sdk: "IBM/go-sdk-core",
        commit: repo.commit.clone(),
        also: vec![("hashicorp/go-retryablehttp".to_owned(), version, dep.commit)],
        retries_on_by_default: false,
        rules,
        otherwise_from: from,
        numbers,
        ..Facts::default()
    })
}

fn tencent(repo: &Repo) -> Result<Facts, String> {
    let file = repo.file("tencentcloud/common/ratelimitretry.go")?;
    let code_line = file
        .text
        .lines()
        .find(|line| line.trim_start().starts_with("codeLimitExceeded"))
        .ok_or_else(|| format!("{file}: no `codeLimitExceeded`"))?;
    let code = code_line
        .split('"')
        .nth(1)
        .ok_or_else(|| format!("{file}: cannot read `{}`", code_line.trim()))?;
    let retry = file.function("sendWithRateLimitRetry")?;
    // The exact code: a sub-code (`RequestLimitExceeded.UinLimitExceeded`) is not retried.
    retry.requires(&[
        "err.Code == codeLimitExceeded",
        "c.profile.RateLimitExceededMaxRetries",
    ])?;
    let profile = repo.file("tencentcloud/common/profile/client_profile.go")?;
    // Retries are off unless the caller sets a count: the constructor leaves it at Go's zero.
    let constructor = profile.function("NewClientProfile")?;
    if constructor.body.contains("RateLimitExceededMaxRetries") {
        return Err(format!(
            "{profile} NewClientProfile now sets RateLimitExceededMaxRetries: read it by hand"
        ));
    }
    profile
        .function("ExponentialBackoff")?
        .requires(&["math.Pow(2, float64(index))"])?;
    let from = retry.to_string();
    let numbers = attempts_and_backoff(
        attempts(
            1,
            &format!("{profile} NewClientProfile (RateLimitExceededMaxRetries left at 0)"),
        ),
        backoff(
            1000,
            2.0,
            None,
            r#""none""#,
            true,
            &format!("{profile} ExponentialBackoff; tencentcloud/common/netretry.go safeDurationFunc"),
        ),
    );
    Ok(Facts {
        provider: "tencent",
        catalog: "tencent",
        sdk: "TencentCloud/tencentcloud-sdk-go",
        commit: repo.commit.clone(),
        retries_on_by_default: false,
        rules: vec![Rule::code(code, "always", from.clone())],
        otherwise_from: from,
        numbers,
        ..Facts::default()
    })
}

fn alibaba_kms(repo: &Repo, with: &Path) -> Result<Facts, String> {
    let util = repo.file("openapi-util/client.go")?;
    let is_retry = util.function("IsRetryErr")?;
    let condition = is_retry.line("the code test", |line| {
        line.contains("== tea.StringValue(err.Code)")
    })?;
    let codes: Vec<&str> = condition.split('"').skip(1).step_by(2).collect();
    if codes.is_empty() {
        return Err(format!("{is_retry}: no code in `{}`", condition.trim()));
    }
    let client = repo.file("openapi/client.go")?;
    let do_request = client.function("DoRequest")?;
    let number_after = |needle: &str| -> Result<u64, String> {
        let line = do_request
            .body
            .lines()
            .find(|line| line.contains(needle))
            .ok_or_else(|| format!("{do_request}: no `{needle}`"))?;
        integers(line.rsplit_once("tea.Int(").map_or("", |(_, tail)| tail))
            .first()
            .copied()
            .ok_or_else(|| format!("{do_request}: cannot read `{}`", line.trim()))
    };
    let max_retries = number_after("\"maxAttempts\":")?;
    let period = number_after("\"period\":")?;
    do_request.requires(&[
        "dedicatedkmsopenapiutil.IsRetryErr(sdkError)",
        "tea.Retryable(_err)",
    ])?;
    let version = repo.go_mod_version("github.com/alibabacloud-go/tea")?;
    let dep = Repo::open(with, &version)?;
    let tea = dep.file("tea/tea.go")?;
    tea.function("Retryable")?
        .requires(&["code >= http.StatusInternalServerError"])?;
    tea.function("AllowRetry")?
        .requires(&["maxAttempts < IntValue(retryTimes)"])?;
    tea.function("GetBackoffTime")?.requires(&[
        "math.Pow(2.0, float64(IntValue(retrytimes)))",
        "rand.Intn(int(maxTime-1)) * period",
    ])?;
    let mut rules: Vec<Rule> = codes
        .iter()
        .map(|code| Rule::code(code, "always", is_retry.to_string()))
        .collect();
    rules.push(Rule::statuses(500, 599, "always", format!("tea {tea} Retryable")));
    let numbers = attempts_and_backoff(
        attempts(
            max_retries + 1,
            &format!("{do_request} (maxAttempts, counted as retries by tea {tea} AllowRetry)"),
        ),
        // A whole number of seconds uniform in [0, 2^n - 1) times the period after retry n:
        // not an exponential with jitter; recorded with its bounds, `exact: false`.
        backoff(
            period * 1000,
            2.0,
            None,
            r#""whole_seconds_below_2^n-1""#,
            false,
            &format!("{do_request} (period); tea {tea} GetBackoffTime"),
        ),
    );
    Ok(Facts {
        provider: "alibaba-kms",
        catalog: "kms_instance",
        sdk: "aliyun/alibabacloud-dkms-gcs-go-sdk",
        commit: repo.commit.clone(),
        also: vec![("alibabacloud-go/tea".to_owned(), version, dep.commit)],
        retries_on_by_default: true,
        rules,
        otherwise_from: format!("{is_retry}; tea {tea} Retryable"),
        numbers,
        ..Facts::default()
    })
}

/// alibabacloud-go/darabonba-openapi, the core of Alibaba Cloud's OpenAPI SDKs (V2.0), with
/// alibabacloud-go/tea's `dara` retry loop: nothing is retried unless the caller sets
/// `RetryOptions` (and then only the codes its conditions name); three codes become a
/// ThrottlingError whose delay is read from the rate-limit headers.
fn alibaba(repo: &Repo, (with, with_rev): (&Path, Option<&str>)) -> Result<Facts, String> {
    let client = repo.file("client/client.go")?;
    // The caller's RetryOptions, nil unless set, go into every request's retry loop.
    client
        .function("Init")?
        .requires(&["client.RetryOptions = config.RetryOptions"])?;
    for caller in [
        "DoRPCRequest",
        "DoROARequest",
        "DoROARequestWithForm",
        "DoRequest",
        "Execute",
    ] {
        client
            .function(caller)?
            .requires(&["for dara.ShouldRetry(_runtime.RetryOptions, retryPolicyContext)"])?;
    }
    // The ThrottlingError codes: the same three in each response reader.
    let mut throttling: Option<Vec<String>> = None;
    for reader in [
        "doRPCRequest_opResponse",
        "doROARequest_opResponse",
        "doROARequestWithForm_opResponse",
        "doRequest_opResponse",
    ] {
        let reader = client.function(reader)?;
        reader.requires(&["openapiutil.GetThrottlingTimeLeft(response_.Headers)"])?;
        let line = reader.line("the throttling test", |line| line.contains("== \"Throttling"))?;
        let codes: Vec<String> = line.split('"').skip(1).step_by(2).map(str::to_owned).collect();
        match &throttling {
            Some(seen) if *seen != codes => {
                return Err(format!(
                "{reader}: throttling codes {codes:?}, not {seen:?} as in the other readers: read it by hand"
            ))
            }
            _ => throttling = Some(codes),
        }
    }
    let throttling = throttling.unwrap_or_default();
    let utils = repo.file("utils/client.go")?;
    let time_left = utils.function("GetThrottlingTimeLeft")?;
    let headers: Vec<&str> = time_left
        .body
        .lines()
        .filter(|line| line.contains(":= headers[\""))
        .filter_map(|line| line.split('"').nth(1))
        .collect();
    if headers.len() != 2 {
        return Err(format!(
            "{time_left}: not two rate-limit headers: read it by hand"
        ));
    }
    // The larger of the two: `if a > b { return a } else { return b }`.
    time_left.requires(&["> dara.Int64Value("])?;
    utils.function("getTimeLeft")?.requires(&["\"TimeLeft\""])?;

    let module = "github.com/alibabacloud-go/tea";
    let version = repo.go_mod_version(module)?;
    let dep = match with_rev {
        Some(rev) => Repo::open(with, rev)?,
        None => Repo::open(with, &version).map_err(|error| {
            format!("{error}\n(go.mod pins {module} {version}; give --with-rev REV to read another revision, which the facts record)")
        })?,
    };
    let retry = dep.file("dara/retry.go")?;
    let should = retry.function("ShouldRetry")?;
    // The first attempt always runs; after it, nothing without RetryOptions.
    let off = should
        .body
        .find("if options == nil || !options.Retryable {")
        .and_then(|at| should.body[at..].lines().nth(1))
        .is_some_and(|line| line.trim() == "return false");
    if !off {
        return Err(format!(
            "{should}: `options == nil || !options.Retryable` no longer returns false: read it by hand"
        ));
    }
    // With RetryOptions, only a condition naming the error's code or name retries it.
    should.requires(&[
        "options.NoRetryCondition",
        "code == StringValue(baseErr.GetCode())",
    ])?;
    let delay = retry.function("GetBackoffDelay")?;
    delay.requires(&["respErr.GetRetryAfter()", "return min(int(retryAfter), maxDelay)"])?;
    let max_delay_line = retry
        .text
        .lines()
        .find(|line| line.trim_start().starts_with("MAX_DELAY_TIME"))
        .unwrap_or("");
    // `120 * 1000`: the product of the integers before the comment.
    let max_delay_ms: u64 = integers(max_delay_line.split("//").next().unwrap_or(""))
        .iter()
        .product();
    if max_delay_ms == 0 {
        return Err(format!("{retry}: cannot read `MAX_DELAY_TIME`"));
    }
    let min_delay = retry.constant("MIN_DELAY_TIME")? as u64;
    let condition_attempts = retry.constant("MAX_ATTEMPTS")? as u64;

    let from = format!("tea {should} (RetryOptions nil or not Retryable)");
    let headers_json: Vec<String> = headers.iter().map(|header| json(header)).collect();
    let codes_json: Vec<String> = throttling.iter().map(|code| json(code)).collect();
    let other = vec![(
        "throttling",
        format!(
            r#"{{"codes": [{}], "delay_headers": [{}], "delay": "larger TimeLeft, ms", "max_delay_ms": {max_delay_ms}, "from": {}}}"#,
            codes_json.join(", "),
            headers_json.join(", "),
            json(&format!(
                "{client} doRPCRequest_opResponse, doROARequest_opResponse, doROARequestWithForm_opResponse, doRequest_opResponse (ThrottlingError); {time_left}, getTimeLeft; tea {delay}, MAX_DELAY_TIME (a RetryAfter above it is cut to it)"
            ))
        ),
    )];
    let numbers = attempts_and_backoff(
        attempts(
            1,
            &format!("{client} Init (Config.RetryOptions, nil unless set); tea {should}"),
        ),
        // No backoff of its own: a condition the caller writes names its policy; one
        // without falls back to a fixed MIN_DELAY_TIME, each condition to MAX_ATTEMPTS.
        format!(
            r#"{{"by_caller": true, "min_delay_ms": {min_delay}, "condition_max_attempts": {condition_attempts}, "from": {}}}"#,
            json(&format!(
                "tea {delay}, NewRetryCondition, MIN_DELAY_TIME, MAX_ATTEMPTS"
            ))
        ),
    );
    Ok(Facts {
        provider: "alibaba",
        catalog: "alibaba",
        sdk: "alibabacloud-go/darabonba-openapi",
        commit: repo.commit.clone(),
        also: vec![(
            "alibabacloud-go/tea".to_owned(),
            match with_rev {
                Some(rev) => format!("{version} in go.mod; read at {rev}"),
                None => version,
            },
            dep.commit,
        )],
        retries_on_by_default: false,
        otherwise_from: from,
        numbers,
        other,
        ..Facts::default()
    })
}

/// The body of the Python class `name`: from its `class` line up to the next line at column 0.
fn py_class<'a>(source: &'a str, file: &str, name: &str) -> Result<&'a str, String> {
    let start = source
        .match_indices("\nclass ")
        .map(|(at, _)| at + 1)
        .find(|&at| {
            let rest = &source[at + "class ".len()..];
            rest.strip_prefix(name)
                .is_some_and(|tail| tail.starts_with('(') || tail.starts_with(':'))
        })
        .ok_or_else(|| format!("{file}: no class `{name}`: the SDK changed; read it by hand"))?;
    Ok(&source[start..start + block_end(&source[start..], 0)])
}

/// The body of the method `name` of a class body (or of a module-level function, `indent` 0).
fn py_def<'a>(body: &'a str, file: &str, owner: &str, name: &str, indent: usize) -> Result<&'a str, String> {
    let head = format!("{}def {name}(", " ".repeat(indent));
    let start = body
        .match_indices(&head)
        .map(|(at, _)| at)
        .find(|&at| at == 0 || body.as_bytes()[at - 1] == b'\n')
        .ok_or_else(|| format!("{file} {owner}: no `def {name}`: the SDK changed; read it by hand"))?;
    Ok(&body[start..start + block_end(&body[start..], indent)])
}

/// The method `name` of a Python class body; messages show `file Class.name`.
fn py_function<'a>(class_body: &'a str, file: &'a str, class: &str, name: &str) -> Result<Block<'a>, String> {
    Ok(Block {
        file,
        name: format!("{class}.{name}"),
        body: py_def(class_body, file, class, name, 4)?,
    })
}

/// The method `name` of the Python class `class`.
fn py_method<'a>(source: &'a str, file: &'a str, class: &str, name: &str) -> Result<Block<'a>, String> {
    py_function(py_class(source, file, class)?, file, class, name)
}

/// Where the block opened by the first line of `text` ends: at the next line that is neither
/// blank nor indented more than `indent` (a closing bracket at `indent` belongs to the block).
fn block_end(text: &str, indent: usize) -> usize {
    let mut at = text.find('\n').map_or(text.len(), |end| end + 1);
    while at < text.len() {
        let line = text[at..].lines().next().unwrap_or("");
        let depth = line.len() - line.trim_start().len();
        let closing = line.trim_start().starts_with([')', ']', '}']);
        if !line.trim().is_empty() && depth <= indent && !closing {
            return at;
        }
        at += line.len() + 1;
    }
    text.len()
}

/// The whole number assigned to `name` in a Python body (`_RETRY_COST = 5`).
fn py_int(body: &str, file: &str, owner: &str, name: &str) -> Result<u64, String> {
    let line = body
        .lines()
        .map(str::trim)
        .find(|line| {
            line.strip_prefix(name)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .ok_or_else(|| format!("{file} {owner}: no `{name} = `: the SDK changed; read it by hand"))?;
    let value = line.split_once('=').map_or("", |(_, value)| value);
    let value = value.split('#').next().unwrap_or("").trim();
    value
        .parse()
        .map_err(|_| format!("{file} {owner}: `{name}` is `{value}`, not a whole number: read it by hand"))
}

/// The items of the Python list assigned to `name` (`_CODES = ['A', 'B']`), quotes removed.
fn py_list(body: &str, file: &str, owner: &str, name: &str) -> Result<Vec<String>, String> {
    let start = body
        .find(&format!("{name} = ["))
        .ok_or_else(|| format!("{file} {owner}: no list `{name}`: the SDK changed; read it by hand"))?;
    let open = start + name.len() + " = [".len();
    let close = body[open..]
        .find(']')
        .ok_or_else(|| format!("{file} {owner}: `{name}` does not end"))?;
    let items: Vec<String> = body[open..open + close]
        .lines()
        .map(|line| line.split('#').next().unwrap_or(""))
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| item.trim_matches(|c| c == '\'' || c == '"').to_owned())
        .collect();
    if items.is_empty() || items.iter().any(|item| item.is_empty() || item.contains(' ')) {
        return Err(format!(
            "{file} {owner}: cannot read the list `{name}`: read it by hand"
        ));
    }
    Ok(items)
}

/// boto/botocore's standard retry mode (`retries/standard.py`) and its retry quota
/// (`retries/quota.py`) as AWS's Retry Behavior 2.0 defines them: what aws-sdk-rust's
/// aws-smithy-runtime does by default too (catalogs/aws.yaml cites both). At the pinned commit
/// botocore runs its `legacy` mode unless asked for `standard`, and Retry Behavior 2.1 is opt-in
/// (`configprovider.py` `NEW_RETRIES_ENABLED`); botocore 1.44 made 2.1 its only behaviour (README,
/// "The retry quota").
fn aws(repo: &Repo) -> Result<Facts, String> {
    let standard = "botocore/retries/standard.py";
    let src = repo.file(standard)?.text;
    let quota_file = "botocore/retries/quota.py";
    let quota_src = repo.file(quota_file)?.text;
    let attempts_value = py_int(&src, standard, "module", "DEFAULT_MAX_ATTEMPTS")?;
    // The conditions: transient, throttled or modelled as retryable, whatever the operation.
    let conditions = "StandardRetryConditions";
    py_method(&src, standard, conditions, "__init__")?.requires(&[
        "TransientRetryableChecker()",
        "ThrottledRetryableChecker()",
        "ModeledRetryableChecker()",
    ])?;
    let transient = "TransientRetryableChecker";
    let transient_body = py_class(&src, standard, transient)?;
    let transient_codes = py_list(transient_body, standard, transient, "_TRANSIENT_ERROR_CODES")?;
    let statuses: Vec<u16> = py_list(transient_body, standard, transient, "_TRANSIENT_STATUS_CODES")?
        .iter()
        .map(|status| {
            status
                .parse()
                .map_err(|_| format!("{standard} {transient}: `{status}` is not a status: read it by hand"))
        })
        .collect::<Result<_, _>>()?;
    let throttled = "ThrottledRetryableChecker";
    let throttled_body = py_class(&src, standard, throttled)?;
    let throttling_codes = py_list(throttled_body, standard, throttled, "_THROTTLED_ERROR_CODES")?;
    // Both key on the parsed error's code, exactly.
    for (class, body) in [(transient, transient_body), (throttled, throttled_body)] {
        py_function(body, standard, class, "is_retryable")?
            .requires(&["context.get_error_code() in self."])?;
    }
    // The backoff of Retry Behavior 2.0 (not the opt-in 2.1): rand() * min(2^(n-1), max_backoff).
    let backoff_class = "ExponentialBackoff";
    let backoff_body = py_class(&src, standard, backoff_class)?;
    let multiplier = py_int(backoff_body, standard, backoff_class, "_BASE")?;
    let backoff_init = py_def(backoff_body, standard, backoff_class, "__init__", 4)?;
    let cap_s = backoff_init
        .split("max_backoff=")
        .nth(1)
        .and_then(|rest| {
            integers(rest.split([',', ')']).next().unwrap_or(""))
                .first()
                .copied()
        })
        .ok_or_else(|| {
            format!("{standard} {backoff_class}.__init__: no `max_backoff=` default: read it by hand")
        })?;
    py_function(backoff_body, standard, backoff_class, "delay_amount")?.requires(&[
        "return self._random() * min(",
        "(self._base ** (context.attempt_number - 1))",
    ])?;
    // The quota: costs and the refund, taken only once the conditions said retry.
    let checker = "RetryQuotaChecker";
    let checker_body = py_class(&src, standard, checker)?;
    let retry_cost = py_int(checker_body, standard, checker, "_RETRY_COST")?;
    let timeout_cost = py_int(checker_body, standard, checker, "_TIMEOUT_RETRY_REQUEST")?;
    let refund = py_int(checker_body, standard, checker, "_NO_RETRY_INCREMENT")?;
    let checker_class = Block {
        file: standard,
        name: checker.to_owned(),
        body: checker_body,
    };
    checker_class.requires(&["_TIMEOUT_EXCEPTIONS = (ConnectTimeoutError, ReadTimeoutError)"])?;
    py_function(checker_body, standard, checker, "release_retry_quota")?.requires(&[
        "if 200 <= status_code < 300:",
        "self._quota.release(self._NO_RETRY_INCREMENT)",
        "self._quota.release(capacity_amount)",
    ])?;
    let handler = "RetryHandler";
    let needs_retry = py_method(&src, standard, handler, "needs_retry")?;
    let should = needs_retry.body.find("self._retry_policy.should_retry(context)");
    let acquire = needs_retry
        .body
        .find("self._retry_quota.acquire_retry_quota(context)");
    if !matches!((should, acquire), (Some(should), Some(acquire)) if should < acquire) {
        return Err(format!(
            "{needs_retry}: the quota is no longer taken after the conditions: read it by hand"
        ));
    }
    let quota_class = "RetryQuota";
    let quota_body = py_class(&quota_src, quota_file, quota_class)?;
    let initial = py_int(quota_body, quota_file, quota_class, "INITIAL_CAPACITY")?;
    // Released capacity is capped at the initial capacity.
    py_function(quota_body, quota_file, quota_class, "release")?
        .requires(&["self._max_capacity - self._available_capacity"])?;
    py_function(quota_body, quota_file, quota_class, "acquire")?
        .requires(&["if capacity_amount > self._available_capacity:"])?;

    let mut rules = Vec::new();
    for (codes, class) in [(&throttling_codes, throttled), (&transient_codes, transient)] {
        for code in codes {
            if rules.iter().any(|rule: &Rule| rule.code.as_deref() == Some(code)) {
                continue; // PriorRequestNotComplete is in both lists.
            }
            rules.push(Rule::code(code, "always", format!("{standard} {class}")));
        }
    }
    for &status in &statuses {
        let from = format!("{standard} {transient}._TRANSIENT_STATUS_CODES");
        rules.push(Rule::statuses(status, status, "always", from));
    }
    let strings = |items: &[String]| items.iter().map(|item| json(item)).collect::<Vec<_>>().join(", ");
    let statuses_json = statuses.iter().map(u16::to_string).collect::<Vec<_>>().join(", ");
    let other = vec![
        (
            "codes",
            format!(
                r#"{{"throttling": [{}], "transient": [{}], "transient_statuses": [{statuses_json}], "from": {}}}"#,
                strings(&throttling_codes),
                strings(&transient_codes),
                json(&format!(
                    "{standard} {throttled}._THROTTLED_ERROR_CODES, {transient}._TRANSIENT_ERROR_CODES, _TRANSIENT_STATUS_CODES"
                ))
            ),
        ),
        (
            "retry_quota",
            format!(
                r#"{{"initial": {initial}, "retry_cost": {retry_cost}, "timeout_cost": {timeout_cost}, "success_refund": {refund}, "from": {}}}"#,
                json(&format!(
                    "{quota_file} {quota_class}.INITIAL_CAPACITY, acquire, release; {standard} {checker}._RETRY_COST, _TIMEOUT_RETRY_REQUEST (ConnectTimeoutError, ReadTimeoutError), _NO_RETRY_INCREMENT, release_retry_quota; {handler}.needs_retry"
                ))
            ),
        ),
    ];
    let numbers = attempts_and_backoff(
        attempts(attempts_value, &format!("{standard} DEFAULT_MAX_ATTEMPTS")),
        backoff(
            1000,
            multiplier as f64,
            Some(cap_s * 1000),
            r#""full""#,
            true,
            &format!("{standard} {backoff_class}._BASE, __init__ (max_backoff), delay_amount"),
        ),
    );
    Ok(Facts {
        provider: "aws",
        catalog: "aws",
        sdk: "boto/botocore",
        commit: repo.commit.clone(),
        retries_on_by_default: true,
        rules,
        otherwise_from: format!("{standard} {conditions}"),
        numbers,
        other,
        ..Facts::default()
    })
}

/// A JSON string.
fn json(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// The facts as JSON, one rule or expectation a line, so that a diff reads as a list of changes.
fn render(facts: &Facts) -> String {
    let mut out = String::new();
    // A list of objects, one a line.
    let list = |out: &mut String, name: &str, items: Vec<String>| {
        let _ = writeln!(out, "  \"{name}\": [");
        if !items.is_empty() {
            let _ = writeln!(out, "{}", items.join(",\n"));
        }
        let _ = writeln!(out, "  ],");
    };
    let _ = writeln!(out, "{{");
    let _ = writeln!(
        out,
        "  \"about\": \"Facts read from the provider SDK's source by `cargo xtask extract-retry {}` (xtask/src/extract_retry.rs); checked by tests/tests/retry_facts.rs. Do not edit: run the extractor again.\",",
        facts.provider
    );
    let _ = writeln!(out, "  \"provider\": {},", json(facts.provider));
    let _ = writeln!(out, "  \"catalog\": {},", json(facts.catalog));
    let _ = writeln!(out, "  \"sdk\": {},", json(facts.sdk));
    let _ = writeln!(out, "  \"commit\": {},", json(&facts.commit));
    let also: Vec<String> = facts
        .also
        .iter()
        .map(|(sdk, version, commit)| {
            format!(
                r#"{{"sdk": {}, "version": {}, "commit": {}}}"#,
                json(sdk),
                json(version),
                json(commit)
            )
        })
        .collect();
    let _ = writeln!(out, "  \"also\": [{}],", also.join(", "));
    let _ = writeln!(
        out,
        "  \"retries_on_by_default\": {},",
        facts.retries_on_by_default
    );
    let rules: Vec<String> = facts
        .rules
        .iter()
        .map(|rule| {
            let statuses = rule
                .statuses
                .map_or("null".to_owned(), |(first, last)| format!("[{first}, {last}]"));
            let code = rule.code.as_deref().map_or("null".to_owned(), json);
            format!(
                r#"    {{"statuses": {statuses}, "code": {code}, "when": {}, "from": {}}}"#,
                json(rule.when),
                json(&rule.from)
            )
        })
        .collect();
    list(&mut out, "rules", rules);
    let _ = writeln!(
        out,
        "  \"otherwise\": {{\"when\": \"never\", \"from\": {}}},",
        json(&facts.otherwise_from)
    );
    let expectations: Vec<String> = facts
        .expectations
        .iter()
        .map(|e| {
            format!(
                r#"    {{"status": {}, "code": {}, "window": {}, "retried": {}, "from": {}}}"#,
                e.status,
                json(&e.code),
                e.window,
                e.retried,
                json(&e.from)
            )
        })
        .collect();
    list(&mut out, "expectations", expectations);
    for (name, value) in &facts.other {
        let _ = writeln!(out, "  {}: {value},", json(name));
    }
    let numbers: Vec<String> = facts
        .numbers
        .iter()
        .map(|(name, value)| format!("    {}: {value}", json(name)))
        .collect();
    let _ = writeln!(out, "  \"numbers\": {{\n{}\n  }}", numbers.join(",\n"));
    let _ = writeln!(out, "}}");
    out
}

/// What changed since the file's last version: lines gone and lines added (through `say`: a
/// closed stdout does not stop the run, the facts are written either way).
fn report(out: &Path, before: Option<&str>, after: &str) {
    let Some(before) = before else {
        say(format_args!("{}: written", out.display()));
        return;
    };
    if before == after {
        say(format_args!("{}: unchanged", out.display()));
        return;
    }
    say(format_args!("{}: changed", out.display()));
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    for line in old.iter().filter(|line| !new.contains(line)) {
        say(format_args!("  - {}", line.trim()));
    }
    for line in new.iter().filter(|line| !old.contains(line)) {
        say(format_args!("  + {}", line.trim()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Our own text in the shape the Python readers know (not the SDK's).
    const SOURCE: &str = "LIMIT = 3\n\n\nclass Checker(Base):\n    _CODES = [\n        'Busy',  # a note\n        'Slow',\n    ]\n    _STATUSES = [500, 503]\n    _COST = 7\n\n    def __init__(self, cap=20, other=None):\n        self._cap = cap\n\n    def check(self, context):\n        if x:\n            return (\n                1\n            )\n        return context.code in self._codes\n\n\nclass Next:\n    pass\n";

    /// The command line is read as the importers' is (`Flags`), each mistake with the usage.
    #[test]
    fn command_line_mistakes_are_named_with_the_usage() {
        let error = |options: &[&str]| match extract(options) {
            Ok(_) => panic!("{options:?} was read"),
            Err(message) => message,
        };
        for (options, problem) in [
            (&["--sdk", "."][..], "the provider comes first"),
            (&["oci"][..], "`--sdk DIR` is required"),
            (&["oci", "--sdk"][..], "`--sdk` needs a value"),
            (
                &["oci", "--sdk", ".", "--rev", "a", "--rev", "b"][..],
                "`--rev` is given twice",
            ),
            (
                &["oci", "--sdk", ".", "--revision", "a"][..],
                "unknown option `--revision`",
            ),
        ] {
            let message = error(options);
            assert!(message.starts_with(problem), "{options:?}: {message}");
            assert!(
                message.ends_with(&format!("\nusage: {USAGE}")),
                "{options:?}: {message}"
            );
        }
    }

    #[test]
    fn python_readers_find_classes_methods_lists_and_numbers() {
        let class = py_class(SOURCE, "f.py", "Checker").unwrap();
        assert!(class.starts_with("class Checker(Base):") && !class.contains("class Next"));
        assert_eq!(
            py_list(class, "f.py", "Checker", "_CODES").unwrap(),
            ["Busy", "Slow"]
        );
        assert_eq!(
            py_list(class, "f.py", "Checker", "_STATUSES").unwrap(),
            ["500", "503"]
        );
        assert_eq!(py_int(class, "f.py", "Checker", "_COST").unwrap(), 7);
        assert_eq!(py_int(SOURCE, "f.py", "module", "LIMIT").unwrap(), 3);
        let check = py_def(class, "f.py", "Checker", "check", 4).unwrap();
        assert!(check.trim_end().ends_with("return context.code in self._codes"));
        let init = py_def(class, "f.py", "Checker", "__init__", 4).unwrap();
        assert!(!init.contains("def check"));
    }

    #[test]
    fn a_changed_shape_is_an_error_naming_the_file_and_function() {
        let class = py_class(SOURCE, "f.py", "Checker").unwrap();
        let gone = py_class(SOURCE, "f.py", "Missing").unwrap_err();
        assert!(gone.contains("f.py") && gone.contains("`Missing`"), "{gone}");
        let gone = py_def(class, "f.py", "Checker", "acquire", 4).unwrap_err();
        assert!(
            gone.contains("f.py Checker") && gone.contains("acquire"),
            "{gone}"
        );
        let not_number = py_int(
            &SOURCE.replace("_COST = 7", "_COST = BASE * 2"),
            "f.py",
            "Checker",
            "_COST",
        )
        .unwrap_err();
        assert!(
            not_number.contains("f.py Checker") && not_number.contains("`_COST`"),
            "{not_number}"
        );
        let computed = py_list("X = [a + b for a in y]", "f.py", "Checker", "X").unwrap_err();
        assert!(
            computed.contains("f.py Checker") && computed.contains("`X`"),
            "{computed}"
        );
    }
}
