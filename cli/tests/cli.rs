//! The `cloud-errors` binary, run as a user runs it: a code of each provider in each language, a
//! typo, a dotted code's ancestor, a saved response of each envelope (written for these tests, in
//! `tests/bodies/`), JSON read back, the exit statuses, and the site's links. A new provider is
//! one line in `CODES` and, for a new envelope, one in `BODIES`.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// A code of each provider: the code, a `--provider` that selects it, and the Rust path of a
/// catalog that defines it.
const CODES: &[(&str, &str, &str)] = &[
    (
        "AuthFailure.SignatureExpire",
        "tencent",
        "cloud_errors::tencent::Code::AuthFailureSignatureExpire",
    ),
    (
        "OperationDenied.AcceptNotSupported",
        "alibaba",
        "cloud_errors_alibaba::ecs::Code::OperationDeniedAcceptNotSupported",
    ),
    (
        "NotAuthorizedOrNotFound",
        "oci",
        "cloud_errors::oci::Code::NotAuthorizedOrNotFound",
    ),
    (
        "not_found",
        "ibm",
        "cloud_errors::ibm_vpc_metadata::Code::NotFound",
    ),
    (
        "ProvisionedThroughputExceededException",
        "aws",
        "cloud_errors_aws::dynamodb::Code::ProvisionedThroughputExceededException",
    ),
    (
        "SERVICE_DISABLED",
        "google",
        "cloud_errors::google::Code::ServiceDisabled",
    ),
    (
        "AuthenticationFailed",
        "azure_storage",
        "cloud_errors::azure_storage::Code::AuthenticationFailed",
    ),
];

/// A saved error response of each envelope: the file in `tests/bodies/`, the envelope that
/// reads it, the code read and the Rust path of a catalog defining it.
const BODIES: &[(&str, &str, &str, &str)] = &[
    (
        "tencent.json",
        "tencent",
        "FailedOperation.AccountAlreadyExists",
        "cloud_errors_tencent::cvm::Code::FailedOperationAccountAlreadyExists",
    ),
    (
        "alibaba.json",
        "alibaba",
        "OperationDenied.AcceptNotSupported",
        "cloud_errors_alibaba::ecs::Code::OperationDeniedAcceptNotSupported",
    ),
    (
        "oci.json",
        "oci",
        "NotAuthorizedOrNotFound",
        "cloud_errors::oci::Code::NotAuthorizedOrNotFound",
    ),
    (
        "ibm.json",
        "ibm",
        "not_found",
        "cloud_errors::ibm_vpc_metadata::Code::NotFound",
    ),
    // Azure's XML reader reads S3's bare `<Error>` too, but no Azure catalog defines NoSuchKey.
    (
        "aws_s3.xml",
        "aws_rest_xml",
        "NoSuchKey",
        "cloud_errors_aws::s3::Code::NoSuchKey",
    ),
    (
        "aws_sts.xml",
        "aws_query",
        "ExpiredTokenException",
        "cloud_errors_aws::sts::Code::ExpiredTokenException",
    ),
    (
        "aws_ec2.xml",
        "aws_ec2",
        "AuthFailure",
        "cloud_errors_aws::ec2::Code::AuthFailure",
    ),
    // restJson1's code is in `x-amzn-errortype`; Lambda's body carries it too as `code`.
    (
        "aws_lambda.json",
        "aws_rest_json",
        "CodeStorageExceededException",
        "cloud_errors_aws::lambda::Code::CodeStorageExceededException",
    ),
    (
        "aws_dynamodb.json",
        "aws_json",
        "ProvisionedThroughputExceededException",
        "cloud_errors_aws::dynamodb::Code::ProvisionedThroughputExceededException",
    ),
    (
        "google.json",
        "google",
        "RATE_LIMIT_EXCEEDED",
        "cloud_errors::google::Code::RateLimitExceeded",
    ),
    (
        "azure.json",
        "azure",
        "ServerBusy",
        "cloud_errors::azure_storage::Code::ServerBusy",
    ),
];

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cloud-errors"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// The JSON printed with `--json`, and the exit status.
fn json(args: &[&str]) -> (Value, i32) {
    let mut args = args.to_vec();
    args.push("--json");
    let output = run(&args);
    let value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("{args:?}: not JSON ({error}): {}", text(&output)));
    (value, output.status.code().expect("an exit status"))
}

