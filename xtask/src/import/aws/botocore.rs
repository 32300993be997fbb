//! botocore's service descriptions (`botocore/data/<service>/<version>/service-2.json`, gzipped as
//! `service-2.json.gz` in the wheels PyPI serves, which is read as it is), read as
//! the supplement of the Smithy models ([`super`]): a service the models lack, the error shapes a
//! model lacks, and the protocols of every service. Facts only, as from the models: each
//! exception shape's wire code, status, fault and `retryable`, and the service's protocols; never
//! `documentation` or any other text.

use std::path::Path;

use serde_json::{Map, Value};

use super::super::subfolders;
use super::{
    add_error, http_status, key_offset, line_column, located, module_name, read_json, relative, spoken,
    BotocorePin, BotocoreProtocols, ErrorFacts, Fault, Finding, Origin, Read, Service, StatusFrom,
};

/// The order botocore picks the protocol it sends in, the first of a service's it supports
/// (botocore/utils.py, `PRIORITY_ORDERED_SUPPORTED_PROTOCOLS`): not smithy-rs' order, which puts
/// rpcv2Cbor first ([`super::PROTOCOLS`]).
pub(super) const SENDS_FIRST: [&str; 6] = [
    "json",
    "rest-json",
    "rest-xml",
    "smithy-rpc-v2-cbor",
    "query",
    "ec2",
];

/// The Smithy protocol trait a botocore protocol name is; `json` is awsJson1_0 or awsJson1_1 by
/// `metadata.jsonVersion`. `None` for a name we do not read.
fn protocol_trait(name: &str, json_version: Option<&str>) -> Option<Result<&'static str, String>> {
    Some(Ok(match name {
        "smithy-rpc-v2-cbor" => "smithy.protocols#rpcv2Cbor",
        "json" => match json_version {
            Some("1.0") => "aws.protocols#awsJson1_0",
            Some("1.1") => "aws.protocols#awsJson1_1",
            other => {
                return Some(Err(format!(
                    "the protocol `json` with the `jsonVersion` {}, not \"1.0\" or \"1.1\"",
                    other.map_or_else(|| "none".to_owned(), |version| format!("{version:?}"))
                )))
            }
        },
        "rest-json" => "aws.protocols#restJson1",
        "rest-xml" => "aws.protocols#restXml",
        "query" => "aws.protocols#awsQuery",
        "ec2" => "aws.protocols#ec2Query",
        _ => return None,
    }))
}

/// The names of a version's service description: as a checkout has it, and as a wheel does.
const SERVICE_FILES: [&str; 2] = ["service-2.json", "service-2.json.gz"];

/// `botocore/__init__.py`'s `__version__ = '…'`: the release a wheel (or checkout) is.
fn version_of(init: &str) -> Option<&str> {
    init.lines().find_map(|line| {
        let value = line
            .strip_prefix("__version__")?
            .trim_start()
            .strip_prefix('=')?
            .trim();
        value
            .strip_prefix('\'')
            .and_then(|value| value.strip_suffix('\''))
            .or_else(|| value.strip_prefix('"').and_then(|value| value.strip_suffix('"')))
    })
}

/// Checks that `dir` is the release `--botocore-version` names, when it has `botocore/__init__.py`
/// (an unzipped wheel or a checkout; a bare `botocore/data` has nothing to check).
fn check_version(dir: &Path, version: &str) -> Result<(), Finding> {
    let init = dir.join("botocore").join("__init__.py");
    let Ok(text) = std::fs::read_to_string(&init) else {
        return Ok(());
    };
    let help = "`--botocore-version` is the release the folder holds (pip download --no-deps botocore==V, then unzip the wheel)";
    let problem = |message: String| Finding::about(&init, "error", message, Some(help));
    match version_of(&text) {
        Some(found) if found == version => Ok(()),
        Some(found) => Err(problem(format!(
            "this botocore is {found}, not the `--botocore-version` {version}"
        ))),
        None => Err(problem(
            "no `__version__ = '…'` line: which botocore it is is unknown".to_owned(),
        )),
    }
}

