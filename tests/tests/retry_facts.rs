//! The retry facts read from each provider's SDK (`facts/retry/<catalog>.json`, written by
//! `cargo xtask extract-retry`) against `decide`: every rule of the SDK, every code of the
//! catalog at its statuses, each code of a rule at other statuses too, and every status without a
//! code, inside and outside the
//! eventual-consistency window, for a GET and for a POST without a token.
//!
//! `RetryPolicy::sdk_compatible()` must agree with the SDK everywhere. The default policy may
//! differ only where the catalog declares it (its `sdk_*` keys, which are what makes the two
//! policies differ), and each catalog that does is listed in catalogs/README.md's table of
//! deliberate differences. The attempts and backoff numbers of the catalogs are checked the same
//! way. A failure names the SDK file and function the fact comes from.

use std::path::{Path, PathBuf};

use cloud_errors::{
    alibaba, aws, ibm_vpc_metadata, oci, tencent, Jitter, ProviderCode, ProviderError, QuotaSpec,
    RetryContext, RetryPolicy,
};
use cloud_errors_alibaba::kms_instance;
use http::Method;
use serde_json::Value;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives in the workspace root")
        .to_path_buf()
}

fn read_facts(catalog: &str) -> Value {
    let path = workspace_root().join(format!("facts/retry/{catalog}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One rule of the SDK's decision (the first matching decides).
struct Rule {
    statuses: Option<(u16, u16)>,
    code: Option<String>,
    when: String,
    from: String,
}

fn rules(facts: &Value) -> Vec<Rule> {
    facts["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|rule| Rule {
            statuses: rule["statuses"]
                .as_array()
                .map(|pair| (pair[0].as_u64().unwrap() as u16, pair[1].as_u64().unwrap() as u16)),
            code: rule["code"].as_str().map(str::to_owned),
            when: rule["when"].as_str().expect("when").to_owned(),
            from: rule["from"].as_str().expect("from").to_owned(),
        })
        .collect()
}

/// What the SDK does with (status, code): its condition and the file and function that say so.
fn sdk_answer(facts: &Value, rules: &[Rule], status: u16, code: Option<&str>) -> (String, String) {
    for rule in rules {
        let status_matches = rule
            .statuses
            .is_none_or(|(first, last)| first <= status && status <= last);
        let code_matches = rule.code.as_deref().is_none_or(|wanted| Some(wanted) == code);
        if status_matches && code_matches {
            return (rule.when.clone(), rule.from.clone());
        }
    }
    let otherwise = &facts["otherwise"];
    (
        otherwise["when"].as_str().unwrap().to_owned(),
        format!("{}: no rule matches", otherwise["from"].as_str().unwrap()),
    )
}

/// A provider: its facts file, how to write an error body, and the statuses at which to try a
/// code the SDK matches whatever the status.
struct Provider {
    catalog: &'static str,
    body: fn(&str, u16) -> String,
    any_status: &'static [u16],
}

/// Whether `policy` retries each request the SDK's condition `when` speaks of, as the SDK
/// does; the disagreements, described.
fn disagreements<C: ProviderCode>(policy: &RetryPolicy, error: &ProviderError<C>, when: &str) -> Vec<String> {
    // Attempts are checked on their own: here, only which answers are retried.
    let policy = policy.clone().with_max_attempts(u32::MAX);
    let decide = |method: Method, window: bool| {
        let ctx = RetryContext::new(method).in_consistency_window(window);
        policy.decide_with_jitter(error, &ctx, 0.0)
    };
    let expected: &[(Method, bool, bool)] = match when {
        "always" => &[(Method::GET, false, true), (Method::POST, false, true)],
        "in_consistency_window" => &[
            (Method::GET, false, false),
            (Method::GET, true, true),
            (Method::POST, true, true),
        ],
        "never" => &[(Method::GET, false, false), (Method::GET, true, false)],
        other => panic!("unknown condition `{other}` in the facts"),
    };
    expected
        .iter()
        .filter_map(|(method, window, retried)| {
            let decision = decide(method.clone(), *window);
            (decision.is_retry() != *retried).then(|| {
                let place = if *window {
                    "inside the window"
                } else {
                    "outside the window"
                };
                format!("{method} {place}: decide says `{decision}`")
            })
        })
        .collect()
}

/// Checks one provider's facts; returns whether the default policy differs from the SDK
/// anywhere (declared through the catalog's `sdk_*` keys).
fn check<C: ProviderCode>(provider: &Provider) -> bool {
    let facts = read_facts(provider.catalog);
    let rules = rules(&facts);
    let sdk_name = format!(
        "{} at {}",
        facts["sdk"].as_str().unwrap(),
        &facts["commit"].as_str().unwrap()[..7]
    );
    // Every answer to try: each rule, each code of the catalog at its statuses, each status
    // without a code (an empty body) and with a code nobody knows.
    let mut probes: Vec<(u16, Option<String>)> = Vec::new();
    for rule in &rules {
        let statuses: Vec<u16> = match rule.statuses {
            Some((first, last)) => (first..=last).collect(),
            None => provider.any_status.to_vec(),
        };
        for status in statuses {
            probes.push((status, rule.code.clone()));
        }
        // A code the SDK keys on together with a status, at other statuses too: there the SDK
        // decides by the status (a (400, IncorrectState) is not oci-go-sdk's (409, IncorrectState)).
        if rule.code.is_some() {
            for &status in provider.any_status {
                probes.push((status, rule.code.clone()));
            }
        }
    }
    for code in C::known() {
        let statuses = code.http_statuses();
        let statuses = if statuses.is_empty() {
            provider.any_status
        } else {
            statuses
        };
        for &status in statuses {
            probes.push((status, Some(code.code().to_owned())));
        }
    }
    for status in 400..=599 {
        probes.push((status, None));
        probes.push((status, Some("SdkFactsUnknownCode".to_owned())));
    }
    probes.sort();
    probes.dedup();

    // Which answers are retried, not how many across calls: the retry quota (AWS) is checked on
    // its own, and the probes here would spend it.
    let ours = RetryPolicy::for_provider::<C>().without_quota();
    let sdk = RetryPolicy::sdk_compatible::<C>().without_quota();
    let mut failures = Vec::new();
    let mut declared = false;
    for (status, code) in &probes {
        let body = code
            .as_deref()
            .map_or_else(String::new, |code| (provider.body)(code, *status));
        let error = ProviderError::<C>::from_parts(*status, &http::HeaderMap::new(), body.as_bytes());
        let (when, from) = sdk_answer(&facts, &rules, *status, code.as_deref());
        let answer = format!("({status}, {})", code.as_deref().unwrap_or("no code"));
        let sdk_says = format!("{sdk_name} {from}: `{when}`");
        for problem in disagreements(&sdk, &error, &when) {
            failures.push(format!(
                "{}: {answer}: RetryPolicy::sdk_compatible() disagrees with {sdk_says}: {problem}",
                provider.catalog
            ));
        }
        let differences = disagreements(&ours, &error, &when);
        declared |= !differences.is_empty();
    }
    // The SDK's own tests, where it has them (oci-go-sdk common/retry_test.go): a GET, as its
    // decision does not look at the method.
    for expectation in facts["expectations"].as_array().unwrap() {
        let status = expectation["status"].as_u64().unwrap() as u16;
        let code = expectation["code"].as_str().unwrap();
        let window = expectation["window"].as_bool().unwrap();
        let retried = expectation["retried"].as_bool().unwrap();
        let from = expectation["from"].as_str().unwrap();
        let body = (provider.body)(code, status);
        let error = ProviderError::<C>::from_parts(status, &http::HeaderMap::new(), body.as_bytes());
        let ctx = RetryContext::new(Method::GET).in_consistency_window(window);
        for (name, policy) in [("decide", &ours), ("sdk_compatible()", &sdk)] {
            let decision = policy
                .clone()
                .with_max_attempts(u32::MAX)
                .decide_with_jitter(&error, &ctx, 0.0);
            if decision.is_retry() != retried {
                failures.push(format!(
                    "{}: ({status}, {code}), window {window}: {sdk_name} {from} expects retried = {retried}; {name} says `{decision}`",
                    provider.catalog
                ));
            }
        }
    }
    failures.extend(check_numbers::<C>(&facts, &sdk_name, &mut declared));
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
    declared
}

/// The catalog's attempts and backoff against the SDK's numbers: equal, or (for attempts) the
/// SDK's declared in `sdk_max_attempts`.
fn check_numbers<C: ProviderCode>(facts: &Value, sdk_name: &str, declared: &mut bool) -> Vec<String> {
    let defaults = C::RETRY_POLICY;
    let numbers = &facts["numbers"];
    let mut failures = Vec::new();
    let from = |key: &str| format!("{sdk_name} {}", numbers[key]["from"].as_str().unwrap());
    let attempts = numbers["max_attempts"]["value"].as_u64().unwrap() as u32;
    if attempts != defaults.max_attempts {
        if defaults.sdk.max_attempts == Some(attempts) {
            *declared = true;
        } else {
            failures.push(format!(
                "max_attempts: {} says {attempts}; the catalog says {} and declares no `sdk_max_attempts: {attempts}`",
                from("max_attempts"),
                defaults.max_attempts
            ));
        }
    }
    let mut backoffs = vec![("backoff", defaults.backoff)];
    if let Some((window_attempts, window)) = defaults.consistency_window {
        backoffs.push(("window_backoff", window));
        let fact = numbers["window_max_attempts"]["value"].as_u64().map(|n| n as u32);
        if fact != Some(window_attempts) {
            failures.push(format!(
                "consistency_window max_attempts: {} says {fact:?}; the catalog says {window_attempts}",
                from("window_max_attempts")
            ));
        }
    }
    for (key, ours) in backoffs {
        let fact = &numbers[key];
        if fact["by_caller"] == Value::Bool(true) {
            // No backoff of the SDK's own (darabonba-openapi: the caller's retry conditions name
            // theirs): ours is a declared difference, and never shorter than its fallback.
            *declared = true;
            let shortest = fact["min_delay_ms"].as_u64().unwrap();
            if (ours.base.as_millis() as u64) < shortest && ours.jitter == Jitter::None {
                failures.push(format!(
                    "{key}: {} waits at least {shortest} ms; the catalog's base is {:?}",
                    from(key),
                    ours.base
                ));
            }
            continue;
        }
        let base = fact["base_ms"].as_u64().unwrap();
        let multiplier = fact["multiplier"].as_f64().unwrap();
        let cap = fact["cap_ms"].as_u64();
        if !fact["exact"].as_bool().unwrap() {
            // Not exponential with jitter (tea's whole seconds below 2^n - 1): ours must wait at
            // least as long as the SDK may, attempt by attempt (a declared approximation).
            *declared = true;
            for attempt in 1..defaults.max_attempts {
                let sdk_most = (2u64.pow(attempt) - 2) * base;
                let ours_most = ours.delay(attempt).as_millis() as u64;
                if ours_most < sdk_most {
                    failures.push(format!(
                        "{key}: after attempt {attempt} {} may wait {sdk_most} ms; ours at most {ours_most} ms",
                        from(key)
                    ));
                }
            }
            continue;
        }
        let jitter = match (&fact["jitter"], ours.jitter) {
            (Value::String(word), Jitter::None) => word == "none",
            (Value::String(word), Jitter::Full) => word == "full",
            (Value::Object(add), Jitter::Add(amount)) => {
                add["add_ms"].as_u64() == Some(amount.as_millis() as u64)
            }
            _ => false,
        };
        let ours_base = ours.base.as_millis() as u64;
        let ours_cap = ours.cap.as_millis() as u64;
        if base != ours_base || multiplier != ours.multiplier || !jitter {
            failures.push(format!(
                "{key}: {} says base {base} ms, multiplier {multiplier}, jitter {}; the catalog says {ours:?}",
                from(key),
                fact["jitter"]
            ));
        }
        match cap {
            Some(cap) if cap != ours_cap => failures.push(format!(
                "{key}: {} caps at {cap} ms; the catalog at {ours_cap} ms",
                from(key)
            )),
            // The SDK has no cap (Tencent): ours is a declared difference.
            None => *declared = true,
            _ => {}
        }
    }
    failures
}

fn oci_body(code: &str, _status: u16) -> String {
    format!(r#"{{"code":"{code}","message":"m"}}"#)
}

fn ibm_body(code: &str, status: u16) -> String {
    format!(r#"{{"errors":[{{"code":"{code}","message":"m"}}],"status_code":{status},"trace":"t"}}"#)
}

fn tencent_body(code: &str, _status: u16) -> String {
    format!(r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"m"}},"RequestId":"r"}}}}"#)
}