fn body(file: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bodies")
        .join(file)
        .display()
        .to_string()
}

#[test]
fn a_code_of_each_provider_in_each_language() {
    for &(code, provider, rust_path) in CODES {
        for lang in ["en", "ja", "zh"] {
            let args = ["explain", code, "--provider", provider, "--lang", lang];
            let (value, status) = json(&args);
            assert_eq!(status, 0, "{args:?}");
            assert_eq!(value["match"], "exact", "{args:?}");
            let entry = value["codes"]
                .as_array()
                .unwrap()
                .iter()
                .find(|entry| entry["rust_path"] == rust_path)
                .unwrap_or_else(|| panic!("{args:?}: no {rust_path} in {value}"));
            let description = &entry["description"];
            assert_eq!(description["requested"], lang);
            assert!(!description["text"].as_str().unwrap().is_empty(), "{args:?}");
            let printed = text(&run(&args));
            assert!(printed.contains(rust_path), "{args:?}: {printed}");
            // The language asked for, or English with the fallback said.
            let got = description["lang"].as_str().unwrap();
            if got != lang {
                assert_eq!(got, "en", "{args:?}");
                let note = format!("[en: the catalog has no {lang} text]");
                assert!(printed.contains(&note), "{args:?}: {printed}");
            }
        }
    }
    // The seed catalogs have Japanese: it is shown, not the fallback.
    let (value, _) = json(&[
        "explain",
        "NotAuthorizedOrNotFound",
        "--provider",
        "oci",
        "--lang",
        "ja",
    ]);
    assert_eq!(value["codes"][0]["description"]["lang"], "ja");
}

#[test]
fn a_code_without_case_is_found() {
    let (value, status) = json(&["explain", "authfailure.signatureexpire"]);
    assert_eq!((status, value["match"].as_str()), (0, Some("case_insensitive")));
    assert_eq!(value["codes"][0]["code"], "AuthFailure.SignatureExpire");
    // gRPC's canonical codes as Go and Rust clients print them.
    let (value, status) = json(&["explain", "ResourceExhausted"]);
    assert_eq!(
        (status, value["match"].as_str()),
        (0, Some("without_underscores"))
    );
    assert_eq!(value["codes"][0]["code"], "RESOURCE_EXHAUSTED");
    assert!(text(&run(&["explain", "deadlineexceeded"]))
        .contains("matched without case and `_`: DEADLINE_EXCEEDED."));
}