/// Reads the newest version of every service of botocore's data: `dir` is a checkout of
/// boto/botocore, an unzipped wheel, or its `botocore/data` tree. Every problem collected.
pub(super) fn read(dir: &Path, pin: &BotocorePin) -> Result<Read, Vec<Finding>> {
    if let BotocorePin::Version(version) = pin {
        check_version(dir, version).map_err(|problem| vec![problem])?;
    }
    let nested = dir.join("botocore").join("data");
    let data = if nested.is_dir() {
        nested
    } else {
        dir.to_path_buf()
    };
    let help = "`--botocore` is a checkout of boto/botocore, or its botocore/data";
    let fatal = |message: String| vec![Finding::about(&data, "error", message, Some(help))];
    let services = subfolders(&data).map_err(fatal)?;
    if services.is_empty() {
        return Err(fatal("no service folder".to_owned()));
    }
    let mut read = Read::default();
    for (_, folder) in services {
        // Versions are dates (`2010-08-01`): the newest sorts last.
        let newest = match subfolders(&folder) {
            Ok(versions) => versions.into_iter().next_back().map(|(_, version)| version),
            Err(message) => {
                read.problems
                    .push(Finding::about(&folder, "error", message, None));
                continue;
            }
        };
        let file = newest.and_then(|version| {
            SERVICE_FILES
                .iter()
                .map(|name| version.join(name))
                .find(|file| file.is_file())
        });
        let Some(file) = file else {
            let message = "its newest version has no service-2.json (nor .gz): skipped".to_owned();
            read.warnings
                .push(Finding::about(&folder, "warning", message, None));
            continue;
        };
        match read_service(&data, &file) {
            Ok(service) => read.add(&file, service),
            Err(problem) => read.problems.push(problem),
        }
    }
    Ok(read)
}

/// A boolean the format may leave out (false then).
fn flag(object: &Map<String, Value>, key: &str) -> Result<bool, String> {
    match object.get(key) {
        None => Ok(false),
        Some(Value::Bool(value)) => Ok(*value),
        Some(other) => Err(format!("`{key}` is {other}, not true or false")),
    }
}