fn alibaba_body(code: &str, _status: u16) -> String {
    format!(r#"{{"Code":"{code}","Message":"m","RequestId":"r"}}"#)
}

fn aws_body(code: &str, _status: u16) -> String {
    format!(r#"{{"__type":"{code}","message":"m"}}"#)
}

/// The catalogs catalogs/README.md's table of deliberate differences lists.
fn readme_table_catalogs() -> Vec<String> {
    let readme = std::fs::read_to_string(workspace_root().join("catalogs/README.md")).unwrap();
    let start = readme
        .find("### Deliberate differences")
        .expect("catalogs/README.md has a `### Deliberate differences` table");
    readme[start..]
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .filter_map(|line| {
            let cell = line.split('|').nth(1)?.trim();
            Some(cell.trim_matches('`').to_owned())
        })
        .collect()
}

#[test]
fn every_fact_agrees_with_decide_or_is_declared() {
    let declared = [
        (
            "oci",
            check::<oci::Code>(&Provider {
                catalog: "oci",
                body: oci_body,
                any_status: &[400, 429, 503],
            }),
        ),
        (
            "ibm_vpc_metadata",
            check::<ibm_vpc_metadata::Code>(&Provider {
                catalog: "ibm_vpc_metadata",
                body: ibm_body,
                any_status: &[400, 429, 503],
            }),
        ),
        (
            "tencent",
            check::<tencent::Code>(&Provider {
                catalog: "tencent",
                body: tencent_body,
                any_status: &[200],
            }),
        ),
        (
            "alibaba",
            check::<alibaba::Code>(&Provider {
                catalog: "alibaba",
                body: alibaba_body,
                any_status: &[400, 429, 503],
            }),
        ),
        (
            "aws",
            check::<aws::Code>(&Provider {
                catalog: "aws",
                body: aws_body,
                any_status: &[400, 429, 503],
            }),
        ),
        (
            "kms_instance",
            check::<kms_instance::Code>(&Provider {
                catalog: "kms_instance",
                body: alibaba_body,
                any_status: &[400, 429, 503],
            }),
        ),
    ];
    let listed = readme_table_catalogs();
    for (catalog, differs) in declared {
        assert_eq!(
            listed.iter().any(|row| row == catalog),
            differs,
            "{catalog}: its default policy {} from its SDK, so catalogs/README.md's table of deliberate differences must {} it",
            if differs { "differs" } else { "does not differ" },
            if differs { "list" } else { "not list" },
        );
    }
}

/// darabonba-openapi's ThrottlingError codes are the catalog's, retried whatever the request once
/// retries are on, after the delay the rate-limit headers give (the larger `TimeLeft`, in ms);
/// the longest wait is tea's `MAX_DELAY_TIME`.
#[test]
fn alibaba_throttling_codes_and_delay_are_the_sdk_s() {
    let facts = read_facts("alibaba");
    let throttling = &facts["throttling"];
    let from = throttling["from"].as_str().unwrap();
    let headers: Vec<&str> = throttling["delay_headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|header| header.as_str().unwrap())
        .collect();
    assert_eq!(headers.len(), 2, "{from}");
    let defaults = alibaba::Code::RETRY_POLICY;
    assert_eq!(
        defaults.max_delay.as_millis() as u64,
        throttling["max_delay_ms"].as_u64().unwrap(),
        "max_delay_ms: {from}"
    );
    let codes = throttling["codes"].as_array().unwrap();
    assert!(!codes.is_empty(), "{from}");
    for code in codes {
        let code = code.as_str().unwrap();
        let known = alibaba::Code::from_known_code(code)
            .unwrap_or_else(|| panic!("`{code}` ({from}) is not a code of catalogs/alibaba.yaml"));
        assert_eq!(known.retry(), cloud_errors::Retry::Backoff, "`{code}`: {from}");
        assert_eq!(
            known.retry_when(),
            cloud_errors::RetryWhen::Always,
            "`{code}`: {from}"
        );
        // The larger TimeLeft of the two headers, whichever carries it.
        for (user_api, user, expected) in [(2500, 1000, 2500), (1000, 3000, 3000)] {
            let mut map = http::HeaderMap::new();
            let value = |left: u64| {
                format!("Limit:10,Remain:0,TimeLeft:{left},Reset:1")
                    .parse()
                    .unwrap()
            };
            let name = |header: &str| http::HeaderName::from_bytes(header.as_bytes()).unwrap();
            map.insert(name(headers[0]), value(user_api));
            map.insert(name(headers[1]), value(user));
            let body = alibaba_body(code, 400);
            let error = alibaba::Error::from_parts(400, &map, body.as_bytes());
            let decision = error.decide(&RetryContext::new(Method::POST));
            assert_eq!(
                decision.delay(),
                Some(std::time::Duration::from_millis(expected)),
                "`{code}` with {}: {user_api} and {}: {user}: {from}; decide says `{decision}`",
                headers[0],
                headers[1]
            );
        }
    }
}

#[test]
fn oci_go_sdk_s_own_test_table_is_in_the_facts() {
    // common/retry_test.go: 23 pairs not retried and 6 retried outside the window (29), 18 and
    // 10 inside it.
    let facts = read_facts("oci");
    let expectations = facts["expectations"].as_array().unwrap();
    let count = |window: bool| expectations.iter().filter(|e| e["window"] == window).count();
    assert_eq!((count(false), count(true)), (29, 28));
}

/// botocore's throttling and transient codes are exactly catalogs/aws.yaml's retried codes, each
/// retried whatever the request (the others, for expired credentials and skewed clocks, are none
/// of botocore's); its transient statuses are the ones `sdk_compatible()` retries without a
/// code; its retry quota's numbers are the catalog's `retry_quota`, and a policy for AWS gets a
/// quota with them.
#[test]
fn aws_codes_and_quota_are_botocore_s() {
    let facts = read_facts("aws");
    let codes = &facts["codes"];
    let from = codes["from"].as_str().unwrap();
    let names = |key: &str| -> Vec<String> {
        codes[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|code| code.as_str().unwrap().to_owned())
            .collect()
    };
    let mut sdk_codes: Vec<String> = names("throttling");
    sdk_codes.extend(names("transient"));
    sdk_codes.sort();
    sdk_codes.dedup();
    // The rest of the catalog, the credential and clock codes, are no SDK's to retry.
    let (retried, rest): (Vec<aws::Code>, Vec<aws::Code>) =
        aws::Code::known().partition(|code| code.retry() != cloud_errors::Retry::AfterFix);
    let mut ours: Vec<String> = retried.iter().map(|code| code.code().to_owned()).collect();
    ours.sort();
    assert_eq!(sdk_codes, ours, "catalogs/aws.yaml's codes against {from}");
    for code in &rest {
        assert!(!sdk_codes.iter().any(|sdk| sdk == code.code()), "{}", code.code());
    }
    assert_eq!(rest.len(), 4, "the credential and clock codes");
    for code in retried {
        assert_eq!(
            code.retry(),
            cloud_errors::Retry::Backoff,
            "`{}`: {from}",
            code.code()
        );
        assert_eq!(
            code.retry_when(),
            cloud_errors::RetryWhen::Always,
            "`{}`: {from}",
            code.code()
        );
    }
    let sdk = RetryPolicy::sdk_compatible::<aws::Code>().without_quota();
    let statuses: Vec<u16> = codes["transient_statuses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|status| status.as_u64().unwrap() as u16)
        .collect();
    for status in 400..=599 {
        let error = aws::Error::from_parts(status, &http::HeaderMap::new(), b"");
        let retried = sdk
            .decide_with_jitter(&error, &RetryContext::new(Method::POST), 0.0)
            .is_retry();
        assert_eq!(
            retried,
            statuses.contains(&status),
            "{status} without a code: {from}"
        );
    }

    let quota = &facts["retry_quota"];
    let from = quota["from"].as_str().unwrap();
    let number = |key: &str| quota[key].as_u64().unwrap() as u32;
    let expected = QuotaSpec::new(
        number("initial"),
        number("retry_cost"),
        number("timeout_cost"),
        number("success_refund"),
    );
    assert_eq!(aws::Code::RETRY_POLICY.retry_quota, Some(expected), "{from}");
    let policy = RetryPolicy::for_provider::<aws::Code>();
    let attached = policy.quota().expect("a policy for AWS has a quota");
    assert_eq!(
        (attached.spec(), attached.available()),
        (expected, expected.initial),
        "{from}"
    );
}