#[test]
fn a_line_from_a_log_is_read_for_its_codes() {
    // As the SDKs print their errors (written by us after their formats): botocore, the Tencent
    // Cloud SDK, a JSON body in a Go error, an AWS SDK for Go v1 error string.
    for (line, code) in [
        (
            "An error occurred (ThrottlingException) when calling the PutItem operation (reached max retries: 4): Rate exceeded",
            "ThrottlingException",
        ),
        (
            "[TencentCloudSDKError] Code=AuthFailure.SignatureExpire, Message=Signature expired, RequestId=6e2d",
            "AuthFailure.SignatureExpire",
        ),
        (
            r#"Error: ServiceError: {"code":"NotAuthorizedOrNotFound","message":"m","opc-request-id":"x"}"#,
            "NotAuthorizedOrNotFound",
        ),
        ("ExpiredTokenException: The security token included in the request is expired", "ExpiredTokenException"),
        (r#""Throttling.User""#, "Throttling.User"),
        // An exception named after the code, by its class path (Python's google-api-core, Java).
        (
            "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric",
            "RESOURCE_EXHAUSTED",
        ),
        (
            "software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: Rate exceeded",
            "ProvisionedThroughputExceededException",
        ),
        // A code label's value, though a plain word.
        ("request failed, code=Throttling, message=Rate exceeded", "Throttling"),
        // A Go gRPC client's error: the code as Go names it (EC2 has it as written, gRPC's follows).
        ("rpc error: code = ResourceExhausted desc = quota exceeded", "RESOURCE_EXHAUSTED"),
        ("rpc error: code = Unavailable desc = the service is currently unavailable", "Unavailable"),
    ] {
        let (value, status) = json(&["explain", line]);
        assert_eq!((status, value["match"].as_str()), (0, Some("in_text")), "{line}");
        // The likeliest code first; labels (`Code=`, `"code":`) are not codes here.
        assert_eq!(value["codes"][0]["code"], code, "{line}: {value}");
        let codes: Vec<&str> = value["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|entry| entry["code"].as_str().unwrap())
            .collect();
        assert!(!codes.iter().any(|code| ["Code", "code", "Error"].contains(code)), "{line}: {codes:?}");
        let printed = text(&run(&["explain", line]));
        assert!(printed.contains("as a whole; it holds the code"), "{printed}");
    }
    // A class path alone, as an exception's name is copied from a traceback.
    let (value, status) = json(&["explain", "google.api_core.exceptions.ResourceExhausted"]);
    assert_eq!((status, value["match"].as_str()), (0, Some("in_text")), "{value}");
    assert_eq!(value["codes"][0]["code"], "RESOURCE_EXHAUSTED");
    // An unknown dotted code is no class path: its last part (an AWS code) is not looked up.
    let (value, status) = json(&[
        "explain",
        "[TencentCloudSDKError] Code=FailedOperation.ThrottlingException, Message=m",
    ]);
    assert_eq!((status, value["match"].as_str()), (1, Some("none")), "{value}");
    let (value, _) = json(&["explain", "rpc error: code = Unavailable desc = try again later"]);
    assert_eq!(
        value["codes"].as_array().unwrap().last().unwrap()["code"],
        "UNAVAILABLE",
        "{value}"
    );
    // Plain words of a sentence are not taken for codes, even where some product defines them.
    let (value, status) = json(&["explain", "Internal error occurred while processing the request"]);
    assert_eq!((status, value["match"].as_str()), (1, Some("none")));
    // Narrowed to a provider, only its codes are read.
    let line = "service error: ServiceError { source: ResourceNotFoundException }";
    let (value, _) = json(&["explain", line, "--provider", "aws"]);
    assert!(value["codes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|entry| entry["code"] == "ResourceNotFoundException"));
}

#[test]
fn a_one_letter_typo_suggests_the_code() {
    for &(code, provider, _) in CODES {
        // A letter dropped, a letter changed, two letters swapped.
        let middle = code.len() / 2;
        let dropped = format!("{}{}", &code[..middle], &code[middle + 1..]);
        let changed = format!("{}q{}", &code[..middle], &code[middle + 1..]);
        let swapped = format!(
            "{}{}{}{}",
            &code[..middle],
            &code[middle + 1..middle + 2],
            &code[middle..middle + 1],
            &code[middle + 2..]
        );
        for typo in [dropped, changed, swapped] {
            if typo == code {
                continue;
            }
            let (value, status) = json(&["explain", &typo]);
            assert_eq!(status, 1, "{typo}");
            let suggested: Vec<&str> = value["suggestions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|suggestion| suggestion["code"].as_str().unwrap())
                .collect();
            assert!(
                suggested.contains(&code),
                "{typo} ({provider}): suggested {suggested:?}"
            );
            let printed = text(&run(&["explain", &typo]));
            assert!(printed.contains("Did you mean:"), "{printed}");
        }
    }
}

#[test]
fn a_dotted_code_is_explained_by_its_known_ancestor() {
    let (value, status) = json(&[
        "explain",
        "RequestLimitExceeded.SomethingNew",
        "--provider",
        "cvm",
    ]);
    assert_eq!(status, 1);
    assert_eq!(value["match"], "none");
    let ancestor = &value["ancestor"];
    assert_eq!(ancestor["code"], "RequestLimitExceeded");
    let base = ancestor["codes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["catalog"] == "cloud_errors::tencent")
        .expect("the common catalog of the product's provider");
    assert_eq!(
        (base["retry"].as_str(), base["retry_when"].as_str()),
        (Some("backoff"), Some("always"))
    );
}

#[test]
fn a_saved_response_of_each_envelope_is_read_and_explained() {
    for &(file, envelope, code, rust_path) in BODIES {
        let path = body(file);
        let (value, status) = json(&["explain", "--body", &path]);
        assert_eq!(status, 0, "{file}");
        let reading = &value["readings"][0];
        assert_eq!(reading["envelope"], envelope, "{file}: {value}");
        assert_eq!(reading["code"], code, "{file}");
        assert!(
            reading["defined_by"]
                .as_array()
                .unwrap()
                .iter()
                .any(|entry| entry["rust_path"] == rust_path),
            "{file}: {reading}"
        );
        let printed = text(&run(&["explain", "--body", &path]));
        assert!(
            printed.contains(&format!("Read by the `{envelope}` envelope")),
            "{printed}"
        );
        assert!(printed.contains(rust_path), "{printed}");
    }
    // S3's body is read by the first catalog of its envelope (CloudFront's); the catalog that
    // defines the code comes after, named as the one below ("this catalog" read as CloudFront).
    let printed = text(&run(&["explain", "--body", &body("aws_s3.xml")]));
    assert!(
        printed.contains("`NoSuchKey` is a code of the catalog below, whose `Error`"),
        "{printed}"
    );
    // A code carried in a header (restJson1's `x-amzn-errortype`, with its suffix) is read from
    // `--header`; a value that is no header is bad input.
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join("header-only.json");
    std::fs::write(&file, br#"{"message":"Function not found"}"#).unwrap();
    let file = file.to_str().unwrap();
    let (value, status) = json(&[
        "explain",
        "--body",
        file,
        "--status",
        "404",
        "-H",
        "x-amzn-errortype: ResourceNotFoundException:http://internal.amazon.com/coral/",
        "--header",
        "x-amzn-RequestId: 7c1e-01",
    ]);
    let reading = &value["readings"][0];
    assert_eq!(status, 0, "{value}");
    assert_eq!(
        (reading["code"].as_str(), reading["request_id"].as_str()),
        (Some("ResourceNotFoundException"), Some("7c1e-01"))
    );
    let (_, status) = json(&["explain", "--body", file]);
    assert_eq!(status, 1, "no code without the header");
    let bad = run(&["explain", "--body", file, "-H", "no colon"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("write `Name: value`"));
    // What each envelope carries besides the code is shown: IBM's trace and stated status.
    let (value, _) = json(&["explain", "--body", &body("ibm.json"), "--provider", "ibm"]);
    let reading = &value["readings"][0];
    assert_eq!(
        (reading["request_id"].as_str(), reading["status"].as_u64()),
        (Some("trace-7f3a"), Some(404))
    );
    assert_eq!(
        reading["extras"]["errors"][0]["more_info"],
        "https://example.com/docs/errors#not_found"
    );
    // A gateway's page has no code: nothing found, each provider's classification by the status.
    let (value, status) = json(&[
        "explain",
        "--body",
        &body("gateway.html"),
        "--status",
        "502",
        "--provider",
        "oci",
    ]);
    assert_eq!(status, 1);
    assert_eq!(value["by_status"][0]["retry"], "backoff");
    assert_eq!(value["by_status"][0]["decisions"][0]["retry"], true);
}

#[test]
fn search_ranks_the_code_itself_first() {
    let (value, status) = json(&["search", "TooManyRequests"]);
    assert_eq!(status, 0);
    assert_eq!(value["hits"][0]["code"], "TooManyRequests");
    let (value, _) = json(&[
        "search",
        "signature",
        "expire",
        "--provider",
        "tencent",
        "--limit",
        "100",
    ]);
    let codes: Vec<&str> = value["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"AuthFailure.SignatureExpire"), "{codes:?}");
    // gRPC's codes as Go and Rust write them, and as written.
    for query in ["ResourceExhausted", "resource_exhausted"] {
        let (value, _) = json(&["search", query]);
        assert_eq!(value["hits"][0]["code"], "RESOURCE_EXHAUSTED", "{query}");
    }
    let (value, status) = json(&["search", "zzqqxxnothing"]);
    assert_eq!((status, value["total"].as_u64()), (1, Some(0)));
}

/// Where the status alone decides (Google's gax, IBM's go-sdk-core), the retry rule shown is the
/// status rule: the code's own condition decides nothing there.
#[test]
fn a_provider_deciding_by_status_shows_its_status_rule() {
    let printed = text(&run(&["explain", "RATE_LIMIT_EXCEEDED", "--provider", "google"]));
    let rule = printed
        .lines()
        .find(|line| line.trim_start().starts_with("retry rule"))
        .unwrap_or_else(|| panic!("{printed}"));
    assert!(
        rule.contains("by the HTTP status alone, whatever the code: 503 when the request is idempotent"),
        "{rule}"
    );
    assert!(
        printed.contains("stop: the provider's SDK does not retry it"),
        "{printed}"
    );
    let (value, _) = json(&["explain", "RATE_LIMIT_EXCEEDED", "--provider", "google"]);
    assert_eq!(value["codes"][0]["decide_by"], "status", "{value}");
    let (value, _) = json(&["explain", "TooManyRequests", "--provider", "oci"]);
    assert_eq!(value["codes"][0]["decide_by"], "code", "{value}");
    let printed = text(&run(&["explain", "service_error", "--provider", "ibm"]));
    assert!(
        printed.contains("429 always, 500 when the request is idempotent, 502-599 when"),
        "{printed}"
    );
}

/// A code that documents no status is decided at the status `ProviderError::new` writes it with,
/// and says so: its category's, or 200 for Tencent Cloud, which answers errors with HTTP 200.
#[test]
fn a_code_without_a_documented_status_is_decided_at_the_status_it_is_written_with() {
    let printed = text(&run(&["explain", "Throttling", "--provider", "alibaba"]));
    assert!(
        printed.contains("HTTP status   none documented (decided below at 429: its category's status)"),
        "{printed}"
    );
    assert!(printed.contains("(any request, HTTP 429)"), "{printed}");
    let printed = text(&run(&["explain", "AuthFailure.SignatureExpire"]));
    assert!(
        printed.contains("decided below at 200: the provider answers errors with HTTP 200"),
        "{printed}"
    );
    let (value, _) = json(&["explain", "RATE_LIMIT_EXCEEDED", "--provider", "google"]);
    assert_eq!(value["codes"][0]["decisions_for_status"], 429, "{value}");
}

/// S3's `NotFound` is also what an empty 404 is read as (`empty_body: true`); the other
/// catalogs' `NotFound` is not, and is shown apart.
#[test]
fn a_code_read_from_an_empty_body_says_so() {
    let printed = text(&run(&["explain", "NotFound", "--provider", "aws"]));
    assert!(
        printed.contains("HTTP status   404 (also an answer with an empty body)"),
        "{printed}"
    );
    let (value, _) = json(&["explain", "NotFound"]);
    let codes = value["codes"].as_array().expect("codes");
    let empty: Vec<&str> = codes
        .iter()
        .filter(|code| code["empty_body"] == true)
        .filter_map(|code| code["rust_path"].as_str())
        .collect();
    assert_eq!(empty, ["cloud_errors_aws::s3::Code::NotFound"], "{value}");
    assert!(codes.len() > 1, "{value}");

    // A saved bodiless answer: no envelope reads a code from it, but S3's `Error` reads a 404 so.
    let file = std::env::temp_dir().join(format!("cloud-errors-empty-{}", std::process::id()));
    std::fs::write(&file, b"").unwrap();
    let file = file.display().to_string();
    let (value, status) = json(&["explain", "--body", &file, "--status", "404"]);
    assert_eq!(status, 0, "{value}");
    assert_eq!(
        value["from_empty_body"][0]["rust_path"],
        "cloud_errors_aws::s3::Code::NotFound"
    );
    let printed = text(&run(&["explain", "--body", &file, "--status", "404"]));
    assert!(
        printed.contains("An empty body at HTTP 404 is read as a code of its own by:"),
        "{printed}"
    );
    let (value, status) = json(&["explain", "--body", &file, "--status", "403"]);
    assert_eq!(
        (status, value["from_empty_body"].as_array().map(Vec::len)),
        (1, Some(0))
    );
    std::fs::remove_file(&file).unwrap();
    // `--status` alone is the same question without a file.
    let (value, status) = json(&["explain", "--status", "404", "--provider", "aws"]);
    assert_eq!((status, value["file"].is_null()), (0, true), "{value}");
    assert_eq!(
        value["from_empty_body"][0]["rust_path"],
        "cloud_errors_aws::s3::Code::NotFound"
    );
}

#[test]
fn a_status_alone_says_how_each_provider_decides_it() {
    let (value, status) = json(&["explain", "--status", "429"]);
    assert_eq!(status, 0, "{value}");
    let get = |reader: &str| {
        let reading = value["by_status"]
            .as_array()
            .unwrap()
            .iter()
            .find(|reading| reading["read_by"] == reader)
            .unwrap_or_else(|| panic!("no reading by {reader}: {value}"));
        reading["decisions"][0]["retry"].as_bool().unwrap()
    };
    // AWS retries a 429 without a code; Google's gax and oci-go-sdk do not.
    assert!(get("cloud_errors::aws"));
    assert!(!get("cloud_errors::google"));
    assert!(!get("cloud_errors::oci"));
    // A number that is no code points there.
    let printed = text(&run(&["explain", "429"]));
    assert!(
        printed.contains("`cloud-errors explain --status 429`"),
        "{printed}"
    );
    // A code and a status together are bad input, as is nothing at all.
    assert_eq!(
        run(&["explain", "ThrottlingException", "--status", "429"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["explain"]).status.code(), Some(2));
}

#[test]
fn exit_statuses_say_found_not_found_and_bad_input() {
    let status = |args: &[&str]| run(args).status.code().unwrap();
    assert_eq!(status(&["explain", "TooManyRequests"]), 0);
    assert_eq!(status(&["explain", "NoSuchCodeAnywhere.AtAll"]), 1);
    assert_eq!(status(&["explain"]), 2);
    assert_eq!(status(&["explain", "TooManyRequests", "--lang", "fr"]), 2);
    assert_eq!(
        status(&["explain", "TooManyRequests", "--provider", "nosuchprovider"]),
        2
    );
    assert_eq!(status(&["explain", "--body", "/nonexistent/response.json"]), 2);
    assert_eq!(status(&["explain", "   "]), 2);
    // A blank word would match every code.
    assert_eq!(status(&["search", ""]), 2);
    assert_eq!(status(&["search", "signature", " "]), 2);
    let bad = run(&["explain", "TooManyRequests", "--provider", "nosuchprovider"]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no catalog matches --provider nosuchprovider"));
}

#[test]
fn completions_and_help() {
    for shell in ["bash", "zsh", "fish"] {
        let output = run(&["completions", shell]);
        assert!(output.status.success(), "{shell}");
        assert!(text(&output).contains("explain"), "{shell}");
    }
    let help = text(&run(&["--help"]));
    assert!(help.contains("Exit status: 0 found, 1 not found"), "{help}");
    // The help says what the binary holds, every provider of the registry (it once named four of
    // seven, by hand).
    for provider in [
        "Alibaba Cloud",
        "Amazon Web Services",
        "Azure Storage",
        "Google Cloud",
        "IBM Cloud",
        "Oracle Cloud Infrastructure",
        "Tencent Cloud",
    ] {
        assert!(help.contains(provider), "{provider}: {help}");
    }
    let codes = help
        .split(" codes in ")
        .next()
        .and_then(|before| before.rsplit('(').next());
    assert!(
        codes.is_some_and(|codes| codes.replace(',', "").parse::<usize>().is_ok_and(|n| n > 10_000)),
        "{help}"
    );
    for subcommand in ["explain", "search"] {
        let help = text(&run(&[subcommand, "--help"]));
        for provider in CODES.iter().map(|(_, provider, _)| provider) {
            assert!(
                help.contains(&format!("`{provider}")),
                "--provider {provider} is not in the help of {subcommand}: {help}"
            );
        }
    }
}

/// Every file of the site under `dir`, recursively.
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read the site's folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            found.extend(files(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// The site links only its own files, each of which exists; nothing names another host, and
/// the stylesheet loads nothing (no `url(`, no `@import`). The browser test (scripts/site-test.sh)
/// checks the same in Chromium; this one runs wherever `cargo test` does.
#[test]
fn the_site_links_only_its_own_files() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-site");
    let _ = std::fs::remove_dir_all(&out);
    let output = run(&["site", "--out", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let all = files(&out);
    let scripts: Vec<_> = all
        .iter()
        .filter(|path| path.extension() == Some("js".as_ref()))
        .collect();
    assert_eq!(
        scripts.len(),
        2,
        "one search index and one search script: {scripts:?}"
    );
    let css = std::fs::read_to_string(out.join("style.css")).unwrap();
    assert!(
        !css.contains("url(") && !css.contains("@import"),
        "the stylesheet loads something"
    );
    // A code's condition is shown where it decides; where the status alone decides, that is said.
    let row = |page: &str, code: &str| {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        let at = html
            .find(&format!("<code>{code}</code>"))
            .unwrap_or_else(|| panic!("{page}: {code}"));
        html[at..].lines().next().unwrap().to_owned()
    };
    let page = std::fs::read_to_string(out.join("cloud_errors/google.html")).unwrap();
    assert!(page.contains("; the HTTP status alone decides, whatever the code</dd>"));
    let google = row("cloud_errors/google.html", "RATE_LIMIT_EXCEEDED");
    assert!(
        google.contains("backoff <span class=\"when\">by status</span>"),
        "{google}"
    );
    let oci = row("cloud_errors/oci.html", "TooManyRequests");
    assert!(
        oci.contains("backoff <span class=\"when\">always</span>"),
        "{oci}"
    );
    let s3 = row("cloud_errors_aws/s3.html", "NotFound");
    assert!(s3.contains(">404 (also with an empty body)<"), "{s3}");
    let mut links = 0;
    for page in all
        .iter()
        .filter(|path| path.extension() == Some("html".as_ref()))
    {
        let html = std::fs::read_to_string(page).unwrap();
        for attribute in ["href=\"", "src=\"", "action=\""] {
            for (at, _) in html.match_indices(attribute) {
                let value = &html[at + attribute.len()..];
                let value = &value[..value.find('"').unwrap()];
                let file = value.split(['#', '?']).next().unwrap();
                assert!(
                    !value.contains(':') && !value.starts_with('/'),
                    "{}: {value} is not one of the site's files",
                    page.display()
                );
                if !file.is_empty() {
                    let target = page.parent().unwrap().join(file);
                    assert!(target.is_file(), "{}: {value} does not exist", page.display());
                }
                links += 1;
            }
        }
    }
    assert!(links > 30_000, "{links} links: a row per code links to itself");
}