/// One service-2.json: its service, with the facts of its exception shapes.
fn read_service(data: &Path, file: &Path) -> Result<Service, Finding> {
    let (text, json) = read_json(
        file,
        "botocore's service-2.json is a JSON object with `metadata` and `shapes`",
    )?;
    // Shape names are keys of `shapes`; a member may share one, so look after `"shapes":`.
    let shapes_at = key_offset(&text, 0, "shapes").unwrap_or(0);
    let at = |from: usize, key: &str, message: String, help: &str| {
        let (line, column) = key_offset(&text, from, key).map_or((1, 1), |offset| line_column(&text, offset));
        located(file, line, column, message, Some(help))
    };
    let metadata_help = "botocore's `metadata` names the service (`serviceId`) and its protocols";
    let Some(metadata) = json.get("metadata").and_then(Value::as_object) else {
        return Err(at(
            0,
            "metadata",
            "no `metadata` object".to_owned(),
            metadata_help,
        ));
    };
    let Some(service_id) = metadata.get("serviceId").and_then(Value::as_str) else {
        return Err(at(
            0,
            "metadata",
            "`metadata` has no `serviceId` string: the service cannot be named".to_owned(),
            metadata_help,
        ));
    };
    let module = module_name(service_id)
        .map_err(|message| at(0, "serviceId", message, "see catalogs/aws/README.md, \"Modules\""))?;
    // `protocols` lists every protocol the service speaks (newer files); `protocol` is one.
    let names: Vec<&str> = match (metadata.get("protocols"), metadata.get("protocol")) {
        (Some(Value::Array(names)), _) => names.iter().filter_map(Value::as_str).collect(),
        (None, Some(Value::String(name))) => vec![name.as_str()],
        _ => Vec::new(),
    };
    let json_version = metadata.get("jsonVersion").and_then(Value::as_str);
    let mut traits = Vec::new();
    for name in &names {
        match protocol_trait(name, json_version) {
            Some(Ok(protocol)) => traits.push(protocol),
            Some(Err(message)) => return Err(at(0, "metadata", message, metadata_help)),
            None => {}
        }
    }
    let Some((envelope, protocols)) = spoken(&traits) else {
        return Err(at(
            0,
            "metadata",
            format!("`{service_id}` declares no protocol we read ({names:?})"),
            "the protocols are smithy-rpc-v2-cbor, json, rest-json, rest-xml, query and ec2",
        ));
    };
    let sends = SENDS_FIRST
        .iter()
        .find(|name| names.contains(name))
        .copied()
        .unwrap_or_default();
    let Some(shapes) = json.get("shapes").and_then(Value::as_object) else {
        return Err(at(
            0,
            "metadata",
            "no `shapes` object".to_owned(),
            "botocore lists a service's shapes under `shapes`",
        ));
    };
    let mut shape_names: Vec<&String> = shapes.keys().collect();
    shape_names.sort();
    let mut errors: Vec<ErrorFacts> = Vec::new();
    for name in shape_names {
        let shape_help = "an exception shape is `{\"exception\": true, \"error\": {\"code\"?, \"httpStatusCode\"?, \"senderFault\"?}, \"fault\"?, \"retryable\"?}`";
        let problem = |message: String| at(shapes_at, name, format!("`{name}`: {message}"), shape_help);
        let Some(shape) = shapes[name].as_object() else {
            return Err(problem("a shape is an object".to_owned()));
        };
        if !flag(shape, "exception").map_err(problem)? {
            continue;
        }
        let empty = Map::new();
        let error = match shape.get("error") {
            None => &empty,
            Some(Value::Object(error)) => error,
            Some(other) => return Err(problem(format!("`error` is {other}, not an object"))),
        };
        // botocore's `Shape.error_code` (botocore/model.py): what it matches the response's code
        // against; the query code of query and query-compatible services.
        let (code, code_is_name) = match error.get("code") {
            None => (name.clone(), true),
            Some(Value::String(code)) => (code.clone(), false),
            Some(other) => return Err(problem(format!("`error.code` is {other}, not a string"))),
        };
        let status = error
            .get("httpStatusCode")
            .map(|value| {
                http_status(value)
                    .ok_or_else(|| problem(format!("`error.httpStatusCode` is {value}, not an HTTP status")))
            })
            .transpose()?;
        // botocore marks a server fault with `"fault": true` on the shape (Smithy's
        // `@error("server")`) and a client fault with `error.senderFault` (from the query error),
        // often with neither: then the status says it (500 and over: server), else client. Against
        // the models' `@error` at the pinned commits, on the 5,182 shapes both have, this rule is
        // wrong on 23: 20 server faults with neither mark nor status, 3 marked `senderFault`.
        let fault = if flag(shape, "fault").map_err(problem)? {
            Fault::Server
        } else if flag(error, "senderFault").map_err(problem)? {
            Fault::Client
        } else if status.is_some_and(|status| status >= 500) {
            Fault::Server
        } else {
            Fault::Client
        };
        let (statuses, status_from) = match status {
            Some(status) => (vec![status], StatusFrom::HttpStatusCode),
            None => (
                vec![if fault == Fault::Client { 400 } else { 500 }],
                StatusFrom::FaultDefault,
            ),
        };
        let (retryable, throttling) = match shape.get("retryable") {
            None => (false, false),
            Some(Value::Object(retryable)) => (true, flag(retryable, "throttling").map_err(problem)?),
            Some(other) => return Err(problem(format!("`retryable` is {other}, not an object"))),
        };
        let facts = ErrorFacts {
            code,
            shapes: vec![name.clone()],
            statuses,
            status_from,
            fault,
            retryable,
            throttling,
            origin: Origin::Botocore,
            code_is_name,
        };
        add_error(&mut errors, facts).map_err(problem)?;
    }
    let source = format!("botocore/data/{}", relative(data, file));
    Ok(Service {
        source: source.clone(),
        origin: Origin::Botocore,
        sdk_id: service_id.to_owned(),
        module,
        version: metadata
            .get("apiVersion")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        protocols,
        envelope,
        query_compatible: metadata.contains_key("awsQueryCompatible"),
        botocore_protocols: Some(BotocoreProtocols {
            file: source,
            sends,
            replaced: Vec::new(),
        }),
        botocore_file: None,
        errors,
    })
}

/// The reading of botocore's files, on files written here (not botocore's).
#[cfg(test)]
mod tests {
    use super::super::tests::{base, imported, parse_options, Models, QUERY_MODEL};
    use super::super::{combine, read_models, Aws};
    use super::*;

