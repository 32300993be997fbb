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
//! version, or at `--with-rev REV` when the checkout lacks that tag; the revision read is recorded).
//!
//! The readers look for the exact shapes of today's sources; a changed shape is an error naming
//! the file and function, never a guess.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask extract-retry <oci|ibm|tencent|alibaba-kms|alibaba> --sdk DIR [--with DIR] [--with-rev REV] [--rev REV] [--out FILE]";

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

    fn file(&self, path: &str) -> Result<String, String> {
        git(&self.dir, &["show", &format!("{}:{path}", self.rev)])
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|error| format!("cannot run git: {error}"))?;
    if !output.status.success() {
        return Err(format!(
            "git -C {} {}: {}",
            dir.display(),
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    String::from_utf8(output.stdout).map_err(|_| format!("git {}: output is not UTF-8", args.join(" ")))
}

/// One rule of the SDK's decision, tried in order (the first matching decides): statuses
/// `first..=last` (`None`: any), an exact code (`None`: any), and when it is retried.
struct Rule {
    statuses: Option<(u16, u16)>,
    code: Option<String>,
    when: &'static str,
    from: String,
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
    match parse(options).and_then(|(provider, sdk, with, with_rev, rev, out)| {
        let with = with.as_deref().map(|dir| (dir, with_rev.as_deref()));
        let facts = extract(&provider, &sdk, with, &rev)?;
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
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

type Options = (
    String,
    PathBuf,
    Option<PathBuf>,
    Option<String>,
    String,
    Option<PathBuf>,
);

fn parse(options: &[&str]) -> Result<Options, String> {
    let (provider, mut rest) = match options {
        [provider, rest @ ..] if !provider.starts_with('-') => ((*provider).to_owned(), rest),
        _ => return Err(USAGE.to_owned()),
    };
    let (mut sdk, mut with, mut with_rev, mut rev, mut out) = (None, None, None, "HEAD".to_owned(), None);
    while let [flag, value, tail @ ..] = rest {
        match *flag {
            "--sdk" => sdk = Some(PathBuf::from(value)),
            "--with" => with = Some(PathBuf::from(value)),
            "--with-rev" => with_rev = Some((*value).to_owned()),
            "--rev" => rev = (*value).to_owned(),
            "--out" => out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown option `{flag}`\n{USAGE}")),
        }
        rest = tail;
    }
    if !rest.is_empty() {
        return Err(format!("`{}` needs a value\n{USAGE}", rest[0]));
    }
    let sdk = sdk.ok_or_else(|| format!("--sdk DIR is required\n{USAGE}"))?;
    Ok((provider, sdk, with, with_rev, rev, out))
}

/// The `--with` checkout and the `--with-rev` revision to read it at, if given.
type With<'a> = Option<(&'a Path, Option<&'a str>)>;

fn extract(provider: &str, sdk: &Path, with: With, rev: &str) -> Result<Facts, String> {
    let repo = Repo::open(sdk, rev)?;
    let needs_with = |what: &str| format!("{provider} needs --with DIR: a checkout of {what}");
    match provider {
        "oci" => oci(&repo),
        "ibm" => ibm(
            &repo,
            with.ok_or_else(|| needs_with("hashicorp/go-retryablehttp"))?.0,
        ),
        "tencent" => tencent(&repo),
        "alibaba-kms" => alibaba_kms(&repo, with.ok_or_else(|| needs_with("alibabacloud-go/tea"))?.0),
        "alibaba" => alibaba(&repo, with.ok_or_else(|| needs_with("alibabacloud-go/tea"))?),
        _ => Err(format!("unknown provider `{provider}`\n{USAGE}")),
    }
}

/// The body of `func name(` (or a method `func (…) name(`) up to its closing `}` at column 0.
fn function<'a>(source: &'a str, file: &str, name: &str) -> Result<&'a str, String> {
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
    Ok(&source[start..end])
}

/// The body of `name = map[…]…{` up to its closing `}`.
fn map_block<'a>(source: &'a str, file: &str, name: &str) -> Result<&'a str, String> {
    let start = source
        .find(&format!("{name} = map["))
        .ok_or_else(|| format!("{file}: no map `{name}`: the SDK changed; read it by hand"))?;
    let open = start + source[start..].find('{').unwrap_or(0) + 1;
    let end = source[open..]
        .find("\n\t}")
        .ok_or_else(|| format!("{file}: `{name}` does not end"))?;
    Ok(&source[open..open + end])
}

/// The `{status, "code"}: bool` entries of a map block.
fn status_code_map(block: &str, file: &str, name: &str) -> Result<Vec<(u16, String, bool)>, String> {
    let mut entries = Vec::new();
    for line in block
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
fn constant(source: &str, file: &str, name: &str) -> Result<f64, String> {
    let line = source
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

/// The integers in `text`, in order.
fn integers(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .filter_map(|part| part.parse().ok())
        .collect()
}

fn require(body: &str, needle: &str, file: &str, function: &str) -> Result<(), String> {
    if body.contains(needle) {
        Ok(())
    } else {
        Err(format!(
            "{file} {function}: `{needle}` is gone: the SDK changed; read it by hand"
        ))
    }
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

fn attempts(value: u64, from: &str) -> String {
    format!(r#"{{"value": {value}, "from": {}}}"#, json(from))
}

fn oci(repo: &Repo) -> Result<Facts, String> {
    let (retry, ec, tests) = (
        "common/retry.go",
        "common/eventual_consistency.go",
        "common/retry_test.go",
    );
    let retry_src = repo.file(retry)?;
    let ec_src = repo.file(ec)?;
    let tests_src = repo.file(tests)?;
    let mut rules = Vec::new();
    let map = "defaultRetryStatusCodeMap";
    for (status, code, retried) in status_code_map(map_block(&retry_src, retry, map)?, retry, map)? {
        rules.push(Rule {
            statuses: Some((status, status)),
            code: Some(code),
            when: if retried { "always" } else { "never" },
            from: format!("{retry} {map}"),
        });
    }
    let check = "IsErrorRetryableByDefault";
    let body = function(&retry_src, retry, check)?;
    require(body, map, retry, check)?;
    let range_line = body
        .lines()
        .find(|line| line.contains("<= err.GetHTTPStatusCode() && err.GetHTTPStatusCode() <"))
        .ok_or_else(|| format!("{retry} {check}: the 5xx range is gone: the SDK changed"))?;
    let (low, high) = match integers(range_line).as_slice() {
        &[low, high] => (low as u16, high as u16 - 1),
        _ => return Err(format!("{retry} {check}: cannot read `{}`", range_line.trim())),
    };
    rules.push(Rule {
        statuses: Some((low, high)),
        code: None,
        when: "always",
        from: format!("{retry} {check}"),
    });
    let ec_map = "affectedByEventualConsistencyRetryStatusCodeMap";
    for (status, code, retried) in status_code_map(map_block(&ec_src, ec, ec_map)?, ec, ec_map)? {
        rules.push(Rule {
            statuses: Some((status, status)),
            code: Some(code),
            when: if retried { "in_consistency_window" } else { "never" },
            from: format!("{ec} {ec_map}"),
        });
    }
    // The SDK's own test tables: (status, code) pairs and whether each is retried.
    let mut expectations = Vec::new();
    for (name, window, retried) in [
        ("buildResponsesNoRetry", false, false),
        ("buildResponsesWantRetry", false, true),
        ("buildEcResponsesNoRetry", true, false),
        ("buildEcResponsesWantRetry", true, true),
    ] {
        let body = function(&tests_src, tests, name)?;
        for line in body
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
                return Err(format!("{tests} {name}: cannot read `{}`", line.trim()));
            };
            expectations.push(Expectation {
                status,
                code: code.to_owned(),
                window,
                retried,
                from: format!("{tests} {name}"),
            });
        }
    }
    let seconds = |name: &str, src: &str, file: &str| constant(src, file, name);
    let default_policy = "DefaultRetryPolicyWithoutEventualConsistency";
    let body = function(&retry_src, retry, default_policy)?;
    require(body, "sleepTime+rand.Float64()", retry, default_policy)?;
    let ec_policy = "EventuallyConsistentRetryPolicy";
    let ec_body = function(&retry_src, retry, ec_policy)?;
    require(ec_body, "sleepTime+rand.Float64()", retry, ec_policy)?;
    // getBackoffWithoutJitterHelper: base^(attempt - 1) s, capped: the first wait is 1 s.
    require(
        function(&retry_src, retry, "getBackoffWithoutJitterHelper")?,
        "math.Pow(exponentialBackoffBase, float64(attempt-1))",
        retry,
        "getBackoffWithoutJitterHelper",
    )?;
    let numbers = vec![
        (
            "max_attempts",
            attempts(
                seconds("defaultMaximumNumberAttempts", &retry_src, retry)? as u64,
                &format!("{retry} defaultMaximumNumberAttempts"),
            ),
        ),
        (
            "backoff",
            backoff(
                1000,
                seconds("defaultExponentialBackoffBase", &retry_src, retry)?,
                Some((seconds("defaultMaxSleepBetween", &retry_src, retry)? * 1000.0) as u64),
                r#"{"add_ms": 1000}"#,
                true,
                &format!("{retry} {default_policy}, getBackoffWithoutJitterHelper"),
            ),
        ),
        (
            "window_max_attempts",
            attempts(
                seconds("ecMaximumNumberAttempts", &retry_src, retry)? as u64,
                &format!("{retry} ecMaximumNumberAttempts"),
            ),
        ),
        (
            "window_backoff",
            backoff(
                1000,
                seconds("ecExponentialBackoffBase", &retry_src, retry)?,
                Some((seconds("ecMaxSleepBetween", &retry_src, retry)? * 1000.0) as u64),
                r#"{"add_ms": 1000}"#,
                true,
                &format!("{retry} {ec_policy}, getEventuallyConsistentBackoffWithoutJitterHelper"),
            ),
        ),
    ];
    Ok(Facts {
        provider: "oci",
        catalog: "oci",
        sdk: "oracle/oci-go-sdk",
        commit: repo.commit.clone(),
        also: Vec::new(),
        retries_on_by_default: true,
        rules,
        otherwise_from: format!("{retry} {check}"),
        expectations,
        numbers,
        other: Vec::new(),
    })
}

/// The version a go.mod requires of `module`.
fn go_mod_version(go_mod: &str, module: &str) -> Result<String, String> {
    go_mod
        .lines()
        .map(str::trim)
        .find_map(|line| {
            let line = line.strip_prefix("require ").unwrap_or(line);
            let (name, version) = line.split_once(' ')?;
            (name == module).then(|| version.trim().to_owned())
        })
        .ok_or_else(|| format!("go.mod: no `{module}`"))
}

fn ibm(repo: &Repo, with: &Path) -> Result<Facts, String> {
    let file = "core/base_service.go";
    let src = repo.file(file)?;
    let check = "IBMCloudSDKRetryPolicy";
    let body = function(&src, file, check)?;
    let line = body
        .lines()
        .find(|line| line.trim_start().starts_with("if resp.StatusCode =="))
        .ok_or_else(|| format!("{file} {check}: the status test is gone: the SDK changed"))?;
    // `resp.StatusCode == A || (resp.StatusCode >= B && resp.StatusCode <= C && resp.StatusCode != D)`
    let ops: Vec<&str> = line
        .split("resp.StatusCode")
        .skip(1)
        .map(|part| part.split_whitespace().next().unwrap_or(""))
        .collect();
    let numbers = integers(line);
    if ops != ["==", ">=", "<=", "!="] || numbers.len() != 4 {
        return Err(format!(
            "{file} {check}: the status test changed shape: `{}`",
            line.trim()
        ));
    }
    let n = |i: usize| numbers[i] as u16;
    let from = format!("{file} {check}");
    let rules = vec![
        Rule {
            statuses: Some((n(0), n(0))),
            code: None,
            when: "always",
            from: from.clone(),
        },
        Rule {
            statuses: Some((n(3), n(3))),
            code: None,
            when: "never",
            from: from.clone(),
        },
        Rule {
            statuses: Some((n(1), n(2))),
            code: None,
            when: "always",
            from: from.clone(),
        },
    ];
    let client = "NewRetryableClientWithHTTPClient";
    let body = function(&src, file, client)?;
    require(body, "client.CheckRetry = IBMCloudSDKRetryPolicy", file, client)?;
    require(body, "client.Backoff = IBMCloudSDKBackoffPolicy", file, client)?;
    let backoff_fn = "IBMCloudSDKBackoffPolicy";
    require(
        function(&src, file, backoff_fn)?,
        "retryablehttp.DefaultBackoff(",
        file,
        backoff_fn,
    )?;
    let module = "github.com/hashicorp/go-retryablehttp";
    let version = go_mod_version(&repo.file("go.mod")?, module)?;
    let dep = Repo::open(with, &version)?;
    let dep_file = "client.go";
    let dep_src = dep.file(dep_file)?;
    let retry_max = constant(&dep_src, dep_file, "defaultRetryMax")? as u64;
    let wait_min = constant(&dep_src, dep_file, "defaultRetryWaitMin")? as u64;
    let wait_max = constant(&dep_src, dep_file, "defaultRetryWaitMax")? as u64;
    require(
        function(&dep_src, dep_file, "DefaultBackoff")?,
        "math.Pow(2, float64(attemptNum)) * float64(min)",
        dep_file,
        "DefaultBackoff",
    )?;
    let numbers = vec![
        (
            "max_attempts",
            attempts(
                retry_max + 1,
                &format!("{file} EnableRetries; go-retryablehttp {dep_file} defaultRetryMax (retries, plus the first attempt)"),
            ),
        ),
        (
            "backoff",
            backoff(
                wait_min * 1000,
                2.0,
                Some(wait_max * 1000),
                r#""none""#,
                true,
                &format!("{file} {backoff_fn}; go-retryablehttp {dep_file} DefaultBackoff, defaultRetryWaitMin, defaultRetryWaitMax"),
            ),
        ),
    ];
    Ok(Facts {
        provider: "ibm",
        catalog: "ibm_vpc_metadata",
        sdk: "IBM/go-sdk-core",
        commit: repo.commit.clone(),
        also: vec![("hashicorp/go-retryablehttp".to_owned(), version, dep.commit)],
        retries_on_by_default: false,
        rules,
        otherwise_from: from,
        expectations: Vec::new(),
        numbers,
        other: Vec::new(),
    })
}

fn tencent(repo: &Repo) -> Result<Facts, String> {
    let file = "tencentcloud/common/ratelimitretry.go";
    let src = repo.file(file)?;
    let retry_fn = "sendWithRateLimitRetry";
    let code_line = src
        .lines()
        .find(|line| line.trim_start().starts_with("codeLimitExceeded"))
        .ok_or_else(|| format!("{file}: no `codeLimitExceeded`"))?;
    let code = code_line
        .split('"')
        .nth(1)
        .ok_or_else(|| format!("{file}: cannot read `{}`", code_line.trim()))?;
    let body = function(&src, file, retry_fn)?;
    // The exact code: a sub-code (`RequestLimitExceeded.UinLimitExceeded`) is not retried.
    require(body, "err.Code == codeLimitExceeded", file, retry_fn)?;
    require(body, "c.profile.RateLimitExceededMaxRetries", file, retry_fn)?;
    let profile = "tencentcloud/common/profile/client_profile.go";
    let profile_src = repo.file(profile)?;
    // Retries are off unless the caller sets a count: the constructor leaves it at Go's zero.
    let constructor = function(&profile_src, profile, "NewClientProfile")?;
    if constructor.contains("RateLimitExceededMaxRetries") {
        return Err(format!(
            "{profile} NewClientProfile now sets RateLimitExceededMaxRetries: read it by hand"
        ));
    }
    require(
        function(&profile_src, profile, "ExponentialBackoff")?,
        "math.Pow(2, float64(index))",
        profile,
        "ExponentialBackoff",
    )?;
    let from = format!("{file} {retry_fn}");
    let numbers = vec![
        (
            "max_attempts",
            attempts(
                1,
                &format!("{profile} NewClientProfile (RateLimitExceededMaxRetries left at 0)"),
            ),
        ),
        (
            "backoff",
            backoff(
                1000,
                2.0,
                None,
                r#""none""#,
                true,
                &format!("{profile} ExponentialBackoff; tencentcloud/common/netretry.go safeDurationFunc"),
            ),
        ),
    ];
    Ok(Facts {
        provider: "tencent",
        catalog: "tencent",
        sdk: "TencentCloud/tencentcloud-sdk-go",
        commit: repo.commit.clone(),
        also: Vec::new(),
        retries_on_by_default: false,
        rules: vec![Rule {
            statuses: None,
            code: Some(code.to_owned()),
            when: "always",
            from: from.clone(),
        }],
        otherwise_from: from,
        expectations: Vec::new(),
        numbers,
        other: Vec::new(),
    })
}

fn alibaba_kms(repo: &Repo, with: &Path) -> Result<Facts, String> {
    let util = "openapi-util/client.go";
    let util_src = repo.file(util)?;
    let is_retry = "IsRetryErr";
    let body = function(&util_src, util, is_retry)?;
    let condition = body
        .lines()
        .find(|line| line.contains("== tea.StringValue(err.Code)"))
        .ok_or_else(|| format!("{util} {is_retry}: the code test is gone: the SDK changed"))?;
    let codes: Vec<&str> = condition.split('"').skip(1).step_by(2).collect();
    if codes.is_empty() {
        return Err(format!("{util} {is_retry}: no code in `{}`", condition.trim()));
    }
    let client = "openapi/client.go";
    let client_src = repo.file(client)?;
    let do_request = "DoRequest";
    let body = function(&client_src, client, do_request)?;
    let number_after = |needle: &str| -> Result<u64, String> {
        let line = body
            .lines()
            .find(|line| line.contains(needle))
            .ok_or_else(|| format!("{client} {do_request}: no `{needle}`"))?;
        integers(line.rsplit_once("tea.Int(").map_or("", |(_, tail)| tail))
            .first()
            .copied()
            .ok_or_else(|| format!("{client} {do_request}: cannot read `{}`", line.trim()))
    };
    let max_retries = number_after("\"maxAttempts\":")?;
    let period = number_after("\"period\":")?;
    require(
        body,
        "dedicatedkmsopenapiutil.IsRetryErr(sdkError)",
        client,
        do_request,
    )?;
    require(body, "tea.Retryable(_err)", client, do_request)?;
    let module = "github.com/alibabacloud-go/tea";
    let version = go_mod_version(&repo.file("go.mod")?, module)?;
    let dep = Repo::open(with, &version)?;
    let tea = "tea/tea.go";
    let tea_src = dep.file(tea)?;
    require(
        function(&tea_src, tea, "Retryable")?,
        "code >= http.StatusInternalServerError",
        tea,
        "Retryable",
    )?;
    require(
        function(&tea_src, tea, "AllowRetry")?,
        "maxAttempts < IntValue(retryTimes)",
        tea,
        "AllowRetry",
    )?;
    let backoff_fn = function(&tea_src, tea, "GetBackoffTime")?;
    require(
        backoff_fn,
        "math.Pow(2.0, float64(IntValue(retrytimes)))",
        tea,
        "GetBackoffTime",
    )?;
    require(
        backoff_fn,
        "rand.Intn(int(maxTime-1)) * period",
        tea,
        "GetBackoffTime",
    )?;
    let mut rules: Vec<Rule> = codes
        .iter()
        .map(|code| Rule {
            statuses: None,
            code: Some((*code).to_owned()),
            when: "always",
            from: format!("{util} {is_retry}"),
        })
        .collect();
    rules.push(Rule {
        statuses: Some((500, 599)),
        code: None,
        when: "always",
        from: format!("tea {tea} Retryable"),
    });
    let numbers = vec![
        (
            "max_attempts",
            attempts(
                max_retries + 1,
                &format!("{client} {do_request} (maxAttempts, counted as retries by tea {tea} AllowRetry)"),
            ),
        ),
        (
            "backoff",
            // A whole number of seconds uniform in [0, 2^n - 1) times the period after retry n:
            // not an exponential with jitter; recorded with its bounds, `exact: false`.
            backoff(
                period * 1000,
                2.0,
                None,
                r#""whole_seconds_below_2^n-1""#,
                false,
                &format!("{client} {do_request} (period); tea {tea} GetBackoffTime"),
            ),
        ),
    ];
    Ok(Facts {
        provider: "alibaba-kms",
        catalog: "kms_instance",
        sdk: "aliyun/alibabacloud-dkms-gcs-go-sdk",
        commit: repo.commit.clone(),
        also: vec![("alibabacloud-go/tea".to_owned(), version, dep.commit)],
        retries_on_by_default: true,
        rules,
        otherwise_from: format!("{util} {is_retry}; tea {tea} Retryable"),
        expectations: Vec::new(),
        numbers,
        other: Vec::new(),
    })
}

/// alibabacloud-go/darabonba-openapi, the core of Alibaba Cloud's OpenAPI SDKs (V2.0), with
/// alibabacloud-go/tea's `dara` retry loop: nothing is retried unless the caller sets
/// `RetryOptions` (and then only the codes its conditions name); three codes become a
/// ThrottlingError whose delay is read from the rate-limit headers.
fn alibaba(repo: &Repo, (with, with_rev): (&Path, Option<&str>)) -> Result<Facts, String> {
    let client = "client/client.go";
    let src = repo.file(client)?;
    // The caller's RetryOptions, nil unless set, go into every request's retry loop.
    require(
        function(&src, client, "Init")?,
        "client.RetryOptions = config.RetryOptions",
        client,
        "Init",
    )?;
    for caller in [
        "DoRPCRequest",
        "DoROARequest",
        "DoROARequestWithForm",
        "DoRequest",
        "Execute",
    ] {
        require(
            function(&src, client, caller)?,
            "for dara.ShouldRetry(_runtime.RetryOptions, retryPolicyContext)",
            client,
            caller,
        )?;
    }
    // The ThrottlingError codes: the same three in each response reader.
    let mut throttling: Option<Vec<String>> = None;
    for reader in [
        "doRPCRequest_opResponse",
        "doROARequest_opResponse",
        "doROARequestWithForm_opResponse",
        "doRequest_opResponse",
    ] {
        let body = function(&src, client, reader)?;
        require(
            body,
            "openapiutil.GetThrottlingTimeLeft(response_.Headers)",
            client,
            reader,
        )?;
        let line = body
            .lines()
            .find(|line| line.contains("== \"Throttling"))
            .ok_or_else(|| format!("{client} {reader}: the throttling test is gone: the SDK changed"))?;
        let codes: Vec<String> = line.split('"').skip(1).step_by(2).map(str::to_owned).collect();
        match &throttling {
            Some(seen) if *seen != codes => {
                return Err(format!(
                    "{client} {reader}: throttling codes {codes:?}, not {seen:?} as in the other readers: read it by hand"
                ))
            }
            _ => throttling = Some(codes),
        }
    }
    let throttling = throttling.unwrap_or_default();
    let utils = "utils/client.go";
    let utils_src = repo.file(utils)?;
    let time_left = "GetThrottlingTimeLeft";
    let body = function(&utils_src, utils, time_left)?;
    let headers: Vec<&str> = body
        .lines()
        .filter(|line| line.contains(":= headers[\""))
        .filter_map(|line| line.split('"').nth(1))
        .collect();
    if headers.len() != 2 {
        return Err(format!(
            "{utils} {time_left}: not two rate-limit headers: read it by hand"
        ));
    }
    // The larger of the two: `if a > b { return a } else { return b }`.
    require(body, "> dara.Int64Value(", utils, time_left)?;
    require(
        function(&utils_src, utils, "getTimeLeft")?,
        "\"TimeLeft\"",
        utils,
        "getTimeLeft",
    )?;

    let module = "github.com/alibabacloud-go/tea";
    let version = go_mod_version(&repo.file("go.mod")?, module)?;
    let dep = match with_rev {
        Some(rev) => Repo::open(with, rev)?,
        None => Repo::open(with, &version).map_err(|error| {
            format!("{error}\n(go.mod pins {module} {version}; give --with-rev REV to read another revision, which the facts record)")
        })?,
    };
    let retry = "dara/retry.go";
    let retry_src = dep.file(retry)?;
    let should = "ShouldRetry";
    let body = function(&retry_src, retry, should)?;
    // The first attempt always runs; after it, nothing without RetryOptions.
    let off = body
        .find("if options == nil || !options.Retryable {")
        .and_then(|at| body[at..].lines().nth(1))
        .is_some_and(|line| line.trim() == "return false");
    if !off {
        return Err(format!(
            "{retry} {should}: `options == nil || !options.Retryable` no longer returns false: read it by hand"
        ));
    }
    // With RetryOptions, only a condition naming the error's code or name retries it.
    require(body, "options.NoRetryCondition", retry, should)?;
    require(body, "code == StringValue(baseErr.GetCode())", retry, should)?;
    let delay = "GetBackoffDelay";
    let delay_body = function(&retry_src, retry, delay)?;
    require(delay_body, "respErr.GetRetryAfter()", retry, delay)?;
    require(delay_body, "return min(int(retryAfter), maxDelay)", retry, delay)?;
    let max_delay_line = retry_src
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
    let min_delay = constant(&retry_src, retry, "MIN_DELAY_TIME")? as u64;
    let condition_attempts = constant(&retry_src, retry, "MAX_ATTEMPTS")? as u64;

    let from = format!("tea {retry} {should} (RetryOptions nil or not Retryable)");
    let headers_json: Vec<String> = headers.iter().map(|header| json(header)).collect();
    let codes_json: Vec<String> = throttling.iter().map(|code| json(code)).collect();
    let other = vec![(
        "throttling",
        format!(
            r#"{{"codes": [{}], "delay_headers": [{}], "delay": "larger TimeLeft, ms", "max_delay_ms": {max_delay_ms}, "from": {}}}"#,
            codes_json.join(", "),
            headers_json.join(", "),
            json(&format!(
                "{client} doRPCRequest_opResponse, doROARequest_opResponse, doROARequestWithForm_opResponse, doRequest_opResponse (ThrottlingError); {utils} {time_left}, getTimeLeft; tea {retry} {delay}, MAX_DELAY_TIME (a RetryAfter above it is cut to it)"
            ))
        ),
    )];
    let numbers = vec![
        (
            "max_attempts",
            attempts(
                1,
                &format!("{client} Init (Config.RetryOptions, nil unless set); tea {retry} {should}"),
            ),
        ),
        (
            "backoff",
            // No backoff of its own: a condition the caller writes names its policy; one
            // without falls back to a fixed MIN_DELAY_TIME, each condition to MAX_ATTEMPTS.
            format!(
                r#"{{"by_caller": true, "min_delay_ms": {min_delay}, "condition_max_attempts": {condition_attempts}, "from": {}}}"#,
                json(&format!(
                    "tea {retry} {delay}, NewRetryCondition, MIN_DELAY_TIME, MAX_ATTEMPTS"
                ))
            ),
        ),
    ];
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
        rules: Vec::new(),
        otherwise_from: from,
        expectations: Vec::new(),
        numbers,
        other,
    })
}

/// A JSON string.
fn json(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The facts as JSON, one rule or expectation a line, so that a diff reads as a list of changes.
fn render(facts: &Facts) -> String {
    let mut out = String::new();
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
    let _ = writeln!(out, "  \"rules\": [");
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
    if !rules.is_empty() {
        let _ = writeln!(out, "{}", rules.join(",\n"));
    }
    let _ = writeln!(out, "  ],");
    let _ = writeln!(
        out,
        "  \"otherwise\": {{\"when\": \"never\", \"from\": {}}},",
        json(&facts.otherwise_from)
    );
    let _ = writeln!(out, "  \"expectations\": [");
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
    if !expectations.is_empty() {
        let _ = writeln!(out, "{}", expectations.join(",\n"));
    }
    let _ = writeln!(out, "  ],");
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

/// What changed since the file's last version: lines gone and lines added.
fn report(out: &Path, before: Option<&str>, after: &str) {
    let Some(before) = before else {
        println!("{}: written", out.display());
        return;
    };
    if before == after {
        println!("{}: unchanged", out.display());
        return;
    }
    println!("{}: changed", out.display());
    let old: Vec<&str> = before.lines().collect();
    let new: Vec<&str> = after.lines().collect();
    for line in old.iter().filter(|line| !new.contains(line)) {
        println!("  - {}", line.trim());
    }
    for line in new.iter().filter(|line| !old.contains(line)) {
        println!("  + {}", line.trim());
    }
}