    /// A service the models lack, in botocore's layout: a client fault with a status, a server
    /// fault without one, a 503 with neither mark, a query code with a retryable throttling
    /// error, a bare exception, and a shape that is no error.
    const GADGETS: &str = r#"{
  "version": "2.0",
  "metadata": {
    "apiVersion": "2021-01-01",
    "protocol": "rest-json",
    "protocols": ["rest-json"],
    "serviceId": "Gadget Service",
    "uid": "gadgets-2021-01-01"
  },
  "operations": {},
  "shapes": {
    "GadgetMissing": {
      "type": "structure",
      "members": {"GadgetMissing": {"shape": "String"}},
      "error": {"httpStatusCode": 404, "senderFault": true},
      "exception": true,
      "documentation": "<p>Not ours to copy.</p>"
    },
    "BrokenFault": {"type": "structure", "members": {}, "exception": true, "fault": true},
    "Overloaded": {"type": "structure", "members": {}, "error": {"httpStatusCode": 503}, "exception": true},
    "SlowDown": {
      "type": "structure",
      "members": {},
      "error": {"code": "Throttled", "httpStatusCode": 429, "senderFault": true},
      "exception": true,
      "retryable": {"throttling": true}
    },
    "Plain": {"type": "structure", "members": {}, "exception": true},
    "String": {"type": "string"}
  }
}"#;

    fn commit() -> BotocorePin {
        BotocorePin::Commit("def".to_owned())
    }

    /// Gzips `text` into `file`, as botocore's wheels ship their data.
    fn gzip(file: &Path, text: &str) {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut encoder, text.as_bytes()).expect("gzip");
        std::fs::write(file, encoder.finish().expect("gzip")).expect("write the .gz");
    }

    #[test]
    fn a_wheel_is_read_gzipped_and_checked_against_its_version() {
        let wheel = Models::new(
            "boto-wheel",
            &[
                (
                    "botocore/__init__.py",
                    "import logging\n__version__ = '1.44.18'\n",
                ),
                ("botocore/data/gadgets/2021-01-01/paginators-1.json", "{}"),
            ],
        );
        let data = wheel.0.join("botocore/data");
        gzip(&data.join("gadgets/2021-01-01/service-2.json.gz"), GADGETS);
        std::fs::create_dir_all(data.join("broken/2020-01-01")).unwrap();
        std::fs::write(data.join("broken/2020-01-01/service-2.json.gz"), "not gzipped").unwrap();
        let release = BotocorePin::Version("1.44.18".to_owned());
        let read = read(&wheel.0, &release).unwrap();
        let [gadget] = read.services.as_slice() else {
            panic!("one service: {:?}", read.services)
        };
        assert_eq!(
            gadget.source,
            "botocore/data/gadgets/2021-01-01/service-2.json.gz"
        );
        assert_eq!(gadget.errors.len(), 5);
        // A file that is not gzip is a problem of that file, not a panic.
        let [problem] = read.problems.as_slice() else {
            panic!("one problem: {:?}", read.problems)
        };
        assert!(
            problem.file.ends_with("broken/2020-01-01/service-2.json.gz")
                && problem
                    .message
                    .starts_with("cannot read: not a gzipped UTF-8 text"),
            "{problem:?}"
        );
        // The folder is the release it is said to be.
        let other = super::read(&wheel.0, &BotocorePin::Version("1.43.67".to_owned())).unwrap_err();
        assert!(
            other[0]
                .message
                .contains("this botocore is 1.44.18, not the `--botocore-version` 1.43.67"),
            "{other:?}"
        );
        let options = parse_options(
            &[
                "--models",
                "m",
                "--commit",
                "abc",
                "--botocore",
                "b",
                "--botocore-version",
                "1.44.18",
            ],
            Path::new("/ws"),
        )
        .unwrap();
        let catalog = imported(gadget, &base(&[]), &options);
        let text = cloud_errors_codegen::catalog::write::write(&catalog.file);
        assert!(
            text.contains("\n# of botocore 1.44.18 (pypi.org/project/botocore): serviceId `Gadget Service`, version 2021-01-01;\n"),
            "{text}"
        );
        assert_eq!(version_of("__version__ = \"2.0\"\n"), Some("2.0"));
        assert_eq!(version_of("version = '1'"), None);
    }

    fn botocore_options() -> super::super::super::Parsed<Aws> {
        parse_options(
            &[
                "--models",
                "m",
                "--commit",
                "abc",
                "--botocore",
                "b",
                "--botocore-commit",
                "def",
            ],
            Path::new("/ws"),
        )
        .unwrap()
    }

    #[test]
    fn a_service_the_models_lack_becomes_a_catalog_of_botocores_facts() {
        let models = Models::new("boto-models", &[("widgets/w.json", QUERY_MODEL)]);
        let older = GADGETS.replace("\"Plain\"", "\"Older\"");
        let botocore = Models::new(
            "boto-lack",
            &[
                ("botocore/data/gadgets/2019-01-01/service-2.json", &older),
                ("botocore/data/gadgets/2021-01-01/service-2.json", GADGETS),
                ("botocore/data/gadgets/2021-01-01/paginators-1.json", "{}"),
                ("botocore/data/notyet/2020-01-01/waiters-2.json", "{}"),
                ("botocore/data/endpoints.json", "{}"),
            ],
        );
        let read = read(&botocore.0, &commit()).unwrap();
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
        assert!(
            read.warnings[0].file.ends_with("notyet")
                && read.warnings[0].message.contains("no service-2.json"),
            "{:?}",
            read.warnings
        );
        let (services, _) = combine(read_models(&models.0).unwrap(), read, &[]).unwrap();
        let modules: Vec<&str> = services.iter().map(|service| service.module.as_str()).collect();
        assert_eq!(modules, ["gadget", "widgetstore"]);
        let gadget = &services[0];
        assert_eq!(
            (gadget.origin, gadget.source.as_str(), gadget.envelope),
            (
                Origin::Botocore,
                "botocore/data/gadgets/2021-01-01/service-2.json",
                "aws_rest_json"
            )
        );
        // One row of facts per code: code, statuses, fault, whence the status, retryable, throttling.
        type Row<'a> = (&'a str, &'a [u16], Fault, StatusFrom, bool, bool);
        let facts: Vec<Row> = gadget
            .errors
            .iter()
            .map(|facts| {
                (
                    facts.code.as_str(),
                    facts.statuses.as_slice(),
                    facts.fault,
                    facts.status_from,
                    facts.retryable,
                    facts.throttling,
                )
            })
            .collect();
        assert_eq!(
            facts,
            [
                (
                    "BrokenFault",
                    &[500][..],
                    Fault::Server,
                    StatusFrom::FaultDefault,
                    false,
                    false
                ),
                (
                    "GadgetMissing",
                    &[404],
                    Fault::Client,
                    StatusFrom::HttpStatusCode,
                    false,
                    false
                ),
                (
                    "Overloaded",
                    &[503],
                    Fault::Server,
                    StatusFrom::HttpStatusCode,
                    false,
                    false
                ),
                (
                    "Plain",
                    &[400],
                    Fault::Client,
                    StatusFrom::FaultDefault,
                    false,
                    false
                ),
                (
                    "Throttled",
                    &[429],
                    Fault::Client,
                    StatusFrom::HttpStatusCode,
                    true,
                    true
                ),
            ]
        );
        let catalog = imported(gadget, &base(&[]), &botocore_options());
        let text = cloud_errors_codegen::catalog::write::write(&catalog.file);
        assert!(
            text.starts_with(
                "# @generated by `cargo xtask import aws` from botocore/data/gadgets/2021-01-01/service-2.json\n# of botocore (github.com/boto/botocore) at commit def: serviceId `Gadget Service`, version 2021-01-01;\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("at commit abc have no service of this module"),
            "{text}"
        );
        assert!(
            text.contains("retry: backoff # `retryable`(throttling)"),
            "{text}"
        );
        assert!(!text.contains("Not ours"), "no documentation text: {text}");
    }

    #[test]
    fn botocores_protocols_replace_the_models_where_they_differ() {
        let newer = r#"{"metadata": {"apiVersion": "2020-01-01", "serviceId": "Widget Store Service",
            "protocol": "smithy-rpc-v2-cbor", "protocols": ["smithy-rpc-v2-cbor", "json", "query"],
            "jsonVersion": "1.0", "awsQueryCompatible": {}}, "shapes": {}}"#;
        let same =
            r#"{"metadata": {"serviceId": "Queue", "protocol": "json", "jsonVersion": "1.0"}, "shapes": {}}"#;
        let queue = r#"{"smithy": "2.0", "shapes": {"x#S": {"type": "service", "traits": {"aws.api#service": {"sdkId": "Queue"}, "aws.protocols#awsJson1_0": {}}},
          "x#Gone": {"type": "structure", "traits": {"smithy.api#error": "client"}}}}"#;
        let models = Models::new("boto-pm", &[("w.json", QUERY_MODEL), ("q.json", queue)]);
        let botocore = Models::new(
            "boto-protocols",
            &[
                ("widgets/2020-01-01/service-2.json", newer),
                ("queue/2012-11-05/service-2.json", same),
            ],
        );
        let (services, warnings) = combine(
            read_models(&models.0).unwrap(),
            read(&botocore.0, &commit()).unwrap(),
            &[],
        )
        .unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        let [queue, widgets] = services.as_slice() else {
            panic!("two services: {services:?}")
        };
        assert_eq!((queue.envelope, &queue.botocore_protocols), ("aws_json", &None));
        assert_eq!(widgets.origin, Origin::Models);
        assert_eq!(widgets.envelope, "aws_cbor");
        assert_eq!(
            widgets.protocols,
            [
                "smithy.protocols#rpcv2Cbor",
                "aws.protocols#awsJson1_0",
                "aws.protocols#awsQuery"
            ]
        );
        assert_eq!(
            widgets.botocore_protocols,
            Some(BotocoreProtocols {
                file: "botocore/data/widgets/2020-01-01/service-2.json".to_owned(),
                sends: "json",
                replaced: vec!["aws.protocols#awsQuery"],
            })
        );
        // The model's query codes stay: the CBOR envelope reads them from `x-amzn-query-error`.
        assert_eq!(widgets.errors[0].code, "WidgetGone");
        let catalog = imported(widgets, &base(&[]), &botocore_options());
        let text = cloud_errors_codegen::catalog::write::write(&catalog.file);
        assert!(text.contains("envelope: aws_cbor"), "{text}");
        assert!(
            text.contains("# protocols rpcv2Cbor, awsJson1_0, awsQuery, awsQueryCompatible from botocore/data/widgets/2020-01-01/service-2.json\n# of botocore (github.com/boto/botocore) at commit def, newer than the model's awsQuery:\n# read with aws_cbor, the first in smithy-rs' order; botocore itself sends json\n"),
            "{text}"
        );
    }

    #[test]
    fn shapes_only_botocore_has_join_the_models_service_with_botocores_facts() {
        // The model's service, newer in botocore: GoneFault both have (botocore says 409: the
        // model's facts stay), two new shapes (one with a query code, one without),
        // and a new shape sending a code the model has.
        let newer = r#"{"metadata": {"apiVersion": "2020-01-01", "serviceId": "Widget Store Service",
            "protocol": "query", "protocols": ["query"]},
          "shapes": {
            "GoneFault": {"type": "structure", "exception": true,
              "error": {"code": "WidgetGone", "httpStatusCode": 409, "senderFault": true}},
            "BrokenAgain": {"type": "structure", "exception": true, "fault": true,
              "error": {"code": "BrokeFault"}},
            "ShelfFullFault": {"type": "structure", "exception": true,
              "error": {"code": "ShelfFull", "httpStatusCode": 409, "senderFault": true}},
            "TooSlowException": {"type": "structure", "exception": true, "fault": true,
              "retryable": {"throttling": false}},
            "Shelf": {"type": "structure", "members": {}}
          }}"#;
        let models = Models::new("boto-newer-m", &[("w.json", QUERY_MODEL)]);
        let botocore = Models::new("boto-newer", &[("widgets/2020-01-01/service-2.json", newer)]);
        let (services, warnings) = combine(
            read_models(&models.0).unwrap(),
            read(&botocore.0, &commit()).unwrap(),
            &[],
        )
        .unwrap();
        let [widgets] = services.as_slice() else {
            panic!("one service: {services:?}")
        };
        let [warning] = warnings.as_slice() else {
            panic!("one warning: {warnings:?}")
        };
        assert!(
            warning
                .message
                .contains("the shape BrokenAgain sends the code `BrokeFault` of the model's BrokeFault: the model's facts kept"),
            "{warning:?}"
        );
        type Row<'a> = (&'a str, &'a [u16], Fault, Origin, bool);
        let rows: Vec<Row> = widgets
            .errors
            .iter()
            .map(|facts| {
                (
                    facts.code.as_str(),
                    facts.statuses.as_slice(),
                    facts.fault,
                    facts.origin,
                    facts.retryable,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "WidgetGone",
                    &[410, 404][..],
                    Fault::Client,
                    Origin::Models,
                    false
                ),
                ("BrokeFault", &[500], Fault::Server, Origin::Models, false),
                ("SlowDownException", &[429], Fault::Client, Origin::Models, true),
                ("ShelfFull", &[409], Fault::Client, Origin::Botocore, false),
                ("TooSlowException", &[500], Fault::Server, Origin::Botocore, true),
            ]
        );
        let catalog = imported(widgets, &base(&[]), &botocore_options());
        let text = cloud_errors_codegen::catalog::write::write(&catalog.file);
        assert!(
            text.contains("# The last 2 of the 5 codes are error shapes the model lacks, from botocore/data/widgets/2020-01-01/service-2.json\n# of botocore (github.com/boto/botocore) at commit def: its facts,"),
            "{text}"
        );
        assert!(
            text.contains(
                "# 1 of them without `error.code`: the code is the shape's name, the best fact there is,\n"
            ),
            "{text}"
        );
        assert!(text.contains("retry: backoff # `retryable`\n"), "{text}");
        assert!(
            text.contains("retry: backoff # @retryable(throttling)\n"),
            "{text}"
        );
        assert!(
            catalog.counts.contains(&("codes from botocore", 2)),
            "{:?}",
            catalog.counts
        );
    }

    #[test]
    fn botocore_protocol_names_are_smithy_traits() {
        let cases = [
            ("smithy-rpc-v2-cbor", None, Some(Ok("smithy.protocols#rpcv2Cbor"))),
            ("json", Some("1.0"), Some(Ok("aws.protocols#awsJson1_0"))),
            ("json", Some("1.1"), Some(Ok("aws.protocols#awsJson1_1"))),
            ("rest-json", None, Some(Ok("aws.protocols#restJson1"))),
            ("rest-xml", None, Some(Ok("aws.protocols#restXml"))),
            ("query", None, Some(Ok("aws.protocols#awsQuery"))),
            ("ec2", None, Some(Ok("aws.protocols#ec2Query"))),
            ("carrier-pigeon", None, None),
        ];
        for (name, version, expected) in cases {
            assert_eq!(protocol_trait(name, version), expected, "{name}");
        }
        assert!(protocol_trait("json", None).is_some_and(|trait_| trait_.is_err()));
    }

    #[test]
    fn a_bad_service_file_is_an_error_at_its_line_and_column() {
        let broken = "{\n  \"metadata\": {\"serviceId\": \"X\",,}\n}";
        // An operation of the shape's name comes first: the problem is at the shape.
        let bad_status = GADGETS
            .replace("\"operations\": {}", "\"operations\": {\"Overloaded\": {}}")
            .replace("\"httpStatusCode\": 503", "\"httpStatusCode\": \"soon\"");
        let no_protocol = r#"{"metadata": {"serviceId": "Y", "protocol": "carrier-pigeon"}, "shapes": {}}"#;
        let botocore = Models::new(
            "boto-bad",
            &[
                ("a/2020-01-01/service-2.json", broken),
                ("b/2020-01-01/service-2.json", &bad_status),
                ("c/2020-01-01/service-2.json", no_protocol),
            ],
        );
        let problems = read(&botocore.0, &commit()).unwrap().problems;
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let root = botocore.0.display().to_string();
        assert_eq!(problems.len(), 3, "{shown:?}");
        assert!(
            shown[0].starts_with(&format!(
                "{root}/a/2020-01-01/service-2.json:2:33: error: not JSON: "
            )),
            "{}",
            shown[0]
        );
        let line = GADGETS
            .lines()
            .position(|line| line.contains("\"Overloaded\":"))
            .expect("the shape")
            + 1;
        assert!(
            shown[1].starts_with(&format!(
                "{root}/b/2020-01-01/service-2.json:{line}:5: error: `Overloaded`: `error.httpStatusCode` is \"soon\", not an HTTP status"
            )),
            "{}",
            shown[1]
        );
        assert!(
            shown[2].starts_with(&format!(
                "{root}/c/2020-01-01/service-2.json:1:2: error: `Y` declares no protocol we read"
            )),
            "{}",
            shown[2]
        );
        assert!(read(&botocore.0.join("nowhere"), &commit()).is_err());
    }

    #[test]
    fn two_folders_of_one_service_make_one_module() {
        let botocore = Models::new(
            "boto-twice",
            &[
                ("pinpoint-gadgets/2021-01-01/service-2.json", GADGETS),
                ("gadgets/2021-01-01/service-2.json", GADGETS),
            ],
        );
        let read = read(&botocore.0, &commit()).unwrap();
        assert_eq!(read.services.len(), 1);
        assert!(
            read.warnings[0]
                .message
                .contains("the same service as botocore/data/gadgets/"),
            "{:?}",
            read.warnings
        );
    }
}
